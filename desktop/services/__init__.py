"""Use cases without widgets: usable from the GUI, the CLI and the tests alike."""
