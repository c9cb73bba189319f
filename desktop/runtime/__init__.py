"""Start-up: which services exist in sandbox and live mode, built in order, stopped in reverse.

This is composition, not a use case, so it lives beside ``desktop/app.py`` and is the only
place (with the CLI's ``sandbox`` command) that knows the Cloud API simulator exists. It
never imports Qt: the UI tests and ``tests/integration/test_live_mode.py`` start it headless.
"""
