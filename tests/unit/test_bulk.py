"""Bulk actions on users: the preview says who is changed and who is skipped and why; each
user is changed in their own transaction under one correlation id; cancel leaves whole users;
refusals found at run time are failed rows with their reason."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from iam_console.models import User
from iam_console.services import bulk, users
from iam_console.services.bulk import BulkAction, BulkRequest
from iam_console.services.errors import ValidationError
from tests import delegation_world
from tests.conftest import audit_events


@pytest.fixture
def world(database, admin, hasher):
    return delegation_world.build(database, admin, hasher)


def _ids(world, *names):
    return [world.user[n] for n in names]


def _status(world, name):
    return world.detail(name).status


def test_preview_then_run_deactivates_in_scope_and_skips_with_reasons(world):
    db, oa = world.database, world.actor["oa"]
    users_ = _ids(world, "hank", "rd", "both", "sam", "oa", "root")
    planned = bulk.preview(db, oa, BulkRequest(BulkAction.DEACTIVATE), users_)
    assert planned is not None
    assert [i.user_id for i in planned.ready] == _ids(world, "hank", "rd")
    reasons = {i.user_id: i.reason for i in planned.skipped}
    assert "Northwind" in reasons[world.user["both"]]  # no permission there
    assert reasons[world.user["sam"]] == "Outside the organizations you may see."
    assert reasons[world.user["oa"]].startswith("Your own account")
    assert "outside" in reasons[world.user["root"]].lower() or \
        "protected" in reasons[world.user["root"]]
    assert _status(world, "hank") == "active"  # a preview writes nothing

    result = bulk.run(db, oa, planned)
    assert [i.user_id for i in result.done] == _ids(world, "hank", "rd")
    assert not result.failed and not result.cancelled
    assert _status(world, "hank") == _status(world, "rd") == "deactivated"
    assert _status(world, "both") == _status(world, "sam") == "active"
    events = [e for e in audit_events(db) if e.correlation_id == result.correlation_id]
    assert [(e.action, e.entity_id) for e in events] == [
        ("user.deactivate", world.user["hank"]), ("user.deactivate", world.user["rd"]),
        ("bulk.deactivate", None)]
    assert events[-1].reason == "2 done, 4 skipped, 0 failed"


def test_already_in_that_state_is_skipped_not_failed(world):
    db, root = world.database, world.root
    bulk.run(db, root, bulk.preview(db, root, BulkRequest(BulkAction.DEACTIVATE),
                                    _ids(world, "hank")))
    planned = bulk.preview(db, root, BulkRequest(BulkAction.DEACTIVATE),
                           _ids(world, "hank", "sam"))
    assert [(i.user_id, i.reason) for i in planned.skipped] == [
        (world.user["hank"], "Already deactivated.")]
    restore = bulk.preview(db, root, BulkRequest(BulkAction.RESTORE), _ids(world, "sam"))
    assert "does not apply" in restore.skipped[0].reason


def test_a_change_made_after_the_preview_fails_that_row_with_the_reason(world):
    db, root = world.database, world.root
    planned = bulk.preview(db, root, BulkRequest(BulkAction.REACTIVATE), _ids(world, "hank"))
    assert not planned.ready  # active: nothing to do
    planned = bulk.preview(db, root, BulkRequest(BulkAction.DEACTIVATE),
                           _ids(world, "hank", "sam"))
    # another administrator archives sam in between
    with db.session_factory() as session:
        session.execute(update(User).where(User.id == world.user["sam"])
                        .values(status="archived"))
        session.commit()
    result = bulk.run(db, root, planned)
    assert [i.user_id for i in result.done] == _ids(world, "hank")
    assert [i.user_id for i in result.failed] == _ids(world, "sam")
    assert "archived" in result.failed[0].reason


def test_cancel_leaves_whole_users_and_says_how_many_were_not_reached(world):
    db, root = world.database, world.root
    planned = bulk.preview(db, root, BulkRequest(BulkAction.DEACTIVATE),
                           _ids(world, "hank", "sam", "yara", "nora"))
    result = bulk.run(db, root, planned, lambda done, _total: done < 2)
    assert len(result.done) == 2 and result.not_reached == 2 and result.cancelled
    assert [_status(world, n) for n in ("hank", "sam", "yara", "nora")] == [
        "deactivated", "deactivated", "active", "active"]
    assert "2 not reached (cancelled)" in bulk.summary(result)


def test_organization_and_role_actions_follow_the_editors_rules(world):
    db, oa = world.database, world.actor["oa"]
    housing, reader = world.org["Housing"], world.role["reader"]
    join = bulk.preview(db, oa, BulkRequest(BulkAction.ADD_TO_ORGANIZATION,
                                            organization_id=housing),
                        _ids(world, "hank", "sam"))
    assert join.description == "Add to \u201cHousing\u201d"
    assert [(i.user_id, i.reason) for i in join.skipped] == [
        (world.user["hank"], "Already in that organization."),
        (world.user["sam"], "Outside the organizations you may see.")]
    # yara (Social Youth) joins Housing when the root does it; oa cannot reach her
    root_join = bulk.preview(db, world.root, BulkRequest(BulkAction.ADD_TO_ORGANIZATION,
                                                         organization_id=housing),
                             _ids(world, "yara"))
    assert [i.user_id for i in root_join.ready] == _ids(world, "yara")
    grant = BulkRequest(BulkAction.ASSIGN_ROLE, organization_id=housing, role_id=reader)
    result = bulk.run(db, oa, bulk.preview(db, oa, grant, _ids(world, "hank")))
    assert [i.user_id for i in result.done] == _ids(world, "hank")
    assert [(a.role_name, a.organization_name) for a in world.detail("hank").assignments] == [
        ("Reader", "Housing")]
    again = bulk.preview(db, oa, grant, _ids(world, "hank"))
    assert again.skipped[0].reason == "Already holds that role there."
    # the root's own roles are beyond oa: a role above oa's own cannot be given
    above = BulkRequest(BulkAction.ASSIGN_ROLE, organization_id=housing,
                        role_id=world.role["system-administrator"])
    refused = bulk.preview(db, oa, above, _ids(world, "hank"))
    assert not refused.ready and "nobody gives more than they hold" in refused.skipped[0].reason
    leave = bulk.run(db, world.root, bulk.preview(
        db, world.root, BulkRequest(BulkAction.REMOVE_FROM_ORGANIZATION,
                                    organization_id=housing), _ids(world, "hank", "both")))
    assert len(leave.done) == 2
    assert world.detail("hank").assignments == () and world.detail("hank").organization_ids == ()
    assert world.detail("both").organization_ids == (world.org["Northwind"],)
    update_events = [e for e in audit_events(db, "user.update")
                     if e.correlation_id == leave.correlation_id]
    assert len(update_events) == 2 and "organizations" in update_events[0].changes


def test_activation_links_are_issued_to_pending_users_only(world, hasher):
    db, root = world.database, world.root
    office = world.org["Head Office"]
    pending = users.create_user(db, root, hasher, users.UserInput(
        "newbie", "New", "Bie", "newbie@example.org", organization_ids=(office,))).value
    planned = bulk.preview(db, root, BulkRequest(BulkAction.ISSUE_ACTIVATION),
                           [pending.id, world.user["hank"]])
    assert planned.skipped[0].reason == "Is active, not awaiting activation."
    result = bulk.run(db, root, planned)
    assert [t.user_id for t in result.issued] == [pending.id]
    assert result.issued[0].secret and result.issued[0].email == "newbie@example.org"
    assert not any(result.issued[0].secret in (e.changes or "") + (e.reason or "")
                   for e in audit_events(db))


def test_a_missing_organization_is_a_field_error_and_too_many_users_are_refused(world):
    db, root = world.database, world.root
    with pytest.raises(ValidationError) as raised:
        bulk.preview(db, root, BulkRequest(BulkAction.ADD_TO_ORGANIZATION), [world.user["hank"]])
    assert raised.value.errors == {"organization": "Choose an organization."}
    with pytest.raises(ValidationError, match="narrow the search"):
        bulk.preview(db, root, BulkRequest(BulkAction.DEACTIVATE),
                     range(bulk.MAX_USERS + 1))


def test_all_matching_the_search_are_the_ids_the_actor_may_see(world):
    db = world.database
    seen_by_oa = users.matching_user_ids(db, world.actor["oa"], "tester")
    assert set(seen_by_oa) == set(_ids(world, "oa", "rd", "hank", "both"))
    assert users.matching_user_ids(db, world.root, "", users.DEACTIVATED) == []
