"""Exporting the filtered log: every matching event (not only a page), UTF-8, cells that a
spreadsheet would run quoted, JSON lines that parse, cancel leaving no file, and logged."""

import csv
import json

import pytest

from iam_console.services import audit_export, organizations
from iam_console.services.audit_log import EventFilter
from iam_console.services.errors import PermissionDenied
from iam_console.services.permissions import VIEW_USERS
from tests.conftest import audit_events


def _orgs(database, admin, names):
    for name in names:
        organizations.create_organization(database, admin,
                                          organizations.OrganizationInput(name))


def test_csv_has_every_matching_event_newest_first_in_utf8(database, admin, tmp_path):
    names = [f"Zweig Köln {n}" for n in range(7)]
    _orgs(database, admin, names)
    path = tmp_path / "log.csv"
    result = audit_export.export_events(database, admin, EventFilter(
        action="organization.create"), path, audit_export.CSV)
    assert (result.events, result.cancelled) == (7, False)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["target"] for r in rows] == list(reversed(names))
    assert rows[0]["actor"] == admin.display_name and rows[0]["outcome"] == "succeeded"
    assert json.loads(rows[0]["changes"])["name"] == [None, names[-1]]


def test_cells_a_spreadsheet_would_run_as_formulas_are_quoted(database, admin, tmp_path):
    dangerous = ["=HYPERLINK(\"http://x\")", "+1 Team", "-2 Team", "@SUM Team"]
    _orgs(database, admin, [*dangerous, "Plain Team"])
    path = tmp_path / "log.csv"
    audit_export.export_events(database, admin, EventFilter(action="organization.create"),
                               path, audit_export.CSV)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        targets = [r["target"] for r in csv.DictReader(stream)]
    assert targets == ["Plain Team", *("'" + d for d in reversed(dangerous))]
    assert audit_export.safe_cell("\tTab") == "'\tTab" and audit_export.safe_cell(None) == ""


def test_json_lines_parse_one_event_per_line(database, admin, tmp_path):
    _orgs(database, admin, ["Alpha", "Beta"])
    path = tmp_path / "log.jsonl"
    audit_export.export_events(database, admin, EventFilter(action="organization.create"),
                               path, audit_export.JSON_LINES)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["target"] for r in records] == ["Beta", "Alpha"]
    assert records[0]["changes"]["name"] == [None, "Beta"]


def test_a_cancelled_export_leaves_no_file_and_a_finished_one_is_logged(database, admin,
                                                                        tmp_path):
    _orgs(database, admin, [f"Org {n}" for n in range(12)])
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "log.csv"
    seen: list[int] = []
    result = audit_export.export_events(
        database, admin, EventFilter(), path, audit_export.CSV,
        lambda written: seen.append(written) is not None, page_size=5)  # cancel after a page
    assert result.cancelled and seen == [5]
    assert not list(path.parent.iterdir())  # neither the file nor a partial one
    assert audit_events(database, "audit.export") == []
    audit_export.export_events(database, admin, EventFilter(), path, audit_export.CSV,
                               page_size=5, description="Any time")
    logged = audit_events(database, "audit.export")
    assert len(logged) == 1 and "filter: Any time" in logged[0].reason
    assert logged[0].entity_name == "log.csv"


def test_exporting_needs_the_log_permission_and_writes_nothing_without_it(database, make_actor,
                                                                          tmp_path):
    reader = make_actor(VIEW_USERS)
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "log.csv"
    with pytest.raises(PermissionDenied):
        audit_export.export_events(database, reader, EventFilter(), path, audit_export.CSV)
    assert not list(path.parent.iterdir())
