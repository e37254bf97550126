# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""`ErrorCode`: the error codes the platform is known to answer, as the spec describes them."""

from __future__ import annotations

import enum


class ErrorCode(enum.IntEnum):
    """Error codes the platform is known to answer (spec/openapi.yaml, x-lansenger-errors)."""

    UNKNOWN_EXCEPTION = -1
    """The platform failed on a missing field (a notice without remindStatus or ccRangeList, a personal todo update without createUserId or appid)."""
    APP_SERVICE_ERROR = 500
    """The app service behind the gateway failed, in an HTTP 200 envelope (qingjia and jiaban); personal todos also answer it for a resource entry without fileName, resourceId, fileType or fileSize."""
    OFFICIAL_ACCOUNT_NOT_FOUND = 3104
    """Questionnaires: the official account (accountCode) is missing or unknown."""
    PERSON_NOT_FOUND = 3123
    """Notices: a recipient or the sender does not exist (人员不存在)."""
    DATE_FORMAT_ERROR = 3124
    """Personal todos: a date is malformed (日期格式错误)."""
    NO_OFFICIAL_ACCOUNT_PERMISSION = 3381
    """Notices: the app may not use that official account."""
    SERVICE_UNAVAILABLE_OR_NOT_MEMBER = 10000
    """Query failed; is_in_group also answers it for a non-member."""
    INVALID_CODE = 10001
    """Invalid authorization code."""
    TOKEN_EXPIRED = 10003
    """Token expired."""
    TOKEN_INVALID = 10004
    """Token invalid or expired."""
    API_NOT_PERMITTED = 10005
    """The app may not call this API."""
    MODULE_NOT_ENABLED = 10008
    """Meeting-room booking is not enabled for the app (API服务 数据不存在)."""
    NOT_IN_GROUP = 30001
    """The sender is not in the group."""
    INVALID_PARAMETER = 40001
    """Invalid parameter."""
    INVALID_MEDIA_TYPE = 40010
    """Invalid media type."""
    INVALID_CREDENTIAL = 40014
    """Wrong app id or secret (the app-token and WebSocket-endpoint calls)."""
    INVALID_REFRESH_TOKEN = 40036
    """Refresh token expired or already used."""
    INVALID_ATTENDEE_FLAG = 40060
    """attendeeFlag must be yes, option or no."""
    USER_NOT_FOUND = 50001
    """User not found."""
    MEDIA_TYPE_NOT_STRING = 50052
    """Media type must be a string."""
    CHAT_LIST_FAILED = 63001
    """The chat list could not be fetched."""
    CHAT_PARAMETER_ERROR = 63002
    """Chat query parameter error."""
    NOT_FOUND = 64001
    """Media, share or other object not found."""
    VC_NOT_INSTALLED = 105100
    """The org has no videoconference app installed; do not retry."""
    VC_NO_DOWNLOAD_PERMISSION = 105102
    """The operator may not download these recordings."""
    VC_TOO_MANY_RECORDINGS = 105103
    """More than 3 recordings in one download request."""
    VC_MAX_PERSON_CHANGED = 105105
    """The org's meeting size limit changed; members must rejoin."""
    VC_NOT_CONFIGURED = 105106
    """Videoconferencing is not configured for the org; do not retry."""
    VC_MAX_PERSON_CHANGED_REJOIN = 105107
    """The org's meeting size limit changed; rejoin the meeting."""
    VC_START_TIME_PASSED = 105204
    """A reserved meeting's startTime must be in the future."""
    VC_MEETING_NOT_RUNNING = 105213
    """The meeting has not started or is over (usually the inner data.code)."""
    VC_MEETING_STARTED = 105224
    """The meeting has started: stop it instead of cancelling or changing it."""
    VC_MEMBER_LIMIT_REACHED = 105225
    """The meeting has as many members as it may."""
    VC_NO_HOST = 105230
    """The members need exactly one with role admin."""
    VC_ORG_SEATS_EXCEEDED = 105244
    """The org's maximum of concurrent seats is reached."""
    VC_NO_CALL_TIME_LEFT = 105245
    """The org has no call time left."""
    VC_INVALID_MEMBER_DATA = 105263
    """An invitee lacks employeeName, audio or video."""
    VC_UNKNOWN_OP_CODE = 105601
    """The platform does not know this opCode."""


__all__ = ["ErrorCode"]
