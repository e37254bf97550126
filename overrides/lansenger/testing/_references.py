"""`x-lansenger-refers` (`{staffIds: staff, creator: staff}`): fields that must name a record the sandbox holds.

Each key is a body field, query or path parameter (a list is checked id by id); the value names a collection the
hand-written stores hold (`HELD`, refused as the platform refuses) or an `x-lansenger-resource` (NOT_FOUND). Checked
for every operation once the request has passed validation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from lansenger_api.errors import ErrorCode

from ._default import ResourceStore
from ._directory import ORG_ID, directory
from ._replies import ApiError
from ._routing import Backend, Request

HELD: dict[str, tuple[str, Callable[[Backend, str], bool]]] = {
    "org": ("NOT_FOUND", lambda backend, org_id: org_id == ORG_ID),
    "department": (
        "NOT_FOUND",
        lambda backend, department_id: department_id in directory(backend.state).read().departments,
    ),
    "staff": ("USER_NOT_FOUND", lambda backend, staff_id: staff_id in directory(backend.state).read().staff),
    "message": ("NOT_FOUND", lambda backend, message_id: backend.state.holds_message(message_id)),
}
"""Collections kept by hand-written stores: the x-lansenger-errors name of the refusal, and the lookup."""


def check_references(refers: Mapping[str, str], backend: Backend, request: Request) -> None:
    """Refuse the request when a field it gives names no record of the declared collection."""
    body = request.json if isinstance(request.json, dict) else {}
    for field, collection in refers.items():
        given = request.path_params.get(field) or request.param(field) or body.get(field)
        for named in given if isinstance(given, list) else [given]:
            if named is None or named == "":
                continue
            error, known = HELD.get(collection, ("NOT_FOUND", None))
            store = backend.state.domain("resources", ResourceStore)
            if not (known(backend, str(named)) if known else store.holds(collection, str(named))):
                raise ApiError(ErrorCode[error], f"{collection} not found: {named}")
