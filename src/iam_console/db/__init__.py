"""Engine and session factory, schema migrations and search back ends."""
