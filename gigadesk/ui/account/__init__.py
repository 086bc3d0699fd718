"""The account: first-run welcome, connection form with Test connection, settings."""
