"""Errors raised while opening a database, with messages meant for the person at the desk."""

from __future__ import annotations


class DatabaseOpenError(Exception):
    """The database cannot be used; ``str(error)`` says why and what to do."""
