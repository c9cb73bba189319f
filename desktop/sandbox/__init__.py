"""A local Cloud API simulator, like Meta's test environment, served on loopback."""
