"""My profile (own details, password, notification frequency, permissions) and the effective
permissions / Explain services, on both databases."""

from __future__ import annotations

import pytest

from iam_console.services import effective, profile, sessions, users
from iam_console.services.errors import AuthenticationFailed, ConflictError, ValidationError
from iam_console.services.permissions import RESET_CREDENTIALS
from tests.conftest import audit_events
from tests.delegation_world import PASSWORD, World, build


@pytest.fixture
def world(database, admin, hasher) -> World:
    return build(database, admin, hasher)


def test_anyone_edits_their_own_names_phone_and_notification_frequency(world):
    reader = world.actor["rd"]  # may view, may manage nobody
    mine = profile.get_my_profile(world.database, reader)
    assert (mine.username, mine.notification_frequency) == ("rd", "never")
    saved = profile.update_my_profile(world.database, reader, mine.version, profile.ProfileInput(
        "Rita", "Reader", "+44 20 7946 0000", "weekly")).value
    assert (saved.first_name, saved.phone, saved.notification_frequency) == (
        "Rita", "+44 20 7946 0000", "weekly")
    assert world.detail("rd").first_name == "Rita"
    event = audit_events(world.database, "profile.update")[-1]
    assert event.actor_id == world.user["rd"] and event.entity_id == world.user["rd"]
    assert '"notification_frequency"' in event.changes and "weekly" in event.changes


def test_the_profile_cannot_carry_email_username_status_or_roles(world):
    assert set(profile.ProfileInput.__dataclass_fields__) == {
        "first_name", "last_name", "phone", "notification_frequency"}


def test_bad_profile_input_is_refused_at_the_field_and_changes_nothing(world):
    me = world.actor["hank"]
    mine = profile.get_my_profile(world.database, me)
    with pytest.raises(ValidationError) as refused:
        profile.update_my_profile(world.database, me, mine.version, profile.ProfileInput(
            "", "Tester", "call me", "hourly"))
    assert set(refused.value.errors) == {"first_name", "phone", "notification_frequency"}
    assert profile.get_my_profile(world.database, me) == mine


def test_a_profile_changed_meanwhile_is_a_conflict(world, hasher):
    me = world.actor["hank"]
    mine = profile.get_my_profile(world.database, me)
    detail = world.detail("hank")
    users.update_user(world.database, world.root, detail.id, detail.version, users.UserInput(
        "hank", "Henry", detail.last_name, detail.email,
        organization_ids=detail.organization_ids))
    with pytest.raises(ConflictError):
        profile.update_my_profile(world.database, me, mine.version,
                                  profile.ProfileInput("Hank", "Tester"))


def test_changing_ones_own_password_needs_the_current_one(world, hasher):
    me = world.actor["hank"]
    with pytest.raises(ValidationError) as refused:
        profile.change_my_password(world.database, me, hasher, "wrong one", "a new long secret",
                                   "a new long secret")
    assert refused.value.errors == {"current_password": "This is not your current password."}
    with pytest.raises(ValidationError) as refused:
        profile.change_my_password(world.database, me, hasher, PASSWORD, "short", "short")
    assert "at least 12" in refused.value.errors["new_password"]
    profile.change_my_password(world.database, me, hasher, PASSWORD, "a new long secret",
                               "a new long secret")
    with pytest.raises(AuthenticationFailed):
        sessions.sign_in(world.database, hasher, "hank", PASSWORD)
    event = audit_events(world.database, "profile.password_change")[-1]
    assert "a new long secret" not in (event.changes or "")


def test_everyone_sees_their_own_permissions_without_view_users(world):
    ex = world.actor["ex"]  # External access: reads its partner's users only
    rows = profile.my_permissions(world.database, ex)
    assert {r.role_name for r in rows} == {"External access"}
    assert all(r.where == "Northwind" and r.counts for r in rows)


def test_effective_permissions_say_where_and_through_which_role(world):
    rows = effective.effective_permissions(world.database, world.root, world.user["ua"])
    reset = next(r for r in rows if r.code == RESET_CREDENTIALS)
    assert (reset.where, reset.role_name, reset.counts) == (
        "Social Services and below", "User administrator", True)


def test_explain_answers_yes_and_no_with_the_rule(world):
    ask = effective.Question(effective.EDIT_USER, "yara")
    yes = effective.explain(world.database, world.root, world.user["ua"], ask)
    assert yes.allowed and "User administrator" in yes.assignment
    no = effective.explain(world.database, world.root, world.user["oa"], ask)
    assert not no.allowed and no.reason


def test_explain_does_not_reveal_users_the_asker_cannot_see(world):
    oa = world.actor["oa"]  # Housing only
    hidden = effective.explain(world.database, oa, world.user["hank"],
                               effective.Question(effective.VIEW_USER, "yara"))
    missing = effective.explain(world.database, oa, world.user["hank"],
                                effective.Question(effective.VIEW_USER, "nobody-at-all"))
    assert hidden.reason == "There is no user \u201cyara\u201d that you can see."
    assert missing.reason.replace("nobody-at-all", "yara") == hidden.reason


def test_a_deactivated_account_changes_nothing_and_the_attempt_is_logged(world):
    from sqlalchemy import update

    from iam_console.models import User, UserStatus
    from iam_console.services.errors import PermissionDenied

    me = world.actor["hank"]
    mine = profile.get_my_profile(world.database, me)
    with world.database.session_factory() as session:  # deactivated while signed in
        session.execute(update(User).where(User.id == me.user_id)
                        .values(status=UserStatus.DEACTIVATED))
        session.commit()
    with pytest.raises(PermissionDenied):
        profile.update_my_profile(world.database, me, mine.version + 1,
                                  profile.ProfileInput("Hacked", "Name"))
    assert world.detail("hank").first_name == "Hank"
    assert audit_events(world.database, "profile.update")[-1].outcome == "denied"
