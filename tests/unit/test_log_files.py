"""The console's log file: in its folder, rotated, and never holding a secret."""

from __future__ import annotations

import logging

import pytest

from iam_console import log_files


@pytest.fixture
def log_into(tmp_path):
    ours = logging.getLogger("iam_console")
    before = list(ours.handlers), ours.level
    path = log_files.configure(tmp_path / "logs")
    yield path
    for handler in ours.handlers:
        if handler not in before[0]:
            handler.close()
    ours.handlers[:] = before[0]
    ours.setLevel(before[1])


def test_records_go_to_the_file_with_secrets_blanked(log_into):
    log = logging.getLogger("iam_console.views.session")
    log.info("opening postgresql+psycopg://console:Sup3r-Secret@db.example.org/iam")
    log.warning("refused: password=hunter2hunter2 token: abcdef123456 client_secret='xyz987'")
    log.info("header Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.payload.sig")
    try:
        raise ValueError("hash $argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA in a message")
    except ValueError:
        log.exception("it failed")
    for handler in logging.getLogger("iam_console").handlers:
        handler.flush()
    text = log_into.read_text(encoding="utf-8")
    assert "console:\u2022\u2022\u2022@db.example.org/iam" in text
    for secret in ("Sup3r-Secret", "hunter2hunter2", "abcdef123456", "xyz987", "eyJhbGci",
                   "$argon2id$", "aGFzaA"):
        assert secret not in text
    assert "Traceback (most recent call last)" in text and "ValueError" in text
    assert " INFO iam_console.views.session [MainThread]: opening" in text


def test_the_file_rotates_and_keeps_five_old_ones(log_into, monkeypatch):
    handler = next(h for h in logging.getLogger("iam_console").handlers
                   if isinstance(h, logging.handlers.RotatingFileHandler))
    handler.maxBytes = 2_000
    log = logging.getLogger("iam_console.test")
    for number in range(400):
        log.info("line %04d %s", number, "x" * 60)
    names = sorted(p.name for p in log_into.parent.iterdir())
    assert names == ["console.log", *(f"console.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= 2_100 for p in log_into.parent.iterdir())


def test_an_unwritable_folder_is_not_fatal(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert log_files.configure(blocker / "logs") is None


def test_the_folder_follows_the_console_home(monkeypatch, tmp_path):
    monkeypatch.setenv("IAM_CONSOLE_HOME", str(tmp_path))
    assert log_files.folder() == tmp_path / "logs"
