"""The dashboard: charts per month, packages lapsing unused, notifications."""
