"""Personal apps and personal todos: what a user keeps for themself, each with its own store.

Personal apps belong to the user of the (required) user token: only they see, change or delete them; another
user's app id answers "not found". The answered gateway and passport addresses are the sandbox's own URL,
where its OAuth pages live. The new credentials are not accepted by the sandbox's token endpoint, which knows
only the sandbox's own app.

Personal todos, as far as the platform leaves it open:
- the platform answers writes with its legacy success code 200, so the sandbox does too (reads answer 0);
- a staff member's list holds the todos they execute, in creation order; the creator sees a todo only when
  they are among its executors (the platform documents that it "may not" show otherwise);
- there is no complete operation, so a todo counts as finished (status 1) once its finishTime is non-zero;
- uploads are checked (base64, size, 9 MiB) and remembered by id, but their bytes are not kept: the download
  and upload URLs are opaque ``https://sandbox.example/...`` addresses nothing answers.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import math
import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from ._checks import json_object, optional_text, required_text
from ._org_store import Roster, directory
from ._replies import OK, USER_NOT_FOUND, ApiError, JsonReply, Reply, invalid, success
from ._routing import Backend, Request, Route

NOT_FOUND = 64001
DATE_FORMAT_ERROR = 3124
LEGACY_WRITE_OK = 200
APP_NAME_MAX, APP_DESCRIPTION_MAX = 10, 20
TODO_PREFIX = "/xtra/tdtask/server/openapi"
RESOURCE_MAX_BYTES = 9 * 1024 * 1024
URL_LIFETIME = 3600
URL_BASE = "https://sandbox.example/tdtask"
UPDATABLE_TODO_FIELDS = frozenset(
    {
        "subject",
        "description",
        "startTime",
        "dueTime",
        "finishTime",
        "priority",
        "statusTagNo",
        "statusTagYes",
        "subscribeStatus",
        "groupId",
        "groupCategoryCode",
        "executors",
        "copys",
        "resources",
        "reminds",
    }
)


def _body(request: Request) -> Mapping[str, Any]:
    return json_object(request.json, "body")


def _answer(data: Any, code: int = OK) -> JsonReply:
    """An envelope with any kind of data: these services answer strings and arrays as well as objects."""
    return JsonReply({"errCode": code, "errMsg": "ok" if code == OK else "success", "data": data})


def _integer(body: Mapping[str, Any], key: str, default: int | None = None) -> int:
    value = body.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid(f"{key}: expected integer")
    return value


def _known_staff(now: Roster, staff_ids: list[str], key: str) -> None:
    unknown = [staff_id for staff_id in staff_ids if staff_id not in now.staff]
    if unknown:
        raise ApiError(USER_NOT_FOUND, f"{key}: user not found: {', '.join(unknown)}")


# Personal apps


@dataclass
class PersonalApp:
    id: str
    owner: str
    name: str | None = None
    avatar_id: str | None = None
    description: str | None = None


class PersonalAppStore:
    """Personal apps by id; every read and change names the owner, and another owner's app is "not found"."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._apps: dict[str, PersonalApp] = {}

    def add(self, app: PersonalApp) -> None:
        with self._lock:
            self._apps[app.id] = copy.copy(app)

    def get(self, owner: str, app_id: str) -> PersonalApp:
        with self._lock:
            return copy.copy(self._find(owner, app_id))

    def update(self, owner: str, app_id: str, name: str, avatar_id: str | None, description: str | None) -> None:
        with self._lock:
            app = self._find(owner, app_id)
            app.name = name
            if avatar_id is not None:
                app.avatar_id = avatar_id
            if description is not None:
                app.description = description

    def delete(self, owner: str, app_id: str) -> None:
        with self._lock:
            self._find(owner, app_id)
            del self._apps[app_id]

    def owned_by(self, owner: str) -> list[PersonalApp]:
        with self._lock:
            return [copy.copy(app) for app in self._apps.values() if app.owner == owner]

    def _find(self, owner: str, app_id: str) -> PersonalApp:
        app = self._apps.get(app_id)
        if app is None or app.owner != owner:
            raise ApiError(NOT_FOUND, "personal app not found")
        return app


def _apps(backend: Backend) -> PersonalAppStore:
    return backend.state.domain("personal_apps", PersonalAppStore)


def _owner(backend: Backend, request: Request) -> str:
    owner = backend.acting_staff(request)
    if owner is None:
        raise invalid("user_token: required")
    return owner


def _addresses(request: Request) -> dict[str, str]:
    """The sandbox is both the gateway and the passport (its /oauth2/authorize page)."""
    base = f"http://{request.host or '127.0.0.1'}"
    return {"apigwAddr": base, "passportAddr": base}


def _avatar(backend: Backend, body: Mapping[str, Any]) -> str | None:
    avatar_id = optional_text(body, "avatarId") or None
    if avatar_id is not None and not backend.media_exists(avatar_id):
        raise invalid("avatarId: unknown media")
    return avatar_id


def _limited(body: Mapping[str, Any], key: str, limit: int) -> str | None:
    value = optional_text(body, key)
    if value is not None and len(value) > limit:
        raise invalid(f"{key}: longer than {limit} characters")
    return value


def create_personal_app(backend: Backend, request: Request) -> Reply:
    owner = _owner(backend, request)
    body = _body(request)
    app = PersonalApp(
        id=f"pa-{secrets.token_hex(8)}",
        owner=owner,
        name=optional_text(body, "name") or None,
        avatar_id=_avatar(backend, body),
        description=optional_text(body, "description") or None,
    )
    _apps(backend).add(app)
    return success({"id": app.id, "secret": secrets.token_urlsafe(24), **_addresses(request)})


def update_personal_app(backend: Backend, request: Request) -> Reply:
    owner = _owner(backend, request)
    body = _body(request)
    name = required_text(body, "name")
    if len(name) > APP_NAME_MAX:
        raise invalid(f"name: longer than {APP_NAME_MAX} characters")
    description = _limited(body, "description", APP_DESCRIPTION_MAX)
    _apps(backend).update(owner, request.path_params["app_id"], name, _avatar(backend, body), description)
    return success({})


def fetch_personal_app(backend: Backend, request: Request) -> Reply:
    app = _apps(backend).get(_owner(backend, request), request.path_params["app_id"])
    answer = {"name": app.name, "avatarId": app.avatar_id, "description": app.description, **_addresses(request)}
    return success({key: value for key, value in answer.items() if value is not None})


def delete_personal_app(backend: Backend, request: Request) -> Reply:
    _apps(backend).delete(_owner(backend, request), request.path_params["app_id"])
    return success({})


def list_personal_apps(backend: Backend, request: Request) -> Reply:
    apps = _apps(backend).owned_by(_owner(backend, request))
    entries = [{"appId": app.id, "appName": app.name, "description": app.description} for app in apps]
    return success({"appList": [{k: v for k, v in entry.items() if v is not None} for entry in entries]})


# Personal todos


@dataclass
class PersonalTodo:
    code: str
    org_id: str
    app_id: str
    fields: dict[str, Any]
    """The todo as created and updated: subject, times, priority, executors, ... (orgId and appid aside)."""

    @property
    def executors(self) -> list[str]:
        return [str(entry.get("staffId")) for entry in self.fields.get("executors", []) if isinstance(entry, dict)]

    @property
    def status(self) -> int:
        return 1 if self.fields.get("finishTime") else 0

    def view(self) -> dict[str, Any]:
        return {**self.fields, "taskCode": self.code, "summarySubject": self.fields["subject"], "status": self.status}


@dataclass
class PersonalTodoResource:
    id: str
    org_id: str
    file_name: str
    mime_type: str
    size: int
    md5: str
    extension_info: str | None = None


class PersonalTodoStore:
    """Personal todos by org and code, and uploaded resources by id."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._todos: dict[tuple[str, str], PersonalTodo] = {}
        self._resources: dict[str, PersonalTodoResource] = {}

    def add(self, todo: PersonalTodo) -> None:
        with self._lock:
            self._todos[todo.org_id, todo.code] = copy.deepcopy(todo)

    def update(self, org_id: str, code: str, changes: Mapping[str, Any]) -> None:
        with self._lock:
            todo = self._todos.get((org_id, code))
            if todo is None:
                raise ApiError(NOT_FOUND, "personal todo not found")
            todo.fields.update(copy.deepcopy(dict(changes)))

    def executed_by(self, org_id: str, staff_id: str) -> list[PersonalTodo]:
        with self._lock:
            return [
                copy.deepcopy(todo)
                for (org, _), todo in self._todos.items()
                if org == org_id and staff_id in todo.executors
            ]

    def add_resource(self, resource: PersonalTodoResource) -> None:
        with self._lock:
            self._resources[resource.id] = copy.copy(resource)

    def resource(self, org_id: str, resource_id: str) -> PersonalTodoResource:
        with self._lock:
            resource = self._resources.get(resource_id)
            if resource is None or resource.org_id != org_id:
                raise ApiError(NOT_FOUND, "resource not found")
            return copy.copy(resource)


def _todos(backend: Backend) -> PersonalTodoStore:
    return backend.state.domain("personal_todos", PersonalTodoStore)


def _check_times(fields: Mapping[str, Any]) -> None:
    for key in ("startTime", "dueTime", "finishTime"):
        if key in fields and (_integer(fields, key) < 0 or (key != "finishTime" and fields[key] == 0)):
            raise ApiError(DATE_FORMAT_ERROR, f"{key}: 日期格式错误")
    if "startTime" in fields and "dueTime" in fields and fields["dueTime"] < fields["startTime"]:
        raise invalid("dueTime: before startTime")


def _check_people(now: Roster, fields: Mapping[str, Any]) -> None:
    executors = fields.get("executors", [])
    _known_staff(now, [json_object(entry, "executors[]").get("staffId", "") for entry in executors], "executors")


def create_personal_todo(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    body = _body(request)
    fields = {key: copy.deepcopy(value) for key, value in body.items() if key not in ("orgId", "appid", "type")}
    fields.setdefault("finishTime", 0)
    required_text(body, "subject")
    now = directory(backend.state).read()
    _known_staff(now, [required_text(body, "createUserId")], "createUserId")
    _check_times(fields)
    _check_people(now, fields)
    todo = PersonalTodo(
        code=f"PT{secrets.token_hex(6).upper()}",
        org_id=required_text(body, "orgId"),
        app_id=required_text(body, "appid"),
        fields=fields,
    )
    _todos(backend).add(todo)
    return _answer(todo.code, LEGACY_WRITE_OK)


def update_personal_todo(backend: Backend, request: Request) -> Reply:
    """Only the fields updateFields names change; names the sandbox does not know are ignored."""
    backend.acting_staff(request)
    body = _body(request)
    content = json_object(body.get("updateContent"), "updateContent")
    code = required_text(content, "code", "updateContent.")
    for key in ("createUserId", "appid"):
        if not content.get(key):
            raise ApiError(-1, "unknown exception")
    names = body.get("updateFields")
    if not isinstance(names, list) or not names:
        raise invalid("updateFields: at least one field name required")
    changes = {name: content[name] for name in names if name in UPDATABLE_TODO_FIELDS and name in content}
    _check_times(changes)
    _check_people(directory(backend.state).read(), changes)
    _todos(backend).update(required_text(body, "orgId"), code, changes)
    return _answer(code, LEGACY_WRITE_OK)


def list_personal_todos(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    body = _body(request)
    page, size = _integer(body, "pageNo", 1), _integer(body, "pageSize", 10)
    if page < 1 or size < 1:
        raise invalid("pageNo, pageSize: must be at least 1")
    status = body.get("status")
    app_id = optional_text(body, "appId") or None
    todos = [
        todo
        for todo in _todos(backend).executed_by(required_text(body, "orgId"), required_text(body, "staffId"))
        if (status is None or todo.status == status) and (app_id is None or todo.app_id == app_id)
    ]
    pages = math.ceil(len(todos) / size)
    result = [todo.view() for todo in todos[(page - 1) * size : page * size]]
    return _answer(
        {
            "pageNo": page,
            "pageSize": size,
            "pages": pages,
            "total": len(todos),
            "hasNextPage": page < pages,
            "result": result,
        }
    )


def _url(kind: str, name: str) -> str:
    return f"{URL_BASE}/{kind}/{quote(name, safe='')}?expires={int(time.time()) + URL_LIFETIME}"


def upload_personal_todo_resource(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    body = _body(request)
    required_text(body, "appId")
    size = _integer(body, "size")
    if not 0 < size <= RESOURCE_MAX_BYTES:
        raise invalid(f"size: must be 1 to {RESOURCE_MAX_BYTES} bytes")
    try:
        content = base64.b64decode(required_text(body, "fileData"), validate=True)
    except binascii.Error:
        raise invalid("fileData: not valid base64") from None
    if len(content) != size:
        raise invalid(f"size: {size} but fileData holds {len(content)} bytes")
    file_name, mime_type = required_text(body, "fileName"), required_text(body, "contentType")
    resource = PersonalTodoResource(
        id=f"res-{secrets.token_hex(8)}",
        org_id=required_text(body, "orgId"),
        file_name=file_name,
        mime_type=mime_type,
        size=size,
        md5=hashlib.md5(content, usedforsecurity=False).hexdigest(),
        extension_info=optional_text(body, "extensionInfo"),
    )
    _todos(backend).add_resource(resource)
    thumbnail = body.get("thumb") is True and mime_type.startswith("image/")
    thumbnails = {"small": _url("thumbnails", resource.id)} if thumbnail else {}
    answer = {
        "fileName": file_name,
        "mimeType": mime_type,
        "suffix": file_name.rpartition(".")[2] if "." in file_name else "",
        "size": size,
        "md5": resource.md5,
        "extensionInfo": resource.extension_info,
        "resourceId": resource.id,
        "downloadUrl": _url("resources", resource.id),
        "imageThumbnailList": thumbnails,
    }
    return _answer({key: value for key, value in answer.items() if value is not None})


def fetch_personal_todo_download_url(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    body = _body(request)
    resource = _todos(backend).resource(required_text(body, "orgId"), required_text(body, "resourceId"))
    return _answer(_url("resources", resource.id))


def fetch_personal_todo_upload_url(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    body = _body(request)
    required_text(body, "orgId")
    if _integer(body, "size") < 1:
        raise invalid("size: must be at least 1")
    return _answer(_url(f"uploads/{required_text(body, 'md5')}", required_text(body, "fileName")))


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v1/personal/apps/create", create_personal_app, takes_json=True),
    Route("POST", "/v1/personal/apps/{app_id}/update", update_personal_app, takes_json=True),
    # Before /{app_id}/fetch, which "list" would match too.
    Route("GET", "/v1/personal/apps/list/fetch", list_personal_apps),
    Route("GET", "/v1/personal/apps/{app_id}/fetch", fetch_personal_app),
    Route("POST", "/v1/personal/apps/{app_id}/delete", delete_personal_app, takes_json=True),
    Route("POST", f"{TODO_PREFIX}/v3/taskopt/savePersonalTask", create_personal_todo, takes_json=True),
    Route("POST", f"{TODO_PREFIX}/v3/taskopt/updatePersonalTask", update_personal_todo, takes_json=True),
    Route("POST", f"{TODO_PREFIX}/v3/user/list", list_personal_todos, takes_json=True),
    Route("POST", f"{TODO_PREFIX}/resource/update", upload_personal_todo_resource, takes_json=True),
    Route("POST", f"{TODO_PREFIX}/resource/getResourceDownload", fetch_personal_todo_download_url, takes_json=True),
    Route("POST", f"{TODO_PREFIX}/resource/getUploadUrl", fetch_personal_todo_upload_url, takes_json=True),
)
