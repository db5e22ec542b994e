"""``python -m aizu_extract`` is the ``aizu-extract`` command."""

from aizu_extract.launch import main

if __name__ == "__main__":
    main()
