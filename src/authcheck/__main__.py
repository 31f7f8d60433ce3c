"""`python -m authcheck` runs the command-line interface."""

from authcheck.cli import run

if __name__ == "__main__":
    run()
