"""Two administrators each remove "the other one" at the same moment: one of them is refused."""

import threading

import pytest

from iam_console.services import sessions, users
from iam_console.services.errors import ServiceError
from iam_console.services.policy import active_system_administrators
from tests.conftest import ADMIN_PASSWORD


@pytest.mark.parametrize("db_backend", ["postgresql"])
def test_concurrent_removals_never_leave_no_administrator(database, admin, hasher, db_backend):
    system = users.get_user(database, admin, admin.user_id).assignments[0]
    other = users.create_user(database, admin, hasher, users.UserInput(
        "other", "Oth", "Er", "other@example.org",
        assignments=(users.AssignmentInput(system.role_id, system.organization_id),),
        password=ADMIN_PASSWORD, password_confirmation=ADMIN_PASSWORD)).value
    second = sessions.sign_in(database, hasher, "other", ADMIN_PASSWORD)
    for _round in range(5):
        barrier = threading.Barrier(2)
        outcomes: list[str] = []

        def remove(actor, target_id, barrier=barrier, outcomes=outcomes):
            detail = users.get_user(database, actor, target_id)
            barrier.wait()
            try:
                users.update_user(database, actor, target_id, detail.version, users.UserInput(
                    detail.username, detail.first_name, detail.last_name, detail.email,
                    organization_ids=detail.organization_ids, assignments=()))
                outcomes.append("removed")
            except ServiceError as exc:
                outcomes.append(type(exc).__name__)

        threads = [threading.Thread(target=remove, args=(admin, other.id)),
                   threading.Thread(target=remove, args=(second, admin.user_id))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with database.session_factory() as session:
            assert active_system_administrators(session) >= 1
        assert outcomes.count("removed") <= 1 and len(outcomes) == 2
        if "removed" in outcomes:
            break
