"""Several desktops (processes) editing the same users at once: no update is ever lost."""

import multiprocessing
import random

from iam_console.auth.passwords import cheap_hasher_for_tests
from iam_console.services import audit_chain, users
from iam_console.services.errors import ConflictError
from iam_console.services.paging import PageRequest
from iam_console.services.setup import open_and_prepare

DESKTOPS, EDITS, SHARED_USERS = 8, 200, 10


def desktop(url: str, actor, user_ids: list[int], seed: int) -> tuple[int, int, int]:
    """One console: load a user, change the phone, save against the loaded version."""
    database, _status = open_and_prepare(url)
    rng = random.Random(seed)
    saved = conflicts = other = 0
    for edit in range(EDITS):
        user_id = rng.choice(user_ids)
        try:
            detail = users.get_user(database, actor, user_id)
            users.update_user(database, actor, user_id, detail.version, users.UserInput(
                detail.username, detail.first_name, detail.last_name, detail.email,
                phone=f"+{seed} {edit:04d}", organization_ids=detail.organization_ids,
                assignments=tuple(users.AssignmentInput(a.role_id, a.organization_id,
                                                        a.location_id)
                                  for a in detail.assignments)))
            saved += 1
        except ConflictError:
            conflicts += 1
        except Exception as exc:  # anything else is a defect; say which
            other += 1
            if other == 1:
                print(f"desktop {seed}: {type(exc).__name__}: {exc}")
    database.dispose()
    return saved, conflicts, other


def test_eight_desktops_lose_no_update(database, admin, db_backend):
    hasher = cheap_hasher_for_tests()
    ids = [users.create_user(database, admin, hasher, users.UserInput(
        f"shared{n}", "Shared", f"User{n}", f"shared{n}@example.org")).value.id
        for n in range(SHARED_USERS)]
    url = database.engine.url.render_as_string(hide_password=False)
    with multiprocessing.get_context("spawn").Pool(DESKTOPS) as pool:
        results = pool.starmap(desktop, [(url, admin, ids, seed + 1) for seed in range(DESKTOPS)])
    saved = sum(r[0] for r in results)
    conflicts = sum(r[1] for r in results)
    assert sum(r[2] for r in results) == 0
    assert saved + conflicts == DESKTOPS * EDITS
    # every save that was reported as done is there: each one raised its user's version by one
    versions = {r.id: users.get_user(database, admin, r.id).version
                for r in users.list_users(database, admin, PageRequest(search="shared")).rows}
    assert sum(v - 1 for v in versions.values()) == saved
    assert saved > 0 and conflicts > 0
    # eight writers appended to one administration log: its chain has one order and verifies
    checked = audit_chain.verify_chain(database, admin)
    assert checked.intact, checked.message
    assert checked.checked >= saved
