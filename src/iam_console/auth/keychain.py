"""Secrets (database passwords, later refresh tokens) in the operating system's keychain.

Only through ``keyring``, never in files, settings or logs. A back end that would keep secrets
in a plain file, or none at all, is refused with a clear reason rather than used silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iam_console.texts import say

if TYPE_CHECKING:  # keyring is imported when a secret is first asked for (a faster start)
    from keyring.backend import KeyringBackend

SERVICE_PREFIX = "iam-console"
# back ends that store secrets unencrypted on disk, or do not store them at all
REFUSED_BACKENDS = ("PlaintextKeyring", "fail.Keyring", "null.Keyring", "EncryptedKeyring")


class KeychainUnavailable(Exception):
    """No safe keychain: the message says what is missing."""


class Keychain:
    """Stores one secret per (purpose, name); tests may swap in a dictionary-backed fake."""

    def __init__(self, backend: KeyringBackend | None = None):
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        import keyring

        backend = self._backend or keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        if any(name.endswith(refused) for refused in REFUSED_BACKENDS):
            raise KeychainUnavailable(
                say("No safe keychain is available (found: {0}). On Linux, run a Secret "
                    "Service such as GNOME Keyring or KWallet; the console never keeps "
                    "passwords in files.", type(backend).__name__))
        return backend

    @staticmethod
    def service(purpose: str, name: str) -> str:
        return f"{SERVICE_PREFIX}/{purpose}/{name}"

    def get(self, purpose: str, name: str, account: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            return self._keyring().get_password(self.service(purpose, name), account)
        except KeyringError as exc:
            raise KeychainUnavailable(say("The keychain could not be read: {0}", exc)) from exc

    def set(self, purpose: str, name: str, account: str, secret: str) -> None:
        from keyring.errors import KeyringError

        try:
            self._keyring().set_password(self.service(purpose, name), account, secret)
        except KeyringError as exc:
            raise KeychainUnavailable(say("The keychain refused to store it: {0}", exc)) from exc

    def delete(self, purpose: str, name: str, account: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self._keyring().delete_password(self.service(purpose, name), account)
        except PasswordDeleteError:
            return
        except KeyringError as exc:
            raise KeychainUnavailable(say("The keychain could not be changed: {0}", exc)) from exc
