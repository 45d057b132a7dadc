"""The password rules (length, any Unicode, nothing truncated, common passwords, the person's
own name) and TOTP against the RFC 6238 test vectors."""

from __future__ import annotations

import base64

import pytest

from iam_console.auth import secret_tokens, totp
from iam_console.auth.password_rules import password_problem


@pytest.mark.parametrize(("password", "problem"), [
    ("eleven char", "at least 12"),
    ("correct horse battery", None),
    ("    twelve spaces count too ", None),
    ("\u00e9t\u00e9 \u00e0 \u0141\u00f3d\u017a \U0001F600\u4e2d\u6587", None),  # any Unicode
    ("QWERTY123456", "most common"),  # case does not hide a common password
    ("1qaz2wsx3edc", "most common"),
    ("my name is pat.smith!", "username"),
    ("pat.smith@ works too", "username"),
    ("psmith-work-2026x", "email"),
    ("x" * 1025, "at most 1024"),
])
def test_password_rules(password, problem):
    found = password_problem(password, username="pat.smith", email="psmith@example.org")
    assert (found is None) if problem is None else (problem in found)


def test_the_minimum_is_a_setting_and_long_passwords_are_whole():
    assert password_problem("abcdefghij-9", min_length=16)
    assert password_problem("a fairly long passphrase", min_length=16) is None
    long = "x" * 127 + "!"
    assert password_problem(long) is None and len(long) == 128


def test_common_password_list_is_bundled_and_large():
    from iam_console.auth.password_rules import common_passwords

    assert len(common_passwords()) >= 10_000 and "password" in common_passwords()


# RFC 6238 appendix B, SHA-1, 8 digits, secret "12345678901234567890"
RFC_SECRET = base64.b32encode(b"12345678901234567890").decode()


@pytest.mark.parametrize(("unix", "code"), [(59, "94287082"), (1111111109, "07081804"),
                                            (1111111111, "14050471"), (1234567890, "89005924"),
                                            (2000000000, "69279037")])
def test_totp_matches_rfc_6238_vectors(unix, code):
    assert totp.code_at_step(RFC_SECRET, totp.step_at(unix), digits=8) == code


def test_totp_accepts_current_and_previous_step_once():
    secret = totp.new_secret()
    now = 1_800_000_015.0
    current, previous = totp.code_at(secret, now), totp.code_at(secret, now - 30)
    assert totp.matching_step(secret, current, now, None) == totp.step_at(now)
    assert totp.matching_step(secret, previous, now, None) == totp.step_at(now) - 1
    assert totp.matching_step(secret, totp.code_at(secret, now - 60), now, None) is None
    assert totp.matching_step(secret, previous, now, totp.step_at(now) - 1) is None
    assert totp.matching_step(secret, "12 34 5", now, None) is None


def test_tokens_come_from_links_and_codes():
    token = secret_tokens.new_token()
    assert len(base64.urlsafe_b64decode(token + "==")) * 8 >= 128
    for pasted in (token, f" {token}\n", f"https://portal.example.org/activate?token={token}",
                   f"iam-console://redeem?token={token}", f"https://x.example/reset/{token}/"):
        assert secret_tokens.token_from_text(pasted) == token
    assert secret_tokens.token_from_text("not a code") == ""
    assert secret_tokens.link_for("", token) == token
    code = secret_tokens.new_recovery_code()
    assert secret_tokens.normal_recovery_code(code.upper().replace("-", " ")) == code
