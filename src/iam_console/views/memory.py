"""Keep Python's garbage collector from pausing the GUI thread.

A full collection walks every object the program holds; once the modules, the window and the
database layer are loaded that is tens of milliseconds, and it runs on whichever thread happens to
allocate, holding the interpreter lock, so the GUI thread stalls. Objects alive when the main window
first appears stay for the life of the program: moving them out of the collector's reach
(``gc.freeze``) leaves it only what was made since, which is small.
"""

from __future__ import annotations

import gc

_frozen = False


def freeze_start_up_objects() -> None:
    """Exempt everything alive now from later collections (once per process)."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()
