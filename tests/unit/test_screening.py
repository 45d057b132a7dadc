"""Sanctions screening: the list read in its published shape (a wrong file refused naming
what was expected), look-alike names found through aliases, transliteration and spelling
variants, decisions logged with a comment and kept across re-screens, new users screened on
creation, rights enforced."""

from __future__ import annotations

from pathlib import Path

import pytest

from iam_console.services import installation_settings, name_matching, screening, users
from iam_console.services.errors import PermissionDenied, ValidationError
from iam_console.services.installation_settings import ScreeningSettings
from iam_console.services.sanctions_file import read_list
from tests import delegation_world
from tests.conftest import audit_events

SAMPLE = Path(__file__).parent.parent / "data" / "un-consolidated-sample.xml"


@pytest.fixture
def world(database, admin, hasher):
    return delegation_world.build(database, admin, hasher)


def person(world, hasher, username, first, last, org="Housing"):
    return users.create_user(world.database, world.root, hasher, users.UserInput(
        username, first, last, f"{username}@example.org",
        organization_ids=(world.org[org],))).value.id


def test_the_sample_list_is_read_with_aliases_and_details():
    listed = read_list(SAMPLE)
    assert listed.generated == "2026-10-01T12:00:00.000Z"
    assert [(e.data_id, e.kind) for e in listed.entries] == [
        ("9000001", "individual"), ("9000002", "individual"), ("9000003", "individual"),
        ("9100001", "entity")]
    markus = listed.entries[0]
    assert markus.names == ("MARKUS ELLINGSEN", "Marcus Ellingson", "The Accountant",
                            "\u041c\u0430\u0440\u043a\u0443\u0441 \u042d\u043b\u043b\u0438"
                            "\u043d\u0433\u0441\u0435\u043d")
    assert markus.details["date_of_birth"] == ["1971-08-14"]
    assert listed.entries[1].details["date_of_birth"] == ["about 1968", "between 1966 and 1970"]
    assert "comments" not in listed.entries[2].details  # blank comments left out


@pytest.mark.parametrize(("content", "message"), [
    (b"<html><body/></html>", "this file's root is <html>"),
    (b"<CONSOLIDATED_LIST><PEOPLE/></CONSOLIDATED_LIST>", "this file has neither"),
    (b"<CONSOLIDATED_LIST><INDIVIDUALS>", "not well-formed XML"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><CONSOLIDATED_LIST/>',
     "declares a DOCTYPE"),
])
def test_a_file_of_another_shape_is_refused_naming_what_was_expected(tmp_path, content,
                                                                     message):
    path = tmp_path / "list.xml"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as raised:
        read_list(path)
    text = raised.value.errors["file"]
    assert text.startswith("Expected the UN Security Council Consolidated List") and \
        message in text


@pytest.mark.parametrize(("name", "listed", "alike"), [
    ("Marcus Ellingson", "MARKUS ELLINGSEN", True),
    ("Markus Elingsen", "\u041c\u0430\u0440\u043a\u0443\u0441 \u042d\u043b\u043b\u0438\u043d"
                        "\u0433\u0441\u0435\u043d", True),
    ("Youssef Hachimi", "AL-HASHIMI YUSUF IBRAHIM", True),
    ("Jose Mendes", "JOS\u00c9 DA CUNHA MENDES", True),
    ("Mark Jansen", "MARKUS ELLINGSEN", False),
    ("Ibrahim de Vries", "AL-HASHIMI YUSUF IBRAHIM", False),
])
def test_names_alike_score_above_the_default_threshold(name, listed, alike):
    value = name_matching.score(name_matching.words(name), name_matching.words(listed))
    assert (value >= ScreeningSettings().threshold) is alike, value


def test_import_screens_everyone_and_decisions_are_kept(world, hasher, tmp_path):
    db = world.database
    marcus = person(world, hasher, "mellingson", "Marcus", "Ellingson")
    person(world, hasher, "mjansen", "Mark", "Jansen")
    outcome = screening.import_list(db, world.root, SAMPLE)
    assert outcome.value.entries == 4 and outcome.value.screen.new_matches == 1
    rows, total = screening.list_matches(db, world.root)
    assert total == 1 and rows[0].user_id == marcus and rows[0].score >= 90
    assert rows[0].entry_name == "MARKUS ELLINGSEN" and rows[0].reference == "XXi.001"
    assert rows[0].details["date_of_birth"] == ["1971-08-14"]
    with pytest.raises(ValidationError) as raised:
        screening.decide(db, world.root, rows[0].id, "cleared", "  ")
    assert "comment" in raised.value.errors
    screening.decide(db, world.root, rows[0].id, "cleared",
                     "Different date of birth (1990) and nationality.")
    event = audit_events(db, "screening.cleared")[-1]
    assert event.entity_id == marcus and event.reason.startswith("Different date of birth")
    # a new edition of the list: the cleared match stays cleared, nothing reopens
    again = screening.import_list(db, world.root, SAMPLE)
    assert again.value.screen.new_matches == 0
    assert screening.list_matches(db, world.root)[1] == 0
    assert screening.list_matches(db, world.root, "")[0][0].status == "cleared"


def test_new_users_are_screened_on_creation_with_the_threshold(world, hasher):
    db = world.database
    screening.import_list(db, world.root, SAMPLE)
    yusuf = person(world, hasher, "yhashimi", "Youssef", "Hachimi")
    assert [r.user_id for r in screening.list_matches(db, world.root)[0]] == [yusuf]
    assert audit_events(db, "screening.match")[-1].entity_id == yusuf
    installation_settings.save(db, world.root, ScreeningSettings(threshold=100))
    person(world, hasher, "melingsem", "Markus", "Elingsem")
    assert screening.list_matches(db, world.root)[1] == 1  # below 100: not shown
    with pytest.raises(ValidationError, match="from 50"):
        installation_settings.save(db, world.root, ScreeningSettings(threshold=20))


def test_rights_who_imports_screens_and_decides(world, hasher):
    db, oa = world.database, world.actor["oa"]
    with pytest.raises(PermissionDenied):
        screening.import_list(db, oa, SAMPLE)
    screening.import_list(db, world.root, SAMPLE)
    nora = person(world, hasher, "norae", "Markus", "Ellingsen", org="Northwind")
    person(world, hasher, "hanke", "Marcus", "Ellingson", org="Housing")
    rows, _total = screening.list_matches(db, oa)  # oa sees Housing only
    assert [r.username for r in rows] == ["hanke"]
    result = screening.screen(db, oa, organization_id=world.org["Housing"])
    assert result.screened >= 4 and result.new_matches == 0
    match = next(r for r in screening.list_matches(db, world.root)[0] if r.user_id == nora)
    with pytest.raises(PermissionDenied):
        screening.decide(db, oa, match.id, "confirmed", "It is them.")
    assert audit_events(db, "screening.confirmed")[-1].outcome == "denied"
