"""A small directory with one person per predefined role, for the delegation tests.

    Head Office (internal)            root (System administrator)
        Social Services (internal)    ua (User administrator), aud (Auditor), locadmin
            North (location)          (Organization administrator in North only)
            Social Youth (internal)
        Housing (internal)            oa (Organization administrator), hd (Help desk, at
                                      Head Office), rd (Reader, at Housing)
    Northwind (external)              ea (External administrator), ex (External access)

Plain users: sam (Social Services), yara (Social Youth), hank (Housing), nora (Northwind),
both (Housing and Northwind).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from iam_console.auth.passwords import PasswordHasher
from iam_console.db.engine import Database
from iam_console.models import Role
from iam_console.services import organizations, users
from iam_console.services.actor import Actor

PASSWORD = "correct horse battery"


@dataclass
class World:
    database: Database
    root: Actor
    org: dict[str, int]
    location: dict[str, int]
    role: dict[str, int]  # by builtin key or name
    user: dict[str, int]  # username -> id
    actor: dict[str, Actor]

    def detail(self, username: str) -> users.UserDetail:
        return users.get_user(self.database, self.root, self.user[username])


def predefined_roles(database: Database) -> dict[str, int]:
    with database.session_factory() as session:
        return {key: role_id for key, role_id in session.execute(
            select(Role.builtin_key, Role.id).where(Role.builtin_key.isnot(None)))}


def build(database: Database, root: Actor, hasher: PasswordHasher) -> World:
    def org(name: str, parent: str | None = None, kind: str = "internal",
            locations: tuple[str, ...] = ()) -> int:
        return organizations.create_organization(database, root, organizations.OrganizationInput(
            name, kind=kind, parent_id=ids[parent] if parent else None,
            locations=tuple(organizations.LocationInput(n) for n in locations))).value.id

    ids: dict[str, int] = {}
    head = next(c.id for c in organizations.organization_choices(database, root)
                if c.label == "Head Office")
    ids["Head Office"] = head
    ids["Social Services"] = org("Social Services", "Head Office", locations=("North", "South"))
    ids["Social Youth"] = org("Social Youth", "Social Services")
    ids["Housing"] = org("Housing", "Head Office")
    ids["Northwind"] = org("Northwind", kind="external", locations=("Remote",))
    locations = {loc.name: loc.id for c in organizations.organization_choices(database, root)
                 for loc in c.locations}
    role = predefined_roles(database)

    people: dict[str, int] = {}
    actors: dict[str, Actor] = {}

    def person(username: str, orgs: tuple[str, ...],
               grants: tuple[tuple[str, str, str | None], ...] = ()) -> None:
        detail = users.create_user(database, root, hasher, users.UserInput(
            username, username.capitalize(), "Tester", f"{username}@example.org",
            organization_ids=tuple(ids[o] for o in orgs),
            assignments=tuple(users.AssignmentInput(role[r], ids[o],
                                                    locations[loc] if loc else None)
                              for r, o, loc in grants),
            password=PASSWORD, password_confirmation=PASSWORD)).value
        people[username] = detail.id
        actors[username] = Actor(detail.id, username, f"{username.capitalize()} Tester")

    person("ua", ("Social Services",), (("user-administrator", "Social Services", None),))
    person("aud", ("Social Services",), (("auditor", "Social Services", None),))
    person("locadmin", ("Social Services",),
           (("organization-administrator", "Social Services", "North"),))
    person("oa", ("Housing",), (("organization-administrator", "Housing", None),))
    person("hd", ("Head Office",), (("help-desk", "Head Office", None),))
    person("rd", ("Housing",), (("reader", "Housing", None),))
    person("ea", ("Northwind",), (("external-administrator", "Northwind", None),))
    person("ex", ("Northwind",), (("external-access", "Northwind", None),))
    for username, orgs in (("sam", ("Social Services",)), ("yara", ("Social Youth",)),
                           ("hank", ("Housing",)), ("nora", ("Northwind",)),
                           ("both", ("Housing", "Northwind"))):
        person(username, orgs)
    people["root"] = root.user_id
    actors["root"] = root
    return World(database, root, ids, locations, role, people, actors)
