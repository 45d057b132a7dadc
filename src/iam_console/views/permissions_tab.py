"""The user editor's Permissions page: what the user holds, where and through which
assignment, and an Explain box ("can this user do that?") answered by the policy itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iam_console.services import effective
from iam_console.services.choices import Choice

from .context import ConsoleContext
from .errors import describe
from .i18n import QT_TRANSLATE_NOOP, tr

COLUMNS = (QT_TRANSLATE_NOOP("", "Permission"), QT_TRANSLATE_NOOP("", "Application"),
           QT_TRANSLATE_NOOP("", "Where"), QT_TRANSLATE_NOOP("", "Through role"),
           QT_TRANSLATE_NOOP("", "Counts"))
_NEEDS = {  # which inputs each question uses
    effective.VIEW_USER: {"user"}, effective.EDIT_USER: {"user"},
    effective.RESET_USER: {"user"}, effective.GIVE_ROLE: {"user", "role", "organization"},
    effective.MANAGE_ORGANIZATION: {"organization"},
}


LoadPermissions = Callable[[], list[effective.EffectivePermission]]


class PermissionsTab(QWidget):
    """``load`` reads the rows (default: the user's, as an administrator sees them);
    ``with_explain`` False leaves the Explain box out (My profile)."""

    def __init__(self, context: ConsoleContext, user_id: int, parent: QWidget | None = None,
                 *, load: LoadPermissions | None = None, with_explain: bool = True):
        super().__init__(parent)
        self.context = context
        self.user_id = user_id
        self._loaded = False
        db, actor = context.database, context.actor
        self._load = load or (lambda: effective.effective_permissions(db, actor, user_id))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(tr("Effective permissions"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.summary = QLabel(tr("Loading\u2026"))

        self.question = QComboBox()
        self.question.setAccessibleName(tr("Action to explain"))
        for key, text in effective.QUESTIONS.items():
            self.question.addItem(tr("\u2026{0}").format(tr(text)), key)
        self.target_user = QLineEdit()
        self.target_user.setPlaceholderText(tr("username"))
        self.target_user.setAccessibleName(tr("User the action is on"))
        self.role = QComboBox()
        self.role.setAccessibleName(tr("Role"))
        self.organization = QComboBox()
        self.organization.setAccessibleName(tr("Organization"))
        self.explain_button = QPushButton(tr("E&xplain"))
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setAccessibleName(tr("Explanation"))
        self.question.currentIndexChanged.connect(self._question_changed)
        self.explain_button.clicked.connect(self.explain)
        self.target_user.returnPressed.connect(self.explain)

        box = QGroupBox(tr("Explain: can this user\u2026"))
        form = QFormLayout(box)
        form.addRow(tr("&Action:"), self.question)
        form.addRow(tr("&User:"), self.target_user)
        form.addRow(tr("&Role:"), self.role)
        form.addRow(tr("&Organization:"), self.organization)
        form.addRow("", self.explain_button)
        form.addRow(self.answer)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        box.setVisible(with_explain)
        self._question_changed()

    def set_choices(self, organizations: list[Choice], roles: list[Choice]) -> None:
        for org in organizations:
            self.organization.addItem(org.label, org.id)
        for role in roles:
            self.role.addItem(role.label, role.id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.context.runner.submit(self._load, self._got_rows,
                                       lambda exc: self.summary.setText(describe(exc)),
                                       owner=self)

    def _got_rows(self, rows: list[effective.EffectivePermission]) -> None:
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (tr(row.title), row.application, row.where, row.role_name,
                     "yes" if row.counts else "no (inactive)")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row.code)
                self.table.setItem(r, c, item)
        counting = sum(1 for row in rows if row.counts)
        not_counting = (tr(", {0} not (inactive role, organization or account)")
                        .format(len(rows) - counting) if counting < len(rows) else "")
        self.summary.setText(tr("{0} permission grant(s) in effect").format(counting)
                             + not_counting if rows else tr("This user holds no permissions."))

    def _question_changed(self) -> None:
        needs = _NEEDS[self.question.currentData()]
        self.target_user.setEnabled("user" in needs)
        self.role.setEnabled("role" in needs)
        self.organization.setEnabled("organization" in needs)

    def explain(self) -> None:
        question = effective.Question(self.question.currentData(), self.target_user.text(),
                                      self.role.currentData(), self.organization.currentData())
        db, actor, user_id = self.context.database, self.context.actor, self.user_id
        self.answer.setText(tr("Asking\u2026"))
        self.context.runner.submit(lambda: effective.explain(db, actor, user_id, question),
                                   self._explained,
                                   lambda exc: self.answer.setText(describe(exc)), owner=self)

    def _explained(self, result: effective.Explanation) -> None:
        verdict = tr("<b>Yes.</b>") if result.allowed else tr("<b>No.</b>")
        via = (tr("<br>Through the assignment {0}.").format(_escape(tr(result.assignment)))
               if result.assignment else "")
        self.answer.setText(tr("{0} Rule: {1}.<br>The console would say: \u201c{2}\u201d{3}")
                            .format(verdict, _escape(result.rule), _escape(tr(result.reason)), via))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
