"""Signature near misses, round 25: a pending or requested e-signature (a status cell beside the signer's name, a
value that opens with "PENDING", "Awaiting e-signature") is no signature; a caption "Client signature / date" under
a side-by-side line names one signer per column (a name typed under "Therapist signature" with no date stays
undated); one "Signed:" heading two name-and-date columns is two signers; a letter's closing ("Sincerely,") on the
signer's line is not part of the name.

Each change has a test of what it now reads and a near miss that must still read as before. Plans are built with
python-docx; names and wording are invented and differ from the blind sets."""

from __future__ import annotations

import datetime as dt

from authcheck.model import TreatmentPlan
from authcheck.readers.phrases import parse_signature, says_unsigned
from docx_helpers import read_blocks

_BODY = [
    "Outpatient Treatment Plan",
    "Client: Marisol Quintanilla-Roth    DOB: 05/30/1971",
    "Diagnosis: F41.1 Generalized anxiety disorder",
    "Goals",
    "Goal 1: Marisol will reduce her GAD-7 score from 16 to 8 or lower by 08/31/2026.",
    "Services",
    "Individual psychotherapy (90834), 45 minutes, weekly for 6 months.",
]

Block = str | list[list[str]]


def _read(blocks: list[Block]) -> TreatmentPlan:
    return read_blocks([*_BODY, *blocks])


def _sigs(plan: TreatmentPlan) -> list[tuple[str, str | None, dt.date | None, bool]]:
    return [(s.role, s.name, s.date, s.signed) for s in plan.signatures]


def _one(plan: TreatmentPlan, role: str):
    found = [s for s in plan.signatures if s.role == role]
    assert len(found) == 1, _sigs(plan)
    return found[0]


# --- pending and requested e-signatures ------------------------------------------------------------------------------


def test_awaiting_e_signature_after_the_name_is_unsigned() -> None:
    parsed = parse_signature(
        "Referring physician signature", "Tobias Wendt, DO - Awaiting e-signature (sent via portal 2026-04-02 09:15)"
    )
    assert parsed is not None
    assert (parsed.name, parsed.credential, parsed.signed) == ("Tobias Wendt", "DO", False)


def test_pending_status_with_a_request_sent_to_a_portal_is_unsigned_and_names_nobody() -> None:
    parsed = parse_signature("Physician signature", "Pending - electronic signature request sent to EHR inbox 04/02/2026")
    assert parsed is not None
    assert (parsed.name, parsed.signed) == (None, False)
    assert says_unsigned("Electronic signature PENDING") and says_unsigned("Pending")


def test_near_miss_an_e_signature_made_is_still_signed() -> None:
    parsed = parse_signature(
        "Referring physician signature", "Tobias Wendt, DO - Electronically signed 2026-04-02 09:15"
    )
    assert parsed is not None
    assert (parsed.name, parsed.date, parsed.signed) == ("Tobias Wendt", dt.date(2026, 4, 2), True)
    assert not says_unsigned("E-signed via portal")


def test_near_miss_a_sentence_about_signing_later_is_no_signature() -> None:
    assert parse_signature(None, "My signature means I helped write this plan and will be signed later") is None


def test_pending_line_under_the_named_physician_leaves_her_unsigned() -> None:
    plan = _read([
        "Certification",
        "Attending physician: Hildegard Osei, MD",
        "Physician signature: PENDING - e-signature request sent to physician portal 04/03/2026",
    ])
    physician = [s for s in plan.signatures if s.role == "physician"]
    assert physician and not any(s.signed for s in physician), _sigs(plan)


def test_near_miss_signed_line_under_the_named_physician_is_signed_and_dated() -> None:
    plan = _read([
        "Certification",
        "Attending physician: Hildegard Osei, MD",
        "Physician signature: Hildegard Osei, MD (e-signed via physician portal 04/03/2026)",
    ])
    physician = _one(plan, "physician")
    assert (physician.signed, physician.date) == (True, dt.date(2026, 4, 3)), _sigs(plan)


def test_status_cell_beside_the_approver_in_a_layout_table_leaves_him_unsigned() -> None:
    plan = _read([
        "Physician approval:",
        [["Approver", "Status", "Requested"], ["Anselm Krieger, MD (Medical Director)", "Electronic signature pending", "04/06/2026 10:40"]],
    ])
    physician = _one(plan, "physician")
    assert (physician.name, physician.signed, physician.date) == ("Anselm Krieger", False, None)


def test_near_miss_status_cell_that_says_signed_keeps_the_approver_signed() -> None:
    plan = _read([
        "Physician approval:",
        [["Approver", "Status", "Date"], ["Anselm Krieger, MD (Medical Director)", "E-signed", "04/06/2026"]],
    ])
    physician = _one(plan, "physician")
    assert (physician.name, physician.signed) == ("Anselm Krieger", True), _sigs(plan)


def test_near_miss_another_signers_pending_co_signature_does_not_unsign_the_approver() -> None:
    plan = _read([
        "Physician approval:",
        [["Approver", "Status", "Sent"], ["Anselm Krieger, MD (Medical Director)", "Co-signature pending", "04/06/2026"]],
    ])
    physician = _one(plan, "physician")
    assert (physician.name, physician.signed) == ("Anselm Krieger", True), _sigs(plan)


def test_near_miss_pending_status_in_the_next_row_belongs_to_that_rows_signer() -> None:
    plan = _read([
        "Physician approval:",
        [["Approver", "Status", "Date"], ["Anselm Krieger, MD (Medical Director)", "E-signed", "04/06/2026"],
         ["Ruth Adeyemi, MD (Psychiatrist)", "Pending", ""]],
    ])
    signed = {s.name: s.signed for s in plan.signatures}
    assert signed.get("Anselm Krieger") is True, _sigs(plan)
    assert signed.get("Ruth Adeyemi") is not True, _sigs(plan)


# --- captions under a side-by-side sign-off line ---------------------------------------------------------------------


def test_signer_caption_with_date_names_its_own_column_and_the_typed_name_stays_undated() -> None:
    plan = _read([
        "Client Participation",
        "I took part in writing this plan and may ask for changes at any time.",
        "Ignatius Fairweather, LPCC\t\t\t\tMarisol Quintanilla-Roth          04/14/2026",
        "Counselor signature\t\t\t\t\tClient signature / date",
    ])
    counselor = _one(plan, "clinician")
    assert (counselor.name, counselor.credential, counselor.date) == ("Ignatius Fairweather", "LPCC", None)
    client = _one(plan, "client")
    assert (client.name, client.date) == ("Marisol Quintanilla-Roth", dt.date(2026, 4, 14))


def test_near_miss_both_columns_dated_under_dated_captions() -> None:
    plan = _read([
        "Client Participation",
        "I took part in writing this plan and may ask for changes at any time.",
        "Ignatius Fairweather, LPCC   04/14/2026\t\t\tMarisol Quintanilla-Roth   04/15/2026",
        "Counselor signature / date\t\t\t\tClient signature / date",
    ])
    assert (_one(plan, "clinician").date, _one(plan, "client").date) == (dt.date(2026, 4, 14), dt.date(2026, 4, 15))


def test_near_miss_a_lone_name_over_one_caption_is_still_no_signature() -> None:
    plan = _read([
        "Client Participation",
        "I took part in writing this plan and may ask for changes at any time.",
        "Ignatius Fairweather",
        "Counselor signature / date",
    ])
    assert not any(s.date or s.name == "Ignatius Fairweather" and s.role == "clinician" and s.date for s in plan.signatures)
    assert all(s.date is None for s in plan.signatures), _sigs(plan)


# --- one "Signed:" over two signers side by side -------------------------------------------------------------------


def test_signed_heading_two_name_and_date_columns_is_two_signers() -> None:
    plan = _read(["Signed:  Marisol Quintanilla-Roth  04/14/2026      Ignatius Fairweather, LPCC  04/14/2026"])
    client, counselor = _one(plan, "client"), _one(plan, "clinician")
    assert (client.name, client.date) == ("Marisol Quintanilla-Roth", dt.date(2026, 4, 14))
    assert (counselor.name, counselor.credential, counselor.date) == ("Ignatius Fairweather", "LPCC", dt.date(2026, 4, 14))


def test_near_miss_signed_heading_with_the_counselor_undated_gives_no_dated_counselor() -> None:
    plan = _read(["Signed:  Marisol Quintanilla-Roth  04/14/2026      Ignatius Fairweather, LPCC"])
    assert not any(s.role == "clinician" and s.signed and s.date is not None for s in plan.signatures), _sigs(plan)


# --- a letter's closing on the signer's line --------------------------------------------------------------------------


def test_closing_then_signer_and_date_on_one_line_is_the_clinicians_signature() -> None:
    parsed = parse_signature(None, "Respectfully, Dagny Holmqvist, OTR/L   04/09/2026")
    assert parsed is not None
    assert (parsed.name, parsed.credential, parsed.date) == ("Dagny Holmqvist", "OTR/L", dt.date(2026, 4, 9))
    plan = _read(["Thank you for the referral.", "Sincerely, Dagny Holmqvist, OTR/L   04/09/2026"])
    clinician = _one(plan, "clinician")
    assert (clinician.name, clinician.date) == ("Dagny Holmqvist", dt.date(2026, 4, 9))


def test_near_miss_a_closing_sentence_without_a_signer_is_no_signature() -> None:
    assert parse_signature(None, "Thank you, we look forward to working with her") is None
    plan = _read(["Thank you, we look forward to working with Ms. Quintanilla-Roth."])
    assert plan.signatures == [], _sigs(plan)
