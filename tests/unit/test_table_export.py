"""Exporting a list's current search to CSV: users with organizations and roles,
organizations, roles with permissions; formula cells written as text; only what the actor
may see; cancel leaves no file; a completed export is logged."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from iam_console.services import bulk, table_export, users
from iam_console.services.bulk import BulkAction, BulkRequest
from iam_console.services.changes import ORGANIZATIONS, ROLES, USERS
from iam_console.services.paging import PageRequest
from tests import delegation_world
from tests.conftest import audit_events


@pytest.fixture
def world(database, admin, hasher):
    return delegation_world.build(database, admin, hasher)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_users_export_has_organizations_roles_and_only_the_search(world, tmp_path):
    db = world.database
    path = tmp_path / "users.csv"
    result = table_export.export_table(db, world.root, USERS,
                                       PageRequest(search="tester", sort="username"), path)
    rows = _read(path)
    assert result.rows == len(rows) == 13 and not result.cancelled
    assert [r["username"] for r in rows][:3] == ["aud", "both", "ea"]
    both = next(r for r in rows if r["username"] == "both")
    assert both["organizations"] == "Housing | Northwind"
    locadmin = next(r for r in rows if r["username"] == "locadmin")
    assert locadmin["roles"] == "Organization administrator @ Social Services / North"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets read it as UTF-8
    assert audit_events(db, "users.export")[-1].reason == \
        "13 users exported matching \u201ctester\u201d"
    # a delegated administrator exports only the users they may see
    table_export.export_table(db, world.actor["oa"], USERS, PageRequest(), path)
    assert {r["username"] for r in _read(path)} == {"oa", "rd", "hank", "both"}


def test_a_formula_is_written_as_text(world, hasher, tmp_path):
    db = world.database
    users.create_user(db, world.root, hasher, users.UserInput(
        "mallory", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "mallory@example.org",
        phone="+31 20 1234567", organization_ids=(world.org["Housing"],)))
    path = tmp_path / "users.csv"
    table_export.export_table(db, world.root, USERS, PageRequest(search="mallory"), path)
    (row,) = _read(path)
    assert row["first_name"] == "'=HYPERLINK(\"http://x\")"
    assert row["last_name"] == "'@SUM(A1)" and row["phone"] == "'+31 20 1234567"


def test_organizations_and_roles_with_permissions(world, tmp_path):
    db = world.database
    orgs = tmp_path / "orgs.csv"
    table_export.export_table(db, world.root, ORGANIZATIONS, PageRequest(), orgs)
    social = next(r for r in _read(orgs) if r["name"] == "Social Youth")
    assert (social["kind"], social["parent"], social["users"]) == (
        "internal", "Social Services", "1")
    roles_file = tmp_path / "roles.csv"
    table_export.export_table(db, world.root, ROLES, PageRequest(search="help"), roles_file)
    (helpdesk,) = _read(roles_file)
    assert helpdesk["name"] == "Help desk" and "iam.users.credentials" in \
        helpdesk["permissions"].split(" | ")


def test_cancel_leaves_no_file_and_logs_nothing(world, tmp_path):
    path = tmp_path / "out" / "users.csv"
    path.parent.mkdir()
    result = table_export.export_table(world.database, world.root, USERS, PageRequest(), path,
                                       lambda _n: False)
    assert result.cancelled and not list(path.parent.iterdir())
    assert audit_events(world.database, "users.export") == []


def test_bulk_report_lists_every_user_with_outcome_and_reason(world, tmp_path):
    db, oa = world.database, world.actor["oa"]
    planned = bulk.preview(db, oa, BulkRequest(BulkAction.DEACTIVATE),
                           [world.user["hank"], world.user["oa"]])
    result = bulk.run(db, oa, planned)
    path = tmp_path / "report.csv"
    assert bulk.write_report(result, path) == 2
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "\"# Deactivate: 1 done, 1 skipped, 0 failed\""
    assert lines[2].endswith(",done,") and "skipped,Your own account" in lines[3]
