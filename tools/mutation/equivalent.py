"""Mutants that no test can kill, because the program behaves the same: named here, excluded from the score.

An entry matches a mutant by file, function and the changed lines (as mutmut shows them, stripped), not by line
number or mutmut's counter, so it survives edits elsewhere in the file. The report lists entries that match
nothing any more, so they are removed rather than left to hide a future real survivor.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Equivalent:
    file: str
    function: str
    before: str
    after: str
    reason: str


EQUIVALENT: tuple[Equivalent, ...] = ()
