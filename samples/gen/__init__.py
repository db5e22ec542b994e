"""Generators for the sample corpus (run `make samples`; the PDFs are committed)."""
