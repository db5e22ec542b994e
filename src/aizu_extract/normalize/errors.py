"""The one exception type the normalisers raise.

Parsers catch it and turn it into a ``rejects`` row, so it carries a stable
machine code (for grouping/counting rejects) next to the text that failed.
"""

from __future__ import annotations


class NormalizationError(ValueError):
    """A printed value could not be normalised.

    ``code`` is stable API (e.g. ``number.not_numeric``, ``number.unparseable``,
    ``era.unparseable``, ``era.unknown``); ``value_text`` is the input as given.
    """

    def __init__(self, code: str, value_text: str, message: str | None = None) -> None:
        self.code = code
        self.value_text = value_text
        self.message = message or code
        super().__init__(f"{self.message}: {value_text!r}")

    def __reduce__(self):  # keep picklable across worker processes
        return (type(self), (self.code, self.value_text, self.message))
