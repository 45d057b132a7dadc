"""Permission catalogue files: the demo file loads; malformed files change nothing."""

import pytest

from iam_console.services import catalogue
from iam_console.services.errors import PermissionDenied, ValidationError
from iam_console.services.permissions import VIEW_USERS
from tests.conftest import audit_events

GOOD = """
[applications.billing]
title = "Billing"

[[permissions]]
code = "billing.invoices.view"
application = "billing"
title = "View invoices"
help = "See invoices."
"""


def codes(database, actor):
    return {p.code for p in catalogue.list_permissions(database, actor)}


def test_demo_catalogue_has_two_applications_with_a_dozen_permissions_each():
    entries = catalogue.demo_catalogue()
    by_app = {}
    for e in entries:
        by_app.setdefault(e.application_title, []).append(e)
        assert e.help_text
    assert sorted(by_app) == ["Caseworker site", "Configuration site"]
    assert all(len(v) == 12 for v in by_app.values())


def test_loading_adds_then_updates(database, admin, tmp_path):
    path = tmp_path / "billing.toml"
    path.write_text(GOOD)
    result = catalogue.load_catalogue(database, admin, path).value
    assert (result.added, result.updated) == (1, 0)
    assert "billing.invoices.view" in codes(database, admin)
    path.write_text(GOOD.replace("See invoices.", "See all invoices."))
    assert catalogue.load_catalogue(database, admin, path).value.updated == 1
    assert len(audit_events(database, "catalogue.load")) == 2


def test_json_catalogue_loads(database, admin, tmp_path):
    path = tmp_path / "c.json"
    path.write_text('{"applications": {"crm": {"title": "CRM"}}, "permissions": '
                    '[{"code": "crm.view", "application": "crm", "title": "View"}]}')
    assert catalogue.load_catalogue(database, admin, path).value.added == 1


@pytest.mark.parametrize(("content", "message"), [
    ("this is = = not toml", "cannot be read as TOML"),
    (GOOD.replace('application = "billing"', 'application = "payroll"'),
     "names the application \u201cpayroll\u201d"),
    (GOOD + GOOD.split("[[permissions]]")[1].join(["[[permissions]]", ""]), "appears twice"),
    (GOOD.replace("billing.invoices.view", "iam.users.view"), "reserved"),
    (GOOD.replace('title = "View invoices"', 'title = ""'), "\u201ctitle\u201d is missing"),
    ('[applications.billing]\ntitle = "B"\n', "lists no permissions"),
])
def test_malformed_catalogue_is_refused_and_changes_nothing(database, admin, tmp_path, content,
                                                            message):
    before = codes(database, admin)
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(ValidationError) as refused:
        catalogue.load_catalogue(database, admin, path)
    assert message in refused.value.errors["file"]
    assert codes(database, admin) == before


def test_missing_file_is_a_clear_message(database, admin, tmp_path):
    with pytest.raises(ValidationError) as refused:
        catalogue.load_catalogue(database, admin, tmp_path / "nope.toml")
    assert "Cannot read" in refused.value.errors["file"]


def test_loading_needs_its_permission(database, make_actor, tmp_path):
    reader = make_actor(VIEW_USERS)
    path = tmp_path / "billing.toml"
    path.write_text(GOOD)
    with pytest.raises(PermissionDenied):
        catalogue.load_catalogue(database, reader, path)
