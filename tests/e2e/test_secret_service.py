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
    import keyring
    print("backend:", type(keyring.get_keyring()).__module__)
""")


def test_database_password_round_trips_through_gnome_keyring(tmp_path):
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
