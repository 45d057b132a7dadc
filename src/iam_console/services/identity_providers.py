"""The identity providers people may sign in with (OpenID Connect), set up once per
installation: issuer, client id, scopes and the claim that holds the username.

A client secret, where the provider insists on one, is kept in each desktop's keychain (see
``provider_sign_in``), never here. Changing the list needs "Change console settings".
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from iam_console.auth.oidc_basics import OidcError, check_issuer_url
from iam_console.db.engine import Database
from iam_console.models import IdentityProvider, utcnow
from iam_console.models.identity import DEFAULT_SCOPES, DEFAULT_USERNAME_CLAIM
from iam_console.texts import say

from . import installation_settings, policy, validation
from .actor import Actor
from .audit import diff
from .changes import SETTINGS, Changes, Outcome
from .errors import ConflictError, NotFound, ValidationError
from .permissions import MANAGE_SETTINGS
from .uow import UnitOfWork

AREA = "settings"
ENTITY = "identity_provider"


@dataclass(frozen=True)
class ProviderInfo:
    id: int
    name: str
    issuer: str
    client_id: str
    scopes: str
    username_claim: str
    enabled: bool
    version: int


@dataclass(frozen=True)
class ProviderInput:
    name: str
    issuer: str
    client_id: str
    scopes: str = DEFAULT_SCOPES
    username_claim: str = DEFAULT_USERNAME_CLAIM
    enabled: bool = True


def _info(row: IdentityProvider) -> ProviderInfo:
    return ProviderInfo(row.id, row.name, row.issuer, row.client_id, row.scopes,
                        row.username_claim, row.enabled, row.version)


def list_providers(database: Database, *, enabled_only: bool = True) -> tuple[ProviderInfo, ...]:
    """The providers, by name. The sign-in window reads the enabled ones before anybody is
    signed in: nothing here is secret."""
    with database.session_factory() as session:
        stmt = select(IdentityProvider).order_by(func.lower(IdentityProvider.name))
        if enabled_only:
            stmt = stmt.where(IdentityProvider.enabled.is_(True))
        return tuple(_info(row) for row in session.scalars(stmt))


def _snapshot(row: IdentityProvider) -> dict[str, object]:
    return {"name": row.name, "issuer": row.issuer, "client_id": row.client_id,
            "scopes": row.scopes, "username_claim": row.username_claim,
            "enabled": row.enabled}


def _validate(session: Session, data: ProviderInput, current_id: int | None) -> ProviderInput:
    errors = validation.FieldErrors()
    name = validation.text(errors, "name", data.name, label="Name", max_length=100)
    if name and "name" not in errors:
        clash = session.scalar(select(IdentityProvider.id).where(
            func.lower(IdentityProvider.name) == name.lower()))
        if clash is not None and clash != current_id:
            errors.add("name", say("A provider named “{0}” exists already.", name))
    issuer = validation.text(errors, "issuer", data.issuer, label=say("Issuer URL"), max_length=500)
    if issuer and "issuer" not in errors:
        try:
            issuer = check_issuer_url(issuer)
        except OidcError as exc:
            errors.add("issuer", str(exc))
    client_id = validation.text(errors, "client_id", data.client_id, label=say("Client id"),
                                max_length=200)
    scopes = " ".join(data.scopes.split())
    if "openid" not in scopes.split():
        errors.add("scopes", say("The scopes must include openid (for example: {0}).",
                                 DEFAULT_SCOPES))
    claim = data.username_claim.strip()
    if not claim or " " in claim:
        errors.add("username_claim", say("Name the one claim that holds the username, for "
                                         "example preferred_username or email."))
    if errors:
        raise ValidationError(errors)
    return ProviderInput(name, issuer, client_id, scopes, claim, data.enabled)


def save_provider(database: Database, actor: Actor, data: ProviderInput,
                  provider_id: int | None = None,
                  version: int | None = None) -> Outcome[ProviderInfo]:
    """Add a provider (``provider_id`` None) or change one against the version read."""
    action = "identity_provider.create" if provider_id is None else "identity_provider.update"
    with UnitOfWork(database, actor, AREA) as uow:
        policy.require(uow.session, actor.user_id, MANAGE_SETTINGS, action=action,
                       entity_type=ENTITY, entity_id=provider_id, entity_name=data.name)
        installation_settings.refuse_if_providers_locked()
        clean = _validate(uow.session, data, provider_id)
        if provider_id is None:
            row = IdentityProvider(name=clean.name, issuer=clean.issuer,
                                   client_id=clean.client_id, scopes=clean.scopes,
                                   username_claim=clean.username_claim, enabled=clean.enabled)
            uow.session.add(row)
            before: dict[str, object] = {}
        else:
            found = uow.session.get(IdentityProvider, provider_id)
            if found is None:
                raise NotFound(say("This identity provider was removed meanwhile."))
            row = found
            before = _snapshot(row)
            if version is not None and row.version != version:
                raise ConflictError(say("Another administrator changed this provider after you "
                                        "opened it; your input is kept."), theirs=before)
            row.name, row.issuer, row.client_id = clean.name, clean.issuer, clean.client_id
            row.scopes, row.username_claim = clean.scopes, clean.username_claim
            row.enabled, row.updated_at = clean.enabled, utcnow()
        uow.session.flush()
        uow.record(action, entity_type=ENTITY, entity_id=row.id, entity_name=row.name,
                   changes=diff(before, _snapshot(row)))
        uow.commit()
        return Outcome(_info(row), Changes.of(SETTINGS, 0))


def delete_provider(database: Database, actor: Actor, provider_id: int) -> Outcome[None]:
    """Remove a provider: nobody signs in with it any more. Users linked to it keep their
    accounts and links (a provider added again with the same issuer finds them)."""
    with UnitOfWork(database, actor, AREA) as uow:
        row = uow.session.get(IdentityProvider, provider_id)
        policy.require(uow.session, actor.user_id, MANAGE_SETTINGS,
                       action="identity_provider.delete", entity_type=ENTITY,
                       entity_id=provider_id, entity_name=row.name if row else "")
        installation_settings.refuse_if_providers_locked()
        if row is None:
            raise NotFound(say("This identity provider was removed meanwhile."))
        uow.record("identity_provider.delete", entity_type=ENTITY, entity_id=row.id,
                   entity_name=row.name, changes=diff(_snapshot(row), {}))
        uow.session.delete(row)
        uow.commit()
        return Outcome(None, Changes.of(SETTINGS, 0))
