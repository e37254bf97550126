"""Turns spec/ into generated/lansenger_api with the pinned openapi-python-client and our templates/."""

from . import naming as naming  # applied before any name is made
