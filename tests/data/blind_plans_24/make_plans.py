#!/usr/bin/env python3
"""Blind test set 24: treatment plans as they arrive after passing through other software.

Held out until scored: do not open when working on readers.

Writes k01_plan.docx ... k47_plan.* and labels.json into this folder.  Deterministic: run it twice and
the bytes are identical (fixed zip timestamps, fixed core properties, seeded randomness).

Run:  /work/main/.venv/bin/python make_plans.py
"""
import copy
import datetime as dt
import io
import json
import os
import random
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Inches, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date

# --------------------------------------------------------------------------------------------
# Profile facts (from payer_profiles/*.yaml and `authcheck profiles show ID --resolved`):
# the finding kinds each profile can report at error or warning severity.
# --------------------------------------------------------------------------------------------
BASE = ["date-inconsistent", "diagnosis-code-invalid", "diagnosis-code-missing",
        "diagnosis-code-not-billable", "diagnosis-missing", "field-missing", "identifier-invalid",
        "service-code-invalid"]
KINDS = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE + ["amount-missing", "credential-missing", "duration-exceeds-limit",
                                      "duration-missing", "frequency-missing", "goal-missing",
                                      "goal-not-measurable", "intervention-missing",
                                      "objective-not-measurable", "objective-not-time-bound",
                                      "plan-outdated", "signature-missing"],
    # service-amount is info only under medicare-outpatient-therapy: amount-missing is not listed
    "medicare-outpatient-therapy": BASE + ["credential-not-permitted", "duration-missing",
                                           "frequency-missing", "goal-missing", "goal-not-measurable",
                                           "intervention-missing", "plan-late",
                                           "review-interval-exceeded", "review-overdue",
                                           "signature-late", "signature-missing"],
    "medicare-home-health": BASE + ["credential-not-permitted", "duration-missing", "frequency-missing",
                                    "goal-missing", "goal-not-measurable", "intervention-missing",
                                    "review-interval-exceeded", "review-overdue", "signature-missing"],
    "commercial-aba": BASE + ["amount-missing", "assessment-missing", "assessment-outdated",
                              "baseline-missing", "caregiver-goal-missing", "diagnosis-not-covered",
                              "duration-exceeds-limit", "goal-missing", "goal-not-measurable",
                              "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
                              "signature-missing"],
    "pa-55-5200": ["duration-missing", "field-missing", "goal-missing", "intervention-missing",
                   "objective-missing", "plan-late", "signature-missing"],
    "ny-oasas-818": ["diagnosis-missing", "field-missing", "goal-missing", "intervention-missing",
                     "plan-late", "signature-late", "signature-missing"],
    "fl-65d-30": ["field-missing", "frequency-missing", "goal-missing", "intervention-missing",
                  "objective-missing", "objective-not-measurable", "objective-not-time-bound",
                  "plan-late", "signature-late", "signature-missing"],
    "ca-title9-ntp": ["field-missing", "goal-missing", "objective-missing", "objective-not-time-bound",
                      "plan-late", "review-date-missing", "review-interval-exceeded", "review-overdue",
                      "signature-late", "signature-missing"],
    "tx-26tac-564": ["duration-missing", "frequency-missing", "goal-missing", "intervention-missing",
                     "objective-missing", "objective-not-measurable", "objective-not-time-bound",
                     "signature-missing"],
}
EFFECTIVE_FROM = {"commercial-aba": D(2025, 1, 1), "pa-55-5200": D(2023, 1, 1),
                  "ny-oasas-818": D(2023, 1, 1), "fl-65d-30": D(2023, 1, 1),
                  "ca-title9-ntp": D(2023, 1, 1), "tx-26tac-564": D(2023, 1, 1)}
# numbers the self-checks use (profile parameters)
PA_PLAN_DAYS = 30
NY_PLAN_DAYS, NY_MD_DAYS = 7, 10
CA_PLAN_DAYS, CA_REVIEW_DAYS, CA_COUNTERSIGN_DAYS = 28, 92, 14
FL_DAYS = {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15,
           "day or night treatment": 10, "methadone": 30}
FL_QP_DAYS = 10
MOT_CERT_DAYS, MOT_REVIEW_DAYS = 30, 90
HH_REVIEW_DAYS = 60
ABA_REVIEW_DAYS, ABA_ASSESS_DAYS = 184, 365
MP_PLAN_AGE = 365


def luhn_npi(first9):
    """Return the 10-digit NPI for 9 digits (check digit over the 80840 prefix)."""
    s = "80840" + first9
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return first9 + str((10 - total % 10) % 10)


def npi_ok(npi):
    return len(npi) == 10 and luhn_npi(npi[:9]) == npi


assert luhn_npi("123456789") == "1234567893"  # the CMS worked example


def fmt(d, style="us"):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {d.strftime('%B')} {d.year}"
    if style == "mon":
        return f"{d.strftime('%b')} {d.day}, {d.year}"
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


def days(a, b):
    return (b - a).days


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


# --------------------------------------------------------------------------------------------
# DOCX utilities
# --------------------------------------------------------------------------------------------
FIXED_TIME = dt.datetime(2025, 1, 1, 12, 0, 0)


def new_doc(font="Calibri", size=11, author="", app_title=""):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = app_title
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    return doc


def save_doc(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def para(container, text="", style=None, bold=False, italic=False, size=None, align=None,
         font=None, color=None, space_after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, {'b':bool,'i':bool}) or plain strings."""
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, f = part
            r = p.add_run(t)
            r.bold = f.get("b") or None
            r.italic = f.get("i") or None
            r.underline = f.get("u") or None
            if f.get("size"):
                r.font.size = Pt(f["size"])
    return p


def label_value(container, label, value, style=None, tab=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    r = p.add_run(label + (":\t" if tab else ": "))
    r.bold = True
    p.add_run(value)
    return p


def page_break(container):
    p = container.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def lines_with_breaks(container, lines, style=None, size=None):
    """One paragraph whose lines are separated by hard line breaks (w:br)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold or None
    if size:
        r.font.size = Pt(size)
    return cell


def cell_paras(cell, texts, bold_first=False, size=None):
    """Fill a cell with several paragraphs (one per text) the way Google Docs/LibreOffice export."""
    cell.text = ""
    first = True
    for t in texts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        r = p.add_run(t)
        if bold_first and first:
            r.bold = True
        if size:
            r.font.size = Pt(size)
        first = False
    return cell


def table(container, rows, header=True, style="Table Grid", widths=None, size=None):
    t = container.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    if style:
        try:
            t.style = style
        except Exception:
            pass
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if isinstance(val, (list, tuple)):
                cell_paras(c, val, bold_first=False, size=size)
            else:
                set_cell(c, val, bold=(header and i == 0), size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Inches(w)
    return t


def frame_para(container, lines, x, y, w=4000, size=9):
    """A positioned frame (w:framePr), as PDF converters emit for absolutely placed text."""
    p = lines_with_breaks(container, lines, size=size)
    pPr = p._p.get_or_add_pPr()
    fp = parse_xml(f'<w:framePr {nsdecls("w")} w:w="{w}" w:hSpace="180" w:wrap="around" '
                   f'w:vAnchor="page" w:hAnchor="page" w:x="{x}" w:y="{y}"/>')
    pPr.insert(0, fp)
    return p


VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def textbox_para(container, lines, width_pt=250, height_pt=90, left_pt=300, top_pt=0, bold_first=False):
    """A floating VML text box holding paragraphs (as PDF-to-Word converters often produce)."""
    inner = ""
    for i, ln in enumerate(lines):
        b = "<w:rPr><w:b/></w:rPr>" if (bold_first and i == 0) else ""
        inner += f"<w:p><w:r>{b}<w:t xml:space=\"preserve\">{esc(ln)}</w:t></w:r></w:p>"
    xml = (f'<w:r {nsdecls("w")} {VML_NS}><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{abs(hash_lines(lines))}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;width:{width_pt}pt;'
           f'height:{height_pt}pt;z-index:1;mso-position-horizontal-relative:text;mso-position-vertical-relative:text">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = container.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def hash_lines(lines):
    h = 0
    for ln in lines:
        for ch in ln:
            h = (h * 131 + ord(ch)) % 1000003
    return h


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sdt_para(container, label, value, tag="field"):
    """A paragraph whose value sits in a plain-text content control (w:sdt)."""
    p = container.add_paragraph()
    r = p.add_run(label + ": ")
    r.bold = True
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{esc(label)}"/><w:tag w:val="{tag}"/><w:text/></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve">{esc(value)}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(sdt)
    return p


def tracked_change(p, deleted, inserted, author="QA Reviewer", date="2025-01-01T00:00:00Z"):
    """Append a tracked deletion followed by a tracked insertion to paragraph p."""
    x = (f'<w:del {nsdecls("w")} w:id="{900 + len(deleted)}" w:author="{author}" w:date="{date}">'
         f'<w:r><w:delText xml:space="preserve">{esc(deleted)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))
    x = (f'<w:ins {nsdecls("w")} w:id="{950 + len(inserted)}" w:author="{author}" w:date="{date}">'
         f'<w:r><w:t xml:space="preserve">{esc(inserted)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))
    return p


def add_custom_style(doc, name, base=None, bold=False, size=None, font=None, italic=False):
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if base:
        st.base_style = doc.styles[base]
    st.font.bold = bold or None
    st.font.italic = italic or None
    if size:
        st.font.size = Pt(size)
    if font:
        st.font.name = font
    return name


def header_footer(doc, header_lines=None, footer_lines=None, size=8):
    sec = doc.sections[0]
    if header_lines:
        hp = sec.header.paragraphs[0]
        for i, ln in enumerate(header_lines):
            r = hp.add_run(ln)
            r.font.size = Pt(size)
            if i < len(header_lines) - 1:
                r.add_break()
    if footer_lines:
        fp = sec.footer.paragraphs[0]
        for i, ln in enumerate(footer_lines):
            r = fp.add_run(ln)
            r.font.size = Pt(size)
            if i < len(footer_lines) - 1:
                r.add_break()


def wrap(text, width, rng=None, hyphenate=0.0):
    """Break text into lines of about `width` characters, as a PDF-to-Word converter keeps them.
    With `hyphenate` > 0, long words are sometimes split with a hyphen across the line end
    (never words holding digits, codes or dates)."""
    words = text.split()
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if len(cand) <= width:
            cur = cand
            continue
        room = width - len(cur) - 2
        core = w.rstrip(".,;:)")
        if (rng is not None and hyphenate and len(core) >= 7 and core.isalpha() and room >= 3
                and rng.random() < hyphenate):
            cut = min(room, len(core) - 3)
            lines.append((cur + " " + w[:cut] + "-").strip())
            cur = w[cut:]
            continue
        if cur:
            lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------------------------
# Content: what a plan says, independent of layout
# --------------------------------------------------------------------------------------------
def G(label, text, date=None, baseline=None, mastery=None, objectives=(), domain=None, status=None):
    return dict(label=label, text=text, date=date, baseline=baseline, mastery=mastery,
                objectives=list(objectives), domain=domain, status=status)


def O(label, text, date=None, baseline=None):
    return dict(label=label, text=text, date=date, baseline=baseline)


def S(name, code=None, amount=None, freq=None, duration=None, staff=None, hours=None):
    return dict(name=name, code=code, amount=amount, freq=freq, duration=duration, staff=staff, hours=hours)


def SIG(label, name=None, cred=None, date=None, method="typed", npi=None, role="", note=None):
    return dict(label=label, name=name, cred=cred, date=date, method=method, npi=npi, role=role, note=note)


CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) at any time, call 911, or go "
          "to the nearest emergency department. After hours, the on-call clinician can be reached through "
          "the main number.")
CONSENT = ("I participated in developing this plan. I understand my rights and responsibilities, the "
           "grievance procedure, and that I may ask for changes to this plan at any time. I have received "
           "a copy of this plan. Information in this record is protected by federal and state "
           "confidentiality law.")
PART2 = ("This information has been disclosed to you from records protected by federal confidentiality "
         "rules (42 CFR part 2). The federal rules prohibit you from making any further disclosure of this "
         "information unless further disclosure is expressly permitted by the written consent of the "
         "person to whom it pertains or as otherwise permitted by 42 CFR part 2.")
HH_RIGHTS = ("Patient/caregiver instructed on emergency plan, agency 24-hour on-call number, medication "
             "safety and home safety. Patient rights and responsibilities reviewed; patient verbalized "
             "understanding.")


def goal_lines(g, ds, obj_style="label", date_word="Target date"):
    """Plain-text lines for a goal and its objectives (used by text layouts)."""
    out = []
    if not g['label']:
        head = g['text']
    elif g['label'].endswith("."):
        head = f"{g['label']} {g['text']}"
    else:
        head = f"{g['label']}: {g['text']}"
    out.append(("goal", head))
    if g.get("domain"):
        out.append(("meta", f"Domain: {g['domain']}"))
    if g.get("baseline"):
        out.append(("meta", f"Baseline: {g['baseline']}"))
    if g.get("mastery"):
        out.append(("meta", f"Mastery criteria: {g['mastery']}"))
    if g.get("date"):
        out.append(("meta", f"{date_word}: {fmt(g['date'], ds)}"))
    if g.get("status"):
        out.append(("meta", f"Status: {g['status']}"))
    for o in g["objectives"]:
        t = f"{o['label']}: {o['text']}" if o['label'] else o['text']
        if o.get("baseline"):
            t += f" (baseline: {o['baseline']})"
        if o.get("date"):
            t += f" {date_word}: {fmt(o['date'], ds)}."
        out.append(("obj", t))
    return out


def svc_text(s):
    bits = [s["name"]]
    if s.get("code"):
        bits[0] += f" ({s['code']})"
    for k in ("amount", "freq", "hours", "duration"):
        if s.get(k):
            bits.append(s[k])
    if s.get("staff"):
        bits.append(s["staff"])
    return " - ".join(bits)


def sig_text(s, ds, style="line"):
    """One-line rendering of a signature."""
    who = s["name"] or ""
    if s.get("cred") and who:
        who += f", {s['cred']}"
    if s["method"] == "blank":
        return f"{s['label']}: ______________________________   Date: ____________"
    date = fmt(s["date"], ds) if s.get("date") else ""
    if s["method"] == "/s/":
        body = f"/s/ {who}"
    elif s["method"] == "esig":
        body = f"Electronically signed by {who}" + (f" on {date}" if date else "")
        return f"{s['label']}: {body}"
    elif s["method"] == "wet":
        body = f"[signed] {who}"
    else:
        body = who
    out = f"{s['label']}: {body}"
    if s.get("npi"):
        out += f"   NPI {s['npi']}"
    out += f"   Date: {date}" if date else "   Date: ________"
    return out


# --------------------------------------------------------------------------------------------
# Layout 1: a clean Word document (heading styles, real tables)
# --------------------------------------------------------------------------------------------
def render_word(C, path, opt):
    ds = C["ds"]
    doc = new_doc(font=opt.get("font", "Calibri"), author=C.get("author", ""), app_title=C["title"])
    if opt.get("header_ids"):
        header_footer(doc, [C["agency"], f"{C['client_label']}: {C['name']}   {C['member_label']}: {C['member_id']}"],
                      [f"{C['title']} - confidential"])
    else:
        header_footer(doc, [C["agency"]], ["Confidential health information"])
    para(doc, C["title"], style="Title")
    for ln in C.get("agency_lines", []):
        para(doc, ln, size=9)
    doc.add_heading(opt.get("h_ident", "Identifying Information"), level=1)
    info = C["info"]
    if opt.get("sdt"):
        for lab, val in info:
            sdt_para(doc, lab, val, tag=re.sub(r"\W+", "_", lab.lower()))
    else:
        rows = []
        for i in range(0, len(info), 2):
            row = [info[i][0], info[i][1]]
            if i + 1 < len(info):
                row += [info[i + 1][0], info[i + 1][1]]
            else:
                row += ["", ""]
            rows.append(row)
        t = table(doc, rows, header=False)
        for r in t.rows:
            for j in (0, 2):
                for p in r.cells[j].paragraphs:
                    for rn in p.runs:
                        rn.bold = True
    for h, txt in C.get("narrative", []):
        doc.add_heading(h, level=1)
        para(doc, txt)
    doc.add_heading(C.get("dx_heading", "Diagnoses"), level=1)
    rows = [["ICD-10-CM", "Description", "Notes"]] + [[d["code"], d["desc"], d.get("note", "")] for d in C["dx"]]
    table(doc, rows)
    if C.get("assess"):
        doc.add_heading(C.get("assess_heading", "Assessments"), level=1)
        rows = [["Instrument", "Date", "Results"]] + [[a[0], a[1], a[2]] for a in C["assess"]]
        table(doc, rows)
    doc.add_heading(C.get("goals_heading", "Goals and Objectives"), level=1)
    for pr in C["problems"]:
        doc.add_heading(f"{pr['label']}: {pr['title']}" if pr.get("label") else pr["title"], level=2)
        if opt.get("goal_table"):
            hdr = opt["goal_table"]
            rows = [hdr]
            merged_rows = []
            for g in pr["goals"]:
                gtxt = f"{g['label']}: {g['text']}" if g["label"] else g["text"]
                rows.append([gtxt, g.get("baseline") or "", fmt(g["date"], ds) if g.get("date") else ""]
                            + ([g.get("mastery") or ""] if len(hdr) > 3 else []))
                merged_rows.append(len(rows) - 1)
                for o in g["objectives"]:
                    otxt = f"{o['label']}: {o['text']}" if o["label"] else o["text"]
                    rows.append([otxt, o.get("baseline") or "", fmt(o["date"], ds) if o.get("date") else ""]
                                + ([""] if len(hdr) > 3 else []))
            t = table(doc, rows)
            if opt.get("merged"):
                for ri in merged_rows:
                    r = t.rows[ri]
                    for c in r.cells:
                        for p in c.paragraphs:
                            for rn in p.runs:
                                rn.bold = True
        else:
            for g in pr["goals"]:
                for kind, ln in goal_lines(g, ds):
                    if kind == "goal":
                        para(doc, ln, bold=True)
                    elif kind == "meta":
                        para(doc, ln, italic=True)
                    else:
                        para(doc, ln, style="List Bullet")
    doc.add_heading(C.get("svc_heading", "Services"), level=1)
    hdr = ["Service", "Code", "Amount", "Frequency", "Duration", "Provider"]
    rows = [hdr] + [[s["name"], s.get("code") or "", s.get("amount") or s.get("hours") or "", s.get("freq") or "",
                     s.get("duration") or "", s.get("staff") or ""] for s in C["services"]]
    t = table(doc, rows)
    if opt.get("tracked"):
        # a tracked change in the frequency cell of the first service
        c = t.cell(1, 3)
        old = c.text
        c.text = ""
        tracked_change(c.paragraphs[0], opt["tracked"], old)
    for lab, val in C.get("extra", []):
        label_value(doc, lab, val)
    for h, ps in C.get("boiler", []):
        doc.add_heading(h, level=1)
        for x in ps:
            para(doc, x, size=9)
    doc.add_heading(opt.get("h_sig", "Signatures"), level=1)
    rows = [["Role", "Name / Credentials", "Signature", "Date"]]
    for s in C["sigs"]:
        who = (s["name"] or "") + (f", {s['cred']}" if s.get("cred") and s.get("name") else "")
        if s["method"] == "blank":
            rows.append([s["label"], "", "", ""])
            continue
        sig = {"esig": "Electronically signed", "/s/": f"/s/ {s['name']}", "wet": "(signed)",
               "typed": s["name"] or ""}[s["method"]]
        if s.get("npi"):
            who += f" (NPI {s['npi']})"
        rows.append([s["label"], who, sig, fmt(s["date"], ds) if s.get("date") else ""])
    table(doc, rows)
    save_doc(doc, path)


# --------------------------------------------------------------------------------------------
# Layout 2: converted from PDF (every line a paragraph, hard breaks, hyphenation, frames,
# tab pseudo-tables, page banners repeated inline)
# --------------------------------------------------------------------------------------------
class PdfWriter:
    """Collects lines first, then writes them with 'Page N of M' and the page banner repeated
    inline every `every` lines, as a PDF-to-Word converter leaves them."""

    def __init__(self, doc, C, opt, rng):
        self.doc, self.C, self.opt, self.rng = doc, C, opt, rng
        self.ops = []
        self.every = opt.get("every", 40)
        self.width = opt.get("width", 70)
        self.size = opt.get("size", 10)

    def line(self, text, bold=False, indent=False):
        self.ops.append(("p", [text], bold, indent))

    def text(self, text, bold=False, indent=False, mode=None):
        lines = wrap(text, self.width - (6 if indent else 0), self.rng, min(1.0, 2 * self.opt.get("hyph", 0.35)))
        mode = mode or self.opt.get("mode", "paras")
        if mode == "br" and len(lines) > 1:
            self.ops.append(("br", lines, bold, indent))
        else:
            for ln in lines:
                self.ops.append(("p", [ln], bold, indent))

    def finish(self):
        total = sum(len(o[1]) for o in self.ops)
        pages = max(2, -(-total // self.every))
        n, page = 0, 1
        for kind, lines, bold, indent in self.ops:
            if kind == "p":
                p = para(self.doc, lines[0], bold=bold, size=self.size)
            else:
                p = lines_with_breaks(self.doc, lines, size=self.size)
                if bold:
                    for r in p.runs:
                        r.bold = True
            if indent:
                p.paragraph_format.left_indent = Inches(0.3)
            before = n
            n += len(lines)
            if n // self.every > before // self.every and page < pages:
                para(self.doc, f"Page {page} of {pages}", size=8, align="right")
                page += 1
                if self.opt.get("break_pages"):
                    page_break(self.doc)
                for b in self.opt.get("banner", [self.C["agency"].upper(), self.C["title"]]):
                    para(self.doc, b, size=8)
                if self.opt.get("banner_ids"):
                    para(self.doc, f"{self.C['client_label']}: {self.C['name']}    "
                                   f"{self.C['member_label']}: {self.C['member_id']}", size=8)
        para(self.doc, f"Page {page} of {pages}", size=8, align="right")


def render_pdf(C, path, opt):
    ds = C["ds"]
    rng = random.Random(C["id"])
    doc = new_doc(font=opt.get("font", "Times New Roman"), size=10, author="", app_title="")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.7)
    W = PdfWriter(doc, C, opt, rng)
    # agency banner and client box as positioned frames / a text box
    if opt.get("frames"):
        frame_para(doc, [C["agency"]] + C.get("agency_lines", []), x=700, y=500, w=5200, size=10)
        frame_para(doc, [C["title"].upper()], x=7000, y=500, w=4000, size=11)
    else:
        for ln in [C["agency"]] + C.get("agency_lines", []):
            para(doc, ln, bold=(ln == C["agency"]), size=10)
        para(doc, C["title"].upper(), bold=True, size=12, align="center")
    info = C["info"]
    if opt.get("textbox"):
        textbox_para(doc, [f"{a}: {b}" for a, b in info[:opt["textbox"]]], height_pt=15 * opt["textbox"])
        for _ in range(opt["textbox"]):
            para(doc, "")  # the converter leaves empty lines under a floating box
        info = info[opt["textbox"]:]
    if opt.get("info_split"):
        # labels in one line, values on the next (columns read row by row)
        for i in range(0, len(info), 2):
            pair = info[i:i + 2]
            W.line("\t\t".join(a + ":" for a, _ in pair))
            W.line("\t\t".join(b for _, b in pair))
    else:
        for i in range(0, len(info), 2):
            pair = info[i:i + 2]
            W.line("    ".join(f"{a}: {b}" for a, b in pair))
    W.line("")
    for h, txt in C.get("narrative", []):
        W.line(h.upper(), bold=True)
        W.text(txt)
    W.line(C.get("dx_heading", "DIAGNOSES").upper(), bold=True)
    for d in C["dx"]:
        W.line(f"{d['code']}\t{d['desc']}" + (f"\t{d['note']}" if d.get("note") else ""))
    if C.get("assess"):
        W.line(C.get("assess_heading", "ASSESSMENTS").upper(), bold=True)
        for a in C["assess"]:
            W.text(f"{a[0]} ({a[1]}): {a[2]}")
    W.line(C.get("goals_heading", "GOALS AND OBJECTIVES").upper(), bold=True)
    for pr in C["problems"]:
        W.line(f"{pr['label']}: {pr['title']}" if pr.get("label") else pr["title"], bold=True)
        for g in pr["goals"]:
            for kind, ln in goal_lines(g, ds, date_word=opt.get("date_word", "Target date")):
                W.text(ln, bold=(kind == "goal"), indent=(kind == "obj"))
    W.line("")
    W.line(C.get("svc_heading", "SERVICES").upper(), bold=True)
    if opt.get("svc_tabs", True):
        W.line("Service\tCode\tAmount\tFrequency\tDuration")
        for s in C["services"]:
            W.line("\t".join([s["name"], s.get("code") or "", s.get("amount") or s.get("hours") or "",
                              s.get("freq") or "", s.get("duration") or ""]))
    else:
        for s in C["services"]:
            W.text(svc_text(s))
    for lab, val in C.get("extra", []):
        W.text(f"{lab}: {val}")
    for h, ps in C.get("boiler", []):
        W.line(h.upper(), bold=True)
        for x in ps:
            W.text(x)
    W.line("")
    W.line(opt.get("h_sig", "SIGNATURES"), bold=True)
    for s in C["sigs"]:
        W.line(sig_text(s, ds))
    W.finish()
    save_doc(doc, path)


# --------------------------------------------------------------------------------------------
# Layout 3: exported from Google Docs (no heading styles: bold direct formatting, tables whose
# cells hold several paragraphs, typed bullets)
# --------------------------------------------------------------------------------------------
def render_gdocs(C, path, opt):
    ds = C["ds"]
    doc = new_doc(font="Arial", size=11, author="", app_title="")
    B1, B2 = opt.get("bullets", ("●", "○"))

    def h(text, size=13):
        para(doc, text, bold=True, size=size, space_after=4)

    para(doc, C["title"], bold=True, size=18, align="center")
    para(doc, " | ".join([C["agency"]] + C.get("agency_lines", [])), size=9, align="center")
    info = C["info"]
    if opt.get("info_table", True):
        half = (len(info) + 1) // 2
        left = [f"{a}: {b}" for a, b in info[:half]]
        right = [f"{a}: {b}" for a, b in info[half:]]
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        cell_paras(t.cell(0, 0), left)
        cell_paras(t.cell(0, 1), right or [""])
    else:
        for a, b in info:
            runs(para(doc), [(a + ": ", {"b": True}), b])
    for hd, txt in C.get("narrative", []):
        h(hd)
        para(doc, txt)
    h(C.get("dx_heading", "Diagnoses"))
    for d in C["dx"]:
        para(doc, f"{B1} {d['code']} – {d['desc']}" + (f" ({d['note']})" if d.get("note") else ""))
    if C.get("assess"):
        h(C.get("assess_heading", "Assessment results"))
        for a in C["assess"]:
            para(doc, f"{B1} {a[0]}, {a[1]}: {a[2]}")
    h(C.get("goals_heading", "Goals & Objectives"))
    if opt.get("goal_cells", True):
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        cell_paras(t.cell(0, 0), [opt.get("col1", "Problem / Goal")], bold_first=True)
        cell_paras(t.cell(0, 1), [opt.get("col2", "Objectives")], bold_first=True)
        cell_paras(t.cell(0, 2), [opt.get("col3", "Target date")], bold_first=True)
        for pr in C["problems"]:
            for g in pr["goals"]:
                row = t.add_row()
                gl = [f"{pr['label']}: {pr['title']}" if pr.get("label") else pr["title"],
                      f"{g['label']}: {g['text']}" if g["label"] else g["text"]]
                if g.get("domain"):
                    gl.append(f"Domain: {g['domain']}")
                if g.get("baseline"):
                    gl.append(f"Baseline: {g['baseline']}")
                if g.get("mastery"):
                    gl.append(f"Mastery: {g['mastery']}")
                cell_paras(row.cells[0], gl)
                ol = []
                for o in g["objectives"]:
                    ol.append(f"{B2} {o['label']} {o['text']}".replace("  ", " ")
                              + (f" (baseline {o['baseline']})" if o.get("baseline") else ""))
                cell_paras(row.cells[1], ol or ["—"])
                dl = []
                if g.get("date"):
                    dl.append(fmt(g["date"], ds))
                for o in g["objectives"]:
                    if o.get("date"):
                        dl.append(f"{o['label']} {fmt(o['date'], ds)}".strip())
                cell_paras(row.cells[2], dl or [""])
    else:
        for pr in C["problems"]:
            para(doc, f"{pr['label']}: {pr['title']}" if pr.get("label") else pr["title"], bold=True)
            for g in pr["goals"]:
                for kind, ln in goal_lines(g, ds):
                    if kind == "goal":
                        para(doc, f"{B1} {ln}")
                    elif kind == "meta":
                        para(doc, f"    {ln}", italic=True)
                    else:
                        para(doc, f"    {B2} {ln}")
    h(C.get("svc_heading", "Services / Interventions"))
    for s in C["services"]:
        para(doc, f"{B1} {svc_text(s)}")
    for lab, val in C.get("extra", []):
        runs(para(doc), [(lab + ": ", {"b": True}), val])
    for hd, ps in C.get("boiler", []):
        h(hd, size=11)
        for x in ps:
            para(doc, x, size=9, italic=True)
    h(opt.get("h_sig", "Signatures"))
    if opt.get("sig_table"):
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        sigs = C["sigs"]
        for i in range(0, len(sigs), 2):
            row = t.rows[0] if i == 0 else t.add_row()
            for j, s in enumerate(sigs[i:i + 2]):
                if s["method"] == "blank":
                    cell_paras(row.cells[j], ["______________________________", s["label"], "Date: __________"])
                    continue
                who = (s["name"] or "") + (f", {s['cred']}" if s.get("cred") else "")
                sig = {"esig": f"e-signed: {who}", "/s/": f"/s/ {who}", "wet": who, "typed": who}[s["method"]]
                cell_paras(row.cells[j], [sig, s["label"],
                                          "Date: " + (fmt(s["date"], ds) if s.get("date") else "__________")])
    else:
        for s in C["sigs"]:
            para(doc, sig_text(s, ds))
    save_doc(doc, path)


# --------------------------------------------------------------------------------------------
# Layout 4: exported from LibreOffice Writer (its own style names, typed lists, P-styles)
# --------------------------------------------------------------------------------------------
def render_libre(C, path, opt):
    ds = C["ds"]
    doc = new_doc(font="Liberation Serif", size=12, author="", app_title="")
    TB = add_custom_style(doc, "Text Body", base="Normal")
    HD = add_custom_style(doc, "Heading", base="Normal", bold=True, size=14, font="Liberation Sans")
    TC = add_custom_style(doc, "Table Contents", base="Normal", size=10)
    TH = add_custom_style(doc, "Table Heading", base="Normal", bold=True, size=10)
    P1 = add_custom_style(doc, "P1", base="Normal", bold=True, size=16)
    LB = add_custom_style(doc, "List Contents", base="Normal")
    dash = opt.get("bullet", "–")
    para(doc, C["agency"], style=P1)
    for ln in C.get("agency_lines", []):
        para(doc, ln, style=TB)
    para(doc, C["title"], style=HD)
    if opt.get("info_table"):
        t = doc.add_table(rows=len(C["info"]), cols=2)
        for i, (a, b) in enumerate(C["info"]):
            para_into(t.cell(i, 0), a, TH)
            para_into(t.cell(i, 1), b, TC)
    else:
        for a, b in C["info"]:
            p = para(doc, style=TB)
            runs(p, [(a + ":", {"b": True}), "\t" + b])
    for hd, txt in C.get("narrative", []):
        para(doc, hd, style=HD)
        para(doc, txt, style=TB)
    para(doc, C.get("dx_heading", "Diagnosis"), style=HD)
    for d in C["dx"]:
        para(doc, f"{dash} {d['desc']} [{d['code']}]" + (f" {d['note']}" if d.get("note") else ""), style=LB)
    if C.get("assess"):
        para(doc, C.get("assess_heading", "Assessment"), style=HD)
        for a in C["assess"]:
            para(doc, f"{dash} {a[0]} — {a[1]} — {a[2]}", style=LB)
    para(doc, C.get("goals_heading", "Treatment Goals"), style=HD)
    for pi, pr in enumerate(C["problems"], 1):
        para(doc, f"{pr['label']}. {pr['title']}" if pr.get("label") else pr["title"], style=TB).runs[0].bold = True
        for g in pr["goals"]:
            for kind, ln in goal_lines(g, ds, date_word=opt.get("date_word", "Target date")):
                p = para(doc, ln if kind != "obj" else f"{dash} {ln}", style=TB if kind != "obj" else LB)
                if kind == "obj":
                    p.paragraph_format.left_indent = Inches(0.5)
                elif kind == "meta":
                    p.paragraph_format.left_indent = Inches(0.25)
    para(doc, C.get("svc_heading", "Services"), style=HD)
    t = doc.add_table(rows=1 + len(C["services"]), cols=4)
    for j, hd in enumerate(["Service", "Code", "How much / how often", "How long"]):
        para_into(t.cell(0, j), hd, TH)
    for i, s in enumerate(C["services"], 1):
        para_into(t.cell(i, 0), s["name"] + (f" ({s['staff']})" if s.get("staff") else ""), TC)
        para_into(t.cell(i, 1), s.get("code") or "", TC)
        amt = ", ".join(x for x in [s.get("amount"), s.get("hours"), s.get("freq")] if x)
        para_into(t.cell(i, 2), amt, TC)
        para_into(t.cell(i, 3), s.get("duration") or "", TC)
    for lab, val in C.get("extra", []):
        p = para(doc, style=TB)
        runs(p, [(lab + ": ", {"b": True}), val])
    for hd, ps in C.get("boiler", []):
        para(doc, hd, style=HD)
        for x in ps:
            para(doc, x, style=TB)
    para(doc, opt.get("h_sig", "Signatures"), style=HD)
    for s in C["sigs"]:
        para(doc, sig_text(s, ds), style=TB)
    save_doc(doc, path)


def para_into(cell, text, style):
    cell.text = ""
    p = cell.paragraphs[0]
    p.style = style
    p.add_run(text)
    return p


# --------------------------------------------------------------------------------------------
# Layout 5: exported from Apple Pages (Body/Heading/Title styles of its own, ▪ bullets,
# goal tables with a column per field)
# --------------------------------------------------------------------------------------------
def render_pages(C, path, opt):
    ds = C["ds"]
    doc = new_doc(font="Helvetica Neue", size=11, author="", app_title="")
    BODY = add_custom_style(doc, "Body", base="Normal", font="Helvetica Neue")
    HEAD = add_custom_style(doc, "Heading Red", base="Normal", bold=True, size=13)
    TTL = add_custom_style(doc, "Title 2", base="Normal", bold=True, size=20)
    LAB = add_custom_style(doc, "Label", base="Normal", size=9)
    para(doc, C["title"], style=TTL)
    para(doc, C["agency"] + (" · " + " · ".join(C.get("agency_lines", [])) if C.get("agency_lines") else ""), style=LAB)
    for a, b in C["info"]:
        p = para(doc, style=BODY)
        runs(p, [(a.upper() + "  ", {"b": True, "size": 9}), b])
    for hd, txt in C.get("narrative", []):
        para(doc, hd, style=HEAD)
        para(doc, txt, style=BODY)
    para(doc, C.get("dx_heading", "Diagnoses"), style=HEAD)
    for d in C["dx"]:
        para(doc, f"▪ {d['code']}  {d['desc']}" + (f" — {d['note']}" if d.get("note") else ""), style=BODY)
    if C.get("assess"):
        para(doc, C.get("assess_heading", "Assessment"), style=HEAD)
        rows = [["Tool", "Date", "Result"]] + [list(a) for a in C["assess"]]
        table(doc, rows, style=None)
    para(doc, C.get("goals_heading", "Goals"), style=HEAD)
    cols = opt.get("goal_cols", ["Goal", "Objectives", "Baseline", "Target date"])
    rows = [cols]
    for pr in C["problems"]:
        for g in pr["goals"]:
            gtxt = (f"{g['label']}: " if g["label"] else "") + g["text"]
            if pr.get("title") and opt.get("problem_in_goal", True):
                gtxt = pr["title"] + " — " + gtxt
            objs = [f"▪ {o['label']} {o['text']}".replace("  ", " ") + (f" (by {fmt(o['date'], ds)})" if o.get("date") else "")
                    for o in g["objectives"]] or ["—"]
            base = g.get("baseline") or "; ".join(o["baseline"] for o in g["objectives"] if o.get("baseline"))
            row = [gtxt, objs, base or "", fmt(g["date"], ds) if g.get("date") else ""]
            if len(cols) > 4:
                row.append(g.get("mastery") or "")
            rows.append(row)
    table(doc, rows, style=None, size=10)
    para(doc, C.get("svc_heading", "Services"), style=HEAD)
    for s in C["services"]:
        para(doc, "▪ " + svc_text(s), style=BODY)
    for lab, val in C.get("extra", []):
        p = para(doc, style=BODY)
        runs(p, [(lab.upper() + "  ", {"b": True, "size": 9}), val])
    for hd, ps in C.get("boiler", []):
        para(doc, hd, style=HEAD)
        for x in ps:
            para(doc, x, style=LAB)
    para(doc, opt.get("h_sig", "Signatures"), style=HEAD)
    for s in C["sigs"]:
        if s["method"] == "blank":
            para(doc, "", style=BODY)
            para(doc, "_________________________________    ____________", style=BODY)
            para(doc, f"{s['label']}                                  Date", style=LAB)
            continue
        who = (s["name"] or "") + (f", {s['cred']}" if s.get("cred") else "")
        para(doc, ("/s/ " if s["method"] == "/s/" else "") + who + (f"    {fmt(s['date'], ds)}" if s.get("date") else ""), style=BODY)
        para(doc, f"{s['label']}                                  Date", style=LAB)
    save_doc(doc, path)


# --------------------------------------------------------------------------------------------
# Layout 6: assembled by copy-paste (EHR screen pasted in, a payer email quoted, a scanned and
# OCRed signature page)
# --------------------------------------------------------------------------------------------
DATE_OR_CODE = re.compile(r"\d")


def ocr(text, rng, rate=0.25):
    """OCR slips on words only (never on tokens holding digits: dates, codes, NPIs)."""
    out = []
    for w in text.split(" "):
        if DATE_OR_CODE.search(w) or len(w) < 4 or rng.random() > rate:
            out.append(w)
            continue
        choice = rng.randrange(4)
        if choice == 0 and "l" in w[1:]:
            i = w.index("l", 1)
            w = w[:i] + "1" + w[i + 1:]
        elif choice == 1 and w[0] in "Oo":
            w = "0" + w[1:]
        elif choice == 2 and len(w) >= 6 and w.isalpha():
            i = rng.randrange(2, len(w) - 2)
            w = w[:i] + " " + w[i:]
        elif choice == 3 and "m" in w:
            w = w.replace("m", "rn", 1)
        out.append(w)
    return " ".join(out)


def ehr_block(doc, lines, font="Courier New", size=9):
    for ln in lines:
        p = para(doc, ln, font=font, size=size, space_after=0)
    return p


def render_paste(C, path, opt):
    ds = C["ds"]
    rng = random.Random(C["id"] + "ocr")
    doc = new_doc(font="Calibri", size=11)
    para(doc, C["agency"], bold=True, size=14)
    for ln in C.get("agency_lines", []):
        para(doc, ln, size=9)
    para(doc, C["title"], bold=True, size=13)
    # 1. EHR screen pasted as text
    ehr = opt.get("ehr_name", "EHR")
    para(doc, f"[Copied from {ehr} – patient banner]", italic=True, size=8, color="808080")
    width = max(len(a) for a, _ in C["info"]) + 2
    lines = [f"{(a + ' ').ljust(width, '.')}: {b}" for a, b in C["info"][:opt.get("ehr_info", len(C['info']))]]
    ehr_block(doc, lines)
    for a, b in C["info"][opt.get("ehr_info", len(C["info"])):]:
        label_value(doc, a, b)
    para(doc, "")
    para(doc, f"[{ehr} – Problem List / Diagnoses]", italic=True, size=8, color="808080")
    dl = ["| # | ICD-10 | Description | Status |"]
    for i, d in enumerate(C["dx"], 1):
        dl.append(f"| {i} | {d['code']} | {d['desc']} | {d.get('note') or 'Active'} |")
    ehr_block(doc, dl)
    for hd, txt in C.get("narrative", []):
        para(doc, hd, bold=True)
        para(doc, txt)
    if C.get("assess"):
        para(doc, C.get("assess_heading", "Assessments"), bold=True)
        for a in C["assess"]:
            para(doc, f"{a[0]} – {a[1]} – {a[2]}")
    para(doc, C.get("goals_heading", "Goals / Objectives"), bold=True, size=12)
    for pr in C["problems"]:
        para(doc, f"{pr['label']}: {pr['title']}" if pr.get("label") else pr["title"], bold=True)
        for g in pr["goals"]:
            for kind, ln in goal_lines(g, ds):
                p = para(doc, ln)
                if kind != "goal":
                    p.paragraph_format.left_indent = Inches(0.4)
    para(doc, C.get("svc_heading", "Services"), bold=True, size=12)
    for s in C["services"]:
        para(doc, svc_text(s))
    for lab, val in C.get("extra", []):
        label_value(doc, lab, val)
    if opt.get("email"):
        para(doc, "")
        para(doc, opt.get("email_caption", "Payer correspondence (pasted):"), bold=True)
        for ln in opt["email"]:
            para(doc, ln, font="Consolas", size=9, space_after=0)
    for hd, ps in C.get("boiler", []):
        para(doc, hd, bold=True)
        for x in ps:
            para(doc, x, size=9)
    # 3. scanned signature page, OCR text
    page_break(doc)
    para(doc, ocr(opt.get("scan_title", "SIGNATURE PAGE"), rng, 0.0), bold=True)
    para(doc, "[scanned page, text recognized by OCR]", italic=True, size=8, color="808080")
    para(doc, ocr(f"{C['client_label']}: {C['name']}", rng, opt.get("ocr_rate", 0.25)))
    for s in C["sigs"]:
        para(doc, ocr(sig_text(s, ds), rng, min(1.0, 2 * opt.get("ocr_rate", 0.25))))
        para(doc, "")
    save_doc(doc, path)


# --------------------------------------------------------------------------------------------
# Builders: a complete, clean plan per discipline (gaps are applied afterwards, per plan)
# --------------------------------------------------------------------------------------------
def psych(pid, *, name, dob, mid, intake, plan_date, clin, theme="depression", ds="us", pa=False,
          psychiatrist=None, months=6, agency="Riverbend Counseling Associates", client_label="Client",
          member_label="Medicare ID", session="53 minutes", code="90837", freq="once a week"):
    end = add_months(plan_date, months)
    t1, t2 = plan_date + dt.timedelta(days=60), plan_date + dt.timedelta(days=120)
    if theme == "depression":
        problems = [dict(label="Problem 1", title="Depressed mood, withdrawal and loss of routine", goals=[
            G("Goal 1", f"{name.split()[0]} will return to a regular daily routine with a stable mood.", objectives=[
                O("Objective 1a", "Reduce PHQ-9 score from 19 to 9 or below, measured monthly in session.", t2),
                O("Objective 1b", "Complete at least 3 planned pleasant or valued activities per week, as recorded in an activity log.", t1)])]),
            dict(label="Problem 2", title="Poor sleep", goals=[
                G("Goal 2", "Improve sleep and daytime energy.", objectives=[
                    O("Objective 2a", "Sleep at least 6 hours on 5 of 7 nights, per sleep diary.", t1)])])]
        dx = [dict(code="F33.1", desc="Major depressive disorder, recurrent, moderate", note="primary")]
        presenting = ("Referred by PCP after PHQ-9 of 19. Reports low mood, withdrawal from church and family, "
                      "poor sleep (4 hours per night) and loss of interest since spouse's illness.")
        mods = "Cognitive behavioral therapy, behavioral activation, sleep hygiene education"
    elif theme == "anxiety":
        problems = [dict(label="Problem 1", title="Worry and panic attacks limiting driving and shopping", goals=[
            G("Goal 1", "Reduce anxiety so that client can drive and shop alone.", objectives=[
                O("Objective 1a", "Reduce GAD-7 score from 16 to 8 or below.", t2),
                O("Objective 1b", "Use paced breathing or grounding in at least 4 of 5 anxious episodes per week, as logged.", t1),
                O("Objective 1c", "Drive alone to the grocery store at least 2 times per week with a distress rating of 4/10 or lower.", t2)])])]
        dx = [dict(code="F41.1", desc="Generalized anxiety disorder", note="primary"),
              dict(code="F41.0", desc="Panic disorder [episodic paroxysmal anxiety]", note="secondary")]
        presenting = ("Daily worry and 3-4 panic attacks per week for 8 months; has stopped driving on highways "
                      "and avoids stores. GAD-7 16 at intake.")
        mods = "Cognitive behavioral therapy with graded exposure, relaxation training"
    else:  # ptsd
        problems = [dict(label="Problem 1", title="Trauma symptoms after motor vehicle crash", goals=[
            G("Goal 1", "Reduce trauma-related symptoms and avoidance.", objectives=[
                O("Objective 1a", "Reduce PCL-5 score from 52 to 33 or below.", t2),
                O("Objective 1b", "Decrease nightmares from 5 per week to 2 or fewer per week, per sleep log.", t1),
                O("Objective 1c", "Ride as a passenger on the interstate for 30 minutes at least once a week with distress of 5/10 or lower.", t2)])])]
        dx = [dict(code="F43.12", desc="Post-traumatic stress disorder, chronic", note="primary")]
        presenting = ("Intrusive memories, nightmares and avoidance of driving since a crash 14 months ago. "
                      "PCL-5 52 at intake.")
        mods = "Cognitive processing therapy (CPT), trauma-focused CBT"
    info = [(client_label, name), ("Date of Birth", fmt(dob, ds)), (member_label, mid),
            ("Intake Date", fmt(intake, ds)), ("Plan Date", fmt(plan_date, ds)),
            ("Clinician", f"{clin[0]}, {clin[1]}")]
    services = [S("Individual psychotherapy", code, session, freq, None, f"{clin[0]}, {clin[1]}")]
    extra = [("Treatment modalities", mods),
             ("Expected duration", f"{months} months (through {fmt(end, ds)})"),
             ("Next plan review", fmt(plan_date + dt.timedelta(days=90), ds))]
    sigs = [SIG("Client signature", name, None, plan_date, "typed", role="client"),
            SIG("Clinician signature", clin[0], clin[1], plan_date, "esig", npi=clin[2], role="clinician")]
    if pa or psychiatrist:
        ps = psychiatrist
        sigs.append(SIG("Psychiatrist approval", ps[0], ps[1], plan_date + dt.timedelta(days=ps[3]), "esig",
                        npi=ps[2], role="physician"))
    C = dict(id=pid, ds=ds, agency=agency, agency_lines=["Outpatient Mental Health Clinic"],
             title="Individualized Treatment Plan", client_label=client_label, name=name,
             member_label=member_label, member_id=mid, info=info, narrative=[("Presenting problem", presenting)],
             dx=dx, problems=problems, services=services, extra=extra,
             boiler=[("Crisis resources", [CRISIS]), ("Client rights and consent", [CONSENT])], sigs=sigs,
             dates=dict(intake=intake, plan=plan_date, end=end))
    return C


def sud(pid, *, name, dob, mid, admit, plan_date, counselor, substance="opioids", dx=None, ds="us",
        loc=None, agency="Harbor Light Recovery Center", client_label="Client", member_label="Medicaid ID",
        months=None, los=None, program=None, mat=False):
    t1, t2 = plan_date + dt.timedelta(days=30), plan_date + dt.timedelta(days=60)
    sub = substance
    goals1 = [G("Goal 1", f"Stop using {sub} and begin recovery.", objectives=[
        O("Objective 1.1", "Provide negative urine drug screens on 100% of random tests for 4 consecutive weeks.", t1),
        O("Objective 1.2", "Identify 3 personal triggers and write a coping response for each in a relapse prevention plan.", t1)])]
    goals2 = [G("Goal 2", "Build a sober support network.", objectives=[
        O("Objective 2.1", "Attend at least 3 mutual-support meetings (AA, NA or SMART Recovery) per week and get a sponsor's phone number.", t2)])]
    problems = [dict(label="Problem 1", title=f"{sub.capitalize()} use", goals=goals1),
                dict(label="Problem 2", title="Limited recovery support", goals=goals2)]
    if mat:
        problems[0]["goals"].append(G("Goal 3", "Stabilize on medication for opioid use disorder.", objectives=[
            O("Objective 3.1", "Take the daily methadone dose as prescribed with no more than 1 missed dose per month.", t2)]))
    info = [(client_label, name), ("DOB", fmt(dob, ds)), (member_label, mid),
            ("Admission Date", fmt(admit, ds)), ("Plan Date", fmt(plan_date, ds))]
    if loc:
        info.append(("Level of Care", loc))
    if program:
        info.append(("Program", program))
    services = [S("Individual counseling", "H0004", "50 minutes", "1x per week", staff="Primary counselor"),
                S("Group counseling", "H0005", "90 minutes", "5x per week", staff="Counseling staff"),
                S("Case management", "H0006", "30 minutes", "2x per month", staff="Case manager")]
    if mat:
        services.append(S("Methadone dosing and medical monitoring", "H0020", "1 dose", "daily", staff="Medical staff"))
    extra = []
    if months:
        extra.append(("Projected length of stay", months))
    sigs = [SIG("Client signature", name, None, plan_date, "typed", role="client"),
            SIG("Primary counselor", counselor[0], counselor[1], plan_date, "esig", npi=counselor[2], role="clinician")]
    C = dict(id=pid, ds=ds, agency=agency, agency_lines=["Licensed substance use disorder treatment"],
             title="Master Treatment Plan", client_label=client_label, name=name, member_label=member_label,
             member_id=mid, info=info,
             narrative=[("Presenting problem", f"Admitted for {sub} use disorder after an overdose-related ED visit; "
                                               "reports daily use for 2 years, 1 prior treatment episode.")],
             dx=dx or [dict(code="F11.20", desc="Opioid dependence, uncomplicated", note="primary")],
             problems=problems, services=services, extra=extra,
             boiler=[("Confidentiality notice", [PART2]), ("Crisis resources", [CRISIS])], sigs=sigs,
             dates=dict(admit=admit, plan=plan_date))
    return C


def aba(pid, *, child, dob, mid, plan_date, start, bcba, parent, evaluator, eval_date, assess_date, ds="us",
        agency="Bright Steps Behavior Services", hours=20, client_label="Client"):
    end = add_months(start, 6) - dt.timedelta(days=1)
    td = add_months(start, 6) - dt.timedelta(days=7)
    first = child.split()[0]
    problems = [
        dict(label="Domain 1", title="Communication", goals=[
            G("Goal 1", f"{first} will independently mand (request) for 15 different preferred items or activities across home and clinic.",
              td, baseline="4 different independent mands per 2-hour session", mastery="80% of opportunities across 3 consecutive sessions")]),
        dict(label="Domain 2", title="Behavior reduction", goals=[
            G("Goal 2", "Reduce elopement from an average of 6 episodes per day to 1 or fewer per day.",
              td, baseline="6 episodes per day (5-day average)", mastery="1 or fewer per day for 10 consecutive days")]),
        dict(label="Domain 3", title="Social and play", goals=[
            G("Goal 3", f"{first} will take turns with a peer in a structured game for 5 consecutive exchanges.",
              td, baseline="0-1 exchanges", mastery="4 of 5 opportunities over 3 consecutive sessions")]),
        dict(label="Domain 4", title="Caregiver training", goals=[
            G("Goal 4", "Parent will implement the first-then board and token economy during home routines with at least 90% fidelity.",
              td, baseline="45% fidelity on the procedural checklist", mastery="90% fidelity across 3 consecutive observed sessions",
              domain="Caregiver training")]),
    ]
    info = [(client_label, child), ("DOB", fmt(dob, ds)), ("Member ID", mid), ("Parent/Guardian", parent),
            ("Plan Date", fmt(plan_date, ds)),
            ("Authorization period", f"{fmt(start, ds)} - {fmt(end, ds)}")]
    dx = [dict(code="F84.0", desc="Autistic disorder (autism spectrum disorder)",
               note=f"primary; diagnosed {fmt(eval_date, ds)} by {evaluator}")]
    assess = [("VB-MAPP", fmt(assess_date, ds), "Milestones 58/170; Barriers 41"),
              ("Vineland-3", fmt(assess_date - dt.timedelta(days=3), ds), "Adaptive Behavior Composite 64")]
    services = [S("Adaptive behavior treatment by protocol (RBT)", "97153", None, None, hours=f"{hours} hours per week"),
                S("Protocol modification by BCBA", "97155", None, None, hours="4 hours per week"),
                S("Family adaptive behavior treatment guidance", "97156", None, None, hours="2 hours per week")]
    extra = [("Next progress review", fmt(start + dt.timedelta(days=90), ds)),
             ("Re-authorization review due", fmt(end - dt.timedelta(days=14), ds))]
    sigs = [SIG("BCBA", bcba[0], bcba[1], plan_date, "esig", npi=bcba[2], role="clinician"),
            SIG("Parent/Guardian", parent, None, plan_date + dt.timedelta(days=2), "typed", role="guardian")]
    C = dict(id=pid, ds=ds, agency=agency, agency_lines=["Applied Behavior Analysis"],
             title="ABA Treatment Plan", client_label=client_label, name=child, member_label="Member ID",
             member_id=mid, info=info, dx=dx, assess=assess, assess_heading="Standardized assessments",
             narrative=[("Reason for referral", f"{first} has limited functional communication and elopes from "
                                                 "adults at home and in the community several times a day.")],
             problems=problems, services=services, extra=extra,
             boiler=[("Crisis and safety", ["In an elopement emergency call 911 first, then the clinical supervisor."])],
             sigs=sigs, dates=dict(plan=plan_date, start=start, end=end, assess=assess_date, eval=eval_date))
    return C


def therapy(pid, *, disc, name, dob, mid, eval_date, therapist, physician, cert_days=30, ds="us",
            weeks=8, freq="2x/week", agency="Lakeside Physical Therapy & Rehab", client_label="Patient",
            member_label="MBI", cert_end_days=None):
    """Medicare Part B PT/OT/SLP plan of care; eval_date = first treatment day = plan date."""
    cert_end = eval_date + dt.timedelta(days=cert_end_days or (weeks * 7 + 1))
    t4, t8 = eval_date + dt.timedelta(days=28), eval_date + dt.timedelta(days=weeks * 7)
    if disc == "pt":
        dx = [dict(code="M17.11", desc="Unilateral primary osteoarthritis, right knee", note="primary"),
              dict(code="R26.89", desc="Other abnormalities of gait and mobility", note="treating")]
        goals = [dict(label="Short-term goals", title="(4 weeks)", goals=[
            G("STG 1", "Increase right knee flexion AROM from 85 to 105 degrees.", t4),
            G("STG 2", "Ambulate 150 feet with a single-point cane and standby assist.", t4)]),
            dict(label="Long-term goals", title=f"({weeks} weeks)", goals=[
                G("LTG 1", "Ambulate 500 feet on level and uneven surfaces with a single-point cane, modified independent.", t8),
                G("LTG 2", "Climb 12 steps with one rail, reciprocal pattern, independently.", t8),
                G("LTG 3", "Improve LEFS score from 28/80 to 50/80 or higher.", t8)])]
        services = [S("Therapeutic exercise", "97110", "2-3 units", freq, f"{weeks} weeks"),
                    S("Gait training", "97116", "1-2 units", freq, f"{weeks} weeks"),
                    S("Manual therapy", "97140", "1 unit", freq, f"{weeks} weeks"),
                    S("Neuromuscular re-education", "97112", "1 unit", freq, f"{weeks} weeks")]
        assessment = ("Evaluation findings: R knee AROM 5-85 degrees, quad strength 3+/5, ambulates 75 feet with "
                      "SPC and CGA, antalgic gait, LEFS 28/80. Good rehab potential.")
        title = "Physical Therapy Plan of Care"
    elif disc == "ot":
        dx = [dict(code="I69.351", desc="Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side", note="primary"),
              dict(code="M62.81", desc="Muscle weakness (generalized)", note="treating")]
        goals = [dict(label="Goals", title="Self-care and upper extremity function", goals=[
            G("STG 1", "Patient will complete upper-body dressing with set-up only.", t4),
            G("STG 2", "Patient will complete toilet transfers with contact guard assist.", t4),
            G("LTG 1", "Patient will complete lower-body dressing with modified independence using adaptive equipment.", t8),
            G("LTG 2", "Increase right grip strength from 12 lb to 25 lb.", t8),
            G("LTG 3", "Patient will prepare a simple cold meal standing at the counter with supervision.", t8)])]
        services = [S("Self-care/home management training", "97535", "2 units", freq, f"{weeks} weeks"),
                    S("Therapeutic activities", "97530", "2 units", freq, f"{weeks} weeks"),
                    S("Neuromuscular re-education", "97112", "1 unit", freq, f"{weeks} weeks")]
        assessment = ("Right dominant hemiparesis after L MCA stroke 10 weeks ago. UB dressing min A, LB dressing "
                      "mod A, toilet transfers min A, grip R 12 lb / L 58 lb.")
        title = "Occupational Therapy Plan of Care"
    else:  # slp
        dx = [dict(code="I69.320", desc="Aphasia following cerebral infarction", note="primary"),
              dict(code="R13.12", desc="Dysphagia, oropharyngeal phase", note="treating")]
        goals = [dict(label="Goals", title="Swallowing and communication", goals=[
            G("STG 1", "Patient will name 8 of 10 common objects given a phonemic cue.", t4),
            G("STG 2", "Patient will use a chin tuck on 90% of thin-liquid cup sips with no overt signs of aspiration.", t4),
            G("LTG 1", "Patient will advance from FOIS level 3 to FOIS level 6 (total oral diet with minimal restrictions).", t8),
            G("LTG 2", "Patient will express basic wants and needs in short phrases with 80% accuracy in conversation.", t8)])]
        services = [S("Treatment of swallowing dysfunction", "92526", "1 session", freq, f"{weeks} weeks"),
                    S("Treatment of speech, language, voice, communication", "92507", "1 session", freq, f"{weeks} weeks")]
        assessment = ("Moderate expressive aphasia (WAB-R AQ 58) and oropharyngeal dysphagia; on mechanical soft "
                      "diet with nectar-thick liquids (FOIS 3).")
        title = "Speech-Language Pathology Plan of Care"
    info = [(client_label, name), ("DOB", fmt(dob, ds)), (member_label, mid),
            ("Evaluation date / start of care", fmt(eval_date, ds)), ("Plan of care date", fmt(eval_date, ds)),
            ("Certification period", f"{fmt(eval_date, ds)} to {fmt(cert_end, ds)}"),
            ("Referring physician", f"{physician[0]}, {physician[1]} (NPI {physician[2]})")]
    extra = [("Frequency", freq), ("Duration", f"{weeks} weeks"),
             ("Rehab potential", "Good"),
             ("Recertification due", fmt(cert_end, ds))]
    sigs = [SIG("Therapist", therapist[0], therapist[1], eval_date, "esig", npi=therapist[2], role="clinician"),
            SIG("Physician certification", physician[0], physician[1], eval_date + dt.timedelta(days=cert_days),
                "esig", npi=physician[2], role="physician",
                note="I certify the need for these services furnished under this plan of care while under my care.")]
    C = dict(id=pid, ds=ds, agency=agency, agency_lines=["Outpatient rehabilitation - Medicare Part B"],
             title=title, client_label=client_label, name=name, member_label=member_label, member_id=mid,
             info=info, narrative=[("Assessment", assessment)], dx=dx, problems=goals, services=services,
             extra=extra, boiler=[], sigs=sigs, goals_heading="Goals",
             dates=dict(eval=eval_date, cert_end=cert_end, t8=t8))
    return C


def home_health(pid, *, name, dob, mid, soc, md, ds="us", sign_days=6, agency="Mercy Home Health Services",
                client_label="Patient", member_label="Medicare No.", theme="chf"):
    cert_end = soc + dt.timedelta(days=59)
    wk2, wk6 = soc + dt.timedelta(days=14), soc + dt.timedelta(days=42)
    if theme == "chf":
        dx = [dict(code="I50.22", desc="Chronic systolic (congestive) heart failure", note="principal"),
              dict(code="E11.9", desc="Type 2 diabetes mellitus without complications", note="other")]
        goals = [dict(label="", title="Goals / rehabilitation potential", goals=[
            G("1.", "Patient will state 3 signs of heart failure exacerbation and when to call the agency.", wk2),
            G("2.", "Patient will record daily weights with no unreported gain of more than 3 lb in 2 days for the rest of the episode.", cert_end),
            G("3.", "Fasting blood sugar will stay between 80 and 150 mg/dL on 6 of 7 days per glucometer log.", wk6),
            G("4.", "Patient will walk 150 feet with a rolling walker and standby assist.", wk6)])]
        services = [S("Skilled nursing", "G0299", None, "1w1, 2w4, 1w3", staff="RN"),
                    S("Physical therapy", "G0151", None, "2w4, 1w2", staff="PT"),
                    S("Home health aide", "G0156", None, "2w6", staff="HHA")]
        orders = ("SN to assess cardiopulmonary status, weight and edema each visit; teach low-sodium diet, "
                  "medication regimen and CHF self-management. PT for gait training and home exercise program.")
    else:  # wound
        dx = [dict(code="L89.153", desc="Pressure ulcer of sacral region, stage 3", note="principal"),
              dict(code="G20.A1", desc="Parkinson's disease without dyskinesia, without mention of fluctuations", note="other")]
        goals = [dict(label="", title="Goals", goals=[
            G("1.", "Sacral wound will decrease from 3.0 x 2.5 cm to 1.5 x 1.0 cm or smaller with no signs of infection.", cert_end),
            G("2.", "Caregiver will return-demonstrate correct wound care and dressing change independently.", wk2),
            G("3.", "Patient will reposition in bed every 2 hours with caregiver assist, with no new skin breakdown.", cert_end)])]
        services = [S("Skilled nursing", "G0299", None, "3w4, 2w4", staff="RN"),
                    S("Occupational therapy", "G0152", None, "1w4", staff="OT"),
                    S("Home health aide", "G0156", None, "3w8", staff="HHA")]
        orders = ("SN for wound assessment and care: cleanse sacral wound with normal saline, apply calcium alginate, "
                  "cover with foam border dressing; change at each SN visit (3x/week), caregiver to reinforce between visits if soiled. Measure weekly.")
    info = [(client_label, name), ("DOB", fmt(dob, ds)), (member_label, mid),
            ("Start of care", fmt(soc, ds)), ("Certification period", f"{fmt(soc, ds)} - {fmt(cert_end, ds)}"),
            ("Plan of care date", fmt(soc, ds)),
            ("Attending physician", f"{md[0]}, {md[1]}  NPI {md[2]}")]
    extra = [("Orders for discipline and treatments", orders),
             ("Rehabilitation potential / discharge plan", "Good; discharge to self-care with caregiver when goals met."),
             ("Recertification", f"Review and recertify by {fmt(cert_end, ds)}")]
    sigs = [SIG("Nurse (RN) completing plan", "Alicia Brandt", "RN", soc, "typed", role="other"),
            SIG("Attending physician signature", md[0], md[1], soc + dt.timedelta(days=sign_days), "esig",
                npi=md[2], role="physician")]
    C = dict(id=pid, ds=ds, agency=agency, agency_lines=["Medicare-certified home health agency"],
             title="Home Health Certification and Plan of Care", client_label=client_label, name=name,
             member_label=member_label, member_id=mid, info=info, dx=dx, problems=goals, services=services,
             extra=extra, boiler=[("Safety / emergency plan", [HH_RIGHTS])], sigs=sigs,
             goals_heading="Goals", svc_heading="Frequency and duration of visits",
             dates=dict(soc=soc, cert_end=cert_end))
    return C


# --------------------------------------------------------------------------------------------
# Non-DOCX writers
# --------------------------------------------------------------------------------------------
def write_json(obj, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")


def fhir_bundle(pid, *, patient, mbi, practitioners, conditions, goals, services, careplan, provenance, notes):
    """patient=(family, given, birthDate); practitioners=[(id, family, given, cred, npi)];
    conditions=[(id, system, code, display, primary)]; goals=[(id, text, measure, target_text, due)];
    services=[(id, code, display, per_session_min, freq, period, unit, start, end)];
    careplan=dict(created, start, end, author, title); provenance=[(who_id, when, sigtype, role)]"""
    entries = []
    pat = {"resourceType": "Patient", "id": "pt1",
           "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}]},
                           "system": "http://hl7.org/fhir/sid/us-mbi", "value": mbi}],
           "name": [{"family": patient[0], "given": [patient[1]], "text": f"{patient[1]} {patient[0]}"}],
           "birthDate": patient[2]}
    entries.append(pat)
    for (prid, fam, giv, cred, npi) in practitioners:
        entries.append({"resourceType": "Practitioner", "id": prid,
                        "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
                        "name": [{"family": fam, "given": [giv], "suffix": [cred], "text": f"{giv} {fam}, {cred}"}],
                        "qualification": [{"code": {"text": cred}}]})
    for (cid, system, code, display, primary) in conditions:
        c = {"resourceType": "Condition", "id": cid,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "encounter-diagnosis"}]}],
             "code": {"coding": [{"system": system, "code": code, "display": display}], "text": display},
             "subject": {"reference": "Patient/pt1"}}
        if primary:
            c["note"] = [{"text": "Primary diagnosis"}]
        entries.append(c)
    for (gid, text, measure, target_text, due) in goals:
        entries.append({"resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
                        "description": {"text": text}, "subject": {"reference": "Patient/pt1"},
                        "target": [{"measure": {"text": measure}, "detailString": target_text, "dueDate": due}]})
    for (sid, code, display, mins, freq, period, unit, start, end) in services:
        entries.append({"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "plan",
                        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": code, "display": display}],
                                 "text": display},
                        "subject": {"reference": "Patient/pt1"},
                        "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": start, "end": end},
                                                        "frequency": freq, "period": period, "periodUnit": unit,
                                                        "duration": mins, "durationUnit": "min"}},
                        "requester": {"reference": f"Practitioner/{practitioners[0][0]}"}})
    cp = {"resourceType": "CarePlan", "id": "cp1", "status": "active", "intent": "plan",
          "title": careplan["title"], "created": careplan["created"],
          "period": {"start": careplan["start"], "end": careplan["end"]},
          "subject": {"reference": "Patient/pt1"}, "author": {"reference": f"Practitioner/{careplan['author']}"},
          "addresses": [{"reference": f"Condition/{c[0]}"} for c in conditions],
          "goal": [{"reference": f"Goal/{g[0]}"} for g in goals],
          "activity": [{"reference": {"reference": f"ServiceRequest/{s[0]}"}} for s in services],
          "note": [{"text": n} for n in notes]}
    entries.append(cp)
    for i, (who, when, sigtype, role) in enumerate(provenance, 1):
        entries.append({"resourceType": "Provenance", "id": f"prov{i}", "target": [{"reference": "CarePlan/cp1"}],
                        "recorded": when + "T12:00:00Z",
                        "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                                         "code": role}]},
                                   "who": {"reference": f"Practitioner/{who}"}}],
                        "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": sigtype}],
                                       "when": when + "T12:00:00Z", "who": {"reference": f"Practitioner/{who}"}}]})
    return {"resourceType": "Bundle", "id": pid, "type": "collection",
            "timestamp": careplan["created"] + "T12:00:00Z",
            "entry": [{"fullUrl": f"urn:uuid:{pid}-{e['resourceType'].lower()}-{e['id']}", "resource": e} for e in entries]}


def ccda(pid, *, title, patient, mid, mid_root, author, legal, authenticators, period, problems, goals_rows,
         interventions_rows, extra_sections):
    """A C-CDA R2.1 Care Plan document. patient=(given, family, birth yyyymmdd, gender);
    author/legal=(given, family, cred, npi, date yyyymmdd); problems=[(code, system_oid, system_name, display)];
    goals_rows=[(text, due yyyymmdd, due_display)]; interventions_rows=[(service, code, amount, freq, duration)]"""
    def name(given, family, cred=None):
        s = f"<name><given>{esc(given)}</given><family>{esc(family)}</family>"
        if cred:
            s += f"<suffix>{esc(cred)}</suffix>"
        return s + "</name>"

    def person(tag, p, sig=True, extra=""):
        given, family, cred, npi, date = p
        return (f"<{tag}{extra}><time value=\"{date}\"/>" + ("<signatureCode code=\"S\"/>" if sig else "") +
                f"<assignedEntity><id root=\"2.16.840.1.113883.4.6\" extension=\"{npi}\"/>"
                f"<code displayName=\"{esc(cred)}\"/>"
                f"<assignedPerson>{name(given, family, cred)}</assignedPerson></assignedEntity></{tag}>")

    prob_rows = "".join(f"<tr><td>{esc(d)}</td><td>{esc(c)} ({esc(sn)})</td></tr>" for c, _, sn, d in problems)
    prob_entries = "".join(
        f"<entry><act classCode=\"ACT\" moodCode=\"EVN\"><templateId root=\"2.16.840.1.113883.10.20.22.4.3\"/>"
        f"<code code=\"CONC\" codeSystem=\"2.16.840.1.113883.5.6\"/><statusCode code=\"active\"/>"
        f"<entryRelationship typeCode=\"SUBJ\"><observation classCode=\"OBS\" moodCode=\"EVN\">"
        f"<templateId root=\"2.16.840.1.113883.10.20.22.4.4\"/><code code=\"282291009\" codeSystem=\"2.16.840.1.113883.6.96\" displayName=\"Diagnosis\"/>"
        f"<statusCode code=\"completed\"/><value xsi:type=\"CD\" code=\"{esc(c)}\" codeSystem=\"{oid}\" codeSystemName=\"{esc(sn)}\" displayName=\"{esc(d)}\"/>"
        f"</observation></entryRelationship></act></entry>" for c, oid, sn, d in problems)
    goal_rows_x = "".join(f"<tr><td>{esc(t)}</td><td>{esc(dd)}</td></tr>" for t, _, dd in goals_rows)
    goal_entries = "".join(
        f"<entry><observation classCode=\"OBS\" moodCode=\"GOL\"><templateId root=\"2.16.840.1.113883.10.20.22.4.121\"/>"
        f"<code nullFlavor=\"OTH\"><originalText>{esc(t)}</originalText></code><statusCode code=\"active\"/>"
        f"<effectiveTime><high value=\"{due}\"/></effectiveTime></observation></entry>" for t, due, _ in goals_rows)
    int_rows = "".join(f"<tr><td>{esc(s)}</td><td>{esc(c)}</td><td>{esc(a)}</td><td>{esc(f)}</td><td>{esc(du)}</td></tr>"
                       for s, c, a, f, du in interventions_rows)
    int_entries = "".join(
        f"<entry><procedure classCode=\"PROC\" moodCode=\"INT\"><templateId root=\"2.16.840.1.113883.10.20.22.4.41\"/>"
        f"<code code=\"{esc(c)}\" codeSystem=\"2.16.840.1.113883.6.12\" codeSystemName=\"CPT-4\" displayName=\"{esc(s)}\"/>"
        f"<text>{esc(s)}: {esc(a)}, {esc(f)}, {esc(du)}</text><statusCode code=\"active\"/></procedure></entry>"
        for s, c, a, f, du in interventions_rows)
    extra_x = "".join(f"<component><section><title>{esc(h)}</title><text>{''.join(f'<paragraph>{esc(x)}</paragraph>' for x in ps)}</text></section></component>"
                      for h, ps in extra_sections)
    given, family, birth, gender = patient
    auth = author
    x = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
<realmCode code="US"/>
<typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
<templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
<templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
<id root="2.16.840.1.113883.19.5.99999.1" extension="{pid}"/>
<code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care note"/>
<title>{esc(title)}</title>
<effectiveTime value="{period[0]}"/>
<confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
<languageCode code="en-US"/>
<recordTarget><patientRole><id root="{mid_root}" extension="{esc(mid)}"/>
<patient>{name(given, family)}<administrativeGenderCode code="{gender}" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="{birth}"/></patient>
</patientRole></recordTarget>
<author><time value="{auth[4]}"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="{auth[3]}"/><code displayName="{esc(auth[2])}"/><assignedPerson>{name(auth[0], auth[1], auth[2])}</assignedPerson></assignedAuthor></author>
<custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5"/><name>{esc(title.split(' - ')[0])}</name></representedCustodianOrganization></assignedCustodian></custodian>
{person('legalAuthenticator', legal)}
{''.join(person('authenticator', a) for a in authenticators)}
<documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="{period[0]}"/><high value="{period[1]}"/></effectiveTime></serviceEvent></documentationOf>
<component><structuredBody>
<component><section><templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/><code code="75310-3" codeSystem="2.16.840.1.113883.6.1"/><title>Health Concerns</title>
<text><table><thead><tr><th>Diagnosis</th><th>Code</th></tr></thead><tbody>{prob_rows}</tbody></table></text>{prob_entries}</section></component>
<component><section><templateId root="2.16.840.1.113883.10.20.22.2.60"/><code code="61146-7" codeSystem="2.16.840.1.113883.6.1"/><title>Goals</title>
<text><table><thead><tr><th>Goal</th><th>Target date</th></tr></thead><tbody>{goal_rows_x}</tbody></table></text>{goal_entries}</section></component>
<component><section><templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/><code code="62387-6" codeSystem="2.16.840.1.113883.6.1"/><title>Interventions</title>
<text><table><thead><tr><th>Service</th><th>CPT/HCPCS</th><th>Amount</th><th>Frequency</th><th>Duration</th></tr></thead><tbody>{int_rows}</tbody></table></text>{int_entries}</section></component>
{extra_x}
</structuredBody></component>
</ClinicalDocument>
"""
    return x


# --------------------------------------------------------------------------------------------
# People (invented) and NPIs
# --------------------------------------------------------------------------------------------
def P(name, cred, nine):
    return (name, cred, luhn_npi(nine))


LCSW1 = P("Renata Okafor", "LCSW", "143856201")
LPC1 = P("Marcus Delgado", "LPC", "152047736")
PSYD1 = P("Hannah Liebermann", "PsyD", "161938452")
LCSW2 = P("Tomasz Wierzbicki", "LCSW", "178304519")
LMFT1 = P("Grace Adeyemi", "LMFT", "183920647")
MD_PSY1 = P("Dr. Samuel Achterberg", "MD", "190273845", ) + (3,)
DO_PSY1 = P("Dr. Priya Raman", "DO", "120938475") + (5,)
NP_PSY1 = P("Colleen Fairbanks", "NP", "139485720") + (2,)
CAP1 = P("Javier Montoya", "CAP", "148203957")
CASAC1 = P("Denise Kowalczyk", "CASAC", "157392048")
CADC1 = P("Luis Ferreira", "CADC-II", "166049382")
LCDC1 = P("Tamika Greene", "LCDC", "175038294")
MDA = P("Dr. Anton Berezin", "MD", "184920573")
MDB = P("Dr. Yolanda Ferris", "MD", "193847562")
BCBA1 = P("Kendra Oyelaran", "BCBA", "124857390")
BCBA2 = P("Morgan Tilley", "M.Ed., BCBA", "133948576")
BCBA3 = P("Ines Castellano", "BCBA-D", "142039485")
PT1 = P("Erik Solberg", "PT, DPT", "151928374")
OT1 = P("Naomi Whitcombe", "OTR/L", "160293847")
SLP1 = P("Beatrice Nwosu", "MS, CCC-SLP", "179384756")
PT2 = P("Daniel Fairweather", "PT", "188293746")
MDR1 = P("Dr. Lena Marchetti", "MD", "197384625")
DOR1 = P("Dr. Farid Haddad", "DO", "116273849")
NPR1 = P("Joanne Pruitt", "NP", "125364758")
DC1 = P("Dr. Brian Kessler", "DC", "134455667")
MDH1 = P("Dr. Oluwaseun Bakare", "MD", "143546576")
NPH1 = P("Sharon Lindqvist", "NP", "152637485")
RN1 = ("Alicia Brandt", "RN")


def set_info(C, label, value=None, remove=False, new_label=None):
    for i, (a, b) in enumerate(C["info"]):
        if a == label:
            if remove:
                del C["info"][i]
            else:
                C["info"][i] = (new_label or a, b if value is None else value)
            return C
    if not remove:
        C["info"].append((new_label or label, value))
    return C


def set_extra(C, label, value=None, remove=False):
    for i, (a, b) in enumerate(C["extra"]):
        if a == label:
            if remove:
                del C["extra"][i]
            else:
                C["extra"][i] = (a, value)
            return C
    if not remove:
        C["extra"].append((label, value))
    return C


def sig(C, label):
    for s in C["sigs"]:
        if s["label"] == label:
            return s
    raise KeyError(label)


# --------------------------------------------------------------------------------------------
# The plans
# --------------------------------------------------------------------------------------------
PLANS = []


def plan(pid, ext, render, profiles, as_of, gaps, notes, unsure=(), opt=None, C=None, data=None, checks=()):
    PLANS.append(dict(id=pid, ext=ext, render=render, profiles=profiles, as_of=as_of, gaps=gaps, notes=notes,
                      unsure=list(unsure), opt=opt or {}, C=C, data=data, checks=list(checks)))


MP, PA = ["medicare-psychotherapy"], ["medicare-psychotherapy", "pa-55-5200"]
MOT, HH, ABA = ["medicare-outpatient-therapy"], ["medicare-home-health"], ["commercial-aba"]


def base_with(state):
    return ["base-treatment-plan", state]


# ---- behavioural health (medicare-psychotherapy, some with pa-55-5200) -----------------------
C = psych("k01", name="Dolores Vantreese", dob=D(1954, 7, 19), mid="4TK8-QM2-HW61", intake=D(2025, 2, 3),
          plan_date=D(2025, 2, 24), clin=LCSW1, pa=True, psychiatrist=MD_PSY1, ds="us")
plan("k01", "docx", render_word, PA, D(2025, 4, 15), [],
     "Clean. Plan 21 days after intake (PA 30), psychiatrist approval 3 days later, 6-month duration. "
     "Layout: Word with heading styles, identification table, goal table with bold goal rows, services table "
     "with a tracked change in the frequency cell, signature table; client and ID in the page header.",
     opt=dict(header_ids=True, goal_table=["Goal / Objective", "Baseline", "Target date"], merged=True,
              tracked="every other week"), C=C,
     checks=[days(D(2025, 2, 3), D(2025, 2, 24)) <= PA_PLAN_DAYS])

C = psych("k02", name="Wendell Marsh", dob=D(1957, 11, 2), mid="7QE4-KD9-MP20", intake=D(2025, 4, 21),
          plan_date=D(2025, 5, 5), clin=LPC1, theme="anxiety", ds="short", client_label="Pt")
C["problems"][0]["goals"][0]["objectives"][1]["date"] = None
plan("k02", "docx", render_pdf, MP, D(2025, 6, 10), [["objective-not-time-bound"]],
     "Objective 1b (paced breathing in 4 of 5 anxious episodes per week) has no target date and its goal has "
     "none either; the other objectives are dated. Layout: PDF-to-Word conversion, agency and title in "
     "positioned frames, one paragraph per printed line with hyphenated words, page banner and 'Page N of M' "
     "repeated inline, tab-aligned services pseudo-table.",
     opt=dict(frames=True, every=30, hyph=0.45), C=C)

C = psych("k03", name="Keisha Brannigan", dob=D(1961, 3, 30), mid="2RM7-VX3-TN58", intake=D(2025, 8, 4),
          plan_date=D(2025, 8, 25), clin=PSYD1, theme="ptsd", pa=True, psychiatrist=DO_PSY1, ds="long",
          client_label="Individual served", member_label="Medicare Beneficiary Identifier")
s = sig(C, "Client signature")
s["method"] = "blank"
s["label"] = "Signature of individual served"
plan("k03", "docx", render_gdocs, PA, D(2025, 9, 30), [["signature-missing"]],
     "The individual's signature box is blank (PA requires the individual to sign and date). Clinician and "
     "psychiatrist (DO) signed. Layout: Google Docs export, no heading styles (bold runs), identification in a "
     "two-cell table with one paragraph per field, goal table whose cells hold several paragraphs, typed "
     "bullets, signature blocks in a two-column table.",
     opt=dict(bullets=("•", "–"), sig_table=True), C=C,
     checks=[days(D(2025, 8, 4), D(2025, 8, 25)) <= PA_PLAN_DAYS])

C = psych("k04", name="Arlen Kowalski", dob=D(1949, 5, 12), mid="9FH2-RW6-UC14", intake=D(2025, 2, 24),
          plan_date=D(2025, 3, 7), clin=LCSW2, ds="us", freq="per payer agreement below")
plan("k04", "docx", render_paste, MP, D(2025, 5, 1), [],
     "Clean. The services line gives code and session length and defers the frequency to the pasted payer "
     "email, which states once weekly (24 sessions through 09/07/2025). Layout: assembled document, EHR "
     "banner pasted as dotted monospace text, EHR problem list pasted as a pipe table, payer email quoted, "
     "signature page scanned and OCRed (OCR slips in words only).",
     unsure=[], opt=dict(ehr_name="CareTrack EHR", ehr_info=4, email=[
         "-----Original Message-----",
         "From: Utilization Management <um@example-healthplan.test>",
         "Sent: Monday, March 10, 2025 2:14 PM",
         "To: Intake <intake@riverbend.test>",
         "Subject: RE: Outpatient psychotherapy - A. Kowalski",
         "",
         "Thank you for the call today. As agreed, individual psychotherapy 90837 (53 minutes)",
         "once weekly is appropriate for this member, 24 sessions through 09/07/2025.",
         "Please keep the signed plan on file.",
         "UM Nurse Reviewer"], ocr_rate=0.2), C=C)

C = psych("k05", name="Lorraine Bickford", dob=D(1952, 9, 8), mid="3JW5-PL8-KD27", intake=D(2024, 2, 26),
          plan_date=D(2024, 3, 11), clin=LMFT1, ds="us", client_label="Consumer")
plan("k05", "docx", render_pdf, MP, D(2025, 4, 2), [["plan-outdated"]],
     "Plan dated 03/11/2024, no completed review recorded; on the as-of date 2025-04-02 it is 387 days old "
     "(limit 365). Layout: PDF conversion with the first identification lines in a floating text box, lines "
     "joined by hard line breaks, banner with client name and ID repeated on each page.",
     opt=dict(textbox=3, mode="br", banner_ids=True, every=34), C=C,
     checks=[days(D(2024, 3, 11), D(2025, 4, 2)) > MP_PLAN_AGE])

C = psych("k06", name="Benedikt Orsolya", dob=D(1959, 1, 23), mid="6NC3-TY4-EB90", intake=D(2025, 1, 6),
          plan_date=D(2025, 2, 20), clin=LPC1, theme="anxiety", pa=True, psychiatrist=NP_PSY1, ds="iso")
plan("k06", "docx", render_libre, PA, D(2025, 3, 20), [["plan-late"]],
     "Intake 2025-01-06, plan completed 2025-02-20: 45 days (PA allows 30). Psychiatric approval by an NP. "
     "Layout: LibreOffice export, its own style names (Text Body, Heading, Table Contents), label/tab/value "
     "lines, dash bullets, 4-column services table.",
     opt=dict(bullet="–"), C=C,
     checks=[days(D(2025, 1, 6), D(2025, 2, 20)) > PA_PLAN_DAYS])

C = psych("k07", name="Octavia Reyes-Lindahl", dob=D(1956, 12, 1), mid="8UP6-GH5-RA33", intake=D(2025, 9, 22),
          plan_date=D(2025, 10, 1), clin=PSYD1, theme="ptsd", ds="mon", session=None, code=None, freq="weekly")
C["services"][0]["name"] = "Individual trauma-focused psychotherapy"
plan("k07", "docx", render_pages, MP, D(2025, 11, 12), [["amount-missing"]],
     "The only service (individual trauma-focused psychotherapy, weekly) states no session length and no CPT "
     "code that would imply one. Layout: Apple Pages export (Body / Heading Red / Title 2 styles, small-caps "
     "labels, goal table with bulleted objectives in one cell, signature lines with captions under them).",
     C=C)

C = psych("k08", name="Gilbert Amankwah", dob=D(1950, 4, 14), mid="5VD9-XC2-LQ46", intake=D(2025, 5, 19),
          plan_date=D(2025, 6, 2), clin=LCSW1, ds="us")
set_info(C, "Clinician", "R. Okafor")
C["services"][0]["staff"] = "R. Okafor"
s = sig(C, "Clinician signature")
s.update(cred=None, method="/s/", npi=None, label="Therapist signature")
plan("k08", "docx", render_paste, MP, D(2025, 7, 20), [["credential-missing"]],
     "The therapist signs '/s/ Renata Okafor' with a date but no credential anywhere with the signature "
     "(nor elsewhere in the plan). Layout: assembled from EHR paste and typed text, signature page scanned "
     "and OCRed on its own page.",
     opt=dict(ehr_name="Netsmart-style EHR", ehr_info=3, ocr_rate=0.3), C=C)

C = psych("k09", name="Francesca Idowu", dob=D(1963, 6, 6), mid="1AB2-CD3-EF45", intake=D(2025, 10, 6),
          plan_date=D(2025, 10, 20), clin=LCSW2, theme="ptsd", ds="dmy")
C["dx"][0].update(code="F43.1", desc="Post-traumatic stress disorder (PTSD)")
set_info(C, "Date of Birth", remove=True)
plan("k09", "docx", render_gdocs, MP, D(2025, 12, 1), [["diagnosis-code-not-billable"], ["field-missing"]],
     "Two gaps: the diagnosis is coded F43.1, a category (F43.10/.11/.12 are billable), and the client's date "
     "of birth is not given anywhere. Layout: Google Docs export, goals written as typed-bullet paragraphs "
     "(no goal table), info table with several paragraphs per cell.",
     opt=dict(goal_cells=False, bullets=("▪", "o")), C=C)

C = psych("k10", name="Ruth Espinal", dob=D(1948, 2, 27), mid="2HX7-WB4-NM81", intake=D(2025, 3, 24),
          plan_date=D(2025, 4, 14), clin=LMFT1, pa=True, psychiatrist=MD_PSY1, months=12, ds="us",
          client_label="Member")
plan("k10", "docx", render_pdf, PA, D(2025, 6, 2), [["duration-exceeds-limit"]],
     "Expected duration 12 months (through 04/14/2026): the NGS article requires less than one year (strict). "
     "Everything else in order (plan 21 days after intake, psychiatrist approval). Layout: PDF conversion, "
     "identification as label row then value row (columns read row by row), hard-break mode, page breaks "
     "before each repeated banner.",
     opt=dict(info_split=True, mode="br", break_pages=True, every=36, font="Arial"), C=C)

# ---- substance use disorder (base-treatment-plan + a state) ----------------------------------
ALC = [dict(code="F10.20", desc="Alcohol dependence, uncomplicated", note="primary")]
METH = [dict(code="F15.20", desc="Other stimulant dependence, uncomplicated (methamphetamine)", note="primary")]
OPI = [dict(code="F11.20", desc="Opioid dependence, uncomplicated", note="primary")]


def qp(C, who, d, label="Qualified Professional review"):
    C["sigs"].append(SIG(label, who[0], who[1], d, "esig", npi=who[2], role="supervisor"))


def md(C, who, d, label="Physician review"):
    C["sigs"].append(SIG(label, who[0], who[1], d, "esig", npi=who[2], role="physician"))


C = sud("k11", name="Travis Pemberton", dob=D(1988, 10, 4), mid="FL0093318852", admit=D(2025, 5, 5),
        plan_date=D(2025, 5, 14), counselor=CAP1, substance="alcohol", dx=ALC, loc="Residential Level 2",
        agency="Gulf Coast Recovery Village", member_label="Medicaid #")
qp(C, P("Sandra Whitlock", "LMHC", "187263540"), D(2025, 5, 16))
plan("k11", "docx", render_pdf, base_with("fl-65d-30"), D(2025, 6, 20), [],
     "Clean. Residential level 2: plan 9 days after admission (limit 15); QP countersigned 2 days after the "
     "plan (limit 10). Layout: PDF conversion with frames for the letterhead, one paragraph per line, "
     "hyphenation, tab pseudo-table for services, banner repeated inline.",
     opt=dict(frames=True, every=32, hyph=0.3), C=C,
     checks=[days(D(2025, 5, 5), D(2025, 5, 14)) <= FL_DAYS["residential level 2"],
             days(D(2025, 5, 14), D(2025, 5, 16)) <= FL_QP_DAYS])

C = sud("k12", name="Crystal Odom", dob=D(1994, 1, 17), mid="FL0077216430", admit=D(2025, 7, 7),
        plan_date=D(2025, 7, 12), counselor=CAP1, substance="methamphetamine", dx=METH, loc="Intensive Inpatient",
        agency="Suncoast Detox and Stabilization", client_label="Consumer")
plan("k12", "docx", render_gdocs, base_with("fl-65d-30"), D(2025, 8, 1), [["plan-late"]],
     "Intensive inpatient: admitted 07/07/2025, plan dated 07/12/2025, 5 days (limit 3). Layout: Google Docs "
     "export, bold-run headings, goal table with several paragraphs per cell, '●'/'○' typed bullets.",
     C=C, checks=[days(D(2025, 7, 7), D(2025, 7, 12)) > FL_DAYS["intensive inpatient"]])

C = sud("k13", name="Damon Liquori", dob=D(1979, 8, 22), mid="FL0061187204", admit=D(2025, 3, 3),
        plan_date=D(2025, 3, 10), counselor=CAP1, substance="alcohol", dx=ALC, loc="Day or Night Treatment",
        agency="Palmetto Outpatient Recovery")
qp(C, P("Sandra Whitlock", "LMHC", "187263540"), D(2025, 3, 27))
s = sig(C, "Client signature")
s.update(date=None, method="/s/")
plan("k13", "docx", render_paste, base_with("fl-65d-30"), D(2025, 4, 15), [["signature-late"], ["signature-missing"]],
     "Two gaps: the qualified professional countersigned on 03/27/2025, 17 days after the 03/10/2025 plan "
     "(limit 10); the client's signature has no date. Day/night treatment plan itself in time (7 of 10 days). "
     "Layout: EHR banner pasted as dotted text, problem list as a pipe table, OCRed signature page.",
     opt=dict(ehr_name="Avatar", ehr_info=5, ocr_rate=0.2), C=C,
     checks=[days(D(2025, 3, 10), D(2025, 3, 27)) > FL_QP_DAYS,
             days(D(2025, 3, 3), D(2025, 3, 10)) <= FL_DAYS["day or night treatment"]])

C = sud("k14", name="Roxanne Albrecht", dob=D(1985, 12, 9), mid="AB12345C", admit=D(2025, 1, 13),
        plan_date=D(2025, 1, 17), counselor=CASAC1, substance="alcohol and opioids",
        dx=ALC + [dict(code="F11.20", desc="Opioid dependence, uncomplicated", note="secondary")],
        agency="Hudson Valley Inpatient Rehabilitation", member_label="Medicaid CIN",
        program="Inpatient Rehabilitation (OASAS Part 818)")
md(C, MDA, D(2025, 1, 20))
plan("k14", "docx", render_word, base_with("ny-oasas-818"), D(2025, 2, 20), [],
     "Clean. Plan 4 days after admission (limit 7), physician signed 7 days after admission (limit 10). "
     "Layout: Word with heading styles; identification values inside content controls; goal table.",
     opt=dict(sdt=True, goal_table=["Goal / Objective", "Baseline", "Target date"]), C=C,
     checks=[days(D(2025, 1, 13), D(2025, 1, 17)) <= NY_PLAN_DAYS, days(D(2025, 1, 13), D(2025, 1, 20)) <= NY_MD_DAYS])

C = sud("k15", name="Everett Quinlan", dob=D(1990, 5, 30), mid="CD67890E", admit=D(2025, 9, 8),
        plan_date=D(2025, 9, 12), counselor=CASAC1, dx=OPI, agency="Catskill Recovery Center",
        member_label="Medicaid CIN", program="Inpatient Rehabilitation")
md(C, MDB, D(2025, 9, 22), label="Physician review and signature")
plan("k15", "docx", render_pdf, base_with("ny-oasas-818"), D(2025, 10, 15), [["signature-late"]],
     "Physician reviewed and signed on 09/22/2025, 14 days after the 09/08/2025 admission (limit 10). Plan "
     "itself in time (4 days). Layout: PDF conversion with hard-break paragraphs and hyphenation, banner with "
     "ID on each page.",
     opt=dict(mode="br", banner_ids=True, every=30, hyph=0.4), C=C,
     checks=[days(D(2025, 9, 8), D(2025, 9, 22)) > NY_MD_DAYS, days(D(2025, 9, 8), D(2025, 9, 12)) <= NY_PLAN_DAYS])

C = sud("k16", name="Harriet Szabo", dob=D(1972, 3, 15), mid="GH24680K", admit=D(2025, 11, 3),
        plan_date=D(2025, 11, 7), counselor=CASAC1, substance="alcohol", dx=ALC,
        agency="Finger Lakes Addiction Treatment Center", member_label="Medicaid CIN", client_label="Patient")
md(C, MDA, D(2025, 11, 10), label="Medical Director")
plan("k16", "docx", render_libre, base_with("ny-oasas-818"), D(2025, 12, 5), [],
     "Clean. Plan 4 days after admission, medical director (MD) signed 7 days after admission. Layout: "
     "LibreOffice export, identification in a 2-column table with Table Heading/Table Contents styles.",
     opt=dict(info_table=True), C=C,
     checks=[days(D(2025, 11, 3), D(2025, 11, 10)) <= NY_MD_DAYS])

C = sud("k17", name="Marisol Quintanilla", dob=D(1983, 7, 7), mid="91234567A", admit=D(2025, 4, 1),
        plan_date=D(2025, 4, 22), counselor=CADC1, dx=OPI, mat=True, agency="Central Valley Opioid Treatment Program",
        member_label="Medi-Cal CIN", program="Narcotic Treatment Program - methadone maintenance")
C["sigs"].append(SIG("Supervising counselor", "Gabriela Nunez", "LAADC", D(2025, 4, 25), "typed", role="supervisor"))
md(C, MDB, D(2025, 4, 29), label="Medical Director")
set_extra(C, "Next treatment plan update", fmt(D(2025, 6, 30)))
plan("k17", "docx", render_pages, base_with("ca-title9-ntp"), D(2025, 5, 20), [],
     "Clean. Plan 21 days after admission (limit 28), supervising counselor and medical director signed 3 and "
     "7 days after the plan (limit 14), next update 06/30/2025 = 90 days after admission (limit 92). Layout: "
     "Apple Pages export, goal table, caption-under-signature blocks.",
     C=C, checks=[days(D(2025, 4, 1), D(2025, 4, 22)) <= CA_PLAN_DAYS,
                  days(D(2025, 4, 1), D(2025, 6, 30)) <= CA_REVIEW_DAYS,
                  days(D(2025, 4, 22), D(2025, 4, 29)) <= CA_COUNTERSIGN_DAYS])

C = sud("k18", name="Rodrigo Bautista", dob=D(1976, 11, 28), mid="98765432B", admit=D(2025, 2, 3),
        plan_date=D(2025, 2, 24), counselor=CADC1, dx=OPI, mat=True, agency="Bayview Narcotic Treatment Program",
        member_label="Medi-Cal CIN", ds="dash")
C["sigs"].append(SIG("Supervising counselor", "Gabriela Nunez", "LAADC", D(2025, 2, 27), "typed", role="supervisor"))
md(C, MDA, D(2025, 3, 3), label="Medical Director")
set_extra(C, "Next plan review", fmt(D(2025, 6, 30), "dash"))
plan("k18", "docx", render_pdf, base_with("ca-title9-ntp"), D(2025, 3, 31), [["review-interval-exceeded"]],
     "Next plan review set for 06-30-2025, 147 days after the 02-03-2025 admission (update at least every 3 "
     "months, checked as 92 days). Signatures and plan deadline in order. Layout: PDF conversion, label row "
     "then value row, tab pseudo-table.",
     opt=dict(info_split=True, every=34), C=C,
     checks=[days(D(2025, 2, 3), D(2025, 6, 30)) > CA_REVIEW_DAYS, days(D(2025, 2, 3), D(2025, 2, 24)) <= CA_PLAN_DAYS])

C = sud("k19", name="Yesenia Carrillo", dob=D(1991, 4, 2), mid="93456781C", admit=D(2025, 8, 4),
        plan_date=D(2025, 8, 25), counselor=CADC1, dx=OPI, mat=True, agency="Inland Empire Methadone Clinic",
        member_label="Medi-Cal CIN")
C["sigs"].append(SIG("Supervising counselor", "Gabriela Nunez", "LAADC", D(2025, 8, 28), "/s/", role="supervisor"))
C["sigs"].append(SIG("Medical Director", None, None, None, "blank", role="physician"))
set_extra(C, "Next plan update due", fmt(D(2025, 11, 1)))
plan("k19", "docx", render_paste, base_with("ca-title9-ntp"), D(2025, 9, 30), [["signature-missing"]],
     "The medical director's countersignature line is blank (required within 14 days of the plan). Plan 21 "
     "days after admission, supervisor countersigned, next update 89 days after admission. Layout: EHR paste "
     "plus typed goals, OCRed signature page.",
     opt=dict(ehr_name="EHR", ehr_info=5, ocr_rate=0.2), C=C,
     checks=[days(D(2025, 8, 4), D(2025, 11, 1)) <= CA_REVIEW_DAYS])

C = sud("k20", name="Clayton Whitfield", dob=D(1987, 9, 13), mid="TX518830271", admit=D(2025, 5, 28),
        plan_date=D(2025, 6, 2), counselor=LCDC1, substance="alcohol", dx=ALC, months="90 days",
        agency="Lone Star Recovery Residence", member_label="Medicaid ID")
plan("k20", "docx", render_gdocs, base_with("tx-26tac-564"), D(2025, 7, 1), [],
     "Clean. Measurable, dated objectives; services with frequency; projected length of stay 90 days; client "
     "and counselor signed and dated. Layout: Google Docs export with typed bullets and a goal table with "
     "multi-paragraph cells; signatures in a two-column table.",
     opt=dict(sig_table=True, col1="Problem & goal", col2="Measurable objectives", col3="Target"), C=C)

C = sud("k21", name="Lucinda Harkavy", dob=D(1993, 2, 11), mid="TX604417725", admit=D(2025, 2, 5),
        plan_date=D(2025, 2, 10), counselor=LCDC1, substance="cocaine",
        dx=[dict(code="F14.20", desc="Cocaine dependence, uncomplicated", note="primary")], months="60 days",
        agency="Brazos Valley Treatment Center", ds="long")
C["problems"][1]["goals"][0]["objectives"][0]["text"] = "Client will improve relationships with family members and build a healthier support system."
plan("k21", "docx", render_pdf, base_with("tx-26tac-564"), D(2025, 3, 15), [["objective-not-measurable"]],
     "Objective 2.1 ('improve relationships with family members and build a healthier support system') is "
     "dated but names nothing to measure and no level. Other objectives are measurable. Layout: PDF "
     "conversion, frames, hyphenated line paragraphs.",
     opt=dict(frames=True, every=28, hyph=0.5), C=C)

C = sud("k22", name="Ignacio Valdespino", dob=D(1980, 6, 25), mid="TX330958142", admit=D(2025, 10, 8),
        plan_date=D(2025, 10, 13), counselor=LCDC1, dx=OPI, months="12 weeks",
        agency="Gulf Plains Chemical Dependency Services", ds="iso", client_label="Resident")
plan("k22", "docx", render_libre, base_with("tx-26tac-564"), D(2025, 11, 20), [],
     "Clean. Projected length of stay 12 weeks, services with type and frequency, objectives measurable and "
     "dated, client and counselor signatures dated. Layout: LibreOffice export.",
     opt=dict(bullet="•"), C=C)

C = sud("k23", name="Shawna Prewitt", dob=D(1984, 12, 19), mid="FL0055829913", admit=D(2025, 10, 6),
        plan_date=D(2025, 10, 14), counselor=CAP1, substance="alcohol", dx=ALC, agency="Seminole Recovery Services")
plan("k23", "docx", render_word, base_with("fl-65d-30"), D(2025, 11, 10), [["field-missing"]],
     "No level of care stated anywhere (Florida deadlines depend on it), so the plan deadline cannot be "
     "judged; everything else is in order. Layout: clean Word, heading styles, goal table, signature table.",
     opt=dict(goal_table=["Goal / Objective", "Baseline", "Target date"]), C=C)

C = sud("k24", name="Kwame Ostrowski", dob=D(1982, 4, 1), mid="", admit=D(2025, 6, 2),
        plan_date=D(2025, 6, 6), counselor=CASAC1, agency="Adirondack Inpatient Recovery",
        dx=[dict(code="304.00", desc="Opioid dependence, continuous", note="primary (DSM-IV-TR)")],
        member_label="Medicaid CIN", program="Inpatient Rehabilitation")
set_info(C, "Medicaid CIN", remove=True)
md(C, MDB, D(2025, 6, 10))
plan("k24", "docx", render_pdf, base_with("ny-oasas-818"), D(2025, 7, 1),
     [["diagnosis-code-invalid", "diagnosis-code-missing"], ["field-missing"]],
     "Two gaps: the diagnosis carries the DSM-IV/ICD-9 number 304.00 instead of an ICD-10-CM code; no member "
     "(Medicaid) ID is given. NY deadlines met (plan 4 days, physician 8 days). Layout: PDF conversion, text "
     "box for the client block, tab pseudo-table.",
     opt=dict(textbox=2, every=33), C=C,
     checks=[days(D(2025, 6, 2), D(2025, 6, 10)) <= NY_MD_DAYS])

# ---- ABA (commercial-aba) ----------------------------------------------------------------------
C = aba("k25", child="Theo Marchand", dob=D(2020, 6, 14), mid="XKJ482019377", plan_date=D(2025, 3, 3),
        start=D(2025, 3, 10), bcba=BCBA1, parent="Claire Marchand",
        evaluator="Helen Park, PhD (licensed psychologist)", eval_date=D(2023, 11, 2), assess_date=D(2025, 2, 17))
plan("k25", "docx", render_word, ABA, D(2025, 4, 1), [],
     "Clean. F84.0 diagnosed by a named psychologist with date; VB-MAPP and Vineland-3 from February 2025; "
     "four goals with baselines, mastery criteria and target dates including a caregiver goal; hours per "
     "week by CPT code; 6-month authorization period; progress review at 90 days. Layout: Word with heading "
     "styles, goal table with a mastery column, IDs in the page header.",
     opt=dict(header_ids=True, goal_table=["Goal", "Baseline", "Target date", "Mastery criteria"]), C=C)

C = aba("k26", child="Amara Castillo-Pierce", dob=D(2019, 2, 3), mid="UHC90044172", plan_date=D(2025, 5, 12),
        start=D(2025, 5, 19), bcba=BCBA2, parent="Roberto Castillo",
        evaluator="Dr. Miriam Okonkwo, MD (developmental pediatrician)", eval_date=D(2024, 1, 15),
        assess_date=D(2025, 4, 28), ds="long", hours=25)
del C["problems"][3]
C["services"] = [s for s in C["services"] if s["code"] != "97156"]
plan("k26", "docx", render_gdocs, ABA, D(2025, 6, 10), [["caregiver-goal-missing"]],
     "No goal or objective involves the parent or caregiver (child goals only; no 97156 requested). "
     "Otherwise complete. Layout: Google Docs export, goal table with multi-paragraph cells (baseline and "
     "mastery as separate paragraphs), typed bullets.",
     opt=dict(bullets=("•", "◦")), C=C)

C = aba("k27", child="Jonah Whitaker-Ruiz", dob=D(2018, 9, 21), mid="AET700213458", plan_date=D(2025, 8, 4),
        start=D(2025, 8, 11), bcba=BCBA3, parent="Melissa Whitaker",
        evaluator="Samuel Greer, PsyD (licensed psychologist)", eval_date=D(2022, 3, 9), assess_date=D(2024, 5, 31))
C["title"] = "ABA Treatment Plan - Continuation Request"
plan("k27", "docx", render_pdf, ABA, D(2025, 9, 1), [["assessment-outdated"]],
     "Continuation plan dated 08/04/2025 whose latest standardized assessments are VB-MAPP 05/31/2024 (430 "
     "days) and Vineland-3 05/28/2024: older than 365 days. Layout: PDF conversion, frames, hyphenation, "
     "banner repeated inline.",
     opt=dict(frames=True, every=36, hyph=0.35), C=C,
     checks=[days(D(2024, 5, 31), D(2025, 8, 4)) > ABA_ASSESS_DAYS])

C = aba("k28", child="Sofia Lindqvist", dob=D(2021, 1, 30), mid="BCB55120983", plan_date=D(2025, 10, 6),
        start=D(2025, 10, 13), bcba=BCBA1, parent="Erik Lindqvist",
        evaluator="Helen Park, PhD (licensed psychologist)", eval_date=D(2025, 6, 30), assess_date=D(2025, 9, 22),
        ds="mon")
C["problems"][2]["goals"][0]["baseline"] = None
plan("k28", "docx", render_pages, ABA, D(2025, 11, 3), [["baseline-missing"]],
     "Goal 3 (turn-taking with a peer) has an empty baseline cell; the other goals record baselines. Layout: "
     "Apple Pages export, goal table with Goal/Objectives/Baseline/Target/Mastery columns.",
     opt=dict(goal_cols=["Goal", "Objectives", "Baseline", "Target date", "Mastery"]), C=C)

C = aba("k29", child="Elijah Brantley", dob=D(2019, 11, 11), mid="CIG33018847", plan_date=D(2025, 12, 15),
        start=D(2026, 1, 5), bcba=BCBA2, parent="Tanya Brantley",
        evaluator="Dr. Miriam Okonkwo, MD (developmental pediatrician)", eval_date=D(2024, 8, 19),
        assess_date=D(2025, 12, 1), hours=15)
plan("k29", "docx", render_paste, ABA, D(2026, 1, 20), [],
     "Clean. Authorization 01/05/2026-07/04/2026, hours per week by code in the plan and confirmed in the "
     "pasted payer email. Layout: assembled document (EHR banner paste, payer email, OCRed signature page).",
     opt=dict(ehr_name="CentralReach", ehr_info=4, ocr_rate=0.2, email_caption="Authorization email (pasted):", email=[
         "From: Behavioral Health Utilization Review <bhur@example-payer.test>",
         "Date: Fri, Dec 19, 2025 at 10:02 AM",
         "Subject: Auth approved - E. Brantley - ABA",
         "",
         "Approved for 01/05/2026 through 07/04/2026:",
         "97153  15 hours/week",
         "97155   4 hours/week",
         "97156   2 hours/week",
         "Submit updated plan and progress report before the end date."]), C=C)

C = aba("k30", child="Noor Haddad", dob=D(2020, 3, 8), mid="MOL60021455", plan_date=D(2025, 2, 10),
        start=D(2025, 2, 17), bcba=BCBA3, parent="Layla Haddad",
        evaluator="Samuel Greer, PsyD (licensed psychologist)", eval_date=D(2024, 10, 7),
        assess_date=D(2025, 1, 27), ds="iso", client_label="Learner")
plan("k30", "docx", render_libre, ABA, D(2025, 3, 10), [],
     "Clean. Complete ABA plan. Layout: LibreOffice export, LibreOffice style names, dash bullets, services "
     "table whose amount column holds hours per week.",
     C=C)

C = aba("k31", child="Mateo Greenberg", dob=D(2019, 7, 4), mid="HUM44810296", plan_date=D(2025, 7, 7),
        start=D(2025, 7, 14), bcba=BCBA1, parent="Dana Greenberg",
        evaluator="Lauren Vick, PhD (licensed psychologist)", eval_date=D(2025, 4, 2), assess_date=D(2025, 6, 23))
C["dx"] = [dict(code="F80.2", desc="Mixed receptive-expressive language disorder",
                note=f"primary; diagnosed {fmt(D(2025, 4, 2))} by Lauren Vick, PhD (licensed psychologist)")]
plan("k31", "docx", render_pdf, ABA, D(2025, 8, 1), [["diagnosis-not-covered"]],
     "The only (primary) diagnosis is F80.2 mixed receptive-expressive language disorder: not an autism "
     "spectrum diagnosis (F84.x). Everything else complete. Layout: PDF conversion, hard-break paragraphs.",
     opt=dict(mode="br", every=30), C=C)

C = aba("k32", child="Chloe Abernathy", dob=D(2021, 5, 17), mid="OPT77301562", plan_date=D(2025, 9, 8),
        start=D(2025, 9, 15), bcba=BCBA3, parent="Jordan Abernathy",
        evaluator="Lauren Vick, PhD (licensed psychologist)", eval_date=D(2025, 5, 20), assess_date=D(2025, 8, 25),
        ds="dmy")
C["extra"] = []
plan("k32", "docx", render_gdocs, ABA, D(2025, 10, 6), [["review-date-missing"]],
     "No date for the next progress review or re-authorization review is set anywhere (only the 6-month "
     "authorization period). Layout: Google Docs export, goals as typed-bullet paragraphs.",
     opt=dict(goal_cells=False, bullets=("●", "○")), C=C)

# ---- PT / OT / SLP (medicare-outpatient-therapy) ---------------------------------------------
C = therapy("k33", disc="pt", name="Harold Vinterberg", dob=D(1947, 8, 30), mid="1EG4-TE5-MK73",
            eval_date=D(2025, 3, 3), therapist=PT1, physician=MDR1, cert_days=9)
plan("k33", "docx", render_word, MOT, D(2025, 4, 1), [],
     "Clean. Evaluation and plan 03/03/2025 (first treatment), certified by an MD on 03/12/2025 (9 days), "
     "certification period 57 days, 2x/week for 8 weeks. Layout: Word with heading styles and tables.",
     opt=dict(goal_table=["Goal", "Baseline", "Target date"]), C=C,
     checks=[9 <= MOT_CERT_DAYS, 57 <= MOT_REVIEW_DAYS])

C = therapy("k34", disc="pt", name="Georgina Pellegrini", dob=D(1951, 10, 12), mid="2FH5-UF6-NL84",
            eval_date=D(2025, 6, 2), therapist=PT2, physician=DOR1, cert_days=45, ds="short")
plan("k34", "docx", render_pdf, MOT, D(2025, 7, 21), [["signature-late"]],
     "Certifying physician (DO) signed on 7/17/25, 45 days after the 6/2/25 first treatment (due within 30; "
     "a warning since 2025). Layout: PDF conversion, frames, one paragraph per line, hyphenation, tab pseudo-"
     "table for CPT codes, banner repeated inline.",
     opt=dict(frames=True, every=30, hyph=0.4), C=C,
     checks=[45 > MOT_CERT_DAYS])

C = therapy("k35", disc="ot", name="Winifred Achebe", dob=D(1944, 4, 4), mid="3GJ6-VG7-PM95",
            eval_date=D(2025, 9, 15), therapist=OT1, physician=NPR1, cert_days=12, weeks=10, freq="3x/week",
            agency="Northgate Outpatient Rehabilitation")
plan("k35", "docx", render_gdocs, MOT, D(2025, 10, 20), [],
     "Clean. OT plan certified by an NP 12 days after the evaluation, 3x/week for 10 weeks, certification "
     "period 71 days. Layout: Google Docs export, goal table with multi-paragraph cells, signatures in a "
     "two-column table.",
     opt=dict(sig_table=True, col1="Area / goal", col2="Steps", col3="By"), C=C,
     checks=[12 <= MOT_CERT_DAYS, 71 <= MOT_REVIEW_DAYS])

C = therapy("k36", disc="slp", name="Percival Osei", dob=D(1949, 1, 9), mid="4HK7-WH8-QN06",
            eval_date=D(2025, 11, 3), therapist=SLP1, physician=MDR1, cert_days=7, ds="long",
            agency="Coastal Speech & Swallowing Clinic")
for s_ in C["services"]:
    s_["duration"] = None
set_extra(C, "Duration", remove=True)
plan("k36", "docx", render_pages, MOT, D(2025, 12, 1), [["duration-missing"]],
     "Frequency (2x/week) and a certification period are given, but no duration of treatment (weeks or "
     "number of sessions) is stated; per the profile the certification period does not state it. Layout: "
     "Apple Pages export.",
     unsure=[], C=C)

C = therapy("k37", disc="pt", name="Loretta Kaminski", dob=D(1953, 6, 21), mid="5JM8-XJ9-RP17",
            eval_date=D(2025, 5, 12), therapist=PT1, physician=DC1, cert_days=5)
set_info(C, "Referring physician", f"{DC1[0]}, {DC1[1]} (NPI {DC1[2]})", new_label="Referring provider")
plan("k37", "docx", render_paste, MOT, D(2025, 6, 9), [["credential-not-permitted"]],
     "The plan of care is certified (signed and dated in time) by a chiropractor (DC), who may not certify "
     "Medicare therapy plans. Layout: EHR banner and problem list pasted, OCRed signature page.",
     opt=dict(ehr_name="WebPT", ehr_info=5, ocr_rate=0.2), C=C)

C = therapy("k38", disc="ot", name="Cornelius Abara", dob=D(1946, 2, 2), mid="6KN9-YK1-TR28",
            eval_date=D(2024, 1, 8), therapist=OT1, physician=MDR1, cert_days=10, weeks=16, cert_end_days=119,
            ds="us")
plan("k38", "docx", render_pdf, MOT, D(2024, 5, 20), [["review-interval-exceeded"], ["review-overdue"]],
     "Certification period 01/08/2024-05/06/2024 (119 days; recertification needed at least every 90 days), "
     "and on the as-of date 2024-05-20 the recertification due 05/06/2024 is past with none recorded. "
     "Checked under the 2015-10 profile version. Layout: PDF conversion, label row / value row info, hard "
     "breaks.",
     opt=dict(info_split=True, mode="br", every=32), C=C,
     checks=[119 > MOT_REVIEW_DAYS, D(2024, 1, 8) + dt.timedelta(days=119) == D(2024, 5, 6)])

C = therapy("k39", disc="slp", name="Mildred Haugen", dob=D(1942, 12, 24), mid="7LP1-ZL2-UT39",
            eval_date=D(2025, 8, 11), therapist=SLP1, physician=DOR1, cert_days=14, ds="iso",
            agency="Riverside Hospital Outpatient Therapy")
C["problems"][0]["goals"][2]["text"] = "Patient will improve swallowing function and safety during meals."
plan("k39", "docx", render_libre, MOT, D(2025, 9, 8), [["goal-not-measurable"]],
     "LTG 1 ('improve swallowing function and safety during meals') has a date but no measure or level; the "
     "other goals are measurable. Layout: LibreOffice export.",
     C=C)

# ---- home health (medicare-home-health) ------------------------------------------------------
C = home_health("k40", name="Agnes Thornbury", dob=D(1938, 5, 5), mid="8MQ2-AM3-VW40", soc=D(2025, 4, 7), md=MDH1)
plan("k40", "docx", render_pdf, HH, D(2025, 5, 1), [],
     "Clean. 60-day certification period 04/07-06/05/2025, visit frequencies per discipline (e.g. 1w1, 2w4, "
     "1w3), measurable goals, physician signed and dated 6 days after SOC. Layout: CMS-485-style form "
     "converted from PDF: frames, labels row then values row, tab pseudo-table.",
     opt=dict(frames=True, info_split=True, every=35, banner=["HOME HEALTH CERTIFICATION AND PLAN OF CARE", "Form 485 (converted)"]), C=C,
     checks=[days(D(2025, 4, 7), D(2025, 6, 5)) <= HH_REVIEW_DAYS])

C = home_health("k41", name="Ferdinand Okoro", dob=D(1941, 9, 17), mid="9NR3-BN4-WX51", soc=D(2025, 8, 18),
                md=NPH1, theme="wound", ds="short")
C["services"].append(S("Skilled nursing visits as needed for dressing saturation or dislodgement", "G0299", None, "PRN", staff="RN"))
plan("k41", "docx", render_gdocs, HH, D(2025, 9, 10), [["frequency-missing"]],
     "PRN skilled-nursing visits are ordered with no limit on their number (PRN needs a visit limit); the "
     "other disciplines have frequencies. Layout: Google Docs export.",
     C=C)

C = home_health("k42", name="Imelda Farquharson", dob=D(1936, 11, 30), mid="1PS4-CP5-XY62", soc=D(2025, 12, 1),
                md=MDH1, theme="wound", sign_days=9)
plan("k42", "docx", render_paste, HH, D(2025, 12, 22), [],
     "Clean. Wound-care plan, certification period 12/01/2025-01/29/2026, physician signed 9 days after SOC. "
     "Layout: EHR paste (banner and problem list), orders typed, OCRed signature page.",
     opt=dict(ehr_name="HomeCare EHR", ehr_info=5, ocr_rate=0.15), C=C,
     checks=[days(D(2025, 12, 1), D(2026, 1, 29)) <= HH_REVIEW_DAYS])

# ---- FHIR R4, C-CDA and native YAML --------------------------------------------------------------
K43_NPI = luhn_npi("109283746")
plan("k43", "json", None, MP, D(2025, 7, 1), [],
     "Clean. FHIR R4 collection Bundle: Patient with MBI, Practitioner with NPI and LCSW qualification, "
     "ICD-10-CM Condition, two Goals with measure, target and due date, CarePlan (created 2025-05-19, period "
     "6 months), ServiceRequest 90834 with timing (45 min, once per week), Provenance with the clinician's "
     "author signature dated 2025-05-19.",
     data=fhir_bundle("k43", patient=("Okonjo", "Beatrice", "1955-08-14"), mbi="2TD8-XE4-HJ37",
                      practitioners=[("pr1", "Lindgren", "Margit", "LCSW", K43_NPI)],
                      conditions=[("c1", "http://hl7.org/fhir/sid/icd-10-cm", "F33.1", "Major depressive disorder, recurrent, moderate", True)],
                      goals=[("g1", "Reduce depressive symptoms: PHQ-9 from 18 to 9 or below", "PHQ-9 total score", "9 or below", "2025-09-19"),
                             ("g2", "Attend at least 2 social or church activities per week, per activity log", "Social activities per week", "2 or more", "2025-08-19")],
                      services=[("sr1", "90834", "Psychotherapy, 45 minutes with patient", 45, 1, 1, "wk", "2025-05-19", "2025-11-19")],
                      careplan=dict(created="2025-05-19", start="2025-05-19", end="2025-11-19", author="pr1",
                                    title="Outpatient psychotherapy treatment plan"),
                      provenance=[("pr1", "2025-05-19", "1.2.840.10065.1.12.1.1", "author")],
                      notes=["Treatment type: individual cognitive behavioral therapy, 45-minute sessions once a week.",
                             "Expected duration: 6 months (through 11/19/2025)."]),
     checks=[npi_ok(K43_NPI)])

K44_PT_NPI_GOOD = luhn_npi("118273645")
K44_PT_NPI_BAD = K44_PT_NPI_GOOD[:9] + str((int(K44_PT_NPI_GOOD[9]) + 3) % 10)
K44_MD_NPI = luhn_npi("127364554")
plan("k44", "json", None, MOT, D(2025, 11, 3), [["identifier-invalid"]],
     "The treating physical therapist's NPI fails the Luhn check digit (prefix 80840). Otherwise complete: "
     "evaluation/first treatment 2025-10-06, certified by an MD 2025-10-14, period 56 days, 2x/week for 8 "
     "weeks. FHIR R4 Bundle with Provenance signatures (therapist author signature, physician verification "
     "signature); first treatment date stated in CarePlan.period.start and a note.",
     data=fhir_bundle("k44", patient=("Vasquez-Moreau", "Ellis", "1950-03-22"), mbi="3UE9-YF5-JK48",
                      practitioners=[("pr1", "Halvorsen", "Tove", "PT, DPT", K44_PT_NPI_BAD),
                                     ("pr2", "Castellanos", "Rafael", "MD", K44_MD_NPI)],
                      conditions=[("c1", "http://hl7.org/fhir/sid/icd-10-cm", "Z96.651", "Presence of right artificial knee joint", True),
                                  ("c2", "http://hl7.org/fhir/sid/icd-10-cm", "R26.89", "Other abnormalities of gait and mobility", False)],
                      goals=[("g1", "Increase right knee flexion from 90 to 115 degrees", "Right knee flexion AROM (degrees)", "115 degrees", "2025-11-03"),
                             ("g2", "Ambulate 500 feet with no assistive device, independently, on level surfaces", "Gait distance without device", "500 feet independent", "2025-12-01"),
                             ("g3", "Improve LEFS from 31/80 to 55/80", "LEFS score", "55/80 or higher", "2025-12-01")],
                      services=[("sr1", "97110", "Therapeutic exercise", 30, 2, 1, "wk", "2025-10-06", "2025-12-01"),
                                ("sr2", "97116", "Gait training", 15, 2, 1, "wk", "2025-10-06", "2025-12-01")],
                      careplan=dict(created="2025-10-06", start="2025-10-06", end="2025-12-01", author="pr1",
                                    title="Physical therapy plan of care"),
                      provenance=[("pr1", "2025-10-06", "1.2.840.10065.1.12.1.1", "author"),
                                  ("pr2", "2025-10-14", "1.2.840.10065.1.12.1.5", "verifier")],
                      notes=["Initial evaluation and first treatment date: 10/06/2025.",
                             "Frequency 2x/week, duration 8 weeks. Recertification due 12/01/2025.",
                             "Certifying physician: Rafael Castellanos, MD - certification signed 10/14/2025."]),
     checks=[not npi_ok(K44_PT_NPI_BAD), npi_ok(K44_MD_NPI)])

K45_MD = luhn_npi("136455463")
K45_RN = luhn_npi("145546372")
plan("k45", "xml", None, HH, D(2025, 3, 5), [],
     "Clean. C-CDA Care Plan: recordTarget with Medicare number, ICD-10-CM health concerns, goals with target "
     "dates, interventions with visit frequencies (2w4 style) and the 60-day certification period as the "
     "service event; legalAuthenticator is the certifying MD with signature code and date.",
     data=ccda("k45", title="Prairie Home Health - Home Health Plan of Care", patient=("Otis", "Brennerman", "19390712", "M"),
               mid="4VF1-ZG6-KL59", mid_root="2.16.840.1.113883.4.927",
               author=("Alicia", "Brandt", "RN", K45_RN, "20250210"),
               legal=("Oluwaseun", "Bakare", "MD", K45_MD, "20250214"), authenticators=[],
               period=("20250210", "20250410"),
               problems=[("J44.1", "2.16.840.1.113883.6.90", "ICD-10-CM", "Chronic obstructive pulmonary disease with (acute) exacerbation"),
                         ("Z99.81", "2.16.840.1.113883.6.90", "ICD-10-CM", "Dependence on supplemental oxygen")],
               goals_rows=[("Patient will use pursed-lip breathing and keep SpO2 at 90% or higher at rest on 2 L oxygen on every visit", "20250310", "03/10/2025"),
                           ("Patient will walk 100 feet with a rolling walker and standby assist with dyspnea 3/10 or lower", "20250407", "04/07/2025"),
                           ("Patient will name 4 signs of COPD exacerbation and when to call the agency", "20250224", "02/24/2025")],
               interventions_rows=[("Skilled nursing: cardiopulmonary assessment, COPD teaching, medication management", "G0299", "1 visit", "2w4, 1w4", "8 weeks"),
                                   ("Physical therapy: gait and endurance training", "G0151", "1 visit", "2w3, 1w3", "6 weeks"),
                                   ("Home health aide: bathing and personal care", "G0156", "1 visit", "2w8", "8 weeks")],
               extra_sections=[("Certification", ["Certification period 02/10/2025 - 04/10/2025. Recertification review by 04/10/2025.",
                                                  "I certify that this patient is confined to the home and needs intermittent skilled nursing and physical therapy. Signed: Oluwaseun Bakare, MD, 02/14/2025."])]),
     checks=[days(D(2025, 2, 10), D(2025, 4, 10)) <= HH_REVIEW_DAYS])

K46_NPI = luhn_npi("154637281")
plan("k46", "xml", None, MP, D(2025, 9, 15), [["diagnosis-code-missing"]],
     "The diagnosis is coded only in SNOMED CT (35489007 Depressive disorder) with no ICD-10-CM code. "
     "Otherwise complete. C-CDA Care Plan with legalAuthenticator (LPC, signed 2025-08-11), goals with "
     "target dates, interventions with session length and weekly frequency, service event as the 6-month "
     "duration.",
     data=ccda("k46", title="Willow Creek Counseling - Behavioral Health Care Plan",
               patient=("Gertrude", "Falkenrath", "19580203", "F"), mid="5WG2-AH7-MN60",
               mid_root="2.16.840.1.113883.4.927",
               author=("Desmond", "Achterberg", "LPC", K46_NPI, "20250811"),
               legal=("Desmond", "Achterberg", "LPC", K46_NPI, "20250811"), authenticators=[],
               period=("20250811", "20260210"),
               problems=[("35489007", "2.16.840.1.113883.6.96", "SNOMED CT", "Depressive disorder")],
               goals_rows=[("Reduce PHQ-9 score from 17 to 9 or below", "20251211", "12/11/2025"),
                           ("Leave the house for a planned activity at least 4 days per week, per activity log", "20251111", "11/11/2025")],
               interventions_rows=[("Individual psychotherapy (CBT)", "90837", "53 minutes", "once a week", "6 months")],
               extra_sections=[("Treatment plan", ["Plan established 08/11/2025. Expected duration 6 months (through 02/10/2026)."])]),
     checks=[npi_ok(K46_NPI)])

K47_CADC = luhn_npi("163728190")
K47_MD = luhn_npi("172819009")
K47 = {
    "schema": "authcheck-plan/1",
    "patient": {"name": "Reginald Abercrombie", "birth_date": "1978-01-29", "member_id": "97531864D"},
    "payer": "Medi-Cal (DMC-ODS)",
    "program": "Narcotic treatment program - methadone maintenance",
    "discipline": "sud",
    "admission_date": "2025-10-01",
    "plan_date": "2025-10-20",
    "diagnoses": [{"code": "F11.20", "description": "Opioid dependence, uncomplicated", "primary": True}],
    "problems": [
        {"label": "Problem 1", "statement": "Opioid use",
         "goals": [{"label": "Goal 1", "statement": "Stop illicit opioid use and stabilize on methadone.",
                    "objectives": [
                        {"label": "1a", "statement": "Provide urine drug screens negative for illicit opioids on 4 consecutive weekly tests.", "target_date": "2025-12-01"},
                        {"label": "1b", "statement": "Miss no more than 1 methadone dose per month.", "target_date": "2025-12-15"}]}]},
        {"label": "Problem 2", "statement": "Unemployment",
         "goals": [{"label": "Goal 2", "statement": "Return to paid work.",
                    "objectives": [{"label": "2a", "statement": "Submit at least 3 job applications per week with help from the case manager.", "target_date": "2025-11-30"}]}]}],
    "services": [
        {"code": "H0020", "description": "Methadone administration and medical monitoring", "frequency": "daily", "amount": "1 dose"},
        {"code": "H0004", "description": "Individual counseling", "frequency": "weekly", "amount": "50 minutes"},
        {"code": "H0005", "description": "Group counseling", "frequency": "2x/week", "amount": "60 minutes"}],
    "reviews": [{"kind": "review", "date": "2025-12-30", "completed": False}],
    "signatures": [
        {"role": "client", "name": "Reginald Abercrombie", "date": "2025-10-20", "method": "handwritten"},
        {"role": "clinician", "name": "Patrice Oduya", "credential": "CADC-II", "npi": K47_CADC, "date": "2025-10-20", "method": "electronic"},
        {"role": "supervisor", "name": "Gabriela Nunez", "credential": "LAADC", "date": "2025-10-22", "method": "electronic"},
        {"role": "physician", "name": "Anton Berezin", "credential": "MD", "npi": K47_MD, "date": "2025-10-27", "method": "electronic"}],
}
plan("k47", "yaml", None, base_with("ca-title9-ntp"), D(2025, 11, 15), [],
     "Clean. authcheck native YAML: plan 19 days after admission (limit 28), countersignatures 2 and 7 days "
     "after the plan (limit 14), next review 90 days after admission (limit 92).",
     data=K47, checks=[days(D(2025, 10, 1), D(2025, 10, 20)) <= CA_PLAN_DAYS,
                       days(D(2025, 10, 1), D(2025, 12, 30)) <= CA_REVIEW_DAYS, npi_ok(K47_CADC), npi_ok(K47_MD)])


# --------------------------------------------------------------------------------------------
# Self-checks, rendering, labels
# --------------------------------------------------------------------------------------------
def self_check(pl):
    for ok in pl["checks"]:
        assert ok, f"{pl['id']}: a date/interval self-check failed"
    for prof in pl["profiles"]:
        assert prof in KINDS, prof
        assert pl["as_of"] >= EFFECTIVE_FROM.get(prof, D(2015, 10, 1)), (pl["id"], prof)
    for gap in pl["gaps"]:
        for k in gap:
            assert any(k in KINDS[p] for p in pl["profiles"]), (pl["id"], k)
    C = pl["C"]
    if C is None:
        return
    pd = C["dates"]["plan"] if "plan" in C["dates"] else C["dates"].get("eval") or C["dates"].get("soc")
    for pr in C["problems"]:
        for g in pr["goals"]:
            for d in [g.get("date")] + [o.get("date") for o in g["objectives"]]:
                if d:
                    assert d > pd, (pl["id"], "target before plan", d)
    for s in C["sigs"]:
        if s.get("date"):
            assert pd <= s["date"] <= pl["as_of"], (pl["id"], "signature date", s)
        if s.get("npi"):
            assert npi_ok(s["npi"]), (pl["id"], s["npi"])
    if "medicare-psychotherapy" in pl["profiles"] and ["plan-outdated"] not in pl["gaps"]:
        assert days(pd, pl["as_of"]) <= MP_PLAN_AGE, pl["id"]
    if "medicare-outpatient-therapy" in pl["profiles"]:
        ph = [s for s in C["sigs"] if s["role"] == "physician"][0]
        late = days(C["dates"]["eval"], ph["date"]) > MOT_CERT_DAYS
        assert late == (["signature-late"] in pl["gaps"]), pl["id"]
        overdue = pl["as_of"] > C["dates"]["cert_end"]
        assert overdue == (["review-overdue"] in pl["gaps"]), pl["id"]
        long_ = days(C["dates"]["eval"], C["dates"]["cert_end"]) > MOT_REVIEW_DAYS
        assert long_ == (["review-interval-exceeded"] in pl["gaps"]), pl["id"]
    if "medicare-home-health" in pl["profiles"]:
        assert pl["as_of"] <= C["dates"]["cert_end"], pl["id"]
        assert days(C["dates"]["soc"], C["dates"]["cert_end"]) <= HH_REVIEW_DAYS
    if "commercial-aba" in pl["profiles"]:
        dts = C["dates"]
        assert add_months(dts["start"], 6) > dts["end"], pl["id"]   # period at most 6 months
        aged = days(dts["assess"], dts["plan"]) > ABA_ASSESS_DAYS
        assert aged == (["assessment-outdated"] in pl["gaps"]), pl["id"]
        assert dts["eval"] < dts["plan"] and dts["assess"] <= dts["plan"]
        # the builder schedules reviews at start + 90 days and end - 14 days
        if C["extra"]:
            r1, r2 = dts["start"] + dt.timedelta(days=90), dts["end"] - dt.timedelta(days=14)
            assert days(dts["plan"], r1) <= ABA_REVIEW_DAYS and days(r1, r2) <= ABA_REVIEW_DAYS, pl["id"]
            assert pl["as_of"] < r1, pl["id"]
    if "pa-55-5200" in pl["profiles"]:
        late = days(C["dates"]["intake"], C["dates"]["plan"]) > PA_PLAN_DAYS
        assert late == (["plan-late"] in pl["gaps"]), pl["id"]
    if "ny-oasas-818" in pl["profiles"]:
        assert days(C["dates"]["admit"], C["dates"]["plan"]) <= NY_PLAN_DAYS
        ph = [s for s in C["sigs"] if s["role"] == "physician"][0]
        late = days(C["dates"]["admit"], ph["date"]) > NY_MD_DAYS
        assert late == (["signature-late"] in pl["gaps"]), pl["id"]


def must_not(pl):
    kinds = set()
    for p in pl["profiles"]:
        kinds.update(KINDS[p])
    gapk = {k for gap in pl["gaps"] for k in gap}
    return sorted(kinds - gapk - set(pl["unsure"]) - {"readability"})


def main():
    labels = []
    for pl in PLANS:
        self_check(pl)
        fn = f"{pl['id']}_plan.{pl['ext']}"
        path = os.path.join(OUT, fn)
        if pl["ext"] == "docx":
            pl["render"](pl["C"], path, pl["opt"])
        elif pl["ext"] == "json":
            write_json(pl["data"], path)
        elif pl["ext"] == "xml":
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(pl["data"])
        elif pl["ext"] == "yaml":
            import yaml
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                yaml.safe_dump(pl["data"], f, sort_keys=False, allow_unicode=True, width=120)
        args = []
        payer = [p for p in pl["profiles"] if p in ("medicare-psychotherapy", "medicare-outpatient-therapy",
                                                    "medicare-home-health", "commercial-aba", "base-treatment-plan")]
        assert len(payer) == 1, pl["id"]
        args += ["--payer", payer[0]]
        for p in pl["profiles"]:
            if p not in payer:
                args += ["--state", p]
        args += ["--as-of", pl["as_of"].isoformat()]
        note = pl["notes"]
        if pl["unsure"]:
            note += " Left out of must_not_report as uncertain: " + ", ".join(pl["unsure"]) + "."
        labels.append({"file": fn, "check_with": args, "must_report": pl["gaps"], "must_not_report": must_not(pl),
                       "notes": note})
    write_json(labels, os.path.join(OUT, "labels.json"))
    print(f"wrote {len(labels)} plans")


if __name__ == "__main__":
    main()
