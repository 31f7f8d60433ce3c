"""Plan-level facts of a Word plan: labelled fields ("Date of Birth:", "Next Review Date:") and the unlabelled
text of the diagnosis, services, duration, review, presenting-problem and assessment sections.

`FieldsMixin`, a mixin of the DOCX plan builder (see docx.build), puts together one mixin per job: `labelled`
(which field a label fills, in the layouts forms use), `parties` (client, payer, providers), `dates` (plan
dates, period, duration, reviews), `diagnoses` (diagnoses, presenting problem, assessments), `services`
(services, their quantities, listed treatments) and `mail` (a payer's e-mail pasted into the plan). They read and
write the builder's state (docx.state) and call each other through `self`.
"""

from __future__ import annotations

from authcheck.readers.docx.fields.dates import DateFieldsMixin
from authcheck.readers.docx.fields.diagnoses import DiagnosisFieldsMixin
from authcheck.readers.docx.fields.fallback import FallbackFieldsMixin
from authcheck.readers.docx.fields.labelled import LabelledFieldsMixin
from authcheck.readers.docx.fields.mail import PastedMailMixin
from authcheck.readers.docx.fields.parties import PartyFieldsMixin
from authcheck.readers.docx.fields.services import ServiceFieldsMixin

__all__ = ["FieldsMixin"]


class FieldsMixin(
    LabelledFieldsMixin,
    PartyFieldsMixin,
    DateFieldsMixin,
    DiagnosisFieldsMixin,
    ServiceFieldsMixin,
    FallbackFieldsMixin,
    PastedMailMixin,
):
    """Plan-level facts: labelled fields and the unlabelled text of the sections about the plan as a whole."""
