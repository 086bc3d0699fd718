"""The Qt user interface: acts through services, reads the cache through store queries."""
