"""Run the command line as ``python -m claimrecon``.

May import: :mod:`claimrecon.cli` only.
"""

from claimrecon.cli import main

raise SystemExit(main())
