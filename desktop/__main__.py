"""`python -m desktop` runs the same entry point as the `wabadesk` console script."""

from desktop.cli.main import main

raise SystemExit(main())
