"""Open the editor of a user, organization or role named by its kind and id (the log's
"open target")."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .context import ConsoleContext
from .organization_editor import open_organization_editor
from .role_editor import open_role_editor
from .user_editor import open_user_editor

_OPENERS = {"user": open_user_editor, "organization": open_organization_editor,
            "role": open_role_editor}


def open_record(context: ConsoleContext, parent: QWidget, entity_type: str,
                record_id: int) -> QWidget | None:
    opener = _OPENERS.get(entity_type)
    return opener(context, parent, record_id) if opener is not None else None
