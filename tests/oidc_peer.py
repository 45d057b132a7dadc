"""A real OpenID Connect provider on loopback (the npm package oidc-provider, pinned in
tests/oidc_peer), and a stand-in for the system browser that fills in its forms over HTTP."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import requests

FOLDER = Path(__file__).parent / "oidc_peer"
CLIENT_ID = "iam-console"
OTHER_CLIENT_ID = "other-app"


def available() -> str:
    """Why the provider cannot run here, or "" when it can."""
    if shutil.which("node") is None:
        return "Node.js is not installed (scripts/setup.sh --test installs it)"
    if not (FOLDER / "node_modules" / "oidc-provider").is_dir():
        return "tests/oidc_peer has no node_modules (scripts/setup.sh --test runs npm ci)"
    return ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class OidcPeer:
    """``node provider.mjs <port>``; ``issuer`` once ``start()`` has seen it ready."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        self._process: subprocess.Popen[str] | None = None

    def start(self) -> None:
        self._process = subprocess.Popen(
            ["node", "provider.mjs", str(self.port)], cwd=FOLDER, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line.startswith("ready"):
            self.stop()
            raise RuntimeError(f"the OpenID Connect test provider did not start: {line!r}")

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[tuple[str, dict[str, str]]] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "form":
            self.forms.append((a.get("action") or "", {}))
        elif tag == "input" and self.forms and a.get("name"):
            self.forms[-1][1][a["name"] or ""] = a.get("value") or ""
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")


class Browser:
    """What a person does in the browser: log in as ``login`` and consent (or cancel).
    Redirects are followed, so the last one reaches the console's loopback listener."""

    def __init__(self, login: str = "grace", *, cancel: bool = False):
        self.login, self.cancel = login, cancel
        self.http = requests.Session()
        self.visited: list[str] = []
        self.last: requests.Response | None = None

    def __call__(self, url: str) -> None:
        """Like a system browser: returns at once, the pages load meanwhile."""
        self.visited.append(url)
        self.thread = threading.Thread(target=self.browse, args=(url,), daemon=True)
        self.thread.start()

    def finished(self) -> requests.Response | None:
        """The last page the browser showed, once it has stopped loading."""
        self.thread.join(timeout=20)
        return self.last

    def browse(self, url: str) -> None:
        response = self.http.get(url, timeout=15)
        for _step in range(4):
            page = _Forms()
            page.feed(response.text)
            if not page.forms:
                break
            if self.cancel:
                abort = next(link for link in page.links if "abort" in link)
                response = self.http.get(urljoin(response.url, abort), timeout=15)
                break
            action, fields = page.forms[0]
            if "login" in fields:
                fields.update(login=self.login, password="anything")
            response = self.http.post(urljoin(response.url, action), data=fields, timeout=15)
        self.last = response
