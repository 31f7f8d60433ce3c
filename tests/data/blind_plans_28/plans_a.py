# ---------------------------------------------------------------- labels and self-checks
BASE_K = ["field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
          "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"]
KINDS = {
    "medicare-psychotherapy": BASE_K + ["credential-missing", "signature-missing", "duration-exceeds-limit",
        "duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
        "objective-not-measurable", "objective-not-time-bound", "plan-outdated", "amount-missing",
        "frequency-missing"],
    "base-treatment-plan": BASE_K,
    "medicare-outpatient-therapy": BASE_K + ["signature-missing", "duration-missing", "goal-not-measurable",
        "goal-missing", "intervention-missing", "credential-not-permitted", "signature-late", "plan-late",
        "review-interval-exceeded", "review-overdue", "frequency-missing"],
    "medicare-home-health": BASE_K + ["duration-missing", "goal-not-measurable", "goal-missing",
        "intervention-missing", "credential-not-permitted", "signature-missing", "review-interval-exceeded",
        "review-overdue", "frequency-missing"],
    "commercial-aba": BASE_K + ["assessment-missing", "assessment-outdated", "caregiver-goal-missing",
        "signature-missing", "diagnosis-not-covered", "duration-exceeds-limit", "baseline-missing",
        "goal-not-measurable", "goal-missing", "goal-not-time-bound", "review-date-missing",
        "review-interval-exceeded", "amount-missing"],
    "pa-55-5200": ["field-missing", "signature-missing", "duration-missing", "goal-missing",
        "intervention-missing", "objective-missing", "plan-late"],
    "tx-26tac-564": ["signature-missing", "duration-missing", "goal-missing", "intervention-missing",
        "objective-not-measurable", "objective-missing", "objective-not-time-bound", "frequency-missing"],
    "fl-65d-30": ["field-missing", "signature-missing", "goal-missing", "intervention-missing",
        "objective-not-measurable", "objective-missing", "objective-not-time-bound", "plan-late",
        "frequency-missing", "signature-late"],
    "ny-oasas-818": ["field-missing", "signature-missing", "diagnosis-missing", "goal-missing",
        "intervention-missing", "signature-late", "plan-late"],
    "ca-title9-ntp": ["field-missing", "signature-missing", "goal-missing", "objective-missing",
        "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
        "review-interval-exceeded", "review-overdue"],
}
DATE_KINDS = {"date-inconsistent", "plan-outdated", "duration-exceeds-limit", "plan-late", "signature-late",
              "review-interval-exceeded", "review-overdue", "assessment-outdated"}
FL_LEVEL_DAYS = {"residential level 2": 15, "residential level 1": 7, "intensive inpatient": 3,
                 "day or night treatment": 10}


def add_months(d, m):
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def date_kinds(payer, states, f):
    """What the documented rules say about the plan's dates (facts dict f)."""
    out = set()
    g = f.get
    plan, asof = g("plan"), g("as_of")
    sigs = g("sigs", [])
    # dates-consistent (base)
    if plan:
        for t in g("targets", []):
            if D(t) < D(plan):
                out.add("date-inconsistent")
        for role, sd in sigs:
            if sd and D(sd) < D(plan):
                out.add("date-inconsistent")
        for r in g("next", []):
            if D(r) < D(plan):
                out.add("date-inconsistent")
        if g("adm") and D(g("adm")) > D(plan):
            out.add("date-inconsistent")
    for role, sd in sigs:
        if sd and D(sd) > D(asof):
            out.add("date-inconsistent")
    if g("pstart") and g("pend") and D(g("pend")) < D(g("pstart")):
        out.add("date-inconsistent")

    def sig(role):
        return [sd for r, sd in sigs if r == role and sd]

    if payer == "medicare-psychotherapy":
        ref = max([plan] + g("done", [])) if plan else None
        if ref and days(ref, asof) > 365:
            out.add("plan-outdated")
        if g("dur_days") is not None and g("dur_days") >= 365:
            out.add("duration-exceeds-limit")
    if payer == "medicare-outpatient-therapy":
        ftx = g("ftx")
        if plan and ftx and days(ftx, plan) > 0:
            out.add("plan-late")
        for sd in sig("physician"):
            if days(ftx, sd) > 30:
                out.add("signature-late")
        nxt = sorted(g("next", []) + ([g("pend")] if g("pend") else []))
        if nxt and days(ftx or plan, nxt[0]) > 90:
            out.add("review-interval-exceeded")
        if (g("pend") and D(asof) > D(g("pend"))) or any(D(r) < D(asof) for r in g("next", [])):
            out.add("review-overdue")
    if payer == "medicare-home-health":
        anchor = g("ftx") or plan or g("pstart")
        nxt = sorted(g("next", []) + ([g("pend")] if g("pend") else []))
        if nxt and days(anchor, nxt[0]) > 60:
            out.add("review-interval-exceeded")
        if (g("pend") and D(asof) > D(g("pend"))) or any(D(r) < D(asof) for r in g("next", [])):
            out.add("review-overdue")
    if payer == "commercial-aba":
        if g("assess") and days(g("assess"), plan) > 365:
            out.add("assessment-outdated")
        if g("pstart") and g("pend") and D(g("pend")) > add_months(D(g("pstart")), 6):
            out.add("duration-exceeds-limit")
        if g("next") and days(plan, min(g("next"))) > 184:
            out.add("review-interval-exceeded")
    for st in states:
        if st == "pa-55-5200" and days(g("adm"), plan) > 30:
            out.add("plan-late")
        if st == "fl-65d-30":
            if days(g("adm"), plan) > FL_LEVEL_DAYS[g("level").lower()]:
                out.add("plan-late")
            for sd in sig("supervisor"):
                if days(plan, sd) > 10:
                    out.add("signature-late")
        if st == "ny-oasas-818":
            if days(g("adm"), plan) > 7:
                out.add("plan-late")
            for sd in sig("physician"):
                if days(g("adm"), sd) > 10:
                    out.add("signature-late")
        if st == "ca-title9-ntp":
            if days(g("adm"), plan) > 28:
                out.add("plan-late")
            if g("next") and days(g("adm"), min(g("next"))) > 92:
                out.add("review-interval-exceeded")
            if any(D(r) < D(asof) for r in g("next", [])):
                out.add("review-overdue")
            for sd in sig("supervisor") + sig("physician"):
                if days(plan, sd) > 14:
                    out.add("signature-late")
    return out


LABELS = []


def label(file, payer, as_of, gaps, notes, facts, states=(), unsure=(), fmt="docx"):
    states = list(states)
    kinds = set(KINDS[payer])
    for s in states:
        kinds |= set(KINDS[s])
    gap_kinds = {k for g in gaps for k in g}
    facts = dict(facts, as_of=as_of)
    got = date_kinds(payer, states, facts)
    want = {k for g in gaps for k in g if k in DATE_KINDS}
    assert got == want, (file, got, want)
    for u in unsure:
        assert u in kinds, (file, u)
    cw = ["--payer", payer]
    for s in states:
        cw += ["--state", s]
    cw += ["--as-of", as_of]
    LABELS.append({
        "file": file,
        "check_with": cw,
        "must_report": [sorted(g) for g in gaps],
        "must_not_report": sorted(kinds - gap_kinds - set(unsure)),
        "notes": notes + (" Left out of must_not_report (unsure): " + ", ".join(sorted(unsure)) + "." if unsure else ""),
        "_fmt": fmt, "_payer": payer, "_states": states,
    })


# ---------------------------------------------------------------- shared content
BOILER_CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline), call 911, or go to the "
                 "nearest emergency department. After-hours on-call clinician: 555-0199.")
BOILER_CONSENT = ("I participated in developing this plan. I understand that I may request changes at any time, "
                  "that I may refuse any part of treatment, and that information in this plan is protected under "
                  "42 CFR Part 2 and HIPAA and will not be released without my written consent except as allowed by law.")
BOILER_RIGHTS = ("A copy of the Client Rights and Grievance Procedure was offered. Grievances may be filed with the "
                 "Program Director in writing or by phone (555-0140). Retaliation for filing a grievance is prohibited.")


def psy_dep(t1, t2, t3):
    return [
        ("Reduce depressive symptoms so that client can return to part-time volunteer work.", [
            ("Client will reduce the PHQ-9 total score from 18 (intake) to 9 or below.", t1),
            ("Client will schedule and complete at least 3 pleasant or valued activities per week, recorded in an activity log.", t2)]),
        ("Restore a regular sleep pattern.", [
            ("Client will sleep at least 6 hours on 5 of 7 nights, as recorded in a sleep diary.", t3)]),
    ]


def psy_anx(t1, t2, t3):
    return [
        ("Decrease worry and physical anxiety that keep client from driving and shopping alone.", [
            ("Client will lower the GAD-7 score from 16 to 7 or less.", t1),
            ("Client will use one of two practiced coping skills (paced breathing, worry postponement) in at least 4 of 5 anxious episodes logged each week.", t2)]),
        ("Resume independent errands.", [
            ("Client will drive alone to the grocery store 2 times per week with a self-rated distress (SUDS) of 40 or lower.", t3)]),
    ]


def psy_ptsd(t1, t2, t3):
    return [
        ("Reduce trauma-related symptoms (nightmares, avoidance, hypervigilance).", [
            ("Client will reduce PCL-5 total from 52 to below 33.", t1),
            ("Client will report nightmares on 2 or fewer nights per week (baseline 5) on the weekly sleep log.", t2)]),
        ("Reconnect with family activities avoided since the accident.", [
            ("Client will attend at least 2 family outings per month without leaving early.", t3)]),
    ]
