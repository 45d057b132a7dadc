"""CSV import of users: the file's dialects and every way it can be wrong, a dry run that
finds each problem at its row and field and writes nothing, then an import in batches under
one correlation id with activation links; cancel leaves whole batches; rights enforced."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from iam_console.models import User, UserToken
from iam_console.services import audit_chain, sessions, tokens, user_import
from iam_console.services.csv_reading import MAX_ROWS, guess_mapping, read_csv
from iam_console.services.errors import PermissionDenied, ValidationError
from tests import delegation_world
from tests.conftest import audit_events

HEADER = "username;first_name;last_name;email;organizations;roles\n"


@pytest.fixture
def world(database, admin, hasher):
    return delegation_world.build(database, admin, hasher)


def write(tmp_path: Path, text: str | bytes, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def mapping_of(table):
    return guess_mapping(table.headers, user_import.SYNONYMS)


def user_count(database) -> int:
    with database.session_factory() as session:
        return session.scalar(select(func.count()).select_from(User))


@pytest.mark.parametrize("content", [
    "\ufeffusername,first_name,last_name,email\r\njdoe,Jane,Doe,jane@example.org\r\n",
    "Username;Given name;Surname;E-mail\njdoe;Jane;Doe;jane@example.org\n",
    'username,first_name,last_name,email\njdoe,"Jane",Doe,jane@example.org\n\n',
])
def test_bom_and_excel_dialects_read_the_same(tmp_path, content):
    table = read_csv(write(tmp_path, content))
    assert table.rows == (("jdoe", "Jane", "Doe", "jane@example.org"),)
    mapping = mapping_of(table)
    assert [mapping[f] for f in ("username", "first_name", "last_name", "email")] == \
        list(table.headers)


@pytest.mark.parametrize(("content", "message"), [
    (b"", "The file is empty."),
    (b"username,email\n", "The file has a header but no rows."),
    ("username,email\nj\u00f6rg,x@example.org\n".encode("latin-1"), "is not UTF-8 text (line 2"),
    (b'username,email\njdoe,"jane@example.org\nkim,kim@example.org\n', "never closed"),
    (b"username,email\njdoe,a@example.org,extra\n", "Line 2 has 3 cells"),
    (b"username,\njdoe,x\n", "has no name"),
])
def test_broken_files_are_refused_with_a_clear_message(tmp_path, content, message):
    with pytest.raises(ValidationError) as raised:
        read_csv(write(tmp_path, content))
    assert message in raised.value.errors["file"]


def test_too_many_rows_are_refused(tmp_path):
    rows = "".join(f"u{n},U,N,u{n}@example.org\n" for n in range(MAX_ROWS + 1))
    with pytest.raises(ValidationError, match="more than 50,000 rows"):
        read_csv(write(tmp_path, "username,first_name,last_name,email\n" + rows))


def test_a_header_that_maps_to_nothing_is_a_mapping_error(world, tmp_path):
    table = read_csv(write(tmp_path, "a;b;c\n1;2;3\n"))
    assert mapping_of(table) == {}
    with pytest.raises(ValidationError) as raised:
        user_import.check_users(world.database, world.root, table, {})
    assert "None of the file's columns (a, b, c)" in raised.value.errors["mapping"]
    with pytest.raises(ValidationError, match="Choose the column that holds: Last name, Email"):
        user_import.check_users(world.database, world.root, table,
                                {"username": "a", "first_name": "b"})


def test_dry_run_reports_each_problem_at_row_and_field_and_writes_nothing(world, tmp_path):
    db = world.database
    before = user_count(db)
    text = HEADER + (
        "ann;Ann;Smith;ann@example.org;Housing;Reader @ Housing\n"        # line 2: fine
        "hank;Hank;Again;new@example.org;Housing;\n"                      # 3: username exists
        "ann;Ann;Twice;ann2@example.org;Housing;\n"                       # 4: ann on line 2
        "bob;Bob;;not-an-email;Nowhere;\n"                                # 5: three problems
        "cy;Cy;Jones;cy@example.org;Housing;Boss @ Housing\n"             # 6: unknown role
        "di;Di;Lee;di@example.org;;Reader @ Social Services / Nowhere\n"  # 7: unknown location
    )
    check = user_import.check_users(db, world.root, read_csv(write(tmp_path, text)),
                                    mapping_of(read_csv(write(tmp_path, text))))
    assert [r.username for r in check.ready] == ["ann"]
    assert [(p.line, p.field) for p in check.problems] == [
        (3, "username"), (4, "username"), (5, "last_name"), (5, "email"),
        (5, "organizations"), (6, "roles"), (7, "roles")]
    messages = {(p.line, p.field): p.message for p in check.problems}
    assert messages[(3, "username")] == "A user with the username \u201chank\u201d exists already."
    assert messages[(4, "username")] == "The username \u201cann\u201d is on line 2 as well."
    assert messages[(5, "organizations")] == "There is no organization \u201cNowhere\u201d."
    assert messages[(6, "roles")] == "There is no role \u201cBoss\u201d."
    assert "has no location \u201cNowhere\u201d" in messages[(7, "roles")]
    assert check.lines_with_problems == 5 and user_count(db) == before


def test_the_importers_rights_are_checked_per_row(world, tmp_path):
    db, oa = world.database, world.actor["oa"]
    text = HEADER + ("in;In;Scope;in@example.org;Housing;Reader @ Housing\n"
                     "out;Out;Side;out@example.org;Northwind;\n"
                     "up;Up;Wards;up@example.org;Housing;System administrator @ Housing\n"
                     "none;No;Org;none@example.org;;\n")
    table = read_csv(write(tmp_path, text))
    check = user_import.check_users(db, oa, table, mapping_of(table))
    assert [r.username for r in check.ready] == ["in"]
    problems = {p.line: p.message for p in check.problems}
    assert "Northwind" in problems[3]
    assert "nobody gives more than they hold" in problems[4]
    assert "the whole directory" in problems[5]
    with pytest.raises(PermissionDenied):
        user_import.check_users(db, world.actor["rd"], table, mapping_of(table))
    assert audit_events(db, "user.import")[-1].outcome == "denied"


def test_import_writes_pending_users_with_links_in_batches(world, tmp_path, hasher):
    db = world.database
    rows = "".join(f"p{n:03d};Pat;Number{n};p{n}@example.org;Housing;Reader @ Housing\n"
                   for n in range(25))
    table = read_csv(write(tmp_path, HEADER + rows))
    check = user_import.check_users(db, world.root, table, mapping_of(table))
    batches: list[int] = []
    result = user_import.import_users(db, world.root, check,
                                      lambda done, _t: batches.append(done) or True, batch=10)
    assert batches == [0, 10, 20, 25] and len(result.imported) == 25 and not result.failed
    assert {t.user_id for t in result.issued} == set(
        result.changes.ids["users"])
    hired = next(u for u in result.issued if u.email == "p7@example.org")
    assert hired.secret not in str([e.changes for e in audit_events(db)])
    # the link works: the person activates and signs in with the role from the file
    tokens.redeem_token(db, hasher, hired.secret, "a long new secret 7", "a long new secret 7")
    actor = sessions.sign_in(db, hasher, "p007", "a long new secret 7")
    assert actor.username == "p007"
    events = [e for e in audit_events(db, "user.create")
              if e.correlation_id == result.correlation_id]
    assert len(events) == 25 and events[7].reason == "Imported from people.csv, line 9"
    assert '"assignments": {"added": ["Reader @ Housing"]' in events[0].changes
    assert audit_chain.verify_chain(db, world.root).intact


def test_cancel_leaves_whole_batches_and_a_taken_name_is_reported(world, tmp_path):
    db = world.database
    rows = "".join(f"c{n:03d};Cat;N{n};c{n}@example.org;Housing;\n" for n in range(30))
    table = read_csv(write(tmp_path, HEADER + rows))
    check = user_import.check_users(db, world.root, table, mapping_of(table))
    # somebody creates c015 between the dry run and the import
    with db.session_factory() as session:
        session.add(User(username="c015", first_name="X", last_name="Y",
                         email="other@example.org", status="pending"))
        session.commit()
    result = user_import.import_users(db, world.root, check,
                                      lambda done, _t: done < 20, batch=10)
    assert result.cancelled and result.not_reached == 10
    assert len(result.imported) == 19 and [p.line for p in result.failed] == [17]
    with db.session_factory() as session:
        names = set(session.scalars(select(User.username).where(User.username.like("c0%"))))
        assert len(session.scalars(select(UserToken.id)).all()) >= 19
    assert names == {f"c{n:03d}" for n in range(20)}
