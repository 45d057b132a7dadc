"""GUI fixtures: the real main window and dialogs, offscreen, with injected adapters."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
import shiboken6
from PySide6.QtCore import QSettings

from iam_console.views.change_bus import ChangeBus
from iam_console.views.context import ConsoleContext
from iam_console.views.main_window import MainWindow
from iam_console.views.tasks import ImmediateTaskRunner

from .watchdog import ModalWatchdog


@pytest.fixture
def db_backend() -> str:
    """The windows are tested on SQLite; the services below them run on both databases."""
    return "sqlite"


@pytest.fixture(autouse=True)
def modal_watchdog(qapp):
    watchdog = ModalWatchdog(limit=5.0)
    watchdog.start()
    yield watchdog
    watchdog.stop()
    if watchdog.closed:
        pytest.fail(f"a modal dialog was left open and closed by the watchdog: {watchdog.closed}")


@dataclass
class Confirmations:
    """Stands in for the confirmation box: records each question and gives a set answer."""

    answer: bool = True
    questions: list[str] = field(default_factory=list)
    impacts: list = field(default_factory=list)

    def __call__(self, _parent, title: str, text: str, _accept: str) -> bool:
        self.questions.append(f"{title}: {text}")
        return self.answer

    def about_impact(self, _parent, impact, _accept: str) -> bool:
        """Stands in for the impact dialog: the question, the counts and the details."""
        self.impacts.append(impact)
        self.questions.append(" ".join((impact.question, impact.summary, *impact.details)))
        return self.answer


@pytest.fixture
def confirmations() -> Confirmations:
    return Confirmations()


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def context(qapp, database, admin, hasher, settings, confirmations) -> ConsoleContext:
    runner = ImmediateTaskRunner()
    return ConsoleContext(database=database, actor=admin, hasher=hasher, runner=runner,
                          bus=ChangeBus(), settings=settings, confirm=confirmations,
                          confirm_impact=confirmations.about_impact)


@dataclass
class CatalogueChooser:
    path: str = ""

    def __call__(self, _parent) -> str:
        return self.path


@pytest.fixture
def chooser() -> CatalogueChooser:
    return CatalogueChooser()


@pytest.fixture
def window(qtbot, context, chooser) -> MainWindow:
    main = MainWindow(context, choose_catalogue=chooser)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: idle(context) and main.panes[0].model.rowCount() > 0)
    return main


def idle(context: ConsoleContext) -> bool:
    return context.runner.pending == 0


def is_open(widget) -> bool:
    """Whether a dialog is still open (a closed editor may already be deleted)."""
    return shiboken6.isValid(widget) and widget.isVisible()
