"""The deployment settings file: read and checked, and its values locked on this desktop."""

from __future__ import annotations

import json

import pytest

from iam_console import config, deployment
from iam_console.services import identity_providers, installation_settings, sessions
from iam_console.services.errors import FORM, AuthenticationFailed, ValidationError
from iam_console.services.identity_providers import ProviderInput
from iam_console.services.installation_settings import AccountSettings, MailSettings
from tests.conftest import audit_events
from tests.unit.test_sign_in_steps import PASSWORD
from tests.unit.test_tokens import Clock, _new_user

FILE = """
[accounts]
min_password_length = 14
lockout_threshold = 3
reset_link = https://portal.example.org/reset?code={token}

[mail]
host = smtp.example.org
sender = iam@example.org

[desktop]
clipboard_clear_seconds = 10
appearance = dark

[identity providers]
locked = yes

[connections]
own = no

[connection Shared directory]
kind = postgresql
host = db.example.org
database = iam
user = console
"""


def test_the_file_is_found_through_the_environment_and_read(deployed, tmp_path, monkeypatch):
    path = tmp_path / "elsewhere.ini"
    path.write_text(FILE, encoding="utf-8")
    monkeypatch.setenv(deployment.ENV, str(path))
    found = deployment.find()
    assert found.path == path and found.problems == ()
    assert found.clipboard_seconds() == 10 and found.appearance() == "dark"
    assert found.providers_locked and not found.own_connections
    [shared] = found.connections()
    assert (shared.name, shared.kind, shared.host, shared.port, shared.locked) == (
        "Shared directory", config.POSTGRESQL, "db.example.org", 5432, True)
    assert "Set by your deployment" in found.reason and str(path) in found.reason


def test_without_a_file_nothing_is_locked(monkeypatch, tmp_path):
    monkeypatch.delenv(deployment.ENV, raising=False)
    assert deployment.current() is deployment.NONE and deployment.NONE.connections() == []
    assert installation_settings.locked_fields(AccountSettings) == {}
    assert not installation_settings.providers_locked()


def test_wrong_values_are_reported_and_not_locked(deployed):
    found = deployed("""
[accounts]
min_password_length = six
lockout_threshold = 1
reset_link = https://portal.example.org/no-placeholder
colour = blue
[desktop]
appearance = purple
clipboard_clear_seconds = 9999
[connection Broken]
kind = postgresql
[printing]
paper = A4
""")
    problems = list(found.problems) + installation_settings.lock_problems()
    text = "\n".join(problems)
    assert "[accounts] min_password_length: a whole number is needed" in text
    assert "[accounts] lockout_threshold: Choose a number from 3 to 100." in text
    assert "[accounts] reset_link: The link must hold {token}" in text
    assert "[accounts] colour: not a setting" in text
    assert "[desktop] appearance: choose system, light or dark" in text
    assert "[desktop] clipboard_clear_seconds" in text
    assert "[connection Broken] host: Enter the server's host name" in text
    assert "[printing]: not a section the console knows" in text
    assert installation_settings.locked_fields(AccountSettings) == {}
    assert found.appearance() is None and found.connections() == []


def test_an_unreadable_file_is_reported_not_fatal(tmp_path):
    path = tmp_path / "broken.ini"
    path.write_bytes(b"\xff\xfe[accounts\n")
    found = deployment.read(path)
    assert found.sections == {} and "could not be read" in found.problems[0]


def test_locked_values_win_over_the_database_and_cannot_be_changed(database, admin, hasher,
                                                                   deployed):
    installation_settings.save(database, admin, AccountSettings(min_password_length=10,
                                                                lockout_threshold=8))
    deployed(FILE)
    effective = installation_settings.read(database, AccountSettings)
    assert (effective.min_password_length, effective.lockout_threshold) == (14, 3)
    assert effective.reset_link == "https://portal.example.org/reset?code={token}"
    assert installation_settings.read(database, MailSettings).host == "smtp.example.org"
    # changing a locked value is refused at its field, and nothing is written
    with pytest.raises(ValidationError) as refused:
        installation_settings.save(database, admin, AccountSettings(
            min_password_length=20, lockout_threshold=3,
            reset_link=effective.reset_link, idle_minutes=5))
    assert "Set by your deployment" in refused.value.errors["min_password_length"]
    assert installation_settings.read(database, AccountSettings).idle_minutes == 30
    # what is not locked still saves; the database keeps its own values of the locked ones
    saved = installation_settings.save(database, admin, AccountSettings(
        min_password_length=14, lockout_threshold=3, reset_link=effective.reset_link,
        idle_minutes=5))
    assert saved.value.min_password_length == 14 and saved.value.idle_minutes == 5
    change = audit_events(database, "settings.update")[-1]
    assert set(json.loads(change.changes)) == {"idle_minutes"}
    deployment.install(deployment.NONE)
    stored = installation_settings.read(database, AccountSettings)
    assert (stored.min_password_length, stored.lockout_threshold, stored.idle_minutes) == (
        10, 8, 5)


def test_the_locked_lockout_rule_is_what_sign_in_follows(database, admin, hasher, deployed):
    installation_settings.save(database, admin, AccountSettings(lockout_threshold=10))
    _new_user(database, admin, hasher, "pat", password=PASSWORD)
    deployed(FILE)  # lockout_threshold = 3
    clock = Clock()
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            sessions.start_sign_in(database, hasher, "pat", "wrong guess here", clock=clock)
    assert [e.outcome for e in audit_events(database, "user.lock")] == ["succeeded"]


def test_locked_identity_providers_are_not_changed(database, admin, deployed):
    deployed(FILE)
    with pytest.raises(ValidationError) as refused:
        identity_providers.save_provider(database, admin, ProviderInput(
            "Staff", "https://login.example.org", "console", "openid email", "email", True))
    assert "identity providers are set by your deployment" in refused.value.errors[FORM]
    assert identity_providers.list_providers(database, enabled_only=False) == ()


def test_the_sign_in_offers_the_deployment_connections(deployed, tmp_path):
    where = config.Locations(tmp_path / "config", tmp_path / "data")
    config.ProfileStore(where).save(config.Profile("Mine", config.SQLITE, path="/tmp/x.db"))
    found = deployed(FILE)
    profiles, first = config.startup_profiles(None, False, where, found.connections(),
                                              found.own_connections)
    assert [p.name for p in profiles] == ["Shared directory"] and first.locked
    allowed = deployed(FILE.replace("own = no", "own = yes"))
    profiles, first = config.startup_profiles(None, False, where, allowed.connections(),
                                              allowed.own_connections)
    assert [p.name for p in profiles] == ["Shared directory", "This computer", "Mine"]
