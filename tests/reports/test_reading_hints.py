"""Reading hints (authcheck.unread): a finding that something is missing points at the lines the reader could not
place that look like it, in JSON (`unread`), the text report ("Check:"), HTML and Word comments ("Check first:").
A hint never changes a finding's kind, severity or the plan's status.

Plans are built as models (no reader involved), so each test says exactly which free-text lines are there.
"""

from __future__ import annotations

import datetime as dt

from authcheck.api import load_library, select_profiles
from authcheck.engine import build_report
from authcheck.findings import PlanReport
from authcheck.model import SourceLocation, TreatmentPlan
from authcheck.model.plan import TextBlock
from authcheck.reports.html import render_html
from authcheck.reports.text import render_text

AS_OF = dt.date(2026, 2, 1)


def _plan(*lines: tuple[str, str]) -> TreatmentPlan:
    """A plan read with nothing but free-text lines (section, text), numbered as paragraphs."""
    return TreatmentPlan(
        plan_date=dt.date(2026, 1, 10),
        free_text=[
            TextBlock(heading=section, text=text, source=SourceLocation(section=section, paragraph=20 + i, text=text))
            for i, (section, text) in enumerate(lines)
        ],
    )


def _report(plan: TreatmentPlan, payer: str = "medicare-psychotherapy", states: tuple[str, ...] = ()) -> PlanReport:
    profiles = select_profiles(load_library(), payer=payer, states=list(states), as_of=AS_OF)
    return build_report(plan, "plan.docx", "docx", profiles, AS_OF)


def _signature_findings(report: PlanReport) -> list:
    return [f for f in report.findings if f.kind == "signature-missing"]


def test_a_signed_line_the_reader_could_not_place_is_a_hint() -> None:
    plain = _report(_plan())
    hinted = _report(_plan(("Sign-off", "Therapist J. Okafor, LPC — signed 01/12/2026")))
    assert [(f.kind, f.severity) for f in hinted.findings] == [(f.kind, f.severity) for f in plain.findings]
    assert hinted.status == plain.status
    clinician = [f for f in _signature_findings(hinted) if f.rule == "clinician-signature"]
    assert clinician and [u.paragraph for u in clinician[0].unread] == [20]


def test_lines_that_are_no_signature_give_no_hint() -> None:
    report = _report(_plan(
        ("Signatures", "Therapist signature: ______________________  Date: 01/12/2026"),  # a blank line to sign
        ("Signatures", "Sent to physician for signature 01/12/2026 via fax"),  # says it is not signed
        ("History", "Client signed a release of information"),  # no date
    ))
    assert all(not f.unread for f in _signature_findings(report))


def test_a_hint_names_the_signer_the_rule_asks_for() -> None:
    lines = (("Sign-off", "Therapist J. Okafor, LPC — signed 01/12/2026"),)
    report = _report(_plan(*lines), "base-treatment-plan", ("pa-55-5200",))
    client = [f for f in _signature_findings(report) if f.rule.startswith("client-signature")]
    assert client and all(not f.unread for f in client)  # the therapist's line is no client signature
    lines += (("Sign-off", "Client: Dana Whitlow — signed on tablet 01/12/2026"),)
    report = _report(_plan(*lines), "base-treatment-plan", ("pa-55-5200",))
    client = [f for f in _signature_findings(report) if f.rule.startswith("client-signature")]
    assert client and [u.paragraph for u in client[0].unread] == [21]


def test_reports_show_the_hint_and_json_carries_it() -> None:
    report = _report(_plan(("Sign-off", "Therapist J. Okafor, LPC — signed 01/12/2026")))
    text = render_text([report], width=200).plain
    assert 'Check:' in text and '"Therapist J. Okafor, LPC — signed 01/12/2026" (paragraph 21)' in text
    assert "Check first:" in render_html([report])
    payload = report.model_dump(mode="json")
    hinted = [f for f in payload["findings"] if f["unread"]]
    assert hinted and hinted[0]["unread"][0]["paragraph"] == 20
    assert all(f["unread"] == [] for f in payload["findings"] if f["kind"] != "signature-missing")


def test_a_code_on_a_line_of_its_own_in_the_diagnosis_section() -> None:
    from authcheck.model import Diagnosis

    def report(*lines: tuple[str, str]) -> PlanReport:
        plan = _plan(*lines)
        plan.diagnoses = [Diagnosis(
            description="Major depressive disorder, recurrent, moderate",
            source=SourceLocation(section="Diagnosis", paragraph=5, text="Major depressive disorder, recurrent, moderate"),
        )]
        return _report(plan)

    hinted = report(("Diagnosis", "ICD-10-CM F33.1 (per intake)"), ("Family history", "Mother: F32.9"))
    missing = [f for f in hinted.findings if f.kind == "diagnosis-code-missing"]
    assert missing and [u.paragraph for u in missing[0].unread] == [20]
    # near miss: a code only in another section (family history) is no hint
    plain = report(("Family history", "Mother: F32.9"))
    assert all(not f.unread for f in plain.findings if f.kind == "diagnosis-code-missing")
