"""The sandbox pushes the platform's events to a registered receiver when something happens, over loopback."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import httpx
import pytest
from lansenger import Lansenger
from lansenger.callbacks import CallbackEvent, CallbackReceiver, Dispatcher, wsgi_app
from lansenger.testing import Sandbox
from lansenger_api.models import ScheduleAttendee, ScheduleDeleteEvent, ScheduleModifyEvent, ScheduleTime

START = 1748217600


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the request line carries the signature."""


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


@pytest.fixture
def received(sandbox: Sandbox) -> Iterator[tuple[str, list[CallbackEvent]]]:
    """A receiver of the sandbox's callbacks (verifying the signature), and the events it dispatched."""
    events: list[CallbackEvent] = []
    dispatcher = Dispatcher()
    dispatcher.add("*", events.append)
    receiver = CallbackReceiver(sandbox.aes_key, sign_token=sandbox.sign_token, dispatcher=dispatcher)
    server: WSGIServer = make_server("127.0.0.1", 0, wsgi_app(receiver), handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/callback", events
    server.shutdown()
    server.server_close()


def register(sandbox: Sandbox, url: str) -> None:
    answer = httpx.post(f"{sandbox.url}/sandbox/callbacks", json={"url": url})
    assert answer.json()["errCode"] == 0


def test_schedule_changes_reach_the_receiver_as_typed_events(
    sandbox: Sandbox, received: tuple[str, list[CallbackEvent]]
) -> None:
    url, events = received
    register(sandbox, url)
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        token = sandbox.user_token()
        calendar_id = str(client.calendars.fetch_primary_calendar(user_token=token).calendar_id)
        created = client.calendars.create_schedule(
            calendar_id,
            summary="Review",
            start_time=ScheduleTime(time=str(START), time_zone="Asia/Shanghai"),
            end_time=ScheduleTime(time=str(START + 3600), time_zone="Asia/Shanghai"),
            attendees=[ScheduleAttendee("524288-1002", "yes")],
            user_token=token,
        )
        schedule_id = str(created.schedule_id)
        client.calendars.update_schedule(calendar_id, schedule_id, summary="Review (moved)", user_token=token)
        client.calendars.delete_schedule(calendar_id, schedule_id, user_token=token)
    sandbox.callbacks.flush()

    assert [event.type for event in events] == ["schedule_modify", "schedule_delete"]
    modified, deleted = (event.payload for event in events)
    assert isinstance(modified, ScheduleModifyEvent)
    assert (modified.schedule_id, modified.summary, modified.operation_type) == (
        schedule_id,
        "Review (moved)",
        "modify_all",
    )
    assert (modified.start_time.time, modified.current_time) == (START, START)
    assert isinstance(deleted, ScheduleDeleteEvent)
    assert (deleted.schedule_id, deleted.operation_type) == (schedule_id, "delete_all")
    assert all(delivery.ok for delivery in sandbox.callbacks.deliveries)
    assert len({event.id for event in events}) == 2


def test_any_event_can_be_published_from_python_or_the_control_route(
    sandbox: Sandbox, received: tuple[str, list[CallbackEvent]]
) -> None:
    url, events = received
    sandbox.callbacks.url = url
    sandbox.publish_event("app_install_org", {"orgId": "524288", "orgName": "Sandbox Org", "timestamp": "1"})
    answer = httpx.post(
        f"{sandbox.url}/sandbox/events", json={"eventType": "staff_create", "data": {"staffId": "524288-1009"}}
    )
    assert answer.json()["data"]["delivered"] is True
    sandbox.callbacks.flush()

    assert [(event.type, event.data.get("orgId") or event.data.get("staffId")) for event in events] == [
        ("app_install_org", "524288"),
        ("staff_create", "524288-1009"),
    ]


def test_nothing_is_delivered_before_a_receiver_is_registered(sandbox: Sandbox) -> None:
    sandbox.publish_event("staff_delete", {"staffId": "524288-1002"})
    sandbox.callbacks.flush()
    assert [event["eventType"] for event in sandbox.callbacks.published] == ["staff_delete"]
    assert sandbox.callbacks.deliveries == []


def test_a_failed_delivery_is_kept_and_redelivered_once_the_receiver_is_up(
    sandbox: Sandbox, received: tuple[str, list[CallbackEvent]]
) -> None:
    url, events = received
    with socket.socket() as closed:  # a port nobody listens on once the socket is closed
        closed.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{closed.getsockname()[1]}/callback"
    sandbox.callbacks.url = dead
    sandbox.publish_event("dept_create", {"deptId": "524288-d9"})
    sandbox.callbacks.flush()
    assert [delivery.status for delivery in sandbox.callbacks.deliveries] == [0]

    sandbox.callbacks.url = url
    retried = sandbox.callbacks.redeliver_failed()

    assert [delivery.ok for delivery in retried] == [True]
    assert [delivery.ok for delivery in sandbox.callbacks.deliveries] == [True]
    assert [event.data["deptId"] for event in events] == ["524288-d9"]


def test_the_control_route_refuses_an_event_without_a_type(sandbox: Sandbox) -> None:
    answer = httpx.post(f"{sandbox.url}/sandbox/events", json={"data": {}})
    assert answer.json()["errCode"] == 40001
    assert sandbox.callbacks.published == []


def test_directory_changes_reach_the_receiver(sandbox: Sandbox, received: tuple[str, list[CallbackEvent]]) -> None:
    url, events = received
    register(sandbox, url)
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        department = client.departments.create_department(name="QA", parent_id="524288-0").department
        qa = str(department.id)
        staff_id = str(
            client.staffs.create_staff(org_id="524288", name="Tess", email="tess@x.example", login_ways=[1]).staff_id
        )
        client.departments.add_department_staff(qa, "524288-1001")
        client.staffs.update_staff(staff_id, name="Tess T.")
        client.departments.remove_department_staff(qa, "524288-1001")
        client.staffs.delete_staff(staff_id)
        client.departments.delete_department(qa)
    sandbox.callbacks.flush()

    assert [(event.type, event.data.get("deptId") or event.data.get("staffId")) for event in events] == [
        ("dept_create", qa),
        ("staff_create", staff_id),
        ("staff_modify", "524288-1001"),
        ("staff_modify", staff_id),
        ("staff_modify", "524288-1001"),
        ("staff_delete", staff_id),
        ("dept_delete", qa),
    ]
    assert all(str(event.data["timestamp"]).isdigit() for event in events)
