"""On-disk state: paths, settings, secrets and the SQLite cache, no Qt."""
