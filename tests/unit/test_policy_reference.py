"""The policy against a reference model written here, small and obviously right.

The reference expands every grant into the explicit set of (permission, organization, location)
triples it gives and answers each question by set membership. The policy under test reads the
same random directory from the database the way every service call does. Hypothesis draws
(actor, action, target, scope) cases: there must be no difference.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iam_console.db.engine import url_for_path
from iam_console.models import (
    Location,
    Membership,
    Organization,
    OrganizationKind,
    Permission,
    Role,
    RoleAssignment,
    User,
    UserStatus,
)
from iam_console.services import policy
from iam_console.services.permissions import (
    ASSIGN_ROLES,
    BUILTIN_PERMISSIONS,
    MANAGE_ORGANIZATIONS,
    MANAGE_ROLES,
    MANAGE_USERS,
    RESET_CREDENTIALS,
    SUB_ORGANIZATIONS,
    VIEW_USERS,
    WHOLE_DIRECTORY,
)
from iam_console.services.setup import open_and_prepare

CODES = sorted(p.code for p in BUILTIN_PERMISSIONS)
USER_CODES = (VIEW_USERS, MANAGE_USERS, RESET_CREDENTIALS, ASSIGN_ROLES)
# organization -> parent; 7 is inactive, 5 and 6 external
PARENTS = {0: None, 1: 0, 2: 0, 3: 1, 4: 3, 5: None, 6: 5, 7: 0}
INACTIVE_ORGS = {7}


@dataclass
class Directory:
    """The random directory as plain values: what the reference model reads."""

    database: object
    org_ids: dict[int, int]  # index -> database id
    locations: dict[int, list[int]]  # org id -> location ids
    roles: dict[int, tuple[frozenset[str], bool]]  # role id -> (permissions, active)
    users: dict[int, tuple[bool, tuple[int, ...]]]  # user id -> (active, org ids)
    assignments: dict[int, list[tuple[int, int, int | None]]]  # user -> (role, org, location)
    parent: dict[int, int | None]  # org id -> parent org id
    inactive_orgs: set[int]


@pytest.fixture(scope="module")
def directory(tmp_path_factory) -> Directory:
    database, _status = open_and_prepare(url_for_path(
        tmp_path_factory.mktemp("reference") / "policy.sqlite3"))
    rng = random.Random(4)
    with database.session_factory() as session:
        perms = {p.code: p for p in session.query(Permission)}
        orgs: dict[int, Organization] = {}
        for index, parent in PARENTS.items():
            org = Organization(name=f"Org {index}", name_key=f"org {index}",
                               kind=OrganizationKind.EXTERNAL if index in (5, 6)
                               else OrganizationKind.INTERNAL, active=index not in INACTIVE_ORGS,
                               parent=orgs[parent] if parent is not None else None,
                               locations=[Location(name=f"L{index}.{n}", name_key=f"l{index}.{n}")
                                          for n in range(index % 3)])
            session.add(org)
            orgs[index] = org
        custom = []
        for n in range(8):
            codes = set(rng.sample(CODES, rng.randint(1, 6)))
            custom.append(Role(name=f"Custom {n}", name_key=f"custom {n}", active=n != 7,
                               permissions={perms[c] for c in codes}))
        session.add_all(custom)
        session.flush()
        all_roles = list(session.query(Role))
        people = []
        for n in range(30):
            user = User(username=f"u{n}", first_name="U", last_name=str(n),
                        email=f"u{n}@example.org",
                        status=UserStatus.DEACTIVATED if n % 11 == 5 else UserStatus.ACTIVE)
            session.add(user)
            session.flush()
            for org in rng.sample(list(orgs.values()), rng.choice((0, 1, 1, 2))):
                session.add(Membership(user_id=user.id, organization_id=org.id))
            for _ in range(rng.choice((0, 1, 2, 3, 4))):
                org = rng.choice(list(orgs.values()))
                location = rng.choice([None, *org.locations])
                role = rng.choice(all_roles)
                if not session.query(RoleAssignment).filter_by(
                        user_id=user.id, role_id=role.id, organization_id=org.id,
                        location_id=location.id if location else None).count():
                    session.add(RoleAssignment(user_id=user.id, role_id=role.id,
                                               organization_id=org.id,
                                               location_id=location.id if location else None))
            people.append(user)
        session.commit()
        result = Directory(
            database,
            {i: o.id for i, o in orgs.items()},
            {o.id: [loc.id for loc in o.locations] for o in orgs.values()},
            {r.id: (frozenset(p.code for p in r.permissions), r.active)
             for r in session.query(Role)},
            {u.id: (u.status is UserStatus.ACTIVE,
                    tuple(sorted(m.organization_id for m in session.query(Membership)
                                 .filter_by(user_id=u.id))))
             for u in people},
            {u.id: [(a.role_id, a.organization_id, a.location_id)
                    for a in session.query(RoleAssignment).filter_by(user_id=u.id)]
             for u in people},
            {o.id: o.parent_id for o in orgs.values()},
            {orgs[i].id for i in INACTIVE_ORGS},
        )
    yield result
    database.dispose()


# --- the reference model ---------------------------------------------------------------------

def places_in(d: Directory, org: int) -> set[tuple[int | None, int | None]]:
    return {(org, None)} | {(org, loc) for loc in d.locations[org]}


def below(d: Directory, org: int) -> set[int]:
    """``org`` and every organization under it."""
    found = {org}
    changed = True
    while changed:
        changed = False
        for child, parent in d.parent.items():
            if parent in found and child not in found:
                found.add(child)
                changed = True
    return found


def triples(d: Directory, user: int) -> set[tuple[str, int | None, int | None]]:
    active, _orgs = d.users[user]
    held: set[tuple[str, int | None, int | None]] = set()
    if not active:
        return held
    for role, org, location in d.assignments[user]:
        perms, role_active = d.roles[role]
        if not role_active or org in d.inactive_orgs:
            continue
        if WHOLE_DIRECTORY in perms:
            places = {(None, None)} | {p for o in d.locations for p in places_in(d, o)}
        elif location is not None:
            places = {(org, location)}
        elif SUB_ORGANIZATIONS in perms:
            places = {p for o in below(d, org) for p in places_in(d, o)}
        else:
            places = places_in(d, org)
        held |= {(code, o, loc) for code in perms for o, loc in places}
    return held


def reference(d: Directory, actor: int, case: tuple) -> bool:
    held = triples(d, actor)
    kind = case[0]
    if kind == "view":
        orgs = d.users[case[1]][1]
        if not orgs:
            return (VIEW_USERS, None, None) in held
        return any((VIEW_USERS, o, loc) in held for o in orgs for loc in [None, *d.locations[o]])
    if kind == "user":
        _kind, code, target = case
        orgs = d.users[target][1]
        needed = {(code, o, None) for o in orgs} if orgs else {(code, None, None)}
        if code != VIEW_USERS:
            needed |= {(p, org, loc) for role, org, loc in d.assignments[target]
                       for p in d.roles[role][0]}
        return needed <= held
    if kind == "assign":
        _kind, role, org, location = case
        return {(p, org, location) for p in d.roles[role][0] | {ASSIGN_ROLES}} <= held
    if kind == "organization":
        _kind, code, org = case
        return (code, org, None) in held
    if kind == "define":
        return {(p, None, None) for p in case[1] | {MANAGE_ROLES}} <= held
    raise AssertionError(case)


# --- the policy, read from the database ----------------------------------------------------

def decided(d: Directory, actor: int, case: tuple) -> bool:
    with d.database.session_factory() as session:  # type: ignore[attr-defined]
        authority = policy.load_authority(session, actor)
        kind = case[0]
        if kind == "view":
            target = policy.load_user_target(session, session.get(User, case[1]))
            return policy.decide_view_user(authority, target).allowed
        if kind == "user":
            target = policy.load_user_target(session, session.get(User, case[2]))
            return policy.decide_user_action(authority, case[1], target).allowed
        if kind == "assign":
            role = policy.load_role_target(session.get(Role, case[1]))
            place = policy.place_of(session, case[2], case[3])
            return policy.decide_assignment(authority, ASSIGN_ROLES, role, place).allowed
        if kind == "organization":
            return policy.decide_in_organization(
                authority, case[1], policy.place_of(session, case[2])).allowed
        return policy.decide_role_definition(authority, case[1]).allowed


def cases(d: Directory) -> st.SearchStrategy[tuple[int, tuple]]:
    users = sorted(d.users)
    places = [(o, loc) for o in d.locations for loc in [None, *d.locations[o]]]
    case = st.one_of(
        st.tuples(st.just("view"), st.sampled_from(users)),
        st.tuples(st.just("user"), st.sampled_from(USER_CODES), st.sampled_from(users)),
        st.builds(lambda r, p: ("assign", r, *p), st.sampled_from(sorted(d.roles)),
                  st.sampled_from(places)),
        st.tuples(st.just("organization"),
                  st.sampled_from((MANAGE_ORGANIZATIONS, MANAGE_USERS)),
                  st.sampled_from([None, *sorted(d.locations)])),
        st.tuples(st.just("define"), st.frozensets(st.sampled_from(CODES), max_size=4)),
    )
    # actors who hold something, so that both answers are common
    actors = [u for u in users if triples(d, u)]
    return st.tuples(st.sampled_from(actors), case)


def test_the_reference_model_sees_both_answers(directory):
    """The random directory is rich enough: many cases are allowed and many refused."""
    outcomes = {reference(directory, actor, ("user", MANAGE_USERS, target))
                for actor in directory.users for target in directory.users}
    assert outcomes == {True, False}


def test_policy_agrees_with_the_reference_model(directory):
    seen = {True: 0, False: 0}

    @settings(max_examples=10_000, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(cases(directory))
    def agrees(drawn):
        actor, case = drawn
        expected = reference(directory, actor, case)
        assert decided(directory, actor, case) == expected, (actor, case)
        seen[expected] += 1

    agrees()
    assert seen[True] > 1000 and seen[False] > 1000, seen
