"""The services' translatable texts: see :mod:`iam_console.texts`."""

from __future__ import annotations

from iam_console.texts import QT_TRANSLATE_NOOP, Text, say

__all__ = ["QT_TRANSLATE_NOOP", "Text", "say"]
