"""ORM entities, one module per aggregate, all on one metadata."""

from .audit import AuditEvent
from .base import Base, UTCDateTime, utcnow
from .identity import ExternalIdentity, IdentityProvider
from .operation import AppliedOperation
from .organization import Location, Organization, OrganizationKind
from .role import Permission, Role, RoleAssignment, role_permissions
from .sanctions import SanctionsEntry, SanctionsList, ScreeningMatch
from .setting import DatabaseSetting
from .token import RecoveryCode, TokenKind, UserToken
from .user import LOCAL_ORIGIN, Membership, NotificationFrequency, User, UserStatus

__all__ = [
    "LOCAL_ORIGIN",
    "AppliedOperation",
    "AuditEvent",
    "Base",
    "DatabaseSetting",
    "ExternalIdentity",
    "IdentityProvider",
    "Location",
    "Membership",
    "NotificationFrequency",
    "Organization",
    "OrganizationKind",
    "Permission",
    "RecoveryCode",
    "Role",
    "RoleAssignment",
    "SanctionsEntry",
    "SanctionsList",
    "ScreeningMatch",
    "TokenKind",
    "UTCDateTime",
    "User",
    "UserStatus",
    "UserToken",
    "role_permissions",
    "utcnow",
]
