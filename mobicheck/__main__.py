"""`python -m mobicheck` and the `mobicheck` command."""
from __future__ import annotations

import sys


def main() -> None:
    """Console-script entry point: a Ctrl-C while the libraries load exits 130 with one line."""
    if sys.argv[1:] in (["--version"], ["-V"]):  # answered without loading the pipeline's libraries
        from . import __version__

        print(f"mobicheck {__version__}")
        return
    try:
        from .cli import main as cli_main
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        sys.exit(130)
    cli_main()


if __name__ == "__main__":
    main()
