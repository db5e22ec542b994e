"""``python -m aizu_extract`` is the ``aizu-extract`` command."""

from aizu_extract.cli import app

if __name__ == "__main__":
    app(prog_name="aizu-extract")
