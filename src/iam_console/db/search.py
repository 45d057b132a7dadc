"""Substring search over users through an index: FTS5 trigram on SQLite, pg_trgm on PostgreSQL.

Words of three or more characters go through the trigram index; shorter words match the start of
the username, email, first or last name.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, literal_column, or_, select, text, union_all

from iam_console.models import User

USER_SEARCH_TABLE = "users_fts"

SQLITE_USER_SEARCH_DDL = (
    f"CREATE VIRTUAL TABLE {USER_SEARCH_TABLE} USING fts5("
    "name, username, email, tokenize='trigram')",
    f"""CREATE TRIGGER {USER_SEARCH_TABLE}_ai AFTER INSERT ON users BEGIN
        INSERT INTO {USER_SEARCH_TABLE}(rowid, name, username, email)
        VALUES (new.id, new.first_name || ' ' || new.last_name, new.username, new.email);
    END""",
    f"""CREATE TRIGGER {USER_SEARCH_TABLE}_ad AFTER DELETE ON users BEGIN
        DELETE FROM {USER_SEARCH_TABLE} WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER {USER_SEARCH_TABLE}_au AFTER UPDATE OF first_name, last_name, username,
        email ON users BEGIN
        UPDATE {USER_SEARCH_TABLE} SET name = new.first_name || ' ' || new.last_name,
            username = new.username, email = new.email WHERE rowid = new.id;
    END""",
    f"""INSERT INTO {USER_SEARCH_TABLE}(rowid, name, username, email)
        SELECT id, first_name || ' ' || last_name, username, email FROM users""",
)

SQLITE_USER_SEARCH_DROP = (
    f"DROP TRIGGER IF EXISTS {USER_SEARCH_TABLE}_ai",
    f"DROP TRIGGER IF EXISTS {USER_SEARCH_TABLE}_ad",
    f"DROP TRIGGER IF EXISTS {USER_SEARCH_TABLE}_au",
    f"DROP TABLE IF EXISTS {USER_SEARCH_TABLE}",
)

# the full name expression must be written exactly so for the planner to use its index
POSTGRES_USER_SEARCH_DDL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_users_username_trgm ON users USING gin (username gin_trgm_ops)",
    "CREATE INDEX ix_users_email_trgm ON users USING gin (email gin_trgm_ops)",
    "CREATE INDEX ix_users_full_name_trgm ON users "
    "USING gin ((first_name || ' ' || last_name) gin_trgm_ops)",
)
POSTGRES_USER_SEARCH_DROP = (
    "DROP INDEX IF EXISTS ix_users_username_trgm",
    "DROP INDEX IF EXISTS ix_users_email_trgm",
    "DROP INDEX IF EXISTS ix_users_full_name_trgm",
)

MIN_TRIGRAM_WORD = 3


def is_search_object(table_name: str) -> bool:
    """Whether a table belongs to a search index (kept out of model/migration comparison)."""
    return table_name.startswith(USER_SEARCH_TABLE)


def include_object(obj: object, name: str | None, type_: str, reflected: bool,
                   compare_to: object) -> bool:
    """Alembic filter: search tables and indexes are kept by hand-written DDL, not the models."""
    if name is None:
        return True
    if type_ == "table":
        return not (is_search_object(name) or name == "change_counters")
    return not (type_ == "index" and name.endswith("_trgm"))


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _starts_with(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as an index range (LIKE would scan every row)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _prefix_condition(dialect_name: str, word: str) -> ColumnElement[bool]:
    """One or two letters: the start of a username or email (kept lowercase), or of a first or
    last name as written lowercase or capitalized ("zi" finds "Zimmermann" and "zoe.ivanova")."""
    lower = word.lower()
    capitalized = lower[:1].upper() + lower[1:]
    ranges = [_starts_with(User.username, lower), _starts_with(User.email, lower)]
    for name in (User.first_name, User.last_name):
        ranges.extend(_starts_with(name, form) for form in dict.fromkeys((capitalized, lower)))
    if dialect_name == "sqlite":
        # the ids from each index range, gathered and then sorted: time grows with the number
        # of matches; an OR lets SQLite walk the sort order instead, seconds when they sort last
        return User.id.in_(union_all(*(select(User.id).where(r) for r in ranges)))
    return or_(*ranges)


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def user_search_condition(dialect_name: str, term: str) -> ColumnElement[bool] | None:
    """A WHERE condition on users matching every word of ``term``, or None for an empty term."""
    words = term.split()
    if not words:
        return None
    conditions: list[ColumnElement[bool]] = []
    long_words = [w for w in words if len(w) >= MIN_TRIGRAM_WORD]
    short_words = [w for w in words if len(w) < MIN_TRIGRAM_WORD]
    if long_words and dialect_name == "sqlite":
        query = " AND ".join(_fts_phrase(w) for w in long_words)
        matching = select(text("rowid")).select_from(text(USER_SEARCH_TABLE)).where(
            text(f"{USER_SEARCH_TABLE} MATCH :fts_query").bindparams(fts_query=query)
        )
        conditions.append(User.id.in_(matching))
    else:
        name = User.first_name.op("||")(literal_column("' '")).op("||")(User.last_name)
        for word in long_words:
            pattern = "%" + _escape_like(word.lower()) + "%"
            conditions.append(
                or_(*(c.ilike(pattern, escape="\\") for c in (User.username, User.email, name)))
            )
    conditions.extend(_prefix_condition(dialect_name, w) for w in short_words)
    return and_(*conditions)
