"""Bundle spec/openapi.yaml and spec/domains/*.yaml into one validated OpenAPI document.

The spec is split by domain so that each file stays readable; the generator and the sandbox want one
document. Domain files hold only `paths` and `components`; a name defined twice is an error rather than a
silent override.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate

ROOT_FILE = "openapi.yaml"
DOMAINS_DIR = "domains"
_DOMAIN_KEYS = {"paths", "components"}


class SpecError(Exception):
    """The spec cannot be bundled or is not valid OpenAPI."""


# libyaml's loader reads the spec ten times faster than the pure-Python one, with the same safe resolvers.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_LOADER)
    if not isinstance(data, dict):
        raise SpecError(f"{path}: expected a mapping at the top level")
    return data


def _merge_unique(target: dict[str, Any], extra: dict[str, Any], where: str) -> None:
    for key, value in extra.items():
        if key in target:
            raise SpecError(f"{where}: {key!r} is defined twice")
        target[key] = value


def bundle(spec_dir: Path) -> dict[str, Any]:
    """Return the whole API as one OpenAPI 3.1 document, validated."""
    document = assemble(spec_dir)
    check_valid(document)
    return document


def assemble(spec_dir: Path) -> dict[str, Any]:
    """The whole API as one document, not yet validated (see `check_valid`)."""
    document = _load(spec_dir / ROOT_FILE)
    paths: dict[str, Any] = document.setdefault("paths", {})
    components: dict[str, Any] = document.setdefault("components", {})
    for domain in sorted((spec_dir / DOMAINS_DIR).glob("*.yaml")):
        part = _load(domain)
        unknown = set(part) - _DOMAIN_KEYS
        if unknown:
            raise SpecError(f"{domain}: only paths and components belong in a domain file, not {sorted(unknown)}")
        _merge_unique(paths, part.get("paths") or {}, f"{domain.name} paths")
        for section, entries in (part.get("components") or {}).items():
            _merge_unique(components.setdefault(section, {}), entries or {}, f"{domain.name} components.{section}")
    return document


def check_valid(document: dict[str, Any]) -> None:
    """Raise SpecError unless `document` is valid OpenAPI. The slowest step of generation (seconds), so
    `python -m codegen` runs it in another process while it renders."""
    try:
        validate(document)
    except Exception as exc:  # the validator raises several unrelated exception types
        raise SpecError(f"the bundled spec is not valid OpenAPI: {exc}") from exc
