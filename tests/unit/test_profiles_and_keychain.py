"""Connection profiles (no secrets in files) and the keychain adapter."""

import pytest
from keyring.backends.fail import Keyring as NoKeyring

from iam_console import config
from iam_console.auth.keychain import Keychain, KeychainUnavailable
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def where(tmp_path):
    return config.Locations(tmp_path / "cfg", tmp_path / "data")


def test_profile_fields_are_checked_one_by_one():
    with pytest.raises(config.ProfileErrors) as refused:
        config.validated_profile(" ", config.POSTGRESQL, "", "", "99999", "", "")
    assert set(refused.value.errors) == {"name", "host", "port", "database", "user"}
    with pytest.raises(config.ProfileErrors) as refused:
        config.validated_profile("Mine", config.SQLITE, " ", "", "", "", "")
    assert set(refused.value.errors) == {"path"}


def test_profiles_round_trip_without_any_password(where):
    store = config.ProfileStore(where)
    team = config.validated_profile("Team", config.POSTGRESQL, "", "db.example.org", "5433",
                                    "iam", "alice")
    store.save(team)
    store.save(config.validated_profile("Laptop", config.SQLITE, "/tmp/x.sqlite3", "", "", "",
                                        ""))
    store.remember("Team")
    assert store.profiles()[0] == team and store.last_used() == "Team"
    assert "password" not in where.settings_file.read_text().lower()
    assert team.url("p@ss:/") == "postgresql+psycopg://alice:p%40ss%3A%2F@db.example.org:5433/iam"
    store.save(config.Profile("Team 2", config.POSTGRESQL, host="h", database="d", user="u"),
               replacing="Team")
    assert [p.name for p in store.profiles()] == ["Laptop", "Team 2"]
    store.delete("Laptop")
    assert [p.name for p in store.profiles()] == ["Team 2"]


def test_startup_offers_saved_profiles_and_opens_the_last_one(where, monkeypatch):
    monkeypatch.delenv(config.DATABASE_ENV, raising=False)
    store = config.ProfileStore(where)
    store.save(config.Profile("Team", config.POSTGRESQL, host="h", database="d", user="u"))
    store.remember("Team")
    profiles, first = config.startup_profiles(None, False, where)
    assert [p.name for p in profiles] == ["This computer", "Team"] and first.name == "Team"
    profiles, first = config.startup_profiles("postgresql://u@h/d", False, where)
    assert profiles == [first] and first.url() == "postgresql://u@h/d"
    assert not first.needs_password


def test_keychain_stores_and_forgets(tmp_path):
    backend = MemoryKeyring()
    keychain = Keychain(backend)
    keychain.set("database", "Team", "alice", "s3cret")
    assert keychain.get("database", "Team", "alice") == "s3cret"
    assert ("iam-console/database/Team", "alice") in backend.secrets
    keychain.delete("database", "Team", "alice")
    keychain.delete("database", "Team", "alice")  # twice is fine
    assert keychain.get("database", "Team", "alice") is None


def test_no_keychain_is_refused_with_a_reason():
    with pytest.raises(KeychainUnavailable, match="No safe keychain"):
        Keychain(NoKeyring()).get("database", "Team", "alice")
