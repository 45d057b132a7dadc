"""IAM Console: a desktop administration console for an organization's identity store."""

__version__ = "0.1.0"
