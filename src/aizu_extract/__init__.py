"""aizu-extract: Japanese municipal planning PDFs → validated Parquet tables."""

__version__ = "0.1.0"
CONTRACT_VERSION = "1.1"
