"""The reseller's world in plain Python: no Qt, no HTTP, no SQL."""
