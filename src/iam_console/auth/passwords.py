"""Password hashing with argon2id, never below the OWASP minimum outside of tests."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher as _Argon2Hasher
from argon2 import Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# OWASP Password Storage Cheat Sheet: argon2id with m=19 MiB, t=2, p=1 at the least
OWASP_MIN_MEMORY_KIB = 19 * 1024
OWASP_MIN_TIME_COST = 2

# a fixed hash that sign-in verifies against when the username is unknown, so that an
# unknown name takes as long as a wrong password (no user enumeration by timing)
_DUMMY_PASSWORD = "not-a-password-of-anyone"


@dataclass(frozen=True)
class HashParameters:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


class PasswordHasher:
    """Hashes and verifies passwords; refuses parameters below the OWASP minimum."""

    def __init__(self, parameters: HashParameters | None = None, *, for_tests: bool = False):
        params = parameters or HashParameters()
        if not for_tests and (
            params.memory_cost_kib < OWASP_MIN_MEMORY_KIB or params.time_cost < OWASP_MIN_TIME_COST
        ):
            raise ValueError("argon2id parameters below the OWASP minimum (m=19 MiB, t=2, p=1)")
        self._hasher = _Argon2Hasher(
            time_cost=params.time_cost,
            memory_cost=params.memory_cost_kib,
            parallelism=params.parallelism,
            type=Type.ID,
        )
        self._dummy_hash: str | None = None  # made on first use, off the GUI thread

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored_hash: str | None, password: str) -> bool:
        """Whether ``password`` matches; an absent hash costs the same time and fails."""
        if self._dummy_hash is None:
            self._dummy_hash = self._hasher.hash(_DUMMY_PASSWORD)
        try:
            return self._hasher.verify(stored_hash or self._dummy_hash, password) and bool(
                stored_hash
            )
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored_hash: str) -> bool:
        return self._hasher.check_needs_rehash(stored_hash)


def cheap_hasher_for_tests() -> PasswordHasher:
    """A fast hasher for unit tests only: far below production strength."""
    return PasswordHasher(HashParameters(time_cost=1, memory_cost_kib=64, parallelism=1),
                          for_tests=True)
