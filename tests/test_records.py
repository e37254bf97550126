"""The SDK's records (`lansenger_api.records`) behave as the frozen dataclasses they replaced, without compiling a
method when defined: compared, hashed and shown by field, immutable, replaceable, copied and pickled."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any

import pytest
from lansenger import RequestMeta, RetryPolicy, StoredAppToken, StoredUserToken
from lansenger._settings import Settings

RECORDS: list[Any] = [
    RequestMeta("fetch_staff", app_token=True, idempotent=True),
    RetryPolicy(max_retries=3, retryable_codes=frozenset({10000})),
    Settings("https://gw.invalid", app_id="app", app_secret="secret", app_token="token"),
    StoredAppToken("app-token", 2e9),
    StoredUserToken("524288-1001", "user-token", 2e9, "refresh-token", 3e9, scope="base"),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda record: type(record).__name__)
def test_a_record_is_a_frozen_dataclass_compared_by_field(record: Any) -> None:
    assert dataclasses.is_dataclass(record)
    twin = dataclasses.replace(record)
    assert twin == record and twin is not record and hash(twin) == hash(record)
    assert record != dataclasses.astuple(record)
    first = dataclasses.fields(record)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, first, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(record, first)
    for copied in (copy.copy(record), copy.deepcopy(record), pickle.loads(pickle.dumps(record))):
        assert copied == record and type(copied) is type(record)


@pytest.mark.parametrize("record", RECORDS, ids=lambda record: type(record).__name__)
def test_a_record_shows_its_fields_but_no_secret(record: Any) -> None:
    shown = repr(record)
    assert shown.startswith(f"{type(record).__name__}(")
    for field in dataclasses.fields(record):
        assert (f"{field.name}=" in shown) is field.repr
    assert not {"secret", "app-token", "user-token", "refresh-token"} & set(shown.replace("'", " ").split())


def test_a_replaced_field_is_checked_again() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        dataclasses.replace(RetryPolicy(), max_retries=-1)


def test_a_record_is_built_as_its_dataclass_init_would_build_it() -> None:
    assert StoredAppToken(token="t", expires_at=1.0) == StoredAppToken("t", 1.0)
    assert Settings("https://gw.invalid").app_id is None  # defaults filled in
    with pytest.raises(TypeError, match="missing required argument: 'gateway_url'"):
        Settings()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="takes 2 arguments but 3 were given"):
        StoredAppToken("t", 1.0, 2.0)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values for argument 'token'"):
        StoredAppToken("t", token="u")  # type: ignore[call-arg, misc]
    with pytest.raises(TypeError, match="unexpected keyword argument 'tokn'"):
        StoredAppToken("t", 1.0, tokn="u")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="must be >= 0"):  # __post_init__ checks a record built directly too
        RetryPolicy(backoff_base=-1.0)
