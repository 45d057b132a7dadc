"""Substring search is answered from an index, not a scan of every user."""

import pytest
from sqlalchemy import select, text

from iam_console.db.search import user_search_condition
from iam_console.models import User


def plan(database, term: str) -> str:
    stmt = select(User.id).where(user_search_condition(database.engine.dialect.name, term))
    compiled = stmt.compile(database.engine, compile_kwargs={"literal_binds": True})
    with database.engine.connect() as conn:
        if database.engine.dialect.name == "postgresql":
            conn.execute(text("SET enable_seqscan = off"))
        postgres = database.engine.dialect.name == "postgresql"
        explain = "EXPLAIN" if postgres else "EXPLAIN QUERY PLAN"
        rows = conn.exec_driver_sql(f"{explain} {compiled}").all()
    return "\n".join(" ".join(str(c) for c in row) for row in rows)


def test_one_or_two_letters_search_index_ranges_not_every_row(database, db_backend):
    explained = plan(database, "zi")
    if db_backend == "postgresql":
        assert "Seq Scan" not in explained and "Index" in explained
    else:
        # the ids come from index ranges (one per column and letter case), never a scan
        assert explained.count("SEARCH users USING COVERING INDEX") == 6
        assert "SCAN users" not in explained


@pytest.mark.parametrize("term", ["mmerm", "jane doe"])
def test_search_uses_the_trigram_index(database, db_backend, term):
    explained = plan(database, term)
    if db_backend == "postgresql":
        assert "_trgm" in explained
    else:
        assert "users_fts" in explained and "VIRTUAL TABLE INDEX" in explained
