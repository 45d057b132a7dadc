"""Fifty people (threads, each with its own connection) redeem the same reset code at the same
moment: exactly one sets the password; the others are told the code was used."""

from __future__ import annotations

import threading

from iam_console.models import TokenKind
from iam_console.services import sessions, tokens, users
from iam_console.services.errors import ValidationError
from tests.conftest import audit_events
from tests.unit.test_tokens import _new_user

RACERS = 50


def test_fifty_simultaneous_redemptions_exactly_one_wins(database, admin, hasher):
    person = _new_user(database, admin, hasher, "racer", password="first long secret 1")
    issued = tokens.issue_token(database, admin, person.id, TokenKind.RESET).value
    start = threading.Barrier(RACERS)
    results: list[str] = []
    lock = threading.Lock()

    def redeem(n: int) -> None:
        password = f"winner number {n:02d} phrase"
        start.wait()
        try:
            tokens.redeem_token(database, hasher, issued.secret, password, password)
            outcome = f"won {n}"
        except ValidationError as exc:
            outcome = "used" if "used already" in exc.errors.get("code", "") else repr(exc)
        except Exception as exc:  # a lock timeout or a deadlock would be a defect
            outcome = repr(exc)
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=redeem, args=(n,)) for n in range(RACERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    winners = [r for r in results if r.startswith("won")]
    assert len(results) == RACERS
    assert len(winners) == 1, results
    assert results.count("used") == RACERS - 1, [r for r in results if r != "used"][:3]
    n = int(winners[0].split()[1])
    assert sessions.sign_in(database, hasher, "racer", f"winner number {n:02d} phrase")
    outcomes = [e.outcome for e in audit_events(database, "token.redeem")]
    assert outcomes.count("succeeded") == 1 and outcomes.count("failed") == RACERS - 1
    assert users.get_user(database, admin, person.id).status == "active"
