# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Request rules from the spec, checked on the JSON body just before it is sent.

Each operation carries the pruned rule tree codegen derives from the spec (only the branches that carry a rule,
so a body is walked no further than it needs to be); `lansenger_api.validation` checks it, the same engine the
sandbox checks whole requests with. Every violation raises `InvalidArgumentError` naming the field the way the
Python models spell it.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import errors
from .validation import Rules, RuleViolation, checker

MAX_BYTES: Mapping[str, Mapping[str, int]] = {
    "TextMessage": {"content": 6000},
    "FormatTextMessage": {"text": 6000},
    "AppCardMessage": {"bodyTitle": 600, "bodySubTitle": 1200, "bodyContent": 3000},
}
"""The spec's UTF-8 byte limits (`x-lansenger-max-bytes`) by schema and JSON field, e.g.
`MAX_BYTES["FormatTextMessage"]["text"]`: for code that must fit text to a limit rather than only check it."""

BATCH_LIMITS: Mapping[str, Mapping[str, int]] = {
    "AccountMessageRequest": {"userIdList": 1000, "departmentIdList": 100},
    "BotMessageRequest": {"userIdList": 1000, "departmentIdList": 100},
    "AppCardMessage": {"fields": 10, "links": 3},
    "OaCardMessage": {"fields": 10},
    "CardBody": {"fields": 10},
    "AppCardUpdate": {"links": 3},
    "MessageReminderRequest": {"userIdList": 100},
    "NoticePhoneRange": {"releaseRangeList": 10, "ccRangeList": 10},
    "NoticeOpenRange": {"releaseRangeList": 200, "ccRangeList": 200},
    "NotificationMessageRequest": {"receiverIds": 1000},
    "VcRecordingUrlsRequest": {"vods": 3},
}
"""How many items one call takes, by schema and JSON array field (`maxItems`, or `x-lansenger-batch-limit` where the
platform documents no limit), e.g. `BATCH_LIMITS["BotMessageRequest"]["userIdList"]`: what bulk senders chunk to."""


def check_body(body: object, rules: Rules) -> None:
    """Raise `InvalidArgumentError` for the first rule `body` breaks; `rules` is an operation's constant tree."""
    try:
        checker(rules)(body)
    except RuleViolation as violation:
        raise errors.InvalidArgumentError(str(violation)) from None


__all__ = ["BATCH_LIMITS", "MAX_BYTES", "Rules", "check_body"]
