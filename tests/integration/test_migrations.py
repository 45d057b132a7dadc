"""Migrations: from empty they match the models; foreign, damaged or newer databases are refused."""

import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from iam_console.db import migrate
from iam_console.db.engine import open_database, url_for_path
from iam_console.db.errors import DatabaseOpenError
from iam_console.db.search import include_object
from iam_console.models import Base
from iam_console.services.setup import open_and_prepare


def test_migrations_from_empty_match_the_models(database_url):
    database = open_database(database_url)
    migrate.upgrade(database)
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "include_object": include_object, "compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    assert migrate.current_revision(database) == migrate.head_revision()
    database.dispose()


def test_an_older_schema_is_upgraded_on_start_and_keeps_its_data(database_url, hasher):
    database = open_database(database_url)
    config = migrate.alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text(
            "INSERT INTO organizations (name, name_key, description, active, kind, created_at,"
            " updated_at, version) VALUES ('Old', 'old', '', true, 'internal',"
            " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"))
    database.dispose()
    upgraded, _status = open_and_prepare(database_url)
    assert migrate.current_revision(upgraded) == migrate.head_revision()
    with upgraded.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM organizations")).scalar() == "Old"
    upgraded.dispose()


def test_a_schema_in_use_upgrades_through_table_rebuilds(database_url):
    """Rows that refer to rebuilt tables (SQLite rebuilds ``roles`` and ``users`` to change
    them) survive: the upgrade of a real 0005 database once failed with "FOREIGN KEY
    constraint failed" when the old ``roles`` table was dropped."""
    database = open_database(database_url)
    config = migrate.alembic_config()
    now = "CURRENT_TIMESTAMP"
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        user, role, org = ("(SELECT id FROM users WHERE username = 'ada')",
                           "(SELECT id FROM roles WHERE name_key = 'system administrator')",
                           "(SELECT id FROM organizations WHERE name_key = 'old')")
        for statement in (
            "INSERT INTO organizations (name, name_key, description, active, kind, created_at, "
            f"updated_at, version) VALUES ('Old', 'old', '', true, 'internal', {now}, {now}, 1)",
            "INSERT INTO roles (name, name_key, description, active, system, created_at, "
            "updated_at, version) VALUES ('System administrator', 'system administrator', "
            f"'', true, true, {now}, {now}, 1)",
            "INSERT INTO users (username, first_name, last_name, email, status, origin, "
            "created_at, updated_at, version) VALUES ('ada', 'Ada', 'Admin', "
            f"'ada@example.org', 'active', 'local', {now}, {now}, 1)",
            "INSERT INTO memberships (user_id, organization_id, created_at) "
            f"VALUES ({user}, {org}, {now})",
            "INSERT INTO role_assignments (user_id, role_id, organization_id, created_at) "
            f"VALUES ({user}, {role}, {org}, {now})",
        ):
            connection.execute(text(statement))
        # what the failed upgrade left behind: the half-made copy of the rebuilt table
        connection.execute(text("CREATE TABLE _alembic_tmp_roles (id INTEGER PRIMARY KEY)"))
    database.dispose()
    upgraded, _status = open_and_prepare(database_url)
    assert migrate.current_revision(upgraded) == migrate.head_revision()
    with upgraded.engine.connect() as connection:
        if upgraded.is_sqlite:
            assert "_alembic_tmp_roles" not in inspect(connection).get_table_names()
        assert connection.execute(text(
            "SELECT r.builtin_key, u.notification_frequency FROM role_assignments a "
            "JOIN roles r ON r.id = a.role_id JOIN users u ON u.id = a.user_id")).one() == (
            "system-administrator", "never")
        if upgraded.is_sqlite:  # foreign keys are enforced again after the upgrade
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    upgraded.dispose()


def test_two_desktops_starting_at_once_migrate_once(database_url, db_backend):
    if db_backend != "postgresql":
        pytest.skip("SQLite is one desktop's file; the migration lock is PostgreSQL's")
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _n: open_and_prepare(database_url), range(4)))
    for database, _status in results:
        assert migrate.current_revision(database) == migrate.head_revision()
        database.dispose()


def test_newer_schema_is_refused_on_both_databases(database_url):
    database = open_database(database_url)
    migrate.upgrade(database)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.dispose()
    with pytest.raises(DatabaseOpenError, match="newer version of IAM Console"):
        open_and_prepare(database_url)


def test_unreachable_server_and_missing_database_are_explained(postgres):
    from tests.pg_cluster import free_port

    with pytest.raises(DatabaseOpenError, match=r"No PostgreSQL server answers at 127\.0\.0\.1"):
        open_and_prepare(f"postgresql://iam@127.0.0.1:{free_port()}/x")
    with pytest.raises(DatabaseOpenError, match="no database named \u201cnot_there\u201d"):
        open_and_prepare(postgres.url("not_there"))


def test_other_database_kinds_are_refused():
    with pytest.raises(DatabaseOpenError, match="SQLite files and PostgreSQL"):
        open_and_prepare("mysql://someone@localhost/db")


def test_upgrade_is_idempotent_and_keeps_data(tmp_path, hasher):
    url = url_for_path(tmp_path / "m.sqlite3")
    db, status = open_and_prepare(url)
    assert status.needs_first_administrator
    from iam_console.services.setup import FirstAdministratorInput, create_first_administrator

    create_first_administrator(db, hasher, FirstAdministratorInput(
        "Org", "admin", "A", "B", "a@example.org", "long-password", "long-password"))
    db.dispose()
    _db2, status2 = open_and_prepare(url)
    assert not status2.needs_first_administrator


def test_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    database = open_database(url_for_path(path))
    migrate.upgrade(database)
    database.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseOpenError, match="newer version of IAM Console"):
        open_and_prepare(url_for_path(path))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "9999_from_the_future")


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(DatabaseOpenError, match="not an IAM Console database"):
        open_and_prepare(url_for_path(path))


def test_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("These are my notes, not a database. " * 100)
    with pytest.raises(DatabaseOpenError, match="not a database file"):
        open_and_prepare(url_for_path(path))


def test_missing_folder_is_a_clear_message(tmp_path):
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        open_and_prepare(url_for_path(tmp_path / "no" / "such" / "db.sqlite3"))


def test_nonsense_url_is_a_clear_message():
    with pytest.raises(DatabaseOpenError, match="not a database URL"):
        open_and_prepare("::not a url::")


def test_read_only_file_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "ro.sqlite3"
    database = open_database(url_for_path(path))
    migrate.upgrade(database)
    database.dispose()
    path.chmod(0o444)
    if os.geteuid() == 0:  # root may write anyway; make the permission check see what a user sees
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK and real_access(p, mode))
    with pytest.raises(DatabaseOpenError, match="read-only"):
        open_and_prepare(url_for_path(path))


def test_a_user_who_may_not_create_tables_is_told_what_to_do(postgres):
    from tests.pg_cluster import PASSWORD, PASSWORD_USER

    postgres.create_database("owned_by_someone_else")
    url = (f"postgresql://{PASSWORD_USER}:{PASSWORD}@127.0.0.1:{postgres.port}/"
           "owned_by_someone_else")
    with pytest.raises(DatabaseOpenError, match="database's owner"):
        open_and_prepare(url)


MOUNTS = """/dev/vda / ext4 rw 0 0
server:/export /mnt/team nfs4 rw 0 0
//fileserver/share /mnt/smb cifs rw 0 0
"""


def test_sqlite_files_on_network_shares_are_recognised():
    from pathlib import Path

    from iam_console.db.engine import filesystem_of, is_network_location

    assert filesystem_of(Path("/mnt/team/iam/console.sqlite3"), MOUNTS) == "nfs4"
    assert is_network_location(Path("/mnt/smb/console.sqlite3"), MOUNTS)
    assert not is_network_location(Path("/home/ada/console.sqlite3"), MOUNTS)
    assert is_network_location(Path("//fileserver/share/console.sqlite3"), MOUNTS)


def test_sqlite_file_on_a_network_share_is_refused(tmp_path, monkeypatch):
    from iam_console.db import engine

    monkeypatch.setattr(engine, "is_network_location", lambda _path: True)
    with pytest.raises(DatabaseOpenError, match="network share"):
        open_and_prepare(url_for_path(tmp_path / "shared.sqlite3"))


def test_a_server_that_is_not_postgresql_is_named():
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    port = listener.getsockname()[1]

    def serve():  # answers like a web server would, then hangs up
        for _ in range(4):
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    try:
        with pytest.raises(DatabaseOpenError, match="does not answer like PostgreSQL"):
            open_and_prepare(f"postgresql://iam@127.0.0.1:{port}/x")
    finally:
        listener.close()
