"""Use cases over a unit of work: validation, authorization policy and audit. No Qt here."""
