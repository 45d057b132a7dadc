"""The deployment settings file: values that whoever manages the desktops ships with the program.

Every value in it is *locked* on that desktop: the console uses it and the settings dialog shows
it greyed out with the reason, so each person cannot change it. The file is looked for, first
found wins:

1. the path in the environment variable ``IAM_CONSOLE_DEPLOYMENT``;
2. ``iam-console-deployment.ini`` beside the program (the folder of the installed executable;
   for a console run from source, the folder holding the ``iam_console`` package);
3. ``iam-console-deployment.ini`` in the system-wide settings folder (``/etc/xdg/iam-console``,
   ``C:\\ProgramData\\iam-console``, ``/Library/Application Support/iam-console``).

Sections: ``[accounts]``, ``[mail]`` and ``[screening]`` (the installation's settings, checked
by ``services.deployment_locks``), ``[desktop]`` (``clipboard_clear_seconds``, ``appearance``),
``[identity providers]`` (``locked = yes``), ``[connections]`` (``own = no`` offers only the
deployment's connections) and one ``[connection NAME]`` per connection profile. A file that
cannot be read is reported, never fatal. See docs/deployment-settings.md.
"""

from __future__ import annotations

import configparser
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import config
from .texts import say

ENV = "IAM_CONSOLE_DEPLOYMENT"
FILE_NAME = "iam-console-deployment.ini"
CONNECTION_SECTION = "connection "
DESKTOP, CONNECTIONS, PROVIDERS = "desktop", "connections", "identity providers"
INSTALLATION_SECTIONS = ("accounts", "mail", "screening")
DESKTOP_KEYS = {"clipboard_clear_seconds", "appearance"}
APPEARANCES = ("system", "light", "dark")
_YES, _NO = {"yes", "true", "on", "1"}, {"no", "false", "off", "0"}


@dataclass(frozen=True)
class Deployment:
    path: Path | None = None
    sections: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        """What a locked field says of itself."""
        return say("Set by your deployment ({0}); ask whoever manages this desktop.", self.path)

    def value(self, section: str, key: str) -> str | None:
        return self.sections.get(section, {}).get(key)

    def clipboard_seconds(self) -> int | None:
        text = self.value(DESKTOP, "clipboard_clear_seconds")
        return int(text) if text is not None else None

    def appearance(self) -> str | None:
        return self.value(DESKTOP, "appearance")

    @property
    def providers_locked(self) -> bool:
        return self.value(PROVIDERS, "locked") in _YES

    @property
    def own_connections(self) -> bool:
        """Whether people may add connections of their own (``[connections] own = no``)."""
        return self.value(CONNECTIONS, "own") not in _NO

    def connections(self) -> list[config.Profile]:
        found = []
        for section, values in self.sections.items():
            if section.startswith(CONNECTION_SECTION):
                found.append(config.Profile(
                    section[len(CONNECTION_SECTION):], values.get("kind", config.SQLITE),
                    values.get("path", ""), values.get("host", ""),
                    int(values.get("port", "5432")), values.get("database", ""),
                    values.get("user", ""), locked=True))
        return found


NONE = Deployment()
_current: Deployment = NONE


def current() -> Deployment:
    return _current


def install(deployment: Deployment) -> Deployment:
    """Make ``deployment`` the one this process follows (the entry point, tests)."""
    global _current
    _current = deployment
    return deployment


def candidates() -> list[Path]:
    found = []
    if os.environ.get(ENV):
        return [Path(os.environ[ENV]).expanduser()]
    if getattr(sys, "frozen", False):
        found.append(Path(sys.executable).resolve().parent / FILE_NAME)
    else:
        found.append(Path(__file__).resolve().parent.parent / FILE_NAME)
    import platformdirs

    found.append(Path(platformdirs.site_config_dir(config.APP_NAME, appauthor=False))
                 / FILE_NAME)
    return found


def find() -> Deployment:
    """The deployment file of this desktop (``NONE`` when there is none)."""
    for path in candidates():
        if path.is_file() or os.environ.get(ENV):
            return read(path)
    return NONE


def read(path: Path) -> Deployment:
    """The file at ``path``, its values checked; what is wrong is left out and reported."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        return Deployment(path, {}, (f"The deployment settings file {path} could not be read "
                                     f"and is ignored: {exc}",))
    sections: dict[str, dict[str, str]] = {}
    problems: list[str] = []
    for name in parser.sections():
        values = {key: value.strip() for key, value in parser[name].items()}
        kept = _checked(name, values, problems)
        if kept:
            sections[name] = kept
    return Deployment(path, sections, tuple(problems))


def _checked(section: str, values: dict[str, str], problems: list[str]) -> dict[str, str]:
    def bad(key: str, what: str) -> None:
        problems.append(f"[{section}] {key}: {what} (ignored)")

    if section in INSTALLATION_SECTIONS:
        return values  # checked against the settings' own rules by services.deployment_locks
    kept: dict[str, str] = {}
    if section == DESKTOP:
        for key, value in values.items():
            if key not in DESKTOP_KEYS:
                bad(key, "not a desktop setting; known: " + ", ".join(sorted(DESKTOP_KEYS)))
            elif key == "appearance" and value not in APPEARANCES:
                bad(key, "choose system, light or dark")
            elif key == "clipboard_clear_seconds" and not (value.isdigit()
                                                           and int(value) <= 600):
                bad(key, "a number of seconds from 0 (never) to 600")
            else:
                kept[key] = value
        return kept
    if section in (PROVIDERS, CONNECTIONS):
        key = "locked" if section == PROVIDERS else "own"
        for name, value in values.items():
            if name != key or value.lower() not in _YES | _NO:
                bad(name, f"the only setting here is {key} = yes or no")
            else:
                kept[name] = value.lower()
        return kept
    if section.startswith(CONNECTION_SECTION):
        try:
            profile = config.validated_profile(
                section[len(CONNECTION_SECTION):], values.get("kind", config.SQLITE),
                values.get("path", ""), values.get("host", ""), values.get("port", "5432"),
                values.get("database", ""), values.get("user", ""))
        except config.ProfileErrors as errors:
            for key, message in errors.errors.items():
                bad(key, message)
            return {}
        return {"kind": profile.kind, "path": profile.path, "host": profile.host,
                "port": str(profile.port), "database": profile.database, "user": profile.user}
    problems.append(f"[{section}]: not a section the console knows (ignored)")
    return {}
