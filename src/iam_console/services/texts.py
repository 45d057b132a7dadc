"""Marks the services' fixed texts that a person reads (titles, status words) for the console's
translation file without bringing Qt into the services: ``scripts/build_resources.py`` finds
them by this name, and the views translate them with ``tr()`` where they are shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    return text
