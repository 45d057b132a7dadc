"""The console's windows for the end-to-end flows (on SQLite, as the GUI tests), and the real
OpenID Connect provider they sign in with."""

import os

import pytest

from tests import oidc_peer
from tests.gui.conftest import (  # noqa: F401 (fixtures)
    chooser,
    confirmations,
    context,
    db_backend,
    modal_watchdog,
    settings,
    window,
)


@pytest.fixture(scope="session")
def provider_peer():
    """oidc-provider on a free loopback port for the whole run (CI fails rather than skips)."""
    why = oidc_peer.available()
    if why:
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    peer = oidc_peer.OidcPeer()
    peer.start()
    yield peer
    peer.stop()
