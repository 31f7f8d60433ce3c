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

import dataclasses
import re
from collections.abc import Sequence

from authcheck.model import (
    SourceLocation,
    TreatmentPlan,
)
from authcheck.model.vocab import normalize_signature_role
from authcheck.parsing import find_dates, parse_frequency
from authcheck.readers.docx.blocks import Block, Para, Table
from authcheck.readers.docx.cells import CellsMixin
from authcheck.readers.docx.narrative import NarrativeMixin
from authcheck.readers.docx.discipline import infer_discipline
from authcheck.readers.docx.fields import FieldsMixin
from authcheck.readers.docx.fields.fallback import basic_facts
from authcheck.readers.docx.fields.labelled import label_row
from authcheck.readers.docx.goal_tables import GoalTablesMixin
from authcheck.readers.docx.goal_phrases import (
    GOALS_LIST_LEAD_IN,
    PROBLEM_ANCHOR,
    STATEMENT_LABEL,
    dash_facts,
    list_lead_in,
)
from authcheck.readers.docx.goal_lists import GoalListsMixin
from authcheck.readers.docx.goals import GoalsMixin
from authcheck.readers.docx.interventions import InterventionsMixin, all_interventions
from authcheck.readers.docx.label_split import Segment, box_gap_pair, caps_gap_pair, split_labels, spread_run_on_labels
from authcheck.readers.docx.labels import element_label, field_key, form_field_label, strip_list_marker, subfield_key
from authcheck.readers.phrases import (
    blank_value,
    find_icd_codes,
    find_service_codes,
    has_digit,
    looks_like_signature,
    parse_diagnoses,
    prose_diagnoses,
)
from authcheck.readers.phrases.diagnoses import DiagnosisText
from authcheck.readers.phrases.services import earlier_episode_line
from authcheck.readers.phrases.ocr import ocr_letter_slips
from authcheck.readers.phrases.signature_text import is_image_mark
from authcheck.readers.docx.record_tables import RecordTablesMixin
from authcheck.readers.docx.signature_lines import SignatureLinesMixin
from authcheck.readers.docx.signature_tables import SignatureTablesMixin
from authcheck.readers.docx.signatures import (
    is_role_label,
    is_signature_label,
    names_one_signer,
    signer_segments,
)
from authcheck.readers.docx.state import GOAL_SECTION_KEYS, WEAK_HEADING_SCORE, Line, Section, make_loc
from authcheck.readers.docx.sections import earlier_record, match_section
from authcheck.readers.docx.tab_headers import tab_header_roles
from authcheck.readers.docx.page_repeats import PAGE_MARK, drop_page_numbers, drop_repeated_page_headers, is_fax_stamp
from authcheck.readers.docx.text_columns import text_tables
from authcheck.readers.docx.renumber import turn_back_locations
from authcheck.readers.docx.tables import transpose_goal_columns
from authcheck.readers.docx.unwrap import join_tab_row_wraps, unwrap_paragraphs

__all__ = ["build_plan"]


_SIGN_WORD = re.compile(r"sign", re.I)


def _joined_sections(title: str) -> bool:
    """ "Diagnosis and assessment", "Client / provider": a heading made of section names, which no letterhead is."""
    parts = [p for p in re.split(r"\s+(?:and|&)\s+|\s*[/,]\s*", title) if p.strip()]
    return len(parts) >= 2 and all(
        (m := match_section(p)).key not in (None, "title") and m.score >= 90 for p in parts
    )


_MAX_HEADING_WORDS = 12
# the words of a title naming a plan document ("... of Plan of Care", "Treatment Plan ...", "POC")
_NAMES_PLAN_DOCUMENT = re.compile(
    r"\b(?:plans?\s+of\s+(?:care|treatment)|(?:treatment|service|care|recovery)\s+plans?|poc|ipoc|isp|itp)\b", re.I
)
# the title of a document of another kind than a plan, filed before it ("Comprehensive Intake Assessment",
# "Psychiatric Evaluation", "Progress Note")
_OTHER_DOCUMENT = re.compile(
    r"\b(?:intake|assessment|evaluation|eval|progress\s+note|consultation|consult|history\s+and\s+physical|"
    r"discharge\s+summary|referral)\b",
    re.I,
)
# a check box as Word shows it (a form field's or a content control's box, or the glyph typed)
_FORM_BOX = re.compile("[☐☒☑]")
_LEVEL_OF_CARE = re.compile(
    r"\b(?:residential|inpatient|outpatient|intensive\s+outpatient|iop|partial\s+hospitali[sz]ation|php|"
    r"detox\w*|withdrawal\s+management|asam\s+(?:level\s+)?\d(?:\.\d)?|level\s+(?:\d(?:\.\d)?|[ivx]{1,3})\b)",
    re.IGNORECASE,
)
# sections where a coded line or a diagnostic sentence states a current diagnosis (not a history or a goal)
# a typed horizontal rule: dashes, equals signs, tildes, stars or dots only (not underscores: a signature blank)
_RULE_LINE = re.compile(r"\s*(?:[-=~*#.•·—–]\s*){3,}")
_STRAY_DIAGNOSIS_SECTIONS = (None, "title", "assessments", "presenting_problem", "client", "dates", "provider")
_CODE_FIRST = re.compile(r"(?:[A-TV-Z]\d[0-9AB]|[a-tw-z]\d\d)\.[0-9A-TV-Za-tv-z]{1,4}\s*[—–:\-]?\s+[A-Z][a-z]")
# "Her diagnosis is F41.0 Panic disorder ...", "diagnosed with F84.0 Autism spectrum disorder": a diagnostic phrase
# with the code first and the name after it
_DIAGNOSIS_IS = re.compile(
    r"\b(?:(?:working|primary|principal)\s+)?diagnos(?:is|es)\s+(?:is|are|of)\s*:?\s*|\bdiagnosed\s+with\s+"
    # "My diagnostic impression is F06.31 Mood disorder ...", "clinical impressions are F41.1 ..."
    r"|\b(?:diagnostic|clinical)\s+impressions?\s+(?:is|are)\s*:?\s*",
    re.I,
)


def _marked_code_first(text: str) -> list[DiagnosisText]:
    """Diagnoses named code first right after a diagnostic phrase in a sentence; the name ends at the clause's end."""
    found: list[DiagnosisText] = []
    for marker in _DIAGNOSIS_IS.finditer(text):
        if _CODE_FIRST.match(text, marker.end()) is None:
            continue
        clause = re.split(r";|(?<=[a-z)\]])\.(?:\s|$)|,\s+(?:and\s+)?(?:which|who|with|but|as)\b", text[marker.end() :])[0]
        found.extend(d for d in parse_diagnoses(clause) if d.code)
    return found


# "Tamara will stop using fentanyl.", "Client will ...": a client's aim (not "I will", "Staff will", "We will")
_CLIENT_WILL = re.compile(
    r"(?!(?:I|We|You|Staff|The\s+(?:therapist|clinician|counsel+or|provider|program|agency|staff))\b)"
    r"(?:(?:the\s+)?(?:client|patient|member|consumer|participant|resident)|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
    r"\s+will\s+(?!be\s+(?:informed|given|notified|provided|offered|asked|told)\b)\w+"
)
# a short label before a coded line ("A:", "Impression:", "Dx 1 -")
_SHORT_LEAD = re.compile(r"[A-Za-z][\w.&/]*(?:\s[\w.&/]+){0,2}\s*[:\-–—]\s*")
# "I certify ...", "PHYSICIAN CERTIFICATION: I have reviewed this plan ...": a statement the signers sign under
_ATTESTATION = re.compile(
    r"(?:(?P<label>[A-Za-z][\w /&'’-]{0,40}):\s*)?I\s+(?:hereby\s+|have\s+)?(?:certify|certified|attest|attested)\b|"
    r"(?P<label2>[A-Za-z][\w /&'’-]{0,40}(?:certif|attest|approv|review|agree|consent)[\w /&'’-]{0,20}):\s*"
    r"I\s+(?:have\s+)?(?:reviewed|approve|approved|agree|confirm)\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"(?:sincerely|respectfully(?:\s+submitted)?|(?:best\s+|kind\s+|warm\s+)?regards|cordially|yours\s+truly|"
    r"with\s+(?:best\s+)?regards|"
    # an e-mail's or a letter's shorter sign-offs, only with their comma: "Best,", "Thanks,", "Atentamente,"
    r"(?:best|thanks|thank\s+you|many\s+thanks|warmly|cheers|take\s+care|all\s+the\s+best|atentamente|"
    r"cordialmente|saludos(?:\s+cordiales)?)(?=\s*,))\s*[,.]?",
    re.IGNORECASE,
)


# an EHR banner's client line, "SURNAME, GIVEN [M]" ("QUIST,HERBERT", "Mbeki-Sorensen, Franklin")
_RECORD_NAME = re.compile(
    r"[A-Z][A-Za-z'’\-]+(?:\s[A-Z][A-Za-z'’\-]+)?\s*,\s*[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]*\.?)?"
)
# a line of the client's record identifiers right under that name
_IDENTIFIER_LINE = re.compile(
    r"(?:mrn|dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|medical\s+record|member\s+id|patient\s+id|"
    r"acct|account|fin)\b\s*#?\s*[:#]",
    re.IGNORECASE,
)


class PlanBuilder(
    FieldsMixin,
    GoalsMixin,
    GoalListsMixin,
    InterventionsMixin,
    SignatureLinesMixin,
    SignatureTablesMixin,
    GoalTablesMixin,
    RecordTablesMixin,
    CellsMixin,
    NarrativeMixin,
):
    """Accumulates plan elements while the document is walked; `plan()` returns the TreatmentPlan."""

    _page_previous: str | None = None  # the page-header line read before the current one
    _heading_look: tuple[object, ...] | None = None  # the look of the bold line being tried as a heading
    _section_look: tuple[object, ...] | None = None  # the look of the bold line that opened the current section
    # the plan's own title met after signatures were read (a plan pasted after an intake note: see _other_documents)
    _plan_title_after_signatures = False

    def _heading(self, para: Para, text: str) -> Section | None:
        """The section this paragraph opens, or None when it is ordinary content."""
        styled = para.heading
        if "\t" in text and tab_header_roles(text) is not None:
            return None  # "Objective<TAB>Target date": the header of goal rows typed with tab stops
        if _FORM_BOX.search(text):
            return None  # "☒ Initial evaluation  ☐ Re-evaluation": a form's options with their boxes, not a title
        if styled is None and (len(text) > 110 or text.count(" ") > _MAX_HEADING_WORDS + 4):
            if not (text.rstrip().endswith("):") and len(re.sub(r"\([^()]*\)", "", text)) <= 60):
                return None  # cheap exit for ordinary prose, before any pattern is tried
        core, marker, depth = strip_list_marker(text)
        core = core.strip()
        if marker and depth == 0 and re.fullmatch(r"\d{1,2}[.)]", marker) and box_gap_pair(core) is not None:
            return None  # "6) Frequency   3 times per week": a form's numbered box with its value, not a heading
        if self.section.key in GOAL_SECTION_KEYS and PROBLEM_ANCHOR.fullmatch(core):
            return None  # "For problem 1:" points at a goal; it does not open a section
        if self._next_numbered_goal(core, marker, depth):
            return None  # "3. Safety" after goals "1." and "2.": the next goal, not the safety plan
        label = element_label(core) if core else None
        caption = self._goal_group_caption(core, label, bool(styled is not None or para.bold or para.caps))
        if caption is not None:
            return caption  # "SHORT TERM (4 weeks):", "Goals — to be met by 07/06/2026": goals and when they are due
        group = label is not None and not label.value and (label.plural or (label.note and label.number is None))
        if not core or (label is not None and not group):
            return None  # "STG (4 wks):", "Long-term goals:" head a group of goals; "Goal 1:" starts one
        segments = split_labels(core)
        if styled is None and label_row(core, segments) is not None:
            return None  # "Member:<TAB>Date of Birth:": a row of form labels over the row of their values
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
        noted = core.endswith("):") and len(re.sub(r"\([^()]*\)", "", core)) <= 60  # "Diagnoses (per ...):"
        if len(words) > _MAX_HEADING_WORDS or (len(core) > 100 and not noted):
            return None
        if core.endswith(".") and not core.endswith("..") and len(words) <= 4 and not any(c.isdigit() for c in core):
            # "Goals.", "Orders.", "Plan of care.": a section's title alone on its line, closed with a full stop
            bare = core[:-1].strip()
            named = match_section(bare)
            if bare and named.key not in (None, "title") and named.score >= 95:
                return self._section_for(bare, level=20, strong=False)
        if core.endswith((".", "?", "!", ";", ",")):
            return None
        if find_icd_codes(core) or find_service_codes(core):
            return None
        if any(True for _ in find_dates(core)):
            bare = re.sub(r"\s*\([^()]*\)", "", core).strip()
            if bare == core or any(True for _ in find_dates(bare)) or match_section(bare).score < 95:
                return None  # "Objective measures (02/03/2026)" is a heading; "Seen 02/03/2026" is not
        has_value = any(seg.label and seg.value for seg in segments)
        letters = [c for c in core if c.isalpha()]
        upper = len(letters) >= 3 and sum(1 for c in letters if c.isupper()) >= 0.9 * len(letters)
        long_goals_title = len(words) <= _MAX_HEADING_WORDS and match_section(core).key in GOAL_SECTION_KEYS
        if core.endswith(":") and not has_value and (len(words) <= 10 or long_goals_title):
            # "Goals to be achieved by the end of the plan period:" opens the goals however long its qualifier
            if self.section.key in GOAL_SECTION_KEYS and list_lead_in(core):
                return None  # "Within 8 weeks the patient will be able to:": the list of goals follows
            return self._section_for(core, level=20, strong=False)
        if has_value:
            return None
        if len(letters) <= 5 and sum(c.isdigit() for c in core) >= 5:
            return None  # "NPI 1556312095", "LIC 40022-7": a number under a signer's name, not a heading
        if upper or para.bold or para.caps:
            return self._section_for(core, level=10, strong=True)
        match = match_section(core)
        if match.key is not None and match.score >= WEAK_HEADING_SCORE and len(words) <= 8:
            if match.score < 95 and (para.list_level is not None or (marker is not None and not marker[:1].isalnum())):
                return None  # "• Visual schedule and checklists": an item of a list, not the title it resembles
            if match.score < 95 and parse_frequency(core) is not None:
                return None  # "SN 2w4 for medications teaching": an order with its visits, not the "Medications" title
            return self._section_for(core, level=30, strong=False)
        return None

    def _section_for(self, title: str, *, level: int, strong: bool) -> Section | None:
        clean = title.strip().rstrip(":").strip()
        match = match_section(clean)
        if "(" in clean and (match.key is None or match.score < 95):
            # "Diagnoses (per developmental evaluation 01/26/2026, Kwame Asante-Lind, MD):": a note in brackets
            bare = match_section(re.sub(r"\s*\([^()]*\)", "", clean).strip())
            if bare.key is not None and bare.score >= 95:
                match = bare
        key = match.key
        if (
            key not in (None, "title")
            and not self._content_entered
            and not (self.diagnoses or self.patient.birth_date)  # a letterhead comes before the client's facts
            and match.score < 95
            and len(clean.split()) >= len((match.synonym or "").split()) + 2
            and not (title.rstrip().endswith(":") and GOALS_LIST_LEAD_IN.search(clean))
            and not _joined_sections(clean)
        ):
            # a letterhead at the top ("Fenwick Psychological Services, PLLC") merely contains a section word
            key = "title"
        if (
            key == "review"
            and not self._content_entered
            and not (self.diagnoses or self.patient.birth_date or self.patient.name)
            and _NAMES_PLAN_DOCUMENT.search(clean)
        ):
            # "Progress Report / Recertification of Plan of Care", "Plan of Care Recertification" over the client's
            # facts: the document's own title (the kind of plan it is), not a section of review dates
            key = "title"
        if key is None and title.rstrip().endswith(":") and GOALS_LIST_LEAD_IN.search(clean):
            key = "goals"  # "Our goals for this plan of care are:" over the list of goals
        if key == "title" and self.title is not None and self.first_text_seen and self._content_entered:
            key = "interventions"  # "TREATMENT PLAN", "Plan of Treatment" inside the document
        current = self.section
        if key is None:
            # an unknown sub-heading inside goals names a problem; inside signatures, a signer. A styled heading
            # as high as the goals' own ("My goals", then "How we will work on it", both Heading 2) ends them.
            sibling = (level < 10 and current.level < 10 and level <= current.level) or self._same_look_sibling(level)
            if current.key in GOAL_SECTION_KEYS + ("interventions",) and len(clean.split()) <= 8 and not sibling:
                return None
            if current.key == "signatures" and len(clean.split()) <= 6:
                return None
            if current.key is not None and current.level < level and current.level < 10 and level < 10:
                return Section(clean, current.key, level, current.synonym)
            if not strong and current.key is not None:
                return None
        return Section(clean, key, level, match.synonym if key else None)

    def _same_look_sibling(self, level: int) -> bool:
        """ "Our goals" then "How we will work", both bold in the same colour and size: a bold heading dressed like
        the goals' own heading is the next section, unless the goals under that heading were grouped under
        sub-headings from the start (then it names the next group)."""
        current = self.section
        return (
            level == 10
            and current.level in (10, 20)  # "GOALS:" then "VERBAL ORDER", both bold caps: one rank, colon or not
            and self._heading_look is not None
            and self._heading_look == self._section_look
            and self._grouped_section != current.title
            and self._last_goal_section == current.title
        )

    def _enter(self, section: Section, loc: SourceLocation) -> None:
        previous = self.section
        self.section = section
        self._section_look = None
        self.section_loc = loc
        self._anchor_goal = None
        number = re.match(r"\s*(\d{1,2})[.)]\s", section.title or "")
        self._section_number = int(number.group(1)) if number else None
        self._numbered_items = False
        if section.key not in (None, "title", "other", "discharge"):
            self._content_entered = True
        self.service = None
        self.signature_role = names_one_signer(section.title or "") if self._signing_zone() else None
        self.pending_statement = None
        if section.key not in GOAL_SECTION_KEYS:
            self.focus = None
        keep_goal = (
            section.key == "objectives"
            and self.goal is not None
            and self._last_element is self.goal
            and not self.goal.objectives
            and id(self.goal) not in self._peer_goals
        )  # "Long-term goal: ..." then "Short-term goals:": the short-term ones are its objectives
        if section.key in GOAL_SECTION_KEYS and previous.key not in GOAL_SECTION_KEYS + ("interventions",) and not keep_goal:
            self.problem = self.goal = self.objective = None
            self.implicit_problem = None
        if self.signatures and _NAMES_PLAN_DOCUMENT.search(section.title or "") and not _OTHER_DOCUMENT.search(
            section.title or ""
        ):
            self._plan_title_after_signatures = True  # "TREATMENT PLAN" after an intake note signed at its end
        if self.title is None and not self.first_text_seen:
            self.title, self.title_loc = section.title, loc
        elif earlier_record(section.title or ""):
            self.earlier_level = section.level  # "Previous Episode (history)": an earlier record, not the plan
            self.earlier_lines = 0
        elif not (self.earlier_level is not None and self.earlier_level < section.level < 10):
            self.earlier_level = None  # (a styled sub-heading under that record's heading is still part of it)

    def add_block(self, block: Block) -> None:
        if isinstance(block, Para):
            if block.text.strip() or block.extra:
                self._table_before = None
            self._paragraph(block)
        else:
            self._note_continued(block)
            self._table(block)

    def _note_continued(self, table: Table) -> None:
        """Record a table that goes on from the one just before it: the same caption row (three captions or more)
        repeated over its rows, with only blank paragraphs between, as a table split across pages is."""
        before, self._table_before = self._table_before, table
        if before is None or before.index is None or table.index is None or not before.rows or not table.rows:
            return
        captions = [" ".join(c.text.split()) for c in table.rows[0].cells]
        if len(captions) >= 3 and all(captions) and captions == [" ".join(c.text.split()) for c in before.rows[0].cells]:
            self.table_root[table.index] = self.table_root.get(before.index, before.index)

    def _paragraph(self, para: Para) -> None:
        text = para.text
        if not text.strip():
            if not para.extra and para.index is not None:
                self.blank_paragraphs.add(para.index)
            for extra in para.extra:
                self._text_box_line(extra, para.index)
            return
        for piece in [text] if "\n" not in text else [t for t in text.split("\n") if t.strip()]:
            if not self.first_text_seen and self.opening is None and len(piece.split()) <= 12 and not has_digit(piece):
                self.opening = piece.strip()
            if self._pending_label is not None and len(piece) < 200 and has_digit(piece):
                # "MEDICARE NUMBER" over "3HT6KP9WC18": the value is read before its caps could make it a heading
                core = strip_list_marker(piece.strip())[0].strip()
                if core and self._stacked_value(Line(piece, self.section, paragraph=para.index, para=para), core,
                                                split_labels(core)):
                    self.first_text_seen = True
                    continue
            if para.box is not None and self._box_label(piece, para.index):
                self.first_text_seen = True  # a form's caption box over its value (docx.blocks reads boxes in place)
                continue
            caption = strip_list_marker(piece.strip())[0].strip() if self.earlier_level is None else ""
            if len(piece) < 80 and caption and self._caption_under_sign_off(
                Line(piece, self.section, paragraph=para.index, para=para), caption, pending=True
            ):
                continue  # "Ana Ruiz<TAB>3/2/26" over "Client": a signer's caption, no client section
            if len(piece) < 48 and caption and self._signed_under_signer(
                Line(piece, self.section, paragraph=para.index, para=para), caption, pending=True
            ):
                continue  # "Jo Lee, MD" over "Electronically signed": her signature, no signatures section
            self._heading_look = para.look if para.bold or para.caps else None
            section = self._heading(para, piece) if len(piece) < 400 else None
            self._heading_look = None
            loc = make_loc(section=piece.strip(), paragraph=para.index, text=piece.strip())
            if (
                section is not None
                and not earlier_record(section.title or "")  # "Admission History and Physical" is no form label
                and self._stacked_label(section, piece, loc)
            ):
                self.first_text_seen = True
                continue  # "DATE OF BIRTH" over "08/27/1988": a form label, not a section
            if section is not None:
                self._enter(section, make_loc(section=piece.strip(), paragraph=para.index, text=piece.strip()))
                self._section_look = para.look if para.bold or para.caps else None
                number = re.match(r"\s*(\d{1,2})[.)]\s", piece)
                if number:  # "22. Goals / Rehab Potential": a numbered box of a form
                    self._section_number = int(number.group(1))
                self.first_text_seen = True
                continue
            if not self.first_text_seen:
                self.first_text_seen = True
                words = piece.split()
                if len(words) <= 15 and not split_labels(piece.strip())[0].label and self.title is None:
                    self.title = piece.strip()
                    self.title_loc = make_loc(section=self.title, paragraph=para.index, text=self.title)
                    if match_section(piece.strip()).key in (None, "title"):
                        continue
            piece = self._run_in_section(piece, para.index) or piece  # "Goals. Irene will walk ..." (docx.narrative)
            self.line(Line(piece, self.section, paragraph=para.index, para=para))
        before, extras = self.section, list(para.extra)
        if before.key in GOAL_SECTION_KEYS and len(extras) >= 2 and len(extras[0].split()) <= 6:
            # a floating box ("PHYSICIAN CERTIFICATION" over its statement and signer) anchored in the goals: its
            # lines are read under the box's own heading, and the body after it goes on under the goals
            named = match_section(extras[0].strip().rstrip(":"))
            if named.key not in (None, "title", *GOAL_SECTION_KEYS) and named.score >= 95:
                boxed = self._section_for(extras[0].strip(), level=before.level, strong=True)
                if boxed is not None and boxed.key not in GOAL_SECTION_KEYS:
                    head = extras.pop(0).strip()
                    self._enter(boxed, make_loc(section=head, paragraph=para.index, text=head))
        for extra in extras:
            self._text_box_line(extra, para.index)
        if before.key in GOAL_SECTION_KEYS and self.section is not before and len(para.extra) >= 2:
            self.section = before

    def line(self, line: Line) -> None:
        """Read one line of text (a paragraph, a cell line, or a form row)."""
        raw = line.text.strip()
        if not raw:
            return
        if self.earlier_level is not None:
            if not _RULE_LINE.fullmatch(raw):
                self.earlier_lines += 1
                return  # under an earlier record's heading (a past episode, a referral letter): nothing of the plan
            if self.earlier_lines == 0:
                return  # a rule straight under the record's heading: its underline
            # "-----" after the record's lines: a typed rule that closes the block, as an export sets blocks apart
            self.earlier_level = None
            return
        core, marker, depth = strip_list_marker(raw)
        core = core.strip()
        if not core or PAGE_MARK.fullmatch(core):
            return  # "— Page 2 of 3 —": a printed page break, not content
        if _RULE_LINE.fullmatch(raw):
            return  # "--------", "=======", "* * *": a typed rule between blocks of an export, not content
        if self.section.key == "signatures" or (_SIGN_WORD.search(core) and self._signing_zone()):
            core = ocr_letter_slips(core)  # an OCRed signature page: "C1ient signature: /s/ Renata 0kafor"
        self._line_before, self._line_now = self._line_now, (line, core)
        self._recent_lines = [*self._recent_lines[-4:], (line, core)]
        self._plan_statement(line, core)
        self._implied_goals(line, core, marker)
        if marker is not None and depth == 0 and self._section_number is not None:
            self._numbered_box(raw, marker)
        if self.section.key in GOAL_SECTION_KEYS and self.goal is not None and not element_label(core):
            core = dash_facts(core) or core  # "Baseline — 4 min.  Mastery — 15 min ...": a goal's facts with dashes
        segments = split_labels(core)
        self._note_soap(segments[0].label)  # "S:", "O:", "A:" captions: a SOAP note, whose "P:" is its plan
        if segments[0].label is None and ":" in core and self._signing_zone():
            segments = signer_segments(core)  # "Guardian (mother, legal guardian): Ottilie Vale  01/05/2026"
        if segments[0].label is None and marker and depth == 0 and re.fullmatch(r"\d{1,2}[.)]", marker):
            boxed = box_gap_pair(core)  # "13. Frequency / duration  3x wk x 4 wks": a form box's label, a gap, its value
            segments = [boxed] if boxed is not None else segments
        elif segments[0].label is None and len(segments) == 1 and "  " in core and core[:2].isupper():
            capsed = caps_gap_pair(core)  # "NEXT PROGRESS REVIEW  Jan 11, 2026": a label in capitals, a gap, its value
            segments = [capsed] if capsed is not None else segments
        first = segments[0]
        key = self.section.key
        if self._other_document_sign_off(line, first.label):
            self._free(line, raw)  # "Consent signed by: Ana Ruiz (client)" and its date: the consent's sign-off
            return
        if self._pending_label is not None and self._stacked_value(line, core, segments):
            return
        if self._pending_row is not None and self._row_values(line, core, segments):
            return  # "Member:<TAB>Date of Birth:" over "Ruth Espinal<TAB>02/27/1948"
        if self._mail_line(line, core):
            return  # a payer's e-mail pasted into the plan (see docx.fields.mail)

        if self._tab_signer_rows(line, core):  # "Physician<TAB>Signature<TAB>Date" over "Jo Lee, MD<TAB>/s/<TAB>1/2/26"
            return
        if self._awaiting_signer is not None and self._fill_awaiting_signer(line, core, segments):
            return
        if self._date_under_signature(line, core):  # "December 8, 2025" under "/s/ Jo Lee, PhD" and her title
            return
        if self._caption_under_sign_off(line, core):  # "Ana Ruiz<TAB>3/2/26" over "Client": the caption names the signer
            return
        if self._side_by_side_sign_offs(line, core):  # "Jo Lee, BCBA    11/10/2025    Ana Ruiz (guardian)    11/10/2025"
            return
        if self._column_sign_off(line, core):  # "COUNSELOR      Jo Lee, SUDCC  e-signed 02/02/2026 14:20"
            return
        ticked = self._ticked_sign_off(core)  # "☒ Client signed: Ana Ruiz   Date: 01/16/2026"
        if ticked is not None:
            core = ticked
            segments = split_labels(core)
            first = segments[0]
        if _CLOSING.fullmatch(core) or (raw == "--" and self._signing_zone()):
            # "Sincerely," / "Respectfully," / an e-mail's "--" signature delimiter: the signer's block follows
            self._enter(Section(core if core != "--" else "Signature", "signatures", 30), line.loc(core))
            return
        attest = _ATTESTATION.match(core) if key != "signatures" else None
        if attest and self._signing_zone():
            # "PHYSICIAN CERTIFICATION: I certify the need for these services ...": the signature lines follow
            label = attest.group("label") or attest.group("label2")
            title = (label or "Attestation").strip()
            held = self.signature_role  # "Referring/certifying provider" over the statement and its signature line
            self._enter(Section(title, "signatures", 30), line.loc(core))
            if label and normalize_signature_role(title) != "other":
                self.signature_role = title
            elif held is not None and self.signature_role is None:
                self.signature_role = held
            if label and looks_like_signature(None, core) and self._signature_line(line, core, segments, role_line=True):
                return  # "Physician review: I have reviewed this plan.  Dr. Jo Lee, MD — signed 02/16/2026"
            if label is None and self._statement_then_sign_off(line, core, segments):
                return  # "I certify the need for these services. Physician: Naomi Fairbanks, DO  Date: 07/09/2026"
            self._free(line, raw)
            return

        # an unknown sub-heading inside goals or signatures (kept as content by _section_for)
        if key == "signatures" and self._signer_heading(core, segments):
            return
        if key in GOAL_SECTION_KEYS and self._anchor_line(core):
            return
        if self._signer_sentences(line, core):  # "Signatures. Client: Ana Ruiz, 02/09/2026. Counselor: ..."
            return
        if self._signed_list(line, core):  # "Signed: Jo Lee, LCSW 03/10/2025; client Ana Ruiz 03/10/2025"
            return
        if key != "signatures":
            self._certifier_heading(core, segments)  # "Certifying practitioner" over the lines it signs

        role_line = first.label is not None and (
            (key == "signatures" and is_role_label(first.label))
            or (looks_like_signature(None, core) and is_role_label(first.label))
            or self._sign_off_line(core, segments)
        )
        if (
            looks_like_signature(first.label, core)
            or role_line
            or (len(segments) > 1 and any(is_signature_label(s.label) for s in segments[1:]))
            or (key == "signatures" and self._signature_like(core, segments))
            or (first.label is None and self._sign_off_line(core, segments))
        ):
            if self._signature_line(line, core, segments, role_line=role_line):
                return

        self.note_date_column(line, core)  # "Target Date" alone over a nested table's goal rows (docx.goals)
        self.statement_before_facts(line, core)  # a goal's line over its "Baseline: ... | Status: ..." line (docx.goals)
        if "\t" in core and self._tabbed_goal_row(line, core):
            return  # "Objective<TAB>Target date" over its rows: a table typed with tab stops or nested in a cell
        if "\t" in core and self._dx_table_scope(line, core):
            return  # "Diagnosis<TAB>Code" in a layout cell: the nested table's rows below are diagnoses
        if "\t" in core and self._service_header(core, line.loc(core)):
            # "CPT<TAB>Service<TAB>Frequency": the header of the service lines below, its columns kept for them (a row
            # is read as a table's row: fields.services)
            self._free(line, raw)
            return
        label = element_label(core) or self._bare_objective(core)
        if label is not None:
            self._element(label, line, core, segments, marker, depth)
            return

        if (
            first.label is None
            and len(segments) > 1
            and key in GOAL_SECTION_KEYS + ("interventions",)
            and not self.pending_statement
            and self._text_with_facts(line, segments, marker, depth)
        ):
            return

        if self.pending_statement and len(segments) == 1 and STATEMENT_LABEL.match(core):
            self._fill_statement(line, core)  # "Problem 1" over "Problem statement: ..."
            return

        if first.label is not None and self._section_named_value(line, segments):
            return  # "Plan: therapeutic exercise 97110, ...": the treatments under a run-in section title
        if first.label is None and len(segments) == 1 and self._gapped_section_value(line, core):
            return  # "12. Plan  Therapeutic exercise (97110), ...": a form item's title, a wide gap, the treatments
        if first.label is None and len(segments) == 1 and self._gapped_assessment(line, core):
            return  # "Assessment  Vineland-3, 02/20/2026: ABC 71": the label, a wide gap, the instrument

        if (
            first.label is not None
            and key not in GOAL_SECTION_KEYS + ("signatures", "client", "provider", "services", "frequency")
            and self._discipline_orders(line, core)
        ):
            return  # "SN: teach insulin pen use ... MSW: transportation resources. HHA: bathing.": each discipline's work

        if any(seg.label for seg in segments) and self._fields(line, segments, core):
            self._run_on_review(line, segments)  # "Date of plan: 2/10/2026.  Plan will be reviewed by 8/3/2026."
            return

        if self.pending_statement and key in GOAL_SECTION_KEYS + ("interventions", None, "title"):
            self._fill_statement(line, core)
            return

        if self._by_section(line, core, marker, depth):
            # "Ana Ruiz (DOB 3/2/56, Medicare 5RJ8HD3WM14) ... diagnosis is PTSD (F43.12)": a line read for its
            # section's element may still carry the client's identifiers (fields still empty only)
            # (under the plan's title or no heading, no element owns a date labelled in brackets: "whom I evaluated
            # today (first treatment 01/12/2026) after ... fracture (S42.201D)" dates the first treatment in a letter)
            self._inline(line, core, dates=False, bracketed_dates=key in (None, "title"))
            if key not in GOAL_SECTION_KEYS + ("interventions", "review"):
                # "... 97153 18 hours per week. Progress will be reviewed and the plan updated by 08/28/2026."
                self._review_statement(line, core)
            return
        self._inline(line, core)
        self._free(line, raw)

    def _implied_goals(self, line: Line, core: str, marker: str | None) -> None:
        """ "1. Tamara will stop using fentanyl." then "1.1 Tamara will provide ... by 10/31/2026" with no heading above
        them: a numbered list that opens with the client's "will" statement, under the plan's title and before any
        goal, is the plan's goals (its sub-numbered items their objectives). The section keeps the title it is under."""
        if (
            self.section.key not in (None, "title")
            or self.problems
            or line.table is not None
            or marker is None
            or re.fullmatch(r"\(?1[.)]", marker) is None
            or _CLIENT_WILL.match(core) is None
        ):
            return
        self._enter(Section(self.section.title, "goals", self.section.level, "numbered client statements"), line.loc(core))

    def _numbered_box(self, raw: str, marker: str) -> None:
        """ "22. Goals ..." then unnumbered goals, then "23. Verbal SOC: ...": a number that continues the
        heading's own numbering (a form's box numbers) ends that heading's section."""
        number = re.match(r"\(?(\d{1,2})", marker)
        if number is None or self._numbered_items:
            return
        if int(number.group(1)) <= (self._section_number or 0):
            self._numbered_items = True  # the section numbers its own items ("1.", "2." under "3. Goals")
            return
        self.section = Section(raw.strip()[:80], None, self.section.level)
        self._section_number = int(number.group(1))

    def _by_section(self, line: Line, core: str, marker: str | None = None, depth: int | None = None) -> bool:
        """Read unlabelled text by what its section is about; False when the section makes nothing of it."""
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
        }.get(self.section.key or "")
        if self.section.key in _STRAY_DIAGNOSIS_SECTIONS and self._stray_diagnosis(line, core):
            if self.section.key != "presenting_problem":
                return True
        if earlier_episode_line(core) and self.section.key not in (*GOAL_SECTION_KEYS, "diagnosis"):
            self._free(line, core)  # "Prior therapy: PT in 2023, 2x/week for 8 weeks": an earlier episode's services
            return True
        if handler is not None and handler(line, core, marker, depth):
            return True
        if handler is None and self._item_under_goal(line, core, marker, depth):
            return True  # "Goal 1: ..." under the plan's title, then "• Reduce panic attacks ...": its objectives
        if handler is None and self.section.key != "signatures" and self._narrative_line(line, core):
            return True
        if self.section.key in GOAL_SECTION_KEYS and self._coded_order(line, core):
            return True  # "PT 2x/wk x 12 wks (97110, 97112, 97116)" under the goals: the services ordered
        return self._review_statement(line, core)

    def _stray_diagnosis(self, line: Line, core: str) -> bool:
        """A diagnosis outside a diagnosis section: a line that starts with a dotted ICD-10-CM code and its name
        ("F84.0 Autistic disorder; diagnosed ..."), or a sentence with a diagnostic phrase and a code ("She meets
        DSM-5 criteria for major depressive disorder (F33.1)")."""
        if not has_digit(core):
            return False
        led = _SHORT_LEAD.match(core)  # "A: f41.1 Generalized anxiety disorder (primary). Worry maintained by ..."
        if _CODE_FIRST.match(core):
            found = parse_diagnoses(core)
        elif led and _CODE_FIRST.match(core, led.end()):
            found = parse_diagnoses(re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", core[led.end() :])[0])
        else:
            found = prose_diagnoses(core) or _marked_code_first(core)
        known = {d.code for d in self.diagnoses}
        found = [d for d in found if d.code and d.code not in known]
        if not found:
            return False
        self._add_diagnoses(found, line.loc(core))
        return True

    def page_line(self, kind: str, text: str) -> None:
        """A line of a page header or footer: only a sign-off (footers) or the client's identifiers are read.

        Letterheads, page numbers and confidentiality notices are left alone; a field already read from the
        body is never replaced. The location names the part ("Page footer") and has no paragraph index.
        """
        core = strip_list_marker(text.strip())[0].strip()
        if not core:
            return
        section = Section("Page footer" if kind == "footer" else "Page header", None)
        line = Line(core, section)
        segments = split_labels(core)
        saved = self.section
        self.section = section
        try:
            if kind == "footer" and looks_like_signature(segments[0].label, core):
                self._signature_line(line, core, segments)
                return
            for seg in segments:
                key = field_key(seg.label) if seg.label and seg.value else None
                if key is not None and (key.startswith("patient.") or key == "document_date"):
                    self._apply_label(line, seg, segments, 0)
            previous, self._page_previous = self._page_previous, core
            if (
                self.patient.name is None
                and previous is not None
                and _RECORD_NAME.fullmatch(previous)
                and _IDENTIFIER_LINE.match(core)
            ):
                # "QUIST, HERBERT" above "MRN: E3318207" / "DOB: 6/23/1947": an EHR banner names the client
                self._apply_label(Line(previous, section), Segment("Patient", previous, 0, 0), [], 0)
            banner = re.match(rf"\s*(?P<name>{_RECORD_NAME.pattern})\s*(?:\s{{2}}|[|•])\s*", core)
            if self.patient.name is None and banner is not None and _IDENTIFIER_LINE.match(core[banner.end() :]):
                # "DOMINGUEZ, ROSA M  MRN: 00482911  DOB: 7/22/1951": the banner's name, on the identifiers' line
                name = banner.group("name")
                self._apply_label(line, Segment("Patient", name, 0, banner.start("name")), [], 0)
            self._inline(line, core, dates=False)
        finally:
            self.section = saved

    def _drop_other_documents_signatures(self) -> None:
        """A plan pasted after another document ("Comprehensive Intake Assessment ... Owen Thibodeaux, LCSW 05/11/2026",
        then "TREATMENT PLAN"): the signatures read under that document's title sign it, not the plan."""
        if not self._plan_title_after_signatures:
            return
        self.signatures[:] = [
            s for s in self.signatures
            if s.source is None
            or not _OTHER_DOCUMENT.search(s.source.section or "")
            or _NAMES_PLAN_DOCUMENT.search(s.source.section or "")
        ]

    def plan(self) -> TreatmentPlan:
        self._drop_other_documents_signatures()
        self._author_without_role()  # "signed: J. Okonkwo  3/9/26", the plan's only signer (see docx.signatures)
        self._patient_by_shorthand()  # "Pt: Denise Carmody  3/9/26" is the client's signature (see docx.signatures)
        self._own_kind_dates()  # "Update: 06/03/2026" atop a "Treatment Plan Update" (see docx.fields.dates)
        self._inferred_plan_date()  # "This plan of care was established at the evaluation." (see docx.fields.dates)
        self._plan_date_at_evaluation()  # a certification from the evaluation's day, before a lone date line
        if self.date_line is not None and "plan_date" not in self.plan_fields:
            self._set_plan("plan_date", *self.date_line)  # a letter dated at the top, with no other plan date
        self._finish_plan_facts()  # see docx.fields.dates
        program = self.plan_fields.get("program")
        if "level_of_care" not in self.plan_fields and isinstance(program, str) and _LEVEL_OF_CARE.search(program):
            # "Program: Residential Level 1" states the level of care the plan is written for
            self._set_plan("level_of_care", program, self.plan_sources["program"])
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
        self._statement_criteria(problems)  # "... with 90% fidelity across 3 sessions" (see docx.goals)
        self._hours_by_heading()  # "Services requested per week" over "97153 | 10 hours" (see fields.services)
        self._drop_kind_of_care()  # "Service: Outpatient psychotherapy" beside the client's name (see fields.services)
        services = [
            s for s in self.services if s.code or s.description or s.frequency or s.amount or s.hours_per_week
        ]
        discipline, why = infer_discipline(
            stated=self.discipline_stated,
            title=self.title,
            program=self.plan_fields.get("program"),  # type: ignore[arg-type]
            service_codes=[s.code for s in services if s.code]
            + [i.service_code for _, i in all_interventions(problems, self.interventions) if i.service_code],
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


_LEADING_FORM_FIELD = re.compile(r"\s*(?P<name>\[[^\[\]\n]{2,42}\])\s*(?::\s*)?")


def _form_field_line(text: str) -> str:
    """A line led by a web form's bracketed field name with the label written out: "[Frequency] ☒ Weekly" ->
    "Frequency: ☒ Weekly", "[ClientFullName]" -> "Client Full Name" (docx.labels.form_field_label)."""
    lead = _LEADING_FORM_FIELD.match(text)
    if lead is not None and is_image_mark(lead.group("name")):
        return text  # "[signature image]": where a signature image sits (a picture read so), no field name
    label = form_field_label(lead.group("name")) if lead is not None else None
    if lead is None or label is None:
        return text
    rest = text[lead.end() :]
    return f"{label}: {rest}" if rest.strip() else label


def _spread_run_ons(block: Block) -> Block:
    """A paragraph of run-on labels spread into label/value segments (docx.label_split.spread_run_on_labels); a
    web form's bracketed field names, in paragraphs and table cells, written as labels (_form_field_line)."""
    if isinstance(block, Table):
        changed = False
        rows = []
        for row in block.rows:
            cells = []
            for cell in row.cells:
                lines = [_form_field_line(line) for line in cell.lines]
                changed = changed or lines != cell.lines
                cells.append(dataclasses.replace(cell, lines=lines))
            rows.append(dataclasses.replace(row, cells=cells))
        return dataclasses.replace(block, rows=rows) if changed else block
    if not isinstance(block, Para):
        return block
    text = spread_run_on_labels(_form_field_line(block.text))
    return block if text == block.text else dataclasses.replace(block, text=text)


def build_plan(blocks: list[Block], pages: Sequence[tuple[str, list[str]]] = ()) -> TreatmentPlan:
    """Read the body's blocks, then the page headers and footers (("header" | "footer", lines) pairs)."""
    builder = PlanBuilder()
    # a fax machine's transmission line or a RECEIVED stamp in a page header: the date of sending, not of the plan
    pages = [(kind, [text for text in lines if not is_fax_stamp(text)]) for kind, lines in pages]
    # page headers printed again on each page and page numbers (docx.page_repeats); tables typed with spaces or
    # tabs (docx.text_columns); e-mail and PDF pastes: one sentence cut into paragraphs (docx.unwrap)
    unpaged, page_numbers = drop_page_numbers(drop_repeated_page_headers(blocks))
    builder.blank_paragraphs.update(page_numbers)
    # EHR prints with labels run into their values ("Frequency:WeeklyDuration:6 months": docx.label_split)
    unpaged = [_spread_run_ons(block) for block in unpaged]
    body = transpose_goal_columns(unwrap_paragraphs(text_tables(join_tab_row_wraps(unpaged))))
    kept: list[Block] = []  # the blocks outside earlier records (a past episode, a referral letter on file)
    for block in body:
        builder.add_block(block)
        if builder.earlier_level is None:
            kept.append(block)
    seen: set[str] = set()
    for kind, lines in pages:
        for text in lines:
            if text not in seen:
                seen.add(text)
                builder.page_line(kind, text)
    missing = builder.missing_basic_facts()
    if missing:
        # a basic fact in a layout the structured pass does not know (see docx.fields.fallback)
        builder._fill_basic_facts(basic_facts(kept, pages, missing))
    plan = builder.plan()
    # grids of goals side by side were read turned: their cells' locations are the document's again
    turned = {
        b.index: b.turned_from for b in body if isinstance(b, Table) and b.turned_from is not None and b.index is not None
    }
    turn_back_locations(plan, turned)
    return plan
