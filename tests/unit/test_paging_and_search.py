"""Keyset paging returns every row exactly once in order; search finds substrings via the index."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from iam_console.models import User, UserStatus, utcnow
from iam_console.services import users
from iam_console.services.paging import PageRequest

LAST_NAMES = ["Berg", "berg", "Alder", "Zimmer", "Ólafsson", "Berg", "Cohen"]


@pytest.fixture
def many(database, admin):
    now = utcnow()
    with database.engine.begin() as conn:
        conn.execute(insert(User), [
            {"username": f"user{n:03d}", "first_name": f"First{n % 7}",
             "last_name": LAST_NAMES[n % len(LAST_NAMES)], "email": f"user{n:03d}@example.org",
             "status": UserStatus.ACTIVE if n % 3 else UserStatus.PENDING, "origin": "local",
             "created_at": now, "updated_at": now, "version": 1}
            for n in range(137)])
    return admin


def all_pages(database, actor, request):
    rows, after = [], None
    while True:
        page = users.list_users(database, actor, PageRequest(
            search=request.search, sort=request.sort, descending=request.descending,
            after=after, limit=request.limit))
        rows.extend(page.rows)
        if page.after is None:
            return rows
        after = page.after


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sort=st.sampled_from(["username", "last_name", "first_name", "email", "status",
                             "created_at"]),
       descending=st.booleans(), limit=st.integers(min_value=1, max_value=60))
def test_pages_cover_every_row_once_in_sorted_order(database, many, sort, descending, limit):
    rows = all_pages(database, many, PageRequest(sort=sort, descending=descending, limit=limit))
    assert len(rows) == 138 and len({r.id for r in rows}) == 138
    keys = [(getattr(r, sort), r.id) for r in rows]
    assert keys == sorted(keys, reverse=descending)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sort=st.sampled_from(["username", "last_name", "status"]), descending=st.booleans(),
       start=st.integers(min_value=0, max_value=150), limit=st.integers(min_value=1, max_value=40),
       search=st.sampled_from(["", "berg", "user1"]), from_page=st.booleans())
def test_a_jump_lands_on_the_same_rows_as_reading_every_page(database, many, sort, descending,
                                                             start, limit, search, from_page):
    """Skipping rows (a scroll bar dragged into the middle) gives the rows at that position,
    counted from the start or from any page already held, in either direction."""
    everything = all_pages(database, many, PageRequest(search=search, sort=sort,
                                                       descending=descending, limit=500))
    after, skip = None, start
    if from_page and start > 3:
        held = users.list_users(database, many, PageRequest(search=search, sort=sort,
                                                             descending=descending, limit=3))
        after, skip = held.last, start - 3
    page = users.list_users(database, many, PageRequest(
        search=search, sort=sort, descending=descending, after=after, skip=skip, limit=limit))
    assert [r.id for r in page.rows] == [r.id for r in everything[start:start + limit]]
    if page.rows:
        assert page.first == (getattr(page.rows[0], sort), page.rows[0].id)
        assert page.last == (getattr(page.rows[-1], sort), page.rows[-1].id)
    assert (page.after is None) == (start + limit >= len(everything))


@pytest.mark.parametrize(("term", "expected"), [
    ("ser04", {"user040", "user041", "user042", "user043", "user044", "user045", "user046",
               "user047", "user048", "user049"}),
    ("IMMER", {f"user{n:03d}" for n in range(137) if n % 7 == 3}),
    ("first3 zimm", {f"user{n:03d}" for n in range(137) if n % 7 == 3}),
    ("first3 cohen", set()),
    ("us", {f"user{n:03d}" for n in range(137)}),
])
@pytest.mark.parametrize("selective", [3, 20_000], ids=["broad-road", "selective-road"])
def test_search_matches_substrings_of_names_usernames_and_emails(database, many, term,
                                                                  expected, selective,
                                                                  monkeypatch):
    monkeypatch.setattr(users, "SELECTIVE_SEARCH", selective)
    rows = all_pages(database, many, PageRequest(search=term, limit=50))
    keys = [(r.last_name, r.id) for r in rows]
    assert keys == sorted(keys)
    assert {r.username for r in rows} == expected
    assert users.count_users(database, many, term) == len(expected)


def test_search_follows_edits(database, many, hasher):
    created = users.create_user(database, many, hasher, users.UserInput(
        "newbie", "Quentin", "Quasar", "q@example.org")).value
    assert [r.username for r in users.list_users(database, many,
                                                 PageRequest(search="quasar")).rows] == ["newbie"]
    users.update_user(database, many, created.id, created.version, users.UserInput(
        "newbie", "Quentin", "Nebula", "q@example.org"))
    assert users.list_users(database, many, PageRequest(search="quasar")).rows == []
    assert len(users.list_users(database, many, PageRequest(search="nebula")).rows) == 1


def test_search_terms_with_quotes_and_wildcards_are_literal(database, many):
    assert users.list_users(database, many, PageRequest(search='"; drop')).rows == []
    assert users.list_users(database, many, PageRequest(search="%_")).rows == []
