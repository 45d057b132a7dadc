"""The permission catalogue: built-in console permissions and catalogue files of applications."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from iam_console.db.engine import Database
from iam_console.models import Permission
from iam_console.texts import say

from . import policy
from .actor import Actor
from .changes import PERMISSIONS, Changes, Outcome
from .errors import ValidationError
from .permissions import (
    BUILTIN_PERMISSIONS,
    CONSOLE_APPLICATION,
    CONSOLE_APPLICATION_TITLE,
    LOAD_CATALOGUE,
    VIEW_ROLES,
)
from .predefined import ensure_predefined_roles
from .uow import UnitOfWork

CODE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
RESERVED_PREFIX = "iam."
MAX_FILE_BYTES = 5 * 1024 * 1024
FILE = "file"


@dataclass(frozen=True)
class PermissionView:
    code: str
    application: str
    application_title: str
    title: str
    help_text: str
    builtin: bool


@dataclass(frozen=True)
class CatalogueEntry:
    code: str
    application: str
    application_title: str
    title: str
    help_text: str


@dataclass(frozen=True)
class CatalogueResult:
    added: int
    updated: int
    unchanged: int


def ensure_builtin_permissions(session: Session) -> None:
    """Insert or refresh the console's own permissions (a newer program may add some)."""
    existing = {p.code: p for p in session.scalars(select(Permission).where(Permission.builtin))}
    for builtin in BUILTIN_PERMISSIONS:
        perm = existing.get(builtin.code)
        if perm is None:
            session.add(Permission(code=builtin.code, application=CONSOLE_APPLICATION,
                                   application_title=CONSOLE_APPLICATION_TITLE,
                                   title=builtin.title, help_text=builtin.help_text,
                                   builtin=True))
        else:
            perm.title, perm.help_text = builtin.title, builtin.help_text


def list_permissions(database: Database, actor: Actor) -> list[PermissionView]:
    """Every permission, grouped by application (a catalogue is dozens to hundreds of rows)."""
    with UnitOfWork(database, actor, "roles") as uow:
        policy.require(uow.session, actor.user_id, VIEW_ROLES, action="permission.list")
        perms = uow.session.scalars(
            select(Permission).order_by(
                Permission.builtin.desc(), Permission.application_title, Permission.title
            )
        )
        return [PermissionView(p.code, p.application, p.application_title, p.title, p.help_text,
                               p.builtin) for p in perms]


def _text_field(raw: dict[str, Any], key: str, where: str, *, required: bool = True,
                max_length: int = 200) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise ValidationError({FILE: f"{where}: \u201c{key}\u201d must be text."})
    value = value.strip()
    if required and not value:
        raise ValidationError({FILE: f"{where}: \u201c{key}\u201d is missing or empty."})
    if len(value) > max_length:
        raise ValidationError({FILE: f"{where}: \u201c{key}\u201d is longer than {max_length} "
                                     "characters."})
    return value


def parse_catalogue(content: bytes, suffix: str) -> list[CatalogueEntry]:
    """Entries of a TOML or JSON catalogue; a ValidationError names the first problem."""
    try:
        if suffix == ".json":
            data = json.loads(content.decode("utf-8-sig"))
        else:
            data = tomllib.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        kind = "JSON" if suffix == ".json" else "TOML"
        raise ValidationError({FILE: say("The file cannot be read as {0}: {1}", kind,
                                         exc)}) from exc
    if not isinstance(data, dict):
        raise ValidationError({FILE: say("The file must hold applications and permissions.")})
    apps = data.get("applications")
    perms = data.get("permissions")
    if not isinstance(apps, dict) or not apps:
        raise ValidationError({FILE: say("The file declares no applications "
                                         "([applications.NAME] with a title).")})
    if not isinstance(perms, list) or not perms:
        raise ValidationError({FILE: say("The file lists no permissions ([[permissions]]).")})
    titles: dict[str, str] = {}
    for app_code, app in apps.items():
        where = say("Application “{0}”", app_code)
        if not CODE.match(app_code) or app_code == CONSOLE_APPLICATION:
            raise ValidationError({FILE: f"{where}: the name may hold lowercase letters, digits "
                                         "and . _ - only, and iam-console is reserved."})
        if not isinstance(app, dict):
            raise ValidationError({FILE: say("{0} must be a table with a title.", where)})
        titles[app_code] = _text_field(app, "title", where)
    entries: list[CatalogueEntry] = []
    seen: set[str] = set()
    for number, raw in enumerate(perms, start=1):
        where = say("Permission {0}", number)
        if not isinstance(raw, dict):
            raise ValidationError({FILE: say("{0} must be a table.", where)})
        code = _text_field(raw, "code", where, max_length=100)
        where = say("Permission {0} (“{1}”)", number, code)
        if not CODE.match(code):
            raise ValidationError({FILE: f"{where}: a code may hold lowercase letters, digits "
                                         "and . _ - only."})
        if code.startswith(RESERVED_PREFIX):
            raise ValidationError({FILE: f"{where}: codes starting with \u201ciam.\u201d are "
                                         "reserved for the console's own permissions."})
        if code in seen:
            raise ValidationError({FILE: f"{where}: the code appears twice in the file."})
        seen.add(code)
        application = _text_field(raw, "application", where, max_length=100)
        if application not in titles:
            raise ValidationError({FILE: say("{0} names the application “{1}”, which the file "
                                             "does not declare under [applications].",
                                             where, application)})
        entries.append(CatalogueEntry(code, application, titles[application],
                                      _text_field(raw, "title", where),
                                      _text_field(raw, "help", where, required=False,
                                                  max_length=2000)))
    return entries


def load_catalogue(database: Database, actor: Actor, path: Path) -> Outcome[CatalogueResult]:
    """Add or update the permissions a catalogue file declares; all or nothing."""
    with UnitOfWork(database, actor, "catalogue") as uow:
        authority = policy.require(uow.session, actor.user_id, LOAD_CATALOGUE,
                                   action="catalogue.load", entity_type="catalogue",
                                   entity_name=path.name)
        policy.decide_in_organization(authority, LOAD_CATALOGUE, policy.Place(None, "")).enforce(
            action="catalogue.load", entity_type="catalogue", entity_name=path.name)
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ValidationError({FILE: say("{0} is over 5 MB; is it a catalogue?",
                                                 path.name)})
            content = path.read_bytes()
        except OSError as exc:
            raise ValidationError({FILE: say("Cannot read {0}: {1}", path,
                                             exc.strerror or exc)}) from exc
        entries = parse_catalogue(content, path.suffix.lower())
        result = upsert_entries(uow.session, entries)
        uow.record("catalogue.load", entity_type="catalogue", entity_name=path.name,
                   changes={"permissions_added": (None, result.added),
                            "permissions_updated": (None, result.updated)})
        uow.commit()
    return Outcome(result, Changes.of(PERMISSIONS))


def upsert_entries(session: Session, entries: list[CatalogueEntry]) -> CatalogueResult:
    """Add new permissions and refresh titles and help of known ones; never delete."""
    existing = {p.code: p for p in session.scalars(
        select(Permission).where(Permission.code.in_([e.code for e in entries])))}
    added = updated = unchanged = 0
    for entry in entries:
        perm = existing.get(entry.code)
        if perm is None:
            session.add(Permission(code=entry.code, application=entry.application,
                                   application_title=entry.application_title, title=entry.title,
                                   help_text=entry.help_text, builtin=False))
            added += 1
            continue
        if perm.application != entry.application:
            raise ValidationError({FILE: say("“{0}” already belongs to the application “{1}”.",
                                             entry.code, perm.application)})
        new = (entry.application_title, entry.title, entry.help_text)
        if (perm.application_title, perm.title, perm.help_text) == new:
            unchanged += 1
        else:
            perm.application_title, perm.title, perm.help_text = new
            updated += 1
    if added:
        ensure_predefined_roles(session)  # the System administrator holds the new ones too
    return CatalogueResult(added, updated, unchanged)


def demo_catalogue() -> list[CatalogueEntry]:
    """The demo catalogue shipped with the program (two applications)."""
    path = Path(__file__).parent.parent / "resources" / "demo-catalogue.toml"
    return parse_catalogue(path.read_bytes(), ".toml")
