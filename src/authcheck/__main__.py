"""`python -m authcheck` runs the command-line interface."""

from authcheck.cli import main

if __name__ == "__main__":
    main()
