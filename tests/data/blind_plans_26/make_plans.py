#!/usr/bin/env python3
"""Blind set 26: treatment plans as EHRs export them (FHIR R4 JSON/XML, C-CDA R2.1, DOCX prints).

Deterministic: run with /work/main/.venv/bin/python make_plans.py; writes every plan file and labels.json
next to this script. Everything is invented (patients, clinicians, agencies, NPIs, member IDs).
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
import uuid
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent
NS = uuid.UUID("6f1c2a4e-9b7d-4c3e-8a51-26b1a5e0c026")

# ---------------------------------------------------------------- helpers

def D(s):
    return dt.date.fromisoformat(s) if isinstance(s, str) else s


def us(d):  # 03/02/2026
    d = D(d)
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def longd(d):  # March 2, 2026
    d = D(d)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def hl7(d, t=None):  # 20260302 or 20260302143000-0500
    d = D(d)
    s = d.strftime("%Y%m%d")
    return s + (t + "-0500" if t else "")


def iso_dt(d, t="09:00:00"):
    return f"{D(d).isoformat()}T{t}-05:00"


def npi(base9: str) -> str:
    """NPI with a valid Luhn check digit over the 80840 prefix."""
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n: str) -> bool:
    return bool(re.fullmatch(r"\d{10}", n)) and npi(n[:9]) == n


def bad_npi(base9: str) -> str:
    good = npi(base9)
    return base9 + str((int(good[-1]) + 3) % 10)


def uid(*parts) -> str:
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


assert npi("123456789") == "1234567893"  # the example in rules/npi-valid.yaml

# ICD-10-CM codes used, confirmed with `authcheck codes` (2026 code set)
BILLABLE = {"F33.1", "F41.1", "F43.10", "F43.12", "F32.1", "F43.23", "F84.0", "F84.9", "F10.20", "F11.20",
            "F15.20", "F12.20", "F14.20", "M17.11", "Z96.651", "M54.50", "R26.81", "I69.351", "R13.12",
            "R47.01", "J44.1", "I50.22", "L89.153", "E11.9", "Z47.1", "F90.2", "M75.121", "S42.201D",
            "G20.A1", "Z74.09", "E11.621", "L97.419", "Z79.4", "I10", "F17.210", "F40.10", "F33.41",
            "F60.3", "I63.9", "R48.8"}
CATEGORY_ONLY = {"F43.1", "G20"}            # valid but not billable
INVALID = {"F41.10", "F33.10", "309.81"}    # not ICD-10-CM codes

PROFILE_KINDS = {
    'base-treatment-plan': {
        '1': {'client-identifiers': ('field-missing', 'error'), 'dates-consistent': ('date-inconsistent', 'warning'), 'diagnosis-code-billable': ('diagnosis-code-not-billable', 'error'), 'diagnosis-code-present': ('diagnosis-code-missing', 'error'), 'diagnosis-code-valid': ('diagnosis-code-invalid', 'error'), 'diagnosis-present': ('diagnosis-missing', 'error'), 'npi-valid': ('identifier-invalid', 'warning'), 'plan-date-present': ('field-missing', 'error'), 'readability': ('readability', 'info'), 'service-code-format': ('service-code-invalid', 'error')},
    },
    'ca-title9-ntp': {
        'current': {'admission-date-present': ('field-missing', 'error'), 'clinician-signature': ('signature-missing', 'error'), 'goals-present': ('goal-missing', 'error'), 'objectives-present': ('objective-missing', 'error'), 'objectives-time-bound': ('objective-not-time-bound', 'error'), 'physician-signature': ('signature-missing', 'error'), 'physician-signature-timely': ('signature-late', 'error'), 'plan-timely': ('plan-late', 'error'), 'review-date-present': ('review-date-missing', 'error'), 'review-interval': ('review-interval-exceeded', 'error'), 'review-not-overdue': ('review-overdue', 'warning'), 'supervisor-signature': ('signature-missing', 'error'), 'supervisor-signature-timely': ('signature-late', 'error')},
    },
    'commercial-aba': {
        '2025-01': {'assessment-present': ('assessment-missing', 'error'), 'assessment-recent': ('assessment-outdated', 'warning'), 'caregiver-training-goal': ('caregiver-goal-missing', 'error'), 'client-identifiers': ('field-missing', 'error'), 'client-signature': ('signature-missing', 'error'), 'client-signature-dated': ('signature-missing', 'error'), 'clinician-signature': ('signature-missing', 'error'), 'clinician-signature-dated': ('signature-missing', 'error'), 'dates-consistent': ('date-inconsistent', 'warning'), 'diagnosis-code-billable': ('diagnosis-code-not-billable', 'error'), 'diagnosis-code-present': ('diagnosis-code-missing', 'error'), 'diagnosis-code-valid': ('diagnosis-code-invalid', 'error'), 'diagnosis-covered': ('diagnosis-not-covered', 'error'), 'diagnosis-evaluation-documented': ('field-missing', 'warning'), 'diagnosis-present': ('diagnosis-missing', 'error'), 'duration-limit': ('duration-exceeds-limit', 'error'), 'goal-baselines': ('baseline-missing', 'error'), 'goal-mastery-criteria': ('field-missing', 'warning'), 'goals-measurable': ('goal-not-measurable', 'error'), 'goals-present': ('goal-missing', 'error'), 'goals-time-bound': ('goal-not-time-bound', 'error'), 'npi-valid': ('identifier-invalid', 'warning'), 'plan-date-present': ('field-missing', 'error'), 'readability': ('readability', 'info'), 'review-date-present': ('review-date-missing', 'error'), 'review-interval': ('review-interval-exceeded', 'error'), 'service-code-format': ('service-code-invalid', 'error'), 'service-code-present': ('field-missing', 'error'), 'service-hours-per-week': ('amount-missing', 'warning')},
    },
    'fl-65d-30': {
        'current': {'admission-date-present': ('field-missing', 'error'), 'client-signature': ('signature-missing', 'error'), 'client-signature-dated': ('signature-missing', 'error'), 'clinician-signature': ('signature-missing', 'error'), 'clinician-signature-dated': ('signature-missing', 'error'), 'goals-present': ('goal-missing', 'error'), 'interventions-present': ('intervention-missing', 'error'), 'level-of-care-present': ('field-missing', 'error'), 'objectives-measurable': ('objective-not-measurable', 'error'), 'objectives-present': ('objective-missing', 'error'), 'objectives-time-bound': ('objective-not-time-bound', 'error'), 'plan-timely': ('plan-late', 'error'), 'service-frequency': ('frequency-missing', 'error'), 'supervisor-signature-timely': ('signature-late', 'error')},
    },
    'medicare-home-health': {
        '2019-01': {'client-identifiers': ('field-missing', 'error'), 'dates-consistent': ('date-inconsistent', 'warning'), 'diagnosis-code-billable': ('diagnosis-code-not-billable', 'error'), 'diagnosis-code-present': ('diagnosis-code-missing', 'error'), 'diagnosis-code-valid': ('diagnosis-code-invalid', 'error'), 'diagnosis-present': ('diagnosis-missing', 'error'), 'duration-present': ('duration-missing', 'error'), 'goals-measurable': ('goal-not-measurable', 'error'), 'goals-present': ('goal-missing', 'warning'), 'interventions-present': ('intervention-missing', 'error'), 'npi-valid': ('identifier-invalid', 'warning'), 'physician-credential': ('credential-not-permitted', 'error'), 'physician-signature': ('signature-missing', 'error'), 'physician-signature-dated': ('signature-missing', 'error'), 'plan-date-present': ('field-missing', 'error'), 'readability': ('readability', 'info'), 'review-interval': ('review-interval-exceeded', 'warning'), 'review-not-overdue': ('review-overdue', 'warning'), 'service-code-format': ('service-code-invalid', 'error'), 'service-frequency': ('frequency-missing', 'error')},
    },
    'medicare-outpatient-therapy': {
        '2015-10': {'client-identifiers': ('field-missing', 'error'), 'clinician-signature': ('signature-missing', 'warning'), 'dates-consistent': ('date-inconsistent', 'warning'), 'diagnosis-code-billable': ('diagnosis-code-not-billable', 'error'), 'diagnosis-code-present': ('diagnosis-code-missing', 'error'), 'diagnosis-code-valid': ('diagnosis-code-invalid', 'error'), 'diagnosis-present': ('diagnosis-missing', 'error'), 'duration-present': ('duration-missing', 'error'), 'first-treatment-date-present': ('field-missing', 'error'), 'goals-measurable': ('goal-not-measurable', 'error'), 'goals-present': ('goal-missing', 'error'), 'interventions-present': ('intervention-missing', 'error'), 'npi-valid': ('identifier-invalid', 'warning'), 'physician-credential': ('credential-not-permitted', 'error'), 'physician-signature': ('signature-missing', 'error'), 'physician-signature-dated': ('signature-missing', 'error'), 'physician-signature-timely': ('signature-late', 'error'), 'plan-before-treatment': ('plan-late', 'warning'), 'plan-date-present': ('field-missing', 'error'), 'readability': ('readability', 'info'), 'review-interval': ('review-interval-exceeded', 'error'), 'review-not-overdue': ('review-overdue', 'warning'), 'service-amount': ('amount-missing', 'info'), 'service-code-format': ('service-code-invalid', 'error'), 'service-frequency': ('frequency-missing', 'error')},
        '2025-01': {'client-identifiers': ('field-missing', 'error'), 'clinician-signature': ('signature-missing', 'warning'), 'dates-consistent': ('date-inconsistent', 'warning'), 'diagnosis-code-billable': ('diagnosis-code-not-billable', 'error'), 'diagnosis-code-present': ('diagnosis-code-missing', 'error'), 'diagnosis-code-valid': ('diagnosis-code-invalid', 'error'), 'diagnosis-present': ('diagnosis-missing', 'error'), 'duration-present': ('duration-missing', 'error'), 'first-treatment-date-present': ('field-missing', 'error'), 'goals-measurable': ('goal-not-measurable', 'error'), 'goals-present': ('goal-missing', 'error'), 'interventions-present': ('intervention-missing', 'error'), 'npi-valid': ('identifier-invalid', 'warning'), 'physician-credential': ('credential-not-permitted', 'error'), 'physician-signature': ('signature-missing', 'warning'), 'physician-signature-dated': ('signature-missing', 'error'), 'physician-signature-timely': ('signature-late', 'warning'), 'plan-before-treatment': ('plan-late', 'warning'), 'plan-date-present': ('field-missing', 'error'), 'readability': ('readability', 'info'), 'review-interval': ('review-interval-exceeded', 'error'), 'review-not-overdue': ('review-overdue', 'warning'), 'service-amount': ('amount-missing', 'info'), 'service-code-format': ('service-code-invalid', 'error'), 'service-frequency': ('frequency-missing', 'error')},
    },
    'medicare-psychotherapy': {
        '2015-10': {'client-identifiers': ('field-missing', 'error'), 'clinician-credential': ('credential-missing', 'error'), 'clinician-signature': ('signature-missing', 'error'), 'clinician-signature-dated': ('signature-missing', 'warning'), 'dates-consistent': ('date-inconsistent', 'warning'), 'diagnosis-code-billable': ('diagnosis-code-not-billable', 'error'), 'diagnosis-code-present': ('diagnosis-code-missing', 'error'), 'diagnosis-code-valid': ('diagnosis-code-invalid', 'error'), 'diagnosis-present': ('diagnosis-missing', 'error'), 'duration-limit': ('duration-exceeds-limit', 'error'), 'duration-present': ('duration-missing', 'error'), 'goals-measurable': ('goal-not-measurable', 'warning'), 'goals-present': ('goal-missing', 'error'), 'interventions-present': ('intervention-missing', 'error'), 'npi-valid': ('identifier-invalid', 'warning'), 'objectives-measurable': ('objective-not-measurable', 'warning'), 'objectives-time-bound': ('objective-not-time-bound', 'warning'), 'plan-current': ('plan-outdated', 'error'), 'plan-date-present': ('field-missing', 'error'), 'readability': ('readability', 'info'), 'service-amount': ('amount-missing', 'error'), 'service-code-format': ('service-code-invalid', 'error'), 'service-frequency': ('frequency-missing', 'error')},
    },
    'ny-oasas-818': {
        'current': {'admission-date-present': ('field-missing', 'error'), 'clinician-signature': ('signature-missing', 'error'), 'diagnosis-present': ('diagnosis-missing', 'error'), 'goals-present': ('goal-missing', 'error'), 'interventions-present': ('intervention-missing', 'error'), 'physician-signature': ('signature-missing', 'error'), 'physician-signature-dated': ('signature-missing', 'error'), 'physician-signature-timely': ('signature-late', 'error'), 'plan-timely': ('plan-late', 'error')},
    },
    'pa-55-5200': {
        'current': {'admission-date-present': ('field-missing', 'error'), 'client-signature': ('signature-missing', 'error'), 'client-signature-dated': ('signature-missing', 'error'), 'clinician-signature': ('signature-missing', 'error'), 'clinician-signature-dated': ('signature-missing', 'error'), 'duration-present': ('duration-missing', 'error'), 'goals-present': ('goal-missing', 'error'), 'interventions-present': ('intervention-missing', 'error'), 'objectives-present': ('objective-missing', 'error'), 'physician-signature': ('signature-missing', 'error'), 'plan-timely': ('plan-late', 'error')},
    },
    'tx-26tac-564': {
        'current': {'client-signature': ('signature-missing', 'error'), 'client-signature-dated': ('signature-missing', 'error'), 'clinician-signature': ('signature-missing', 'error'), 'clinician-signature-dated': ('signature-missing', 'error'), 'duration-present': ('duration-missing', 'error'), 'goals-present': ('goal-missing', 'error'), 'interventions-present': ('intervention-missing', 'error'), 'objectives-measurable': ('objective-not-measurable', 'error'), 'objectives-present': ('objective-missing', 'error'), 'objectives-time-bound': ('objective-not-time-bound', 'error'), 'service-frequency': ('frequency-missing', 'error')},
    },
}


def profile_version(pid, as_of):
    vers = PROFILE_KINDS[pid]
    if pid == "medicare-outpatient-therapy":
        return vers["2015-10"] if D(as_of) <= D("2024-12-31") else vers["2025-01"]
    if pid == "commercial-aba":
        assert D(as_of) >= D("2025-01-01")
    if PROFILE_KINDS[pid].keys() == {"current"}:
        assert D(as_of) >= D("2023-01-01")
    (only,) = vers.values()
    return only


def active_rules(P):
    """rule id -> (kind, strongest severity) over the payer and state profiles in force on as_of."""
    rank = {"info": 0, "warning": 1, "error": 2}
    out = {}
    for pid in [P["payer"], *P["states"]]:
        for rid, (kind, sev) in profile_version(pid, P["as_of"]).items():
            if rid not in out or rank[sev] > rank[out[rid][1]]:
                out[rid] = (kind, sev)
    return out


# ---------------------------------------------------------------- self-check of the labels
# A small re-statement of the documented rules over the plan specs below, with the profile numbers,
# so that every declared gap is really a gap and nothing else is.

PLAN_TIMELY = {"pa-55-5200": 30, "ny-oasas-818": 7, "ca-title9-ntp": 28}
FL_LEVEL_DAYS = {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15,
                 "residential level 3": 15, "residential level 4": 15, "day or night treatment": 10,
                 "methadone": 30}
PHYS_CREDS = {"MD", "DO", "NP", "CNS", "PA"}


def sigs(P, roles, count_phys=False):
    out = []
    for s in P["sigs"]:
        if s["role"] in roles or (count_phys and s.get("cred") in PHYS_CREDS):
            out.append(s)
    return out


def signed(s):
    return s.get("signed", True)


def derive_kinds(P):
    R = active_rules(P)
    K = set()
    as_of = D(P["as_of"])
    pdate = D(P["plan_date"]) if P.get("plan_date") else None
    per = P.get("period")
    goals = P["goals"]
    objs = [o for g in goals for o in g.get("objectives", [])]
    svcs = P["svcs"]
    states = P["states"]

    def hit(rid, cond):
        if rid in R and R[rid][1] in ("error", "warning") and cond:
            K.add(R[rid][0])

    pt = P["pt"]
    hit("client-identifiers", not (pt.get("given") and pt.get("dob") and pt.get("member_id")))
    if P["payer"] == "medicare-home-health":
        hit("plan-date-present", not (pdate or per or P.get("first_tx")))
    else:
        hit("plan-date-present", not pdate)
    hit("admission-date-present", not P.get("admission"))
    hit("first-treatment-date-present", not P.get("first_tx"))
    hit("level-of-care-present", not P.get("loc"))
    dx = P["dx"]
    hit("diagnosis-present", not dx)
    hit("diagnosis-code-present", any(not d.get("icd") for d in dx))
    hit("diagnosis-code-valid", any(d.get("icd") and d["icd"] not in BILLABLE | CATEGORY_ONLY for d in dx))
    hit("diagnosis-code-billable", any(d.get("icd") in CATEGORY_ONLY for d in dx))
    for d in dx:
        assert not d.get("icd") or d["icd"] in BILLABLE | CATEGORY_ONLY | INVALID, d
    prim = [d for d in dx if d.get("primary")] or dx[:1]
    hit("diagnosis-covered", bool(prim) and not ((prim[0].get("icd") or "").startswith("F84") and not prim[0]["icd"].startswith("F84.2")))
    hit("diagnosis-evaluation-documented", bool(prim) and not (prim[0].get("dx_by") and prim[0].get("dx_on")))
    allnpi = [s["npi"] for s in P["sigs"] if s.get("npi")] + [P["org"]["npi"]] + [x for x in P.get("extra_npis", [])]
    hit("npi-valid", any(not npi_ok(n) for n in allnpi))
    hit("service-code-format", any(s.get("code") and s.get("sys") in ("cpt", "hcpcs") and not re.fullmatch(r"(\d{5}|\d{4}[FTU]|[A-Z]\d{4})(-[A-Z0-9]{2})*", s["code"]) for s in svcs))
    hit("service-code-present", any(not s.get("code") or s.get("sys") not in ("cpt", "hcpcs") for s in svcs))
    # dates
    bad_dates = False
    if pdate:
        bad_dates |= D(pt["dob"]) >= pdate
        if per and per[0] and per[1]:
            bad_dates |= D(per[1]) < D(per[0])
        if P.get("admission"):
            bad_dates |= D(P["admission"]) > pdate
        for g in goals:
            for x in [g] + g.get("objectives", []):
                if x.get("due"):
                    bad_dates |= D(x["due"]) < pdate
        for r in P["reviews"]:
            bad_dates |= D(r["date"]) < pdate
        for s in P["sigs"]:
            if s.get("date") and signed(s):
                bad_dates |= D(s["date"]) < pdate or D(s["date"]) > as_of
    if P.get("admission") and P.get("first_tx"):
        bad_dates |= D(P["admission"]) > D(P["first_tx"])
    for a in P.get("assess", []):
        bad_dates |= D(a["date"]) > as_of
    hit("dates-consistent", bad_dates)
    # goals
    hit("goals-present", not goals)
    hit("objectives-present", any(not g.get("objectives") for g in goals))
    hit("goals-measurable", any(not g.get("meas", True) and not any(o.get("meas", True) for o in g.get("objectives", [])) for g in goals))
    hit("objectives-measurable", any(not o.get("meas", True) for o in objs))
    def g_timed(g):
        return bool(g.get("due") or g.get("due_dur"))
    hit("objectives-time-bound", any(not (o.get("due") or o.get("due_dur") or g_timed(g)) for g in goals for o in g.get("objectives", [])))
    hit("goals-time-bound", any(not (g_timed(g) or (g.get("objectives") and all(o.get("due") for o in g["objectives"]))) for g in goals))
    hit("goal-baselines", any(not (g.get("baseline") or (g.get("objectives") and all(o.get("baseline") for o in g["objectives"]))) for g in goals))
    hit("goal-mastery-criteria", any(not (g.get("mastery") or g.get("detail")) for g in goals))
    hit("caregiver-training-goal", not any(g.get("caregiver") for g in goals))
    hit("interventions-present", not svcs)
    hit("service-frequency", any(not (s.get("freq") or (s.get("prn") and s.get("prn_max"))) for s in svcs))
    hit("service-amount", any(not (s.get("minutes") or s.get("hours_wk") or s.get("units")) for s in svcs))
    hit("service-hours-per-week", any(not s.get("hours_wk") for s in svcs))
    # duration
    if P["payer"] == "medicare-outpatient-therapy":
        hit("duration-present", not (P.get("exp_dur") or any(s.get("dur") for s in svcs)))
    else:
        hit("duration-present", not (P.get("exp_dur") or (per and per[1]) or any(s.get("dur") or s.get("bounds") for s in svcs)))
    lens = []
    if per and per[0] and per[1]:
        lens.append((D(per[1]) - D(per[0])).days)
    if P.get("exp_dur_days"):
        lens.append(P["exp_dur_days"])
    if P["payer"] == "medicare-psychotherapy":
        hit("duration-limit", any(x >= 365 for x in lens))
    if P["payer"] == "commercial-aba":
        hit("duration-limit", any(x > 184 for x in lens))  # 6 months, not strict
    # plan age
    last = max([pdate] + [D(r["date"]) for r in P["reviews"] if r.get("done")]) if pdate else None
    hit("plan-current", bool(last) and (as_of - last).days > 365)
    # timeliness
    if P.get("admission") and pdate:
        adm = D(P["admission"])
        for st, days in PLAN_TIMELY.items():
            if st in states:
                hit("plan-timely", (pdate - adm).days > days)
        if "fl-65d-30" in states:
            lim = FL_LEVEL_DAYS.get((P.get("loc") or "").lower())
            if lim is not None:
                hit("plan-timely", (pdate - adm).days > lim)
    if P.get("first_tx") and pdate:
        hit("plan-before-treatment", pdate > D(P["first_tx"]))
    # signatures
    cl = [s for s in sigs(P, {"clinician"}) if signed(s)]
    hit("clinician-signature", not cl)
    hit("clinician-signature-dated", bool(cl) and not any(s.get("date") for s in cl))
    hit("clinician-credential", bool(cl) and not any(s.get("cred") for s in cl))
    roles_client = {"client", "guardian"}
    cs = [s for s in sigs(P, roles_client) if signed(s)]
    hit("client-signature", not cs)
    hit("client-signature-dated", bool(cs) and not any(s.get("date") for s in cs))
    ph = [s for s in sigs(P, {"physician"}, count_phys=True) if signed(s)]
    if "ny-oasas-818" in states or "ca-title9-ntp" in states:
        ph_md = [s for s in ph if s.get("cred") in ("MD", "DO") or s["role"] == "physician"]
    else:
        ph_md = ph
    hit("physician-signature", not ph_md)
    hit("physician-signature-dated", bool(ph_md) and not any(s.get("date") for s in ph_md))
    allowed = {"medicare-home-health": PHYS_CREDS}.get(P["payer"], PHYS_CREDS | {"DPM", "OD"})
    hit("physician-credential", any(s.get("cred") and s["cred"] not in allowed for s in ph_md))
    if ph_md and any(s.get("date") for s in ph_md):
        first = min(D(s["date"]) for s in ph_md if s.get("date"))
        if P["payer"] == "medicare-outpatient-therapy" and P.get("first_tx"):
            hit("physician-signature-timely", (first - D(P["first_tx"])).days > 30)
        if "ny-oasas-818" in states:
            hit("physician-signature-timely", (first - D(P["admission"])).days > 10)
        if "ca-title9-ntp" in states:
            hit("physician-signature-timely", (first - pdate).days > 14)
    sv = [s for s in sigs(P, {"supervisor"}) if signed(s)]
    hit("supervisor-signature", not sv)
    if sv and pdate:
        lim = 14 if "ca-title9-ntp" in states else 10
        hit("supervisor-signature-timely", any(s.get("date") and (D(s["date"]) - pdate).days > lim for s in sv))
    # reviews
    sched = sorted(D(r["date"]) for r in P["reviews"] if not r.get("done"))
    hit("review-date-present", not sched)
    if "review-interval" in R:
        if P["payer"] == "medicare-outpatient-therapy":
            mx, anchors, incl = 90, ["first_tx", "plan_date"], True
        elif P["payer"] == "medicare-home-health":
            mx, anchors, incl = 60, ["first_tx", "plan_date"], True
        elif P["payer"] == "commercial-aba":
            mx, anchors, incl = 184, ["plan_date"], False
        if "ca-title9-ntp" in states:
            mx, anchors, incl = 92, ["admission", "plan_date"], False
        anchor = next(D(P[a]) for a in anchors if P.get(a))
        cands = [x for x in sched if x > anchor]
        if incl and per and per[1]:
            cands.append(D(per[1]))
        if cands:
            hit("review-interval", (min(cands) - anchor).days > mx)
    if "review-not-overdue" in R:
        done = [D(r["date"]) for r in P["reviews"] if r.get("done")]
        od = any(x < as_of and not any(c >= x for c in done) for x in sched)
        incl = P["payer"] in ("medicare-outpatient-therapy", "medicare-home-health")
        if incl and per and per[1] and D(per[1]) < as_of:
            od |= not any(D(r["date"]) >= D(per[1]) - dt.timedelta(days=5) for r in P["reviews"])
        hit("review-not-overdue", od)
    # assessments
    hit("assessment-present", not P.get("assess"))
    if P.get("assess") and pdate:
        hit("assessment-recent", (pdate - max(D(a["date"]) for a in P["assess"])).days > 365)
    return K


def label_for(P):
    R = active_rules(P)
    can = {k for k, s in R.values() if s in ("error", "warning")} - {"readability"}
    gap_kinds = {k for g in P["gaps"] for k in g}
    derived = derive_kinds(P)
    assert derived <= gap_kinds, (P["file"], "undeclared", sorted(derived - gap_kinds))
    for g in P["gaps"]:
        assert set(g) & derived, (P["file"], "gap not derived", g, sorted(derived))
        assert set(g) <= can, (P["file"], g)
    mnr = sorted(can - gap_kinds - set(P.get("unsure", [])))
    args = ["--payer", P["payer"]]
    for s in P["states"]:
        args += ["--state", s]
    args += ["--as-of", P["as_of"]]
    return {"file": P["file"], "check_with": args, "must_report": [list(g) for g in P["gaps"]],
            "must_not_report": mnr, "notes": P["notes"]}


# ---------------------------------------------------------------- shared wording

UNIT_WORD = {"d": "day", "wk": "week", "mo": "month", "a": "year", "h": "hour", "min": "minute"}
CPT_SYS = "http://www.ama-assn.org/go/cpt"
HCPCS_SYS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
SCT_SYS = "http://snomed.info/sct"
ICD_SYS = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC_SYS = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"


def person_name(p, with_cred=True):
    n = f"{p['given']} {p['family']}"
    if with_cred and p.get("cred") and p.get("qual") != "none":
        n += f", {p['cred']}"
    return n


def freq_text(s):
    if s.get("freq"):
        n, per, unit = s["freq"]
        if per == 1:
            t = {1: "once", 2: "twice"}.get(n, f"{n} times") + f" per {UNIT_WORD[unit]}"
        else:
            t = f"{n} time{'s' if n > 1 else ''} every {per} {UNIT_WORD[unit]}s"
    elif s.get("prn"):
        t = "PRN" + (f" x {s['prn_max']} visits" if s.get("prn_max") else "")
    else:
        t = ""
    return t


def dur_text(s):
    if s.get("dur"):
        n, unit = s["dur"]
        return f"for {n} {UNIT_WORD[unit]}s" if unit in UNIT_WORD else f"for {n} {unit}"
    if s.get("bounds"):
        return f"{us(s['bounds'][0])} - {us(s['bounds'][1])}"
    return ""


def svc_line(s):
    parts = []
    if s.get("code"):
        parts.append(f"{s['code']}")
    parts.append(s["disp"])
    if s.get("minutes"):
        parts.append(f"{s['minutes']} min per session")
    if s.get("units"):
        parts.append(f"{s['units']} {s.get('unit_word', 'visits')}")
    ft = freq_text(s)
    if ft:
        parts.append(ft)
    if s.get("hours_wk"):
        parts.append(f"{s['hours_wk']} hours per week")
    dtx = dur_text(s)
    if dtx:
        parts.append(dtx)
    return " - ".join(parts)


def goal_due_text(g):
    if g.get("due"):
        return us(g["due"])
    if g.get("due_dur"):
        n, u = g["due_dur"]
        return f"within {n} {UNIT_WORD[u]}s"
    return ""


# ---------------------------------------------------------------- FHIR R4

def ref(key, display=None):
    r = {"reference": ("REF", key)}
    if display:
        r["display"] = display
    return r


def cc(system, code, display, text=None):
    c = {"coding": [{"system": system, "code": code, "display": display}]}
    if text:
        c["text"] = text
    return c


def xhtml(*blocks):
    return {"status": "generated", "div": '<div xmlns="http://www.w3.org/1999/xhtml">' + "".join(blocks) + "</div>"}


def h_table(head, rows):
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>"


def qual_of(p):
    return p.get("qual", "qual")


def practitioner(P, key, p):
    r = {"resourceType": "Practitioner", "id": None,
         "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-practitioner"]}}
    if p.get("npi"):
        r["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": p["npi"]}]
    r["active"] = True
    name = {"use": "official", "family": p["family"], "given": p["given"].split()}
    if qual_of(p) == "suffix" and p.get("cred"):
        name["suffix"] = [p["cred"]]
    if p.get("prefix"):
        name["prefix"] = [p["prefix"]]
    r["name"] = [name]
    if qual_of(p) == "qual" and p.get("cred"):
        q = {"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360",
                                   "code": p["cred"], "display": CRED_WORDS.get(p["cred"], p["cred"])}],
                      "text": p["cred"]}}
        if p.get("lic"):
            q["identifier"] = [{"system": f"urn:oid:2.16.840.1.113883.3.{abs(hash_small(p['lic'])) % 9000 + 1000}", "value": p["lic"]}]
        r["qualification"] = [q]
    return r


def hash_small(s):
    return sum(ord(c) * (i + 1) for i, c in enumerate(s))


CRED_WORDS = {"MD": "Doctor of Medicine", "DO": "Doctor of Osteopathy", "NP": "Nurse Practitioner",
              "PA": "Physician Assistant", "LCSW": "Licensed Clinical Social Worker", "PhD": "Doctor of Philosophy",
              "PsyD": "Doctor of Psychology", "LPC": "Licensed Professional Counselor",
              "LMFT": "Licensed Marriage and Family Therapist", "PT": "Physical Therapist", "DPT": "Doctor of Physical Therapy",
              "OTR/L": "Occupational Therapist, Registered/Licensed", "CCC-SLP": "Speech-Language Pathologist",
              "RN": "Registered Nurse", "BCBA": "Board Certified Behavior Analyst", "LCDC": "Licensed Chemical Dependency Counselor",
              "CAC": "Certified Addiction Counselor", "DC": "Doctor of Chiropractic", "LMHC": "Licensed Mental Health Counselor",
              "CRNP": "Certified Registered Nurse Practitioner", "CADC": "Certified Alcohol and Drug Counselor",
              "MSW": "Master of Social Work", "LPCC": "Licensed Professional Clinical Counselor", "CASAC": "Credentialed Alcoholism and Substance Abuse Counselor",
              "BCBA-D": "Board Certified Behavior Analyst-Doctoral", "MS": "Master of Science"}
ROLE_CODE = {"LCSW": ("1041C0700X", "Clinical Social Worker"), "LPC": ("101YP2500X", "Professional Counselor"),
             "PhD": ("103TC0700X", "Clinical Psychologist"), "PsyD": ("103TC0700X", "Clinical Psychologist"),
             "MD": ("2084P0800X", "Psychiatry"), "PT": ("225100000X", "Physical Therapist"),
             "BCBA": ("103K00000X", "Behavior Analyst"), "NP": ("363L00000X", "Nurse Practitioner"),
             "LMFT": ("106H00000X", "Marriage & Family Therapist")}


def practitioner_role(P, key, p):
    code, disp = ROLE_CODE.get(p["cred"], ("390200000X", "Student in an Organized Health Care Education/Training Program"))
    r = {"resourceType": "PractitionerRole", "id": None,
         "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-practitionerrole"]},
         "active": True, "practitioner": ref(key, person_name(p, False)), "organization": ref("Organization/org", P["org"]["name"]),
         "code": [{"coding": [{"system": "http://nucc.org/provider-taxonomy", "code": code, "display": disp}],
                   "text": f"{CRED_WORDS.get(p['cred'], p['cred'])} ({p['cred']})"}]}
    if p.get("role_title"):
        r["specialty"] = [{"text": p["role_title"]}]
    return r


def who_ref(P, who):
    if who == "patient":
        return ref("Patient/pt", f"{P['pt']['given']} {P['pt']['family']}")
    if who == "guardian":
        return ref("RelatedPerson/guardian", f"{P['guardian']['given']} {P['guardian']['family']}")
    p = P["staff"][who]
    if qual_of(p) == "role":
        return ref(f"PractitionerRole/{who}-role", person_name(p, False))
    return ref(f"Practitioner/{who}", person_name(p, False))


def timing_of(s):
    rep = {}
    if s.get("dur"):
        n, u = s["dur"]
        if u in ("wk", "mo", "d"):
            rep["boundsDuration"] = {"value": n, "unit": UNIT_WORD[u] + "s", "system": UCUM, "code": u}
        else:  # visits/sessions
            rep["count"] = n
    elif s.get("bounds"):
        rep["boundsPeriod"] = {"start": D(s["bounds"][0]).isoformat(), "end": D(s["bounds"][1]).isoformat()}
    if s.get("prn_max"):
        rep["count"] = s["prn_max"]
    if s.get("minutes"):
        rep["duration"] = s["minutes"]
        rep["durationUnit"] = "min"
    elif s.get("session_h"):
        rep["duration"] = s["session_h"]
        rep["durationUnit"] = "h"
    if s.get("freq"):
        n, per, unit = s["freq"]
        rep["frequency"] = n
        rep["period"] = per
        rep["periodUnit"] = unit
    return {"repeat": rep} if rep else None


def code_cc(s):
    if s.get("sys") == "cpt":
        return cc(CPT_SYS, s["code"], s["disp"], s.get("text") or s["disp"])
    if s.get("sys") == "hcpcs":
        return cc(HCPCS_SYS, s["code"], s["disp"], s.get("text") or s["disp"])
    if s.get("sys") == "sct":
        return cc(SCT_SYS, s["code"], s["disp"], s.get("text") or s["disp"])
    return {"text": s["disp"]}


def goal_target(g):
    t = {}
    m = g.get("measure")
    if m:
        t["measure"] = cc(*m) if isinstance(m, tuple) else {"text": m}
    det = g.get("detail")
    if det:
        kind = det[0]
        if kind == "quantity":
            q = {"value": det[1], "unit": det[2], "system": UCUM, "code": det[3] if len(det) > 3 else det[2]}
            if len(det) > 4:
                q["comparator"] = det[4]
            t["detailQuantity"] = q
        elif kind == "range":
            t["detailRange"] = {"low": {"value": det[1], "unit": det[3], "system": UCUM, "code": det[3]},
                                "high": {"value": det[2], "unit": det[3], "system": UCUM, "code": det[3]}}
        elif kind == "string":
            t["detailString"] = det[1]
        elif kind == "cc":
            t["detailCodeableConcept"] = cc(SCT_SYS, det[1], det[2], det[2]) if len(det) > 2 else {"text": det[1]}
    if g.get("due"):
        t["dueDate"] = D(g["due"]).isoformat()
    elif g.get("due_dur"):
        n, u = g["due_dur"]
        t["dueDuration"] = {"value": n, "unit": UNIT_WORD[u] + "s", "system": UCUM, "code": u}
    return [t] if t else None


def goal_resource(P, g, gid, label, parent=None, category=None):
    r = {"resourceType": "Goal", "id": None,
         "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-goal"]}}
    ext = []
    if parent:
        ext.append({"url": "http://hl7.org/fhir/StructureDefinition/goal-relationship",
                    "extension": [{"url": "type", "valueCodeableConcept": cc("http://hl7.org/fhir/goal-relationship-type", "milestone", "Milestone")},
                                  {"url": "target", "valueReference": ref(parent)}]})
    if P.get("noise"):
        ext.append({"url": "http://hl7.org/fhir/StructureDefinition/goal-acceptance",
                    "extension": [{"url": "individual", "valueReference": ref("Patient/pt")},
                                  {"url": "status", "valueCode": "agree"}]})
    if ext:
        r["extension"] = ext
    r["lifecycleStatus"] = g.get("life", "active")
    r["achievementStatus"] = cc("http://terminology.hl7.org/CodeSystem/goal-achievement", g.get("ach", "in-progress"),
                                {"in-progress": "In Progress", "improving": "Improving", "no-change": "No Change",
                                 "achieved": "Achieved", "not-achieved": "Not Achieved"}[g.get("ach", "in-progress")])
    if category:
        r["category"] = [{"text": category}]
    r["description"] = {"text": (label + ": " if label and P.get("label_goals") else "") + g["text"]}
    r["subject"] = ref("Patient/pt", f"{P['pt']['given']} {P['pt']['family']}")
    r["startDate"] = D(g.get("start") or P["plan_date"]).isoformat()
    tg = goal_target(g)
    if tg:
        r["target"] = tg
    r["statusDate"] = D(P["plan_date"]).isoformat()
    r["expressedBy"] = who_ref(P, P["author"])
    if g.get("addr") is not None:
        r["addresses"] = [ref(f"Condition/dx{g['addr']}")]
    notes = []
    if g.get("baseline"):
        notes.append({"text": f"Baseline: {g['baseline']}"})
    if g.get("mastery"):
        notes.append({"text": f"Mastery criterion: {g['mastery']}"})
    if g.get("note"):
        notes.append({"text": g["note"]})
    if notes:
        r["note"] = notes
    return r


def service_request(P, s, i, goal_keys):
    r = {"resourceType": "ServiceRequest", "id": None,
         "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-servicerequest"]},
         "identifier": [{"system": f"urn:oid:{P['org']['oid']}.3", "value": f"ORD{P['num']:02d}{i + 1:03d}"}],
         "status": "active", "intent": "order",
         "category": [cc(SCT_SYS, s.get("cat_code", "409063005"), s.get("cat_disp", "Counseling"))],
         "code": code_cc(s)}
    if s.get("units"):
        r["quantityQuantity"] = {"value": s["units"], "unit": s.get("unit_word", "visits")}
    r["subject"] = ref("Patient/pt")
    tm = timing_of(s)
    if tm:
        r["occurrenceTiming"] = tm
    if s.get("prn"):
        r["asNeededBoolean"] = True
    r["authoredOn"] = D(P["plan_date"]).isoformat()
    r["requester"] = who_ref(P, s.get("requester", P["author"]))
    if s.get("performer"):
        r["performerType"] = {"text": s["performer"]}
    if P["dx"]:
        r["reasonReference"] = [ref("Condition/dx0")]
    notes = []
    if s.get("note"):
        notes.append({"text": s["note"]})
    if s.get("hours_wk") and not s.get("freq"):
        notes.append({"text": f"{s['hours_wk']} hours per week"})
    if notes:
        r["note"] = notes
    if s.get("instr"):
        r["patientInstruction"] = s["instr"]
    return r


def careplan_narrative(P):
    pt = P["pt"]
    rows = [("Patient", f"{pt['given']} {pt['family']}"), ("DOB", us(pt["dob"]))]
    if P.get("plan_date"):
        rows.append(("Plan date", us(P["plan_date"])))
    if P.get("admission"):
        rows.append((P.get("admission_label", "Admission date"), us(P["admission"])))
    if P.get("first_tx"):
        rows.append((P.get("first_tx_label", "Start of care"), us(P["first_tx"])))
    if P.get("loc"):
        rows.append(("Level of care", P["loc"]))
    if P.get("period"):
        a, b = P["period"]
        rows.append((P.get("period_label", "Plan period"), f"{us(a)} - {us(b)}" if b else f"{us(a)} - (open)"))
    if P.get("exp_dur"):
        rows.append(("Expected duration", P["exp_dur"]))
    blocks = [f"<p><b>{escape(P['title'])}</b></p>", h_table(["Item", "Value"], rows)]
    if P["goals"]:
        grows = []
        for i, g in enumerate(P["goals"], 1):
            grows.append((f"Goal {i}", g["text"], goal_due_text(g)))
            for j, o in enumerate(g.get("objectives", []), 1):
                grows.append((f"Objective {i}.{j}", o["text"], goal_due_text(o)))
        blocks.append(h_table(["#", "Goal / objective", "Target date"], grows))
    if P["svcs"] and not P.get("svc_text_only_in_detail"):
        blocks.append(h_table(["Service", "Detail"], [(s.get("code") or "-", svc_line(s)) for s in P["svcs"]]))
    rv = [r for r in P["reviews"] if not r.get("done")]
    if rv:
        blocks.append(f"<p>Next review: {us(rv[0]['date'])}</p>")
    if P.get("narr_extra"):
        blocks.append(f"<p>{escape(P['narr_extra'])}</p>")
    return xhtml(*blocks)


def fhir_resources(P):
    """key -> resource (ids and references resolved later by the bundle style)."""
    R = {}
    pt = P["pt"]
    pat = {"resourceType": "Patient", "id": None,
           "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"]}}
    if P.get("noise"):
        pat["extension"] = [{"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex",
                             "valueCode": "F" if pt["sex"] == "female" else "M"}]
    ids = [{"use": "usual", "type": cc("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number"),
            "system": f"urn:oid:{P['org']['oid']}.1", "value": pt["mrn"]}]
    if pt.get("member_id") and P.get("member_in", "patient") == "patient":
        ids.append({"type": cc("http://terminology.hl7.org/CodeSystem/v2-0203", "MB", "Member Number", pt["member_label"]),
                    "system": pt["member_sys"], "value": pt["member_id"]})
    pat["identifier"] = ids
    pat["active"] = True
    pat["name"] = [{"use": "official", "family": pt["family"], "given": pt["given"].split()}]
    pat["gender"] = pt["sex"]
    pat["birthDate"] = D(pt["dob"]).isoformat()
    pat["address"] = [{"line": [pt.get("street", "100 Example St")], "city": P["org"]["city"], "state": P["org"]["st"], "postalCode": P["org"]["zip"]}]
    R["Patient/pt"] = pat
    if pt.get("member_id") and P.get("member_in") == "coverage":
        R["Coverage/cov"] = {"resourceType": "Coverage", "id": None, "status": "active",
                             "type": cc("http://terminology.hl7.org/CodeSystem/v3-ActCode", pt.get("cov_code", "SUBSIDIZ"), pt.get("cov_disp", "subsidized health program")),
                             "subscriberId": pt["member_id"], "beneficiary": ref("Patient/pt"),
                             "relationship": cc("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self"),
                             "payor": [{"display": pt["payer_name"]}]}
    if P.get("guardian"):
        gd = P["guardian"]
        R["RelatedPerson/guardian"] = {"resourceType": "RelatedPerson", "id": None, "patient": ref("Patient/pt"),
                                       "relationship": [cc("http://terminology.hl7.org/CodeSystem/v3-RoleCode", gd["rel"], gd["rel_disp"])],
                                       "name": [{"family": gd["family"], "given": [gd["given"]]}]}
    org = P["org"]
    R["Organization/org"] = {"resourceType": "Organization", "id": None,
                             "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": org["npi"]}],
                             "active": True, "name": org["name"],
                             "address": [{"city": org["city"], "state": org["st"], "postalCode": org["zip"]}]}
    for key, p in P["staff"].items():
        R[f"Practitioner/{key}"] = practitioner(P, key, p)
        if qual_of(p) == "role":
            R[f"PractitionerRole/{key}-role"] = practitioner_role(P, f"Practitioner/{key}", p)
    if P.get("admission"):
        R["EpisodeOfCare/eoc"] = {"resourceType": "EpisodeOfCare", "id": None, "status": "active",
                                  "type": [{"text": P.get("episode_type", "Outpatient behavioral health")}],
                                  "patient": ref("Patient/pt"), "managingOrganization": ref("Organization/org"),
                                  "period": {"start": D(P["admission"]).isoformat()}}
    if P.get("first_tx"):
        enc = {"resourceType": "Encounter", "id": None, "status": "finished",
               "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB", "display": "ambulatory"},
               "type": [{"text": P.get("first_tx_label", "Initial evaluation")}],
               "subject": ref("Patient/pt"),
               "participant": [{"individual": who_ref(P, P["author"])}],
               "period": {"start": iso_dt(P["first_tx"], "10:00:00"), "end": iso_dt(P["first_tx"], "11:00:00")}}
        R["Encounter/enc1"] = enc
    for i, d in enumerate(P["dx"] + P.get("old_dx", [])):
        key = f"Condition/dx{i}"
        c = {"resourceType": "Condition", "id": None,
             "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-condition-problems-health-concerns"
                                  if d.get("cat", "problem-list-item") != "encounter-diagnosis" else
                                  "http://hl7.org/fhir/us/core/StructureDefinition/us-core-condition-encounter-diagnosis"]}}
        status = d.get("status", "active")
        c["clinicalStatus"] = cc("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize())
        c["verificationStatus"] = cc("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed")
        cat = d.get("cat", "problem-list-item")
        c["category"] = [cc("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                            {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat])]
        coding = []
        if d.get("sct"):
            coding.append({"system": SCT_SYS, "code": d["sct"], "display": d.get("sct_disp", d["text"])})
        if d.get("icd"):
            coding.append({"system": ICD_SYS, "code": d["icd"], "display": d.get("icd_disp", d["text"])})
        if d.get("icd_first"):
            coding.reverse()
        c["code"] = {"coding": coding, "text": d["text"]}
        c["subject"] = ref("Patient/pt")
        if d.get("onset"):
            c["onsetDateTime"] = D(d["onset"]).isoformat()
        if status in ("resolved", "inactive"):
            c["abatementDateTime"] = D(d["abated"]).isoformat()
        c["recordedDate"] = D(d.get("recorded") or P["plan_date"]).isoformat()
        if d.get("dx_by"):
            c["asserter"] = ref("Practitioner/dxby", d["dx_by"])
            c["note"] = [{"text": f"Diagnosis established by {d['dx_by']} on {us(d['dx_on'])} ({d.get('dx_how', 'diagnostic evaluation')})."}]
        R[key] = c
    if any(d.get("dx_by") for d in P["dx"]):
        d = next(d for d in P["dx"] if d.get("dx_by"))
        nm, cred = d["dx_by"].rsplit(", ", 1)
        gv, fm = nm.rsplit(" ", 1)
        R["Practitioner/dxby"] = practitioner(P, "dxby", {"given": gv, "family": fm, "cred": cred, "npi": d["dx_by_npi"], "qual": "qual"})
    # goals
    goal_keys = []
    obj_keys = []
    for i, g in enumerate(P["goals"], 1):
        gk = f"Goal/goal{i}"
        R[gk] = goal_resource(P, g, gk, f"Goal {i}", category=P.get("goal_cat"))
        goal_keys.append(gk)
        for j, o in enumerate(g.get("objectives", []), 1):
            ok = f"Goal/goal{i}-obj{j}"
            o2 = dict(o)
            o2.setdefault("start", g.get("start"))
            R[ok] = goal_resource(P, o2, ok, f"Objective {i}.{j}", parent=gk, category="Short-term objective")
            obj_keys.append(ok)
    for i, a in enumerate(P.get("assess", [])):
        o = {"resourceType": "Observation", "id": None, "status": "final",
             "category": [cc("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")],
             "code": {"text": a["name"]}, "subject": ref("Patient/pt"),
             "effectiveDateTime": D(a["date"]).isoformat()}
        if a.get("by"):
            o["performer"] = [who_ref(P, a["by"])]
        o["valueString"] = a["score"]
        R[f"Observation/assess{i}"] = o
    sr_keys = []
    if P.get("act_mode", "reference") == "reference":
        for i, s in enumerate(P["svcs"]):
            k = f"ServiceRequest/sr{i}"
            R[k] = service_request(P, s, i, goal_keys)
            sr_keys.append(k)
    # the care plan
    cp = {"resourceType": "CarePlan", "id": None,
          "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-careplan"]},
          "text": careplan_narrative(P)}
    if P.get("noise"):
        cp["extension"] = [{"url": f"http://{P['org']['host']}/fhir/StructureDefinition/print-template", "valueString": "BH-TXPLAN-v7"},
                           {"url": f"http://{P['org']['host']}/fhir/StructureDefinition/workflow-queue", "valueCode": "routine"}]
    cp["identifier"] = [{"system": f"urn:oid:{P['org']['oid']}.7", "value": f"CP-{P['num']:03d}-{D(P['plan_date']).year}"}]
    if P.get("replaces_old"):
        cp["replaces"] = [ref("CarePlan/old0")]
    cp["status"] = "active"
    cp["intent"] = "plan"
    cp["category"] = [cc("http://hl7.org/fhir/us/core/CodeSystem/careplan-category", "assess-plan", "Assessment and Plan of Treatment")]
    if P.get("cp_category_text"):
        cp["category"].append({"text": P["cp_category_text"]})
    cp["title"] = P["title"]
    if P.get("description"):
        cp["description"] = P["description"]
    cp["subject"] = ref("Patient/pt", f"{pt['given']} {pt['family']}")
    if P.get("first_tx"):
        cp["encounter"] = ref("Encounter/enc1")
    if P.get("period"):
        a, b = P["period"]
        cp["period"] = {"start": D(a).isoformat()}
        if b:
            cp["period"]["end"] = D(b).isoformat()
    cp["created"] = iso_dt(P["plan_date"], P.get("created_time", "14:12:00")) if P.get("created_dt") else D(P["plan_date"]).isoformat()
    cp["author"] = who_ref(P, P["author"])
    if P.get("contributors"):
        cp["contributor"] = [who_ref(P, c) for c in P["contributors"]]
    cp["addresses"] = [ref(f"Condition/dx{i}", d["text"]) for i, d in enumerate(P["dx"])]
    sup = [ref(f"Observation/assess{i}", a["name"]) for i, a in enumerate(P.get("assess", []))]
    if P.get("admission"):
        sup.append(ref("EpisodeOfCare/eoc"))
    if pt.get("member_id") and P.get("member_in") == "coverage":
        sup.append(ref("Coverage/cov"))
    if sup:
        cp["supportingInfo"] = sup
    goal_link = P.get("goal_link", "careplan")
    if goal_link in ("careplan", "both"):
        cp["goal"] = [ref(k) for k in goal_keys] + ([ref(k) for k in obj_keys] if P.get("obj_in_cp") else [])
    acts = []
    if P.get("act_mode", "reference") == "reference":
        for k in sr_keys:
            acts.append({"reference": ref(k)})
    else:
        for i, s in enumerate(P["svcs"]):
            det = {"kind": "ServiceRequest", "code": code_cc(s)}
            if goal_link in ("detail", "both"):
                gl = s.get("goals", list(range(1, len(goal_keys) + 1)))
                det["goal"] = [ref(f"Goal/goal{n}") for n in gl] + \
                    [ref(k) for k in obj_keys if any(k.startswith(f"Goal/goal{n}-") for n in gl)]
            det["status"] = "scheduled"
            tm = timing_of(s)
            if tm:
                det["scheduledTiming"] = tm
            det["performer"] = [who_ref(P, s.get("requester", P["author"]))]
            if s.get("units"):
                det["quantity"] = {"value": s["units"], "unit": s.get("unit_word", "visits")}
            det["description"] = s.get("desc") or svc_line(s)
            acts.append({"detail": det})
    for r in P["reviews"]:
        det = {"kind": "Appointment", "code": {"text": r.get("what", "Treatment plan review")},
               "status": "completed" if r.get("done") else "scheduled",
               "scheduledPeriod": {"start": D(r["date"]).isoformat()},
               "description": f"{r.get('what', 'Treatment plan review')} {'completed' if r.get('done') else 'due'} {us(r['date'])}"}
        acts.append({"detail": det})
    if acts:
        cp["activity"] = acts
    notes = []
    for n in P.get("cp_notes", []):
        notes.append({"text": n})
    for s in P["sigs"]:
        if s.get("mode") == "note" and s.get("signed", True):
            who = s["who"]
            nm = person_name(P["staff"][who]) if who in P["staff"] else f"{P['pt']['given']} {P['pt']['family']}"
            notes.append({"authorReference": who_ref(P, who), "time": iso_dt(s["date"], s.get("time", "16:40:00")),
                          "text": f"Electronically signed by {nm} ({s.get('as', s['role'])}) on {us(s['date'])}."})
    if notes:
        cp["note"] = notes
    R["CarePlan/cp"] = cp
    # earlier episodes in the same export
    for i, o in enumerate(P.get("old_plans", [])):
        og = {"resourceType": "Goal", "id": None, "lifecycleStatus": "completed",
              "achievementStatus": cc("http://terminology.hl7.org/CodeSystem/goal-achievement", o.get("ach", "achieved"), o.get("ach", "achieved").replace("-", " ").capitalize()),
              "description": {"text": o["goal"]}, "subject": ref("Patient/pt"),
              "startDate": D(o["period"][0]).isoformat()}
        R[f"Goal/oldgoal{i}"] = og
        ocp = {"resourceType": "CarePlan", "id": None,
               "text": xhtml(f"<p>{escape(o['title'])} ({o['status']}) {us(o['period'][0])} - {us(o['period'][1])}</p>"),
               "status": o["status"], "intent": "plan",
               "category": [cc("http://hl7.org/fhir/us/core/CodeSystem/careplan-category", "assess-plan", "Assessment and Plan of Treatment")],
               "title": o["title"], "subject": ref("Patient/pt"),
               "period": {"start": D(o["period"][0]).isoformat(), "end": D(o["period"][1]).isoformat()},
               "created": D(o["period"][0]).isoformat(), "author": who_ref(P, o.get("author", P["author"])),
               "goal": [ref(f"Goal/oldgoal{i}")]}
        if o.get("addresses") is not None:
            ocp["addresses"] = [ref(f"Condition/dx{o['addresses']}")]
        R[f"CarePlan/old{i}"] = ocp
    # signatures as Provenance
    prov_sigs = [s for s in P["sigs"] if s.get("mode", "provenance") == "provenance"]
    if prov_sigs:
        groups = {}
        for s in prov_sigs:
            groups.setdefault(s.get("prov", 0), []).append(s)
        for gi, grp in sorted(groups.items()):
            pv = {"resourceType": "Provenance", "id": None,
                  "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-provenance"]},
                  "target": [ref("CarePlan/cp")], "recorded": iso_dt(grp[0]["date"], grp[0].get("time", "16:40:00")),
                  "activity": cc("http://terminology.hl7.org/CodeSystem/v3-DataOperation", "CREATE" if gi == 0 else "UPDATE", "create" if gi == 0 else "revise"),
                  "agent": [], "signature": []}
            for s in grp:
                ag = {"type": cc("http://terminology.hl7.org/CodeSystem/provenance-participant-type", s.get("ptype", "author"), s.get("ptype", "author").capitalize())}
                if s.get("as"):
                    ag["role"] = [{"text": s["as"]}]
                ag["who"] = who_ref(P, s["who"])
                if s["who"] in P["staff"]:
                    ag["onBehalfOf"] = ref("Organization/org")
                pv["agent"].append(ag)
            for s in grp:
                if not s.get("signed", True):
                    continue
                sg = {"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": SIGTYPE[s.get("sigtype", "author")][0],
                                "display": SIGTYPE[s.get("sigtype", "author")][1]}],
                      "when": iso_dt(s["date"], s.get("time", "16:40:00")) if s.get("date") else None,
                      "who": who_ref(P, s["who"]), "sigFormat": "image/jpeg" if s["who"] in ("patient", "guardian") else "application/jose",
                      "data": SIG_DATA}
                if sg["when"] is None:
                    del sg["when"]
                pv["signature"].append(sg)
            if not pv["signature"]:
                del pv["signature"]
            R[f"Provenance/prov{gi}"] = pv
    return R


SIGTYPE = {"author": ("1.2.840.10065.1.12.1.1", "Author's Signature"),
           "coauthor": ("1.2.840.10065.1.12.1.2", "Coauthor's Signature"),
           "verification": ("1.2.840.10065.1.12.1.5", "Verification Signature"),
           "consent": ("1.2.840.10065.1.12.1.7", "Consent Signature"),
           "review": ("1.2.840.10065.1.12.1.13", "Review Signature"),
           "validation": ("1.2.840.10065.1.12.1.6", "Validation Signature")}
SIG_DATA = "ZXlKaGJHY2lPaUpGVXpJMU5pSjkuLmVIaGhiWEJzWlMxelpXRnNMVzV2ZEMxaExYSmxZV3d0YzJsbmJtRjBkWEpsCg=="


def resolve_refs(obj, mapping):
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if k == "reference" and isinstance(v, tuple):
                out[k] = mapping[v[1]]
            else:
                out[k] = resolve_refs(v, mapping)
        return out
    if isinstance(obj, list):
        return [resolve_refs(x, mapping) for x in obj]
    return obj


def fhir_document(P):
    style = P["style"]
    R = fhir_resources(P)
    host = P["org"]["host"]
    ts = iso_dt(P.get("export_date", P["as_of"]), "08:15:00")
    if style == "contained":
        mapping = {k: "#" + k.split("/")[1] for k in R}
        cp = R.pop("CarePlan/cp")
        for k in [k for k in R if k.startswith("Provenance/")]:
            R.pop(k)
        contained = []
        for k, r in R.items():
            r = dict(r)
            r["id"] = k.split("/")[1]
            r.pop("meta", None)
            contained.append(r)
        cp = dict(cp)
        cp["id"] = f"careplan-{P['num']:03d}"
        out = {}
        for k, v in cp.items():
            out[k] = v
            if k == "text":
                out["contained"] = contained
        return resolve_refs(out, mapping)
    ids = {k: uid(P["file"], k) for k in R}
    if style in ("document", "transaction"):
        mapping = {k: f"urn:uuid:{ids[k]}" for k in R}
        full = dict(mapping)
    else:
        mapping = {k: f"{k.split('/')[0]}/{ids[k]}" for k in R}
        full = {k: f"https://{host}/fhir/r4/{mapping[k]}" for k in R}
    for k, r in R.items():
        r["id"] = ids[k]
    entries = []
    order = list(R)
    if style == "searchset":
        order = ["CarePlan/cp"] + [k for k in R if k.startswith("CarePlan/old")] + \
                [k for k in R if not k.startswith("CarePlan/")]
    if style == "document":
        comp_id = uid(P["file"], "Composition")
        comp = {"resourceType": "Composition", "id": comp_id,
                "meta": {"profile": ["http://hl7.org/fhir/us/ccda/StructureDefinition/Care-Plan-Document"]} if P.get("ccda_on_fhir") else {"lastUpdated": ts},
                "identifier": {"system": f"urn:oid:{P['org']['oid']}.9", "value": f"DOC-{P['num']:04d}"},
                "status": "final", "type": cc(LOINC_SYS, "18776-5", "Plan of care note"),
                "subject": ref("Patient/pt"), "date": iso_dt(P["plan_date"], "17:02:00"),
                "author": [who_ref(P, P["author"]), ref("Organization/org")], "title": P["title"]}
        att = []
        for s in P["sigs"]:
            if s.get("mode") == "attester" and s.get("signed", True):
                a = {"mode": s.get("amode", "professional")}
                if s.get("date"):
                    a["time"] = iso_dt(s["date"], s.get("time", "16:40:00"))
                a["party"] = who_ref(P, s["who"])
                att.append(a)
        if att:
            comp["attester"] = att
        comp["custodian"] = ref("Organization/org")
        if P.get("period"):
            ev = {"code": [cc("http://terminology.hl7.org/CodeSystem/v3-ActClass", "PCPR", "care provision")],
                  "period": {"start": D(P["period"][0]).isoformat()}}
            if P["period"][1]:
                ev["period"]["end"] = D(P["period"][1]).isoformat()
            comp["event"] = [ev]
        secs = []
        dx_keys = [k for k in R if k.startswith("Condition/")]
        secs.append({"title": "Problems", "code": cc(LOINC_SYS, "11450-4", "Problem list - Reported"),
                     "text": xhtml(h_table(["Problem", "Codes", "Status"],
                                           [(d["text"], " / ".join(x for x in [d.get("icd", ""), ("SNOMED " + d["sct"]) if d.get("sct") else ""] if x),
                                             d.get("status", "active")) for d in P["dx"] + P.get("old_dx", [])])),
                     "entry": [ref(k) for k in dx_keys]})
        gk = [k for k in R if k.startswith("Goal/") and "old" not in k]
        if gk:
            secs.append({"title": "Goals", "code": cc(LOINC_SYS, "61146-7", "Goals"),
                         "text": xhtml(h_table(["Goal", "Target", "Due"],
                                               [(g["text"], "; ".join(filter(None, [g.get("target_text", ""), g.get("baseline") and "Baseline " + g["baseline"]])), goal_due_text(g))
                                                for g in P["goals"]])),
                         "entry": [ref(k) for k in gk]})
        secs.append({"title": "Plan of Treatment", "code": cc(LOINC_SYS, "18776-5", "Plan of care note"),
                     "text": R["CarePlan/cp"]["text"],
                     "entry": [ref("CarePlan/cp")] + [ref(k) for k in R if k.startswith("ServiceRequest/")]})
        ak = [k for k in R if k.startswith("Observation/")]
        if ak:
            secs.append({"title": "Assessments", "code": cc(LOINC_SYS, "51848-0", "Evaluation note"),
                         "text": xhtml(h_table(["Instrument", "Date", "Result"], [(a["name"], us(a["date"]), a["score"]) for a in P["assess"]])),
                         "entry": [ref(k) for k in ak]})
        comp["section"] = secs
        entries.append({"fullUrl": f"urn:uuid:{comp_id}", "resource": resolve_refs(comp, mapping)})
    for k in order:
        e = {"fullUrl": full[k], "resource": resolve_refs(R[k], mapping)}
        if style == "searchset":
            e["search"] = {"mode": "match" if k == "CarePlan/cp" or k.startswith("CarePlan/old") else "include"}
        if style == "transaction":
            t = k.split("/")[0]
            e["request"] = {"method": "POST", "url": t}
            if t == "Patient":
                mr = R[k]["identifier"][0]
                e["request"]["ifNoneExist"] = f"identifier={mr['system']}|{mr['value']}"
        entries.append(e)
    b = {"resourceType": "Bundle", "id": uid(P["file"], "bundle"), "meta": {"lastUpdated": ts}}
    if style == "document":
        b["identifier"] = {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{uid(P['file'], 'docid')}"}
    b["type"] = style
    b["timestamp"] = ts
    if style == "searchset":
        b["total"] = sum(1 for k in R if k.startswith("CarePlan/"))
        b["link"] = [{"relation": "self", "url": f"https://{host}/fhir/r4/CarePlan?patient={ids['Patient/pt']}&_include=CarePlan:goal&_include=CarePlan:addresses&_include=CarePlan:activity-reference&_include=CarePlan:subject&_revinclude=Provenance:target"}]
    b["entry"] = entries
    return b


# FHIR JSON -> FHIR XML (the resource's elements in the order they were built)
FHIR_NS = "http://hl7.org/fhir"


def _xml_el(name, val, out, ind):
    pad = "  " * ind
    if isinstance(val, list):
        for v in val:
            _xml_el(name, v, out, ind)
        return
    if isinstance(val, dict):
        if name == "div":
            raise AssertionError
        if "resourceType" in val:
            out.append(f"{pad}<{name}>")
            _xml_resource(val, out, ind + 1)
            out.append(f"{pad}</{name}>")
            return
        attrs = ""
        items = list(val.items())
        if "url" in val and name in ("extension", "modifierExtension"):
            attrs = f' url="{escape(val["url"])}"'
            items = [(k, v) for k, v in items if k != "url"]
        out.append(f"{pad}<{name}{attrs}>")
        for k, v in items:
            if k == "div":
                out.append(pad + "  " + v)
            else:
                _xml_el(k, v, out, ind + 1)
        out.append(f"{pad}</{name}>")
        return
    if isinstance(val, bool):
        val = "true" if val else "false"
    out.append(f'{pad}<{name} value="{escape(str(val), {chr(34): "&quot;"})}"/>')


def _xml_resource(res, out, ind, top=False):
    t = res["resourceType"]
    pad = "  " * ind
    out.append(f"{pad}<{t}>")
    for k, v in res.items():
        if k == "resourceType":
            continue
        if k == "contained":
            for c in v:
                out.append(f"{pad}  <contained>")
                _xml_resource(c, out, ind + 2)
                out.append(f"{pad}  </contained>")
            continue
        _xml_el(k, v, out, ind + 1)
    out.append(f"{pad}</{t}>")


def fhir_xml(obj):
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    t = obj["resourceType"]
    out.append(f'<{t} xmlns="{FHIR_NS}">')
    for k, v in obj.items():
        if k == "resourceType":
            continue
        if k == "contained":
            for c in v:
                out.append("  <contained>")
                _xml_resource(c, out, 2)
                out.append("  </contained>")
            continue
        _xml_el(k, v, out, 1)
    out.append(f"</{t}>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- C-CDA R2.1

SNOMED_OID, ICD_OID, LOINC_OID, CPT_OID, HCPCS_OID = ("2.16.840.1.113883.6.96", "2.16.840.1.113883.6.90",
                                                     "2.16.840.1.113883.6.1", "2.16.840.1.113883.6.12", "2.16.840.1.113883.6.285")
DOC_TYPES = {"careplan": ("2.16.840.1.113883.10.20.22.1.15", "18776-5", "Plan of care note"),
             "ccd": ("2.16.840.1.113883.10.20.22.1.2", "34133-9", "Summarization of Episode Note"),
             "progress": ("2.16.840.1.113883.10.20.22.1.9", "11506-3", "Progress note"),
             "consult": ("2.16.840.1.113883.10.20.22.1.4", "11488-4", "Consult note")}


class X:
    """A tiny XML writer."""

    def __init__(self):
        self.lines = []
        self.ind = 0

    def open(self, tag, **a):
        self.lines.append("  " * self.ind + f"<{tag}{self._a(a)}>")
        self.ind += 1

    def close(self, tag):
        self.ind -= 1
        self.lines.append("  " * self.ind + f"</{tag}>")

    def leaf(self, tag, text=None, **a):
        if text is None:
            self.lines.append("  " * self.ind + f"<{tag}{self._a(a)}/>")
        else:
            self.lines.append("  " * self.ind + f"<{tag}{self._a(a)}>{escape(str(text))}</{tag}>")

    def raw(self, s):
        self.lines.append("  " * self.ind + s)

    @staticmethod
    def _a(a):
        out = ""
        for k, v in a.items():
            if v is None:
                continue
            k = k.rstrip("_").replace("__", ":")
            out += f' {k}="{escape(str(v), {chr(34): "&quot;"})}"'
        return out


def tid(x, P, root, ext=None):
    if ext and P.get("tid_ext", True):
        if P.get("tid_both"):
            x.leaf("templateId", root=root)
        x.leaf("templateId", root=root, extension=ext)
    else:
        x.leaf("templateId", root=root)


def c_name(x, p, cred_mode=None):
    x.open("name")
    if p.get("prefix"):
        x.leaf("prefix", p["prefix"])
    for gv in p["given"].split():
        x.leaf("given", gv)
    x.leaf("family", p["family"])
    q = cred_mode or p.get("qual", "qual")
    if p.get("cred") and q in ("qual", "suffix"):
        x.leaf("suffix", p["cred"], qualifier="AC" if q == "qual" else None)
    x.close("name")


def c_assigned(x, P, who, tag="assignedEntity", with_org=True):
    x.open(tag)
    if who in ("patient", "guardian"):
        x.leaf("id", nullFlavor="NA")
        if who == "patient":
            x.leaf("code", code="ONESELF", codeSystem="2.16.840.1.113883.5.111", codeSystemName="RoleCode", displayName="self")
            p = P["pt"]
        else:
            g = P["guardian"]
            x.leaf("code", code=g["rel"], codeSystem="2.16.840.1.113883.5.111", codeSystemName="RoleCode", displayName=g["rel_disp"])
            p = g
        x.open("assignedPerson")
        x.open("name")
        x.leaf("given", p["given"])
        x.leaf("family", p["family"])
        x.close("name")
        x.close("assignedPerson")
        x.close(tag)
        return
    p = P["staff"][who]
    if p.get("npi"):
        x.leaf("id", root="2.16.840.1.113883.4.6", extension=p["npi"])
    else:
        x.leaf("id", nullFlavor="UNK")
    if p.get("qual") == "role" and p.get("cred"):
        code, disp = ROLE_CODE.get(p["cred"], ("390200000X", "Student"))
        x.open("code", code=code, codeSystem="2.16.840.1.113883.6.101", codeSystemName="NUCC", displayName=disp)
        x.leaf("originalText", f"{CRED_WORDS.get(p['cred'], p['cred'])}")
        x.close("code")
    elif p.get("taxonomy"):
        x.open("code", code=p["taxonomy"][0], codeSystem="2.16.840.1.113883.6.101", codeSystemName="NUCC", displayName=p["taxonomy"][1])
        if p.get("role_title"):
            x.leaf("originalText", p["role_title"])
        x.close("code")
    elif p.get("role_title"):
        x.open("code", nullFlavor="OTH")
        x.leaf("originalText", p["role_title"])
        x.close("code")
    o = P["org"]
    x.open("addr", use="WP")
    x.leaf("streetAddressLine", o.get("street", "1 Main St"))
    x.leaf("city", o["city"])
    x.leaf("state", o["st"])
    x.leaf("postalCode", o["zip"])
    x.close("addr")
    x.leaf("telecom", use="WP", value=f"tel:+1-{o['phone']}")
    x.open("assignedPerson")
    c_name(x, p)
    x.close("assignedPerson")
    if with_org:
        x.open("representedOrganization")
        x.leaf("id", root="2.16.840.1.113883.4.6", extension=o["npi"])
        x.leaf("name", o["name"])
        x.close("representedOrganization")
    x.close(tag)


def n_table(x, head, rows, ids=None):
    x.open("table", border="1", width="100%")
    x.open("thead")
    x.open("tr")
    for h in head:
        x.leaf("th", h)
    x.close("tr")
    x.close("thead")
    x.open("tbody")
    for i, r in enumerate(rows):
        x.open("tr", ID=ids[i] if ids else None)
        for c in r:
            x.leaf("td", c)
        x.close("tr")
    x.close("tbody")
    x.close("table")


def c_section_open(x, P, root, ext, code, disp, title, nullflavor=None):
    x.open("component")
    x.open("section", nullFlavor=nullflavor)
    if root:
        tid(x, P, root, ext)
    if code:
        x.leaf("code", code=code, codeSystem=LOINC_OID, codeSystemName="LOINC", displayName=disp)
    else:
        x.open("code", nullFlavor="OTH")
        x.leaf("originalText", disp)
        x.close("code")
    x.leaf("title", title)


def c_section_close(x):
    x.close("section")
    x.close("component")


def c_problem_obs(x, P, d, i):
    x.open("observation", classCode="OBS", moodCode="EVN")
    tid(x, P, "2.16.840.1.113883.10.20.22.4.4", "2015-08-01")
    x.leaf("id", root=uid(P["file"], "probobs", i))
    x.open("code", code="282291009" if d.get("cat") != "encounter-diagnosis" else "29308-4",
           codeSystem=SNOMED_OID if d.get("cat") != "encounter-diagnosis" else LOINC_OID,
           displayName="Diagnosis interpretation" if d.get("cat") != "encounter-diagnosis" else "Diagnosis")
    if d.get("cat") != "encounter-diagnosis":
        x.leaf("translation", code="29308-4", codeSystem=LOINC_OID, codeSystemName="LOINC", displayName="Diagnosis")
    x.close("code")
    x.open("text")
    x.leaf("reference", value=f"#prob{i}")
    x.close("text")
    x.leaf("statusCode", code="completed")
    x.open("effectiveTime")
    x.leaf("low", value=hl7(d.get("onset") or d.get("recorded") or P["plan_date"]))
    if d.get("status") in ("resolved", "inactive"):
        x.leaf("high", value=hl7(d["abated"]))
    x.close("effectiveTime")
    if d.get("sct"):
        x.open("value", xsi__type="CD", code=d["sct"], codeSystem=SNOMED_OID, codeSystemName="SNOMED CT", displayName=d.get("sct_disp", d["text"]))
        x.open("originalText")
        x.leaf("reference", value=f"#prob{i}")
        x.close("originalText")
        if d.get("icd"):
            x.leaf("translation", code=d["icd"], codeSystem=ICD_OID, codeSystemName="ICD-10-CM", displayName=d.get("icd_disp", d["text"]))
        x.close("value")
    elif d.get("icd"):
        x.open("value", xsi__type="CD", code=d["icd"], codeSystem=ICD_OID, codeSystemName="ICD-10-CM", displayName=d.get("icd_disp", d["text"]))
        x.open("originalText")
        x.leaf("reference", value=f"#prob{i}")
        x.close("originalText")
        x.close("value")
    else:
        x.open("value", xsi__type="CD", nullFlavor="OTH")
        x.leaf("originalText", d["text"])
        x.close("value")
    if d.get("dx_by"):
        x.open("author")
        x.leaf("time", value=hl7(d["dx_on"]))
        x.open("assignedAuthor")
        x.leaf("id", root="2.16.840.1.113883.4.6", extension=d["dx_by_npi"])
        x.open("assignedPerson")
        x.leaf("name", d["dx_by"])
        x.close("assignedPerson")
        x.close("assignedAuthor")
        x.close("author")
    st = d.get("status", "active")
    x.open("entryRelationship", typeCode="REFR")
    x.open("observation", classCode="OBS", moodCode="EVN")
    tid(x, P, "2.16.840.1.113883.10.20.22.4.6", "2019-06-20" if P.get("tid_new") else None)
    x.leaf("code", code="33999-4", codeSystem=LOINC_OID, codeSystemName="LOINC", displayName="Status")
    x.leaf("statusCode", code="completed")
    code = {"active": ("55561003", "Active"), "resolved": ("413322009", "Resolved"), "inactive": ("73425007", "Inactive")}[st]
    x.leaf("value", xsi__type="CD", code=code[0], codeSystem=SNOMED_OID, displayName=code[1])
    x.close("observation")
    x.close("entryRelationship")
    x.close("observation")


def c_problems(x, P, care_plan=False):
    allp = P["dx"] + P.get("old_dx", [])
    if care_plan:
        c_section_open(x, P, "2.16.840.1.113883.10.20.22.2.58", "2015-08-01", "75310-3", "Health concerns document", "HEALTH CONCERNS")
    else:
        c_section_open(x, P, "2.16.840.1.113883.10.20.22.2.5.1", "2015-08-01", "11450-4", "Problem list - Reported", "PROBLEMS")
    x.open("text")
    rows = []
    for i, d in enumerate(allp):
        codes = []
        if d.get("icd"):
            codes.append(f"ICD-10-CM {d['icd']}")
        if d.get("sct"):
            codes.append(f"SNOMED CT {d['sct']}")
        rows.append([d["text"], ", ".join(codes) or "-", d.get("status", "active").capitalize(),
                     "Primary" if d.get("primary") else ("" if d.get("status", "active") != "active" else "Secondary"),
                     us(d["onset"]) if d.get("onset") else ""])
    n_table(x, ["Problem", "Code", "Status", "Rank", "Onset"], rows, [f"prob{i}" for i in range(len(allp))])
    for d in P["dx"]:
        if d.get("dx_by"):
            x.leaf("paragraph", f"{d['text']}: diagnosed by {d['dx_by']} on {us(d['dx_on'])} ({d.get('dx_how', 'diagnostic evaluation')}).")
    x.close("text")
    # concerns: the active diagnoses grouped in one concern act (several observations), the old ones in their own
    groups = [(list(enumerate(P["dx"])), "active")]
    off = len(P["dx"])
    for j, d in enumerate(P.get("old_dx", [])):
        groups.append(([(off + j, d)], "completed"))
    for gi, (items, status) in enumerate(groups):
        if not items:
            continue
        x.open("entry", typeCode="DRIV")
        x.open("act", classCode="ACT", moodCode="EVN")
        if care_plan:
            tid(x, P, "2.16.840.1.113883.10.20.22.4.132", "2015-08-01")
            x.leaf("id", root=uid(P["file"], "concern", gi))
            x.leaf("code", code="75310-3", codeSystem=LOINC_OID, codeSystemName="LOINC", displayName="Health concern")
        else:
            tid(x, P, "2.16.840.1.113883.10.20.22.4.3", "2015-08-01")
            x.leaf("id", root=uid(P["file"], "concern", gi))
            x.leaf("code", code="CONC", codeSystem="2.16.840.1.113883.5.6", displayName="Concern")
        x.leaf("statusCode", code=status)
        x.open("effectiveTime")
        x.leaf("low", value=hl7(items[0][1].get("recorded") or P["plan_date"]))
        if status == "completed":
            x.leaf("high", value=hl7(items[0][1]["abated"]))
        x.close("effectiveTime")
        for i, d in items:
            x.open("entryRelationship", typeCode="SUBJ" if not care_plan else "REFR")
            c_problem_obs(x, P, d, i)
            x.close("entryRelationship")
        x.close("act")
        x.close("entry")
    c_section_close(x)


def c_svc_entry(x, P, s, i, tag="procedure"):
    tmpl = {"procedure": ("2.16.840.1.113883.10.20.22.4.41", "2014-06-09"),
            "act": ("2.16.840.1.113883.10.20.22.4.39", "2014-06-09"),
            "encounter": ("2.16.840.1.113883.10.20.22.4.40", "2014-06-09")}[tag]
    cls = {"procedure": "PROC", "act": "ACT", "encounter": "ENC"}[tag]
    x.open(tag, classCode=cls, moodCode="INT")
    tid(x, P, *tmpl)
    x.leaf("id", root=uid(P["file"], "svc", i))
    if s.get("code"):
        oid = {"cpt": CPT_OID, "hcpcs": HCPCS_OID, "sct": SNOMED_OID}[s["sys"]]
        x.open("code", code=s["code"], codeSystem=oid, codeSystemName={"cpt": "CPT-4", "hcpcs": "HCPCS", "sct": "SNOMED CT"}[s["sys"]], displayName=s["disp"])
    else:
        x.open("code", nullFlavor="OTH")
    x.open("originalText")
    x.leaf("reference", value=f"#svc{i}")
    x.close("originalText")
    x.close("code")
    x.leaf("text", svc_line(s))
    x.leaf("statusCode", code="active")
    mode = P.get("svc_time", "ivl")
    if mode == "pivl" and s.get("freq"):
        n, per, unit = s["freq"]
        x.open("effectiveTime", xsi__type="PIVL_TS", institutionSpecified="true", operator="A")
        if n == 1:
            x.leaf("period", value=str(per), unit=unit)
        else:
            x.leaf("period", value=f"{per / n:.4g}".rstrip("0").rstrip(".") if unit != "wk" else str(round(7 * per / n, 2)), unit=unit if unit != "wk" else "d")
        x.close("effectiveTime")
    elif s.get("bounds"):
        x.open("effectiveTime")
        x.leaf("low", value=hl7(s["bounds"][0]))
        x.leaf("high", value=hl7(s["bounds"][1]))
        x.close("effectiveTime")
    else:
        x.open("effectiveTime")
        x.leaf("low", value=hl7(P["plan_date"]))
        if s.get("start_only"):
            pass
        elif P.get("period") and P["period"][1]:
            x.leaf("high", value=hl7(P["period"][1]))
        else:
            x.leaf("high", nullFlavor="UNK")
        x.close("effectiveTime")
    if tag == "procedure" and s.get("minutes") and P.get("svc_time") != "pivl":
        pass
    if s.get("performer_who"):
        x.open("performer")
        c_assigned(x, P, s["performer_who"], with_org=False)
        x.close("performer")
    x.close(tag)


def c_goal_obs(x, P, g, gid, is_obj=False):
    x.open("observation", classCode="OBS", moodCode="GOL")
    tid(x, P, "2.16.840.1.113883.10.20.22.4.121")
    x.leaf("id", root=uid(P["file"], "goal", gid))
    m = g.get("measure")
    if isinstance(m, tuple) and m[0] == LOINC_SYS:
        x.leaf("code", code=m[1], codeSystem=LOINC_OID, codeSystemName="LOINC", displayName=m[2])
    else:
        x.open("code", code="58144-7", codeSystem=LOINC_OID, codeSystemName="LOINC", displayName="Resident's overall goal established during assessment process")
        x.close("code")
    x.open("text")
    x.leaf("reference", value=f"#goal{gid}")
    x.close("text")
    x.leaf("statusCode", code="active")
    if g.get("due") or g.get("start"):
        if P.get("goal_time", "ivl") == "value" and g.get("due"):
            x.leaf("effectiveTime", value=hl7(g["due"]))
        else:
            x.open("effectiveTime")
            x.leaf("low", value=hl7(g.get("start") or P["plan_date"]))
            if g.get("due"):
                x.leaf("high", value=hl7(g["due"]))
            x.close("effectiveTime")
    det = g.get("detail")
    if det and det[0] == "quantity":
        cmp = det[4] if len(det) > 4 else "<="
        x.open("value", xsi__type="IVL_PQ")
        if cmp in ("<=", "<"):
            x.leaf("high", value=str(det[1]), unit=det[3] if len(det) > 3 else det[2], inclusive="true" if cmp == "<=" else "false")
        else:
            x.leaf("low", value=str(det[1]), unit=det[3] if len(det) > 3 else det[2], inclusive="true" if cmp == ">=" else "false")
        x.close("value")
    elif det and det[0] == "range":
        x.open("value", xsi__type="IVL_PQ")
        x.leaf("low", value=str(det[1]), unit=det[3])
        x.leaf("high", value=str(det[2]), unit=det[3])
        x.close("value")
    elif det and det[0] == "string":
        x.leaf("value", det[1], xsi__type="ST")
    x.open("author")
    tid(x, P, "2.16.840.1.113883.10.20.22.4.119")
    x.leaf("time", value=hl7(P["plan_date"]))
    x.open("assignedAuthor")
    a = P["staff"][P["author"]]
    x.leaf("id", root="2.16.840.1.113883.4.6", extension=a["npi"]) if a.get("npi") else x.leaf("id", nullFlavor="UNK")
    x.close("assignedAuthor")
    x.close("author")
    for j, o in enumerate(g.get("objectives", []), 1):
        x.open("entryRelationship", typeCode="COMP")
        c_goal_obs(x, P, o, f"{gid}_{j}", is_obj=True)
        x.close("entryRelationship")
    if P.get("goal_intv") and not is_obj:
        for si in g.get("svcs", []):
            s = P["svcs"][si]
            x.open("entryRelationship", typeCode="REFR")
            if P["goal_intv"] == "ref":
                x.open("act", classCode="ACT", moodCode="EVN")
                tid(x, P, "2.16.840.1.113883.10.20.22.4.122")
                x.leaf("id", root=uid(P["file"], "svc", si))
                x.leaf("code", nullFlavor="NP")
                x.leaf("statusCode", code="completed")
                x.close("act")
            else:
                c_svc_entry(x, P, s, si, s.get("tag", "procedure"))
            x.close("entryRelationship")
    x.close("observation")


def c_goals_section(x, P, narrative_only=False):
    c_section_open(x, P, "2.16.840.1.113883.10.20.22.2.60", None, "61146-7", "Goals", P.get("goals_title", "GOALS"))
    x.open("text")
    rows, ids = [], []
    for i, g in enumerate(P["goals"], 1):
        rows.append([f"Goal {i}", g["text"], g.get("baseline") or "", g.get("target_text") or g.get("mastery") or "", goal_due_text(g)])
        ids.append(f"goal{i}")
        for j, o in enumerate(g.get("objectives", []), 1):
            rows.append([f"Objective {i}{chr(96 + j)}", o["text"], o.get("baseline") or "", o.get("target_text") or "", goal_due_text(o)])
            ids.append(f"goal{i}_{j}")
    n_table(x, ["#", "Goal / Objective", "Baseline", "Target", "Target date"], rows, ids)
    x.close("text")
    if not narrative_only:
        for i, g in enumerate(P["goals"], 1):
            x.open("entry")
            c_goal_obs(x, P, g, i)
            x.close("entry")
    c_section_close(x)


def c_plan_section(x, P, narrative_only=False, title="PLAN OF TREATMENT", careplan=False):
    if careplan:
        c_section_open(x, P, "2.16.840.1.113883.10.20.21.2.3", "2015-08-01", "62387-6", "Interventions Provided", "INTERVENTIONS")
    else:
        c_section_open(x, P, "2.16.840.1.113883.10.20.22.2.10", "2014-06-09", "18776-5", "Plan of care note", title)
    x.open("text")
    facts = []
    if P.get("plan_date"):
        facts.append(f"Treatment plan date: {us(P['plan_date'])}")
    if P.get("admission"):
        facts.append(f"{P.get('admission_label', 'Admission date')}: {us(P['admission'])}")
    if P.get("first_tx"):
        facts.append(f"{P.get('first_tx_label', 'Start of care')}: {us(P['first_tx'])}")
    if P.get("loc"):
        facts.append(f"Level of care: {P['loc']}")
    if P.get("period"):
        a, b = P["period"]
        facts.append(f"{P.get('period_label', 'Plan period')}: {us(a)} - {us(b) if b else 'open'}")
    if P.get("exp_dur"):
        facts.append(f"Expected duration: {P['exp_dur']}")
    for f in facts:
        x.leaf("paragraph", f)
    if P["svcs"]:
        n_table(x, ["Service", "Code", "Session", "Frequency", "Duration", "Provider"],
                [[s["disp"], s.get("code") or "", f"{s['minutes']} min" if s.get("minutes") else (f"{s['units']} {s.get('unit_word', 'visits')}" if s.get("units") else ""),
                  freq_text(s) or P.get("freq_blank", ""), dur_text(s), s.get("performer", "")] for s in P["svcs"]],
                [f"svc{i}" for i in range(len(P["svcs"]))])
    for r in P["reviews"]:
        x.leaf("paragraph", f"{r.get('what', 'Treatment plan review')} {'completed' if r.get('done') else 'scheduled'}: {us(r['date'])}")
    for n in P.get("plan_notes", []):
        x.leaf("paragraph", n)
    x.close("text")
    if not narrative_only:
        for i, s in enumerate(P["svcs"]):
            if careplan:
                x.open("entry")
                x.open("act", classCode="ACT", moodCode="INT")
                tid(x, P, "2.16.840.1.113883.10.20.22.4.146", "2015-08-01")
                x.leaf("id", root=uid(P["file"], "intv", i))
                x.leaf("code", code="362956003", codeSystem=SNOMED_OID, displayName="Procedure / intervention (navigational concept)")
                x.leaf("statusCode", code="active")
                x.open("entryRelationship", typeCode="COMP")
                c_svc_entry(x, P, s, i, s.get("tag", "procedure"))
                x.close("entryRelationship")
                x.close("act")
                x.close("entry")
            else:
                x.open("entry")
                c_svc_entry(x, P, s, i, s.get("tag", "procedure"))
                x.close("entry")
        for k, r in enumerate(P["reviews"]):
            x.open("entry")
            x.open("encounter", classCode="ENC", moodCode="INT" if not r.get("done") else "EVN")
            tid(x, P, "2.16.840.1.113883.10.20.22.4.40", "2014-06-09")
            x.leaf("id", root=uid(P["file"], "review", k))
            x.open("code", nullFlavor="OTH")
            x.leaf("originalText", r.get("what", "Treatment plan review"))
            x.close("code")
            x.leaf("statusCode", code="completed" if r.get("done") else "active")
            x.leaf("effectiveTime", value=hl7(r["date"]))
            x.close("encounter")
            x.close("entry")
    c_section_close(x)


def c_signer(x, P, s, tag):
    x.open(tag)
    if s.get("date"):
        x.leaf("time", value=hl7(s["date"], s.get("time", "16:40:00").replace(":", "")))
    else:
        x.leaf("time", nullFlavor="NI")
    x.leaf("signatureCode", code="S" if s.get("signed", True) else s.get("sigcode", "X"))
    if P.get("sig_text") and s.get("signed", True):
        x.leaf("sdtc:signatureText", f"Electronically signed by {sig_name(P, s)} {us(s['date'])}" if s.get("date") else f"Electronically signed by {sig_name(P, s)}",
               mediaType="text/plain")
    c_assigned(x, P, s["who"])
    x.close(tag)


def sig_name(P, s):
    if s["who"] == "patient":
        return f"{P['pt']['given']} {P['pt']['family']}"
    if s["who"] == "guardian":
        return f"{P['guardian']['given']} {P['guardian']['family']}"
    return person_name(P["staff"][s["who"]])


def ccda_document(P):
    style = P["style"]
    x = X()
    x.raw('<?xml version="1.0" encoding="UTF-8"?>')
    if P.get("stylesheet", True):
        x.raw('<?xml-stylesheet type="text/xsl" href="CDA.xsl"?>')
    x.open("ClinicalDocument", xmlns="urn:hl7-org:v3", xmlns__xsi="http://www.w3.org/2001/XMLSchema-instance",
           xmlns__sdtc="urn:hl7-org:sdtc")
    x.leaf("realmCode", code="US")
    x.leaf("typeId", root="2.16.840.1.113883.1.3", extension="POCD_HD000040")
    tid(x, P, "2.16.840.1.113883.10.20.22.1.1", "2015-08-01")
    root, code, disp = DOC_TYPES[style]
    tid(x, P, root, "2015-08-01")
    x.leaf("id", root=uid(P["file"], "doc"))
    x.leaf("code", code=code, codeSystem=LOINC_OID, codeSystemName="LOINC", displayName=disp)
    x.leaf("title", P["title"])
    x.leaf("effectiveTime", value=hl7(P.get("doc_date", P["plan_date"]), "170200"))
    x.leaf("confidentialityCode", code="R" if P["disc"] in ("sud", "psychotherapy") else "N", codeSystem="2.16.840.1.113883.5.25")
    x.leaf("languageCode", code="en-US")
    x.leaf("setId", root=uid(P["file"], "set"))
    x.leaf("versionNumber", value="1")
    # patient
    pt, o = P["pt"], P["org"]
    x.open("recordTarget")
    x.open("patientRole")
    x.leaf("id", root=f"{o['oid']}.1", extension=pt["mrn"], assigningAuthorityName=o["name"])
    if pt.get("member_id") and P.get("member_in", "patient") == "patient":
        x.leaf("id", root=pt["member_oid"], extension=pt["member_id"], assigningAuthorityName=pt["member_label"])
    x.open("addr", use="HP")
    x.leaf("streetAddressLine", pt.get("street", "100 Example St"))
    x.leaf("city", o["city"])
    x.leaf("state", o["st"])
    x.leaf("postalCode", o["zip"])
    x.leaf("country", "US")
    x.close("addr")
    if pt.get("phone"):
        x.leaf("telecom", use="HP", value=f"tel:+1-{pt['phone']}")
    else:
        x.leaf("telecom", nullFlavor="UNK")
    x.open("patient")
    x.open("name", use="L")
    for gv in pt["given"].split():
        x.leaf("given", gv)
    x.leaf("family", pt["family"])
    x.close("name")
    x.leaf("administrativeGenderCode", code="F" if pt["sex"] == "female" else "M", codeSystem="2.16.840.1.113883.5.1", displayName=pt["sex"].capitalize())
    x.leaf("birthTime", value=hl7(pt["dob"]))
    x.leaf("maritalStatusCode", nullFlavor="UNK")
    x.leaf("raceCode", nullFlavor="ASKU")
    x.leaf("ethnicGroupCode", nullFlavor="ASKU")
    if P.get("guardian"):
        g = P["guardian"]
        x.open("guardian")
        x.leaf("code", code=g["rel"], codeSystem="2.16.840.1.113883.5.111", displayName=g["rel_disp"])
        x.open("guardianPerson")
        x.open("name")
        x.leaf("given", g["given"])
        x.leaf("family", g["family"])
        x.close("name")
        x.close("guardianPerson")
        x.close("guardian")
    x.open("languageCommunication")
    x.leaf("languageCode", code="en")
    x.leaf("preferenceInd", value="true")
    x.close("languageCommunication")
    x.close("patient")
    x.open("providerOrganization")
    x.leaf("id", root="2.16.840.1.113883.4.6", extension=o["npi"])
    x.leaf("name", o["name"])
    x.leaf("telecom", use="WP", value=f"tel:+1-{o['phone']}")
    x.open("addr")
    x.leaf("streetAddressLine", o.get("street", "1 Main St"))
    x.leaf("city", o["city"])
    x.leaf("state", o["st"])
    x.leaf("postalCode", o["zip"])
    x.close("addr")
    x.close("providerOrganization")
    x.close("patientRole")
    x.close("recordTarget")
    # author (not a signature)
    x.open("author")
    x.leaf("time", value=hl7(P["plan_date"], "141200"))
    c_assigned(x, P, P["author"], tag="assignedAuthor")
    x.close("author")
    if P.get("device_author"):
        x.open("author")
        x.leaf("time", value=hl7(P.get("doc_date", P["plan_date"]), "170200"))
        x.open("assignedAuthor")
        x.leaf("id", root=f"{o['oid']}.99")
        x.open("assignedAuthoringDevice")
        x.leaf("manufacturerModelName", P["device_author"])
        x.leaf("softwareName", P["device_author"])
        x.close("assignedAuthoringDevice")
        x.close("assignedAuthor")
        x.close("author")
    x.open("custodian")
    x.open("assignedCustodian")
    x.open("representedCustodianOrganization")
    x.leaf("id", root="2.16.840.1.113883.4.6", extension=o["npi"])
    x.leaf("name", o["name"])
    x.leaf("telecom", use="WP", value=f"tel:+1-{o['phone']}")
    x.open("addr")
    x.leaf("streetAddressLine", o.get("street", "1 Main St"))
    x.leaf("city", o["city"])
    x.leaf("state", o["st"])
    x.leaf("postalCode", o["zip"])
    x.close("addr")
    x.close("representedCustodianOrganization")
    x.close("assignedCustodian")
    x.close("custodian")
    for s in P["sigs"]:
        if s.get("mode") == "legal":
            c_signer(x, P, s, "legalAuthenticator")
    for s in P["sigs"]:
        if s.get("mode") == "auth":
            c_signer(x, P, s, "authenticator")
    for pp in P.get("participants", []):
        x.open("participant", typeCode="IND")
        x.open("associatedEntity", classCode=pp.get("cls", "PRS"))
        x.leaf("code", code=pp["code"], codeSystem="2.16.840.1.113883.5.111", displayName=pp["disp"])
        x.open("associatedPerson")
        x.open("name")
        x.leaf("given", pp["given"])
        x.leaf("family", pp["family"])
        x.close("name")
        x.close("associatedPerson")
        x.close("associatedEntity")
        x.close("participant")
    x.open("documentationOf")
    x.open("serviceEvent", classCode="PCPR")
    x.open("effectiveTime")
    if P.get("period"):
        x.leaf("low", value=hl7(P["period"][0]))
        if P["period"][1]:
            x.leaf("high", value=hl7(P["period"][1]))
        else:
            x.leaf("high", nullFlavor="UNK")
    else:
        x.leaf("low", value=hl7(P["plan_date"]))
    x.close("effectiveTime")
    for who in P.get("performers", [P["author"]]):
        x.open("performer", typeCode="PRF")
        x.leaf("functionCode", code="PP" if who == P["author"] else "CP", codeSystem="2.16.840.1.113883.12.443",
               displayName="Primary Care Provider" if who == P["author"] else "Consulting Provider")
        c_assigned(x, P, who, with_org=False)
        x.close("performer")
    x.close("serviceEvent")
    x.close("documentationOf")
    if P.get("admission") or P.get("first_tx"):
        x.open("componentOf")
        x.open("encompassingEncounter")
        x.leaf("id", root=f"{o['oid']}.5", extension=f"ENC{P['num']:03d}")
        x.leaf("code", code="IMP" if P["disc"] == "sud" and P.get("inpatient") else "AMB", codeSystem="2.16.840.1.113883.5.4",
               displayName="inpatient encounter" if P["disc"] == "sud" and P.get("inpatient") else "ambulatory")
        x.open("effectiveTime")
        x.leaf("low", value=hl7(P.get("admission") or P.get("first_tx")))
        x.close("effectiveTime")
        x.close("encompassingEncounter")
        x.close("componentOf")
    x.open("component")
    x.open("structuredBody")
    # sections by document type
    if style == "careplan":
        c_problems(x, P, care_plan=True)
        c_goals_section(x, P, P.get("narr_goals", False))
        c_plan_section(x, P, P.get("narr_plan", False), careplan=True)
        c_extra_sections(x, P)
        c_outcomes(x, P)
    elif style == "ccd":
        c_nullflavor_section(x, P, "2.16.840.1.113883.10.20.22.2.6.1", "48765-2", "Allergies and adverse reactions Document", "ALLERGIES", "No known allergies recorded.")
        c_nullflavor_section(x, P, "2.16.840.1.113883.10.20.22.2.1.1", "10160-0", "History of Medication use Narrative", "MEDICATIONS", P.get("meds_text", "No current medications on file."))
        c_problems(x, P)
        c_extra_sections(x, P)
        c_goals_section(x, P, P.get("narr_goals", False))
        c_plan_section(x, P, P.get("narr_plan", False), title=P.get("plan_title", "PLAN OF TREATMENT"))
    elif style == "progress":
        c_extra_sections(x, P)
        c_problems(x, P)
        c_goals_section(x, P, P.get("narr_goals", False))
        c_plan_section(x, P, P.get("narr_plan", False), title=P.get("plan_title", "PLAN OF TREATMENT"))
    else:  # consult
        c_extra_sections(x, P)
        c_problems(x, P)
        c_plan_section(x, P, P.get("narr_plan", False), title=P.get("plan_title", "ASSESSMENT AND PLAN"))
        c_goals_section(x, P, P.get("narr_goals", False))
    if P.get("member_in") == "payers":
        c_payers(x, P)
    if P.get("sig_section"):
        c_sig_section(x, P)
    x.close("structuredBody")
    x.close("component")
    x.close("ClinicalDocument")
    return "\n".join(x.lines) + "\n"


def c_nullflavor_section(x, P, root, code, disp, title, text):
    c_section_open(x, P, root, "2015-08-01", code, disp, title, nullflavor="NI" if P.get("nf_sections") else None)
    x.open("text")
    x.leaf("paragraph", text)
    x.close("text")
    c_section_close(x)


def c_extra_sections(x, P):
    for sec in P.get("extra_sections", []):
        root, code, disp, title, paras = sec
        c_section_open(x, P, root, None, code, disp, title)
        x.open("text")
        for p_ in paras:
            if isinstance(p_, tuple):
                n_table(x, p_[0], p_[1])
            else:
                x.leaf("paragraph", p_)
        x.close("text")
        c_section_close(x)


def c_outcomes(x, P):
    c_section_open(x, P, "2.16.840.1.113883.10.20.22.2.61", None, "11383-7", "Patient problem outcome", "HEALTH STATUS EVALUATIONS AND OUTCOMES")
    x.open("text")
    done = [r for r in P["reviews"] if r.get("done")]
    if done:
        for r in done:
            x.leaf("paragraph", f"{r.get('what', 'Plan review')} completed {us(r['date'])}: {r.get('summary', 'progress reviewed with patient')}.")
    else:
        x.leaf("paragraph", "No outcome evaluations yet for this plan period.")
    x.close("text")
    c_section_close(x)


def c_payers(x, P):
    pt = P["pt"]
    c_section_open(x, P, "2.16.840.1.113883.10.20.22.2.18", "2015-08-01", "48768-6", "Payment sources", "INSURANCE PROVIDERS")
    x.open("text")
    n_table(x, ["Payer", "Member ID", "Relationship"], [[pt["payer_name"], pt.get("member_id") or "Not on file", "Self"]])
    x.close("text")
    x.open("entry", typeCode="DRIV")
    x.open("act", classCode="ACT", moodCode="EVN")
    tid(x, P, "2.16.840.1.113883.10.20.22.4.60", "2015-08-01")
    x.leaf("id", root=uid(P["file"], "cov"))
    x.leaf("code", code="48768-6", codeSystem=LOINC_OID, displayName="Payment sources")
    x.leaf("statusCode", code="completed")
    x.open("entryRelationship", typeCode="COMP")
    x.open("act", classCode="ACT", moodCode="EVN")
    tid(x, P, "2.16.840.1.113883.10.20.22.4.61", "2015-08-01")
    x.leaf("id", root=uid(P["file"], "pol"))
    x.leaf("code", code=pt.get("cov_code", "SUBSIDIZ"), codeSystem="2.16.840.1.113883.5.4", displayName=pt.get("cov_disp", "subsidized health program"))
    x.leaf("statusCode", code="completed")
    x.open("performer", typeCode="PRF")
    x.open("assignedEntity")
    x.leaf("id", root=pt["member_oid"])
    x.open("representedOrganization")
    x.leaf("name", pt["payer_name"])
    x.close("representedOrganization")
    x.close("assignedEntity")
    x.close("performer")
    x.open("participant", typeCode="COV")
    x.open("participantRole", classCode="PAT")
    if pt.get("member_id"):
        x.leaf("id", root=pt["member_oid"], extension=pt["member_id"])
    else:
        x.leaf("id", nullFlavor="UNK")
    x.leaf("code", code="SELF", codeSystem="2.16.840.1.113883.5.111", displayName="self")
    x.close("participantRole")
    x.close("participant")
    x.close("act")
    x.close("entryRelationship")
    x.close("act")
    x.close("entry")
    c_section_close(x)


def c_sig_section(x, P):
    c_section_open(x, P, None, None, None, "Treatment plan signatures", P.get("sig_title", "SIGNATURES"))
    x.open("text")
    rows = []
    for s in P["sigs"]:
        nm = sig_name(P, s)
        if s.get("signed", True):
            rows.append([s.get("as", s["role"]).capitalize() if s.get("as") else s["role"].capitalize(), nm,
                         f"Electronically signed {us(s['date'])} {s.get('time', '16:40')[:5]}" if s.get("date") else "Signed (no date)"])
        else:
            rows.append([s.get("as", s["role"]), nm, s.get("unsigned_text", "Not signed")])
    for u in P.get("sig_blank_rows", []):
        rows.append(list(u))
    n_table(x, ["Role", "Name", "Signature"], rows)
    x.close("text")
    c_section_close(x)


# ---------------------------------------------------------------- DOCX prints of the same EHRs

def docx_document(P):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    pt, o = P["pt"], P["org"]
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{o['name']}  |  {P['title']}"
    fp = sec.footer.paragraphs[0]
    fp.text = (f"{pt['family'].upper()}, {pt['given']}  MRN {pt['mrn']}  DOB {us(pt['dob'])}    "
               f"Printed {us(P['as_of'])} from {P.get('ehr_name', 'EHR')} - CONFIDENTIAL: contains protected health information")
    style = P["style"]

    def kv_table(rows, cols=2):
        t = doc.add_table(rows=0, cols=cols * 2)
        t.style = "Table Grid"
        for i in range(0, len(rows), cols):
            cells = t.add_row().cells
            for j, (k, v) in enumerate(rows[i:i + cols]):
                cells[2 * j].text = k
                cells[2 * j].paragraphs[0].runs[0].bold = True
                cells[2 * j + 1].text = v
        return t

    def grid(head, rows):
        t = doc.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for i, h in enumerate(head):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for r in rows:
            cells = t.add_row().cells
            for i, c in enumerate(r):
                cells[i].text = str(c)
        return t

    member = pt.get("member_id") or ""
    demo = [(P.get("client_label", "Patient"), f"{pt['given']} {pt['family']}"), ("DOB", us(pt["dob"])),
            ("MRN", pt["mrn"]), (pt["member_label"], member), ("Payer", pt["payer_name"]),
            ("Plan date", us(P["plan_date"]))]
    if P.get("admission"):
        demo.append((P.get("admission_label", "Admission date"), us(P["admission"])))
    if P.get("first_tx"):
        demo.append((P.get("first_tx_label", "Start of care"), us(P["first_tx"])))
    if P.get("loc"):
        demo.append(("Level of care", P["loc"]))
    if P.get("period"):
        a, b = P["period"]
        demo.append((P.get("period_label", "Plan period"), f"{us(a)} - {us(b)}" if b else f"{us(a)} -"))
    if P.get("exp_dur"):
        demo.append(("Expected duration", P["exp_dur"]))
    demo.append(("Program", P.get("program", o["name"])))
    if len(demo) % 2:
        demo.append(("Provider NPI", o["npi"]))

    if style == "hh485":
        doc.add_paragraph(f"{o['name']} - {o['city']}, {o['st']}   Provider No. {o['npi']}")
        doc.add_heading("HOME HEALTH CERTIFICATION AND PLAN OF CARE", level=1)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        boxes = [("1. Patient's HI Claim No.", member), ("2. Start of Care Date", us(P["first_tx"]) if P.get("first_tx") else ""),
                 ("3. Certification Period", f"From: {us(P['period'][0])}  To: {us(P['period'][1])}" if P.get("period") else ""),
                 ("4. Medical Record No.", pt["mrn"]), ("5. Provider No.", o["npi"]),
                 ("6. Patient's Name and Address", f"{pt['given']} {pt['family']}, {pt.get('street', '')}, {o['city']}, {o['st']}"),
                 ("7. Date of Birth", us(pt["dob"])), ("8. Sex", pt["sex"][0].upper()),
                 ("11. Principal Diagnosis (ICD-10-CM)", "; ".join(f"{d.get('icd', '')} {d['text']}" for d in P["dx"][:1])),
                 ("13. Other Pertinent Diagnoses", "; ".join(f"{d.get('icd', '')} {d['text']}" for d in P["dx"][1:]) or "None"),
                 ("21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)", "\n".join(svc_line(s) for s in P["svcs"])),
                 ("22. Goals/Rehabilitation Potential/Discharge Plans",
                  "\n".join(f"{i}. {g['text']} (by {goal_due_text(g)})" if goal_due_text(g) else f"{i}. {g['text']}" for i, g in enumerate(P["goals"], 1)))]
        for k, v in boxes:
            c = t.add_row().cells
            c[0].text = k
            c[1].text = v
        doc.add_paragraph("")
        sig = doc.add_table(rows=0, cols=2)
        sig.style = "Table Grid"
        for s in P["sigs"]:
            c = sig.add_row().cells
            c[0].text = s.get("as", s["role"])
            if s.get("signed", True):
                c[1].text = f"{sig_name(P, s)} - electronically signed {us(s['date'])}" if s.get("date") else sig_name(P, s)
            else:
                c[1].text = f"{sig_name(P, s)}\nSignature: ______________________   Date: ________\n{s.get('unsigned_text', '')}".rstrip()
        c = sig.add_row().cells
        c[0].text = "Date HHA received signed POT"
        c[1].text = us(P["hha_received"]) if P.get("hha_received") else ""
        doc.add_paragraph("Anyone who misrepresents, falsifies, or conceals essential information required for payment of "
                          "Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal laws.")
    else:
        doc.add_paragraph(f"{o['name']}\n{o.get('street', '')}, {o['city']}, {o['st']} {o['zip']}  Tel {o['phone']}  NPI {o['npi']}")
        doc.add_heading(P["title"], level=1)
        kv_table(demo)
        doc.add_heading(P.get("dx_heading", "Diagnoses"), level=2)
        grid(["Rank", "ICD-10-CM", "Description", "Status"],
             [("Primary" if d.get("primary") else "Secondary", d.get("icd") or "", d["text"], d.get("status", "Active").capitalize()) for d in P["dx"]])
        for d in P["dx"]:
            if d.get("dx_by"):
                doc.add_paragraph(f"{d['text']} diagnosed by {d['dx_by']} on {us(d['dx_on'])} ({d.get('dx_how', 'diagnostic evaluation')}).")
        if P.get("assess"):
            doc.add_heading("Standardized assessments", level=2)
            grid(["Instrument", "Date", "Results"], [(a["name"], us(a["date"]), a["score"]) for a in P["assess"]])
        if style == "ehr-a":
            doc.add_heading(P.get("goals_heading", "Goals and Objectives"), level=2)
            rows = []
            for i, g in enumerate(P["goals"], 1):
                rows.append((f"Goal {i}", g["text"], g.get("baseline") or "", g.get("target_text") or g.get("mastery") or "", goal_due_text(g)))
                for j, ob in enumerate(g.get("objectives", []), 1):
                    rows.append((f"Obj {i}.{j}", ob["text"], ob.get("baseline") or "", ob.get("target_text") or "", goal_due_text(ob)))
            grid(["#", "Statement", "Baseline", "Target / mastery", "Target date"], rows)
            doc.add_heading(P.get("svc_heading", "Services / Interventions"), level=2)
            grid(["Code", "Service", "Amount", "Frequency", "Duration", "Responsible"],
                 [(s.get("code") or "", s["disp"], f"{s['minutes']} min" if s.get("minutes") else (f"{s['hours_wk']} hrs/week" if s.get("hours_wk") else ""),
                   freq_text(s) or P.get("freq_blank", ""), dur_text(s), s.get("performer", "")) for s in P["svcs"]])
        else:  # ehr-b: paragraphs
            doc.add_heading(P.get("goals_heading", "Treatment Goals"), level=2)
            for i, g in enumerate(P["goals"], 1):
                doc.add_paragraph(f"Problem/Goal {i}: {g['text']}", style="List Number")
                if g.get("baseline"):
                    doc.add_paragraph(f"Baseline: {g['baseline']}")
                if goal_due_text(g):
                    doc.add_paragraph(f"Target date: {goal_due_text(g)}")
                for j, ob in enumerate(g.get("objectives", []), 1):
                    line = f"Objective {i}{chr(96 + j)}: {ob['text']}"
                    if goal_due_text(ob):
                        line += f" (target {goal_due_text(ob)})"
                    doc.add_paragraph(line, style="List Bullet")
                ints = [P["svcs"][k] for k in g.get("svcs", [])]
                if ints:
                    doc.add_paragraph("Interventions: " + "; ".join(svc_line(s) for s in ints))
            doc.add_heading(P.get("svc_heading", "Services ordered"), level=2)
            for s in P["svcs"]:
                doc.add_paragraph(svc_line(s) + (f" ({s['performer']})" if s.get("performer") else ""), style="List Bullet")
        if P["reviews"]:
            doc.add_heading("Plan reviews", level=2)
            for r in P["reviews"]:
                doc.add_paragraph(f"{r.get('what', 'Treatment plan review')}: {'completed' if r.get('done') else 'due'} {us(r['date'])}")
        for h, txt in P.get("boiler", []):
            doc.add_heading(h, level=2)
            doc.add_paragraph(txt)
        doc.add_heading(P.get("sig_heading", "Electronic Signatures"), level=2)
        rows = []
        for s in P["sigs"]:
            if s.get("signed", True):
                rows.append((s.get("as", s["role"]).capitalize(), sig_name(P, s),
                             f"/es/ {sig_name(P, s)}  {us(s['date'])} {s.get('time', '16:40')[:5]}" if s.get("date") else f"/es/ {sig_name(P, s)}"))
            else:
                rows.append((s.get("as", s["role"]).capitalize(), sig_name(P, s), s.get("unsigned_text", "")))
        for u in P.get("sig_blank_rows", []):
            rows.append(u)
        grid(["Role", "Name", "Signature / date"], rows)
    core = doc.core_properties
    core.author = P.get("ehr_name", "EHR")
    core.last_modified_by = P.get("ehr_name", "EHR")
    core.title = P["title"]
    core.created = dt.datetime(2026, 1, 1, 0, 0, 0)
    core.modified = dt.datetime(2026, 1, 1, 0, 0, 0)
    core.last_printed = dt.datetime(2026, 1, 1, 0, 0, 0)
    core.revision = 1
    core.comments = ""
    core.subject = ""
    core.keywords = ""
    buf = io.BytesIO()
    doc.save(buf)
    return restable_zip(buf.getvalue())


def restable_zip(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    return out.getvalue()


# ---------------------------------------------------------------- the people and places (all invented)

def person(given, family, cred=None, qual="qual", prefix=None, taxonomy=None, role_title=None, bad=False):
    base9 = "1" + f"{(hash_small(given + family) * 104729) % 100000000:08d}"
    return {"given": given, "family": family, "cred": cred, "qual": qual if cred else "none",
            "npi": bad_npi(base9) if bad else npi(base9), "prefix": prefix, "taxonomy": taxonomy, "role_title": role_title}


def org(name, city, st, zip_, phone, n, street):
    base9 = "1" + f"{(hash_small(name) * 7919) % 100000000:08d}"
    host = "ehr." + re.sub(r"[^a-z]+", "-", name.lower()).strip("-")[:28] + ".example.org"
    return {"name": name, "city": city, "st": st, "zip": zip_, "phone": phone, "oid": f"2.16.840.1.113883.3.{9100 + n}.26",
            "npi": npi(base9), "host": host, "street": street}


def medicare(mbi, part="Medicare Part B"):
    return {"member_id": mbi, "member_label": "Medicare Beneficiary Identifier (MBI)", "member_sys": "http://hl7.org/fhir/sid/us-mbi",
            "member_oid": "2.16.840.1.113883.4.927", "payer_name": part, "cov_code": "SUBSIDIZ", "cov_disp": "subsidized health program"}


def medicaid(mid, name, oid_n):
    return {"member_id": mid, "member_label": f"{name} ID", "member_sys": f"urn:oid:2.16.840.1.113883.3.{oid_n}.4",
            "member_oid": f"2.16.840.1.113883.3.{oid_n}.4", "payer_name": name, "cov_code": "MCPOL", "cov_disp": "managed care policy"}


def commercial(mid, name, oid_n):
    return {"member_id": mid, "member_label": "Member ID", "member_sys": f"https://{re.sub(r'[^a-z]+', '', name.lower())}.example.com/member-id",
            "member_oid": f"2.16.840.1.113883.3.{oid_n}.8", "payer_name": name, "cov_code": "EHCPOL", "cov_disp": "extended healthcare"}


def pat(given, family, dob, sex, mrn, cov, street="100 Example St", phone=None):
    p = {"given": given, "family": family, "dob": dob, "sex": sex, "mrn": mrn, "street": street, "phone": phone}
    p.update(cov)
    return p


def dx(text, icd=None, sct=None, primary=False, **kw):
    d = {"text": text, "icd": icd, "sct": sct, "primary": primary}
    d.update(kw)
    return d


def goal(text, due=None, **kw):
    g = {"text": text, "due": due}
    g.update(kw)
    return g


def svc(code, disp, sys="cpt", **kw):
    s = {"code": code, "disp": disp, "sys": sys if code else None}
    s.update(kw)
    return s


def sig(who, role, date, **kw):
    s = {"who": who, "role": role, "date": date}
    s.update(kw)
    return s


PHQ9 = (LOINC_SYS, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")
GAD7 = (LOINC_SYS, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")
SCORE = "{score}"

PLANS = []


def plan(num, slug, fmt, style, payer, states, as_of, **kw):
    ext = {"fhir-json": "json", "fhir-xml": "xml", "ccda": "xml", "docx": "docx"}[fmt]
    P = {"num": num, "file": f"g{num:02d}_{slug}.{ext}", "fmt": fmt, "style": style, "payer": payer, "states": states,
         "as_of": as_of, "goals": [], "svcs": [], "reviews": [], "sigs": [], "dx": [], "gaps": [], "unsure": [],
         "assess": [], "staff": {}}
    P.update(kw)
    PLANS.append(P)
    return P


# ================================================================ the plans
PT_CAT = {"cat_code": "91251008", "cat_disp": "Physical therapy procedure"}
OT_CAT = {"cat_code": "84478008", "cat_disp": "Occupational therapy"}
ST_CAT = {"cat_code": "5154007", "cat_disp": "Speech therapy"}
SN_CAT = {"cat_code": "9632001", "cat_disp": "Nursing procedure"}

# ---- FHIR R4 JSON / XML -------------------------------------------------------------------------
o = org("Cuyahoga Valley Counseling Associates", "Akron", "OH", "44308", "330-555-0142", 1, "411 W Market St")
plan(1, "fhir_document_psychotherapy", "fhir-json", "document", "medicare-psychotherapy", [], "2026-03-10",
     title="Behavioral Health Treatment Plan", disc="psychotherapy", org=o, noise=True,
     pt=pat("Marisol", "Quintero", "1956-09-14", "female", "CVC-208114", medicare("2TW5HK8MP41")),
     staff={"cl": person("Evelyn", "Marsh", "LCSW")}, author="cl",
     plan_date="2026-02-09", period=("2026-02-09", "2026-08-08"),
     dx=[dx("Major depressive disorder, recurrent, moderate", "F33.1", "18818009", True, sct_disp="Moderate recurrent major depression", onset="2019-04-01"),
         dx("Generalized anxiety disorder", "F41.1", "21897009", recorded="2026-02-02")],
     old_dx=[dx("Insomnia", None, "193462001", status="resolved", abated="2022-03-01", onset="2021-06-01", recorded="2021-06-10")],
     goals=[goal("Marisol will lower her PHQ-9 score from 17 to 9 or below.", "2026-08-07", measure=PHQ9, detail=("quantity", 9, SCORE, SCORE, "<="),
                 baseline="PHQ-9 = 17 (02/02/2026)", target_text="PHQ-9 <= 9", addr=0),
            goal("Marisol will lower her GAD-7 score from 14 to 7 or below.", "2026-08-07", measure=GAD7, detail=("quantity", 7, SCORE, SCORE, "<="),
                 baseline="GAD-7 = 14 (02/02/2026)", target_text="GAD-7 <= 7", addr=1),
            goal("Marisol will attend her church group or meet a friend at least 2 times per week, as recorded in her activity log.", "2026-05-11",
                 measure="Social activities per week", detail=("quantity", 2, "/wk", "/wk", ">="), target_text="2 or more per week")],
     svcs=[svc("90837", "Psychotherapy, 60 minutes with patient", minutes=53, freq=(1, 1, "wk"), bounds=("2026-02-09", "2026-08-08"), performer="LCSW")],
     sigs=[sig("cl", "clinician", "2026-02-09", mode="attester", amode="professional")],
     notes="Clean. FHIR document Bundle (Composition with attester professional = the signature), US Core profiles, noise extensions, a resolved SNOMED-only condition that is not this plan's.")

o = org("Laurel Ridge Behavioral Health", "Harrisburg", "PA", "17101", "717-555-0190", 2, "2100 N Front St")
plan(2, "fhir_transaction_pa_clinic", "fhir-json", "transaction", "medicare-psychotherapy", ["pa-55-5200"], "2026-04-02",
     title="Outpatient Treatment Plan", disc="psychotherapy", org=o, label_goals=True, goal_link="both", act_mode="detail",
     pt=pat("Terrence", "Okafor", "1961-03-22", "male", "LRB-55120", medicare("5HR2CE7YN38")),
     staff={"cl": person("Janelle", "Pruitt", "LPC", qual="role"), "md": person("Rahul", "Venkataraman", "MD")}, author="cl",
     contributors=["md"], admission="2026-02-17", admission_label="Intake date", episode_type="Outpatient psychiatric clinic",
     plan_date="2026-03-10", period=("2026-03-10", "2026-09-09"), exp_dur="6 months",
     description="Expected duration of treatment: 6 months (03/10/2026 - 09/09/2026). Intake 02/17/2026.",
     dx=[dx("Post-traumatic stress disorder, chronic", "F43.12", "47505003", True, cat="encounter-diagnosis", sct_disp="Posttraumatic stress disorder")],
     goals=[goal("Terrence will have fewer trauma symptoms, with his PCL-5 score at 33 or below.", "2026-09-09", measure="PCL-5 total score",
                 detail=("quantity", 33, SCORE, SCORE, "<="), baseline="PCL-5 = 52 (02/17/2026)",
                 objectives=[goal("Terrence will lower his PCL-5 score from 52 to 40 or below.", "2026-06-10", measure="PCL-5 total score", detail=("quantity", 40, SCORE, SCORE, "<=")),
                             goal("Terrence will sleep at least 5 hours on 5 of 7 nights, as recorded in his sleep log.", "2026-06-10", detail=("string", "5 of 7 nights, 5+ hours"))]),
            goal("Terrence will return to community activities he avoids.", "2026-09-09",
                 objectives=[goal("Terrence will attend his VFW post meeting or church at least 2 times per month.", "2026-07-10", detail=("string", "2 or more times per month"))])],
     svcs=[svc("90837", "Psychotherapy, 60 minutes with patient", minutes=53, freq=(1, 1, "wk"), bounds=("2026-03-10", "2026-09-09"), goals=[1, 2]),
           svc("90853", "Group psychotherapy (PTSD skills group)", minutes=90, freq=(1, 1, "wk"), dur=(12, "wk"), goals=[1])],
     sigs=[sig("cl", "clinician", "2026-03-10", sigtype="author", ptype="author", as_="Primary therapist"),
           sig("patient", "client", "2026-03-10", sigtype="consent", ptype="informant", time="16:52:00"),
           sig("md", "physician", "2026-03-12", sigtype="verification", ptype="verifier", prov=1, as_="Psychiatrist (plan approval)")],
     notes="Clean. Transaction Bundle with urn:uuid fullUrls and POST requests; objectives are Goal resources linked to their goal by the goal-relationship extension and listed from activity.detail.goal; three Provenance signatures (therapist, patient consent, psychiatrist verification); intake date in EpisodeOfCare.")

o = org("Northshore Psychological Services", "Evanston", "IL", "60201", "847-555-0133", 3, "1603 Orrington Ave")
plan(3, "fhir_searchset_snomed_only", "fhir-json", "searchset", "medicare-psychotherapy", [], "2026-05-14",
     title="Psychotherapy Plan of Care", disc="psychotherapy", org=o,
     pt=pat("Harold", "Brandt", "1949-11-02", "male", "NPS-77310", medicare("7CF9YJ2AD15")),
     staff={"cl": person("Miriam", "Castellanos", "PsyD", qual="suffix")}, author="cl",
     plan_date="2026-04-20", period=("2026-04-20", "2026-10-19"),
     dx=[dx("Depressive disorder", None, "35489007", True, sct_disp="Depressive disorder")],
     old_dx=[dx("Adjustment disorder with mixed anxiety and depressed mood", "F43.23", None, status="inactive", abated="2024-02-01", recorded="2023-09-12")],
     old_plans=[{"title": "Psychotherapy Plan of Care", "status": "revoked", "period": ("2023-09-12", "2024-03-11"),
                 "goal": "Reduce worry about retirement finances.", "ach": "not-achieved", "addresses": 1}],
     goals=[goal("Harold will increase pleasant activities from 1 to 4 per week, as logged in his activity diary.", "2026-07-20",
                 measure="Pleasant activities per week", detail=("quantity", 4, "/wk", "/wk", ">="), baseline="1 per week"),
            goal("Harold will lower his GDS-15 score from 11 to 5 or below.", "2026-10-19", measure="Geriatric Depression Scale (GDS-15)",
                 detail=("quantity", 5, SCORE, SCORE, "<="), baseline="GDS-15 = 11")],
     svcs=[svc("90834", "Psychotherapy, 45 minutes with patient", minutes=45, freq=(1, 1, "wk"), bounds=("2026-04-20", "2026-10-19"))],
     sigs=[sig("cl", "clinician", "2026-04-20")],
     gaps=[["diagnosis-code-missing"]],
     notes="Gap: the plan's only diagnosis (Condition addressed by the CarePlan) is coded in SNOMED CT only, no ICD-10-CM. Searchset Bundle (match/include), a revoked 2023 CarePlan and its inactive ICD-coded condition are also included.")

o = org("Blue Ridge Family Counseling", "Roanoke", "VA", "24011", "540-555-0177", 4, "25 Church Ave SW")
plan(4, "fhir_contained_unsigned", "fhir-json", "contained", "medicare-psychotherapy", [], "2026-02-27",
     title="Treatment Plan - Individual Therapy", disc="psychotherapy", org=o, act_mode="detail", goal_link="detail",
     pt=pat("Lorraine", "Whitcomb", "1952-06-30", "female", "BRF-00419", medicare("4NP6UD3KX27")),
     staff={"cl": person("Curtis", "Delgado", "LPC")}, author="cl",
     plan_date="2026-01-28", period=("2026-01-28", "2026-07-27"),
     dx=[dx("Generalized anxiety disorder", "F41.1", None, True)],
     goals=[goal("Lorraine will lower her GAD-7 score from 15 to 7 or below.", "2026-04-28", measure=GAD7, detail=("range", 0, 7, SCORE)),
            goal("Lorraine will use a relaxation skill on at least 5 of 7 days, as recorded in her practice log.", "2026-04-28", detail=("string", "5 of 7 days"))],
     svcs=[svc("90834", "Psychotherapy, 45 minutes with patient", minutes=45, freq=(1, 1, "wk"), bounds=("2026-01-28", "2026-07-27"))],
     cp_notes=["Electronic signature: not on file. Plan routed to the clinician's signature queue 01/28/2026."],
     gaps=[["signature-missing"]],
     notes="Gap: no signature at all (no Provenance; CarePlan.author only, and a note says the e-signature is not on file). A single CarePlan with contained Patient, Condition, Goal and Practitioner; activities as activity.detail.")

o = org("Granite State Behavioral Health", "Concord", "NH", "03301", "603-555-0118", 5, "7 Eagle Sq")
plan(5, "fhir_collection_no_frequency", "fhir-json", "collection", "medicare-psychotherapy", [], "2026-06-03",
     title="Individual Treatment Plan", disc="psychotherapy", org=o,
     pt=pat("Gordon", "Pelletier", "1950-01-19", "male", "GSB-31877", medicare("6KA3RT9HW84"), street="58 Loudon Rd"),
     staff={"cl": person("Naomi", "Fairbanks", "LICSW", qual="suffix")}, author="cl",
     plan_date="2026-05-11", period=("2026-05-11", "2026-11-10"),
     dx=[dx("Adjustment disorder with mixed anxiety and depressed mood", "F43.23", "17226007", True, sct_disp="Adjustment disorder", icd_first=True)],
     goals=[goal("Gordon will lower his PHQ-9 score from 14 to below 8.", "2026-08-11", measure=PHQ9, detail=("quantity", 8, SCORE, SCORE, "<")),
            goal("Gordon will return to volunteering at the food pantry at least 2 half-days a week.", "2026-11-10", detail=("string", "2 half-days per week"))],
     svcs=[svc("90834", "Psychotherapy, 45 minutes with patient", minutes=45, bounds=("2026-05-11", "2026-11-10"),
               note="Frequency: as clinically indicated.")],
     sigs=[sig("cl", "clinician", "2026-05-11")],
     gaps=[["frequency-missing"]],
     notes="Gap: the only ServiceRequest has a session length (timing duration 45 min) and bounds but no frequency ('as clinically indicated'). Collection Bundle with absolute fullUrls.")

o = org("Lakeshore Geriatric Psychiatry", "Milwaukee", "WI", "53202", "414-555-0165", 6, "700 N Water St")
plan(6, "fhir_document_period_15_months", "fhir-json", "document", "medicare-psychotherapy", [], "2026-02-18",
     title="Plan of Care - Psychotherapy", disc="psychotherapy", org=o,
     pt=pat("Beatrix", "Lindqvist", "1947-08-05", "female", "LGP-90211", medicare("3YU8NB6PC52")),
     staff={"cl": person("Samuel", "Oduya", "PhD"), "md": person("Corinne", "Ashby", "MD")}, author="cl", contributors=["md"],
     plan_date="2026-01-12", period=("2026-01-12", "2027-03-31"),
     description="Plan of care for individual psychotherapy, 01/12/2026 through 03/31/2027.",
     dx=[dx("Major depressive disorder, recurrent, in partial remission", "F33.41", None, True),
         dx("Generalized anxiety disorder", "F41.1", None)],
     goals=[goal("Beatrix will keep her PHQ-9 score at 9 or below at each monthly check.", "2026-07-12", measure=PHQ9, detail=("quantity", 9, SCORE, SCORE, "<="), baseline="PHQ-9 = 12"),
            goal("Beatrix will go to the senior center lunch at least 3 times a week.", "2026-07-12", detail=("string", "3 times per week"), baseline="once a week")],
     svcs=[svc("90837", "Psychotherapy, 60 minutes with patient", minutes=53, freq=(1, 1, "wk"), bounds=("2026-01-12", "2027-03-31"))],
     sigs=[sig("cl", "clinician", "2026-01-12", mode="attester", amode="professional"),
           sig("md", "other", "2026-01-14", mode="attester", amode="legal", time="09:15:00")],
     gaps=[["duration-exceeds-limit"]],
     notes="Gap: the plan period (CarePlan.period and the service bounds) runs 01/12/2026 to 03/31/2027, over the one-year limit. Document Bundle with two attesters.")

o = org("Prairie Wind Counseling", "Sioux Falls", "SD", "57104", "605-555-0128", 7, "300 N Phillips Ave")
plan(7, "fhir_transaction_outdated", "fhir-json", "transaction", "medicare-psychotherapy", [], "2026-01-20",
     title="Treatment Plan", disc="psychotherapy", org=o, created_dt=True,
     pt=pat("Desmond", "Achterberg", "1957-04-11", "male", "PWC-11802", medicare("8EJ4QM5TG19"), street="912 S Summit Ave"),
     staff={"cl": person("Ingrid", "Solheim", "LMFT", qual="role")}, author="cl",
     plan_date="2024-11-18", period=("2024-11-18", "2025-11-14"),
     dx=[dx("Social phobia", "F40.10", "25501002", True, sct_disp="Social phobia")],
     goals=[goal("Desmond will start at least 3 conversations a week at work, as recorded in his exposure log.", "2025-05-18", detail=("string", "3 per week"), baseline="0 per week"),
            goal("Desmond will lower his SPIN score from 48 to 25 or below.", "2025-11-14", measure="Social Phobia Inventory (SPIN) total", detail=("quantity", 25, SCORE, SCORE, "<="))],
     svcs=[svc("90834", "Psychotherapy, 45 minutes with patient", minutes=45, freq=(1, 1, "wk"), bounds=("2024-11-18", "2025-11-14"))],
     sigs=[sig("cl", "clinician", "2024-11-18")],
     gaps=[["plan-outdated"]],
     notes="Gap: the plan was created 11/18/2024 and has no recorded review; on the date of service (01/20/2026) it is more than one year old. Transaction Bundle.")

o = org("Keystone Valley Counseling Center", "Lancaster", "PA", "17602", "717-555-0147", 8, "128 E King St")
plan(8, "fhir_xml_document_pa_no_patient_sig", "fhir-xml", "document", "medicare-psychotherapy", ["pa-55-5200"], "2026-03-25",
     title="Individualized Treatment Plan", disc="psychotherapy", org=o, goal_link="careplan", obj_in_cp=True, label_goals=True,
     pt=pat("Rosalind", "Ferreira", "1959-12-08", "female", "KVC-40671", medicare("9GV7KD2RE63")),
     staff={"cl": person("Owen", "Kessler", "LCSW"), "md": person("Priya", "Raman", "MD")}, author="cl",
     admission="2026-02-02", admission_label="Intake date", plan_date="2026-02-24", period=("2026-02-24", "2026-08-23"), exp_dur="6 months",
     dx=[dx("Major depressive disorder, single episode, moderate", "F32.1", "832007", True, sct_disp="Moderate major depression")],
     goals=[goal("Rosalind will feel less depressed and get back to her daily routine.", "2026-08-23",
                 objectives=[goal("Rosalind will lower her PHQ-9 score from 18 to below 10.", "2026-05-24", measure=PHQ9, detail=("quantity", 10, SCORE, SCORE, "<")),
                             goal("Rosalind will get out of bed by 9 am on at least 5 of 7 days, as shown in her daily log.", "2026-04-24", detail=("string", "5 of 7 days"))]),
            goal("Rosalind will rebuild contact with her family.", "2026-08-23",
                 objectives=[goal("Rosalind will call or visit her sister at least once a week.", "2026-05-24", detail=("string", "1 or more per week"))])],
     svcs=[svc("90834", "Psychotherapy, 45 minutes with patient", minutes=45, freq=(1, 1, "wk"), bounds=("2026-02-24", "2026-08-23"))],
     sigs=[sig("cl", "clinician", "2026-02-24", mode="attester", amode="professional"),
           sig("md", "physician", "2026-02-26", mode="attester", amode="legal")],
     cp_notes=["Patient signature: not obtained - patient left before the plan was printed; to be signed at next visit."],
     gaps=[["signature-missing"]],
     notes="Gap: the individual's signature is missing (only the therapist and psychiatrist attest; a CarePlan note says the patient did not sign). FHIR XML document Bundle; objectives are milestone Goals listed in CarePlan.goal.")

o = org("Chesapeake Trauma Recovery Clinic", "Annapolis", "MD", "21401", "410-555-0109", 9, "44 Calvert St")
plan(9, "fhir_searchset_category_code", "fhir-json", "searchset", "medicare-psychotherapy", [], "2026-07-08",
     title="Trauma-Focused Treatment Plan", disc="psychotherapy", org=o,
     pt=pat("Wendell", "Triplett", "1954-02-27", "male", "CTR-62090", medicare("1MX5FA8WT36")),
     staff={"cl": person("Tamsin", "Okonkwo", "PsyD")}, author="cl",
     plan_date="2026-06-15", period=("2026-06-15", "2026-12-14"),
     dx=[dx("Post-traumatic stress disorder", "F43.1", "47505003", True, sct_disp="Posttraumatic stress disorder")],
     old_plans=[{"title": "Trauma-Focused Treatment Plan", "status": "completed", "period": ("2025-01-06", "2025-07-05"),
                 "goal": "Complete 12 sessions of cognitive processing therapy.", "ach": "achieved"}],
     goals=[goal("Wendell will lower his PCL-5 score from 49 to 31 or below.", "2026-12-14", measure="PCL-5 total score", detail=("quantity", 31, SCORE, SCORE, "<="), ach="improving"),
            goal("Wendell will drive on the highway at least once a week without leaving early.", "2026-10-15", detail=("string", "once a week"))],
     svcs=[svc("90837", "Psychotherapy, 60 minutes with patient (prolonged exposure)", minutes=60, freq=(1, 1, "wk"), bounds=("2026-06-15", "2026-12-14"))],
     sigs=[sig("cl", "clinician", "2026-06-15")],
     gaps=[["diagnosis-code-not-billable"]],
     notes="Gap: the diagnosis is coded F43.1, an ICD-10-CM category (F43.10/F43.11/F43.12 are billable). Searchset Bundle with a completed 2025 CarePlan of the same title.")

o = org("Sonoran Counseling Group", "Mesa", "AZ", "85201", "480-555-0151", 10, "55 N Center St")
plan(10, "fhir_collection_no_credential", "fhir-json", "collection", "medicare-psychotherapy", [], "2026-04-16",
     title="Counseling Treatment Plan", disc="psychotherapy", org=o, noise=True,
     pt=pat("Imogen", "Castellano", "1963-07-19", "female", "SCG-20933", medicare("5WQ2HP4YJ71")),
     staff={"cl": person("Blake", "Harrington")}, author="cl",
     plan_date="2026-03-23", period=("2026-03-23", "2026-09-22"),
     dx=[dx("Generalized anxiety disorder", "F41.1", "21897009", True), dx("Nicotine dependence, cigarettes, uncomplicated", "F17.210", "56294008", sct_disp="Nicotine dependence")],
     goals=[goal("Imogen will lower her GAD-7 score from 16 to 8 or below.", "2026-06-23", measure=GAD7, detail=("quantity", 8, SCORE, SCORE, "<=")),
            goal("Imogen will cut down from 20 to 5 or fewer cigarettes a day.", "2026-09-22", detail=("quantity", 5, "/d", "/d", "<="))],
     svcs=[svc("90834", "Psychotherapy, 45 minutes with patient", minutes=45, freq=(1, 1, "wk"), bounds=("2026-03-23", "2026-09-22"))],
     sigs=[sig("cl", "clinician", "2026-03-23")],
     gaps=[["credential-missing"]],
     notes="Gap: the signing clinician (Provenance signature) has no credential anywhere: no Practitioner.qualification, no suffix, no PractitionerRole. Collection Bundle.")

o = org("Twin Rivers Psychotherapy", "Omaha", "NE", "68102", "402-555-0186", 11, "1299 Farnam St")
plan(11, "fhir_collection_activity_detail", "fhir-json", "collection", "medicare-psychotherapy", [], "2026-09-01",
     title="Outpatient Psychotherapy Plan", disc="psychotherapy", org=o, act_mode="detail", goal_link="detail",
     pt=pat("Augustin", "Mbeki", "1958-10-03", "male", "TRP-51870", medicare("2DA6XC9KM48")),
     staff={"cl": person("Dorothea", "Lin", "LCSW", qual="suffix")}, author="cl",
     plan_date="2026-08-03", exp_dur="16 weeks (through 11/23/2026)", exp_dur_days=112,
     description="Expected duration: 16 weeks (through 11/23/2026).",
     dx=[dx("Major depressive disorder, recurrent, moderate", "F33.1", None, True)],
     goals=[goal("Augustin will lower his PHQ-9 score from 16 to 9 or below.", None, due_dur=(16, "wk"), measure=PHQ9, detail=("quantity", 9, SCORE, SCORE, "<=")),
            goal("Augustin will sleep 6 hours or more on at least 5 of 7 nights.", None, due_dur=(12, "wk"), detail=("string", "5 of 7 nights"))],
     svcs=[svc("90837", "Psychotherapy, 60 minutes with patient", minutes=53, freq=(1, 1, "wk"), dur=(16, "wk"),
               desc="Individual psychotherapy (CBT), 53-60 minutes, once weekly for 16 weeks"),
           svc("90847", "Family psychotherapy with patient present, 50 minutes", minutes=50, freq=(1, 2, "wk"), dur=(16, "wk"),
               desc="Family session with spouse, 50 minutes, every other week for 16 weeks")],
     sigs=[sig("cl", "clinician", "2026-08-03")],
     notes="Clean. Collection Bundle; no CarePlan.period, the duration is in CarePlan.description and in each activity's boundsDuration; goals use dueDuration and are linked only from activity.detail.goal; ICD-10-CM-only Condition.")

o = org("Riverbend Physical Therapy", "Rochester", "MN", "55902", "507-555-0124", 12, "1700 2nd St SW")
plan(12, "fhir_document_pt_certified", "fhir-json", "document", "medicare-outpatient-therapy", [], "2026-03-20",
     title="Physical Therapy Plan of Care", disc="pt", org=o,
     pt=pat("Eleanor", "Vasquez-Hart", "1944-05-17", "female", "RPT-88412", medicare("3HN8TG4WA26")),
     staff={"cl": person("Caleb", "Northrup", "DPT"), "md": person("Anjali", "Mehta", "MD")}, author="cl",
     first_tx="2026-03-02", first_tx_label="Initial evaluation / start of care", plan_date="2026-03-02",
     period=("2026-03-02", "2026-05-29"), period_label="Certification period", exp_dur="12 weeks",
     description="Certification period 03/02/2026 - 05/29/2026. Duration 12 weeks.",
     dx=[dx("Aftercare following joint replacement surgery", "Z47.1", None, True), dx("Presence of right artificial knee joint", "Z96.651", None)],
     goals=[goal("Increase right knee flexion from 85 to 115 degrees.", "2026-05-25", measure="Right knee flexion AROM", detail=("quantity", 115, "deg", "deg", ">=")),
            goal("Walk 500 feet on level surfaces without an assistive device, independently.", "2026-05-25", detail=("string", "500 ft, independent, no device")),
            goal("Go up and down 12 stairs with one rail, reciprocal pattern, modified independent.", "2026-05-25", detail=("string", "12 stairs, modified independent"))],
     svcs=[svc("97110", "Therapeutic exercise", freq=(2, 1, "wk"), dur=(12, "wk"), **PT_CAT),
           svc("97116", "Gait training", freq=(2, 1, "wk"), dur=(12, "wk"), **PT_CAT),
           svc("97140", "Manual therapy", freq=(2, 1, "wk"), dur=(12, "wk"), **PT_CAT)],
     reviews=[{"date": "2026-04-13", "what": "Progress report (10th visit)"}],
     sigs=[sig("cl", "clinician", "2026-03-02", mode="attester", amode="professional"),
           sig("md", "physician", "2026-03-09", mode="attester", amode="legal", time="11:05:00")],
     notes="Clean. Document Bundle; first treatment = initial evaluation Encounter (97161) of 03/02/2026; physician certification as Composition.attester (legal) 7 days later; services 2x/week for 12 weeks (boundsDuration).")

o = org("Summit Hand & Occupational Therapy", "Boise", "ID", "83702", "208-555-0139", 13, "910 W Main St")
plan(13, "fhir_transaction_ot_cert_too_long", "fhir-json", "transaction", "medicare-outpatient-therapy", [], "2026-03-16",
     title="Occupational Therapy Plan of Care", disc="ot", org=o,
     pt=pat("Franklin", "Osei", "1951-09-09", "male", "SHO-31245", medicare("7TK3WD8NF54")),
     staff={"cl": person("Renata", "Vukovic", "OTR/L", qual="qual"), "md": person("Martin", "Szabo", "DO")}, author="cl",
     first_tx="2026-02-02", first_tx_label="Initial OT evaluation (start of care)", plan_date="2026-02-02",
     period=("2026-02-02", "2026-05-29"), period_label="Certification period", exp_dur="16 weeks",
     description="OT plan of care. Certification period 02/02/2026 through 05/29/2026 (16 weeks).",
     dx=[dx("Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic", "M75.121", None, True)],
     goals=[goal("Increase right shoulder flexion AROM from 90 to 150 degrees.", "2026-05-29", measure="Shoulder flexion AROM", detail=("quantity", 150, "deg", "deg", ">=")),
            goal("Increase right grip strength from 20 lb to 45 lb (dynamometer).", "2026-05-29", measure="Grip strength", detail=("quantity", 45, "[lb_av]", "[lb_av]", ">=")),
            goal("Put on and take off a pullover shirt independently.", "2026-04-13", detail=("string", "independent"))],
     svcs=[svc("97530", "Therapeutic activities", freq=(2, 1, "wk"), dur=(16, "wk"), **OT_CAT),
           svc("97110", "Therapeutic exercise", freq=(2, 1, "wk"), dur=(16, "wk"), **OT_CAT)],
     sigs=[sig("cl", "clinician", "2026-02-02"), sig("md", "physician", "2026-02-10", sigtype="verification", ptype="verifier", prov=1, as_="Certifying physician")],
     gaps=[["review-interval-exceeded"]],
     notes="Gap: the certification period runs 02/02/2026 - 05/29/2026 (116 days from the first treatment) with no recertification before it, over the 90-day maximum. Transaction Bundle, Provenance signatures.")

o = org("Brightwater Speech & Swallow Clinic", "Tucson", "AZ", "85701", "520-555-0158", 14, "160 S Scott Ave")
plan(14, "fhir_xml_collection_slp_uncertified", "fhir-xml", "collection", "medicare-outpatient-therapy", [], "2024-08-12",
     title="Speech-Language Pathology Plan of Care", disc="slp", org=o,
     pt=pat("Gloria", "Abernethy-Nash", "1939-03-03", "female", "BSS-10488", medicare("4RJ9VE2MC37")),
     staff={"cl": person("Keiko", "Brandvold", "CCC-SLP")}, author="cl",
     first_tx="2024-07-22", first_tx_label="SLP evaluation (first treatment day)", plan_date="2024-07-22",
     period=("2024-07-22", "2024-10-18"), period_label="Certification period", exp_dur="12 weeks",
     dx=[dx("Dysphagia, oropharyngeal phase", "R13.12", "40739000", True, sct_disp="Dysphagia"),
         dx("Aphasia", "R47.01", "87486003", sct_disp="Aphasia")],
     goals=[goal("Patient will swallow thin liquids by cup sips with no signs of aspiration on 90% of trials.", "2024-10-14", detail=("string", "90% of trials")),
            goal("Patient will name 8 of 10 common objects on confrontation naming.", "2024-10-14", detail=("string", "8 of 10"))],
     svcs=[svc("92526", "Treatment of swallowing dysfunction", freq=(2, 1, "wk"), dur=(12, "wk"), **ST_CAT),
           svc("92507", "Treatment of speech, language, voice, communication", freq=(1, 1, "wk"), dur=(12, "wk"), **ST_CAT)],
     sigs=[sig("cl", "clinician", "2024-07-22")],
     cp_notes=["Certification: plan faxed to referring physician Dr. Ellis Halvorsen for signature 07/23/2024 - signed copy not yet returned."],
     gaps=[["signature-missing"]],
     notes="Gap (profile version 2015-10, error): no physician/NPP certification signature; only the SLP's Provenance; a note says the plan was faxed for signature and not returned. FHIR XML collection Bundle.")

o = org("Cascade Spine & Sports PT", "Spokane", "WA", "99201", "509-555-0172", 15, "820 W Sprague Ave")
plan(15, "fhir_searchset_late_certification", "fhir-json", "searchset", "medicare-outpatient-therapy", [], "2026-04-27",
     title="Plan of Care - Physical Therapy", disc="pt", org=o,
     pt=pat("Oswaldo", "Prieto", "1948-12-12", "male", "CSS-70214", medicare("6PE2KA7UX81")),
     staff={"cl": person("Hallie", "Greaves", "PT", qual="suffix"), "md": person("Victor", "Lindahl", "MD")}, author="cl",
     first_tx="2026-03-02", first_tx_label="PT evaluation / first visit", plan_date="2026-03-02",
     period=("2026-03-02", "2026-05-29"), period_label="Certification period",
     dx=[dx("Low back pain, unspecified", "M54.50", "279039007", True, sct_disp="Low back pain"), dx("Unsteadiness on feet", "R26.81", None)],
     goals=[goal("Lower Oswestry Disability Index from 46% to 20% or less.", "2026-05-25", measure="Oswestry Disability Index", detail=("quantity", 20, "%", "%", "<=")),
            goal("Stand and walk 30 minutes without rest for grocery shopping.", "2026-05-25", detail=("string", "30 minutes"))],
     svcs=[svc("97110", "Therapeutic exercise", freq=(2, 1, "wk"), dur=(12, "wk"), **PT_CAT),
           svc("97112", "Neuromuscular re-education", freq=(2, 1, "wk"), dur=(24, "visits"), **PT_CAT)],
     reviews=[{"date": "2026-05-01", "what": "Progress report"}],
     sigs=[sig("cl", "clinician", "2026-03-02"), sig("md", "physician", "2026-04-20", sigtype="verification", ptype="verifier", prov=1, as_="Certifying physician")],
     gaps=[["signature-late"]],
     notes="Gap: the physician's certification Provenance is dated 04/20/2026, 49 days after the first treatment (03/02/2026), beyond 30 days (warning under the 2025-01 version). Searchset Bundle.")

o = org("Prairie Home Health Services", "Wichita", "KS", "67202", "316-555-0115", 16, "125 N Market St")
plan(16, "fhir_document_home_health", "fhir-json", "document", "medicare-home-health", [], "2026-02-20",
     title="Home Health Certification and Plan of Care", disc="home-health", org=o,
     pt=pat("Vernon", "Ackerly", "1938-07-29", "male", "PHH-30017", medicare("1CW7NJ3FE92", "Medicare Part A"), street="2216 S Seneca St"),
     staff={"cl": person("Patrice", "Dumont", "RN"), "md": person("Lucinda", "Harrow", "MD")}, author="cl",
     first_tx="2026-02-03", first_tx_label="Start of care", plan_date="2026-02-03",
     period=("2026-02-03", "2026-04-03"), period_label="Certification period",
     dx=[dx("Chronic systolic (congestive) heart failure", "I50.22", "441481004", True, sct_disp="Chronic systolic heart failure"),
         dx("Type 2 diabetes mellitus without complications", "E11.9", "44054006"), dx("Essential (primary) hypertension", "I10", "59621000")],
     goals=[goal("Patient will weigh himself daily and record it in his log on 7 of 7 days.", "2026-03-03", detail=("string", "7 of 7 days")),
            goal("Patient will walk 150 feet with a rolling walker and standby assist.", "2026-04-03", detail=("string", "150 ft, SBA")),
            goal("Patient will name 4 of 4 heart failure warning signs that need a call to the agency.", "2026-02-24", detail=("string", "4 of 4"))],
     svcs=[svc("G0299", "Direct skilled nursing services of a registered nurse (RN)", "hcpcs", freq=(2, 1, "wk"), dur=(4, "wk"), **SN_CAT),
           svc("G0299", "Direct skilled nursing services of a registered nurse (RN) - weeks 5-8", "hcpcs", freq=(1, 1, "wk"), dur=(4, "wk"), **SN_CAT),
           svc("G0151", "Services performed by a qualified physical therapist in the home health setting", "hcpcs", freq=(2, 1, "wk"), dur=(6, "wk"), units=12, **PT_CAT),
           svc("G0299", "Skilled nursing PRN for weight gain over 3 lb in 2 days", "hcpcs", prn=True, prn_max=2, **SN_CAT)],
     reviews=[{"date": "2026-03-30", "what": "Recertification OASIS"}],
     sigs=[sig("cl", "clinician", "2026-02-03", mode="attester", amode="professional"),
           sig("md", "physician", "2026-02-10", mode="attester", amode="legal", time="18:20:00")],
     notes="Clean. Document Bundle; 60-day certification period 02/03-04/03/2026; visits as Timing (2/wk x 4 wk, 1/wk x 4 wk), PRN visits with count 2; physician attester legal.")

o = org("Bluegrass Visiting Nurses", "Lexington", "KY", "40507", "859-555-0161", 17, "333 W Vine St")
plan(17, "fhir_transaction_prn_unlimited", "fhir-json", "transaction", "medicare-home-health", [], "2026-05-12",
     title="Plan of Care (485)", disc="home-health", org=o, member_in="coverage",
     pt=pat("Ruth", "Nakagawa", "1942-01-15", "female", "BVN-88163", medicare("8FK2YP6HD43", "Medicare Part A")),
     staff={"cl": person("Shirin", "Abadi", "RN", qual="suffix"), "md": person("Dwight", "Okoro", "DO")}, author="cl",
     first_tx="2026-04-21", plan_date="2026-04-21", period=("2026-04-21", "2026-06-19"), period_label="Certification period",
     dx=[dx("Pressure ulcer of sacral region, stage 3", "L89.153", None, True), dx("Type 2 diabetes mellitus without complications", "E11.9", None)],
     goals=[goal("Sacral wound will decrease from 4.0 x 3.2 cm to 2.0 x 1.5 cm or smaller.", "2026-06-19", detail=("string", "2.0 x 1.5 cm or smaller")),
            goal("Daughter will return-demonstrate the sacral dressing change correctly.", "2026-05-19", detail=("string", "correct return demonstration"))],
     svcs=[svc("G0299", "Skilled nursing - wound care", "hcpcs", freq=(3, 1, "wk"), dur=(3, "wk"), **SN_CAT),
           svc("G0299", "Skilled nursing - wound care, weeks 4-8", "hcpcs", freq=(2, 1, "wk"), dur=(5, "wk"), **SN_CAT),
           svc("G0299", "Skilled nursing PRN for dressing dislodgement or heavy drainage", "hcpcs", prn=True, instr="Call the agency for a PRN visit if the dressing comes off or soaks through.", **SN_CAT),
           svc("G0156", "Home health aide services", "hcpcs", freq=(2, 1, "wk"), dur=(8, "wk"), **SN_CAT)],
     sigs=[sig("cl", "clinician", "2026-04-21"), sig("md", "physician", "2026-04-28", sigtype="verification", ptype="verifier", prov=1, as_="Certifying physician")],
     gaps=[["frequency-missing"]],
     notes="Gap: a skilled-nursing PRN order (asNeededBoolean, no count or limit) has no limit on the number of visits. Transaction Bundle; member ID only in a Coverage resource.")

o = org("Heartland Home Care", "Springfield", "MO", "65806", "417-555-0193", 18, "1845 S National Ave")
plan(18, "fhir_xml_searchset_chiropractor_cert", "fhir-xml", "searchset", "medicare-home-health", [], "2026-06-10",
     title="Home Health Plan of Care", disc="home-health", org=o,
     pt=pat("Clifford", "Dunaway", "1940-10-21", "male", "HHC-52281", medicare("2YM6EC4RP15", "Medicare Part A")),
     staff={"cl": person("Hannah", "Quist", "PT"), "md": person("Brent", "Yoakum", "DC")}, author="cl",
     first_tx="2026-05-18", plan_date="2026-05-18", period=("2026-05-18", "2026-07-16"), period_label="Certification period",
     dx=[dx("Low back pain, unspecified", "M54.50", None, True), dx("Unsteadiness on feet", "R26.81", None), dx("Other reduced mobility", "Z74.09", None)],
     goals=[goal("Timed Up and Go will improve from 24 seconds to under 14 seconds.", "2026-07-16", measure="Timed Up and Go", detail=("quantity", 14, "s", "s", "<")),
            goal("Patient will transfer bed to chair independently.", "2026-06-29", detail=("string", "independent"))],
     svcs=[svc("G0151", "Physical therapy in the home", "hcpcs", freq=(2, 1, "wk"), dur=(4, "wk"), **PT_CAT),
           svc("G0151", "Physical therapy in the home, weeks 5-8", "hcpcs", freq=(1, 1, "wk"), dur=(4, "wk"), **PT_CAT),
           svc("G0152", "Occupational therapy in the home", "hcpcs", freq=(1, 1, "wk"), dur=(4, "wk"), **OT_CAT)],
     sigs=[sig("cl", "clinician", "2026-05-18"), sig("md", "physician", "2026-05-22", sigtype="verification", ptype="verifier", prov=1, as_="Certifying practitioner")],
     gaps=[["credential-not-permitted", "signature-missing"]],
     notes="Gap: the certifying signature (Provenance verification, role 'Certifying practitioner') is by a chiropractor (DC), not an MD/DO/NP/CNS/PA. FHIR XML searchset Bundle.")

o = org("North Star Home Health", "Duluth", "MN", "55802", "218-555-0104", 19, "402 W 1st St")
plan(19, "fhir_contained_recert_lapsed", "fhir-json", "contained", "medicare-home-health", [], "2026-03-20",
     title="Home Health Plan of Care", disc="home-health", org=o, act_mode="detail", goal_link="careplan",
     pt=pat("Margarethe", "Olsson", "1936-02-02", "female", "NSH-12044", medicare("5AT9GW3KN68", "Medicare Part A")),
     staff={"cl": person("Joel", "Lindgren", "RN"), "md": person("Arturo", "Benavides", "MD")}, author="cl",
     first_tx="2026-01-05", plan_date="2026-01-05", period=("2026-01-05", "2026-03-05"), period_label="Certification period",
     dx=[dx("Chronic obstructive pulmonary disease with (acute) exacerbation", "J44.1", "195951007", True, sct_disp="Acute exacerbation of chronic obstructive airways disease"),
         dx("Chronic systolic (congestive) heart failure", "I50.22", None)],
     goals=[goal("Patient will use pursed-lip breathing and keep SpO2 at 90% or higher during bathing.", "2026-03-05", detail=("string", "SpO2 >= 90%")),
            goal("Patient will take all inhalers as prescribed on 7 of 7 days per the pill-box check.", "2026-02-05", detail=("cc", "Adherent to medication regimen 7 of 7 days"))],
     svcs=[svc("G0299", "Skilled nursing visits", "hcpcs", freq=(2, 1, "wk"), dur=(4, "wk"), **SN_CAT),
           svc("G0299", "Skilled nursing visits, weeks 5-9", "hcpcs", freq=(1, 1, "wk"), dur=(5, "wk"), **SN_CAT)],
     sigs=[sig("cl", "clinician", "2026-01-05", mode="note", as_="Case manager RN"),
           sig("md", "physician", "2026-01-12", mode="note", as_="Certifying physician", time="07:55:00")],
     gaps=[["review-overdue"]],
     notes="Gap: the certification period ended 03/05/2026 and, on 03/20/2026, no recertification is recorded or scheduled. A single CarePlan with contained resources; signatures only as CarePlan.note e-signature lines.")

o = org("Little Lighthouse Behavioral Therapies", "Columbus", "OH", "43215", "614-555-0120", 20, "260 S High St")
plan(20, "fhir_transaction_aba", "fhir-json", "transaction", "commercial-aba", [], "2026-02-16",
     title="ABA Treatment Plan and Authorization Request", disc="aba", org=o, member_in="coverage", goal_link="both",
     pt=pat("Mateo", "Villanueva", "2020-06-11", "male", "LLB-4410", commercial("WPX4471820-01", "Evergreen Health Plan", 520)),
     guardian={"given": "Lucia", "family": "Villanueva", "rel": "MTH", "rel_disp": "mother"},
     staff={"cl": person("Shauna", "Keel", "BCBA")}, author="cl",
     plan_date="2026-01-26", period=("2026-02-01", "2026-07-31"), period_label="Authorization period",
     dx=[dx("Autistic disorder", "F84.0", "408856003", True, sct_disp="Autistic disorder", dx_by="Ilana Brook, PhD", dx_on="2024-03-14",
            dx_by_npi=npi("143820175"), dx_how="ADOS-2 and developmental evaluation")],
     assess=[{"name": "VB-MAPP Milestones Assessment", "date": "2026-01-12", "score": "Milestones 68/170; Barriers 31", "by": "cl"},
             {"name": "Vineland-3 (parent interview form)", "date": "2026-01-14", "score": "Adaptive Behavior Composite 71", "by": "cl"}],
     goals=[goal("Mateo will request 15 different items or activities without prompts.", "2026-07-31", measure="Independent mands",
                 detail=("string", "15 items, 80% of opportunities across 3 consecutive sessions"), baseline="4 items with a full verbal prompt (01/12/2026)"),
            goal("Mateo will reduce elopement from 6 per day to 1 or fewer per day.", "2026-07-31", measure="Elopement per day",
                 detail=("quantity", 1, "/d", "/d", "<="), baseline="6 per day (ABC data 01/05-01/09/2026)"),
            goal("Mother will run the visual schedule and first-then routine with 90% fidelity on 3 consecutive observed sessions.", "2026-05-31",
                 measure="Caregiver fidelity", detail=("quantity", 90, "%", "%", ">="), baseline="40% fidelity (01/19/2026)", caregiver=True)],
     svcs=[svc("97153", "Adaptive behavior treatment by protocol (RBT)", freq=(5, 1, "wk"), session_h=4, hours_wk=20, dur=(26, "wk"), cat_code="409063005", cat_disp="Counseling"),
           svc("97155", "Adaptive behavior treatment with protocol modification (BCBA)", freq=(2, 1, "wk"), session_h=1, hours_wk=2, dur=(26, "wk")),
           svc("97156", "Family adaptive behavior treatment guidance", freq=(1, 1, "wk"), session_h=1, hours_wk=1, dur=(26, "wk"))],
     reviews=[{"date": "2026-07-15", "what": "Progress review and reauthorization"}],
     sigs=[sig("cl", "clinician", "2026-01-26", as_="Supervising BCBA"), sig("guardian", "guardian", "2026-01-27", sigtype="consent", ptype="informant", prov=1)],
     notes="Clean. Transaction Bundle; diagnosis asserter and date on the Condition; assessments as Observations in supportingInfo; hours per week as Timing (frequency x duration in hours) and boundsDuration; guardian consent Provenance.")

o = org("Cedar Path Autism Services", "Raleigh", "NC", "27601", "919-555-0146", 21, "421 Fayetteville St")
plan(21, "fhir_document_aba_no_baselines", "fhir-json", "document", "commercial-aba", [], "2026-03-18",
     title="Behavior Analytic Treatment Plan", disc="aba", org=o,
     pt=pat("Amira", "Haddad", "2019-09-23", "female", "CPA-2209", commercial("TRH-55019384", "Tarheel Benefit Plan", 521)),
     guardian={"given": "Karim", "family": "Haddad", "rel": "FTH", "rel_disp": "father"},
     staff={"cl": person("Leontyne", "Vance", "BCBA-D")}, author="cl",
     plan_date="2026-03-02", period=("2026-03-02", "2026-08-31"), period_label="Authorization period",
     dx=[dx("Autistic disorder", "F84.0", "408856003", True, dx_by="Rowan Pettibone, MD", dx_on="2022-11-30", dx_by_npi=npi("152093847"), dx_how="developmental pediatrics evaluation")],
     assess=[{"name": "VB-MAPP Milestones Assessment", "date": "2024-11-04", "score": "Milestones 54/170", "by": "cl"}],
     goals=[goal("Amira will answer 10 different wh- questions about familiar pictures.", "2026-08-31", measure="Correct answers to wh- questions",
                 detail=("string", "80% correct across 3 consecutive sessions")),
            goal("Amira will tolerate a 10-minute group circle time without leaving her seat.", "2026-08-31", detail=("string", "10 minutes on 4 of 5 days")),
            goal("Father will deliver token-board reinforcement correctly on 90% of steps across 3 observed sessions.", "2026-06-30",
                 detail=("quantity", 90, "%", "%", ">="), caregiver=True)],
     svcs=[svc("97153", "Adaptive behavior treatment by protocol", freq=(5, 1, "wk"), session_h=3, hours_wk=15, dur=(26, "wk")),
           svc("97155", "Protocol modification by BCBA", freq=(1, 1, "wk"), session_h=2, hours_wk=2, dur=(26, "wk")),
           svc("97156", "Family guidance", freq=(1, 1, "wk"), session_h=1, hours_wk=1, dur=(26, "wk"))],
     reviews=[{"date": "2026-08-17", "what": "Six-month progress review"}],
     sigs=[sig("cl", "clinician", "2026-03-02", mode="attester", amode="professional"),
           sig("guardian", "guardian", "2026-03-03", mode="attester", amode="personal")],
     gaps=[["baseline-missing"], ["assessment-outdated"]],
     notes="Gaps: no goal records a baseline (targets and dates only), and the only standardized assessment (VB-MAPP 11/04/2024) is more than a year older than the plan (03/02/2026). Document Bundle with guardian attester (personal).")

o = org("Kestrel Behavioral Health", "Knoxville", "TN", "37902", "865-555-0117", 22, "620 Market St")
plan(22, "fhir_xml_collection_aba_no_caregiver_goal", "fhir-xml", "collection", "commercial-aba", [], "2025-10-06",
     title="ABA Individualized Treatment Plan", disc="aba", org=o,
     pt=pat("Jonah", "Whitaker", "2021-02-08", "male", "KBH-7731", commercial("VOL-300218866", "Volunteer Health Partners", 522)),
     guardian={"given": "Allison", "family": "Whitaker", "rel": "MTH", "rel_disp": "mother"},
     staff={"cl": person("Desmond", "Rourke", "BCBA")}, author="cl",
     plan_date="2025-09-15", period=("2025-09-15", "2026-03-14"), period_label="Authorization period",
     dx=[dx("Autistic disorder", "F84.0", "408856003", True, dx_by="Celia Marrow, PsyD", dx_on="2024-12-09", dx_by_npi=npi("167302948"), dx_how="ADOS-2")],
     assess=[{"name": "ABLLS-R", "date": "2025-08-28", "score": "Domains A-H scored; 212 of 544", "by": "cl"}],
     goals=[goal("Jonah will imitate 10 two-step motor actions.", "2026-03-14", measure="Imitated two-step actions", detail=("string", "10 actions, 80% across 3 sessions"),
                 baseline="2 actions with physical prompts"),
            goal("Jonah will reduce hitting from 12 per day to 2 or fewer per day.", "2026-03-14", measure="Hitting per day", detail=("quantity", 2, "/d", "/d", "<="),
                 baseline="12 per day"),
            goal("Jonah will wash his hands with 6 of 6 steps done independently.", "2026-01-15", detail=("string", "6 of 6 steps, independent"), baseline="1 of 6 steps")],
     svcs=[svc("97153", "Adaptive behavior treatment by protocol", freq=(5, 1, "wk"), session_h=4, hours_wk=20, dur=(26, "wk")),
           svc("97155", "Adaptive behavior treatment with protocol modification", freq=(2, 1, "wk"), session_h=1, hours_wk=2, dur=(26, "wk")),
           svc("97156", "Family adaptive behavior treatment guidance", freq=(1, 1, "wk"), session_h=1, hours_wk=1, dur=(26, "wk"))],
     reviews=[{"date": "2026-03-01", "what": "Reassessment and progress review"}],
     sigs=[sig("cl", "clinician", "2025-09-15"), sig("guardian", "guardian", "2025-09-16", sigtype="consent", ptype="informant")],
     gaps=[["caregiver-goal-missing"]],
     notes="Gap: no goal involves caregiver training (all goals are the child's), although 97156 family guidance is requested. FHIR XML collection Bundle.")

# ---- C-CDA R2.1 ---------------------------------------------------------------------------------
ASSESS_SEC = ("2.16.840.1.113883.10.20.22.2.8", "51848-0", "Evaluation note", "ASSESSMENT")
MSE_SEC = ("2.16.840.1.113883.10.20.22.2.56", "10190-7", "Mental status Narrative", "MENTAL STATUS")
HPI_SEC = ("1.3.6.1.4.1.19376.1.5.3.1.3.4", "10164-2", "History of Present illness Narrative", "HISTORY OF PRESENT ILLNESS")
RFR_SEC = ("1.3.6.1.4.1.19376.1.5.3.1.3.1", "42349-1", "Reason for referral (narrative)", "REASON FOR REFERRAL")
FUNC_SEC = ("2.16.840.1.113883.10.20.22.2.14", "47420-5", "Functional status assessment note", "FUNCTIONAL STATUS")
SUBJ_SEC = ("2.16.840.1.113883.10.20.21.2.2", "61150-9", "Subjective Narrative", "SUBJECTIVE")
SOC_SEC = ("2.16.840.1.113883.10.20.22.2.17", "29762-2", "Social history Narrative", "SOCIAL HISTORY")

o = org("Harborview Counseling Collaborative", "Portland", "ME", "04101", "207-555-0182", 23, "75 Pearl St")
plan(23, "ccda_careplan_psychotherapy", "ccda", "careplan", "medicare-psychotherapy", [], "2026-04-08",
     title="Care Plan - Outpatient Psychotherapy", disc="psychotherapy", org=o, goal_intv="embed", tid_both=True, sig_text=True,
     pt=pat("Philippa", "Crane", "1955-05-05", "female", "HCC-60318", medicare("4KE8RU2WB69"), phone="207-555-0411"),
     staff={"cl": person("Gideon", "Marchetti", "LCSW", qual="suffix")}, author="cl",
     plan_date="2026-03-16", period=("2026-03-16", "2026-09-15"),
     dx=[dx("Major depressive disorder, recurrent, moderate", "F33.1", "18818009", True, sct_disp="Moderate recurrent major depression"),
         dx("Generalized anxiety disorder", "F41.1", "21897009")],
     goals=[goal("Philippa will lower her PHQ-9 score from 19 to 9 or below.", "2026-09-15", start="2026-03-16", measure=PHQ9,
                 detail=("quantity", 9, SCORE, SCORE, "<="), baseline="PHQ-9 19", target_text="PHQ-9 <= 9", svcs=[0]),
            goal("Philippa will do one planned pleasant activity on at least 5 of 7 days, per her activity log.", "2026-06-15", start="2026-03-16",
                 detail=("string", "5 of 7 days"), baseline="1 of 7 days", svcs=[0])],
     svcs=[svc("90837", "Psychotherapy, 60 minutes with patient", minutes=53, freq=(1, 1, "wk"), bounds=("2026-03-16", "2026-09-15"), performer="LCSW")],
     sigs=[sig("cl", "clinician", "2026-03-16", mode="legal")],
     extra_sections=[ASSESS_SEC + (["Recurrent depression with anxious distress. PHQ-9 19, GAD-7 12 on 03/09/2026. No current suicidal ideation."],)],
     notes="Clean. C-CDA Care Plan document: Health Concerns with ICD-10-CM translations under SNOMED, Goal Observations with embedded Planned Procedure interventions, Interventions section; signed legalAuthenticator with suffix credential and sdtc:signatureText.")

o = org("Allegheny Riverside Behavioral Health", "Pittsburgh", "PA", "15222", "412-555-0155", 24, "600 Grant St")
plan(24, "ccda_progress_note_pa", "ccda", "progress", "medicare-psychotherapy", ["pa-55-5200"], "2026-05-06",
     title="Psychotherapy Progress Note - Treatment Plan", disc="psychotherapy", org=o, goal_intv="ref", svc_time="pivl", goal_time="value",
     pt=pat("Louis", "Demarco", "1953-08-18", "male", "ARB-22814", medicare("6WN3HF9KT24")),
     staff={"cl": person("Annika", "Sorensen", "LPC", qual="suffix"),
            "md": person("Desmond", "Faulk", "MD", qual="suffix", taxonomy=("2084P0800X", "Psychiatry"))}, author="cl",
     performers=["cl", "md"], admission="2026-03-30", admission_label="Intake date", plan_date="2026-04-14",
     period=("2026-04-14", "2026-10-13"), exp_dur="6 months",
     dx=[dx("Post-traumatic stress disorder, chronic", "F43.12", "313182004", True, sct_disp="Chronic post-traumatic stress disorder")],
     goals=[goal("Louis will have fewer PTSD symptoms.", "2026-10-13", svcs=[0],
                 objectives=[goal("Louis will lower his PCL-5 score from 55 to 38 or below.", "2026-07-14", measure="PCL-5", detail=("quantity", 38, SCORE, SCORE, "<=")),
                             goal("Louis will use a grounding skill during 4 of 5 logged flashbacks.", "2026-07-14", detail=("string", "4 of 5"))]),
            goal("Louis will go back to shopping in busy stores.", "2026-10-13", svcs=[0],
                 objectives=[goal("Louis will shop at the supermarket for 20 minutes at least once a week.", "2026-08-14", detail=("string", "20 minutes, weekly"))])],
     svcs=[svc("90834", "Psychotherapy, 45 minutes with patient", minutes=45, freq=(1, 1, "wk"), bounds=("2026-04-14", "2026-10-13"))],
     sigs=[sig("cl", "clinician", "2026-04-14", mode="legal"), sig("patient", "client", "2026-04-14", mode="auth", time="15:05:00"),
           sig("md", "physician", "2026-04-17", mode="auth", time="08:30:00")],
     extra_sections=[SUBJ_SEC + (["Louis reports nightmares 4-5 nights a week and avoids crowded places since a 2019 robbery at work."],),
                     MSE_SEC + (["Alert, oriented x4, anxious affect, linear thought process, denies SI/HI."],)],
     notes="Clean. C-CDA Progress Note carrying the plan: objectives as COMP Goal Observations, Entry References from goals to the planned procedure, PIVL_TS frequency; patient (ONESELF) and psychiatrist as authenticators; intake in encompassingEncounter and the plan narrative.")

o = org("Piedmont Senior Behavioral Health", "Greenville", "SC", "29601", "864-555-0163", 25, "101 N Main St")
plan(25, "ccd_plan_of_treatment_snomed", "ccda", "ccd", "medicare-psychotherapy", [], "2026-02-25",
     title="Continuity of Care Document", disc="psychotherapy", org=o, tid_ext=False, nf_sections=True, device_author="Practice EHR 12.4",
     pt=pat("Cornelius", "Abara", "1950-11-30", "male", "PSB-90122", medicare("3RC5DK8YM47")),
     staff={"cl": person("Felicity", "Yarrow", "PhD", qual="suffix")}, author="cl",
     plan_date="2026-02-02", period=("2026-02-02", "2026-07-31"),
     dx=[dx("Depressive disorder", None, "35489007", True), dx("Generalized anxiety disorder", "F41.1", "21897009")],
     goals=[goal("Cornelius will lower his GDS-15 score from 10 to 5 or below.", "2026-07-31", detail=("quantity", 5, SCORE, SCORE, "<=")),
            goal("Cornelius will walk with his neighbor at least 3 days a week.", "2026-05-02", detail=("string", "3 days per week"))],
     svcs=[svc("90834", "Psychotherapy, 45 minutes with patient", minutes=45, freq=(1, 1, "wk"), bounds=("2026-02-02", "2026-07-31"))],
     sigs=[sig("cl", "clinician", "2026-02-02", mode="legal")],
     gaps=[["diagnosis-code-missing"]],
     notes="Gap: the primary problem (depressive disorder) carries only a SNOMED CT code, with no ICD-10-CM translation (the secondary one has F41.1). CCD with Plan of Treatment section, templateIds without extension, nullFlavor sections, a device author.")

o = org("Mesa Verde Psychology Associates", "Albuquerque", "NM", "87102", "505-555-0138", 26, "320 Gold Ave SW")
plan(26, "ccda_consult_unsigned", "ccda", "consult", "medicare-psychotherapy", [], "2026-06-22",
     title="Psychological Consultation and Treatment Plan", disc="psychotherapy", org=o,
     pt=pat("Helena", "Sturgis", "1960-01-25", "female", "MVP-41177", medicare("9DP4XE6GN32")),
     staff={"cl": person("Raymond", "Ocampo", "PsyD", qual="suffix")}, author="cl",
     plan_date="2026-06-01", period=("2026-06-01", "2026-11-30"),
     dx=[dx("Generalized anxiety disorder", "F41.1", "21897009", True)],
     goals=[goal("Helena will lower her GAD-7 score from 15 to 7 or below.", "2026-11-30", measure=GAD7, detail=("quantity", 7, SCORE, SCORE, "<=")),
            goal("Helena will drive to her daughter's home (20 miles) alone at least twice a month.", "2026-09-01", detail=("string", "twice a month"))],
     svcs=[svc("90834", "Psychotherapy, 45 minutes with patient", minutes=45, freq=(1, 1, "wk"), bounds=("2026-06-01", "2026-11-30"))],
     sigs=[sig("cl", "clinician", None, mode="legal", signed=False, sigcode="X")],
     extra_sections=[RFR_SEC + (["Referred by primary care for worry, muscle tension and avoidance of driving."],),
                     HPI_SEC + (["Symptoms for about 2 years, worse since her husband's surgery last winter."],)],
     gaps=[["signature-missing"]],
     notes="Gap: the legalAuthenticator has signatureCode 'X' (signature required, not obtained) and no time; no other signature. C-CDA Consultation Note with Assessment and Plan section.")

o = org("Willamette Valley Counseling", "Salem", "OR", "97301", "503-555-0112", 27, "215 Liberty St NE")
plan(27, "ccda_careplan_no_session_length", "ccda", "careplan", "medicare-psychotherapy", [], "2026-03-30",
     title="Behavioral Health Care Plan", disc="psychotherapy", org=o, goal_intv="embed",
     pt=pat("Ambrose", "Kittredge", "1946-04-04", "male", "WVC-80451", medicare("2HJ7TA3QR86")),
     staff={"cl": person("Paloma", "Reyes", "LMFT", qual="qual")}, author="cl",
     plan_date="2026-03-04", period=("2026-03-04", "2026-08-31"),
     dx=[dx("Adjustment disorder with mixed anxiety and depressed mood", "F43.23", None, True)],
     goals=[goal("Ambrose will lower his PHQ-9 score from 13 to 5 or below.", "2026-08-31", measure=PHQ9, detail=("quantity", 5, SCORE, SCORE, "<="), svcs=[0]),
            goal("Ambrose will join the men's breakfast group at least twice a month.", "2026-06-04", detail=("string", "twice a month"), svcs=[0])],
     svcs=[svc(None, "Individual psychotherapy (supportive and problem-solving therapy)", freq=(1, 1, "wk"), bounds=("2026-03-04", "2026-08-31"), tag="act")],
     sigs=[sig("cl", "clinician", "2026-03-04", mode="legal")],
     gaps=[["amount-missing"]],
     notes="Gap: the only intervention (Planned Act, no CPT code) gives frequency and dates but no session length. C-CDA Care Plan with Health Concerns and Interventions sections.")

o = org("Tidewater Behavioral Associates", "Norfolk", "VA", "23510", "757-555-0191", 28, "150 W Brambleton Ave")
plan(28, "ccd_narrative_plan_no_duration", "ccda", "ccd", "medicare-psychotherapy", [], "2026-08-12",
     title="Summary of Care - Behavioral Health", disc="psychotherapy", org=o, narr_goals=True, narr_plan=True,
     pt=pat("Josephine", "Marlowe", "1957-09-09", "female", "TBA-33019", medicare("5MU2GC8HX53")),
     staff={"cl": person("Elliot", "Brannigan", "LPC", qual="suffix")}, author="cl",
     plan_date="2026-07-20",
     dx=[dx("Major depressive disorder, recurrent, moderate", "F33.1", "18818009", True)],
     goals=[goal("Josephine will lower her PHQ-9 score from 16 to 9 or below.", "2026-10-20", baseline="PHQ-9 16"),
            goal("Josephine will return to her book club at least 2 times a month.", "2026-10-20")],
     svcs=[svc("90834", "Psychotherapy, 45 minutes with patient", minutes=45, freq=(1, 1, "wk"))],
     plan_notes=["Expected duration: ongoing; will be re-evaluated as needed."],
     sigs=[sig("cl", "clinician", "2026-07-20", mode="legal")],
     gaps=[["duration-missing"]],
     notes="Gap: no duration, end date or plan period anywhere ('Expected duration: ongoing'). CCD whose Goals and Plan of Treatment sections are narrative only (no entries).")

o = org("Lakeside Rehabilitation Partners", "Madison", "WI", "53703", "608-555-0126", 29, "1 S Pinckney St")
plan(29, "ccda_careplan_pt", "ccda", "careplan", "medicare-outpatient-therapy", [], "2025-09-15",
     title="Physical Therapy Plan of Care and Certification", disc="pt", org=o, goal_intv="ref", tid_both=True,
     pt=pat("Stanislaw", "Nowicki", "1945-06-21", "male", "LRP-70091", medicare("7QA4NW2JE15")),
     staff={"cl": person("Greta", "Vollmer", "DPT", qual="suffix"), "md": person("Howard", "Pinsky", "MD", qual="suffix", taxonomy=("207R00000X", "Internal Medicine"))},
     author="cl", performers=["cl", "md"],
     first_tx="2025-08-25", first_tx_label="Start of care (initial evaluation)", plan_date="2025-08-25",
     period=("2025-08-25", "2025-11-21"), period_label="Certification period", exp_dur="12 weeks",
     dx=[dx("Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side", "I69.351", None, True), dx("Unsteadiness on feet", "R26.81", None)],
     goals=[goal("Improve Berg Balance Scale from 38 to 48 or higher.", "2025-11-17", detail=("quantity", 48, SCORE, SCORE, ">="), svcs=[0, 1]),
            goal("Walk 300 feet with a quad cane, modified independent, on level surfaces.", "2025-11-17", detail=("string", "300 ft, modified independent"), svcs=[1]),
            goal("Complete a car transfer with standby assist only.", "2025-10-20", detail=("string", "standby assist"), svcs=[2])],
     svcs=[svc("97110", "Therapeutic exercise", freq=(2, 1, "wk"), dur=(12, "wk"), bounds=("2025-08-25", "2025-11-17")),
           svc("97116", "Gait training", freq=(2, 1, "wk"), dur=(12, "wk"), bounds=("2025-08-25", "2025-11-17")),
           svc("97530", "Therapeutic activities", freq=(1, 1, "wk"), dur=(12, "wk"), bounds=("2025-08-25", "2025-11-17"))],
     reviews=[{"date": "2025-09-24", "what": "Progress report"}],
     sigs=[sig("cl", "clinician", "2025-08-25", mode="legal"), sig("md", "physician", "2025-09-03", mode="auth", time="12:10:00")],
     extra_sections=[FUNC_SEC + ([(["Item", "Initial"], [["Berg Balance Scale", "38/56"], ["10 m walk test", "0.52 m/s"], ["Ambulation", "75 ft quad cane, min assist"]])],)],
     notes="Clean. C-CDA Care Plan: start of care in encompassingEncounter, certification period in serviceEvent, physician certification as authenticator 9 days after the first treatment, services 2x/week for 12 weeks.")

o = org("Pinecrest Outpatient Therapy", "Flagstaff", "AZ", "86001", "928-555-0179", 30, "2 W Aspen Ave")
plan(30, "ccda_progress_ot_no_frequency", "ccda", "progress", "medicare-outpatient-therapy", [], "2026-01-22",
     title="Occupational Therapy Evaluation and Plan of Care", disc="ot", org=o,
     pt=pat("Bernadette", "Lyle", "1949-03-13", "female", "POT-15530", medicare("8NB6KT4CW27")),
     staff={"cl": person("Mercedes", "Ibarra", "OTR/L", qual="suffix"), "md": person("Gareth", "Yoon", "NP", qual="suffix")}, author="cl",
     first_tx="2026-01-05", first_tx_label="Start of care", plan_date="2026-01-05",
     period=("2026-01-05", "2026-04-03"), period_label="Certification period", exp_dur="12 weeks",
     dx=[dx("Unspecified fracture of upper end of right humerus, subsequent encounter for fracture with routine healing", "S42.201D", None, True)],
     goals=[goal("Raise right shoulder flexion AROM from 70 to 130 degrees.", "2026-03-30", detail=("quantity", 130, "deg", "deg", ">=")),
            goal("Dress upper body independently, including fastening a bra.", "2026-03-02", detail=("string", "independent"))],
     svcs=[svc("97535", "Self-care/home management training", dur=(12, "wk")),
           svc("97530", "Therapeutic activities", dur=(12, "wk"))],
     freq_blank="per therapist", plan_notes=["Visit frequency: per therapist based on tolerance."],
     sigs=[sig("cl", "clinician", "2026-01-05", mode="legal"), sig("md", "physician", "2026-01-12", mode="auth")],
     extra_sections=[SUBJ_SEC + (["Fell on ice 11/18/2025; conservative management of a proximal humerus fracture; cleared for AROM."],)],
     gaps=[["frequency-missing"]],
     notes="Gap: neither OT service states a frequency ('per therapist based on tolerance'); duration 12 weeks is stated. C-CDA Progress Note, NP certification as authenticator.")

o = org("Coastal Speech Therapy", "Savannah", "GA", "31401", "912-555-0166", 31, "24 Drayton St")
plan(31, "ccda_careplan_slp", "ccda", "careplan", "medicare-outpatient-therapy", [], "2026-07-29",
     title="Speech Therapy Plan of Care", disc="slp", org=o, goal_time="value", svc_time="ivl",
     participants=[{"code": "DAU", "disp": "daughter", "given": "Lorraine", "family": "Plaskett-Boyd"}],
     pt=pat("Theodora", "Plaskett", "1941-12-01", "female", "CST-90812", medicare("3TX8JR5MF64")),
     staff={"cl": person("Yusuf", "Adeyemi", "CCC-SLP", qual="suffix"), "md": person("Carolyn", "Ames", "MD", qual="suffix")}, author="cl",
     first_tx="2026-07-06", plan_date="2026-07-06", period=("2026-07-06", "2026-10-02"), period_label="Certification period", exp_dur="12 weeks",
     dx=[dx("Parkinson's disease without dyskinesia, without mention of fluctuations", "G20.A1", None, True), dx("Dysphagia, oropharyngeal phase", "R13.12", None)],
     goals=[goal("Patient will drink thin liquids by cup sips with no signs of aspiration on 90% of trials.", "2026-09-28", detail=("string", "90% of trials")),
            goal("Raise speech intelligibility in conversation from 60% to 85%.", "2026-09-28", detail=("quantity", 85, "%", "%", ">="))],
     svcs=[svc("92526", "Treatment of swallowing dysfunction", freq=(2, 1, "wk"), dur=(12, "wk"), bounds=("2026-07-06", "2026-09-28")),
           svc("92507", "Treatment of speech, language, voice, communication", freq=(1, 1, "wk"), dur=(12, "wk"), bounds=("2026-07-06", "2026-09-28"))],
     reviews=[{"date": "2026-08-03", "what": "Progress report"}],
     sigs=[sig("cl", "clinician", "2026-07-06", mode="legal"), sig("md", "physician", "2026-07-14", mode="auth")],
     notes="Clean. C-CDA Care Plan; goal effectiveTime as a single value; physician certification as authenticator 8 days after the first treatment.")

o = org("Tri-County Physical Therapy", "Dayton", "OH", "45402", "937-555-0148", 32, "40 N Main St")
plan(32, "ccda_careplan_pt_2024_no_duration", "ccda", "careplan", "medicare-outpatient-therapy", [], "2024-10-28",
     title="Plan of Care - Outpatient Physical Therapy", disc="pt", org=o, tid_ext=False,
     pt=pat("Reginald", "Fairweather", "1947-02-14", "male", "TCP-24517", medicare("1PK9DW3TA58")),
     staff={"cl": person("Carmen", "Ruelas", "PT", qual="suffix"), "md": person("Stuart", "Kimball", "MD", qual="suffix")}, author="cl",
     first_tx="2024-10-07", plan_date="2024-10-07", period=("2024-10-07", "2025-01-04"), period_label="Certification period",
     dx=[dx("Parkinson's disease", "G20", None, True), dx("Unsteadiness on feet", "R26.81", None)],
     goals=[goal("Improve Timed Up and Go from 19 seconds to 12 seconds or less.", "2025-01-04", detail=("quantity", 12, "s", "s", "<=")),
            goal("Walk 600 feet outdoors without loss of balance, modified independent.", "2025-01-04", detail=("string", "600 ft, modified independent"))],
     svcs=[svc("97110", "Therapeutic exercise", freq=(2, 1, "wk"), start_only=True), svc("97112", "Neuromuscular re-education", freq=(2, 1, "wk"), start_only=True)],
     sigs=[sig("cl", "clinician", "2024-10-07", mode="legal"), sig("md", "physician", "2024-10-14", mode="auth")],
     gaps=[["duration-missing"], ["diagnosis-code-not-billable"]],
     notes="Gaps: the services give 2x/week but no number of weeks or visits, and no expected duration (only the certification period, which does not state the plan's duration for this profile); the primary diagnosis is coded G20, a category since the 2024 code set (G20.A1-G20.C). C-CDA Care Plan, templateIds without extension, as-of 2024 (profile version 2015-10).")

o = org("Hudson Crossing Recovery Center", "Poughkeepsie", "NY", "12601", "845-555-0174", 33, "5 Market St")
plan(33, "ccda_careplan_ny_inpatient", "ccda", "careplan", "base-treatment-plan", ["ny-oasas-818"], "2026-02-20",
     title="Inpatient Rehabilitation Treatment Plan", disc="sud", org=o, inpatient=True, sig_section=True, member_in="payers",
     pt=pat("Declan", "Forsythe", "1988-07-07", "male", "HCR-30841", medicaid("KT48213W", "New York State Medicaid", 523)),
     staff={"cl": person("Kendra", "Lowell", "CASAC", qual="suffix", role_title="Primary counselor"),
            "md": person("Naveen", "Chaudhry", "MD", qual="suffix", taxonomy=("2084A0401X", "Addiction Medicine"), role_title="Medical director")}, author="cl",
     performers=["cl", "md"], admission="2026-02-02", plan_date="2026-02-06", period=("2026-02-02", "2026-03-02"), period_label="Projected length of stay",
     dx=[dx("Alcohol dependence, uncomplicated", "F10.20", "66590003", True, sct_disp="Alcohol dependence"),
         dx("Nicotine dependence, cigarettes, uncomplicated", "F17.210", "56294008", sct_disp="Nicotine dependence")],
     old_dx=[dx("Alcohol withdrawal", None, "8635005", status="resolved", abated="2026-02-01", onset="2026-01-28", recorded="2026-01-28")],
     goals=[goal("Declan will stay alcohol-free during the stay, shown by negative breathalyzer and EtG tests.", "2026-03-02",
                 objectives=[goal("Declan will write a relapse-prevention plan naming 3 triggers and 3 coping responses.", "2026-02-20"),
                             goal("Declan will attend 5 of 5 weekday groups each week.", "2026-03-02")]),
            goal("Declan will have a sober aftercare plan before discharge.", "2026-03-02",
                 objectives=[goal("Declan will attend an intake appointment with an outpatient program before discharge.", "2026-02-27")])],
     svcs=[svc("H0004", "Individual counseling (per 15 minutes)", "hcpcs", units=4, unit_word="units (60 min)", freq=(2, 1, "wk")),
           svc("H0005", "Group counseling", "hcpcs", freq=(5, 1, "wk")),
           svc("99232", "Physician follow-up (addiction medicine)", freq=(1, 1, "wk"))],
     sigs=[sig("cl", "clinician", "2026-02-06", mode="legal", as_="Primary counselor"), sig("patient", "client", "2026-02-06", mode="auth"),
           sig("md", "physician", "2026-02-09", mode="auth", as_="Physician review")],
     notes="Clean. C-CDA Care Plan (inpatient encompassingEncounter from the admission date), plan 4 days after admission, physician review 7 days after admission; a resolved withdrawal problem; member ID in the Payers section; signatures also listed in a narrative signatures section.")

o = org("Adirondack Ridge Treatment Center", "Saranac Lake", "NY", "12983", "518-555-0102", 34, "88 Lake St")
plan(34, "ccda_consult_ny_late", "ccda", "consult", "base-treatment-plan", ["ny-oasas-818"], "2025-12-01",
     title="Admission Consultation and Treatment Plan", disc="sud", org=o, inpatient=True, sig_section=True,
     pt=pat("Shaniqua", "Rowe", "1991-04-16", "female", "ART-51093", medicaid("RH72056K", "New York State Medicaid", 523)),
     staff={"cl": person("Patrick", "Dunleavy", "CASAC", qual="suffix"), "md": person("Helene", "Marchand", "DO", qual="suffix")}, author="cl",
     admission="2025-11-03", plan_date="2025-11-14",
     dx=[dx("Opioid dependence, uncomplicated", "F11.20", "75544000", True, sct_disp="Opioid dependence"),
         dx("Other stimulant dependence, uncomplicated", "F15.20", None)],
     goals=[goal("Shaniqua will remain opioid- and stimulant-free, with all random urine drug screens negative.", "2025-12-01"),
            goal("Shaniqua will start buprenorphine maintenance and keep 100% of prescriber appointments.", "2025-12-01")],
     svcs=[svc("H0004", "Individual counseling (per 15 minutes)", "hcpcs", units=4, unit_word="units", freq=(2, 1, "wk")),
           svc("H0005", "Group counseling", "hcpcs", freq=(5, 1, "wk")),
           svc("H0033", "Oral medication administration, direct observation (buprenorphine)", "hcpcs", freq=(1, 1, "d"))],
     sigs=[sig("cl", "clinician", "2025-11-14", mode="legal"), sig("md", "physician", "2025-11-14", mode="auth", time="18:45:00")],
     extra_sections=[RFR_SEC + (["Transferred from detoxification unit for inpatient rehabilitation."],)],
     gaps=[["plan-late"], ["signature-late"]],
     notes="Gaps: admitted 11/03/2025, plan dated 11/14/2025 (11 days, limit 7); the physician signed the plan 11/14/2025, 11 days after admission (limit 10). C-CDA Consultation Note.")

o = org("Gulf Breeze Recovery Services", "Tampa", "FL", "33602", "813-555-0131", 35, "501 E Kennedy Blvd")
plan(35, "ccda_careplan_fl_residential_late_cosign", "ccda", "careplan", "base-treatment-plan", ["fl-65d-30"], "2026-03-02",
     title="Individualized Treatment Plan - Residential", disc="sud", org=o, inpatient=True, sig_section=True, goal_intv="embed",
     pt=pat("Travis", "Beaumont", "1985-01-30", "male", "GBR-60912", medicaid("4410293387", "Florida Medicaid", 524)),
     staff={"cl": person("Bianca", "Ferro", "CAP", qual="suffix", role_title="Primary counselor"),
            "sup": person("Marcus", "Henley", "LMHC", qual="suffix", role_title="Clinical supervisor (qualified professional)")}, author="cl",
     admission="2026-01-26", loc="Residential Level 2", plan_date="2026-02-05", period=("2026-01-26", "2026-04-26"), period_label="Projected length of stay",
     dx=[dx("Cocaine dependence, uncomplicated", "F14.20", "2403008", True, sct_disp="Cocaine dependence"), dx("Cannabis dependence, uncomplicated", "F12.20", None)],
     goals=[goal("Travis will stay drug-free.", "2026-04-26", svcs=[0, 1],
                 objectives=[goal("Travis will have negative urine drug screens on all weekly tests for 8 weeks in a row.", "2026-04-06"),
                             goal("Travis will list 5 personal triggers and a coping skill for each in his relapse-prevention workbook.", "2026-02-26")]),
            goal("Travis will prepare for employment after discharge.", "2026-04-26", svcs=[2],
                 objectives=[goal("Travis will complete 3 job applications with the vocational counselor.", "2026-04-10")])],
     svcs=[svc("H0004", "Individual counseling", "hcpcs", freq=(1, 1, "wk"), minutes=60),
           svc("H0005", "Group counseling", "hcpcs", freq=(5, 1, "wk")),
           svc("H2025", "Vocational support services", "hcpcs", freq=(1, 2, "wk"))],
     sigs=[sig("cl", "clinician", "2026-02-05", mode="legal", as_="Primary counselor"), sig("patient", "client", "2026-02-05", mode="auth"),
           sig("sup", "supervisor", "2026-02-20", mode="auth", as_="Clinical supervisor")],
     gaps=[["signature-late"]],
     notes="Gap: the qualified professional's countersignature is dated 02/20/2026, 15 days after the plan (02/05/2026); limit 10. Residential Level 2, plan 10 days after admission (limit 15). C-CDA Care Plan, goals with embedded planned interventions.")

o = org("Mission Bay Opioid Treatment Program", "San Diego", "CA", "92109", "858-555-0157", 36, "3900 Mission Blvd")
plan(36, "ccda_careplan_ca_ntp", "ccda", "careplan", "base-treatment-plan", ["ca-title9-ntp"], "2026-03-18",
     title="NTP Maintenance Treatment Plan", disc="sud", org=o, sig_section=True, member_in="payers",
     pt=pat("Rogelio", "Santillan", "1979-09-27", "male", "MBO-72206", medicaid(None, "Medi-Cal", 525) | {"member_label": "Medi-Cal CIN"}),
     staff={"cl": person("Tessa", "Villalobos", "CADC", qual="suffix", role_title="Primary counselor"),
            "sup": person("Jerome", "Acosta", "LAADC", qual="suffix", role_title="Supervising counselor"),
            "md": person("Farah", "Nazari", "MD", qual="suffix", role_title="Medical director")}, author="cl",
     admission="2026-02-10", admission_label="Admission to maintenance", plan_date="2026-03-02",
     dx=[dx("Opioid dependence, uncomplicated", "F11.20", "75544000", True)],
     goals=[goal("Rogelio will stop all illicit opioid use.", None,
                 objectives=[goal("Rogelio will have urine drug screens negative for illicit opioids and fentanyl on 4 tests in a row.", "2026-05-29"),
                             goal("Rogelio will take his methadone dose on 7 of 7 days each week with no missed doses.", "2026-04-30")]),
            goal("Rogelio will rebuild stable housing.", None,
                 objectives=[goal("Rogelio will submit 2 housing applications with case-management help.", "2026-04-15")])],
     svcs=[svc("H0020", "Methadone administration and/or service", "hcpcs", freq=(1, 1, "d")),
           svc("H0004", "Individual counseling", "hcpcs", freq=(2, 1, "mo"), minutes=50)],
     reviews=[{"date": "2026-07-15", "what": "Treatment plan update"}],
     sigs=[sig("cl", "clinician", "2026-03-02", mode="legal", as_="Primary counselor"), sig("patient", "client", "2026-03-02", mode="auth"),
           sig("sup", "supervisor", "2026-03-06", mode="auth", as_="Supervising counselor"),
           sig("md", "physician", "2026-03-09", mode="auth", as_="Medical director")],
     gaps=[["review-interval-exceeded"], ["field-missing"]],
     notes="Gaps: the next plan update is set for 07/15/2026, 155 days after admission (maximum 92); the member ID is missing (Payers section member id nullFlavor UNK, none in the header). C-CDA Care Plan; counselor, supervisor and medical director signatures in time.")

o = org("Lone Star Recovery Clinic", "Austin", "TX", "78701", "512-555-0184", 37, "710 Colorado St")
plan(37, "ccda_progress_tx_vague_objective", "ccda", "progress", "base-treatment-plan", ["tx-26tac-564"], "2026-04-14",
     title="Outpatient Chemical Dependency Treatment Plan", disc="sud", org=o, sig_section=True,
     pt=pat("Kaylee", "Dunford", "1996-11-05", "female", "LSR-18822", medicaid("523819046", "Texas Medicaid (STAR)", 526)),
     staff={"cl": person("Dustin", "Pierce", "LCDC", qual="suffix")}, author="cl",
     admission="2026-03-19", plan_date="2026-03-25", exp_dur="90 days (through 06/23/2026)", exp_dur_days=90,
     dx=[dx("Cocaine dependence, uncomplicated", "F14.20", "2403008", True)],
     goals=[goal("Kaylee will stay free of cocaine and alcohol.", "2026-06-23",
                 objectives=[goal("Kaylee will have negative urine drug screens on all weekly tests for 8 weeks.", "2026-05-20"),
                             goal("Kaylee will gain insight into her relapse triggers.", "2026-05-06", meas=False)]),
            goal("Kaylee will build a sober support network.", "2026-06-23",
                 objectives=[goal("Kaylee will attend at least 3 NA or SMART meetings a week and get a signed attendance sheet.", "2026-04-29")])],
     svcs=[svc("H0004", "Individual counseling", "hcpcs", freq=(1, 1, "wk"), minutes=60),
           svc("H0005", "Group counseling", "hcpcs", freq=(3, 1, "wk"), minutes=90)],
     sigs=[sig("cl", "clinician", "2026-03-25", mode="legal", as_="Counselor"), sig("patient", "client", "2026-03-25", mode="auth", as_="Client")],
     gaps=[["objective-not-measurable"]],
     notes="Gap: objective 1b 'Kaylee will gain insight into her relapse triggers' names no measure or level. C-CDA Progress Note with narrative signatures section.")

# ---- DOCX printed from the same kinds of EHRs ---------------------------------------------------
CRISIS = ("Crisis resources", "If you are in crisis call or text 988 (Suicide & Crisis Lifeline), call 911, or go to the nearest "
          "emergency department. After-hours on-call clinician: use the main number and press 9.")
CONSENT = ("Consent and rights", "I took part in writing this plan. I understand my rights, the agency's grievance procedure, "
           "and that I may ask for changes to this plan at any time. Information about my substance use treatment is "
           "protected by 42 CFR Part 2 and HIPAA.")

o = org("Susquehanna Family Behavioral Health", "Williamsport", "PA", "17701", "570-555-0119", 38, "330 Pine St")
plan(38, "docx_ehr_print_pa_clinic", "docx", "ehr-a", "medicare-psychotherapy", ["pa-55-5200"], "2026-03-05",
     title="Comprehensive Treatment Plan", disc="psychotherapy", org=o, ehr_name="CareLogic-style EHR print", client_label="Individual served",
     pt=pat("Marguerite", "Kowalczyk", "1958-02-20", "female", "SFB-41208", medicare("9KC3WF6PT21")),
     staff={"cl": person("Dominic", "Esposito", "LCSW"), "md": person("Wen-Li", "Hsu", "MD")}, author="cl",
     admission="2026-01-20", admission_label="Intake date", plan_date="2026-02-11", period=("2026-02-11", "2026-08-10"), exp_dur="6 months",
     dx=[dx("Major depressive disorder, recurrent, moderate", "F33.1", None, True), dx("Generalized anxiety disorder", "F41.1", None)],
     goals=[goal("Marguerite will feel less depressed and anxious.", "2026-08-10",
                 objectives=[goal("Marguerite will lower her PHQ-9 from 18 to 9 or below.", "2026-05-11", baseline="PHQ-9 18", target_text="PHQ-9 <= 9"),
                             goal("Marguerite will lower her GAD-7 from 13 to 7 or below.", "2026-05-11", baseline="GAD-7 13", target_text="GAD-7 <= 7")]),
            goal("Marguerite will keep a daily routine.", "2026-08-10",
                 objectives=[goal("Marguerite will be dressed and out of the house by 10 am on 5 of 7 days, per her log.", "2026-04-11", baseline="1 of 7 days", target_text="5 of 7 days")])],
     svcs=[svc("90837", "Individual psychotherapy (CBT)", minutes=53, freq=(1, 1, "wk"), dur=(26, "wk"), performer="D. Esposito, LCSW"),
           svc("90853", "Group psychotherapy (DBT skills)", minutes=90, freq=(1, 1, "wk"), dur=(12, "wk"), performer="Group staff")],
     sigs=[sig("cl", "clinician", "2026-02-11", as_="Treating therapist"), sig("patient", "client", "2026-02-11", as_="Individual served", time="15:32"),
           sig("md", "physician", "2026-02-13", as_="Psychiatrist approval", time="08:05")],
     boiler=[CRISIS, CONSENT],
     notes="Clean. DOCX printed from an EHR: label/value demographics table, goals/objectives grid, services grid, e-signature table (/es/ lines), crisis and consent boilerplate, identifiers in the footer.")

o = org("Blue Heron Physical Therapy", "Bellingham", "WA", "98225", "360-555-0135", 39, "1225 Cornwall Ave")
plan(39, "docx_ehr_print_pt", "docx", "ehr-b", "medicare-outpatient-therapy", [], "2025-06-18",
     title="Physical Therapy Initial Evaluation - Plan of Care", disc="pt", org=o, ehr_name="WebPT-style EHR print",
     pt=pat("Agnes", "Thorvaldsen", "1943-10-09", "female", "BHP-33071", medicare("5FH2AN8VK36")),
     staff={"cl": person("Marcus", "Oyelaran", "DPT"), "md": person("Celeste", "Durand", "NP")}, author="cl",
     first_tx="2025-06-02", plan_date="2025-06-02", period=("2025-06-02", "2025-08-29"), period_label="Certification period", exp_dur="8 weeks",
     dx=[dx("Unilateral primary osteoarthritis, right knee", "M17.11", None, True)],
     goals=[goal("Increase right knee extension strength from 3+/5 to 4+/5.", "2025-07-28", svcs=[0]),
            goal("Walk 1000 feet outdoors with no device and no rest, independently.", "2025-07-28", svcs=[1]),
            goal("Rise from a standard chair 5 times in 14 seconds or less without using hands.", "2025-07-28", svcs=[0, 2])],
     svcs=[svc("97110", "Therapeutic exercise", freq=(3, 1, "wk"), dur=(8, "wk")), svc("97116", "Gait training", freq=(3, 1, "wk"), dur=(8, "wk")),
           svc("97530", "Therapeutic activities", freq=(2, 1, "wk"), dur=(8, "wk"))],
     reviews=[{"date": "2025-07-02", "what": "Progress report"}],
     sigs=[sig("cl", "clinician", "2025-06-02", as_="Therapist"), sig("md", "physician", "2025-06-09", as_="Certifying practitioner")],
     notes="Clean. DOCX print in paragraphs: numbered goals with interventions under each, bullet list of services (3x/week for 8 weeks), NP certification 7 days after the first treatment.")

o = org("Sunflower Home Health", "Topeka", "KS", "66603", "785-555-0188", 40, "815 SW Topeka Blvd")
plan(40, "docx_485_unsigned_lapsed", "docx", "hh485", "medicare-home-health", [], "2026-05-20",
     title="Home Health Certification and Plan of Care", disc="home-health", org=o, ehr_name="HomeCare EHR",
     pt=pat("Homer", "Castellanos", "1937-08-12", "male", "SHH-14412", medicare("2GW4RK7DN59", "Medicare Part A"), street="1420 SW Lane St"),
     staff={"cl": person("Lydia", "Cho", "RN"), "md": person("Irene", "Vandermolen", "MD")}, author="cl",
     first_tx="2026-03-09", plan_date="2026-03-09", period=("2026-03-09", "2026-05-07"),
     dx=[dx("Chronic systolic (congestive) heart failure", "I50.22", None, True), dx("Type 2 diabetes mellitus without complications", "E11.9", None)],
     goals=[goal("Patient will record daily weights on 7 of 7 days and call for a gain over 3 lb in 2 days.", "2026-04-06"),
            goal("Patient will check blood sugar twice a day with readings logged on 14 of 14 checks per week.", "2026-05-07")],
     svcs=[svc("G0299", "SN", "hcpcs", freq=(2, 1, "wk"), dur=(4, "wk")), svc("G0299", "SN", "hcpcs", freq=(1, 1, "wk"), dur=(4, "wk")),
           svc("G0156", "HHA", "hcpcs", freq=(2, 1, "wk"), dur=(8, "wk"))],
     sigs=[sig("cl", "clinician", "2026-03-09", as_="Nurse's signature and date of verbal SOC"),
           sig("md", "physician", None, signed=False, as_="Attending physician's signature and date signed", unsigned_text="Sent for signature 03/10/2026")],
     gaps=[["signature-missing"], ["review-overdue"]],
     notes="Gaps: the attending physician's certification line is blank ('Sent for signature 03/10/2026'); the certification period ended 05/07/2026 and on 05/20/2026 no recertification is shown. DOCX laid out as the CMS-485 numbered boxes.")

o = org("Spectrum Steps ABA", "Tulsa", "OK", "74103", "918-555-0110", 41, "320 S Boston Ave")
plan(41, "docx_ehr_print_aba_12_month_auth", "docx", "ehr-a", "commercial-aba", [], "2026-01-28",
     title="ABA Treatment Plan / Authorization Request", disc="aba", org=o, ehr_name="CentralReach-style EHR print", client_label="Client",
     pt=pat("Elijah", "Brennan", "2019-04-14", "male", "SSA-3307", commercial("SHA889201734", "Sooner Health Alliance", 527)),
     guardian={"given": "Caitlin", "family": "Brennan", "rel": "MTH", "rel_disp": "mother"},
     staff={"cl": person("Danielle", "Okafor", "BCBA")}, author="cl",
     plan_date="2026-01-05", period=("2026-01-05", "2027-01-04"), period_label="Authorization period requested",
     dx=[dx("Autistic disorder", "F84.0", None, True, dx_by="Harlan Meeks, PhD", dx_on="2023-11-02", dx_how="ADOS-2 and ADI-R")],
     assess=[{"name": "VB-MAPP", "date": "2025-12-10", "score": "Milestones 82/170; Barriers 24"},
             {"name": "Vineland-3", "date": "2025-12-12", "score": "ABC 68"}],
     goals=[goal("Elijah will use 3-word requests for 20 items.", "2026-06-30", baseline="1-word requests for 6 items", mastery="80% across 3 consecutive sessions"),
            goal("Elijah will cut tantrums from 8 per day to 2 or fewer per day.", "2026-06-30", baseline="8 per day", mastery="2 or fewer per day for 10 consecutive days"),
            goal("Parent will use planned ignoring and praise with 90% fidelity.", "2026-04-30", baseline="35% fidelity", mastery="90% on 3 consecutive observations", caregiver=True)],
     svcs=[svc("97153", "Adaptive behavior treatment by protocol", hours_wk=25, dur=(52, "wk")),
           svc("97155", "Protocol modification (BCBA)", hours_wk=3, dur=(52, "wk")),
           svc("97156", "Family adaptive behavior treatment guidance", hours_wk=1, dur=(52, "wk"))],
     reviews=[{"date": "2026-07-01", "what": "Six-month progress report"}],
     sigs=[sig("cl", "clinician", "2026-01-05", as_="Supervising BCBA"), sig("guardian", "guardian", "2026-01-06", as_="Parent/guardian")],
     gaps=[["duration-exceeds-limit"]],
     notes="Gap: the requested authorization period is 01/05/2026 - 01/04/2027 (12 months; limit 6 months), services for 52 weeks. DOCX EHR print with grids.")

o = org("Suncoast Pathways Recovery", "Sarasota", "FL", "34236", "941-555-0127", 42, "1800 2nd St")
plan(42, "docx_ehr_print_fl_day_night", "docx", "ehr-b", "base-treatment-plan", ["fl-65d-30"], "2026-05-04",
     title="Individualized Treatment Plan", disc="sud", org=o, ehr_name="SUD EHR print", client_label="Client",
     pt=pat("Desiree", "Fontaine", "1990-06-03", "female", "SPR-70045", medicaid("8830412276", "Florida Medicaid", 524)),
     staff={"cl": person("Andre", "Gallagher", "CAP"), "sup": person("Monica", "Ruiz", "LMHC")}, author="cl",
     admission="2026-04-06", loc="Day or Night Treatment", plan_date="2026-04-14",
     dx=[dx("Alcohol dependence, uncomplicated", "F10.20", None, True)],
     goals=[goal("Desiree will stay sober.", "2026-07-14", svcs=[0, 1],
                 objectives=[goal("Desiree will have negative breathalyzer results at every program day for 30 days in a row.", "2026-05-29"),
                             goal("Desiree will name 4 high-risk situations and a plan for each on her relapse-prevention worksheet.", "2026-04-28")]),
            goal("Desiree will rebuild family trust.", "2026-07-14", svcs=[2],
                 objectives=[goal("Desiree will take part in 4 family sessions with her mother.", "2026-06-30")])],
     svcs=[svc("H0004", "Individual counseling", "hcpcs", freq=(1, 1, "wk"), minutes=50),
           svc("H0005", "Group counseling", "hcpcs", freq=(4, 1, "wk"), minutes=180),
           svc("90847", "Family therapy", freq=(1, 2, "wk"), minutes=50)],
     sigs=[sig("cl", "clinician", "2026-04-14", as_="Primary counselor"), sig("patient", "client", "2026-04-14", as_="Client"),
           sig("sup", "supervisor", "2026-04-20", as_="Qualified professional review")],
     boiler=[CONSENT],
     notes="Clean. DOCX print in paragraphs; day/night treatment plan 8 days after admission (limit 10); QP countersignature 6 days after the plan.")

o = org("Hill Country Recovery Center", "San Marcos", "TX", "78666", "512-555-0196", 43, "200 E Hopkins St")
plan(43, "docx_ehr_print_tx_client_unsigned", "docx", "ehr-a", "base-treatment-plan", ["tx-26tac-564"], "2026-06-09",
     title="Treatment Plan", disc="sud", org=o, ehr_name="BH EHR print", client_label="Client",
     pt=pat("Brody", "Caldwell", "1993-02-11", "male", "HCR-88230", medicaid("612094837", "Texas Medicaid (STAR)", 526)),
     staff={"cl": person("Lorena", "Vasquez", "LCDC")}, author="cl",
     admission="2026-05-11", plan_date="2026-05-18", exp_dur="60 days (through 07/17/2026)", exp_dur_days=60,
     dx=[dx("Opioid dependence, uncomplicated", "F11.20", None, True)],
     goals=[goal("Brody will stop using opioids.", "2026-07-17",
                 objectives=[goal("Brody will have urine drug screens negative for opioids on 6 weekly tests in a row.", "2026-07-06"),
                             goal("Brody will keep 100% of his buprenorphine prescriber appointments.", "2026-07-17")]),
            goal("Brody will return to work.", "2026-07-17",
                 objectives=[goal("Brody will complete 2 job interviews.", "2026-07-10")])],
     svcs=[svc("H0004", "Individual counseling", "hcpcs", freq=(1, 1, "wk"), minutes=60),
           svc("H0005", "Group counseling", "hcpcs", freq=(3, 1, "wk"), minutes=90)],
     sigs=[sig("cl", "clinician", "2026-05-18", as_="Counselor"), sig("patient", "client", None, signed=False, as_="Client", unsigned_text="")],
     gaps=[["signature-missing"]],
     notes="Gap: the client's signature row is empty (no name signed, no date). DOCX EHR print with grids.")

o = org("Central Valley Narcotic Treatment Program", "Fresno", "CA", "93721", "559-555-0143", 44, "2300 Tulare St")
plan(44, "docx_ehr_print_ca_ntp", "docx", "ehr-b", "base-treatment-plan", ["ca-title9-ntp"], "2025-11-10",
     title="NTP Initial Treatment Plan", disc="sud", org=o, ehr_name="OTP EHR print", client_label="Patient",
     pt=pat("Yolanda", "Estrada", "1983-12-19", "female", "CVN-50918", medicaid("94821573B", "Medi-Cal", 525) | {"member_label": "Medi-Cal CIN"}),
     staff={"cl": person("Ramon", "Ybarra", "CADC"), "sup": person("Gwen", "Holloway", "LAADC"), "md": person("Sanjay", "Kulkarni", "MD")}, author="cl",
     admission="2025-09-22", admission_label="Admission to maintenance", plan_date="2025-10-14",
     dx=[dx("Opioid dependence, uncomplicated", "F11.20", None, True)],
     goals=[goal("Yolanda will stop illicit opioid use.", None, svcs=[0, 1],
                 objectives=[goal("Yolanda will have 4 urine drug screens in a row negative for illicit opioids.", "2025-12-15"),
                             goal("Yolanda will attend every scheduled counseling session for 8 weeks.", "2025-12-09")]),
            goal("Yolanda will get her health care in order.", None, svcs=[1],
                 objectives=[goal("Yolanda will see a primary care provider for hepatitis C testing.", "2025-11-30")])],
     svcs=[svc("H0020", "Methadone administration", "hcpcs", freq=(1, 1, "d")), svc("H0004", "Individual counseling", "hcpcs", freq=(2, 1, "mo"), minutes=50)],
     reviews=[{"date": "2025-12-19", "what": "Treatment plan update"}],
     sigs=[sig("cl", "clinician", "2025-10-14", as_="Primary counselor"), sig("patient", "client", "2025-10-14", as_="Patient"),
           sig("sup", "supervisor", "2025-10-20", as_="Supervising counselor"), sig("md", "physician", "2025-10-24", as_="Medical director")],
     notes="Clean. DOCX print in paragraphs; plan 22 days after admission (limit 28), countersigned by the supervising counselor (6 days) and medical director (10 days); update due 88 days after admission.")

o = org("Blue Mountain Counseling", "Walla Walla", "WA", "99362", "509-555-0107", 45, "14 E Main St")
plan(45, "docx_ehr_print_psychotherapy", "docx", "ehr-b", "medicare-psychotherapy", [], "2026-10-05",
     title="Psychotherapy Treatment Plan", disc="psychotherapy", org=o, ehr_name="TherapyNotes-style EHR print", client_label="Client",
     pt=pat("Nathaniel", "Greer", "1955-07-22", "male", "BMC-62105", medicare("8TE5NC3HJ42")),
     staff={"cl": person("Sylvia", "Marchbanks", "LMHC")}, author="cl",
     plan_date="2026-09-14", period=("2026-09-14", "2027-03-13"),
     dx=[dx("Generalized anxiety disorder", "F41.1", None, True)],
     goals=[goal("Nathaniel will lower his GAD-7 score from 14 to 6 or below.", "2027-03-13", baseline="GAD-7 14", svcs=[0]),
            goal("Nathaniel will sleep 6 or more hours on 5 of 7 nights.", "2026-12-14", baseline="2 of 7 nights", svcs=[0])],
     svcs=[svc("90834", "Individual psychotherapy", minutes=45, freq=(1, 1, "wk"), dur=(26, "wk"))],
     sigs=[sig("cl", "clinician", "2026-09-14", as_="Clinician")],
     boiler=[CRISIS],
     notes="Clean. DOCX print in paragraphs, weekly 45-minute sessions for 26 weeks within a 6-month plan period.")


# ---------------------------------------------------------------- write everything

def prep(P):
    for s in P["sigs"]:
        if "as_" in s:
            s["as"] = s.pop("as_")
        if s["who"] in P["staff"]:
            st = P["staff"][s["who"]]
            s["cred"] = st.get("cred")
            s["npi"] = st.get("npi")
    P.setdefault("old_dx", [])
    for g in P["goals"]:
        g.setdefault("objectives", [])


def render(P):
    if P["fmt"] == "fhir-json":
        obj = fhir_document(P)
        if P.get("minified"):
            return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()
        return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode()
    if P["fmt"] == "fhir-xml":
        return fhir_xml(fhir_document(P)).encode()
    if P["fmt"] == "ccda":
        return ccda_document(P).encode()
    return docx_document(P)


def main():
    labels = []
    seen = set()
    for P in PLANS:
        prep(P)
        assert P["file"] not in seen
        seen.add(P["file"])
        data = render(P)
        (OUT / P["file"]).write_bytes(data)
        labels.append(label_for(P))
    (OUT / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(labels)} plans written to {OUT}")


if __name__ == "__main__":
    main()
