"""What is built from the resources folder is committed up to date: the icons' resource module
and the English source translation file (every tr() text)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "src" / "iam_console" / "resources" / "translations" / "iam_console_en.ts"


def test_built_resources_are_current():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_resources.py"),
                           "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_source_translation_file_holds_the_visible_texts():
    text = TS.read_text(encoding="utf-8")
    sources = set(re.findall(r"<source>(.*?)</source>", text, re.S))
    assert 'language="en"' in text and len(sources) > 300
    for visible in ("&amp;Sign in", "&amp;Copy details", "Set by your deployment",
                    "Reset &amp;password…", "Show &amp;details"):
        assert visible in sources, visible
