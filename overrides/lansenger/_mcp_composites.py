"""Hand-written MCP tools for what agents ask most, where one operation is not one step: find a person by name,
send a person a message by name, read the latest messages of a chat.

They call the typed SDK for their reads and the operation registry for their one write, so a dry run shows the very
request the write would send. Their arguments are checked against their schemas like the generated tools'.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any

from lansenger_api.errors import InvalidArgumentError
from lansenger_api.operations import operation
from lansenger_api.types import UNSET, Unset
from lansenger_api.validation import RuleViolation, check, rule_tree

from ._dry_run import operation_request, twin
from ._mcp_tools import Identity, Tool

if TYPE_CHECKING:
    from lansenger_api.models.staff_search_hit import StaffSearchHit

    from ._client import Lansenger

_TEXT = {"type": "string", "minLength": 1}
_AS_STAFF = {
    **_TEXT,
    "description": "Search as this staff id (the platform wants a person); default: the user the server acts as.",
}
_CANDIDATES_SHOWN = 10


def _schema(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def _checked(tool: str, schema: dict[str, Any], arguments: dict[str, Any]) -> None:
    try:
        check(arguments, rule_tree(schema, schema, full=True) or {}, python_names=False, root="the arguments")
    except RuleViolation as violation:
        raise InvalidArgumentError(f"{tool}: {violation}") from None


def _given(value: Any) -> Any:
    return UNSET if value is None else value


def _search(client: Lansenger, identity: Identity, arguments: dict[str, Any]) -> list[StaffSearchHit]:
    """Staff whose names match; a read, so it runs in a dry run too."""
    token = identity.token(dry_run=False)
    searcher = arguments.get("user_id") or (None if token else identity.staff_id)
    if token is None and searcher is None:
        raise InvalidArgumentError("searching staff needs a person: give user_id, or serve with --as")
    found = client.staffs.search_staffs(
        keyword=arguments["name"], user_token=_given(token), user_id=_given(searcher), page_size=_CANDIDATES_SHOWN
    )
    return found.staff_info if not isinstance(found.staff_info, Unset) else []


FIND_STAFF_SCHEMA = _schema(
    {"name": {**_TEXT, "description": "The name, or part of it."}, "user_id": _AS_STAFF}, ["name"]
)


def find_staff(client: Lansenger, arguments: dict[str, Any], identity: Identity, dry_run: bool) -> Any:
    _checked("find_staff", FIND_STAFF_SCHEMA, arguments)
    return [hit.to_dict() for hit in _search(client, identity, arguments)]


SEND_SCHEMA = _schema(
    {
        "name": {**_TEXT, "description": "The person's name; it must pick out exactly one person."},
        "text": {**_TEXT, "description": "The message, plain text."},
        "user_id": _AS_STAFF,
    },
    ["name", "text"],
)


def send_message_to_person(client: Lansenger, arguments: dict[str, Any], identity: Identity, dry_run: bool) -> Any:
    _checked("send_message_to_person", SEND_SCHEMA, arguments)
    person = _one_person(arguments["name"], _search(client, identity, arguments))
    sending = operation("create_bot_message")
    text = {"content": arguments["text"]}
    message = {"userIdList": [person["staffId"]], "msgType": "text", "msgData": {"text": text}}
    if dry_run:
        return {"dryRun": True, "to": person, "request": operation_request(twin(client), sending, message)}
    return {"to": person, "sent": sending.answer(sending.call(client.http_client, message))}


def _one_person(name: str, hits: list[StaffSearchHit]) -> dict[str, str]:
    people = [
        {"staffId": hit.staff_id, "name": hit.name if isinstance(hit.name, str) else ""}
        for hit in hits
        if isinstance(hit.staff_id, str)
    ]
    exact = [person for person in people if person["name"].casefold() == name.casefold()]
    chosen = exact if exact else people
    if len(chosen) == 1:
        return chosen[0]
    if not chosen:
        raise InvalidArgumentError(f"nobody's name matches {name[:80]!r}")
    listed = "; ".join(f"{person['name']} ({person['staffId']})" for person in chosen)
    raise InvalidArgumentError(f"{len(chosen)} people match {name[:80]!r}: {listed}; give the full name")


HISTORY_SCHEMA = _schema(
    {
        "staffId": {**_TEXT, "description": "The other person of a private chat."},
        "groupId": {**_TEXT, "description": "The group of a group chat."},
        "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20, "description": "Messages wanted."},
        "startTime": {"type": "integer", "minimum": 0, "description": "Microsecond timestamp: only messages since."},
    },
    [],
)


def read_chat_history(client: Lansenger, arguments: dict[str, Any], identity: Identity, dry_run: bool) -> Any:
    _checked("read_chat_history", HISTORY_SCHEMA, arguments)
    if ("staffId" in arguments) == ("groupId" in arguments):
        raise InvalidArgumentError("read_chat_history: give exactly one of staffId and groupId")
    token = identity.token(dry_run=False)
    latest = deque(
        client.messages.iter_list_chat_messages(
            staff_id=_given(arguments.get("staffId")),
            group_id=_given(arguments.get("groupId")),
            start_time=_given(arguments.get("startTime")),
            user_token=_given(token),
        ),
        maxlen=arguments.get("limit", 20),
    )
    return [message.to_dict() for message in latest]


COMPOSITES = (
    Tool(
        "find_staff",
        "Find staff members by name (or part of it): their staff ids, names and contact details.",
        FIND_STAFF_SCHEMA,
        True,
        find_staff,
    ),
    Tool(
        "send_message_to_person",
        "Send a plain-text message from the app's bot to one person named by their name: searches the staff,"
        " and sends only when exactly one person matches (else lists the candidates).",
        SEND_SCHEMA,
        False,
        send_message_to_person,
    ),
    Tool(
        "read_chat_history",
        "The latest messages of a private chat (staffId) or a group chat (groupId), oldest first.",
        HISTORY_SCHEMA,
        True,
        read_chat_history,
    ),
)
