"""Run the pinned openapi-python-client over the derived spec and finish the package it writes.

The generator's Python API is used instead of its CLI so that templates can see per-operation metadata and the
error table (see derive.py). After it writes the package we add what it cannot: a do-not-edit header on every
module, `py.typed`, the bundled spec the sandbox validates against, and a pinned, isolated ruff pass.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from jinja2 import FileSystemBytecodeCache
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import pascal_case

from .argument_types import isinstance_classes, type_name
from .body_passes import passes_function
from .derive import OperationMeta, batch_limits
from .registry import REGISTRY_FILE, registry
from .validated import cache_root

HEADER = (
    "# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.\n"
)
SPEC_FILE = "openapi.json"
# Our own modules with no upstream template slot: rendered with the generator's environment after it builds.
EXTRA_MODULES = {
    "rules.py.jinja": "rules.py",
    "events.py.jinja": "events.py",
    "error_codes.py.jinja": "error_codes.py",
}
RUNTIME = Path(__file__).resolve().parent / "runtime"
"""Static runtime modules (ordinary, linted and type-checked Python) copied verbatim into the package."""
UPSTREAM_STATIC = frozenset({"types.py"})
"""Modules the generator writes from a template with nothing of the spec in it: the runtime's copy replaces them."""
_NUMBERED = re.compile(r"Type\d+$")  # the generator's fallback names for union members
_RUFF_CHECK = ["check", "--isolated", "--no-cache", "--fix-only", "--select", "F401,F811,I001,UP", "--target-version"]
_RUFF_COMMON = ["--line-length", "120"]


class GenerationError(Exception):
    """The generator reported a warning or an error; we treat both as fatal."""


_CAST = re.compile(r"^(\s*\w+) = cast\((.+), ((?:_get\(|d\[).+)\)$", re.MULTILINE)


_CAST_ONLY_UNION = re.compile(
    r"^def _parse_(\w+)\(data: object\) -> (.+):\n"
    r"(?:    if (?:data is None|isinstance\(data, Unset\)):\n        return data\n)*"
    r"    return cast\(\2, data\)\n\n"
    r"\1 = _parse_\1\(((?:_get\(|d\[).+)\)$",
    re.MULTILINE,
)


def init_order(model: Any) -> list[Any]:
    """A model's properties in the order its class declares them, which is its `__init__`'s: those without a
    default first (attrs requires it). The class, its `from_dict` and the resources' body construction all follow
    it, the last two passing the values by position, so it is computed in this one place."""
    properties = [*model.required_properties, *model.optional_properties]
    return [p for p in properties if p.default is None and p.required] + [
        p for p in properties if not (p.default is None and p.required)
    ]


def uncast(code: str) -> str:
    """A field read as `x = cast(T, source)` becomes `x: T = source`: the same to mypy (the source is `Any`),
    without a call and a `list[str]` built for every field of every model parsed. So does a union of plain JSON
    types, which upstream reads through a function defined per parse that only hands `None`/`UNSET` back and casts
    the rest."""
    return _CAST.sub(r"\1: \2 = \3", _CAST_ONLY_UNION.sub(r"\1: \2 = \3", code))


def _load_config(path: Path, spec_path: Path, out_dir: Path) -> Config:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    unknown = set(raw) - set(ConfigFile.model_fields)
    if unknown:
        raise GenerationError(f"{path}: unknown generator config keys {sorted(unknown)}")
    return Config.from_sources(ConfigFile(**raw), MetaType.NONE, spec_path, "utf-8", True, out_dir)


def _ruff(*args: str, package: Path) -> None:
    # Run from the parent: with the package as working directory its types.py would shadow the stdlib's.
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *args, package.name], cwd=package.parent, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise GenerationError(f"ruff {args[0]} failed on the generated code:\n{done.stdout}{done.stderr}")


def _event_model(models: dict[str, Any], meta: OperationMeta) -> dict[str, str] | None:
    """Class and module of the model an operation's `text/event-stream` events parse into."""
    if meta.event_schema is None:
        return None
    model = models.get(pascal_case(meta.event_schema))
    if model is None:
        raise GenerationError(f"{meta.name}: the event schema {meta.event_schema!r} is not an object schema")
    return {"class_name": str(model.class_info.name), "module": str(model.class_info.module_name)}


def _compiled_templates() -> FileSystemBytecodeCache | None:
    """Jinja's compiled templates, kept between runs (about 1 s of each generation): keyed by each template's
    source, so an edited template is compiled again; without a writable cache every run compiles them."""
    folder = cache_root() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))


def render(
    *,
    generator_input: dict[str, Any],
    bundled: dict[str, Any],
    metas: dict[str, OperationMeta],
    errors_table: dict[str, Any],
    enum_names: dict[str, dict[str, Any]],
    secrets: dict[str, list[str]],
    max_bytes: dict[str, dict[str, int]],
    out_dir: Path,
    templates: Path,
    config_path: Path,
) -> None:
    """Write the generated package to `out_dir`, which must not exist yet."""
    config = _load_config(config_path, out_dir.with_suffix(".json"), out_dir)
    data = GeneratorData.from_dict(generator_input, config=config)
    if isinstance(data, GeneratorError):
        raise GenerationError(f"{data.header}: {data.detail}")
    numbered = sorted(
        str(c.class_info.name) for c in [*data.models, *data.enums] if _NUMBERED.search(c.class_info.name)
    )
    if numbered:
        raise GenerationError(f"name these in codegen/config.yaml class_overrides: {', '.join(numbered)}")
    models = {str(model.class_info.name): model for model in data.models}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            meta = metas[str(endpoint.name)]
            endpoint.lansenger = meta  # type: ignore[attr-defined]
            endpoint.lansenger_event = _event_model(models, meta)  # type: ignore[attr-defined]
    events = []
    for event_type, schema in sorted(generator_input.get("x-lansenger-events", {}).items()):
        model = models.get(pascal_case(schema.removeprefix("#/components/schemas/")))
        if model is None:
            raise GenerationError(f"x-lansenger-events: {event_type} names {schema!r}, which is not an object schema")
        events.append({"type": event_type, "class_name": model.class_info.name, "module": model.class_info.module_name})
    project = Project(openapi=data, config=config, custom_template_path=templates)
    project.env.bytecode_cache = _compiled_templates()
    project.env.globals["lansenger_errors"] = errors_table
    project.env.globals["lansenger_enum_names"] = enum_names
    project.env.globals["lansenger_secrets"] = secrets
    project.env.globals["lansenger_max_bytes"] = max_bytes
    project.env.globals["lansenger_batch_limits"] = batch_limits(bundled)
    project.env.globals["lansenger_events"] = events
    project.env.filters["isinstance_classes"] = isinstance_classes
    project.env.filters["type_name"] = type_name
    project.env.filters["uncast"] = uncast
    project.env.filters["init_order"] = init_order
    project.env.filters["passes_function"] = passes_function
    problems = project.build()
    if problems:
        raise GenerationError("\n".join(f"{p.level.name} {p.header}: {p.detail}" for p in problems))
    (out_dir / REGISTRY_FILE).write_text(registry(bundled, metas, data), encoding="utf-8")
    for template, module in EXTRA_MODULES.items():
        (out_dir / module).write_text(project.env.get_template(template).render(), encoding="utf-8")
    for source in sorted(RUNTIME.glob("*.py")):
        if source.name not in UPSTREAM_STATIC and (out_dir / source.name).exists():
            raise GenerationError(f"codegen/runtime/{source.name} would overwrite a rendered module")
        (out_dir / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")

    for module in sorted(out_dir.rglob("*.py")):
        module.write_text(HEADER + module.read_text(encoding="utf-8"), encoding="utf-8")
    (out_dir / "py.typed").write_text("", encoding="utf-8")
    stamped = {**bundled, "info": {**bundled["info"], "x-generated": HEADER.strip("# \n")}}
    (out_dir / SPEC_FILE).write_text(json.dumps(stamped, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    _ruff(*_RUFF_CHECK, "py310", *_RUFF_COMMON, package=out_dir)
    _ruff("format", "--isolated", "--no-cache", "--target-version", "py310", *_RUFF_COMMON, package=out_dir)
