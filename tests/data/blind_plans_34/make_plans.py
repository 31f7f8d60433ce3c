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
    # (lead's correction after the first look: NPIs begin with 1 or 2, NPI final rule 69 FR 3434; the brief and the
    # npi-valid rule's description said only "a Luhn check digit over 80840")
    base9 = ("1" if int(base9[0]) % 2 else "2") + base9[1:]
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
    "MD": ("207R00000X", "Internal Medicine"),
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
            t = s.get("taxonomy") or TAXONOMY.get(cred, ("171M00000X", "Case Manager/Care Coordinator"))
            code = {"coding": [coding(NUCC, t[0], t[1])], "text": cred}
        r["qualification"] = [{"code": code}]
    return r


def practitionerrole_res(s, rid, prac_ref, org_ref=None):
    t = s.get("taxonomy") or TAXONOMY.get(s.get("cred"), ("171M00000X", "Case Manager/Care Coordinator"))
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
        tgt["measure"] = cc(*g["measure"]) if isinstance(g["measure"], tuple) else \
            (g["measure"] if isinstance(g["measure"], dict) else {"text": g["measure"]})
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
    opts = TITLES[s["payer"]]
    s.setdefault("title", opts[int(key[2:4]) % len(opts)])
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
    if contained:
        res[0]["managingOrganization"] = org_ref

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

    obs_refs = []
    for i, a in enumerate(s.get("assessments", [])):
        oid = nid("Observation", i)
        obs_refs.append(R("Observation", oid, a["name"]))
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
    cp["identifier"] = [{"system": "urn:oid:1.2.840.114350.1.13.0.1.7.2.798268", "value": s.get("cp_ident", hashlib.md5(key.encode()).hexdigest()[:8].upper())}]
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
        cp["addresses"] = [cond_refs[i] for i in s.get("addresses_idx", range(len(cond_refs)))]
    if obs_refs:
        cp["supportingInfo"] = obs_refs
    if goal_refs:
        cp["goal"] = goal_refs
    if activities:
        cp["activity"] = activities
    notes = list(s.get("cp_notes", []))
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
            c, d = sg.get("taxonomy") or TAXONOMY[sg["cred"]]
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
TITLES = {
    "medicare-psychotherapy": ["Behavioral Health Treatment Plan", "Individual Psychotherapy Treatment Plan",
                               "Outpatient Mental Health Plan of Care", "Treatment Plan - Psychotherapy"],
    "medicare-outpatient-therapy": ["Plan of Care - Outpatient Rehabilitation", "Therapy Plan of Care / Certification",
                                    "Rehab Plan of Treatment", "Outpatient Therapy Plan of Care"],
    "medicare-home-health": ["Home Health Certification and Plan of Care", "Plan of Care (CMS-485 equivalent)",
                             "Home Health Plan of Care"],
    "commercial-aba": ["ABA Treatment Plan and Authorization Request", "Behavior Intervention Treatment Plan",
                       "Applied Behavior Analysis Plan of Care"],
    "base-treatment-plan": ["Individualized Treatment Plan", "Recovery Plan", "Treatment Plan"],
}
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
    cp_notes=["Electronically signed by Renata Oduya, PsyD on 02/03/2026 at 4:47 PM"],
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
    cp_notes=["Plan of care certification period 02/09/2026 - 04/05/2026. Recertification due by 04/05/2026."],
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
    cp_notes=["Next treatment plan review: 04/10/2026. Authorization period 01/12/2026 - 07/11/2026."],
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
            person("physician", "Priya Venkataraman", "MD", taxonomy=("2084P0800X", "Psychiatry & Neurology, Psychiatry"), role_text="Child psychiatrist")],
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
              dict(code="97156", display="Family adaptive behavior treatment guidance", freq=(1, 1, "wk"), minutes=60, description="1 hour per week"),
              dict(display="Six-month treatment plan review", scheduled_string="Review due 08/01/2026")],
    cp_notes=["Electronically signed: Grant Albanese, BCBA 02/02/2026 14:10",
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

# aa09 -- collection Bundle, OT, physician signature late
ft = D("2026-01-06")
late = ft + timedelta(days=44)
FHIR_PLANS.append(dict(
    file="aa09_fhir_collection_ot_latecert.json", payer="medicare-outpatient-therapy", as_of=D("2026-03-02"),
    gaps=[["signature-late"]],
    notes="Gap: the certifying physician's Provenance signature is dated 02/19/2026, 44 days after the first treatment day "
          "(OT evaluation 01/06/2026; limit 30 days). Collection Bundle; Goals with detailQuantity and dueDate; Timing 2/wk.",
    shape="collection", activity="reference",
    patient=pt("Wilhelmina", "Stroud", "1944-05-05", "female", "6GH2JK9LM15", "PT-774120", member_system="http://cms.hhs.gov/mbi"),
    payer_name="Medicare Part B", org="Summit Hand & Upper Extremity Therapy", org_npi=npi("org09"),
    people=[person("clinician", "Marisol Dunleavy", "OTR/L", prole=True), person("physician", "Kenneth Yarbrough", "DO", prole=True)],
    encounter=dict(code="97166", text="OT evaluation, moderate complexity", start=ft, end=ft),
    dx=[icd("I69.354", "Hemiplegia and hemiparesis following cerebral infarction affecting left non-dominant side")],
    plan_date=ft, period=(ft, ft + wk(10)),
    goals=[dict(text="Patient will complete upper-body dressing with modified independence (set-up only) within 10 weeks.",
                detail_str="modified independent", due=ft + wk(10)),
           dict(text="Increase left grip strength from 8 lb to 20 lb to hold a cup and utensils.", qty=(20, "[lb_av]", ">="), due=ft + wk(10))],
    services=[dict(code="97535", display="Self-care/home management training", freq=(2, 1, "wk"), bounds_weeks=10),
              dict(code="97530", display="Therapeutic activities", freq=(2, 1, "wk"), bounds_weeks=10)],
    signatures=[dict(who=0, date=ft), dict(who=1, date=late, type="1.2.840.10065.1.12.1.5", agent="verifier")],
    cp_notes=["Certification period 01/06/2026 through 03/16/2026."],
))
assert (late - ft).days > 30 and (ft + wk(10) - ft).days <= 90 and D("2026-03-02") < ft + wk(10)

# aa10 -- single CarePlan, psychotherapy, no duration
pd = D("2026-02-17")
FHIR_PLANS.append(dict(
    file="aa10_fhir_careplan_psychotherapy_noduration.json", payer="medicare-psychotherapy", as_of=D("2026-03-19"),
    gaps=[["duration-missing"]],
    notes="Gap: nothing states how long treatment will last (CarePlan.period has only a start; the Timing has frequency and "
          "session length but no bounds; goals are timed by dueDuration only, which is not the treatment duration). "
          "Single CarePlan, contained resources, activity.reference to contained ServiceRequest.",
    shape="careplan", activity="reference",
    patient=pt("Cyrus", "Abernathy-Lowe", "1958-11-30", "male", "8MN5PQ2RS63", "77-410-2"),
    payer_name="Medicare", org="Westfield Outpatient Mental Health", org_npi=npi("org10"),
    people=[person("clinician", "Tamsin Oyelaran", "LPC", prole=False)],
    dx=[icd("F33.2", "Major depressive disorder, recurrent severe without psychotic features")],
    plan_date=pd, period=(pd, None),
    goals=[dict(text="Cyrus will lower his PHQ-9 score from 21 to under 10.", qty=(10, "{score}", "<"), due_dur=(16, "weeks"),
                measure=("http://loinc.org", "44261-6", "PHQ-9 total score"))],
    services=[dict(code="90837", display="Psychotherapy, 60 minutes", freq=(1, 1, "wk"), minutes=55)],
    cp_notes=["Signed electronically by Tamsin Oyelaran, LPC, 02/17/2026 10:42 AM"],
))

# aa11 -- document Bundle, home health, clean
soc = D("2026-02-23")
FHIR_PLANS.append(dict(
    file="aa11_fhir_document_homehealth.json", payer="medicare-home-health", as_of=D("2026-03-30"), gaps=[],
    notes="Clean. Document Bundle for a home health certification (CarePlan.period = 60-day certification period, "
          "SN 3w2 then 2w6 and PT 2w8 as Timing with boundsPeriod), measurable goals, NP certifying signature via Composition "
          "attester and Provenance within the period.",
    shape="document", activity="reference",
    patient=pt("Augustin", "Ferreira", "1941-08-09", "male", "1PX6QM3ZN80", "EHH0045521", member_system="http://cms.hhs.gov/mbi"),
    payer_name="Medicare Part A", org="Cardinal Home Care", org_npi=npi("org11"),
    people=[person("clinician", "Beatrix Lund", "RN"), person("physician", "Helena Szabo", "NP", prole=True, role_text="Certifying nurse practitioner")],
    encounter=dict(cls="HH", text="Start of care (SOC) comprehensive assessment", start=soc),
    dx=[icd("E11.621", "Type 2 diabetes mellitus with foot ulcer"), icd("L97.412", "Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed"),
        icd("Z79.4", "Long term (current) use of insulin")],
    plan_date=soc, period=(soc, soc + timedelta(days=59)),
    goals=[dict(text="Right heel wound will decrease in size from 3.0 x 2.2 cm to less than 1.0 x 1.0 cm with no signs of infection by 04/23/2026.",
                due=soc + timedelta(days=59)),
           dict(text="Patient will demonstrate correct insulin self-injection technique independently in 3 consecutive nurse visits within 3 weeks.",
                due=soc + wk(3)),
           dict(text="Fasting blood glucose will be 80-150 mg/dL on 6 of 7 days per log by end of episode.", due=soc + timedelta(days=59))],
    services=[dict(code="G0299", display="Skilled nursing: wound care, diabetic teaching", freq=(3, 1, "wk"),
                   bounds_period=(soc, soc + wk(2) - timedelta(days=1)), timing_text="SN 3W2"),
              dict(code="G0299", display="Skilled nursing: wound care, diabetic teaching (continued)", freq=(2, 1, "wk"),
                   bounds_period=(soc + wk(2), soc + timedelta(days=59)), timing_text="SN 2W6"),
              dict(code="G0151", display="Physical therapy: gait and offloading", freq=(2, 1, "wk"), bounds_weeks=8, timing_text="PT 2W8")],
    signatures=[dict(who=0, date=soc), dict(who=1, date=soc + timedelta(days=4), type="1.2.840.10065.1.12.1.5", agent="verifier")],
    attesters=[dict(who=1, date=soc + timedelta(days=4), mode="legal")],
    cp_notes=["Certification period 02/23/2026 - 04/23/2026. Recertification assessment in days 56-60 of the episode."],
))
assert (soc + timedelta(days=59) - soc).days <= 60 and D("2026-03-30") < soc + timedelta(days=59)

# aa12 -- FHIR XML single CarePlan, home health, no physician signature
soc = D("2026-03-02")
FHIR_PLANS.append(dict(
    file="aa12_fhir_careplan_homehealth_unsigned.xml", xml=True, payer="medicare-home-health", as_of=D("2026-03-20"),
    gaps=[["signature-missing"]],
    notes="Gap: no signature by the certifying physician or allowed practitioner; the physician is only named as contributor and "
          "the only signature line is the RN case manager's. Single CarePlan in FHIR XML with contained resources, activity.detail.",
    shape="careplan", activity="detail",
    patient=pt("Rosalind", "Okafor", "1937-02-14", "female", "4WE7RT2YU90", "HH-88121"),
    payer_name="Medicare", org="Sunrise Visiting Nurses", org_npi=npi("org12"),
    people=[person("clinician", "Joelle Mancuso", "RN"), person("physician", "Franklin Ibarra", "MD")],
    contributors=[1],
    dx=[icd("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"), icd("I11.0", "Hypertensive heart disease with heart failure")],
    plan_date=soc, period=(soc, soc + timedelta(days=59)),
    goals=[dict(text="Patient will keep oxygen saturation at or above 90% on 2 L/min at rest on every nursing visit by 04/30/2026.", due=soc + timedelta(days=59)),
           dict(text="Patient will walk 100 feet with a rolling walker and no more than 2 rest breaks within 6 weeks.", due=soc + wk(6))],
    services=[dict(code="G0299", display="Skilled nursing visit", freq=(2, 1, "wk"), bounds_weeks=8, timing_text="SN 2W8"),
              dict(code="G0151", display="Physical therapy visit", freq=(2, 1, "wk"), bounds_weeks=6, timing_text="PT 2W6")],
    cp_notes=["Case manager: Joelle Mancuso, RN - electronically signed 03/02/2026 17:25",
           "Attending physician: Franklin Ibarra, MD - plan sent for signature 03/03/2026"],
))

# aa13 -- transaction Bundle, ABA, 12-month period
pd = D("2026-01-05")
FHIR_PLANS.append(dict(
    file="aa13_fhir_transaction_aba_12months.json", payer="commercial-aba", as_of=D("2026-02-16"),
    gaps=[["duration-exceeds-limit"]],
    notes="Gap: the CarePlan period and the requested authorization run 01/05/2026 - 01/04/2027 (12 months; limit 6 months). "
          "Transaction Bundle; review ServiceRequest at 6 months keeps the review interval within 184 days.",
    shape="transaction", activity="reference",
    patient=pt("Jonah", "Whitcombe", "2019-12-02", "male", "CIG44017893", "BS-00917", member_system="urn:oid:2.16.840.1.113883.3.9902.7"),
    payer_name="Cigna", org="Little Lighthouse Autism Center", org_npi=npi("org13"),
    people=[person("clinician", "Hollis Tran", "BCBA", prole=True), person("guardian", "Meredith Whitcombe", rel="MTH", rel_display="mother"),
            person("physician", "Dana Pruitt", "PhD", role_text="Licensed psychologist")],
    dx=[icd("F84.0", "Autistic disorder", asserter=2, recorded=D("2024-06-11"))],
    assessments=[dict(name="VB-MAPP", date=D("2025-12-10"), value=71, performer=0), dict(name="Vineland-3", date=D("2025-12-12"), value=68, performer=0)],
    plan_date=pd, period=(pd, D("2027-01-04")),
    goals=[dict(text="Jonah will answer 20 different WH-questions correctly with 80% accuracy across 3 consecutive sessions.",
                detail_str="80% accuracy x 3 sessions", due=D("2026-07-05"), note="Baseline: 4 WH-questions at 30% accuracy."),
           dict(text="Caregiver training: Jonah's mother will deliver the token economy with 90% fidelity in 3 consecutive parent sessions.",
                category="Caregiver training", detail_str="90% fidelity x 3", due=D("2026-04-05"), note="Baseline: 35% fidelity.")],
    services=[dict(code="97153", display="Adaptive behavior treatment by protocol", freq=(5, 1, "wk"), minutes=300,
                   bounds_period=(pd, D("2027-01-04")), note="25 hours per week"),
              dict(code="97156", display="Family adaptive behavior treatment guidance", freq=(1, 1, "wk"), minutes=60,
                   bounds_period=(pd, D("2027-01-04")), note="1 hour per week"),
              dict(display="Progress report and plan review", occurrence_date=D("2026-07-03"), intent="plan")],
    signatures=[dict(who=0, date=pd), dict(who=1, date=pd, type="1.2.840.10065.1.12.1.7", agent="informant")],
    cp_notes=["Requested authorization period: 01/05/2026 - 01/04/2027. Next review 07/03/2026."],
))
assert (D("2027-01-04") - pd).days > 183 and (D("2026-07-03") - pd).days <= 184

# aa14 -- document Bundle, psychotherapy, plan older than a year
pd = D("2025-01-14")
FHIR_PLANS.append(dict(
    file="aa14_fhir_document_psychotherapy_old.json", payer="medicare-psychotherapy", as_of=D("2026-02-25"),
    gaps=[["plan-outdated"]],
    notes="Gap: the plan was established 01/14/2025 and no review is recorded; on 02/25/2026 it is 407 days old (limit 365). "
          "Document Bundle; Composition.date = CarePlan.created; status still active.",
    shape="document", activity="reference",
    patient=pt("Gwendolyn", "Ashby", "1951-03-03", "female", "2TT5UV8WX11", "556210", member_system="http://cms.hhs.gov/mbi"),
    payer_name="Medicare Part B", org="Cedar Grove Behavioral Health", org_npi=npi("org14"),
    people=[person("clinician", "Oswaldo Pineda", "LMFT", prole=True)],
    dx=[icd("F42.2", "Mixed obsessional thoughts and acts")],
    plan_date=pd, period=(pd, D("2025-12-31")),
    goals=[dict(text="Gwendolyn will reduce her Y-BOCS score from 26 to 15 or lower.", qty=(15, "{score}", "<="), due=D("2025-12-31")),
           dict(text="Gwendolyn will limit hand washing to no more than 8 times per day on 6 of 7 days, per self-monitoring log.", due=D("2025-10-31"))],
    services=[dict(code="90834", display="Psychotherapy, 45 minutes (ERP)", freq=(1, 1, "wk"), minutes=45, bounds_period=(pd, D("2025-12-31")))],
    signatures=[dict(who=0, date=pd)], attesters=[dict(who=0, date=pd)],
))
assert (D("2026-02-25") - pd).days > 365

# aa15 -- collection Bundle, SLP, SNOMED-only diagnoses
ft = D("2026-02-02")
FHIR_PLANS.append(dict(
    file="aa15_fhir_collection_slp_snomed.json", payer="medicare-outpatient-therapy", as_of=D("2026-03-16"),
    gaps=[["diagnosis-code-missing"]],
    notes="Gap: both Conditions are coded only in SNOMED CT (dysphagia, aphasia); no ICD-10-CM code anywhere. Collection Bundle; "
          "Goals with detailString; ServiceRequest 92526/92507 2/wk for 8 weeks; physician signature 9 days after the evaluation.",
    shape="collection", activity="reference",
    patient=pt("Eustace", "Vandermeer", "1940-10-17", "male", "7YU3IO6PA28", "SLP-31044", member_system="http://cms.hhs.gov/mbi"),
    payer_name="Medicare Part B", org="ClearPath Speech & Swallowing", org_npi=npi("org15"),
    people=[person("clinician", "Annika Bramwell", "CCC-SLP", prole=True), person("physician", "Luciano Ferraro", "MD")],
    encounter=dict(code="92610", text="Evaluation of oral and pharyngeal swallowing function", start=ft, end=ft),
    dx=[{"codings": [("sct", "40739000", "Dysphagia")], "text": "Oropharyngeal dysphagia"},
        {"codings": [("sct", "87486003", "Aphasia")], "text": "Expressive aphasia after stroke"}],
    plan_date=ft, period=(ft, ft + wk(8)),
    goals=[dict(text="Patient will safely consume a mechanical soft diet with thin liquids with no overt signs of aspiration in 90% of meals observed.",
                detail_str="90% of observed meals", due=ft + wk(8)),
           dict(text="Patient will name 20 common objects with 80% accuracy given no more than a phonemic cue.", detail_str="80% accuracy", due=ft + wk(8))],
    services=[dict(code="92526", display="Treatment of swallowing dysfunction", freq=(2, 1, "wk"), bounds_weeks=8),
              dict(code="92507", display="Treatment of speech, language, voice, communication", freq=(2, 1, "wk"), bounds_weeks=8)],
    signatures=[dict(who=0, date=ft), dict(who=1, date=ft + timedelta(days=9), type="1.2.840.10065.1.12.1.5", agent="verifier")],
))

# aa16 -- document Bundle, psychotherapy + PA, plan late after intake
adm = D("2025-12-15")
pd = adm + timedelta(days=41)
FHIR_PLANS.append(dict(
    file="aa16_fhir_document_psychotherapy_pa_late.json", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of=D("2026-03-05"),
    gaps=[["plan-late"]],
    notes="Gap: intake (EpisodeOfCare and intake Encounter) 12/15/2025, plan 01/25/2026 = 41 days (PA limit 30). Objectives are Goals linked "
          "to their goal by the goal-relationship extension (milestone). Signed by the LCSW, the client (Provenance by Patient) and a "
          "psychiatrist (Provenance verification).",
    shape="document", activity="reference",
    patient=pt("Cornelius", "Batten", "1955-07-07", "male", "5RE8WQ1TY34", "PA-0099123", member_system="http://cms.hhs.gov/mbi"),
    payer_name="Medicare Part B", org="Susquehanna Valley Outpatient Clinic", org_npi=npi("org16"),
    people=[person("clinician", "Philippa Graves", "LCSW", prole=True), person("client", "Cornelius Batten"),
            person("physician", "Rahim Qureshi", "MD", taxonomy=("2084P0800X", "Psychiatry & Neurology, Psychiatry"), prole=True, role_text="Psychiatrist")],
    encounter=dict(code="90791", text="Psychiatric diagnostic evaluation (intake)", start=adm, end=adm),
    episode=dict(text="Outpatient psychiatric clinic episode", start=adm),
    dx=[icd("F33.1", "Major depressive disorder, recurrent, moderate")],
    plan_date=pd, period=(pd, pd + wk(26)),
    goals=[dict(text="Goal 1: Cornelius will regain a stable mood and return to weekly activities he values.", due=pd + wk(26),
                objectives=[dict(text="Objective 1a: Cornelius will reduce his PHQ-9 score from 18 to below 10.", qty=(10, "{score}", "<"), due=pd + wk(16)),
                            dict(text="Objective 1b: Cornelius will attend his grandson's games or church at least 2 times per week for 4 consecutive weeks.", due=pd + wk(12))])],
    services=[dict(code="90837", display="Psychotherapy, 60 minutes", freq=(1, 1, "wk"), minutes=53, bounds_weeks=26),
              dict(code="99214", display="Medication management (psychiatrist)", freq=(1, 1, "mo"), minutes=25, bounds_weeks=26)],
    signatures=[dict(who=0, date=pd), dict(who=1, date=pd, type="1.2.840.10065.1.12.1.7", agent="informant"),
                dict(who=2, date=pd + timedelta(days=3), type="1.2.840.10065.1.12.1.5", agent="verifier")],
    attesters=[dict(who=0, date=pd), dict(who=2, date=pd + timedelta(days=3), mode="professional")],
))
assert (pd - adm).days == 41

# aa17 -- contained CarePlan, ABA, no baselines
pd = D("2026-02-09")
FHIR_PLANS.append(dict(
    file="aa17_fhir_careplan_aba_nobaseline.json", payer="commercial-aba", as_of=D("2026-03-09"),
    gaps=[["baseline-missing"]],
    notes="Gap: no goal or target records a starting level (no baseline in Goal.description, note or target). Single CarePlan with "
          "contained Goals (dueDate, detailString mastery), Observations for VB-MAPP, activity.detail services with hours per week "
          "in the description; signatures as CarePlan.note lines.",
    shape="careplan", activity="detail",
    patient=pt("Anouk", "Delacroix", "2022-01-19", "female", "BCBS-XJH772015", "KB-1120"),
    payer_name="Blue Cross Blue Shield", org="Tidewater Behavior Therapy", org_npi=npi("org17"),
    people=[person("clinician", "Seraphina Holt", "BCBA", suffix_in_name=True), person("physician", "Victor Amadi", "MD", role_text="Developmental pediatrician")],
    dx=[icd("F84.0", "Autism spectrum disorder, level 2", asserter=1, recorded=D("2025-11-03"))],
    assessments=[dict(name="VB-MAPP", date=D("2026-01-28"), value=24, performer=0)],
    plan_date=pd, period=(pd, D("2026-08-08")),
    goals=[dict(text="Anouk will independently follow 1-step instructions in 80% of opportunities across 3 consecutive sessions.",
                detail_str="80% across 3 consecutive sessions", due=D("2026-08-08")),
           dict(text="Anouk will tolerate a denied request without crying for more than 1 minute in 4 of 5 opportunities.",
                detail_str="4 of 5 opportunities, 2 consecutive weeks", due=D("2026-08-08")),
           dict(text="Parent training: Anouk's father will run a 5-minute mand session with correct prompting in 90% of trials on 3 consecutive visits.",
                category="Caregiver training", detail_str="90% of trials, 3 visits", due=D("2026-05-08"))],
    services=[dict(code="97153", display="Adaptive behavior treatment by protocol", freq=(4, 1, "wk"), minutes=240, description="16 hours per week"),
              dict(code="97155", display="Protocol modification", freq=(1, 1, "wk"), minutes=120, description="2 hours per week"),
              dict(code="97156", display="Family guidance", freq=(1, 1, "wk"), minutes=60, description="1 hour per week"),
              dict(display="Treatment plan review", scheduled_string="05/08/2026")],
    cp_notes=["BCBA: Seraphina Holt, BCBA - e-signed 02/09/2026 11:58", "Parent/Guardian: Julien Delacroix (father) - e-signed 02/10/2026 19:04"],
))

# aa18 -- FHIR XML collection, PT, clean
ft = D("2026-03-03")
FHIR_PLANS.append(dict(
    file="aa18_fhir_collection_pt.xml", xml=True, payer="medicare-outpatient-therapy", as_of=D("2026-04-14"), gaps=[],
    notes="Clean. FHIR XML collection Bundle: PT evaluation Encounter 03/03/2026, CarePlan period 12 weeks (84 days), ServiceRequests "
          "2/wk boundsDuration 12 wk, Goals with detailQuantity; PA-C certifying signature 12 days after the evaluation.",
    shape="collection", activity="reference",
    patient=pt("Philomena", "Grady", "1953-09-25", "female", "3LK8JH5GF72", "RB-220931", member_system="http://cms.hhs.gov/mbi"),
    payer_name="Medicare Part B", org="Granite State Orthopedic Rehab", org_npi=npi("org18"),
    people=[person("clinician", "Tobias Rennick", "PT", prole=True), person("physician", "Marguerite Sato", "PA", prole=True, role_text="Physician assistant, orthopedics")],
    encounter=dict(code="97161", text="PT evaluation, low complexity", start=ft, end=ft),
    dx=[icd("M75.101", "Unspecified rotator cuff tear or rupture of right shoulder, not specified as traumatic")],
    plan_date=ft, period=(ft, ft + wk(12)),
    goals=[dict(text="Increase right shoulder active flexion from 100 degrees to 160 degrees to reach the top kitchen shelf.", qty=(160, "deg", ">="), due=ft + wk(12)),
           dict(text="Reduce QuickDASH score from 54 to 25 or less.", qty=(25, "{score}", "<="), due=ft + wk(12))],
    services=[dict(code="97110", display="Therapeutic exercise", freq=(2, 1, "wk"), bounds_weeks=12),
              dict(code="97140", display="Manual therapy", freq=(2, 1, "wk"), bounds_weeks=12)],
    signatures=[dict(who=0, date=ft), dict(who=1, date=ft + timedelta(days=12), type="1.2.840.10065.1.12.1.5", agent="verifier")],
))
assert (ft + wk(12) - ft).days <= 90 and D("2026-04-14") < ft + wk(12)

# aa19 -- document Bundle, home health, clean (PA-C certifier via PractitionerRole; goals in dueDuration)
soc = D("2026-01-19")
FHIR_PLANS.append(dict(
    file="aa19_fhir_document_homehealth.json", payer="medicare-home-health", as_of=D("2026-02-27"), gaps=[],
    notes="Clean. Document Bundle, home health recert-free first episode: period 60 days, SN 1w1 + 2w3 and HHA 2w8 as Timing, goals with "
          "dueDate, MD certifying Provenance signature (verification) and attester; second diagnosis only in the bundle (not in addresses).",
    shape="document", activity="reference",
    patient=pt("Cordelia", "Haverford", "1935-12-01", "female", "6ZX3CV9BN47", "CHC-55012", member_system="http://cms.hhs.gov/mbi"),
    payer_name="Medicare Part A", org="Bluebonnet Home Health", org_npi=npi("org19"),
    people=[person("clinician", "Imani Castellanos", "RN"), person("physician", "Gregory Lindahl", "MD", prole=True)],
    encounter=dict(cls="HH", text="SOC visit", start=soc),
    dx=[icd("S72.001D", "Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing"),
        icd("M62.81", "Muscle weakness (generalized)")],
    plan_date=soc, period=(soc, soc + timedelta(days=59)),
    goals=[dict(text="Patient will transfer bed to chair independently with a walker, with no loss of balance, by 03/01/2026.", due=D("2026-03-01")),
           dict(text="Patient will report pain at or below 3/10 during ambulation on 3 consecutive visits by 02/28/2026.", qty=(3, "{score}", "<="), due=D("2026-02-28"))],
    services=[dict(code="G0299", display="Skilled nursing visit", freq=(1, 1, "wk"), bounds_weeks=1, timing_text="SN 1W1"),
              dict(code="G0299", display="Skilled nursing visit (continued)", freq=(2, 1, "wk"), bounds_weeks=3, timing_text="SN 2W3"),
              dict(code="G0156", display="Home health aide visit", freq=(2, 1, "wk"), bounds_weeks=8, timing_text="HHA 2W8")],
    signatures=[dict(who=0, date=soc), dict(who=1, date=soc + timedelta(days=6), type="1.2.840.10065.1.12.1.5", agent="verifier")],
    attesters=[dict(who=1, date=soc + timedelta(days=6))], addresses_idx=[0],
))

# aa20 -- sparse single CarePlan (Epic-like), psychotherapy, no member id
pd = D("2026-02-24")
FHIR_PLANS.append(dict(
    file="aa20_fhir_careplan_sparse_psychotherapy.json", payer="medicare-psychotherapy", as_of=D("2026-03-17"),
    gaps=[["field-missing"]],
    notes="Gap: no member/beneficiary ID (Patient has only an MRN identifier, no Coverage). Sparse export: no period, no text, "
          "no category text; intent 'plan'; duration from Timing boundsDuration; e-signature in a note.",
    shape="careplan", activity="detail", member_in="none",
    patient=pt("Marisela", "Quintero", "1959-04-04", "female", None, "E1029384"),
    payer_name="Medicare", org="Valley Psychiatry Partners", org_npi=npi("org20"),
    people=[person("clinician", "Everett Sloane", "LCSW")],
    dx=[icd("F40.10", "Social phobia, unspecified")],
    plan_date=pd,
    goals=[dict(text="Marisela will initiate conversation with a coworker at least 3 times per week for 4 consecutive weeks.", due=D("2026-06-24")),
           dict(text="Marisela will reduce her SPIN score from 44 to below 25.", qty=(25, "{score}", "<"), due=D("2026-08-24"))],
    services=[dict(code="90834", display="Psychotherapy 45 min", freq=(1, 1, "wk"), minutes=45, bounds_months=6)],
    cp_notes=["Electronically signed by Everett Sloane, LCSW 2/24/2026 1:15 PM CST"],
))

# aa21 -- FHIR XML transaction Bundle, psychotherapy, clean
pd = D("2026-03-09")
FHIR_PLANS.append(dict(
    file="aa21_fhir_transaction_psychotherapy.xml", xml=True, payer="medicare-psychotherapy", as_of=D("2026-04-06"), gaps=[],
    notes="Clean. FHIR XML transaction Bundle; member ID only in a Coverage resource (subscriberId); ServiceRequests for individual "
          "(1/wk, 53 min) and group therapy 90853 (1/wk, 90 min), both boundsPeriod to 09/08/2026; NP co-signature; goals with dueDate.",
    shape="transaction", activity="reference", member_in="coverage",
    patient=pt("Lucius", "Farnsworth", "1948-02-29", "male", "8QA2WS5ED93", "MRN88372", member_system="http://cms.hhs.gov/mbi"),
    payer_name="Medicare Part B", org="Prairie Wind Counseling Center", org_npi=npi("org21"),
    people=[person("clinician", "Rosemary Kettering", "LPC", prole=True)],
    dx=[icd("F10.20", "Alcohol dependence, uncomplicated"), icd("F32.A", "Depression, unspecified")],
    plan_date=pd, period=(pd, D("2026-09-08")),
    goals=[dict(text="Lucius will report zero drinking days per month on the timeline followback for 3 consecutive months.", due=D("2026-09-08")),
           dict(text="Lucius will reduce his PHQ-9 score from 15 to below 8.", qty=(8, "{score}", "<"), due=D("2026-07-09"))],
    services=[dict(code="90837", display="Psychotherapy, 60 minutes", freq=(1, 1, "wk"), minutes=53, bounds_period=(pd, D("2026-09-08"))),
              dict(code="90853", display="Group psychotherapy", freq=(1, 1, "wk"), minutes=90, bounds_period=(pd, D("2026-09-08")))],
    signatures=[dict(who=0, date=pd)],
))
assert (D("2026-09-08") - pd).days < 365


def write_all_fhir():
    for s in FHIR_PLANS:
        res = build_fhir(s)
        write_fhir(s["file"], res, xml=s.get("xml", False))
        label(s["file"], s["payer"], s["as_of"], s["gaps"], s["notes"], states=s.get("states", ()), unsure=s.get("unsure", ()))


# ------------------------------------------------------------------------------ C-CDA assembly
def build_ccda(s):
    v = s.get("versioned", True)
    secs = []
    if s["doc"] == "careplan":
        secs.append(section([("2.16.840.1.113883.10.20.22.2.58", "2015-08-01")], "75310-3", "Health concerns document",
                            s.get("hc_title", "Health Concerns"), dx_html(s),
                            "" if s.get("narrative_only") else dx_entries(s, "hc"), versioned=v))
        secs.append(goals_section(s, narrative_only=s.get("narrative_only", False), layout=s.get("goal_layout", "table")))
        secs.append(section([("2.16.840.1.113883.10.20.21.2.3", "2015-08-01")], "62387-6", "Interventions Provided",
                            s.get("int_title", "Interventions"), services_html(s),
                            "" if s.get("narrative_only") else planned_entries(s), versioned=v))
        secs.append(section([("2.16.840.1.113883.10.20.22.2.61", None)], "11383-7", "Patient problem outcome",
                            "Health Status Evaluations and Outcomes",
                            s.get("outcomes_html", "<paragraph>No outcomes recorded yet; plan newly established.</paragraph>"), versioned=v))
    else:
        secs.append(section([("2.16.840.1.113883.10.20.22.2.5.1", "2015-08-01")], "11450-4", "Problem list - Reported",
                            s.get("prob_title", "Problems"), dx_html(s), dx_entries(s, "concern"), versioned=v))
        if s.get("assessment_html"):
            secs.append(section([("2.16.840.1.113883.10.20.22.2.8", None)], "51848-0", "Evaluation note", "Assessment",
                                s["assessment_html"], versioned=v))
        ghtml, gentries = goals_section(s, layout=s.get("goal_layout", "table"))
        if s.get("goals_separate", True):
            secs.append(section([("2.16.840.1.113883.10.20.22.2.60", None)], "61146-7", "Goals", s.get("goals_title", "Goals"),
                                ghtml, "" if s.get("narrative_only") else gentries, versioned=v))
            ptxt = services_html(s)
        else:
            ptxt = ghtml + services_html(s)
        pent = "" if s.get("narrative_only") else planned_entries(s)
        if not s.get("goals_separate", True) and not s.get("narrative_only"):
            pent = gentries + pent
        secs.append(section([("2.16.840.1.113883.10.20.22.2.10", "2014-06-09")], "18776-5", "Plan of care note",
                            s.get("plan_title", "Plan of Treatment"), ptxt, pent, versioned=v))
    if s.get("payer_section", True) and s["patient"].get("member"):
        secs.append(section([("2.16.840.1.113883.10.20.22.2.18", "2015-08-01")], "48768-6", "Payment sources", "Insurance Providers",
                            table(["Payer", "Member ID", "Plan"], [[s["payer_name"], s["patient"]["member"], s.get("plan_name", "Primary")]]),
                            versioned=v))
    for title, html in s.get("extra_sections", []):
        secs.append(section([("2.16.840.1.113883.10.20.22.2.65", "2016-11-01")], "34109-9", "Note", title, html, versioned=v))
    s["sections"] = secs
    return ccda_doc(s)


CCDA_PLANS = []
SIGN_NOTE = ("<paragraph>This document was electronically signed. Signatures are recorded in the document header "
             "(legal authenticator and authenticators).</paragraph>")
CRISIS = ("<paragraph>If you are in crisis call or text 988 (Suicide and Crisis Lifeline) or go to the nearest emergency "
          "department. This plan was reviewed with you and you may request a copy at any time.</paragraph>")


def write_all_ccda():
    for s in CCDA_PLANS:
        s.setdefault("title", TITLES[s["payer"]][int(s["file"][2:4]) % len(TITLES[s["payer"]])])
        s.setdefault("doc_date", s["plan_date"])
        text = build_ccda(s)
        (OUT / s["file"]).write_text(text, encoding="utf-8")
        label(s["file"], s["payer"], s["as_of"], s["gaps"], s["notes"], states=s.get("states", ()), unsure=s.get("unsure", ()))

# aa22 -- C-CDA Care Plan, psychotherapy, clean
pd = D("2026-01-15")
CCDA_PLANS.append(dict(
    file="aa22_ccda_careplan_psychotherapy.xml", doc="careplan", payer="medicare-psychotherapy", as_of=D("2026-03-02"), gaps=[],
    notes="Clean. C-CDA R2.1 Care Plan (versioned templateIds): Health Concerns with ICD-10-CM in the Problem Observation value, Goals "
          "section (table + Goal Observations with target dates), Interventions section with planned procedure 90837 and a services "
          "table (53 min, weekly, 26 weeks); legalAuthenticator LCSW with NUCC code and suffix; serviceEvent period.",
    patient=pt("Adelaide", "Thornbury", "1957-05-21", "female", "1AA2BB3CC44", "TH-5501"),
    payer_name="Medicare Part B", org="Maple Row Counseling", org_npi=npi("org22"),
    people=[person("clinician", "Quentin Albright", "LCSW")],
    legal=dict(who=0, date=pd),
    service_event=(pd, pd + wk(26)),
    dx=[icd("F33.1", "Major depressive disorder, recurrent, moderate", "18818009", "Moderate recurrent major depression", onset=D("2018-03-01"))],
    plan_date=pd,
    goals=[dict(text="Adelaide will reduce her PHQ-9 score from 19 to below 10.", measure=("", "44261-6", "PHQ-9 total score"),
                qty=(10, "{score}", "<="), due=pd + wk(26), baseline="PHQ-9 = 19 (01/08/2026)",
                objectives=[dict(text="Adelaide will walk outdoors for 20 minutes at least 4 days per week for 4 consecutive weeks.", due=pd + wk(10), baseline="0-1 days/week")])],
    services=[dict(code="90837", display="Individual psychotherapy", amount_text="53 minutes", freq_text="Weekly", dur_text="26 weeks (through 07/16/2026)",
                   who="Quentin Albright, LCSW", start=pd, end=pd + wk(26))],
    extra_sections=[("Patient Instructions", CRISIS)],
))

# aa23 -- CCD with Plan of Treatment, PT, clean
ft = D("2026-02-17")
CCDA_PLANS.append(dict(
    file="aa23_ccd_plan_of_treatment_pt.xml", doc="ccd", payer="medicare-outpatient-therapy", as_of=D("2026-03-24"), gaps=[],
    notes="Clean. CCD with Problems (SNOMED value with ICD-10-CM translation), Goals section, Plan of Treatment (18776-5) with planned "
          "procedures 97110/97112/97530 3x/week x 6 weeks; encompassingEncounter = PT evaluation (first treatment day); physician "
          "authenticator MD 8 days later; recertification planned encounter inside 90 days.",
    patient=pt("Montgomery", "Ruelas", "1946-12-08", "male", "9JJ8HH7GG66", "OP-33871", address=("44 Quarry Rd", "Milford", "NH", "03055")),
    payer_name="Medicare Part B", org="Northfield Rehabilitation Services", org_npi=npi("org23"),
    people=[person("clinician", "Lorna Gsell", "DPT"), person("physician", "Bartholomew Kane", "MD")],
    legal=dict(who=0, date=ft), authenticators=[dict(who=1, date=ft + timedelta(days=8))],
    encounter=dict(code=("AMB", "ambulatory"), text="Physical therapy initial evaluation", start=ft, end=ft),
    service_event=(ft, ft + wk(6)), performers=[0, 1],
    dx=[icd("I69.351", "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side", "44077006", "Hemiplegia"),
        icd("R26.81", "Unsteadiness on feet", "387603000", "Impaired balance")],
    dx_mode="translation", plan_date=ft,
    goals=[dict(text="Patient will improve Berg Balance Scale score from 38/56 to 46/56 or greater.", qty=(46, "{score}", None), due=ft + wk(6), baseline="BBS 38/56"),
           dict(text="Patient will ambulate 500 feet with a single-point cane with modified independence.", due=ft + wk(6), baseline="150 ft with hemi-walker, CGA")],
    services=[dict(code="97110", display="Therapeutic exercise", freq_text="3x/week", dur_text="6 weeks", amount_text="1 unit", start=ft, end=ft + wk(6)),
              dict(code="97112", display="Neuromuscular re-education", freq_text="3x/week", dur_text="6 weeks", amount_text="1-2 units", start=ft, end=ft + wk(6)),
              dict(code="97530", display="Therapeutic activities", freq_text="3x/week", dur_text="6 weeks", amount_text="1 unit", start=ft, end=ft + wk(6))],
    reviews=[dict(text="Re-evaluation / recertification", date=ft + wk(6))],
    assessment_html="<paragraph>71 y/o male s/p L MCA CVA 11/2025 with R hemiparesis, impaired balance and gait. Good rehab potential.</paragraph>",
))
assert (ft + wk(6) - ft).days <= 90 and D("2026-03-24") < ft + wk(6)

# aa24 -- Care Plan, home health, goals not measurable
soc = D("2026-03-09")
CCDA_PLANS.append(dict(
    file="aa24_ccda_careplan_homehealth_vaguegoals.xml", doc="careplan", payer="medicare-home-health", as_of=D("2026-03-27"),
    gaps=[["goal-not-measurable"]],
    notes="Gap: every goal is vague ('will be safe in the home', 'understand her medications', 'wound will improve'), none says "
          "what is measured or the level to reach. Care Plan with narrative goals as paragraphs; SN 2w4 and PT 1w4; physician authenticator.",
    patient=pt("Winifred", "Calder", "1939-09-12", "female", "2MM4NN6PP88", "HHC-7731"),
    payer_name="Medicare Part A", org="Heartland Home Health Agency", org_npi=npi("org24"),
    people=[person("clinician", "Opal Greenleaf", "RN"), person("physician", "Desmond Achterberg", "DO")],
    legal=dict(who=0, date=soc), authenticators=[dict(who=1, date=soc + timedelta(days=3))],
    service_event=(soc, soc + timedelta(days=59)),
    dx=[icd("L89.153", "Pressure ulcer of sacral region, stage 3"), icd("E11.9", "Type 2 diabetes mellitus without complications")],
    plan_date=soc, goal_layout="paragraphs",
    goals=[dict(text="Patient will be safe in the home.", due=soc + timedelta(days=59)),
           dict(text="Patient/caregiver will understand her medications.", due=soc + timedelta(days=59)),
           dict(text="Sacral wound will improve.", due=soc + timedelta(days=59))],
    services=[dict(code="G0299", display="Skilled nursing: wound care, med teaching", freq_text="2W4", dur_text="4 weeks", start=soc, end=soc + wk(4)),
              dict(code="G0151", display="Physical therapy: transfers, safety", freq_text="1W4", dur_text="4 weeks", start=soc, end=soc + wk(4))],
    plan_notes=["Certification period 03/09/2026 - 05/07/2026."],
))

# aa25 -- CCD, psychotherapy, no session length
pd = D("2026-02-05")
CCDA_PLANS.append(dict(
    file="aa25_ccd_psychotherapy_noamount.xml", doc="ccd", payer="medicare-psychotherapy", as_of=D("2026-03-12"),
    gaps=[["amount-missing"]],
    notes="Gap: the planned psychotherapy states type, frequency and duration but no session length and no CPT code (which could "
          "imply one). CCD with Goals folded into the Plan of Treatment section (no separate Goals section); legalAuthenticator PhD.",
    patient=pt("Florian", "Maddox", "1960-08-18", "male", "5QQ6RR7SS99", "CCD-44102"),
    payer_name="Medicare Part B", org="Eastbrook Psychological Services", org_npi=npi("org25"),
    people=[person("clinician", "Henrietta Vos", "PhD")],
    legal=dict(who=0, date=pd), service_event=(pd, D("2026-08-05")),
    dx=[icd("F43.10", "Post-traumatic stress disorder, unspecified")],
    plan_date=pd, goals_separate=False,
    goals=[dict(text="Florian will reduce nightmares from 5 per week to 1 or fewer per week, per sleep log.", due=D("2026-08-05"), baseline="5/week"),
           dict(text="Florian will lower his PCL-5 score from 48 to below 30.", qty=(30, "{score}", "<"), due=D("2026-08-05"), baseline="PCL-5 48")],
    services=[dict(display="Individual psychotherapy (prolonged exposure)", freq_text="Once weekly", dur_text="6 months (through 08/05/2026)",
                   who="Henrietta Vos, PhD", start=pd, end=D("2026-08-05"))],
))

# aa26 -- Care Plan, ABA, no standardized assessment
pd = D("2026-01-26")
CCDA_PLANS.append(dict(
    file="aa26_ccda_careplan_aba_noassessment.xml", doc="careplan", payer="commercial-aba", as_of=D("2026-02-23"),
    gaps=[["assessment-missing"]], unsure=["field-missing", "assessment-outdated"],
    notes="Gap: the only assessments documented are a functional behavior assessment, a parent interview and direct observation; no "
          "standardized instrument. Care Plan with guardian authenticator (GUARD) and BCBA legalAuthenticator; hours per week in the "
          "interventions table. Left out as unsure: field-missing (who made the diagnosis is only in narrative) and "
          "assessment-outdated (whether 'no assessment' also counts as outdated).",
    patient=pt("Theodora", "Nakamura-Price", "2020-06-30", "female", "AET5502918", "BT-9920", member_oid="2.16.840.1.113883.3.9903.2", member_aa="Aetna member ID"),
    payer_name="Aetna", org="Pinecrest Autism Services", org_npi=npi("org26"),
    people=[person("clinician", "Lionel Ashcroft", "BCBA"), person("guardian", "Keiko Nakamura-Price")],
    legal=dict(who=0, date=pd), authenticators=[dict(who=1, date=pd + timedelta(days=2))],
    service_event=(pd, D("2026-07-25")),
    dx=[icd("F84.0", "Autistic disorder", "408856003")],
    plan_date=pd,
    goals=[dict(text="Theodora will independently transition between activities with a visual timer in 80% of opportunities across 3 consecutive sessions.",
                due=D("2026-07-25"), baseline="25% of opportunities"),
           dict(text="Theodora will reduce self-injury (head hitting) from 15 to 3 or fewer episodes per day for 3 consecutive weeks.",
                due=D("2026-07-25"), baseline="15 episodes/day"),
           dict(text="Parent training: Theodora's mother will implement planned ignoring and redirection with 90% fidelity in 3 consecutive observed sessions.",
                due=D("2026-04-26"), baseline="30% fidelity")],
    services=[dict(code="97153", display="Adaptive behavior treatment by protocol", amount_text="20 hours per week", freq_text="5 days/week",
                   dur_text="01/26/2026 - 07/25/2026", start=pd, end=D("2026-07-25")),
              dict(code="97155", display="Protocol modification (BCBA)", amount_text="3 hours per week", freq_text="weekly", dur_text="6 months", start=pd, end=D("2026-07-25")),
              dict(code="97156", display="Family adaptive behavior treatment guidance", amount_text="1 hour per week", freq_text="weekly", dur_text="6 months", start=pd, end=D("2026-07-25"))],
    reviews=[dict(text="Treatment plan review", date=D("2026-04-27"))],
    outcomes_html=("<paragraph>Assessment: Functional behavior assessment (FBA) completed 01/12/2026 through parent interview and direct "
                   "observation in home and clinic. Diagnosis of autism by Dr. Marcus Ellery, PhD, licensed psychologist, 09/15/2025.</paragraph>"),
))
assert (D("2026-07-25") - pd).days <= 183

# aa27 -- CCD, psychotherapy, narrative-only Plan of Treatment, clean
pd = D("2026-02-12")
CCDA_PLANS.append(dict(
    file="aa27_ccd_psychotherapy_narrative_plan.xml", doc="ccd", payer="medicare-psychotherapy", as_of=D("2026-03-26"), gaps=[],
    notes="Clean. CCD whose Plan of Treatment section is narrative only (no entries): goals table with objectives and a services table "
          "(90834, 45 minutes, weekly, 20 weeks); diagnoses coded in the Problems section; legalAuthenticator LMFT.",
    patient=pt("Isadora", "Penhallow", "1954-04-27", "female", "6TT7UU8VV11", "CC-20044"),
    payer_name="Medicare Part B", org="Seaside Family Therapy", org_npi=npi("org27"),
    people=[person("clinician", "Ambrose Kettleby", "LMFT")],
    legal=dict(who=0, date=pd), service_event=(pd, pd + wk(20)),
    dx=[icd("F41.1", "Generalized anxiety disorder")],
    plan_date=pd, goals_separate=False, narrative_only=True,
    goals=[dict(label="Goal 1", text="Isadora will manage worry so that it no longer keeps her from leaving home.", due=pd + wk(20),
                objectives=[dict(label="Obj 1.1", text="Isadora will reduce her GAD-7 score from 15 to 9 or below.", due=pd + wk(20), baseline="GAD-7 15"),
                            dict(label="Obj 1.2", text="Isadora will drive to the grocery store alone at least once a week for 4 consecutive weeks.", due=pd + wk(12), baseline="0 trips")])],
    services=[dict(code="90834", display="Individual psychotherapy (CBT)", amount_text="45 minutes", freq_text="1x weekly", dur_text="20 weeks",
                   who="Ambrose Kettleby, LMFT")],
    extra_sections=[("Patient Instructions", CRISIS)],
))

# aa28 -- Care Plan, NY OASAS inpatient, physician signature late
adm = D("2026-02-02")
pd = adm + timedelta(days=4)
md_sig = adm + timedelta(days=14)
CCDA_PLANS.append(dict(
    file="aa28_ccda_careplan_ny_oasas_latemd.xml", doc="careplan", payer="base-treatment-plan", states=["ny-oasas-818"], as_of=D("2026-03-04"),
    gaps=[["signature-late"]],
    notes="Gap: the physician's authenticator signature is dated 02/16/2026, 14 days after the 02/02/2026 admission (limit 10). Plan on "
          "day 4 (limit 7). Care Plan with inpatient encompassingEncounter (IMP) as the admission; CASAC legalAuthenticator.",
    patient=pt("Roderick", "Hallorann", "1983-10-02", "male", "NYM00418822", "OAS-55102", address=("12 Ferry Ln", "Kingston", "NY", "12401"), member_oid="2.16.840.1.113883.3.9904.1", member_aa="NY Medicaid CIN"),
    payer_name="New York Medicaid", org="Hudson Ridge Inpatient Rehabilitation", org_npi=npi("org28"),
    people=[person("clinician", "Bettina Morrow", "CASAC"), person("physician", "Ignatius Obi", "MD")],
    legal=dict(who=0, date=pd), authenticators=[dict(who=1, date=md_sig)],
    encounter=dict(code=("IMP", "inpatient encounter"), text="Inpatient rehabilitation admission", start=adm),
    service_event=(pd, None),
    dx=[icd("F11.20", "Opioid dependence, uncomplicated"), icd("F15.20", "Other stimulant dependence, uncomplicated")],
    plan_date=pd,
    goals=[dict(text="Roderick will remain abstinent from opioids and stimulants, with negative urine drug screens on every random test during his stay.", due=adm + wk(4)),
           dict(text="Roderick will write a relapse prevention plan naming 3 triggers and 3 coping responses before discharge.", due=adm + wk(3))],
    services=[dict(display="Individual counseling", amount_text="45 minutes", freq_text="2x/week", dur_text="length of stay (est. 28 days)"),
              dict(display="Group counseling", amount_text="60 minutes", freq_text="daily", dur_text="length of stay"),
              dict(display="Medication-assisted treatment (buprenorphine) evaluation and management", freq_text="weekly", dur_text="length of stay")],
    plan_notes=["Admission date: 02/02/2026. Expected length of stay 28 days."],
))
assert (pd - adm).days <= 7 and (md_sig - adm).days > 10

# aa29 -- Care Plan, Texas CD facility, clean
adm = D("2026-02-16")
pd = D("2026-02-19")
CCDA_PLANS.append(dict(
    file="aa29_ccda_careplan_tx_clean.xml", doc="careplan", payer="base-treatment-plan", states=["tx-26tac-564"], as_of=D("2026-03-16"), gaps=[],
    notes="Clean. Care Plan for a Texas chemical dependency program: goals with sub-goal objectives (entryRelationship COMP) that are "
          "measurable and dated, services with frequency, projected length of stay 90 days; counselor (LCDC) legalAuthenticator and the "
          "client as authenticator (ONESELF).",
    patient=pt("Esperanza", "Villalobos", "1990-01-14", "female", "TXM771029384", "TX-30221", address=("2208 Mesquite Dr", "San Marcos", "TX", "78666"), member_oid="2.16.840.1.113883.3.9905.1", member_aa="Texas Medicaid ID"),
    payer_name="Texas Medicaid (STAR)", org="Lone Star Recovery Center", org_npi=npi("org29"),
    people=[person("clinician", "Horace Delgado", "LCDC"), person("client", "Esperanza Villalobos")],
    legal=dict(who=0, date=pd), authenticators=[dict(who=1, date=pd, hm="1105")],
    encounter=dict(code=("AMB", "ambulatory"), text="Intensive outpatient program admission", start=adm),
    service_event=(pd, adm + timedelta(days=90)),
    dx=[icd("F10.20", "Alcohol dependence, uncomplicated")],
    plan_date=pd,
    goals=[dict(text="Goal 1: Esperanza will stop drinking and build a sober support network.", due=adm + timedelta(days=90),
                objectives=[dict(text="Esperanza will attend at least 3 community support meetings per week and document them on her attendance sheet.", due=pd + wk(6)),
                            dict(text="Esperanza will provide negative breathalyzer results at every program visit for 30 consecutive days.", due=pd + wk(8))])],
    services=[dict(display="Group counseling (IOP)", amount_text="3 hours", freq_text="3 days/week", dur_text="90 days"),
              dict(display="Individual counseling", amount_text="50 minutes", freq_text="weekly", dur_text="90 days")],
    plan_notes=["Projected length of stay: 90 days (through 05/17/2026)."],
))
assert (pd - adm).days == 3

# aa30 -- CCD, home health, clean
soc = D("2026-03-02")
CCDA_PLANS.append(dict(
    file="aa30_ccd_homehealth.xml", doc="ccd", payer="medicare-home-health", as_of=D("2026-04-08"), gaps=[],
    notes="Clean. CCD from a home health EHR: Problems (ICD-10-CM value), Goals section, Plan of Treatment with SN 2w3/1w5 and OT 2w4, "
          "certification period in serviceEvent; certifying MD as authenticator 5 days after SOC.",
    patient=pt("Leopold", "Ashworth", "1942-11-23", "male", "8WW9XX1YY22", "HH-99310"),
    payer_name="Medicare Part A", org="Golden Valley Home Health", org_npi=npi("org30"),
    people=[person("clinician", "Clementine Rhodes", "RN"), person("physician", "Sebastian Moreau", "MD")],
    legal=dict(who=0, date=soc), authenticators=[dict(who=1, date=soc + timedelta(days=5))],
    service_event=(soc, soc + timedelta(days=59)),
    dx=[icd("Z47.1", "Aftercare following joint replacement surgery"), icd("Z96.651", "Presence of right artificial knee joint")],
    plan_date=soc,
    goals=[dict(text="Patient will climb 12 stairs with one rail and supervision by 04/15/2026.", due=D("2026-04-15"), baseline="4 stairs with min assist"),
           dict(text="Incision will be fully healed with no signs of infection by 03/30/2026.", due=D("2026-03-30"), baseline="Staples removed, edges approximated"),
           dict(text="Patient will bathe with a tub bench independently within 4 weeks.", due=soc + wk(4), baseline="Mod assist")],
    services=[dict(code="G0299", display="Skilled nursing", freq_text="2W3, 1W5", dur_text="8 weeks", start=soc, end=soc + wk(8)),
              dict(code="G0152", display="Occupational therapy", freq_text="2W4", dur_text="4 weeks", start=soc, end=soc + wk(4))],
))
assert D("2026-04-08") < soc + timedelta(days=59)

# aa31 -- Care Plan, Florida residential level 2, no client signature
adm = D("2026-02-09")
pd = adm + timedelta(days=10)
CCDA_PLANS.append(dict(
    file="aa31_ccda_careplan_fl_noclientsig.xml", doc="careplan", payer="base-treatment-plan", states=["fl-65d-30"], as_of=D("2026-03-10"),
    gaps=[["signature-missing"]],
    notes="Gap: the individual never signed (only the counselor as legalAuthenticator; the client is a participant 'IND' without a "
          "signature). Residential Level 2, plan 10 days after admission (limit 15). Goals/objectives measurable and dated; services "
          "with frequency. Level of care in the encompassingEncounter code text and the narrative.",
    patient=pt("Dominic", "Sauvageau", "1978-07-30", "male", "FLM550193847", "FL-7702", address=("77 Palmetto Way", "Pensacola", "FL", "32503"), member_oid="2.16.840.1.113883.3.9906.1", member_aa="Florida Medicaid ID"),
    payer_name="Florida Medicaid", org="Gulf Breeze Residential Treatment", org_npi=npi("org31"),
    people=[person("clinician", "Marguerite Lafleur", "LMHC", role_text="Primary counselor"), person("client", "Dominic Sauvageau")],
    legal=dict(who=0, date=pd), participants=[dict(who=1, type="IND", fn="PT", fn_display="patient", cls="PAT")],
    encounter=dict(code=("IMP", "inpatient encounter"), text="Residential Level 2", start=adm),
    service_event=(pd, adm + timedelta(days=60)),
    dx=[icd("F10.20", "Alcohol dependence, uncomplicated"), icd("F12.20", "Cannabis dependence, uncomplicated")],
    plan_date=pd,
    goals=[dict(text="Goal 1: Dominic will develop skills to stay sober after residential treatment.", due=adm + timedelta(days=60),
                objectives=[dict(text="Dominic will list 5 personal relapse triggers and a coping response for each in his workbook.", due=pd + wk(2)),
                            dict(text="Dominic will attend 5 of 5 scheduled process groups each week for 4 consecutive weeks.", due=pd + wk(5))])],
    services=[dict(display="Individual counseling", amount_text="50 minutes", freq_text="weekly", dur_text="60 days"),
              dict(display="Group therapy", amount_text="90 minutes", freq_text="5x/week", dur_text="60 days")],
    plan_notes=["Level of care: Residential Level 2. Admission date: 02/09/2026."],
))
assert (pd - adm).days <= 15

# aa32 -- Care Plan, California NTP, review too far out
adm = D("2026-01-05")
pd = D("2026-01-26")
rev = adm + timedelta(days=120)
CCDA_PLANS.append(dict(
    file="aa32_ccda_careplan_ca_ntp_review.xml", doc="careplan", payer="base-treatment-plan", states=["ca-title9-ntp"], as_of=D("2026-03-02"),
    gaps=[["review-interval-exceeded"]],
    notes="Gap: the next plan update is scheduled 05/05/2026, 120 days after the 01/05/2026 admission (limit about 3 months, 92 days). "
          "Plan on day 21 (limit 28); supervising counselor and medical director authenticators within 14 days of the plan date.",
    patient=pt("Valentina", "Osterhagen", "1986-05-09", "female", "CAM94410285", "NTP-30417", address=("415 Alder St", "Chico", "CA", "95926"), member_oid="2.16.840.1.113883.3.9907.1", member_aa="Medi-Cal CIN"),
    payer_name="Medi-Cal", org="Sierra Crest Narcotic Treatment Program", org_npi=npi("org32"),
    people=[person("clinician", "Raymond Kessler", "CADC", role_text="Primary counselor"),
            person("supervisor", "Georgina Whitlock", "LAADC", role_text="Supervising counselor"),
            person("physician", "Anand Subramaniam", "MD", role_text="Medical director")],
    legal=dict(who=0, date=pd), authenticators=[dict(who=1, date=pd + timedelta(days=2)), dict(who=2, date=pd + timedelta(days=7))],
    encounter=dict(code=("AMB", "ambulatory"), text="Methadone maintenance admission", start=adm),
    service_event=(pd, None),
    dx=[icd("F11.20", "Opioid dependence, uncomplicated")],
    plan_date=pd,
    goals=[dict(text="Long-term goal: Valentina will stabilize on methadone and stop illicit opioid use.", due=adm + timedelta(days=180),
                objectives=[dict(text="Valentina will have 4 consecutive weekly urine drug screens negative for illicit opioids.", due=pd + wk(10)),
                            dict(text="Valentina will keep 3 of 3 scheduled primary care appointments.", due=pd + wk(12))])],
    services=[dict(code="H0020", display="Methadone administration and dosing", freq_text="daily", dur_text="ongoing maintenance"),
              dict(display="Individual counseling", amount_text="50 minutes", freq_text="2x/month", dur_text="ongoing")],
    reviews=[dict(text="Next treatment plan update", date=rev)],
))
assert (pd - adm).days <= 28 and (rev - adm).days > 92 and D("2026-03-02") < rev

# aa33 -- CCD, versionless templateIds, OT, certification 119 days
ft = D("2026-01-12")
end = ft + timedelta(days=119)
CCDA_PLANS.append(dict(
    file="aa33_ccd_versionless_ot_longcert.xml", doc="ccd", versioned=False, payer="medicare-outpatient-therapy", as_of=D("2026-02-20"),
    gaps=[["review-interval-exceeded"]],
    notes="Gap: the certification/plan period runs 01/12/2026 - 05/11/2026 (119 days) with no recertification before then (limit 90 days "
          "from the first treatment). Older-style CCD with templateIds without extensions; physician authenticator within 30 days.",
    patient=pt("Ottilie", "Rasmussen", "1949-06-06", "female", "3ZZ4AA5BB66", "OT-11873"),
    payer_name="Medicare Part B", org="Crossroads Outpatient Therapy", org_npi=npi("org33"),
    people=[person("clinician", "Jasper Villeneuve", "OTR/L"), person("physician", "Corinne Baptiste", "MD")],
    legal=dict(who=0, date=ft), authenticators=[dict(who=1, date=ft + timedelta(days=11))],
    encounter=dict(code=("AMB", "ambulatory"), text="Occupational therapy evaluation", start=ft, end=ft),
    service_event=(ft, end),
    dx=[icd("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations")],
    plan_date=ft,
    goals=[dict(text="Patient will button a shirt with 6 buttons independently in under 3 minutes.", due=end, baseline="6 min with min assist"),
           dict(text="Patient will write her name legibly 5 of 5 trials using built-up pen.", due=end, baseline="1 of 5")],
    services=[dict(code="97535", display="Self-care/home management training", freq_text="2x/week", dur_text="17 weeks", start=ft, end=end),
              dict(code="97530", display="Therapeutic activities", freq_text="2x/week", dur_text="17 weeks", start=ft, end=end)],
    plan_notes=["Certification period: 01/12/2026 to 05/11/2026."],
))
assert (end - ft).days > 90

# aa34 -- Care Plan, psychotherapy, invalid ICD-10-CM code
pd = D("2026-02-26")
CCDA_PLANS.append(dict(
    file="aa34_ccda_careplan_psychotherapy_badcode.xml", doc="careplan", payer="medicare-psychotherapy", as_of=D("2026-03-23"),
    gaps=[["diagnosis-code-invalid"]],
    notes="Gap: the diagnosis is coded F41.10 with the ICD-10-CM OID (no such code). Care Plan; goals as paragraphs; services table "
          "(90837 53 min weekly 24 weeks); legalAuthenticator PsyD.",
    patient=pt("Barnaby", "Quill", "1961-01-31", "male", "7CC8DD9EE00", "CP-66031"),
    payer_name="Medicare Part B", org="Juniper Hill Behavioral Health", org_npi=npi("org34"),
    people=[person("clinician", "Cressida Monk", "PsyD")],
    legal=dict(who=0, date=pd), service_event=(pd, pd + wk(24)),
    dx=[{"codings": [("icd10", "F41.10", "Anxiety disorder")], "text": "Anxiety disorder"}],
    plan_date=pd, goal_layout="paragraphs",
    goals=[dict(text="Barnaby will reduce panic attacks from 4 per week to 0-1 per week as recorded in his log.", due=pd + wk(24)),
           dict(text="Barnaby will ride the bus to work alone at least 3 days per week for 4 consecutive weeks.", due=pd + wk(16))],
    services=[dict(code="90837", display="Individual psychotherapy", amount_text="53 minutes", freq_text="weekly", dur_text="24 weeks",
                   start=pd, end=pd + wk(24))],
))

# aa35 -- CCD, home health, certification ended without recertification
soc = D("2025-12-01")
end = soc + timedelta(days=59)
CCDA_PLANS.append(dict(
    file="aa35_ccd_homehealth_lapsed.xml", doc="ccd", payer="medicare-home-health", as_of=D("2026-02-12"),
    gaps=[["review-overdue"]],
    notes="Gap: the certification period ended 01/29/2026 and no recertification is recorded or scheduled; as of 02/12/2026 it has "
          "lapsed. Otherwise complete: SN 2w8, MSW 1w2, DO authenticator.",
    patient=pt("Henrik", "Brandvold", "1936-03-15", "male", "4EE5FF6GG77", "HH-12044"),
    payer_name="Medicare Part A", org="Prairie Rose Home Health", org_npi=npi("org35"),
    people=[person("clinician", "Lucinda Farrow", "RN"), person("physician", "Ambrose Whitaker", "DO")],
    legal=dict(who=0, date=soc), authenticators=[dict(who=1, date=soc + timedelta(days=6))],
    service_event=(soc, end),
    dx=[icd("I50.32", "Chronic diastolic (congestive) heart failure")],
    plan_date=soc,
    goals=[dict(text="Patient will weigh himself daily and report a gain of more than 3 lb in a day, with 100% log completion by 01/29/2026.", due=end),
           dict(text="Patient will have no emergency visits or hospitalizations for heart failure during the certification period.", due=end)],
    services=[dict(code="G0299", display="Skilled nursing", freq_text="2W8", dur_text="8 weeks", start=soc, end=soc + wk(8)),
              dict(code="G0155", display="Medical social worker", freq_text="1W2", dur_text="2 weeks", start=soc, end=soc + wk(2))],
    plan_notes=["Certification period 12/01/2025 - 01/29/2026."],
))
assert D("2026-02-12") > end

# aa36 -- Care Plan, psychotherapy + Pennsylvania, clean
adm = D("2026-01-06")
pd = D("2026-01-30")
CCDA_PLANS.append(dict(
    file="aa36_ccda_careplan_psychotherapy_pa.xml", doc="careplan", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of=D("2026-03-18"), gaps=[],
    notes="Clean. Care Plan from a Pennsylvania clinic: intake encounter 01/06/2026, plan 01/30/2026 (24 days), goal with objectives as "
          "sub-goals, 90834 45 min weekly for 6 months, LPC legalAuthenticator, client (ONESELF) and psychiatrist authenticators.",
    patient=pt("Rosamund", "Eckersley", "1962-10-10", "female", "2HH3JJ4KK55", "PA-40981", address=("9 Mill St", "Lewisburg", "PA", "17837")),
    payer_name="Medicare Part B", org="Buffalo Valley Outpatient Psychiatry", org_npi=npi("org36"),
    people=[person("clinician", "Augustus Fenn", "LPC"), person("client", "Rosamund Eckersley"), person("physician", "Nadia Korsakova", "MD", taxonomy=("2084P0800X", "Psychiatry & Neurology, Psychiatry"))],
    legal=dict(who=0, date=pd), authenticators=[dict(who=1, date=pd, hm="1010"), dict(who=2, date=pd + timedelta(days=4))],
    encounter=dict(code=("AMB", "ambulatory"), text="Intake assessment", start=adm, end=adm),
    service_event=(pd, D("2026-07-30")),
    dx=[icd("F43.12", "Post-traumatic stress disorder, chronic")],
    plan_date=pd,
    goals=[dict(text="Goal 1: Rosamund will feel safe enough to resume driving and working part time.", due=D("2026-07-30"),
                objectives=[dict(text="Rosamund will reduce her PCL-5 score from 51 to below 33.", due=D("2026-06-30"), baseline="PCL-5 51"),
                            dict(text="Rosamund will drive on local roads at least 3 times per week for 4 consecutive weeks.", due=D("2026-05-29"), baseline="0 times")])],
    services=[dict(code="90834", display="Individual psychotherapy (CPT)", amount_text="45 minutes", freq_text="weekly", dur_text="6 months",
                   who="Augustus Fenn, LPC", start=pd, end=D("2026-07-30")),
              dict(code="99213", display="Psychiatric medication management", amount_text="20 minutes", freq_text="every 8 weeks", dur_text="6 months",
                   who="Nadia Korsakova, MD", start=pd, end=D("2026-07-30"))],
    plan_notes=["Plan review every 120 days or sooner as needed."],
    extra_sections=[("Consent", "<paragraph>I participated in developing this plan and agree with it.</paragraph>" + CRISIS)],
))
assert (pd - adm).days <= 30


# ------------------------------------------------------------------------------ native plans
NATIVE_PLANS = []

pd = D("2026-01-22")
NATIVE_PLANS.append(dict(
    file="aa37_native_psychotherapy.yaml", payer="medicare-psychotherapy", as_of=D("2026-03-05"), gaps=[],
    notes="Clean. authcheck native YAML exported by a practice-management system: schema line, providers with NPI, diagnoses, "
          "problem/goal/objective tree, one service with amount, frequency and duration, typed e-signature.",
    plan={"schema": "authcheck-plan/1",
          "patient": {"name": "Cassius Woodbridge", "birth_date": "1953-08-14", "member_id": "5LL6MM7NN88"},
          "payer": "Medicare Part B", "discipline": "psychotherapy", "plan_date": pd.isoformat(),
          "expected_duration": "24 weeks (through 07/09/2026)",
          "providers": [{"name": "Imogen Tallis", "credential": "LCSW", "npi": npi("Imogen Tallis"), "role": "treating clinician",
                         "organization": "Oak Hollow Counseling"}],
          "diagnoses": [{"code": "F33.1", "description": "Major depressive disorder, recurrent, moderate", "primary": True}],
          "problems": [{"label": "Problem 1", "statement": "Depressed mood and withdrawal since his wife's death",
                        "goals": [{"label": "Goal 1", "statement": "Cassius will re-engage in daily routines and social contact.",
                                   "target_date": "2026-07-09",
                                   "objectives": [{"label": "1a", "statement": "Cassius will reduce his PHQ-9 score from 18 to below 10.",
                                                   "baseline": "PHQ-9 18 on 01/15/2026", "target_date": "2026-06-11"},
                                                  {"label": "1b", "statement": "Cassius will phone or visit a friend or family member at least 3 times per week for 4 consecutive weeks.",
                                                   "baseline": "about once a month", "target_date": "2026-04-30"}]}]}],
          "services": [{"code": "90837", "description": "Individual psychotherapy", "amount": "53 minutes", "frequency": "weekly", "duration": "24 weeks"}],
          "signatures": [{"role": "clinician", "name": "Imogen Tallis", "credential": "LCSW", "npi": npi("Imogen Tallis"),
                          "date": pd.isoformat(), "method": "electronic"}]},
))

pd = D("2026-02-16")
NATIVE_PLANS.append(dict(
    file="aa38_native_aba.json", payer="commercial-aba", as_of=D("2026-03-16"), gaps=[["amount-missing"]],
    notes="Gap: the ABA services give units for the whole authorization period and a frequency in days per week, but no hours per "
          "week for any code. Native JSON (no schema line; sniffed from plan keys).",
    plan={"patient": {"name": "Priscilla Montague", "birth_date": "2021-09-03", "member_id": "0048812276"},
          "payer": "Cigna", "discipline": "aba", "plan_date": pd.isoformat(),
          "period": {"start": pd.isoformat(), "end": "2026-08-15"},
          "diagnoses": [{"code": "F84.0", "description": "Autistic disorder", "primary": True,
                         "diagnosed_by": "Harriet Lowell, PhD", "diagnosed_on": "2025-11-20"}],
          "assessments": [{"instrument": "VB-MAPP", "date": "2026-02-02", "scores": {"milestones": 41, "barriers": 18},
                           "administered_by": "Rufus Penrose, BCBA"}],
          "problems": [{"label": "Communication",
                        "goals": [{"label": "G1", "statement": "Priscilla will mand for 15 items or activities using 3-word phrases.",
                                   "baseline": "5 items, 1-word", "mastery_criteria": "80% independent across 3 consecutive sessions",
                                   "target_date": "2026-08-15"},
                                  {"label": "G2", "domain": "Caregiver training",
                                   "statement": "Priscilla's parents will prompt and reinforce mands during meals with 90% fidelity.",
                                   "baseline": "45% fidelity", "mastery_criteria": "90% fidelity in 3 consecutive observations",
                                   "target_date": "2026-05-15"}]},
                       {"label": "Behavior",
                        "goals": [{"label": "G3", "statement": "Priscilla will reduce tantrums from 8 to 2 or fewer per day.",
                                   "baseline": "8 per day", "mastery_criteria": "2 or fewer per day for 3 consecutive weeks",
                                   "target_date": "2026-08-15"}]}],
          "services": [{"code": "97153", "description": "Adaptive behavior treatment by protocol", "units": 1560, "frequency": "5 days per week"},
                       {"code": "97155", "description": "Protocol modification", "units": 312, "frequency": "2 days per week"},
                       {"code": "97156", "description": "Family guidance", "units": 104, "frequency": "weekly"}],
          "reviews": [{"kind": "review", "date": "2026-05-15", "completed": False}],
          "signatures": [{"role": "clinician", "name": "Rufus Penrose", "credential": "BCBA", "date": pd.isoformat(), "method": "electronic"},
                         {"role": "guardian", "name": "Lydia Montague", "date": "2026-02-18", "method": "electronic"}]},
))
assert (D("2026-08-15") - pd).days <= 183

ft = D("2026-02-02")
NATIVE_PLANS.append(dict(
    file="aa39_native_pt_plan_after_treatment.yaml", payer="medicare-outpatient-therapy", as_of=D("2026-03-09"), gaps=[["plan-late"]],
    notes="Gap: treatment began 02/02/2026 but the plan is dated 02/11/2026 (plan must be established before treatment). Native YAML "
          "with period, services 2x/week for 8 weeks, physician signature within 30 days.",
    plan={"schema": "authcheck-plan/1",
          "patient": {"name": "Ignatius Fairweather", "birth_date": "1950-02-17", "member_id": "6NN7PP8QQ99"},
          "payer": "Medicare Part B", "discipline": "pt", "first_treatment_date": ft.isoformat(), "plan_date": "2026-02-11",
          "period": {"start": ft.isoformat(), "end": (ft + wk(8)).isoformat()}, "expected_duration": "8 weeks",
          "diagnoses": [{"code": "M54.50", "description": "Low back pain, unspecified", "primary": True}],
          "problems": [{"statement": "Low back pain limiting walking and lifting",
                        "goals": [{"statement": "Patient will walk 30 minutes without pain above 3/10.", "target_date": (ft + wk(8)).isoformat()},
                                  {"statement": "Patient will lift 20 lb from floor to waist with correct mechanics 5 of 5 times.", "target_date": (ft + wk(8)).isoformat()}]}],
          "services": [{"code": "97110", "description": "Therapeutic exercise", "frequency": "2x/week", "duration": "8 weeks"},
                       {"code": "97140", "description": "Manual therapy", "frequency": "2x/week", "duration": "8 weeks"}],
          "signatures": [{"role": "clinician", "name": "Orla Brennan", "credential": "PT", "date": "2026-02-11", "method": "electronic"},
                         {"role": "physician", "name": "Thaddeus Grimsby", "credential": "MD", "npi": npi("Thaddeus Grimsby"), "date": "2026-02-20", "method": "electronic"}]},
))
assert (D("2026-02-20") - ft).days <= 30 and D("2026-03-09") < ft + wk(8)

soc = D("2026-02-09")
bad_npi = npi("Wendell Crabtree", valid=False)
assert not luhn_ok(bad_npi) and luhn_ok(npi("Wendell Crabtree"))
NATIVE_PLANS.append(dict(
    file="aa40_native_homehealth_chiro.yaml", payer="medicare-home-health", as_of=D("2026-03-02"),
    gaps=[["credential-not-permitted"], ["identifier-invalid"]],
    unsure=["signature-missing"],
    notes="Gaps: the plan is certified by a chiropractor (DC), not a physician or allowed practitioner; his NPI fails the check digit. "
          "Native YAML with period (60 days), services with 2w4-style frequencies. signature-missing left out as unsure "
          "(whether a signature by a non-permitted signer also counts as no certifying signature).",
    plan={"schema": "authcheck-plan/1",
          "patient": {"name": "Philippa Hargreave", "birth_date": "1940-12-25", "member_id": "7RR8SS9TT00"},
          "payer": "Medicare Part A", "discipline": "home-health", "plan_date": soc.isoformat(),
          "period": {"start": soc.isoformat(), "end": (soc + timedelta(days=59)).isoformat()},
          "providers": [{"name": "Wendell Crabtree", "credential": "DC", "npi": bad_npi, "role": "certifying provider"}],
          "diagnoses": [{"code": "M62.81", "description": "Muscle weakness (generalized)", "primary": True},
                        {"code": "R26.81", "description": "Unsteadiness on feet"}],
          "problems": [{"statement": "Falls risk",
                        "goals": [{"statement": "Patient will walk 200 feet with a cane and stand-by assist by 03/23/2026.", "target_date": "2026-03-23"}]}],
          "services": [{"code": "G0151", "description": "Physical therapy visits", "frequency": "2w4"},
                       {"code": "G0299", "description": "Skilled nursing visits", "frequency": "1w4"}],
          "signatures": [{"role": "physician", "name": "Wendell Crabtree", "credential": "DC", "npi": bad_npi, "date": "2026-02-12", "method": "electronic"},
                         {"role": "clinician", "name": "Marta Eklund", "credential": "RN", "date": soc.isoformat(), "method": "electronic"}]},
))

pd = D("2026-02-23")
NATIVE_PLANS.append(dict(
    file="aa41_native_tx_undated_objective.json", payer="base-treatment-plan", states=["tx-26tac-564"], as_of=D("2026-03-19"),
    gaps=[["objective-not-time-bound"]],
    notes="Gap: objective 1b has no target date and its goal is timed only 'by discharge'. Native JSON with schema line; client and "
          "counselor signatures, services with frequency, projected length of stay.",
    plan={"schema": "authcheck-plan/1",
          "patient": {"name": "Ambrose Tillinghast", "birth_date": "1987-07-11", "member_id": "TX0093317420"},
          "payer": "Texas Medicaid", "discipline": "sud", "admission_date": "2026-02-20", "plan_date": pd.isoformat(),
          "expected_duration": "60 days", "level_of_care": "Intensive residential",
          "diagnoses": [{"code": "F15.20", "description": "Other stimulant dependence, uncomplicated", "primary": True}],
          "problems": [{"label": "Problem 1", "statement": "Methamphetamine use with loss of job and housing",
                        "goals": [{"label": "Goal 1", "statement": "Ambrose will leave treatment with a sober living placement.", "time_frame": "by discharge",
                                   "objectives": [{"label": "1a", "statement": "Ambrose will submit applications to 3 sober living homes.", "target_date": "2026-03-23"},
                                                  {"label": "1b", "statement": "Ambrose will attend 4 of 4 weekly relapse prevention groups for 4 consecutive weeks."}]}]}],
          "services": [{"description": "Individual counseling", "amount": "50 minutes", "frequency": "weekly", "duration": "60 days"},
                       {"description": "Relapse prevention group", "amount": "90 minutes", "frequency": "4x/week", "duration": "60 days"}],
          "signatures": [{"role": "client", "name": "Ambrose Tillinghast", "date": pd.isoformat(), "method": "handwritten"},
                         {"role": "clinician", "name": "Lorraine Beauchamp", "credential": "LCDC", "date": pd.isoformat(), "method": "electronic"}]},
))


def write_all_native():
    for s in NATIVE_PLANS:
        path = OUT / s["file"]
        if s["file"].endswith(".json"):
            path.write_text(json.dumps(s["plan"], indent=2) + "\n", encoding="utf-8")
        else:
            path.write_text("# exported by PracticeDesk 9.4 (authcheck plan format)\n" +
                            yaml.safe_dump(s["plan"], sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
        label(s["file"], s["payer"], s["as_of"], s["gaps"], s["notes"], states=s.get("states", ()), unsure=s.get("unsure", ()))


def main():
    for pth in OUT.glob("aa*"):
        pth.unlink()
    write_all_fhir()
    write_all_ccda()
    write_all_native()
    files = sorted(p.name for p in OUT.glob("aa*"))
    assert files == sorted(l["file"] for l in LABELS), "labels do not match files"
    assert luhn_ok("1234567893")
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=1) + "\n", encoding="utf-8")
    print(f"{len(LABELS)} plans written to {OUT}")


if __name__ == "__main__":
    main()
