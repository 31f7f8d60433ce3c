"""Word (.docx) treatment plans: agency templates and EHR exports, in any of the common layouts.

Layouts read (each has fixtures in tests/readers/docx/):
1. sections under Word heading styles with "Label: value" paragraphs;
2. form tables: label/value header tables and goals/diagnosis/service/signature tables with a header row;
3. no heading styles: bold or ALL-CAPS titles, typed numbered and lettered lists;
4. EHR exports: "Problem #1:", "Long Term Goal:", "Short Term Objective 1.1:", "Electronically signed by ...";
5. narrative: prose under headings with synonyms ("Diagnostic Impression", "Plan/Strategies");
6. grid forms: boxes with the caption above the value (CMS-485 style), one big table holding the whole plan,
   label/value rows with several paragraphs in the value cell, sign-off lines without a signatures heading.

Modules (src/authcheck/readers/):
- docx.package: bounded, bomb-proof unzip; every XML part through the hardened parser of authcheck.xmlsafe. python-docx
  is not used at read time: its parser would be a second, unhardened one, and its objects are slow.
- docx.blocks: paragraphs and tables in body order, indexed in reading order (content controls included);
  docx.renumber turns the built plan's source locations into python-docx indexes.
- sections: section titles as written matched to canonical sections (rapidfuzz + synonyms).
- docx.labels, docx.label_split, readers.phrases: labels (and cutting a line into its labels and values), codes,
  diagnoses, signatures, services, assessments as written (readers.phrases is plain text, shared with FHIR).
- docx.tables: what a table is (goals, diagnoses, services, signatures, assessments, form, form columns, boxes,
  lines).
- docx.build (+ docx.state, docx.fields, docx.goals, docx.interventions, docx.signatures, docx.table_reader,
  docx.goal_tables, docx.record_tables, docx.cells): the builder; docx.fields reads plan-level facts, one
  module a job (labelled, parties, dates, diagnoses, services); docx.goal_tables reads goals tables and
  docx.record_tables diagnosis, service, signature and assessment tables; docx.cells reads form boxes (a
  caption line over its value) and multi-line form values; docx.signature_lines and docx.signature_tables
  read sign-offs written in lines and laid out in tables, and docx.signatures records them.
- docx.inline: facts written without a colon ("Jane Roe, born 05/09/1963. Medicare ID 6AX9JM2UW47.").
- docx.narrative: plans written as prose (goals announced in sentences, coded services in sentences, a letter's
  date line).
- page headers and footers: sign-off lines (footers) and client identifiers (both) are read from them; when the
  body leaves them unstated, also the basic facts of docx.fields.fallback (the client's name, birth date and member
  ID, the plan, admission and first-treatment dates, the level of care, the certification period). A fax machine's
  transmission line and a RECEIVED stamp are dropped (docx.page_repeats.is_fax_stamp).
- docx.discipline: the discipline, only from what the plan states.
"""

from __future__ import annotations

from authcheck.model import TreatmentPlan
from authcheck.readers.base import PlanReadError
from authcheck.readers.docx.blocks import note_lines, page_lines, read_body
from authcheck.readers.docx.build import build_plan
from authcheck.readers.docx.package import OLE2_MAGIC, ZIP_MAGIC, open_docx
from authcheck.readers.docx.renumber import renumber_for_python_docx

__all__ = ["DocxReader"]


class DocxReader:
    """Reads .docx treatment plans (and explains why a .doc or an encrypted Word file cannot be read)."""

    name = "docx"

    def sniff(self, head: bytes) -> bool:
        """A zip (a Word package, or something to refuse clearly) or an OLE2 file (.doc, encrypted .docx)."""
        if head.startswith(OLE2_MAGIC):
            return True
        # any zip: no other format is a zip, and a zip that is not a Word package deserves a clear message
        return head.startswith(ZIP_MAGIC)

    def read(self, data: bytes, path: str) -> TreatmentPlan:
        """Read the plan; PlanReadError with a one-line reason for anything that is not a readable .docx."""
        package = open_docx(data, path)
        try:
            notes = note_lines(package.load_note_parts()) if b"noteReference" in package.document_data else {}
            numbering = package.load_numbering() if b"numPr" in package.document_data else None
            blocks = read_body(package.document, package.load_styles, package.document_data, notes, numbering)
            pages = [(kind, page_lines(part)) for kind, part in package.load_page_parts()]
        except RecursionError as exc:
            raise PlanReadError(path, "document is nested too deeply") from exc
        plan = build_plan(blocks, pages)
        renumber_for_python_docx(plan, blocks)
        return plan
