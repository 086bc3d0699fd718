"""A local Gigastore over real HTTP on loopback, for the demo and the tests."""
