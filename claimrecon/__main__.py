"""Run the command line as ``python -m claimrecon``."""

from claimrecon.cli import main

raise SystemExit(main())
