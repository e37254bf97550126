"""OAuth2 as the sandbox plays it: the passport's authorize page approves at once and redirects back.

Whoever `Sandbox.oauth.approver` names (the seed directory's first user by default) is the person who
"logs in", so a test can run the whole browser flow with plain HTTP and no browser.
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from lansenger_api.errors import ErrorCode

from ._directory import ORG_ID, ORG_NAME, directory
from ._replies import ApiError, RawReply, Reply, success
from ._routes_org import project
from ._routing import Backend, OAuthRefused, Request, Route


def _redirect(redirect_uri: str, **values: str) -> RawReply:
    """A 302 back to the app: how the passport hands the browser back."""
    joiner = "&" if urlsplit(redirect_uri).query else "?"
    return RawReply(b"", "text/plain", 302, {"Location": f"{redirect_uri}{joiner}{urlencode(values)}"})


def authorize(backend: Backend, request: Request) -> Reply:
    redirect_uri = request.required_param("redirect_uri")
    state = request.param("state") or ""
    if request.param("response_type") != "code":
        return _redirect(redirect_uri, error="unsupported_response_type", state=state)
    if request.param("appid") != backend.app_id:
        return _redirect(redirect_uri, error="invalid_client", error_description="unknown appid", state=state)
    scope = request.param("scope") or "basic_userinfor"
    code = backend.oauth.issue_code(backend.oauth.approver, redirect_uri, scope, state)
    return _redirect(redirect_uri, code=code, state=state)


def create_user_token(backend: Backend, request: Request) -> Reply:
    try:
        return success(backend.oauth.exchange(request.required_param("code"), request.param("redirect_uri")))
    except OAuthRefused as refused:
        raise ApiError(ErrorCode.INVALID_CODE, str(refused)) from None


def refresh_user_token(backend: Backend, request: Request) -> Reply:
    try:
        return success(backend.oauth.refresh(request.required_param("refresh_token"), request.param("scope")))
    except OAuthRefused as refused:
        raise ApiError(ErrorCode.INVALID_REFRESH_TOKEN, str(refused)) from None


def fetch_current_user(backend: Backend, request: Request) -> Reply:
    now = directory(backend.state).read()
    staff = now.staff.get(backend.acting_staff(request) or "")
    if staff is None:
        raise ApiError(ErrorCode.USER_NOT_FOUND, "user not found")
    departments = [{"id": d, "name": now.departments[d]["name"]} for d in staff["departments"]]
    user = project(staff, "CurrentUser", orgId=ORG_ID, orgName=ORG_NAME, department=departments)
    return success(user)


ROUTES: tuple[Route, ...] = (
    Route("GET", "/oauth2/authorize", authorize, needs_app_token=False),
    Route("GET", "/v2/user_token/create", create_user_token),
    Route("GET", "/v1/usertoken/create", create_user_token),
    Route("GET", "/v1/refresh_token/create", refresh_user_token),
    Route("GET", "/v1/users/fetch", fetch_current_user),
)
