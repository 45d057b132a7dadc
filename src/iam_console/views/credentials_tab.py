"""The user editor's "Sign-in" page: the account's state and the help desk's and
administrators' actions on it (links, unlock, two-factor, API token, lifecycle).

Every button is enabled only when the policy allows it, and its tooltip says why not. Each
action runs in the background; the page reloads from the database when any change arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iam_console.models import TokenKind
from iam_console.services import account_state, lifecycle, tokens, two_factor
from iam_console.services.account_state import AccountState
from iam_console.services.changes import USERS, Changes, Outcome
from iam_console.services.lifecycle import ACCOUNT_STEPS, Transition
from iam_console.services.policy import Decision

from .context import ConsoleContext
from .errors import describe
from .i18n import QT_TRANSLATE_NOOP, tr
from .message_bar import MessageBar
from .time_text import local_time
from .token_handover import TokenHandover


def _token_detail(state: tokens.TokenState) -> str:
    if state.state == tokens.VALID and state.expires_at:
        return tr("valid until {0}").format(local_time(state.expires_at))
    if state.state == tokens.USED and state.used_at:
        return f"used {local_time(state.used_at)}"
    if state.state == tokens.REVOKED and state.revoked_at:
        return f"revoked {local_time(state.revoked_at)}"
    if state.state == tokens.EXPIRED and state.expires_at:
        return f"expired {local_time(state.expires_at)}"
    return ""


# the account states the services name (UserStatus), for the translation file
STATES = (QT_TRANSLATE_NOOP("", "pending"), QT_TRANSLATE_NOOP("", "active"),
          QT_TRANSLATE_NOOP("", "deactivated"), QT_TRANSLATE_NOOP("", "archived"),
          QT_TRANSLATE_NOOP("", "deleted"))

class CredentialsTab(QWidget):
    def __init__(self, context: ConsoleContext, user_id: int):
        super().__init__()
        self.context, self.user_id = context, user_id
        self.state: AccountState | None = None
        self.handover: TokenHandover | None = None
        self._busy = False
        self.message_bar = MessageBar()
        self.summary = QFormLayout()
        self.labels = {key: QLabel() for key in ("status", "sign_in", "last", "password",
                                                 "two_factor")}
        for key, title in (("status", tr("Status:")), ("sign_in", tr("Sign-in:")),
                           ("last", tr("Last sign-in:")), ("password", tr("Password:")),
                           ("two_factor", tr("Two-factor:"))):
            self.labels[key].setWordWrap(True)
            self.summary.addRow(title, self.labels[key])
        self.tokens = QTableWidget(0, 3)
        self.tokens.setTabKeyNavigation(False)
        self.tokens.setAccessibleName(tr("Tokens"))
        self.tokens.setHorizontalHeaderLabels([tr("Kind"), tr("State"), tr("Details")])
        self.tokens.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tokens.verticalHeader().setVisible(False)
        self.tokens.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tokens.setMaximumHeight(120)

        self.buttons: dict[str, QPushButton] = {}
        help_desk = QGroupBox(tr("Help desk"))
        grid = QGridLayout(help_desk)
        for n, (key, label, slot) in enumerate((
            ("activation", tr("Issue &activation link\u2026"),
             lambda: self._issue(TokenKind.ACTIVATION)),
            ("reset", tr("Issue &reset link\u2026"), lambda: self._issue(TokenKind.RESET)),
            ("revoke", tr("Re&voke link"), self._revoke_links),
            ("unlock", tr("&Unlock"), lambda: self._run(
                lambda c: lifecycle.unlock_user(c.database, c.actor, user_id), tr("Unlocked."))),
            ("reset_2fa", tr("Reset &two-factor"), lambda: self._run(
                lambda c: two_factor.reset_two_factor(c.database, c.actor, user_id),
                tr("Two-factor was reset; they set it up again at their next sign-in."))),
        )):
            self.buttons[key] = self._button(label, slot)
            grid.addWidget(self.buttons[key], n // 3, n % 3)

        administrator = QGroupBox(tr("Administrator"))
        admin_layout = QVBoxLayout(administrator)
        row = QGridLayout()
        self.require_2fa = self.buttons["require_2fa"] = self._button(
            tr("Require two-factor"), self._toggle_two_factor)
        row.addWidget(self.require_2fa, 0, 0)
        for n, transition in enumerate(ACCOUNT_STEPS, start=1):
            self.buttons[transition.value] = self._button(
                tr(transition.title), self._transition_slot(transition))
            row.addWidget(self.buttons[transition.value], n // 3, n % 3)
        admin_layout.addLayout(row)
        api_row = QHBoxLayout()
        self.api_label = QLineEdit()
        self.api_label.setPlaceholderText(tr("what the token is for"))
        self.api_label.setAccessibleName(tr("API token name"))
        self.api_days = QSpinBox()
        self.api_days.setRange(1, tokens.MAX_API_DAYS)
        self.api_days.setValue(90)
        self.api_days.setSuffix(tr(" days"))
        self.api_days.setAccessibleName(tr("API token lifetime"))
        self.buttons["api"] = self._button(tr("Issue API &token\u2026"), self._issue_api)
        self.buttons["revoke_api"] = self._button(tr("Revoke"), lambda: self._run(
            lambda c: tokens.revoke_token(c.database, c.actor, user_id, TokenKind.API),
            tr("The API token was revoked; it no longer works.")))
        api_row.addWidget(QLabel(tr("API token:")))
        api_row.addWidget(self.api_label, 1)
        api_row.addWidget(self.api_days)
        api_row.addWidget(self.buttons["api"])
        api_row.addWidget(self.buttons["revoke_api"])
        admin_layout.addLayout(api_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(self.summary)
        layout.addWidget(QLabel(tr("<b>Links and tokens</b> (their values are never shown again)")))
        layout.addWidget(self.tokens)
        layout.addWidget(help_desk)
        layout.addWidget(administrator)
        layout.addStretch(1)
        context.bus.changes_applied.connect(self._on_changes)
        self.reload()

    def _button(self, label: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(label)
        button.setEnabled(False)
        button.clicked.connect(slot)
        return button

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        ctx, user_id = self.context, self.user_id
        ctx.runner.submit(lambda: account_state.account_state(ctx.database, ctx.actor, user_id),
                          self._show, lambda exc: self.message_bar.show_message(describe(exc)),
                          owner=self)

    def _on_changes(self, changes: Changes) -> None:
        if self.user_id in changes.ids.get(USERS, frozenset()):
            self.reload()

    def _show(self, state: AccountState) -> None:
        self.state = state
        self.labels["status"].setText(tr(state.status))
        if state.locked_until:
            sign_in = tr("<b>locked</b> until {0}").format(local_time(state.locked_until))
        elif state.failed_sign_ins:
            sign_in = tr("not locked; {0} failed attempt(s) since the last good one").format(
                state.failed_sign_ins)
        else:
            sign_in = tr("not locked")
        self.labels["sign_in"].setText(sign_in)
        self.labels["last"].setText(local_time(state.last_sign_in_at) if state.last_sign_in_at
                                    else tr("never"))
        must_change = (tr("; must be changed at the next sign-in") if state.must_change_password
                       else "")
        self.labels["password"].setText(
            (tr("set") if state.has_password else tr("not set (awaiting activation)"))
            + must_change)
        if state.two_factor_enrolled:
            two = tr("set up; {0} recovery code(s) left").format(state.recovery_codes_left)
        else:
            two = tr("not set up")
        two += tr("; required") if state.two_factor_required else tr("; not required")
        self.labels["two_factor"].setText(two)
        self.tokens.setRowCount(len(state.tokens))
        for row, token in enumerate(state.tokens):
            label = f" \u201c{token.label}\u201d" if token.label else ""
            for column, text in enumerate((tr(token.title) + label, tr(token.state),
                                           _token_detail(token))):
                self.tokens.setItem(row, column, QTableWidgetItem(text))
        self._enable(state)

    def _enable(self, state: AccountState) -> None:
        own = Decision(False, tr("This is your own account; ask another administrator."), "self")
        reset = own if state.is_self else state.may_reset
        manage = own if state.is_self else state.may_manage
        active, pending = state.status == "active", state.status == "pending"
        outstanding = any(t.state == tokens.VALID and t.kind is not TokenKind.API
                          for t in state.tokens)
        rules: dict[str, tuple[Decision, bool, str]] = {
            "activation": (reset, pending, tr("Only users awaiting activation get an "
                                              "activation link.")),
            "reset": (reset, active, tr("Only active users get a password reset link.")),
            "revoke": (reset, outstanding, tr("There is no valid link to revoke.")),
            "unlock": (reset, state.locked or state.failed_sign_ins > 0,
                       tr("The account is not locked.")),
            "reset_2fa": (reset, state.two_factor_enrolled, tr("Two-factor is not set up.")),
            "require_2fa": (manage, True, ""),
            "api": (manage, active, tr("Only active users get API tokens.")),
            "revoke_api": (manage, any(t.state == tokens.VALID and t.kind is TokenKind.API
                                       for t in state.tokens),
                           tr("There is no valid API token.")),
        }
        for transition in ACCOUNT_STEPS:
            decision = state.may_delete_permanently if (
                transition is Transition.DELETE_PERMANENTLY and not state.is_self) else manage
            rules[transition.value] = (decision, state.applies(transition),
                                       tr("Does not apply to a user who is {0}.").format(
                                           tr(state.status)))
        for key, (decision, applies, why) in rules.items():
            button = self.buttons[key]
            button.setEnabled(decision.allowed and applies and not self._busy)
            button.setToolTip("" if button.isEnabled() else
                              tr(decision.reason if not decision.allowed else why))
        self.require_2fa.setText(tr("Stop requiring two-factor") if state.two_factor_required
                                 else tr("Require two-factor"))

    # -- actions ------------------------------------------------------------------------------
    def _run(self, call: Callable[[ConsoleContext], Outcome[Any]], done: str) -> None:
        if self._busy:
            return
        self._busy = True
        ctx = self.context
        for button in self.buttons.values():
            button.setEnabled(False)
        ctx.runner.submit(lambda: call(ctx), lambda outcome: self._done(outcome, done),
                          self._failed, owner=self)

    def _done(self, outcome: Outcome[Any], message: str) -> None:
        self._busy = False
        self.message_bar.show_message(message, "success")
        self.context.bus.publish(outcome.changes)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.message_bar.show_message(describe(exc))
        if self.state is not None:
            self._enable(self.state)

    def _issue(self, kind: TokenKind) -> None:
        self.message_bar.hide()
        self.handover = TokenHandover(self.context, self, self.user_id, kind)

    def _issue_api(self) -> None:
        self.message_bar.hide()
        self.handover = TokenHandover(self.context, self, self.user_id, TokenKind.API,
                                      days=self.api_days.value(), label=self.api_label.text())
        self.api_label.clear()

    def _revoke_links(self) -> None:
        user_id = self.user_id
        kind = TokenKind.ACTIVATION if self.state and self.state.status == "pending" \
            else TokenKind.RESET
        self._run(lambda c: tokens.revoke_token(c.database, c.actor, user_id, kind),
                  tr("The link was revoked; it no longer works."))

    def _toggle_two_factor(self) -> None:
        wanted = not (self.state and self.state.two_factor_required)
        user_id = self.user_id
        self._run(lambda c: two_factor.require_two_factor(c.database, c.actor, user_id, wanted),
                  tr("Two-factor is required from the next sign-in.") if wanted
                  else tr("Two-factor is no longer required."))

    def _transition_slot(self, transition: Transition) -> Callable[[], None]:
        return lambda: self._transition(transition)

    def _transition(self, transition: Transition) -> None:
        user_id, name = self.user_id, self.state.display_name if self.state else "this user"
        if transition is Transition.DELETE_PERMANENTLY and not self.context.confirm(
                self, tr("Delete permanently"),
                tr("Delete {0} permanently? Their name, email and credentials are erased and "
                   "cannot be restored; the administration log keeps what it recorded.")
                .format(name),
                tr("Delete permanently")):
            return
        self._run(lambda c: lifecycle.change_status(c.database, c.actor, user_id, transition),
                  tr("{0}: done.").format(tr(transition.title)))
