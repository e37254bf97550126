"""Turns spec/ into generated/lansenger_api with the pinned openapi-python-client and our templates/."""
