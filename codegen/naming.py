"""One naming fix for openapi-python-client: keep numeronyms such as "i18n" whole.

The generator splits words at digits, so the platform's `i18nHeadTitle` would become `i_18_n_head_title` and
`I18nText` would become `I18NText`. Importing this module teaches its word splitter that a letter, digits and a
letter written together are one word; every other name comes out exactly as before.
"""

from __future__ import annotations

import re

from openapi_python_client import strings

_upstream_split_words = strings.split_words
_LETTER = re.compile(r"[a-zA-Z]")
_LETTER_DIGITS = re.compile(r"[a-zA-Z]\d+")


def _split_words(value: str) -> list[str]:
    """The upstream split, with `i`,`18`,`n` (or `I18`,`n`) joined back into one word."""
    words = _upstream_split_words(value)
    merged: list[str] = []
    index = 0
    while index < len(words):
        three = words[index : index + 3]
        two = words[index : index + 2]
        if len(three) == 3 and _LETTER.fullmatch(three[0]) and three[1].isdigit() and _LETTER.fullmatch(three[2]):
            merged.append("".join(three))
            index += 3
        elif len(two) == 2 and _LETTER_DIGITS.fullmatch(two[0]) and _LETTER.fullmatch(two[1]):
            merged.append("".join(two))
            index += 2
        else:
            merged.append(words[index])
            index += 1
    return merged


strings.split_words = _split_words
