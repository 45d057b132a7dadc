"""CSV import of organizations: the dry run finds each problem at its row and field (the
editor's rules, names in the directory or twice in the file, unknown parents, circles, the
importer's rights where each organization goes) and writes nothing; the import creates parents
before their sub-organizations, in batches under one correlation id, each logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from iam_console.models import Organization
from iam_console.services import audit_chain, organization_import
from iam_console.services.csv_reading import guess_mapping, read_csv
from iam_console.services.errors import PermissionDenied, ValidationError
from tests import delegation_world
from tests.conftest import audit_events

HEADER = "Organization;Kind;Description;Parent;Locations\n"


@pytest.fixture
def world(database, admin, hasher):
    return delegation_world.build(database, admin, hasher)


def table_of(tmp_path: Path, text: str):
    path = tmp_path / "organizations.csv"
    path.write_text(text, encoding="utf-8-sig")
    return read_csv(path)


def check(world, actor, tmp_path, text: str):
    table = table_of(tmp_path, text)
    return organization_import.check_organizations(
        world.database, actor, table, guess_mapping(table.headers, organization_import.SYNONYMS))


def by_name(database) -> dict[str, Organization]:
    with database.session_factory() as session:
        found = {o.name: o for o in session.scalars(select(Organization))}
        for org in found.values():
            _ = org.locations, org.parent
        return found


def org_count(database) -> int:
    with database.session_factory() as session:
        return session.scalar(select(func.count()).select_from(Organization))


def test_the_columns_are_found_by_their_names(tmp_path):
    table = table_of(tmp_path, "Name,Type,Notes,Parent organisation,Sites\nA,,,,\n")
    assert guess_mapping(table.headers, organization_import.SYNONYMS) == {
        "name": "Name", "kind": "Type", "description": "Notes", "parent": "Parent organisation",
        "locations": "Sites"}


def test_a_file_without_a_name_column_is_a_mapping_error(world, tmp_path):
    table = table_of(tmp_path, "Kind;Parent\ninternal;Housing\n")
    with pytest.raises(ValidationError) as raised:
        organization_import.check_organizations(world.database, world.root, table,
                                                {"kind": "Kind"})
    assert raised.value.errors["mapping"] == "Choose the column that holds: Name."


def test_dry_run_reports_each_problem_at_row_and_field_and_writes_nothing(world, tmp_path):
    db = world.database
    before = org_count(db)
    text = HEADER + (
        "Fleet;internal;Vehicles;Head Office;Depot | Garage\n"       # 2: fine
        "housing;;;;\n"                                              # 3: exists (any case)
        "Fleet;;;;\n"                                                # 4: Fleet on line 2
        ";partner;;;\n"                                              # 5: no name, bad kind
        "Ghost;;;Nowhere Ltd;\n"                                     # 6: unknown parent
        "Loop A;;;Loop B;\n"                                         # 7: circle
        "Loop B;;;Loop A;\n"                                         # 8: circle
        "Self;;;self;\n"                                             # 9: its own parent
        "Spots;;;;North | north\n"                                   # 10: location twice
    )
    found = check(world, world.root, tmp_path, text)
    assert [r.name for r in found.ready] == ["Fleet"]
    assert [(p.line, p.field) for p in found.problems] == [
        (3, "name"), (4, "name"), (5, "name"), (5, "kind"), (6, "parent"), (7, "parent"),
        (8, "parent"), (9, "parent"), (10, "locations")]
    messages = {(p.line, p.field): p.message for p in found.problems}
    assert messages[(3, "name")].startswith("An organization named \u201cHousing\u201d exists "
                                            "already")
    assert messages[(4, "name")] == "The organization \u201cFleet\u201d is on line 2 as well."
    assert messages[(5, "name")] == "Name is required."
    assert messages[(5, "kind")] == "Kind must be internal or external."
    assert messages[(6, "parent")] == ("There is no organization \u201cNowhere Ltd\u201d in the "
                                       "directory or in this file.")
    assert messages[(7, "parent")] == messages[(8, "parent")] == (
        "These rows are each other's parents (a circle): \u201cLoop A\u201d (line 7), "
        "\u201cLoop B\u201d (line 8).")
    assert messages[(9, "parent")] == "An organization cannot be its own parent."
    assert messages[(10, "locations")] == "The location \u201cnorth\u201d is listed twice."
    assert found.lines_with_problems == 8 and org_count(db) == before


def test_parents_come_first_and_kinds_follow_the_parent(world, tmp_path):
    db = world.database
    text = HEADER + (
        "Pier Team;;Boats;Harbour;Quay 1\n"              # the parent comes later in the file
        "Partner Desk;;;Northwind;\n"                    # an external parent: external
        "Harbour;;;Port Authority;\n"
        "Port Authority;External;;;Main gate | Quay 2\n")
    found = check(world, world.root, tmp_path, text)
    assert not found.problems
    assert [(r.name, r.kind) for r in found.ready] == [
        ("Port Authority", "external"), ("Harbour", "external"), ("Pier Team", "external"),
        ("Partner Desk", "external")]
    result = organization_import.import_organizations(db, world.root, found, batch=2)
    assert result.imported == ("Port Authority", "Harbour", "Pier Team", "Partner Desk")
    assert not result.failed and not result.cancelled
    orgs = by_name(db)
    assert orgs["Pier Team"].parent.name == "Harbour"
    assert orgs["Harbour"].parent.name == "Port Authority"
    assert orgs["Partner Desk"].parent.name == "Northwind"
    assert sorted(loc.name for loc in orgs["Port Authority"].locations) == ["Main gate",
                                                                            "Quay 2"]
    assert orgs["Pier Team"].description == "Boats"
    events = audit_events(db, "organization.create")[-4:]
    assert {e.correlation_id for e in events} == {result.correlation_id}
    assert [e.entity_name for e in events] == list(result.imported)
    assert events[2].reason == "Imported from organizations.csv, line 2"
    assert audit_chain.verify_chain(db, world.root).intact


def test_the_importers_rights_are_checked_where_each_row_goes(world, tmp_path):
    db, ua = world.database, world.actor["ua"]
    text = HEADER + (
        "Family Care;;;Social Services;\n"   # 2: ua manages Social Services and below
        "Family North;;;Family Care;\n"      # 3: under a new one there: reached (sub-orgs)
        "Youth Club;;;Social Youth;\n"       # 4: below Social Services
        "Repairs;;;Housing;\n"               # 5: outside ua's organizations
        "Repairs East;;;Repairs;\n"          # 6: under a new one outside
        "Top Level;;;;\n")                   # 7: top level needs the whole directory
    found = check(world, ua, tmp_path, text)
    assert [r.name for r in found.ready] == ["Family Care", "Family North", "Youth Club"]
    problems = {p.line: p.message for p in found.problems}
    assert problems[5] == "You do not hold \u201cManage organizations\u201d in Housing."
    assert problems[6] == ("You do not hold \u201cManage organizations\u201d in "
                           "\u201cRepairs\u201d (new, line 5).")
    assert problems[7] == "You do not hold \u201cManage organizations\u201d in the whole " \
                          "directory."

    with pytest.raises(PermissionDenied):
        check(world, world.actor["oa"], tmp_path, text)
    assert audit_events(db, "organization.import")[-1].outcome == "denied"

    fine = check(world, ua, tmp_path, HEADER + "Family Care;;;Social Services;\n"
                                               "Family North;;;Family Care;\n")
    result = organization_import.import_organizations(db, ua, fine)
    assert result.imported == ("Family Care", "Family North")
    assert by_name(db)["Family North"].parent.name == "Family Care"


def test_rows_taken_since_the_check_are_reported_and_cancel_leaves_whole_rows(world,
                                                                           tmp_path):
    db = world.database
    rows = "".join(f"Team {n:02d};;;Head Office;\n" for n in range(12))
    found = check(world, world.root, tmp_path, HEADER + "Depot;;;Head Office;\n"
                                                        "Depot Annex;;;Depot;\n" + rows)
    # someone creates "Depot" while the person looks at the check
    quick = check(world, world.root, tmp_path, HEADER + "depot;;;;\n")
    organization_import.import_organizations(db, world.root, quick)

    calls: list[int] = []

    def stop_after_first_batch(done: int, _total: int) -> bool:
        calls.append(done)
        return done < 5

    result = organization_import.import_organizations(db, world.root, found,
                                                      stop_after_first_batch, batch=5)
    assert [(p.line, p.field) for p in result.failed] == [(2, "name"), (3, "parent")]
    assert result.failed[0].message.startswith("Taken since the check")
    assert result.failed[1].message == ("Its parent \u201cDepot\u201d from this file was "
                                        "not imported.")
    assert result.imported == ("Team 00", "Team 01", "Team 02")
    assert result.cancelled and result.not_reached == 9
    assert "Team 03" not in by_name(db)
