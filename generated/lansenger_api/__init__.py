# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Generated low-level client for the Lansenger open API: operations, models, resources and errors.

Use it through `lansenger.Lansenger`, which adds tokens, retries and timeouts.
"""

from .client import AsyncLansengerAPI, LansengerAPI

__all__ = ["AsyncLansengerAPI", "LansengerAPI"]
