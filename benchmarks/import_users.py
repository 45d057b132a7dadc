"""Time a CSV import of users (10,000 rows) and of organizations (2,000 rows): read the file,
the dry run, the import.

    .venv/bin/python -m benchmarks.import_users                      # a new SQLite file
    .venv/bin/python -m benchmarks.import_users --database postgresql://…/empty_db

On a new database with one administrator (Head Office): a file of ``--rows`` users, each in
Head Office with the Reader role there, read, checked and imported in batches of 500 with
production settings (activation links, one log event per user). Then a file of
``--organizations`` organizations, a tree three deep under Head Office listed children first
(the dry run puts parents first), each with two locations. Prints JSON and writes it to
benchmarks/results/.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from .service_timing import write_result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", help="an empty database (SQLite path or PostgreSQL URL)")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--organizations", type=int, default=2_000)
    args = parser.parse_args()

    from iam_console.auth.passwords import PasswordHasher
    from iam_console.config import to_url
    from iam_console.services import organization_import, sessions, user_import
    from iam_console.services.csv_reading import guess_mapping, read_csv
    from iam_console.services.setup import (
        FirstAdministratorInput,
        create_first_administrator,
        open_and_prepare,
    )

    folder = Path(tempfile.mkdtemp(prefix="iam-import-bench-"))
    database, _status = open_and_prepare(to_url(args.database or str(folder / "bench.sqlite3")))
    hasher = PasswordHasher()
    create_first_administrator(database, hasher, FirstAdministratorInput(
        "Head Office", "admin", "Bench", "Admin", "admin@bench.example.org",
        "bench-quartz-2026", "bench-quartz-2026"))
    actor = sessions.sign_in(database, hasher, "admin", "bench-quartz-2026")
    csv_path = folder / "people.csv"
    with csv_path.open("w", encoding="utf-8-sig") as stream:
        stream.write("username;first_name;last_name;email;organizations;roles\n")
        for n in range(args.rows):
            stream.write(f"person{n:06d};Pat;Person {n};person{n}@bench.example.org;"
                         "Head Office;Reader @ Head Office\n")

    t0 = time.perf_counter()
    table = read_csv(csv_path)
    t1 = time.perf_counter()
    check = user_import.check_users(database, actor, table,
                                    guess_mapping(table.headers, user_import.SYNONYMS))
    t2 = time.perf_counter()
    assert check is not None and not check.problems, check and check.problems[:3]
    result = user_import.import_users(database, actor, check)
    t3 = time.perf_counter()
    assert len(result.imported) == args.rows

    orgs_path = folder / "organizations.csv"
    count = args.organizations
    with orgs_path.open("w", encoding="utf-8") as stream:
        stream.write("name,kind,parent,locations\n")
        for n in reversed(range(count)):  # sub-organizations before their parents
            parent = "Head Office" if n < 20 else f"Unit {n // 20 - 1:05d}" if n < 420 \
                else f"Unit {(n - 420) // 20 + 20:05d}"
            stream.write(f"Unit {n:05d},,{parent},North | South\n")
    t4 = time.perf_counter()
    orgs_table = read_csv(orgs_path)
    t5 = time.perf_counter()
    orgs_check = organization_import.check_organizations(
        database, actor, orgs_table, guess_mapping(orgs_table.headers,
                                                   organization_import.SYNONYMS))
    t6 = time.perf_counter()
    assert orgs_check is not None and not orgs_check.problems, orgs_check.problems[:3]
    orgs_result = organization_import.import_organizations(database, actor, orgs_check)
    t7 = time.perf_counter()
    assert len(orgs_result.imported) == count and not orgs_result.failed

    write_result("import-{kind}-" + f"{args.rows // 1000}k", {
        "database": database.describe(), "rows": args.rows,
        "read_ms": round((t1 - t0) * 1000), "dry_run_ms": round((t2 - t1) * 1000),
        "import_ms": round((t3 - t2) * 1000), "total_s": round(t3 - t0, 2),
        "rows_per_second": round(args.rows / (t3 - t0)),
        "organizations": {"rows": count, "read_ms": round((t5 - t4) * 1000),
                          "dry_run_ms": round((t6 - t5) * 1000),
                          "import_ms": round((t7 - t6) * 1000),
                          "total_s": round(t7 - t4, 2),
                          "rows_per_second": round(count / (t7 - t4))}})


if __name__ == "__main__":
    main()
