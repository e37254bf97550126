"""codegen/validated.py: a document the validator passed is not validated again; nothing else is remembered."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from codegen.validated import known_valid, marker, remember_valid

DOCUMENT = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}


def test_only_the_very_document_that_passed_is_known(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert not known_valid(marker(DOCUMENT))
    remember_valid(marker(DOCUMENT))
    assert known_valid(marker(DOCUMENT)) and known_valid(marker(copy.deepcopy(DOCUMENT)))
    changed = copy.deepcopy(DOCUMENT)
    changed["info"]["version"] = "2"
    assert not known_valid(marker(changed))
    assert [p.parent.name for p in tmp_path.rglob("*") if p.is_file()] == ["valid"]


def test_an_unwritable_cache_only_costs_a_validation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lansenger-codegen").write_text("a file where the cache directory would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    remember_valid(marker(DOCUMENT))
    assert not known_valid(marker(DOCUMENT))
