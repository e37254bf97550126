"""Defaults the spec declares (`default:` on a schema property), read back from the generated models.

When an answer leaves out a lifetime or a poll interval, the platform's documented value applies; that value lives
once, in the spec, and reaches the overlay through the model field the generator gave that default.
"""

from __future__ import annotations


def declared_int(default: object) -> int:
    """`declared_int(attrs.fields(Model).field.default)`: the field's integer default, or `TypeError` if it has none."""
    if isinstance(default, bool) or not isinstance(default, int):
        raise TypeError("the spec declares no integer default for this field")
    return default
