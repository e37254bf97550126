"""Tag groups and tags: the sandbox's tag store and its handlers.

Tags label staff and departments through their `tags` lists in the directory (`._org_store`), read as tag ids.
Choices where the platform is silent, each the stricter reading: group names are unique in the org and tag
names in their group; deleting a group deletes its tags; a deleted tag is taken off every person and department
that carried it; a lookup naming an unknown tag is refused (64001) rather than answered in part.
list_tag_staff_ids matches a person who carries at least one tag of every filter.
"""

from __future__ import annotations

import copy
import secrets
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._checks import json_object, optional_text, required_text, text_list
from ._org_store import NOT_FOUND, check_org, directory
from ._replies import ApiError, Reply, invalid, success
from ._routes_org import page_request, paged, phone
from ._routes_org_admin import acknowledged, json_body
from ._routing import Backend, Request, Route

CATEGORY_STAFF, CATEGORY_DEPARTMENT = 1, 2
STAFF_PAGE_SIZE, STAFF_MAX_PAGE_SIZE = 1000, 100000


@dataclass
class TagGroup:
    id: str
    name: str
    category: int
    kind: str
    """The platform's undocumented `tagGroupType`; empty when not given."""
    tag_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Tag:
    id: str
    name: str
    group_id: str


class TagStore:
    """The sandbox's tag groups and tags, in creation order; every refusal leaves them untouched."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._groups: dict[str, TagGroup] = {}
        self._tags: dict[str, Tag] = {}

    def create_group(self, name: str, category: int, kind: str) -> str:
        with self._lock:
            if any(group.name == name for group in self._groups.values()):
                raise invalid("tagGroupName: already used by another tag group")
            group = TagGroup(f"tg-{secrets.token_hex(6)}", name, category, kind)
            self._groups[group.id] = group
            return group.id

    def group_ids(self, categories: Iterable[int], kind: str | None) -> list[str]:
        wanted = set(categories)
        with self._lock:
            return [
                group.id
                for group in self._groups.values()
                if (not wanted or group.category in wanted) and (kind is None or group.kind == kind)
            ]

    def group(self, group_id: str) -> tuple[TagGroup, list[Tag]]:
        with self._lock:
            group = self._group(group_id)
            return copy.deepcopy(group), [self._tags[tag_id] for tag_id in group.tag_ids]

    def rename_group(self, group_id: str, name: str) -> None:
        with self._lock:
            group = self._group(group_id)
            if any(other.name == name and other.id != group.id for other in self._groups.values()):
                raise invalid("tagGroupName: already used by another tag group")
            group.name = name

    def delete_group(self, group_id: str) -> list[str]:
        """Deletes the group and its tags; returns the ids of those tags."""
        with self._lock:
            group = self._groups.pop(self._group(group_id).id)
            for tag_id in group.tag_ids:
                del self._tags[tag_id]
            return group.tag_ids

    def create_tag(self, group_id: str, name: str) -> str:
        with self._lock:
            group = self._group(group_id)
            self._check_name_free(group, name)
            tag = Tag(f"tag-{secrets.token_hex(6)}", name, group.id)
            self._tags[tag.id] = tag
            group.tag_ids.append(tag.id)
            return tag.id

    def tags(self, tag_ids: Iterable[str]) -> list[Tag]:
        """The tags named, in the order asked and without repeats; any unknown id refuses the whole lookup."""
        wanted = list(dict.fromkeys(tag_ids))
        with self._lock:
            unknown = [tag_id for tag_id in wanted if tag_id not in self._tags]
            if unknown:
                raise ApiError(NOT_FOUND, f"tag not found: {', '.join(unknown)}")
            return [self._tags[tag_id] for tag_id in wanted]

    def rename_tag(self, tag_id: str, name: str) -> None:
        with self._lock:
            tag = self._tag(tag_id)
            self._check_name_free(self._groups[tag.group_id], name, tag.id)
            self._tags[tag.id] = Tag(tag.id, name, tag.group_id)

    def delete_tag(self, tag_id: str) -> None:
        with self._lock:
            tag = self._tags.pop(self._tag(tag_id).id)
            self._groups[tag.group_id].tag_ids.remove(tag.id)

    def _group(self, group_id: str) -> TagGroup:
        group = self._groups.get(group_id)
        if group is None:
            raise ApiError(NOT_FOUND, f"tag group not found: {group_id}")
        return group

    def _tag(self, tag_id: str) -> Tag:
        tag = self._tags.get(tag_id)
        if tag is None:
            raise ApiError(NOT_FOUND, f"tag not found: {tag_id}")
        return tag

    def _check_name_free(self, group: TagGroup, name: str, renaming: str | None = None) -> None:
        if any(self._tags[tag_id].name == name for tag_id in group.tag_ids if tag_id != renaming):
            raise invalid("tagName: already used by another tag of the group")


def _store(backend: Backend) -> TagStore:
    return backend.state.domain("tags", TagStore)


def _categories(body: Mapping[str, Any]) -> list[int]:
    value = body.get("categoryList", [])
    if not isinstance(value, list) or any(item not in (CATEGORY_STAFF, CATEGORY_DEPARTMENT) for item in value):
        raise invalid("categoryList: expected an array of 1 (staff) and 2 (department)")
    return value


def create_tag_group(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    check_org(required_text(body, "orgId"))
    name = required_text(body, "tagGroupName")
    category = body.get("tagGroupCategory", CATEGORY_STAFF)
    if category not in (CATEGORY_STAFF, CATEGORY_DEPARTMENT) or isinstance(category, bool):
        raise invalid("tagGroupCategory: must be 1 (staff) or 2 (department)")
    kind = optional_text(body, "tagGroupType") or ""
    return success({"tagGroupId": _store(backend).create_group(name, category, kind)})


def list_tag_groups(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    check_org(required_text(body, "orgId"))
    group_ids = _store(backend).group_ids(_categories(body), optional_text(body, "tagGroupType"))
    return success({"tagGroupIds": group_ids})


def fetch_tag_group(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    group, tags = _store(backend).group(request.path_params["tag_group_id"])
    detail: dict[str, Any] = {
        "tagGroupName": group.name,
        "tagGroupCategory": group.category,
        "tags": [{"tagId": tag.id, "tagName": tag.name} for tag in tags],
    }
    if group.kind:
        detail["tagGroupType"] = group.kind
    return success(detail)


def update_tag_group(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    _store(backend).rename_group(request.path_params["tag_group_id"], required_text(body, "tagGroupName"))
    return acknowledged()


def delete_tag_group(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    removed = _store(backend).delete_group(request.path_params["tag_group_id"])
    directory(backend.state).change(lambda now: now.strip_tags(removed))
    return acknowledged()


def create_tag(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    tag_id = _store(backend).create_tag(required_text(body, "tagGroupId"), required_text(body, "tagName"))
    return success({"tagId": tag_id})


def fetch_tags_meta(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    tag_ids = text_list(body, "tagIds")
    if not tag_ids:
        raise invalid("tagIds: required")
    tags = _store(backend).tags(tag_ids)
    return success({"tagMetaList": [{"tagId": tag.id, "tagName": tag.name} for tag in tags]})


def list_tag_staff_ids(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    check_org(required_text(body, "orgId"))
    filters = _tag_filters(body)
    _store(backend).tags(tag for tags in filters for tag in tags)
    now = directory(backend.state).read()
    matches = [staff for staff in now.staff.values() if all(tags & set(staff.tags) for tags in filters)]
    page = paged(matches, *page_request(request, STAFF_PAGE_SIZE, STAFF_MAX_PAGE_SIZE))
    staffs = [{"id": staff.id, "name": staff.name, "mobilePhone": phone(staff)} for staff in page.items]
    return success({"staffs": staffs, "total": page.total, "hasMore": page.has_more})


def _tag_filters(body: Mapping[str, Any]) -> list[set[str]]:
    value = body.get("tagFilters")
    if not isinstance(value, list) or not value:
        raise invalid("tagFilters: required")
    filters = [set(text_list(json_object(item, f"tagFilters[{index}]"), "tags")) for index, item in enumerate(value)]
    if not all(filters):
        raise invalid("tagFilters: every filter needs at least one tag")
    return filters


def update_tag(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    _store(backend).rename_tag(request.path_params["tag_id"], required_text(body, "tagName"))
    return success({})


def delete_tag(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    tag_id = request.path_params["tag_id"]
    _store(backend).delete_tag(tag_id)
    directory(backend.state).change(lambda now: now.strip_tags([tag_id]))
    return success({})


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v1/taggroups/create", create_tag_group, takes_json=True),
    Route("POST", "/v1/taggroups/fetch", list_tag_groups, takes_json=True),
    Route("GET", "/v1/taggroups/{tag_group_id}/fetch", fetch_tag_group),
    Route("POST", "/v1/taggroups/{tag_group_id}/update", update_tag_group, takes_json=True),
    Route("POST", "/v1/taggroups/{tag_group_id}/delete", delete_tag_group),
    Route("POST", "/v1/tags/create", create_tag, takes_json=True),
    Route("POST", "/v1/tags/meta/fetch", fetch_tags_meta, takes_json=True),
    Route("POST", "/v1/tags/staffids/fetch", list_tag_staff_ids, takes_json=True),
    Route("POST", "/v1/tags/{tag_id}/update", update_tag, takes_json=True),
    Route("POST", "/v1/tags/{tag_id}/delete", delete_tag),
)
