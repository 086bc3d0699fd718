"""Start-up before the first paint, the app's lifetime, async slots, crash dialog and logs."""
