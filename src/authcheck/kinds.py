"""The finding-kind vocabulary: stable names users, audits and dashboards count by. Add kinds; never rename."""

from __future__ import annotations

__all__ = ["FINDING_KINDS"]

FINDING_KINDS: dict[str, str] = {
    "diagnosis-missing": "The plan states no diagnosis.",
    "diagnosis-code-missing": "A diagnosis is described but has no ICD-10-CM code.",
    "diagnosis-code-invalid": "A diagnosis code is not an ICD-10-CM code.",
    "diagnosis-code-not-billable": "A diagnosis code is an ICD-10-CM category, not a billable (fully specified) code.",
    "diagnosis-not-covered": "The diagnosis is not one the payer covers for this service.",
    "goal-missing": "The plan states no goals.",
    "goal-not-measurable": "A goal says neither what will be measured nor the level to reach.",
    "goal-not-time-bound": "A goal has no target date or time frame.",
    "objective-missing": "A goal has no objectives.",
    "objective-not-measurable": "An objective says neither what will be measured nor the level to reach.",
    "objective-not-time-bound": "An objective has no target date or time frame.",
    "baseline-missing": "A goal or objective does not record its starting level.",
    "intervention-missing": "The plan states no interventions or services.",
    "frequency-missing": "A service does not say how often it is provided.",
    "amount-missing": "A service does not say how much per session (session length or units).",
    "duration-missing": "The plan does not say how long treatment will last.",
    "duration-exceeds-limit": "The plan's duration or period is longer than the payer allows.",
    "review-date-missing": "The plan sets no date for its next review or recertification.",
    "review-interval-exceeded": "The next review or recertification is further away than allowed.",
    "review-overdue": "A review or recertification date has passed without a recorded review.",
    "plan-late": "The plan was completed later than allowed after admission or first treatment.",
    "plan-outdated": "The plan is older than the payer accepts on the date of service.",
    "signature-missing": "A required signature is absent, blank or undated.",
    "signature-late": "A required signature is dated later than allowed.",
    "credential-missing": "A required signer's credential is not written with the signature.",
    "credential-not-permitted": "The signer's credential is not one the requirement permits.",
    "assessment-missing": "A required standardized assessment is not recorded.",
    "assessment-outdated": "The latest standardized assessment is older than allowed.",
    "caregiver-goal-missing": "No goal involves caregiver (parent) training.",
    "service-code-invalid": "A service code is not a well-formed CPT or HCPCS code.",
    "identifier-invalid": "An identifier (e.g. an NPI) is malformed or fails its check digit.",
    "field-missing": "A required field (client, dates, identifiers...) is absent.",
    "date-inconsistent": "Dates in the plan contradict each other.",
    "readability": "Goals and objectives the client reads are written above the plain-language grade level.",
}
