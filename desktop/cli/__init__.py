"""The `wabadesk` command line: one entry point, a module per sub-command."""
