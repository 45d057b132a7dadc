"""The keychain adapter against a real Secret Service (GNOME Keyring on a private D-Bus)."""

import shutil
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent("""
    from iam_console.auth.keychain import Keychain
    keychain = Keychain()
    keychain.set("database", "Team", "alice", "real-secret-1")
    assert keychain.get("database", "Team", "alice") == "real-secret-1"
    keychain.delete("database", "Team", "alice")
    assert keychain.get("database", "Team", "alice") is None
    from iam_console.services.identity_providers import ProviderInfo
    from iam_console.services.provider_sign_in import RememberedSignIns
    provider = ProviderInfo(1, "Staff login", "https://login.example.org", "c", "openid",
                            "sub", True, 1)
    remembered = RememberedSignIns(keychain, "Team")
    remembered.store(provider, "refresh-token-value-7f3a9c")
    assert RememberedSignIns(Keychain(), "Team").get(provider) == "refresh-token-value-7f3a9c"
    import os, pathlib
    home = pathlib.Path(os.environ["HOME"])
    for path in home.rglob("*"):
        if path.is_file():
            assert b"refresh-token-value-7f3a9c" not in path.read_bytes(), path
    remembered.forget(provider)
    assert remembered.get(provider) is None
    import keyring
    print("backend:", type(keyring.get_keyring()).__module__)
""")


def test_passwords_and_refresh_tokens_round_trip_through_gnome_keyring(tmp_path):
    """And the refresh token is in no file under the home folder (the keyring encrypts)."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.skip("gnome-keyring and dbus are not installed (scripts/setup.sh --test does)")
    inner = (f"printf 'unlock-pw' | gnome-keyring-daemon --unlock --components=secrets "
             f">/dev/null && {sys.executable} -c '{SCRIPT}'")
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", inner], capture_output=True,
                            text=True, timeout=60, env={"HOME": str(tmp_path),
                                                        "PATH": "/usr/bin:/bin",
                                                        "XDG_RUNTIME_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "backend: keyring.backends.SecretService" in result.stdout
