# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionnaireScoreSetting")
_FIELDS = frozenset(
    {
        "minScore",
        "maxScore",
        "scoreIconStyle",
        "notUseFlag",
        "leftTip",
        "midTip",
        "rightTip",
    }
)


@_attrs_define
class QuestionnaireScoreSetting:
    """Settings of a multiScore question.

    Attributes:
        min_score (int | Unset):
        max_score (int | Unset):
        score_icon_style (int | str | Unset): The icon the scores show as; its values are undocumented.
        not_use_flag (int | Unset): 1 offers "not applicable".
        left_tip (str | Unset): Label under the lowest score.
        mid_tip (str | Unset): Label under the middle score.
        right_tip (str | Unset): Label under the highest score.
    """

    min_score: int | Unset = UNSET
    max_score: int | Unset = UNSET
    score_icon_style: int | str | Unset = UNSET
    not_use_flag: int | Unset = UNSET
    left_tip: str | Unset = UNSET
    mid_tip: str | Unset = UNSET
    right_tip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.min_score is not UNSET:
            field_dict["minScore"] = self.min_score

        if self.max_score is not UNSET:
            field_dict["maxScore"] = self.max_score

        score_icon_style: int | str | Unset
        if isinstance(self.score_icon_style, Unset):
            score_icon_style = UNSET
        else:
            score_icon_style = self.score_icon_style
        if score_icon_style is not UNSET:
            field_dict["scoreIconStyle"] = score_icon_style

        if self.not_use_flag is not UNSET:
            field_dict["notUseFlag"] = self.not_use_flag

        if self.left_tip is not UNSET:
            field_dict["leftTip"] = self.left_tip

        if self.mid_tip is not UNSET:
            field_dict["midTip"] = self.mid_tip

        if self.right_tip is not UNSET:
            field_dict["rightTip"] = self.right_tip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QuestionnaireScoreSetting is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        min_score = _get("minScore", UNSET)

        max_score = _get("maxScore", UNSET)

        score_icon_style: int | str | Unset = _get("scoreIconStyle", UNSET)

        not_use_flag = _get("notUseFlag", UNSET)

        left_tip = _get("leftTip", UNSET)

        mid_tip = _get("midTip", UNSET)

        right_tip = _get("rightTip", UNSET)

        questionnaire_score_setting = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                min_score,
                max_score,
                score_icon_style,
                not_use_flag,
                left_tip,
                mid_tip,
                right_tip,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        questionnaire_score_setting.additional_properties = _extra
        return questionnaire_score_setting

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
