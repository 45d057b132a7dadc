"""The console's windows for the end-to-end flows (on SQLite, as the GUI tests)."""

from tests.gui.conftest import (  # noqa: F401 (fixtures)
    chooser,
    confirmations,
    context,
    db_backend,
    modal_watchdog,
    settings,
    window,
)
