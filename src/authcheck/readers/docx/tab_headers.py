"""Headers of goals tables typed with tabs into paragraphs: a goals header ("Short-term goal<TAB>Baseline<TAB>Due")
gives its column roles. (A services header typed so, "CPT<TAB>Service<TAB>Frequency", is read by
fields.services.service_header_roles, and its rows by the services table reader.)
"""

from __future__ import annotations

import re

from authcheck.readers.phrases import first_date
from authcheck.readers.docx.tables import column_role

# column roles a tab-separated goals header may name, as the facts they give
_TAB_ROLE = {
    "goal": "goal",
    "objective": "objective",
    "target_date": "target_date",
    "baseline": "baseline",
    "target": "target",
    "mastery_criteria": "mastery_criteria",
    "measure": "measure",
    "domain": "domain",  # "Target<TAB>Baseline<TAB>...<TAB>Domain": the area each row's goal serves
    "intervention": "intervention",
    "label": "label",  # "#", "Obj #": the row's number, read as its marker
}
# a goal column that holds the steps toward a goal above ("Short-term / measurable goal", "STG"): its objectives
_SHORT_TERM_COLUMN = re.compile(r"short[\s-]*term|\bSTGs?\b|benchmark", re.IGNORECASE)


def tab_header_roles(text: str) -> list[str] | None:
    """The column roles of a tab-separated goals header ("Short-term goal<TAB>Baseline<TAB>Due"): one goal or
    objective column and facts of it, each named once; None for any other line. A short-term goal column is an
    objective column (its rows are goals of their own only when no goal is above them)."""
    parts = [p.strip() for p in re.split(r"\t+", text.strip()) if p.strip()]
    if len(parts) < 2 or any(len(p) > 40 for p in parts):
        return None
    roles = [_TAB_ROLE.get(column_role(p) or "", "") for p in parts]
    roles = ["objective" if r == "goal" and _SHORT_TERM_COLUMN.search(p) else r for r, p in zip(roles, parts, strict=True)]
    aims = [r for r in roles if r in ("goal", "objective")]
    if not aims and target_goal_column(roles):
        # "Target<TAB>Baseline<TAB>Mastery criteria<TAB>Target date" (an ABA grid): the skill targeted is the goal
        roles = ["goal" if r == "target" else r for r in roles]
        aims = ["goal"]
    if all(roles) and len(aims) == 1 and len(set(roles)) == len(roles):
        return roles
    return None


def target_goal_column(roles: list[str]) -> bool:
    """True when a goals header names no goal column and its first column (after a row number) is a bare "Target"
    beside the facts of a goal (a baseline or a mastery criterion): the ABA target, written as the goal's sentence.
    (Its rows are read as goals only when the cell holds words, not a level: docx.goals.)"""
    rest = roles[1:] if roles and roles[0] == "label" else roles
    return bool(rest) and rest[0] == "target" and rest.count("target") == 1 and bool(
        {"baseline", "mastery_criteria"} & set(rest)
    )


ROW_NUMBER = re.compile(r"\(?(?:\d{1,2}(?:[.-]?\d{1,2}|[.-]?[a-z])?|[a-z]\d?)[.)]?", re.IGNORECASE)


def row_prefix(roles: list[str], parts: list[str]) -> bool:
    """True when a row shorter than its header fills the header's first columns (the cells left empty at the end of
    a row are not written): the statement comes first and every date column it reaches holds a date."""
    if roles[0] == "label" and parts and ROW_NUMBER.fullmatch(parts[0]):
        roles, parts = roles[1:], parts[1:]
    if not parts or roles[0] not in ("goal", "objective"):
        return False
    return all(first_date(value) is not None for role, value in zip(roles, parts, strict=False) if role == "target_date")
