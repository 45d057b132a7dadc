"""Who is signed in: the identity every service call acts as."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from iam_console import __version__

WORKSTATION = socket.gethostname()


@dataclass(frozen=True)
class Actor:
    """The signed-in person. Permissions are re-read from the database on every call."""

    user_id: int
    username: str
    display_name: str
    method: str = "password"
    workstation: str = WORKSTATION
    console_version: str = __version__
