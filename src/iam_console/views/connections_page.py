"""Settings → Connections: the database connections this desktop offers at sign-in. Those of the
deployment settings file are shown locked; one's own are added, changed and removed here (the
same dialog as the sign-in window's New connection). A change shows at the next sign-in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iam_console import config, deployment
from iam_console.auth.keychain import Keychain

from .context import ConsoleContext
from .i18n import tr
from .profile_dialog import ProfileDialog

PROFILE_ROLE = Qt.ItemDataRole.UserRole + 1


class ConnectionsPage(QWidget):
    def __init__(self, context: ConsoleContext, keychain: Keychain):
        super().__init__()
        self._store, self._keychain, self._confirm = context.profiles, keychain, context.confirm
        self._deployed = deployment.current()
        self.dialog: ProfileDialog | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Connections"))
        self.list.currentItemChanged.connect(lambda _item, _old: self._update_buttons())
        self.list.itemActivated.connect(lambda _item: self.edit())
        self.new_button = QPushButton(tr("&New connection\u2026"))
        self.edit_button = QPushButton(tr("&Change\u2026"))
        self.remove_button = QPushButton(tr("&Remove"))
        self.new_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.reload()

    def offered(self) -> list[config.Profile]:
        own = self._store.profiles() if self._store is not None else []
        deployed = self._deployed.connections()
        names = {p.name for p in deployed}
        return deployed + [p for p in own if p.name not in names]

    def reload(self, select: str = "") -> None:
        self.list.clear()
        for profile in self.offered():
            text = f"{profile.name} \u2014 {profile.describe()}"
            item = QListWidgetItem(text + (tr("  (set by your deployment)")
                                           if profile.locked else ""))
            item.setData(PROFILE_ROLE, profile)
            if profile.locked:
                item.setToolTip(tr(self._deployed.reason))
            self.list.addItem(item)
            if profile.name == select:
                self.list.setCurrentItem(item)
        notes = [tr("The sign-in window offers these connections (and the SQLite file on "
                         "this computer). Changes show at the next sign-in.")]
        if self._store is None:
            notes = [tr("This console was started with a given database (--database or "
                             "IAM_CONSOLE_DATABASE); connections are not offered.")]
        elif not self._deployed.own_connections:
            notes.append(tr("Your deployment offers only its own connections."))
        self.note.setText(" ".join(notes))
        self._update_buttons()

    def current(self) -> config.Profile | None:
        item = self.list.currentItem()
        profile: config.Profile | None = item.data(PROFILE_ROLE) if item is not None else None
        return profile

    def _update_buttons(self) -> None:
        profile = self.current()
        may_add = self._store is not None and self._deployed.own_connections
        self.new_button.setEnabled(may_add)
        self.new_button.setToolTip("" if self._deployed.own_connections  # (locked by the file)
                                   else tr(self._deployed.reason))
        mine = profile is not None and not profile.locked and self._store is not None
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(mine)
            button.setToolTip(tr(self._deployed.reason) if profile is not None and profile.locked
                              else "")

    def edit(self) -> None:
        profile = self.current()
        if profile is not None and not profile.locked:
            self._open(profile)

    def _open(self, profile: config.Profile | None) -> None:
        if self._store is None:
            return
        self.dialog = ProfileDialog(self._store, self._keychain, profile, self)
        self.dialog.saved.connect(lambda saved, _password: self.reload(select=saved.name))
        self.dialog.open()

    def remove(self) -> None:
        profile = self.current()
        if profile is None or profile.locked or self._store is None or not self._confirm(
                self, tr("Remove connection"),
                tr("Remove the connection \u201c{0}\u201d from this desktop? The database "
                        "itself is not touched.").format(profile.name), tr("Remove")):
            return
        self._store.delete(profile.name)
        self.reload()
