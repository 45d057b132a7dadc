"""Credentials: password hashing (argon2id); later TOTP, OpenID Connect and the keychain."""
