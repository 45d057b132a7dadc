"""PostgreSQL stops in the middle of a stream of writes: nothing half-written, nothing twice."""

import threading
import time

import pytest
from sqlalchemy import func, select

from iam_console.models import AuditEvent, Organization
from iam_console.services import organizations as orgs

WRITES = 120


@pytest.mark.parametrize("db_backend", ["postgresql"])
def test_server_stop_mid_stream_leaves_whole_writes_and_service_recovers(database, admin,
                                                                        postgres, db_backend):
    failures = []
    done = threading.Event()

    def writer():
        for n in range(WRITES):
            while True:  # a person pressing Save again until it goes through
                try:
                    orgs.create_organization(database, admin, orgs.OrganizationInput(
                        f"Stream {n:03d}"), operation_id=f"stream-{n}")
                    break
                except Exception as exc:
                    failures.append(type(exc).__name__)
                    time.sleep(0.1)
        done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    time.sleep(0.3)
    postgres.stop("immediate")  # like a crash or a cut cable: no goodbye to the clients
    time.sleep(1.0)
    postgres.resume()
    assert done.wait(60), "the writer did not recover after the server came back"
    thread.join()
    assert failures, "the server stop did not interrupt any write; the test proved nothing"
    with database.session_factory() as session:
        names = session.scalars(select(Organization.name).where(
            Organization.name.like("Stream %"))).all()
        events = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "organization.create",
            AuditEvent.entity_name.like("Stream %")))
    assert sorted(names) == [f"Stream {n:03d}" for n in range(WRITES)]
    assert events == WRITES
