"""Entry point of the frozen Midad: the same `midad` command as the installed package."""

import sys

from editor.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
