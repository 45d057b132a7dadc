"""The installers' check, from source: ``--smoke-test`` paints the sign-in window, prints one
line and exits 0 (the bundle build runs the same check on the built program)."""

from __future__ import annotations

import os
import subprocess
import sys

from iam_console.app import SMOKE_LINE


def test_the_console_starts_paints_and_exits(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "iam_console", "--smoke-test", "--database",
                           str(tmp_path / "smoke.sqlite3")], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [SMOKE_LINE]
    assert (tmp_path / "smoke.sqlite3").exists()  # the database was opened and prepared
