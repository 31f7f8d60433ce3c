"""Turn the paragraphs and tables of a Word plan into a TreatmentPlan.

The builder walks the body once, in order. It keeps the current section (the last heading, matched
to a canonical section) and the current problem/goal/objective/intervention, and reads each line:

1. signature lines ("Client signature: ...", "Electronically signed by ...", "/s/ ...");
2. element lines ("Problem #1:", "Goal 1 (Communication):", "Short Term Objective 1.1:", "LTG 2:");
3. labelled fields ("Date of Birth: ...", "Next Review Date: ..."), several per line if need be;
4. unlabelled text, read by what its section is about (a diagnosis line, a list of goals, a
   service with its frequency, a duration ...);
5. anything else is kept as free text under its heading.

Tables are read by their header (goals, diagnoses, services, signatures, assessments), as
label/value forms, or cell by cell as lines. Every element gets a SourceLocation pointing at the
paragraph (python-docx `Document.paragraphs` index) or table/row/cell where it was written.
"""

from __future__ import annotations

from authcheck.model import (
    SourceLocation,
    TreatmentPlan,
)
from authcheck.parsing import find_dates
from authcheck.readers.docx.blocks import Block, Para
from authcheck.readers.docx.discipline import infer_discipline
from authcheck.readers.docx.fields import FieldsMixin
from authcheck.readers.docx.goals import GoalsMixin, _all_interventions
from authcheck.readers.docx.labels import (
    element_label,
    field_key,
    split_labels,
    strip_list_marker,
    subfield_key,
)
from authcheck.readers.docx.phrases import (
    blank_value,
    find_icd_codes,
    find_service_codes,
    looks_like_signature,
)
from authcheck.readers.docx.signatures import SignaturesMixin, _is_role_label
from authcheck.readers.docx.state import _GOAL_KEYS, _WEAK_HEADING_SCORE, Line, Section, _loc
from authcheck.readers.docx.table_reader import TablesMixin
from authcheck.readers.docx.sections import match_section

__all__ = ["build_plan"]


_MAX_HEADING_WORDS = 12


class PlanBuilder(FieldsMixin, GoalsMixin, SignaturesMixin, TablesMixin):
    """Accumulates plan elements while the document is walked; `plan()` returns the TreatmentPlan."""

    def _heading(self, para: Para, text: str) -> Section | None:
        """The section this paragraph opens, or None when it is ordinary content."""
        styled = para.heading
        if styled is None and (len(text) > 110 or text.count(" ") > _MAX_HEADING_WORDS + 4):
            return None  # cheap exit for ordinary prose, before any pattern is tried
        core, _, _ = strip_list_marker(text)
        core = core.strip()
        label = element_label(core) if core else None
        if not core or (label is not None and not (label.plural and not label.value)):
            return None
        segments = split_labels(core)
        for seg in segments:
            if (
                seg.label
                and seg.value
                and not blank_value(seg.value)
                and (field_key(seg.label) or subfield_key(seg.label))
            ):
                return None
        words = core.split()
        if styled is not None:
            if len(words) > 25:
                return None
            return self._section_for(core, level=styled, strong=True)
        if len(words) > _MAX_HEADING_WORDS or len(core) > 100:
            return None
        if core.endswith((".", "?", "!", ";", ",")):
            return None
        if find_icd_codes(core) or find_service_codes(core) or any(True for _ in find_dates(core)):
            return None
        has_value = any(seg.label and seg.value for seg in segments)
        letters = [c for c in core if c.isalpha()]
        upper = len(letters) >= 3 and sum(1 for c in letters if c.isupper()) >= 0.9 * len(letters)
        if core.endswith(":") and not has_value and len(words) <= 10:
            return self._section_for(core, level=20, strong=False)
        if has_value:
            return None
        if upper or para.bold or para.caps:
            return self._section_for(core, level=10, strong=True)
        match = match_section(core)
        if match.key is not None and match.score >= _WEAK_HEADING_SCORE and len(words) <= 8:
            return self._section_for(core, level=30, strong=False)
        return None

    def _section_for(self, title: str, *, level: int, strong: bool) -> Section | None:
        clean = title.strip().rstrip(":").strip()
        match = match_section(clean)
        key = match.key
        if key == "title" and self.title is not None and self.first_text_seen:
            key = "interventions"  # "TREATMENT PLAN", "Plan of Treatment" inside the document
        current = self.section
        if key is None:
            # an unknown sub-heading inside goals names a problem; inside signatures, a signer
            if current.key in _GOAL_KEYS + ("interventions",) and len(clean.split()) <= 8:
                return None
            if current.key == "signatures" and len(clean.split()) <= 6:
                return None
            if current.key is not None and current.level < level and current.level < 10 and level < 10:
                return Section(clean, current.key, level, current.synonym)
            if not strong and current.key is not None:
                return None
        return Section(clean, key, level, match.synonym if key else None)

    def _enter(self, section: Section, loc: SourceLocation) -> None:
        previous = self.section
        self.section = section
        self.service = None
        self.signature_role = None
        self.pending_statement = None
        if section.key not in _GOAL_KEYS:
            self.focus = None
        if section.key in _GOAL_KEYS and previous.key not in _GOAL_KEYS + ("interventions",):
            self.problem = self.goal = self.objective = None
            self.implicit_problem = None
        if self.title is None and not self.first_text_seen:
            self.title, self.title_loc = section.title, loc

    def add_block(self, block: Block) -> None:
        if isinstance(block, Para):
            self._paragraph(block)
        else:
            self._table(block)

    def _paragraph(self, para: Para) -> None:
        text = para.text
        if not text.strip():
            for extra in para.extra:
                self.line(Line(extra, self.section, paragraph=para.index))
            return
        for piece in [text] if "\n" not in text else [t for t in text.split("\n") if t.strip()]:
            section = self._heading(para, piece) if len(piece) < 400 else None
            if section is not None:
                self._enter(section, _loc(section=piece.strip(), paragraph=para.index, text=piece.strip()))
                self.first_text_seen = True
                continue
            if not self.first_text_seen:
                self.first_text_seen = True
                words = piece.split()
                if len(words) <= 15 and not split_labels(piece.strip())[0].label and self.title is None:
                    self.title = piece.strip()
                    self.title_loc = _loc(section=self.title, paragraph=para.index, text=self.title)
                    if match_section(piece.strip()).key in (None, "title"):
                        continue
            self.line(Line(piece, self.section, paragraph=para.index, para=para))
        for extra in para.extra:
            self.line(Line(extra, self.section, paragraph=para.index))

    def line(self, line: Line) -> None:
        """Read one line of text (a paragraph, a cell line, or a form row)."""
        raw = line.text.strip()
        if not raw:
            return
        core, marker, depth = strip_list_marker(raw)
        core = core.strip()
        if not core:
            return
        segments = split_labels(core)
        first = segments[0]
        key = self.section.key

        # an unknown sub-heading inside goals or signatures (kept as content by _section_for)
        if key == "signatures" and self._signer_heading(core, segments):
            return

        role_line = key == "signatures" and first.label is not None and _is_role_label(first.label)
        if (
            looks_like_signature(first.label, core)
            or role_line
            or (key == "signatures" and self._signature_like(core, segments))
        ):
            if self._signature_line(line, core, segments, role_line=role_line):
                return

        label = element_label(core)
        if label is not None:
            self._element(label, line, core, segments, marker, depth)
            return

        if (
            first.label is None
            and len(segments) > 1
            and key in _GOAL_KEYS + ("interventions",)
            and not self.pending_statement
            and self._text_with_facts(line, segments, marker, depth)
        ):
            return

        if any(seg.label for seg in segments) and self._fields(line, segments, core):
            return

        if self.pending_statement and key in _GOAL_KEYS + ("interventions", None):
            self._fill_statement(line, core)
            return

        handler = {
            "goals": self._goal_text,
            "objectives": self._goal_text,
            "interventions": self._intervention_text,
            "diagnosis": self._diagnosis_text,
            "services": self._service_text,
            "frequency": self._service_text,
            "duration": self._duration_text,
            "review": self._review_text,
            "presenting_problem": self._presenting_text,
            "assessments": self._assessment_text,
            "signatures": self._signature_text,
        }.get(key or "")
        if handler is not None and handler(line, core, marker, depth):
            return
        if self._review_statement(line, core):
            return
        self._free(line, raw)

    def plan(self) -> TreatmentPlan:
        patient = self.patient
        providers = self.providers
        if self.organization:
            for provider in providers[:1]:
                provider.organization = self.organization
        presenting = None
        if self.presenting:
            presenting = "\n".join(text for text, _ in self.presenting)
            self.plan_sources["presenting_problem"] = self.presenting[0][1]
        problems = [p for p in self.problems if p.goals or p.statement]
        services = [
            s for s in self.services if s.code or s.description or s.frequency or s.amount or s.hours_per_week
        ]
        discipline, why = infer_discipline(
            stated=self.discipline_stated,
            title=self.title,
            program=self.plan_fields.get("program"),  # type: ignore[arg-type]
            service_codes=[s.code for s in services if s.code]
            + [i.service_code for _, i in _all_interventions(problems, self.interventions) if i.service_code],
            credentials=[p.credential for p in providers if p.credential],
        )
        if (
            discipline
            and "discipline" not in self.plan_sources
            and self.title_loc is not None
            and why == "title"
        ):
            self.plan_sources["discipline"] = self.title_loc
        plan = TreatmentPlan(
            patient=patient,
            payer=self.plan_fields.get("payer"),
            program=self.plan_fields.get("program"),
            level_of_care=self.plan_fields.get("level_of_care"),
            discipline=discipline,
            providers=providers,
            admission_date=self.plan_fields.get("admission_date"),
            first_treatment_date=self.plan_fields.get("first_treatment_date"),
            plan_date=self.plan_fields.get("plan_date"),
            period=self.period,
            expected_duration=self.expected_duration,
            presenting_problem=presenting,
            diagnoses=self.diagnoses,
            problems=problems,
            interventions=self.interventions,
            services=services,
            assessments=self.assessments,
            reviews=self.reviews,
            signatures=self.signatures,
            free_text=self.free,
            field_sources={k: v for k, v in self.plan_sources.items() if "." not in k},
        )
        return plan


def build_plan(blocks: list[Block]) -> TreatmentPlan:
    """Read the body's blocks into a TreatmentPlan."""
    builder = PlanBuilder()
    for block in blocks:
        builder.add_block(block)
    return builder.plan()
