"""Blind set 34: structured EHR exports (FHIR R4 JSON/XML, C-CDA R2.1, authcheck native).

Deterministic: run with /work/main/.venv/bin/python make_plans.py; writes every plan and labels.json
next to this script. Everything is invented (people, agencies, NPIs, member IDs).
"""
from __future__ import annotations

import base64
import hashlib
import json
import uuid
from datetime import date, timedelta
from pathlib import Path

import yaml
from lxml import etree

OUT = Path(__file__).resolve().parent


# --------------------------------------------------------------------------------------- helpers
def D(s: str) -> date:
    return date.fromisoformat(s)


def npi(seed: str, valid: bool = True) -> str:
    base9 = str(int(hashlib.sha256(seed.encode()).hexdigest(), 16))[:9]
    if base9[0] == "0":
        base9 = "1" + base9[1:]
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:  # rightmost of the payload is doubled (check digit to its right)
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    check = (10 - total % 10) % 10
    if not valid:
        check = (check + 3) % 10
    return base9 + str(check)


def luhn_ok(n: str) -> bool:
    digits = [int(c) for c in "80840" + n]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def uid(*parts: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "blind34/" + "/".join(parts)))


def mmddyyyy(d: date) -> str:
    return d.strftime("%m/%d/%Y")


def hl7ts(d: date, hhmm: str = "") -> str:
    return d.strftime("%Y%m%d") + (hhmm + "00-0500" if hhmm else "")


# profile -> kinds reportable at error or warning (from `authcheck profiles show ID --resolved`)
PROFILE_KINDS = {
    "base-treatment-plan": {"field-missing", "date-inconsistent", "diagnosis-code-not-billable",
                            "diagnosis-code-missing", "diagnosis-code-invalid", "diagnosis-missing",
                            "identifier-invalid", "service-code-invalid"},
    "medicare-psychotherapy": {"credential-missing", "signature-missing", "duration-exceeds-limit",
                               "duration-missing", "goal-not-measurable", "goal-missing",
                               "intervention-missing", "objective-not-measurable",
                               "objective-not-time-bound", "plan-outdated", "amount-missing",
                               "frequency-missing"},
    "medicare-outpatient-therapy": {"signature-missing", "duration-missing", "goal-not-measurable",
                                    "goal-missing", "intervention-missing", "credential-not-permitted",
                                    "signature-late", "plan-late", "review-interval-exceeded",
                                    "review-overdue", "frequency-missing"},
    "medicare-home-health": {"duration-missing", "goal-not-measurable", "goal-missing",
                             "intervention-missing", "credential-not-permitted", "signature-missing",
                             "review-interval-exceeded", "review-overdue", "frequency-missing"},
    "commercial-aba": {"assessment-missing", "assessment-outdated", "caregiver-goal-missing",
                       "signature-missing", "diagnosis-not-covered", "duration-exceeds-limit",
                       "baseline-missing", "goal-not-measurable", "goal-missing", "goal-not-time-bound",
                       "review-date-missing", "review-interval-exceeded", "amount-missing"},
    "pa-55-5200": {"field-missing", "signature-missing", "duration-missing", "goal-missing",
                   "intervention-missing", "objective-missing", "plan-late"},
    "ny-oasas-818": {"field-missing", "signature-missing", "diagnosis-missing", "goal-missing",
                     "intervention-missing", "signature-late", "plan-late"},
    "fl-65d-30": {"field-missing", "signature-missing", "goal-missing", "intervention-missing",
                  "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                  "plan-late", "frequency-missing", "signature-late"},
    "ca-title9-ntp": {"field-missing", "signature-missing", "goal-missing", "objective-missing",
                      "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
                      "review-interval-exceeded", "review-overdue"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                     "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                     "frequency-missing"},
}

LABELS: list[dict] = []


def label(file, payer, as_of, gaps, notes, states=(), unsure=()):
    kinds = set(PROFILE_KINDS["base-treatment-plan"]) | PROFILE_KINDS[payer]
    for s in states:
        kinds |= PROFILE_KINDS[s]
    gap_kinds = {k for g in gaps for k in g}
    for g in gaps:
        for k in g:
            assert k in kinds, (file, k)
    for k in unsure:
        assert k in kinds, (file, k)
    args = ["--payer", payer]
    for s in states:
        args += ["--state", s]
    args += ["--as-of", as_of.isoformat()]
    LABELS.append({
        "file": file,
        "check_with": args,
        "must_report": [list(g) for g in gaps],
        "must_not_report": sorted(kinds - gap_kinds - set(unsure) - {"readability"}),
        "notes": notes,
    })


# ------------------------------------------------------------------------------------ FHIR model
UCUM = "http://unitsofmeasure.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
NUCC = "http://nucc.org/provider-taxonomy"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"
SIGTYPE = "urn:iso-astm:E1762-95:2013"

TAXONOMY = {  # credential -> (NUCC code, display)
    "LCSW": ("1041C0700X", "Social Worker, Clinical"),
    "LPC": ("101YP2500X", "Counselor, Professional"),
    "LMFT": ("106H00000X", "Marriage & Family Therapist"),
    "PhD": ("103TC0700X", "Psychologist, Clinical"),
    "PsyD": ("103TC0700X", "Psychologist, Clinical"),
    "MD": ("2084P0800X", "Psychiatry & Neurology, Psychiatry"),
    "DO": ("207Q00000X", "Family Medicine"),
    "NP": ("363LP0808X", "Nurse Practitioner, Psychiatric/Mental Health"),
    "PMHNP-BC": ("363LP0808X", "Nurse Practitioner, Psychiatric/Mental Health"),
    "PT": ("225100000X", "Physical Therapist"),
    "DPT": ("225100000X", "Physical Therapist"),
    "OTR/L": ("225X00000X", "Occupational Therapist"),
    "CCC-SLP": ("235Z00000X", "Speech-Language Pathologist"),
    "BCBA": ("103K00000X", "Behavior Analyst"),
    "RN": ("163W00000X", "Registered Nurse"),
    "LCDC": ("101YA0400X", "Counselor, Addiction (Substance Use Disorder)"),
    "CASAC": ("101YA0400X", "Counselor, Addiction (Substance Use Disorder)"),
    "CADC": ("101YA0400X", "Counselor, Addiction (Substance Use Disorder)"),
    "DC": ("111N00000X", "Chiropractor"),
}
V2_0360 = {"MD", "DO", "NP", "PA", "RN"}


def fname(given, family, suffix=None, text=None):
    n = {"use": "official"}
    if text:
        n["text"] = text
    n["family"] = family
    n["given"] = given.split()
    if suffix:
        n["suffix"] = [suffix]
    return n


def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(system, code, display=None, text=None):
    c = {"coding": [coding(system, code, display)]}
    if text:
        c["text"] = text
    return c


def narrative(html):
    return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{html}</div>'}


def ref(kind, rid, display=None, contained=False, urn=False):
    r = {"reference": ("#" + rid) if contained else (f"urn:uuid:{rid}" if urn else f"{kind}/{rid}")}
    if display:
        r["display"] = display
    return r


def patient_res(p, rid, member_in_patient=True, mrn_system="urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14"):
    idents = [{"use": "usual", "type": cc("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number"),
               "system": mrn_system, "value": p["mrn"]}]
    if member_in_patient and p.get("member"):
        idents.append({"type": cc("http://terminology.hl7.org/CodeSystem/v2-0203", "MB", "Member Number"),
                       "system": p.get("member_system", "http://example.org/payer/member-id"),
                       "value": p["member"]})
    r = {"resourceType": "Patient", "id": rid, "identifier": idents, "active": True,
         "name": [fname(p["given"], p["family"])], "gender": p["gender"], "birthDate": p["dob"].isoformat()}
    if p.get("address"):
        r["address"] = [{"use": "home", "line": [p["address"][0]], "city": p["address"][1],
                         "state": p["address"][2], "postalCode": p["address"][3]}]
    return r


def coverage_res(p, rid, pat_ref, payer_name):
    return {"resourceType": "Coverage", "id": rid, "status": "active",
            "type": cc("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ" if "Medicaid" in payer_name else "EHCPOL",
                       None, payer_name),
            "subscriberId": p["member"], "beneficiary": pat_ref,
            "relationship": cc("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self"),
            "payor": [{"display": payer_name}]}


def practitioner_res(s, rid, with_qual=True, npi_in=True):
    r = {"resourceType": "Practitioner", "id": rid}
    if npi_in and s.get("npi"):
        r["identifier"] = [{"system": NPI_SYS, "value": s["npi"]}]
    r["active"] = True
    given, family = s["name"].rsplit(" ", 1)
    r["name"] = [fname(given, family, s.get("cred") if s.get("suffix_in_name") else None)]
    if with_qual and s.get("cred"):
        cred = s["cred"]
        if cred in V2_0360:
            code = cc("http://terminology.hl7.org/CodeSystem/v2-0360|2.7", cred, None, cred)
        else:
            t = TAXONOMY.get(cred, ("171M00000X", "Case Manager/Care Coordinator"))
            code = {"coding": [coding(NUCC, t[0], t[1])], "text": cred}
        r["qualification"] = [{"code": code}]
    return r


def practitionerrole_res(s, rid, prac_ref, org_ref=None):
    t = TAXONOMY.get(s.get("cred"), ("171M00000X", "Case Manager/Care Coordinator"))
    r = {"resourceType": "PractitionerRole", "id": rid, "active": True, "practitioner": prac_ref}
    if org_ref:
        r["organization"] = org_ref
    r["code"] = [{"text": s.get("role_text", s["role"])}]
    r["specialty"] = [cc(NUCC, t[0], t[1])]
    return r


def condition_res(dx, rid, pat_ref, asserter=None, recorded=None, category="encounter-diagnosis"):
    codings = []
    for system, code, display in dx["codings"]:
        codings.append(coding({"icd10": ICD10, "sct": SCT, "icd10oid": "urn:oid:2.16.840.1.113883.6.90",
                               "dsm": "http://hl7.org/fhir/sid/dsm5"}[system], code, display))
    r = {"resourceType": "Condition", "id": rid,
         "clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/condition-clinical", "active"),
         "verificationStatus": cc("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed"),
         "category": [cc("http://terminology.hl7.org/CodeSystem/condition-category", category,
                         "Encounter Diagnosis" if category == "encounter-diagnosis" else "Problem List Item")],
         "code": {"coding": codings, "text": dx["text"]}, "subject": pat_ref}
    if dx.get("onset"):
        r["onsetDateTime"] = dx["onset"].isoformat()
    if recorded:
        r["recordedDate"] = recorded.isoformat()
    if asserter:
        r["asserter"] = asserter
    if dx.get("note"):
        r["note"] = [{"text": dx["note"]}]
    return r


def goal_res(g, rid, pat_ref, start, addresses=None, parent_ref=None, status="active"):
    r = {"resourceType": "Goal", "id": rid}
    if parent_ref:
        r["extension"] = [{"url": "http://hl7.org/fhir/StructureDefinition/goal-relationship",
                           "extension": [{"url": "type", "valueCodeableConcept": cc(
                               "http://hl7.org/fhir/goal-relationship-type", "milestone", "Milestone")},
                               {"url": "target", "valueReference": parent_ref}]}]
    r["lifecycleStatus"] = status
    if g.get("achievement"):
        r["achievementStatus"] = cc("http://terminology.hl7.org/CodeSystem/goal-achievement", g["achievement"])
    if g.get("category"):
        r["category"] = [{"text": g["category"]}]
    r["description"] = {"text": g["text"]}
    r["subject"] = pat_ref
    r["startDate"] = start.isoformat()
    tgt = {}
    if g.get("measure"):
        tgt["measure"] = cc(*g["measure"]) if isinstance(g["measure"], tuple) else {"text": g["measure"]}
    if g.get("qty"):
        v, unit, comp = g["qty"]
        q = {"value": v}
        if comp:
            q["comparator"] = comp
        q.update({"unit": unit, "system": UCUM, "code": unit if unit not in ("score", "{score}") else "{score}"})
        tgt["detailQuantity"] = q
    if g.get("detail_str"):
        tgt["detailString"] = g["detail_str"]
    if g.get("due"):
        tgt["dueDate"] = g["due"].isoformat()
    if g.get("due_dur"):
        tgt["dueDuration"] = {"value": g["due_dur"][0], "unit": g["due_dur"][1], "system": UCUM,
                              "code": {"weeks": "wk", "months": "mo", "days": "d"}[g["due_dur"][1]]}
    if tgt:
        r["target"] = [tgt]
    if addresses:
        r["addresses"] = addresses
    if g.get("note"):
        r["note"] = [{"text": g["note"]}]
    return r


def timing(svc):
    rep = {}
    if svc.get("bounds_weeks"):
        rep["boundsDuration"] = {"value": svc["bounds_weeks"], "unit": "wk", "system": UCUM, "code": "wk"}
    elif svc.get("bounds_months"):
        rep["boundsDuration"] = {"value": svc["bounds_months"], "unit": "mo", "system": UCUM, "code": "mo"}
    elif svc.get("bounds_period"):
        rep["boundsPeriod"] = {"start": svc["bounds_period"][0].isoformat(), "end": svc["bounds_period"][1].isoformat()}
    if svc.get("minutes"):
        rep["duration"] = svc["minutes"]
        rep["durationUnit"] = "min"
    if svc.get("freq"):
        f, per, unit = svc["freq"]
        rep["frequency"] = f
        rep["period"] = per
        rep["periodUnit"] = unit
    t = {}
    if rep:
        t["repeat"] = rep
    if svc.get("timing_text"):
        t["code"] = {"text": svc["timing_text"]}
    return t


def svc_code(svc):
    system = HCPCS if svc["code"][0].isalpha() else CPT
    return cc(system, svc["code"], svc["display"], svc.get("code_text", svc["display"]))


def servicerequest_res(svc, rid, pat_ref, authored, requester=None, reason=None, status="active"):
    r = {"resourceType": "ServiceRequest", "id": rid, "status": status, "intent": svc.get("intent", "order")}
    if svc.get("category"):
        r["category"] = [{"text": svc["category"]}]
    if svc.get("code"):
        r["code"] = svc_code(svc)
    else:
        r["code"] = {"text": svc["display"]}
    if svc.get("quantity"):
        r["quantityQuantity"] = svc["quantity"]
    r["subject"] = pat_ref
    t = timing(svc)
    if svc.get("occurrence_date"):
        r["occurrenceDateTime"] = svc["occurrence_date"].isoformat()
    elif t:
        r["occurrenceTiming"] = t
    r["authoredOn"] = authored.isoformat()
    if requester:
        r["requester"] = requester
    if reason:
        r["reasonReference"] = reason
    if svc.get("note"):
        r["note"] = [{"text": svc["note"]}]
    if svc.get("instruction"):
        r["patientInstruction"] = svc["instruction"]
    return r


def activity_detail(svc, status="scheduled"):
    d = {"kind": "ServiceRequest"}
    if svc.get("code"):
        d["code"] = svc_code(svc)
    else:
        d["code"] = {"text": svc["display"]}
    d["status"] = status
    d["doNotPerform"] = False
    t = timing(svc)
    if svc.get("occurrence_date"):
        d["scheduledPeriod"] = {"start": svc["occurrence_date"].isoformat()}
    elif svc.get("scheduled_string"):
        d["scheduledString"] = svc["scheduled_string"]
    elif t:
        d["scheduledTiming"] = t
    if svc.get("performer"):
        d["performer"] = [svc["performer"]]
    if svc.get("quantity"):
        d["quantity"] = svc["quantity"]
    if svc.get("description"):
        d["description"] = svc["description"]
    return d


def provenance_res(rid, targets, when, who, sigtype="1.2.840.10065.1.12.1.1", agent_type="author",
                   on_behalf=None):
    disp = {"1.2.840.10065.1.12.1.1": "Author's Signature", "1.2.840.10065.1.12.1.2": "Coauthor's Signature",
            "1.2.840.10065.1.12.1.5": "Verification Signature", "1.2.840.10065.1.12.1.6": "Validation Signature",
            "1.2.840.10065.1.12.1.7": "Consent Signature", "1.2.840.10065.1.12.1.8": "Signature Witness Signature"}
    agent = {"type": cc("http://terminology.hl7.org/CodeSystem/provenance-participant-type", agent_type), "who": who}
    if on_behalf:
        agent["onBehalfOf"] = on_behalf
    blob = base64.b64encode(hashlib.sha256((rid + when).encode()).digest()).decode()
    return {"resourceType": "Provenance", "id": rid, "target": targets, "recorded": when,
            "activity": cc("http://terminology.hl7.org/CodeSystem/v3-DataOperation", "CREATE" if agent_type == "author" else "UPDATE"),
            "agent": [agent],
            "signature": [{"type": [coding(SIGTYPE, sigtype, disp[sigtype])], "when": when, "who": who,
                           "sigFormat": "application/jose", "data": blob}]}


def ts(d: date, hm="10:00"):
    return f"{d.isoformat()}T{hm}:00-05:00"


def bundle(rid, btype, resources, stamp, urn=False):
    b = {"resourceType": "Bundle", "id": rid}
    if btype == "document":
        b["identifier"] = {"system": "urn:ietf:rfc:3986", "value": "urn:uuid:" + uid(rid, "ident")}
    b["type"] = btype
    b["timestamp"] = stamp
    entries = []
    for r in resources:
        e = {}
        if urn:
            e["fullUrl"] = "urn:uuid:" + r["id"]
        else:
            e["fullUrl"] = f"https://fhir.example-ehr.net/r4/{r['resourceType']}/{r['id']}"
        e["resource"] = r
        if btype == "transaction":
            e["request"] = {"method": "POST" if r["resourceType"] != "Patient" else "PUT",
                            "url": r["resourceType"] if r["resourceType"] != "Patient" else f"Patient/{r['id']}"}
        entries.append(e)
    b["entry"] = entries
    return b


# -------------------------------------------------------------------- FHIR JSON -> XML (generic)
FHIR_NS = "http://hl7.org/fhir"


def _to_xml(parent, key, value):
    if isinstance(value, list):
        for v in value:
            _to_xml(parent, key, v)
        return
    if isinstance(value, dict):
        if "resourceType" in value and key in ("resource", "contained", None):
            holder = etree.SubElement(parent, f"{{{FHIR_NS}}}{key}") if key else parent
            _resource_xml(holder, value)
            return
        el = etree.SubElement(parent, f"{{{FHIR_NS}}}{key}")
        for k, v in value.items():
            if k == "url" and key in ("extension", "modifierExtension"):
                el.set("url", v)
            elif k == "div":
                el.append(etree.fromstring(v))
            else:
                _to_xml(el, k, v)
        return
    el = etree.SubElement(parent, f"{{{FHIR_NS}}}{key}")
    if isinstance(value, bool):
        el.set("value", "true" if value else "false")
    else:
        el.set("value", str(value))


def _resource_xml(holder, res):
    el = etree.SubElement(holder, f"{{{FHIR_NS}}}{res['resourceType']}") if holder is not None else \
        etree.Element(f"{{{FHIR_NS}}}{res['resourceType']}", nsmap={None: FHIR_NS})
    for k, v in res.items():
        if k == "resourceType":
            continue
        _to_xml(el, k, v)
    return el


def fhir_xml_bytes(res) -> bytes:
    root = _resource_xml(None, res)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def validate_fhir(res):
    """Parse with fhir.resources (R4B models: CarePlan, Goal, Condition, ServiceRequest, Provenance,
    Composition, Practitioner(Role) are unchanged between R4 and R4B for what is used here)."""
    from fhir.resources.R4B import get_fhir_model_class
    cls = get_fhir_model_class(res["resourceType"])
    cls.model_validate(res) if hasattr(cls, "model_validate") else cls.parse_obj(res)


def write_fhir(name, res, xml=False):
    validate_fhir(res)
    path = OUT / name
    if xml:
        path.write_bytes(fhir_xml_bytes(res))
    else:
        path.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# ------------------------------------------------------------------------- generic FHIR builder
def build_fhir(s):
    """s: plan spec. Options: shape (document|collection|transaction|careplan), activity
    (reference|detail), sigs (provenance|attester|note|both), member_in (patient|coverage)."""
    key = s["file"]
    shape = s["shape"]
    contained = shape == "careplan"
    urn = shape in ("transaction",) or s.get("urn", False)
    ids = {}

    def nid(kind, n=""):
        i = (kind.lower()[:3] + str(n)) if contained else uid(key, kind, str(n))
        if not contained and not urn:
            i = s.get("id_prefix", "") + hashlib.sha1(i.encode()).hexdigest()[:12]
        return i

    def R(kind, rid, display=None):
        return ref(kind, rid, display, contained=contained, urn=urn)

    p = s["patient"]
    res = []
    pat_id = nid("Patient")
    pat_ref = R("Patient", pat_id, f'{p["given"]} {p["family"]}')
    member_in = s.get("member_in", "patient")
    res.append(patient_res(p, pat_id, member_in_patient=(member_in == "patient")))
    if member_in == "coverage" and p.get("member"):
        res.append(coverage_res(p, nid("Coverage"), pat_ref, s["payer_name"]))

    org_id = nid("Organization")
    org = {"resourceType": "Organization", "id": org_id,
           "identifier": [{"system": NPI_SYS, "value": s["org_npi"]}], "active": True, "name": s["org"]}
    res.append(org)
    org_ref = R("Organization", org_id, s["org"])

    prac_refs = {}
    for i, sg in enumerate(s["people"]):
        pid = nid("Practitioner", i) if sg["role"] not in ("client", "guardian") else None
        if sg["role"] == "guardian":
            pid = nid("RelatedPerson", i)
            given, family = sg["name"].rsplit(" ", 1)
            res.append({"resourceType": "RelatedPerson", "id": pid, "active": True, "patient": pat_ref,
                        "relationship": [cc("http://terminology.hl7.org/CodeSystem/v3-RoleCode", sg.get("rel", "MTH"),
                                            sg.get("rel_display", "mother"))],
                        "name": [fname(given, family)]})
            prac_refs[i] = R("RelatedPerson", pid, sg["name"])
        elif sg["role"] == "client":
            prac_refs[i] = pat_ref
        else:
            res.append(practitioner_res(sg, pid, with_qual=sg.get("qual", True)))
            prac_refs[i] = R("Practitioner", pid, sg["name"] + (f", {sg['cred']}" if sg.get("cred") and sg.get("display_cred", True) else ""))
            if sg.get("prole"):
                rr = nid("PractitionerRole", i)
                res.append(practitionerrole_res(sg, rr, prac_refs[i], org_ref))
    author_ref = prac_refs[s.get("author", 0)]

    enc_ref = None
    if s.get("encounter"):
        e = s["encounter"]
        eid = nid("Encounter")
        enc = {"resourceType": "Encounter", "id": eid, "status": e.get("status", "finished"),
               "class": coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", e.get("cls", "AMB"),
                               {"AMB": "ambulatory", "IMP": "inpatient encounter", "HH": "home health"}[e.get("cls", "AMB")]),
               "type": [{"coding": [coding(CPT, e["code"], e["text"])] if e.get("code") else [], "text": e["text"]}]
               if e.get("code") else [{"text": e["text"]}],
               "subject": pat_ref, "period": {"start": ts(e["start"], "09:00")}}
        if e.get("end"):
            enc["period"]["end"] = ts(e["end"], "10:00")
        if e.get("hospitalization"):
            enc["hospitalization"] = e["hospitalization"]
        enc["serviceProvider"] = org_ref
        res.append(enc)
        enc_ref = R("Encounter", eid)
    if s.get("episode"):
        ep = s["episode"]
        epid = nid("EpisodeOfCare")
        res.append({"resourceType": "EpisodeOfCare", "id": epid, "status": "active",
                    "type": [{"text": ep["text"]}], "patient": pat_ref, "managingOrganization": org_ref,
                    "period": {"start": ep["start"].isoformat()}})

    cond_refs = []
    for i, dx in enumerate(s["dx"]):
        cid = nid("Condition", i)
        asserter = prac_refs[dx["asserter"]] if "asserter" in dx else None
        res.append(condition_res(dx, cid, pat_ref, asserter=asserter, recorded=dx.get("recorded"),
                                 category=dx.get("category", "encounter-diagnosis")))
        cond_refs.append(R("Condition", cid, dx["text"]))

    for i, a in enumerate(s.get("assessments", [])):
        oid = nid("Observation", i)
        o = {"resourceType": "Observation", "id": oid, "status": "final",
             "category": [cc("http://terminology.hl7.org/CodeSystem/observation-category", "survey")],
             "code": {"coding": [coding(LOINC, a["loinc"], a["name"])] if a.get("loinc") else [], "text": a["name"]}
             if a.get("loinc") else {"text": a["name"]},
             "subject": pat_ref, "effectiveDateTime": a["date"].isoformat()}
        if a.get("performer") is not None:
            o["performer"] = [prac_refs[a["performer"]]]
        if "value" in a:
            o["valueQuantity"] = {"value": a["value"], "unit": "{score}", "system": UCUM, "code": "{score}"}
        else:
            o["valueString"] = a["text"]
        res.append(o)

    goal_refs = []
    for gi, g in enumerate(s["goals"]):
        gid = nid("Goal", gi)
        addr = [cond_refs[g["addresses"]]] if "addresses" in g else None
        res.append(goal_res(g, gid, pat_ref, s["plan_date"], addresses=addr, status=g.get("status", "active")))
        gref = R("Goal", gid)
        goal_refs.append(gref)
        for oi, ob in enumerate(g.get("objectives", [])):
            oid = nid("Goal", f"{gi}_{oi}")
            res.append(goal_res(ob, oid, pat_ref, s["plan_date"], addresses=addr, parent_ref=gref))
            goal_refs.append(R("Goal", oid))

    activities = []
    for si, svc in enumerate(s["services"]):
        if s.get("activity", "reference") == "reference" and not svc.get("as_detail"):
            srid = nid("ServiceRequest", si)
            res.append(servicerequest_res(svc, srid, pat_ref, s["plan_date"], requester=prac_refs[svc.get("requester", s.get("author", 0))],
                                          reason=[cond_refs[0]] if cond_refs else None,
                                          status=svc.get("sr_status", "active")))
            act = {"reference": R("ServiceRequest", srid, svc["display"])}
        else:
            act = {"detail": activity_detail(svc, status=svc.get("detail_status", "scheduled"))}
        if svc.get("progress"):
            act = {"progress": [{"time": svc["progress"][0].isoformat(), "text": svc["progress"][1]}], **act}
        activities.append(act)

    cp_id = nid("CarePlan")
    cp = {"resourceType": "CarePlan", "id": cp_id}
    if s.get("cp_text"):
        cp["text"] = narrative(s["cp_text"])
    cp["identifier"] = [{"system": "urn:oid:1.2.840.114350.1.13.0.1.7.2.798268", "value": s.get("cp_ident", str(abs(hash(key)) % 10**8) if False else hashlib.md5(key.encode()).hexdigest()[:8].upper())}]
    cp["status"] = s.get("cp_status", "active")
    cp["intent"] = s.get("intent", "plan")
    cp["category"] = [cc("http://hl7.org/fhir/us/core/CodeSystem/careplan-category", "assess-plan")] + \
        ([{"text": s["category_text"]}] if s.get("category_text") else [])
    cp["title"] = s["title"]
    if s.get("description"):
        cp["description"] = s["description"]
    cp["subject"] = pat_ref
    if enc_ref:
        cp["encounter"] = enc_ref
    if s.get("period"):
        per = {"start": s["period"][0].isoformat()}
        if s["period"][1]:
            per["end"] = s["period"][1].isoformat()
        cp["period"] = per
    if s.get("created", True):
        cp["created"] = ts(s["plan_date"], "11:20") if s.get("created_time") else s["plan_date"].isoformat()
    cp["author"] = author_ref
    if s.get("contributors"):
        cp["contributor"] = [prac_refs[c] for c in s["contributors"]]
    if s.get("addresses", True):
        cp["addresses"] = cond_refs
    if goal_refs:
        cp["goal"] = goal_refs
    if activities:
        cp["activity"] = activities
    notes = list(s.get("notes", []))
    if notes:
        cp["note"] = [{"text": n} for n in notes]
    cp_ref = R("CarePlan", cp_id, s["title"])

    provs = []
    for si, sig in enumerate(s.get("signatures", [])):
        who = prac_refs[sig["who"]]
        provs.append(provenance_res(nid("Provenance", si), [cp_ref], ts(sig["date"], sig.get("time", "15:02")), who,
                                    sigtype=sig.get("type", "1.2.840.10065.1.12.1.1"),
                                    agent_type=sig.get("agent", "author"),
                                    on_behalf=org_ref if sig.get("obo") else None))

    if contained:
        cp_res = dict(cp)
        others = [r for r in res] + provs
        # contained must come right after text
        new = {"resourceType": "CarePlan", "id": cp_id}
        if "text" in cp_res:
            new["text"] = cp_res["text"]
        new["contained"] = others
        for k, v in cp_res.items():
            if k not in ("resourceType", "id", "text"):
                new[k] = v
        # contained Provenance targets the container
        for pr in provs:
            pr["target"] = [{"reference": "#"}]
        return new

    all_res = [cp] + res + provs
    stamp = ts(s.get("stamp", s["plan_date"]), "16:45")
    if shape == "document":
        comp_id = nid("Composition")
        sections = [{"title": "Care Plan", "code": cc(LOINC, "18776-5", "Plan of care note"),
                     "text": narrative(s.get("comp_text", f"<p>{s['title']}</p>")),
                     "entry": [cp_ref]},
                    {"title": "Problems", "code": cc(LOINC, "11450-4", "Problem list - Reported"),
                     "text": narrative("<ul>" + "".join(f"<li>{d['text']}</li>" for d in s["dx"]) + "</ul>"),
                     "entry": cond_refs},
                    {"title": "Goals", "code": cc(LOINC, "61146-7", "Goals"),
                     "text": narrative("<ul>" + "".join(f"<li>{g['text']}</li>" for g in s["goals"]) + "</ul>"),
                     "entry": goal_refs}]
        comp = {"resourceType": "Composition", "id": comp_id, "status": s.get("comp_status", "final"),
                "type": cc(LOINC, "18776-5", "Plan of care note"), "subject": pat_ref}
        if enc_ref:
            comp["encounter"] = enc_ref
        comp["date"] = ts(s.get("comp_date", s["plan_date"]), "16:40")
        comp["author"] = [author_ref]
        comp["title"] = s["title"]
        if s.get("attesters"):
            comp["attester"] = [{"mode": a.get("mode", "legal"), "time": ts(a["date"], "16:30"),
                                 "party": prac_refs[a["who"]]} for a in s["attesters"]]
        comp["custodian"] = org_ref
        if s.get("period"):
            comp["event"] = [{"code": [cc("http://terminology.hl7.org/CodeSystem/v3-ActClass", "PCPR", "care provision")],
                              "period": cp["period"]}]
        comp["section"] = sections
        all_res = [comp] + all_res
    return bundle(cp_id + "-bundle" if not urn else uid(key, "bundle"), shape, all_res, stamp, urn=urn)


# ------------------------------------------------------------------------------- C-CDA builder
def x(s: str) -> str:
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def tid(root, ext, versioned=True):
    return f'<templateId root="{root}"' + (f' extension="{ext}"' if versioned and ext else "") + "/>"


CRED_ROLE_CODE = {"client": ("ONESELF", "self"), "guardian": ("GUARD", "guardian")}


def ccda_person(sg, with_code=True):
    given, family = sg["name"].rsplit(" ", 1)
    suffix = f"<suffix>{x(sg['cred'])}</suffix>" if sg.get("cred") and sg.get("suffix_in_name", True) else ""
    idp = f'<id root="2.16.840.1.113883.4.6" extension="{sg["npi"]}"/>' if sg.get("npi") else '<id nullFlavor="NA"/>'
    code = ""
    if with_code:
        if sg["role"] in CRED_ROLE_CODE:
            c, d = CRED_ROLE_CODE[sg["role"]]
            code = f'<code code="{c}" codeSystem="2.16.840.1.113883.5.111" displayName="{d}"/>'
        elif sg.get("cred") in TAXONOMY:
            c, d = TAXONOMY[sg["cred"]]
            code = f'<code code="{c}" codeSystem="2.16.840.1.113883.6.101" codeSystemName="NUCC" displayName="{x(d)}"/>'
        elif sg.get("role_text"):
            code = f'<code nullFlavor="OTH"><originalText>{x(sg["role_text"])}</originalText></code>'
    person = f"<assignedPerson><name><given>{x(given)}</given><family>{x(family)}</family>{suffix}</name></assignedPerson>"
    return idp, code, person


def ccda_doc(s):
    v = s.get("versioned", True)
    p = s["patient"]
    doc = s["doc"]
    L = []
    a = L.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    if s.get("stylesheet", True):
        a('<?xml-stylesheet type="text/xsl" href="CDA.xsl"?>')
    a('<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">')
    a('  <realmCode code="US"/>')
    a('  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>')
    a("  " + tid("2.16.840.1.113883.10.20.22.1.1", "2015-08-01", v))
    if doc == "careplan":
        a("  " + tid("2.16.840.1.113883.10.20.22.1.15", "2015-08-01", v))
        a('  <id root="' + uid(s["file"], "doc") + '"/>')
        a('  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Overall plan of care/advance care directives"/>')
    else:
        a("  " + tid("2.16.840.1.113883.10.20.22.1.2", "2015-08-01", v))
        a('  <id root="' + uid(s["file"], "doc") + '"/>')
        a('  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Summarization of Episode Note"/>')
    a(f'  <title>{x(s["title"])}</title>')
    a(f'  <effectiveTime value="{hl7ts(s["doc_date"], "1130")}"/>')
    a('  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>')
    a('  <languageCode code="en-US"/>')
    a(f'  <setId root="{uid(s["file"], "set")}"/>')
    a('  <versionNumber value="1"/>')
    # recordTarget
    a("  <recordTarget><patientRole>")
    a(f'    <id root="{s.get("mrn_root", "2.16.840.1.113883.3.7788.1.2")}" extension="{p["mrn"]}" assigningAuthorityName="{x(s["org"])} MRN"/>')
    if p.get("member") and s.get("member_in", "header") == "header":
        a(f'    <id root="{p.get("member_oid", "2.16.840.1.113883.4.927")}" extension="{p["member"]}" assigningAuthorityName="{x(p.get("member_aa", "CMS MBI"))}"/>')
    ad = p.get("address", ("118 Larkspur Ct", "Harmon", "PA", "17011"))
    a(f'    <addr use="HP"><streetAddressLine>{x(ad[0])}</streetAddressLine><city>{x(ad[1])}</city><state>{ad[2]}</state><postalCode>{ad[3]}</postalCode><country>US</country></addr>')
    a('    <telecom use="HP" value="tel:+1-555-010-' + p["mrn"][-4:] + '"/>')
    a(f'    <patient><name use="L"><given>{x(p["given"])}</given><family>{x(p["family"])}</family></name>')
    a(f'      <administrativeGenderCode code="{ {"female": "F", "male": "M"}[p["gender"]] }" codeSystem="2.16.840.1.113883.5.1"/>')
    a(f'      <birthTime value="{p["dob"].strftime("%Y%m%d")}"/>')
    a("    </patient>")
    a(f'    <providerOrganization><id root="2.16.840.1.113883.4.6" extension="{s["org_npi"]}"/><name>{x(s["org"])}</name></providerOrganization>')
    a("  </patientRole></recordTarget>")
    # author
    au = s["people"][s.get("author", 0)]
    idp, code, person = ccda_person(au)
    a(f'  <author><time value="{hl7ts(s["doc_date"], "1130")}"/><assignedAuthor>{idp}{code}{person}'
      f'<representedOrganization><name>{x(s["org"])}</name></representedOrganization></assignedAuthor></author>')
    a(f'  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.4.6" extension="{s["org_npi"]}"/>'
      f'<name>{x(s["org"])}</name></representedCustodianOrganization></assignedCustodian></custodian>')
    if s.get("legal") is not None:
        lg = s["legal"]
        sg = s["people"][lg["who"]]
        idp, code, person = ccda_person(sg)
        a(f'  <legalAuthenticator><time value="{hl7ts(lg["date"], lg.get("hm", "1545"))}"/><signatureCode code="{lg.get("code", "S")}"/>'
          f'<assignedEntity>{idp}{code}{person}</assignedEntity></legalAuthenticator>')
    for au2 in s.get("authenticators", []):
        sg = s["people"][au2["who"]]
        idp, code, person = ccda_person(sg)
        a(f'  <authenticator><time value="{hl7ts(au2["date"], au2.get("hm", "0915"))}"/><signatureCode code="S"/>'
          f'<assignedEntity>{idp}{code}{person}</assignedEntity></authenticator>')
    for pt in s.get("participants", []):
        sg = s["people"][pt["who"]]
        given, family = sg["name"].rsplit(" ", 1)
        a(f'  <participant typeCode="{pt.get("type", "IND")}"><functionCode code="{pt.get("fn", "PCP")}" codeSystem="2.16.840.1.113883.5.88" displayName="{x(pt.get("fn_display", "primary care physician"))}"/>'
          f'<associatedEntity classCode="{pt.get("cls", "PROV")}"><associatedPerson><name><given>{x(given)}</given><family>{x(family)}</family>'
          + (f'<suffix>{x(sg["cred"])}</suffix>' if sg.get("cred") else "") + '</name></associatedPerson></associatedEntity></participant>')
    se = s.get("service_event")
    if se:
        a('  <documentationOf><serviceEvent classCode="PCPR">')
        a(f'    <effectiveTime><low value="{hl7ts(se[0])}"/>' + (f'<high value="{hl7ts(se[1])}"/>' if se[1] else "") + "</effectiveTime>")
        for pi in s.get("performers", [s.get("author", 0)]):
            sg = s["people"][pi]
            idp, code, person = ccda_person(sg)
            a(f'    <performer typeCode="PRF"><functionCode code="PP" codeSystem="2.16.840.1.113883.12.443" displayName="Primary Care Provider"/>'
              f'<assignedEntity>{idp}{code}{person}</assignedEntity></performer>')
        a("  </serviceEvent></documentationOf>")
    enc = s.get("encounter")
    if enc:
        a(f'  <componentOf><encompassingEncounter><id root="{uid(s["file"], "enc")}"/>')
        if enc.get("code"):
            a(f'    <code code="{enc["code"][0]}" codeSystem="2.16.840.1.113883.5.4" displayName="{x(enc["code"][1])}"><originalText>{x(enc.get("text", enc["code"][1]))}</originalText></code>')
        a(f'    <effectiveTime><low value="{hl7ts(enc["start"])}"/>' + (f'<high value="{hl7ts(enc["end"])}"/>' if enc.get("end") else "") + "</effectiveTime>")
        a(f'    <location><healthCareFacility><id root="{uid(s["file"], "loc")}"/><serviceProviderOrganization><name>{x(s["org"])}</name></serviceProviderOrganization></healthCareFacility></location>')
        a("  </encompassingEncounter></componentOf>")
    a("  <component><structuredBody>")
    for sec in s["sections"]:
        a(sec)
    a("  </structuredBody></component>")
    a("</ClinicalDocument>")
    text = "\n".join(L) + "\n"
    etree.fromstring(text.encode("utf-8"))  # well-formed
    return text


def section(tids, code, display, title, text_html, entries="", nullflavor=False, versioned=True):
    t = "".join(tid(r, e, versioned) for r, e in tids)
    nf = ' nullFlavor="NI"' if nullflavor else ""
    return (f"    <component><section{nf}>{t}"
            f'<code code="{code}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="{x(display)}"/>'
            f"<title>{x(title)}</title><text>{text_html}</text>{entries}</section></component>")


def table(headers, rows, ids=None):
    h = "".join(f"<th>{x(c)}</th>" for c in headers)
    body = ""
    for i, r in enumerate(rows):
        rid = f' ID="{ids[i]}"' if ids else ""
        body += f"<tr{rid}>" + "".join(f"<td>{x(c)}</td>" for c in r) + "</tr>"
    return f'<table border="1" width="100%"><thead><tr>{h}</tr></thead><tbody>{body}</tbody></table>'


def problem_obs(dx, i, fileid, mode, v=True):
    """mode: value (ICD-10 in value) | translation (SNOMED value, ICD-10 translation) | sct (no ICD)"""
    codes = {sys: (c, d) for sys, c, d in dx["codings"]}
    if mode == "value" and "icd10" in codes:
        c, d = codes["icd10"]
        value = f'<value xsi:type="CD" code="{c}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{x(d)}"><originalText><reference value="#dx{i}"/></originalText></value>'
    elif mode == "translation" and "sct" in codes and "icd10" in codes:
        c, d = codes["sct"]
        ic, idd = codes["icd10"]
        value = (f'<value xsi:type="CD" code="{c}" codeSystem="2.16.840.1.113883.6.96" codeSystemName="SNOMED CT" displayName="{x(d)}">'
                 f'<originalText><reference value="#dx{i}"/></originalText>'
                 f'<translation code="{ic}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{x(idd)}"/></value>')
    else:
        c, d = codes.get("sct", next(iter(codes.values())))
        value = f'<value xsi:type="CD" code="{c}" codeSystem="2.16.840.1.113883.6.96" codeSystemName="SNOMED CT" displayName="{x(d)}"/>'
    onset = dx.get("onset")
    eff = f'<effectiveTime><low value="{hl7ts(onset)}"/></effectiveTime>' if onset else '<effectiveTime><low nullFlavor="UNK"/></effectiveTime>'
    return (f'<observation classCode="OBS" moodCode="EVN">{tid("2.16.840.1.113883.10.20.22.4.4", "2015-08-01", v)}'
            f'<id root="{uid(fileid, "prob", str(i))}"/>'
            f'<code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis interpretation">'
            f'<translation code="29308-4" codeSystem="2.16.840.1.113883.6.1" displayName="Diagnosis"/></code>'
            f'<text><reference value="#dx{i}"/></text><statusCode code="completed"/>{eff}{value}</observation>')


def dx_entries(s, wrapper="concern"):
    v = s.get("versioned", True)
    out = ""
    for i, dx in enumerate(s["dx"]):
        obs = problem_obs(dx, i, s["file"], s.get("dx_mode", "value"), v)
        if wrapper == "concern":
            out += (f'<entry typeCode="DRIV"><act classCode="ACT" moodCode="EVN">{tid("2.16.840.1.113883.10.20.22.4.3", "2015-08-01", v)}'
                    f'<id root="{uid(s["file"], "conc", str(i))}"/><code code="CONC" codeSystem="2.16.840.1.113883.5.6" displayName="Concern"/>'
                    f'<statusCode code="active"/><effectiveTime><low value="{hl7ts(s["plan_date"])}"/></effectiveTime>'
                    f'<entryRelationship typeCode="SUBJ">{obs}</entryRelationship></act></entry>')
        else:  # health concern act
            out += (f'<entry><act classCode="ACT" moodCode="EVN">{tid("2.16.840.1.113883.10.20.22.4.132", "2015-08-01", v)}'
                    f'<id root="{uid(s["file"], "hc", str(i))}"/><code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concern"/>'
                    f'<statusCode code="active"/><entryRelationship typeCode="REFR">{obs}</entryRelationship></act></entry>')
    return out


def goal_obs(g, gid, fileid, v=True, sub=""):
    val = ""
    if g.get("qty"):
        val_, unit, comp = g["qty"]
        val = f'<value xsi:type="PQ" value="{val_}" unit="{unit}"/>' if not comp else \
            f'<value xsi:type="IVL_PQ"><high value="{val_}" unit="{unit}" inclusive="{str(comp == "<=").lower()}"/></value>'
    code = (f'<code code="{g["measure"][1]}" codeSystem="2.16.840.1.113883.6.1" displayName="{x(g["measure"][2])}"/>'
            if isinstance(g.get("measure"), tuple) else '<code nullFlavor="OTH"><originalText><reference value="#' + gid + '"/></originalText></code>')
    eff = f'<effectiveTime value="{hl7ts(g["due"])}"/>' if g.get("due") else ""
    return (f'<observation classCode="OBS" moodCode="GOL">{tid("2.16.840.1.113883.10.20.22.4.121", None, v)}'
            f'<id root="{uid(fileid, "goal", gid)}"/>{code}<text><reference value="#{gid}"/></text>'
            f'<statusCode code="active"/>{eff}{val}{sub}</observation>')


def goals_section(s, narrative_only=False, layout="table"):
    v = s.get("versioned", True)
    rows, ids, entries = [], [], ""
    html = ""
    for gi, g in enumerate(s["goals"]):
        gid = f"goal{gi + 1}"
        if layout == "table":
            rows.append([g.get("label", f"Goal {gi + 1}"), g["text"], g.get("baseline", ""), mmddyyyy(g["due"]) if g.get("due") else g.get("due_text", ""), g.get("status_text", "Active")])
            ids.append(gid)
        else:
            html += f'<paragraph ID="{gid}"><content styleCode="Bold">{x(g.get("label", f"Goal {gi + 1}"))}:</content> {x(g["text"])}' + \
                (f' Target date: {mmddyyyy(g["due"])}.' if g.get("due") else "") + "</paragraph>"
        subs = ""
        for oi, ob in enumerate(g.get("objectives", [])):
            oid = f"goal{gi + 1}obj{oi + 1}"
            olabel = ob.get("label", f"Objective {gi + 1}{'abcdef'[oi]}")
            if layout == "table":
                rows.append([olabel, ob["text"], ob.get("baseline", ""), mmddyyyy(ob["due"]) if ob.get("due") else ob.get("due_text", ""), "Active"])
                ids.append(oid)
            else:
                html += f'<paragraph ID="{oid}">    {x(olabel)}: {x(ob["text"])}' + (f' (by {mmddyyyy(ob["due"])})' if ob.get("due") else "") + "</paragraph>"
            subs += f'<entryRelationship typeCode="COMP">{goal_obs(ob, oid, s["file"], v)}</entryRelationship>'
        entries += f"<entry>{goal_obs(g, gid, s['file'], v, subs)}</entry>"
    if layout == "table":
        html = table(["#", "Goal / Objective", "Baseline", "Target date", "Status"], rows, ids)
    if narrative_only:
        entries = ""
    if s["doc"] == "careplan":
        return section([("2.16.840.1.113883.10.20.22.2.60", None)], "61146-7", "Goals", s.get("goals_title", "Goals"), html, entries, versioned=v)
    return html, entries


def svc_rows(s):
    rows = []
    for svc in s["services"]:
        rows.append([svc.get("code", ""), svc["display"], svc.get("amount_text", ""), svc.get("freq_text", ""),
                     svc.get("dur_text", ""), svc.get("who", "")])
    return rows


def planned_entries(s):
    v = s.get("versioned", True)
    out = ""
    for i, svc in enumerate(s["services"]):
        sysoid = "2.16.840.1.113883.6.285" if svc.get("code", "0")[0:1].isalpha() else "2.16.840.1.113883.6.12"
        code = (f'<code code="{svc["code"]}" codeSystem="{sysoid}" displayName="{x(svc["display"])}"/>' if svc.get("code")
                else f'<code nullFlavor="OTH"><originalText>{x(svc["display"])}</originalText></code>')
        eff = ""
        if svc.get("start"):
            eff = f'<effectiveTime><low value="{hl7ts(svc["start"])}"/>' + (f'<high value="{hl7ts(svc["end"])}"/>' if svc.get("end") else "") + "</effectiveTime>"
        out += (f'<entry><procedure classCode="PROC" moodCode="INT">{tid("2.16.840.1.113883.10.20.22.4.41", "2014-06-09", v)}'
                f'<id root="{uid(s["file"], "svc", str(i))}"/>{code}<text><reference value="#svc{i + 1}"/></text>'
                f'<statusCode code="active"/>{eff}</procedure></entry>')
    for i, rv in enumerate(s.get("reviews", [])):
        out += (f'<entry><encounter classCode="ENC" moodCode="{"EVN" if rv.get("done") else "INT"}">{tid("2.16.840.1.113883.10.20.22.4.40", "2014-06-09", v)}'
                f'<id root="{uid(s["file"], "rev", str(i))}"/><code nullFlavor="OTH"><originalText>{x(rv["text"])}</originalText></code>'
                f'<statusCode code="{"completed" if rv.get("done") else "active"}"/><effectiveTime value="{hl7ts(rv["date"])}"/></encounter></entry>')
    return out


def services_html(s):
    ids = [f"svc{i + 1}" for i in range(len(s["services"]))]
    h = table(["Code", "Service", "Amount", "Frequency", "Duration", "Provider"], svc_rows(s), ids)
    for rv in s.get("reviews", []):
        h += f"<paragraph>{x(rv['text'])}: {mmddyyyy(rv['date'])}{' (completed)' if rv.get('done') else ''}</paragraph>"
    for n in s.get("plan_notes", []):
        h += f"<paragraph>{x(n)}</paragraph>"
    return h


def dx_html(s):
    rows = []
    for i, dx in enumerate(s["dx"]):
        codes = {sys: c for sys, c, _ in dx["codings"]}
        rows.append([dx["text"], codes.get("icd10", ""), "Primary" if i == 0 else "Secondary", mmddyyyy(dx["onset"]) if dx.get("onset") else ""])
    return table(["Diagnosis", "ICD-10-CM", "Rank", "Onset"], rows, [f"dx{i}" for i in range(len(rows))])


# ------------------------------------------------------------------------------------ plan data
def pt(given, family, dob, gender, member, mrn, **kw):
    return {"given": given, "family": family, "dob": D(dob), "gender": gender, "member": member, "mrn": mrn, **kw}


def person(role, name, cred=None, seed=None, **kw):
    return {"role": role, "name": name, "cred": cred, "npi": npi(seed or name) if role not in ("client", "guardian") else None, **kw}


def icd(code, text, sct=None, sct_text=None, **kw):
    c = [("icd10", code, text)]
    if sct:
        c = [("sct", sct, sct_text or text)] + c
    return {"codings": c, "text": text, **kw}


def wk(n):
    return timedelta(weeks=n)


PSY_KINDS = PROFILE_KINDS["medicare-psychotherapy"]
FHIR_PLANS = []

# aa01 -- document Bundle, psychotherapy, clean
pd = D("2026-01-20")
FHIR_PLANS.append(dict(
    file="aa01_fhir_document_psychotherapy.json", payer="medicare-psychotherapy", as_of=D("2026-03-10"), gaps=[],
    notes="Clean. FHIR document Bundle (Composition with attester, CarePlan with activity.reference to a ServiceRequest "
          "whose occurrenceTiming gives 1/wk, 53 min, boundsDuration 24 wk), Goals with PHQ-9/GAD-7 targets and dueDate, "
          "Conditions addressed by the CarePlan, Provenance author signature by an LCSW with qualification.",
    shape="document", activity="reference",
    patient=pt("Loretta", "Vansickle", "1956-09-02", "female", "4TR9XK2MD71", "E884120", member_system="http://cms.hhs.gov/mbi"),
    payer_name="Medicare Part B", org="Blue Heron Counseling Associates", org_npi=npi("org01"),
    people=[person("clinician", "Ines Calloway", "LCSW", prole=True)],
    dx=[icd("F33.1", "Major depressive disorder, recurrent, moderate", "18818009", "Moderate recurrent major depression", onset=D("2019-05-01")),
        icd("F41.1", "Generalized anxiety disorder", "21897009")],
    plan_date=pd, period=(pd, pd + wk(24)),
    goals=[dict(text="Loretta will reduce depressive symptoms so that her PHQ-9 total score is below 10 on two consecutive monthly administrations.",
                measure=("http://loinc.org", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
                qty=(10, "{score}", "<"), due=pd + wk(24), addresses=0,
                note="Baseline PHQ-9 = 17 on 01/13/2026."),
           dict(text="Loretta will use a planned coping skill during worry episodes on at least 5 of 7 days per week, as recorded in her weekly log.",
                measure={"text": "days per week coping skill used"}, detail_str="at least 5 of 7 days", due=pd + wk(16), addresses=1)],
    services=[dict(code="90837", display="Psychotherapy, 60 minutes with patient", freq=(1, 1, "wk"), minutes=53, bounds_weeks=24,
                   note="Individual CBT; 53+ minute sessions weekly for 24 weeks.")],
    signatures=[dict(who=0, date=pd, time="16:02")],
    attesters=[dict(who=0, date=pd, mode="legal")],
    comp_text="<p>Individual psychotherapy treatment plan established 01/20/2026.</p>",
))
assert (pd + wk(24) - pd).days < 365

# aa02 -- single CarePlan with contained, psychotherapy, F33 category
pd = D("2026-02-03")
FHIR_PLANS.append(dict(
    file="aa02_fhir_careplan_contained_psychotherapy.json", payer="medicare-psychotherapy", as_of=D("2026-03-24"),
    gaps=[["diagnosis-code-not-billable"]],
    notes="Gap: the only diagnosis is coded F33 (an ICD-10-CM category, not billable). Single CarePlan with contained "
          "Patient, Practitioner, Condition, Goals; activity.detail with scheduledTiming (1/wk, 45 min, boundsPeriod); "
          "e-signature line in CarePlan.note.",
    shape="careplan", activity="detail",
    patient=pt("Theo", "Marchetti", "1949-12-11", "male", "7HC3VR6NA52", "100448213"),
    payer_name="Medicare", org="Lakeside Behavioral Health Clinic", org_npi=npi("org02"),
    people=[person("clinician", "Renata Oduya", "PsyD", suffix_in_name=True)],
    dx=[{"codings": [("icd10", "F33", "Major depressive disorder, recurrent")], "text": "Major depressive disorder, recurrent"}],
    plan_date=pd, period=(pd, D("2026-07-31")),
    goals=[dict(text="Theo will decrease his BDI-II score from 29 to 13 or lower.", measure={"text": "BDI-II total"},
                qty=(13, "{score}", "<="), due=D("2026-07-31")),
           dict(text="Theo will attend at least 2 social activities outside the home each week for 4 consecutive weeks.",
                detail_str="2 activities/week", due=D("2026-05-29"))],
    services=[dict(code="90834", display="Psychotherapy, 45 minutes with patient", freq=(1, 1, "wk"), minutes=45,
                   bounds_period=(pd, D("2026-07-31")), description="Individual psychotherapy (CBT), 45 minutes, once weekly")],
    notes=["Electronically signed by Renata Oduya, PsyD on 02/03/2026 at 4:47 PM"],
))

# aa03 -- collection Bundle, outpatient PT, clean
ft = D("2026-02-09")
FHIR_PLANS.append(dict(
    file="aa03_fhir_collection_pt.json", payer="medicare-outpatient-therapy", as_of=D("2026-03-20"), gaps=[],
    notes="Clean. Collection Bundle: Encounter (PT evaluation 97162) = first treatment day = plan date, CarePlan period 8 weeks, "
          "ServiceRequests 97110/97140/97116 with Timing 3 per 1 wk boundsDuration 8 wk, Goals with detailQuantity (degrees, feet), "
          "physician Provenance verification signature 6 days after the evaluation, therapist author signature.",
    shape="collection", activity="reference",
    patient=pt("Harold", "Brisbane", "1947-03-30", "male", "2QW7ER4TY39", "MRN-5521907", member_system="http://cms.hhs.gov/mbi"),
    payer_name="Medicare Part B", org="Riverbend Physical Therapy", org_npi=npi("org03"),
    people=[person("clinician", "Celia Norquist", "DPT", prole=True), person("physician", "Arjun Mehrotra", "MD", prole=True, role_text="Referring physician")],
    encounter=dict(code="97162", text="PT evaluation, moderate complexity", start=ft, end=ft),
    dx=[icd("M17.11", "Unilateral primary osteoarthritis, right knee", "239873007", "Osteoarthritis of knee"),
        icd("R26.81", "Unsteadiness on feet")],
    plan_date=ft, period=(ft, ft + wk(8)),
    goals=[dict(text="Increase right knee active flexion from 95 degrees to at least 115 degrees to allow stair climbing reciprocally.",
                measure={"text": "Right knee AROM flexion"}, qty=(115, "deg", ">="), due=ft + wk(8), addresses=0),
           dict(text="Patient will ambulate 300 feet on level surfaces without an assistive device, independently, in 8 weeks.",
                measure={"text": "Gait distance"}, qty=(300, "[ft_i]", ">="), due_dur=(8, "weeks"), addresses=1)],
    services=[dict(code="97110", display="Therapeutic exercise", freq=(3, 1, "wk"), bounds_weeks=8),
              dict(code="97140", display="Manual therapy techniques", freq=(3, 1, "wk"), bounds_weeks=8),
              dict(code="97116", display="Gait training", freq=(3, 1, "wk"), bounds_weeks=8)],
    signatures=[dict(who=0, date=ft, time="17:10"), dict(who=1, date=ft + timedelta(days=6), type="1.2.840.10065.1.12.1.5", agent="verifier")],
    notes=["Plan of care certification period 02/09/2026 - 04/05/2026. Recertification due by 04/05/2026."],
))
assert (ft + wk(8) - ft).days <= 90 and D("2026-03-20") < ft + wk(8)

# aa04 -- transaction Bundle, home health, OT without frequency
soc = D("2026-02-16")
FHIR_PLANS.append(dict(
    file="aa04_fhir_transaction_homehealth.json", payer="medicare-home-health", as_of=D("2026-03-12"),
    gaps=[["frequency-missing"]],
    notes="Gap: the occupational therapy ServiceRequest has no timing at all (only 'OT eval and treat'); SN and PT state 2w4/1w4 "
          "style Timing. Transaction Bundle with urn:uuid fullUrls and POST requests; physician Provenance signature.",
    shape="transaction", activity="reference",
    patient=pt("Margarethe", "Olsby", "1938-07-19", "female", "5KD2MN8PL44", "HH-20931", member_system="http://cms.hhs.gov/mbi"),
    payer_name="Medicare Part A", org="Evergreen Home Health Services", org_npi=npi("org04"),
    people=[person("clinician", "Dawn Petrakis", "RN"), person("physician", "Samuel Achebe", "MD")],
    encounter=dict(cls="HH", text="Start of care visit", start=soc),
    dx=[icd("I50.32", "Chronic diastolic (congestive) heart failure", onset=D("2024-11-01")), icd("R26.81", "Unsteadiness on feet")],
    plan_date=soc, period=(soc, soc + timedelta(days=59)),
    goals=[dict(text="Patient will maintain weight within 2 lb of dry weight (148 lb) with no re-hospitalization by end of certification period.",
                qty=(150, "[lb_av]", "<="), due=soc + timedelta(days=59)),
           dict(text="Patient will ambulate 150 feet with rolling walker with supervision only within 4 weeks.", due=soc + wk(4))],
    services=[dict(code="G0299", display="Skilled nursing visit (RN)", freq=(2, 1, "wk"), bounds_weeks=4, timing_text="2W4"),
              dict(code="G0151", display="Physical therapy visit", freq=(1, 1, "wk"), bounds_weeks=4, timing_text="1W4"),
              dict(code="G0152", display="Occupational therapy visit", note="OT eval and treat")],
    signatures=[dict(who=0, date=soc), dict(who=1, date=soc + timedelta(days=5), type="1.2.840.10065.1.12.1.5", agent="verifier")],
))

# aa05 -- document Bundle, ABA, clean
pd = D("2026-01-12")
ABA_GOALS_OK = [
    dict(text="Manding: Ezra will independently mand for 10 different preferred items using 2-word phrases across 3 consecutive sessions.",
         category="Communication", measure={"text": "independent mands"}, detail_str="Mastery: 80% independent across 3 consecutive sessions",
         due=pd + wk(24), note="Baseline: 2 independent 1-word mands per session (VB-MAPP Level 1)."),
    dict(text="Elopement: reduce elopement from 6 per day to 1 or fewer per day for 4 consecutive weeks.",
         category="Behavior reduction", detail_str="Mastery: 1 or fewer per day for 4 consecutive weeks", due=pd + wk(24),
         note="Baseline: average 6 elopement attempts per day (ABC data 12/2025)."),
    dict(text="Caregiver training: Ezra's mother will implement the visual schedule and first-then prompting with 90% fidelity on the BST checklist in 3 consecutive observations.",
         category="Caregiver training", detail_str="Mastery: 90% fidelity x 3 observations", due=pd + wk(12),
         note="Baseline: 40% fidelity on 01/06/2026."),
]
FHIR_PLANS.append(dict(
    file="aa05_fhir_document_aba.json", payer="commercial-aba", as_of=D("2026-02-20"), gaps=[],
    notes="Clean. Document Bundle: Condition F84.0 with asserter (developmental pediatrician) and recordedDate; VB-MAPP and Vineland-3 "
          "Observations dated 12/2025; Goals with category, detailString mastery criteria, baselines in Goal.note; caregiver-training goal; "
          "ServiceRequests 97153/97155/97156 with hours per week in the note and Timing; review ServiceRequest at 3 months; "
          "Provenance signatures by the BCBA and by the mother (RelatedPerson, consent signature).",
    shape="document", activity="reference",
    patient=pt("Ezra", "Lindqvist", "2021-04-08", "male", "W884102297", "A-33018", member_system="urn:oid:2.16.840.1.113883.3.9901.1"),
    payer_name="Aetna Choice POS II", org="Bright Steps Behavioral Services", org_npi=npi("org05"),
    people=[person("clinician", "Naomi Feldt", "BCBA", prole=True),
            person("guardian", "Karin Lindqvist", rel="MTH", rel_display="mother"),
            person("physician", "Walter Osei", "MD", role_text="Developmental pediatrician")],
    dx=[icd("F84.0", "Autistic disorder", "408856003", "Autistic disorder", asserter=2, recorded=D("2025-10-21"), onset=D("2025-10-21"))],
    assessments=[dict(name="VB-MAPP Milestones Assessment", date=D("2025-12-18"), value=38, performer=0),
                 dict(name="Vineland-3 Adaptive Behavior Composite", date=D("2025-12-19"), value=62, performer=0)],
    plan_date=pd, period=(pd, D("2026-07-11")),
    goals=ABA_GOALS_OK,
    services=[dict(code="97153", display="Adaptive behavior treatment by protocol, technician", freq=(5, 1, "wk"), minutes=240,
                   bounds_period=(pd, D("2026-07-11")), note="20 hours per week (80 units/week)"),
              dict(code="97155", display="Adaptive behavior treatment with protocol modification (BCBA)", freq=(2, 1, "wk"), minutes=90,
                   bounds_period=(pd, D("2026-07-11")), note="3 hours per week (12 units/week)"),
              dict(code="97156", display="Family adaptive behavior treatment guidance", freq=(1, 1, "wk"), minutes=60,
                   bounds_period=(pd, D("2026-07-11")), note="1 hour per week (4 units/week)"),
              dict(display="Treatment plan progress review and reassessment", occurrence_date=D("2026-04-10"), intent="plan",
                   category="Treatment plan review")],
    signatures=[dict(who=0, date=pd), dict(who=1, date=D("2026-01-14"), type="1.2.840.10065.1.12.1.7", agent="informant", time="18:31")],
    attesters=[dict(who=0, date=pd)],
    notes=["Next treatment plan review: 04/10/2026. Authorization period 01/12/2026 - 07/11/2026."],
))
assert (D("2026-07-11") - pd).days <= 183 and (D("2026-04-10") - pd).days <= 184 and (pd - D("2025-12-18")).days <= 365

# aa06 -- CarePlan with contained, ABA, no caregiver goal
pd = D("2026-02-02")
FHIR_PLANS.append(dict(
    file="aa06_fhir_careplan_contained_aba.json", payer="commercial-aba", as_of=D("2026-03-02"),
    gaps=[["caregiver-goal-missing"]],
    notes="Gap: no goal involves parent or caregiver training (97156 is requested but no goal states what the caregiver learns). "
          "Single CarePlan with contained resources, activity.detail with scheduledTiming, signatures in CarePlan.note lines "
          "(BCBA e-signature and father's signature).",
    shape="careplan", activity="detail",
    patient=pt("Mila", "Restrepo", "2020-10-27", "female", "UHC90417725", "C40021"),
    payer_name="UnitedHealthcare", org="Keystone ABA Partners", org_npi=npi("org06"),
    people=[person("clinician", "Grant Albanese", "BCBA", suffix_in_name=True),
            person("physician", "Priya Venkataraman", "MD", role_text="Child psychiatrist")],
    dx=[icd("F84.0", "Autism spectrum disorder", asserter=1, recorded=D("2025-08-14"))],
    assessments=[dict(name="ABLLS-R", date=D("2026-01-20"), text="Completed; deficits in requesting, imitation, social", performer=0)],
    plan_date=pd, period=(pd, D("2026-08-01")),
    goals=[dict(text="Mila will independently request a break using a picture card in 80% of opportunities across 3 consecutive sessions.",
                detail_str="80% of opportunities, 3 consecutive sessions", due=D("2026-08-01"),
                note="Baseline: 10% of opportunities (01/2026)."),
           dict(text="Mila will reduce aggression (hitting) from 12 episodes per day to 2 or fewer per day for 3 consecutive weeks.",
                detail_str="2 or fewer per day, 3 consecutive weeks", due=D("2026-08-01"), note="Baseline: 12 episodes/day."),
           dict(text="Mila will imitate 15 two-step motor actions with 80% accuracy across 2 therapists.",
                detail_str="80% accuracy across 2 therapists", due=D("2026-06-01"), note="Baseline: imitates 3 one-step actions.")],
    services=[dict(code="97153", display="Adaptive behavior treatment by protocol", freq=(5, 1, "wk"), minutes=180,
                   description="15 hours per week direct 1:1 therapy"),
              dict(code="97155", display="Protocol modification by BCBA", freq=(1, 1, "wk"), minutes=120, description="2 hours per week"),
              dict(code="97156", display="Family adaptive behavior treatment guidance", freq=(2, 1, "mo"), minutes=60, description="2 hours per month"),
              dict(display="Six-month treatment plan review", scheduled_string="Review due 08/01/2026")],
    notes=["Electronically signed: Grant Albanese, BCBA 02/02/2026 14:10",
           "Parent/guardian signature: Luis Restrepo (father) signed 02/04/2026 - on file (scanned signature page)"],
))
assert (D("2026-08-01") - pd).days <= 184

# aa07 -- document Bundle, psychotherapy, no credential
pd = D("2026-01-27")
FHIR_PLANS.append(dict(
    file="aa07_fhir_document_psychotherapy_nocred.json", payer="medicare-psychotherapy", as_of=D("2026-03-03"),
    gaps=[["credential-missing"]],
    notes="Gap: the signing clinician's credential appears nowhere (Practitioner without qualification, no suffix, no PractitionerRole; "
          "Provenance and attester only name him). Document Bundle; ServiceRequest Timing 1/wk 45 min with boundsPeriod.",
    shape="document", activity="reference",
    patient=pt("Odessa", "Plaskett", "1952-06-14", "female", "3FJ8KK1RW06", "88100342", member_system="http://cms.hhs.gov/mbi"),
    payer_name="Medicare Part B", org="Northgate Family Counseling", org_npi=npi("org07"),
    people=[person("clinician", "Desmond Hartwell", None, qual=False)],
    dx=[icd("F43.12", "Post-traumatic stress disorder, chronic", "313182004", "Chronic post-traumatic stress disorder")],
    plan_date=pd, period=(pd, D("2026-07-27")),
    goals=[dict(text="Odessa will reduce her PCL-5 score from 52 to below 33 by 07/27/2026.", measure={"text": "PCL-5 total"},
                qty=(33, "{score}", "<"), due=D("2026-07-27")),
           dict(text="Odessa will sleep at least 6 hours on 5 of 7 nights per week as recorded in a sleep diary for 4 consecutive weeks.",
                detail_str="6 h on 5/7 nights", due=D("2026-05-27"))],
    services=[dict(code="90834", display="Psychotherapy, 45 minutes", freq=(1, 1, "wk"), minutes=45,
                   bounds_period=(pd, D("2026-07-27")), note="Cognitive processing therapy, weekly 45-minute sessions")],
    signatures=[dict(who=0, date=pd)], attesters=[dict(who=0, date=pd)],
))

# aa08 -- FHIR XML document Bundle, psychotherapy, clean
pd = D("2026-02-10")
FHIR_PLANS.append(dict(
    file="aa08_fhir_document_psychotherapy.xml", xml=True, payer="medicare-psychotherapy", as_of=D("2026-04-01"), gaps=[],
    notes="Clean. FHIR XML document Bundle; CarePlan activity.detail (not ServiceRequest) with scheduledTiming every 2 weeks, 60 min, "
          "boundsDuration 6 mo; Goal target dueDuration; Practitioner qualification PhD; Provenance signature.",
    shape="document", activity="detail",
    patient=pt("Bernard", "Kowalczyk", "1950-01-22", "male", "9AB4CD7EF21", "0071233", member_system="http://cms.hhs.gov/mbi"),
    payer_name="Medicare Part B", org="Harbor Psychology Group", org_npi=npi("org08"),
    people=[person("clinician", "Yvonne Teague", "PhD", prole=True)],
    dx=[icd("F41.1", "Generalized anxiety disorder", "21897009")],
    plan_date=pd, period=(pd, None),
    goals=[dict(text="Bernard will reduce his GAD-7 score from 16 to 7 or below.", measure=("http://loinc.org", "70274-6", "GAD-7 total score"),
                qty=(7, "{score}", "<="), due_dur=(6, "months"))],
    services=[dict(code="90837", display="Psychotherapy, 60 minutes", freq=(1, 2, "wk"), minutes=60, bounds_months=6)],
    signatures=[dict(who=0, date=pd)], attesters=[dict(who=0, date=pd)],
))
