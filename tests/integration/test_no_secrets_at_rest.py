"""Every kind of secret the console hands out or takes in, issued and used once, then looked for
in the whole database dump, the log output and the administration log: no token, recovery code
or password is anywhere; the TOTP secret is in the database only."""

from __future__ import annotations

import logging
import subprocess

import pytest
from sqlalchemy import select

from iam_console.auth import totp
from iam_console.models import AuditEvent, TokenKind
from iam_console.services import sessions, tokens, two_factor, users
from iam_console.services.errors import AuthenticationFailed
from tests.unit.test_tokens import Clock, _new_user


def _dump(database, db_backend: str, request) -> str:
    if db_backend == "sqlite":
        raw = database.engine.raw_connection()
        try:
            return "\n".join(raw.driver_connection.iterdump())
        finally:
            raw.close()
    cluster = request.getfixturevalue("postgres")
    url = database.engine.url
    return subprocess.run(
        [str(cluster.bindir / "pg_dump"), "-h", "127.0.0.1", "-p", str(cluster.port),
         "-U", url.username, url.database], check=True, capture_output=True, text=True).stdout


def test_no_secret_at_rest_in_database_logs_or_administration_log(
        database, admin, hasher, db_backend, request, caplog):
    caplog.set_level(logging.DEBUG)
    clock = Clock()
    secrets: list[str] = []
    activation_password, reset_password, desk_password = (
        "first chosen phrase 11", "second chosen phrase 22", "help desk phrase 33")
    secrets += [activation_password, reset_password, desk_password]

    person = _new_user(database, admin, hasher, "kim")
    issued = tokens.issue_token(database, admin, person.id, TokenKind.ACTIVATION,
                                clock=clock).value
    secrets.append(issued.secret)
    tokens.record_copied(database, admin, issued, "link")
    tokens.redeem_token(database, hasher, issued.link, activation_password, activation_password,
                        clock=clock)
    reset = tokens.issue_token(database, admin, person.id, TokenKind.RESET, clock=clock).value
    secrets.append(reset.secret)
    tokens.redeem_token(database, hasher, reset.secret, reset_password, reset_password,
                        clock=clock)
    api = tokens.issue_token(database, admin, person.id, TokenKind.API, days=7, label="report",
                             clock=clock).value
    secrets.append(api.secret)
    tokens.authenticate_api_token(database, api.secret, clock=clock)
    users.set_password(database, admin, hasher, person.id, desk_password, desk_password)
    with pytest.raises(AuthenticationFailed):
        sessions.start_sign_in(database, hasher, "kim", "a wrong guess 44", clock=clock)
    secrets.append("a wrong guess 44")

    two_factor.require_two_factor(database, admin, person.id, True)
    step = sessions.start_sign_in(database, hasher, "kim", desk_password, clock=clock)
    offer = sessions.offer_enrolment(step)
    enrolled = sessions.confirm_enrolment(database, step, offer.secret,
                                          totp.code_at(offer.secret, clock.now.timestamp()),
                                          clock=clock)
    secrets += list(enrolled.recovery_codes)
    clock.advance(seconds=60)
    step = sessions.start_sign_in(database, hasher, "kim", desk_password, clock=clock)
    sessions.verify_second_factor(database, step, enrolled.recovery_codes[0], clock=clock)

    dump = _dump(database, db_backend, request)
    with database.session_factory() as session:
        log = "\n".join(f"{e.actor_name} {e.entity_name} {e.changes} {e.reason}"
                        for e in session.scalars(select(AuditEvent)))
    output = caplog.text
    assert len(dump) > 10_000 and "kim" in log
    for secret in secrets:
        for where, text in (("database dump", dump), ("administration log", log),
                            ("log output", output)):
            assert secret not in text, f"a secret was found in the {where}"
    assert offer.secret in dump  # the shared TOTP secret must be kept to check codes...
    assert offer.secret not in log and offer.secret not in output  # ...and only there
