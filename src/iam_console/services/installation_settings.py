"""Settings that hold for every desktop of an installation, kept in the database.

Account rules (password length, lockout, token lifetimes, link templates, permanent deletion)
and the mail server (without its password, which lives in each desktop's keychain). Each group
is a frozen dataclass whose fields are stored as ``group.field`` rows of ``database_settings``;
a missing row means the default. A deployment settings file may *lock* fields on a desktop
(``iam_console.deployment``): there the locked value is used whatever the database holds,
and saving a different one is refused at the field.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from iam_console import deployment
from iam_console.auth.password_rules import DEFAULT_MIN_LENGTH
from iam_console.db.engine import Database
from iam_console.models import DatabaseSetting
from iam_console.texts import say

from . import policy, validation
from .actor import Actor
from .audit import diff
from .changes import SETTINGS, Changes, Outcome
from .errors import FORM, ValidationError
from .permissions import MANAGE_SETTINGS
from .uow import UnitOfWork

AREA = "settings"


@dataclass(frozen=True)
class AccountSettings:
    min_password_length: int = DEFAULT_MIN_LENGTH
    lockout_threshold: int = 10  # consecutive failures that lock an account
    lockout_minutes: int = 15  # the first lockout; each further one doubles, up to a day
    activation_hours: int = 72
    reset_hours: int = 24
    activation_link: str = ""  # e.g. https://portal.example.org/activate?token={token}
    reset_link: str = ""
    permanent_deletion: bool = False  # whether archived users may be deleted for good
    idle_minutes: int = 30  # a console left alone this long asks for the sign-in again
    session_hours: int = 12  # and in any case after this long


SECURITY_NONE, SECURITY_STARTTLS, SECURITY_TLS = "none", "starttls", "tls"


@dataclass(frozen=True)
class MailSettings:
    host: str = ""
    port: int = 587
    security: str = SECURITY_STARTTLS
    user: str = ""
    sender: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)


@dataclass(frozen=True)
class ScreeningSettings:
    threshold: int = 85  # a name scoring this much (0-100) against a listed name is shown


GROUPS: dict[type[Any], str] = {AccountSettings: "accounts", MailSettings: "mail",
                                ScreeningSettings: "screening"}
T = TypeVar("T", AccountSettings, MailSettings, ScreeningSettings)


def _text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _parse(kind: type[Any], text: str) -> Any:
    if kind is bool:
        return text == "true"
    if kind is int:
        return int(text)
    return text


@dataclass(frozen=True)
class _Locks:
    source: deployment.Deployment
    values: dict[str, Any]  # "group.field": value
    problems: tuple[str, ...]


_locks: _Locks | None = None


def _current_locks() -> _Locks:
    """What the deployment file in force locks, checked against the settings' own rules (once
    per file; a value that breaks them is reported and not locked)."""
    global _locks
    source = deployment.current()
    if _locks is None or _locks.source is not source:
        values, problems = _checked_locks(source.sections)
        for problem in problems:
            logging.getLogger(__name__).warning("%s: %s", source.path, problem)
        _locks = _Locks(source, values, tuple(problems))
    return _locks


def _checked_locks(sections: Mapping[str, Mapping[str, str]]) -> tuple[dict[str, Any], list[str]]:
    locked: dict[str, Any] = {}
    problems: list[str] = []
    for group, name in GROUPS.items():
        defaults, parsed = group(), {}
        for key, text in sections.get(name, {}).items():
            if key not in {f.name for f in dataclasses.fields(group)}:
                problems.append(f"[{name}] {key}: not a setting of this section (ignored)")
                continue
            try:
                parsed[key] = _parse_strict(type(getattr(defaults, key)), text)
            except ValueError as exc:
                problems.append(f"[{name}] {key}: {exc} (ignored)")
        try:
            _validate(dataclasses.replace(defaults, **parsed))
        except ValidationError as exc:
            for key, message in exc.errors.items():
                if key in parsed:
                    problems.append(f"[{name}] {key}: {message} (ignored)")
                    del parsed[key]
        locked.update({f"{name}.{key}": value for key, value in parsed.items()})
    return locked, problems


def locked_fields(group: type[Any]) -> dict[str, Any]:
    """The group's fields the deployment file locks on this desktop, with their values."""
    prefix = GROUPS[group] + "."
    return {key[len(prefix):]: value for key, value in _current_locks().values.items()
            if key.startswith(prefix)}


def lock_problems() -> list[str]:
    """What the deployment file holds that the settings' rules refuse (not locked)."""
    return list(_current_locks().problems)


def lock_reason() -> str:
    return deployment.current().reason


def providers_locked() -> bool:
    return deployment.current().providers_locked


def refuse_if_providers_locked() -> None:
    if providers_locked():
        raise ValidationError({FORM: say("The identity providers are set by your deployment "
                                         "({0}); ask whoever manages this desktop.",
                                         deployment.current().path)})


def _parse_strict(kind: type[Any], text: str) -> Any:
    if kind is bool:
        if text.lower() not in {"yes", "no", "true", "false", "on", "off", "1", "0"}:
            raise ValueError("write yes or no")
        return text.lower() in {"yes", "true", "on", "1"}
    if kind is int:
        try:
            return int(text)
        except ValueError:
            raise ValueError("a whole number is needed") from None
    return text


def load(session: Session, group: type[T], *, stored: bool = False) -> T:
    """The group's values in this transaction (defaults for what was never set), with what the
    deployment file locks on this desktop unless only the ``stored`` values are asked for."""
    prefix = GROUPS[group] + "."
    rows = dict(session.execute(select(DatabaseSetting.key, DatabaseSetting.value)
                                .where(DatabaseSetting.key.startswith(prefix))).tuples().all())
    values: dict[str, Any] = {}
    defaults = group()
    for field in dataclasses.fields(group):
        text = rows.get(prefix + field.name)
        if text is not None:
            try:
                values[field.name] = _parse(type(getattr(defaults, field.name)), text)
            except ValueError:
                continue  # a damaged row counts as unset
    if not stored:
        values.update(locked_fields(group))
    return group(**values)


def read(database: Database, group: type[T]) -> T:
    """The group's values, read in a short transaction of their own."""
    with database.session_factory() as session:
        return load(session, group)


def _validate(values: AccountSettings | MailSettings | ScreeningSettings) -> None:
    errors = validation.FieldErrors()
    if isinstance(values, ScreeningSettings):
        if not 50 <= values.threshold <= 100:
            errors.add("threshold", say("Choose a score from 50 (many possible matches) to 100 "
                                        "(exact names only)."))
    elif isinstance(values, AccountSettings):
        ranges = {"min_password_length": (8, 128), "lockout_threshold": (3, 100),
                  "lockout_minutes": (1, 1440), "activation_hours": (1, 24 * 30),
                  "reset_hours": (1, 24 * 7), "idle_minutes": (1, 24 * 60),
                  "session_hours": (1, 24 * 7)}
        for name, (low, high) in ranges.items():
            if not low <= getattr(values, name) <= high:
                errors.add(name, say("Choose a number from {0} to {1}.", low, high))
        for name in ("activation_link", "reset_link"):
            template = getattr(values, name).strip()
            if template and "{token}" not in template:
                errors.add(name, say("The link must hold {token} where the code goes, for "
                                     "example "
                                     "https://portal.example.org/activate?token={token}."))
    else:
        if values.host and not 0 < values.port < 65536:
            errors.add("port", say("The port is a number from 1 to 65535 (587 for STARTTLS, "
                                   "465 for TLS)."))
        if values.security not in (SECURITY_NONE, SECURITY_STARTTLS, SECURITY_TLS):
            errors.add("security", say("Choose STARTTLS, TLS or none."))
        if values.host and not values.sender:
            errors.add("sender", say("Enter the address the console's emails come from."))
        elif values.sender:
            validation.email(errors, "sender", values.sender)
    if errors:
        raise ValidationError(errors)


def save(database: Database, actor: Actor, values: T) -> Outcome[T]:
    """Store a group of settings (needs "Change console settings"); logged field by field."""
    group: type[T] = type(values)
    with UnitOfWork(database, actor, AREA) as uow:
        policy.require(uow.session, actor.user_id, MANAGE_SETTINGS,
                       action="settings.update", entity_type="settings",
                       entity_name=GROUPS[group])
        _validate(values)
        locked = locked_fields(group)
        refused = validation.FieldErrors()
        for name, value in locked.items():
            if getattr(values, name) != value:
                refused.add(name, lock_reason())
        if refused:
            raise ValidationError(refused)
        before = load(uow.session, group, stored=True)
        effective = values
        values = dataclasses.replace(values, **{name: getattr(before, name) for name in locked})
        prefix = GROUPS[group] + "."
        for field in dataclasses.fields(group):
            key, text = prefix + field.name, _text(getattr(values, field.name))
            row = uow.session.get(DatabaseSetting, key)
            if row is None:
                uow.session.add(DatabaseSetting(key=key, value=text))
            else:
                row.value = text
        changes = diff(dataclasses.asdict(before), dataclasses.asdict(values))
        if changes:
            uow.record("settings.update", entity_type="settings", entity_name=GROUPS[group],
                       changes=changes)
        uow.commit()
        return Outcome(effective, Changes.of(SETTINGS, 0))
