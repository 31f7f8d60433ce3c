#!/usr/bin/env python3
"""Blind plan set 37 (prefix "ad"): signatures, attestations and credentials.

Writes every plan file and labels.json into this folder. Deterministic: run it twice and the
output is byte-identical (DOCX parts re-zipped with fixed timestamps and fixed core properties).

Run with: /work/main/.venv/bin/python make_plans.py
Everything here is invented: people, agencies, member IDs and NPIs.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import struct
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 1, 2, 8, 0, 0)
ZIP_TIME = (2026, 1, 2, 8, 0, 0)


# ----------------------------------------------------------------------------------------------
# dates and identifiers
# ----------------------------------------------------------------------------------------------
def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def add(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def us(d):  # 03/04/2026
    return d.strftime("%m/%d/%Y")


def us_short(d):  # 3/4/26
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def us_nz(d):  # 3/4/2026
    return f"{d.month}/{d.day}/{d.year}"


def words(d):  # March 4, 2026
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def abbr(d):  # Mar 4, 2026
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def dmy(d):  # 04-Mar-2026
    return f"{d.day:02d}-{d.strftime('%b')}-{d.year}"


def iso(d):
    return d.isoformat()


def dash(d):  # 03-04-2026
    return d.strftime("%m-%d-%Y")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def npi_check_digit(first9: str) -> int:
    total = 0
    for i, ch in enumerate(reversed("80840" + first9)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def npi(seed: str, first: str = "1") -> str:
    digits = "".join(str(b % 10) for b in hashlib.sha256(seed.encode()).digest())[:8]
    body = first + digits
    return body + str(npi_check_digit(body))


def npi_valid(n: str) -> bool:
    return len(n) == 10 and n[0] in "12" and n.isdigit() and npi_check_digit(n[:9]) == int(n[9])


assert npi_check_digit("123456789") == 3  # the documented example 1234567893
assert npi_valid("1234567893") and not npi_valid("1234567890")


# ----------------------------------------------------------------------------------------------
# a small deterministic "handwritten signature" PNG
# ----------------------------------------------------------------------------------------------
def signature_png(seed: str, w: int = 180, h: int = 44) -> bytes:
    import math

    hv = hashlib.sha256(seed.encode()).digest()
    a1, a2, f1, f2 = 6 + hv[0] % 8, 3 + hv[1] % 6, 0.05 + hv[2] / 2550, 0.11 + hv[3] / 1800
    px = [[255] * w for _ in range(h)]
    for x in range(8, w - 8):
        y = int(h / 2 + a1 * math.sin(x * f1) + a2 * math.sin(x * f2 + hv[4]))
        for dy in (-1, 0, 1):
            if 0 <= y + dy < h:
                px[y + dy][x] = 20
    raw = b"".join(b"\x00" + bytes(row) for row in px)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ----------------------------------------------------------------------------------------------
# DOCX writer
# ----------------------------------------------------------------------------------------------
class W:
    """Thin helper over python-docx with the odd bits of raw XML real documents carry."""

    _ids = 100

    def __init__(self, font="Calibri", size=11, margin=1.0, landscape=False, author="Records"):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), font)
        for s in self.d.sections:
            s.left_margin = s.right_margin = Inches(margin)
            s.top_margin = s.bottom_margin = Inches(min(margin, 0.9))
            if landscape:
                s.orientation = WD_ORIENT.LANDSCAPE
                s.page_width, s.page_height = s.page_height, s.page_width
        self.author = author

    # -- paragraphs ------------------------------------------------------------------------
    def h(self, text, level=1):
        return self.d.add_heading(text, level)

    def p(self, text="", b=False, i=False, u=False, size=None, align=None, color=None, style=None,
          space_after=None):
        par = self.d.add_paragraph(style=style)
        if text:
            r = par.add_run(text)
            r.bold, r.italic, r.underline = b or None, i or None, u or None
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        if align == "c":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if space_after is not None:
            par.paragraph_format.space_after = Pt(space_after)
        return par

    def rp(self, *parts, par=None, style=None):
        """Paragraph of runs: parts are strings or (text, 'biu') tuples."""
        par = par or self.d.add_paragraph(style=style)
        for part in parts:
            t, f = (part, "") if isinstance(part, str) else part
            r = par.add_run(t)
            r.bold = True if "b" in f else None
            r.italic = True if "i" in f else None
            r.underline = True if "u" in f else None
            if "s" in f:
                r.font.size = Pt(8)
            if "C" in f:
                r.font.all_caps = True
        return par

    def lv(self, *pairs, sep="     "):
        """One line of bold 'Label:' value pairs."""
        par = self.d.add_paragraph()
        for k, (lab, val) in enumerate(pairs):
            if k:
                par.add_run(sep)
            par.add_run(lab + (" " if lab.endswith(":") else ": ")).bold = True
            par.add_run(val)
        return par

    def bullet(self, text, style="List Bullet"):
        return self.p(text, style=style)

    def num(self, text):
        return self.p(text, style="List Number")

    def br(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- tables -----------------------------------------------------------------------------
    def table(self, rows, header=True, style="Table Grid", widths=None, shade=None, bold_col0=False,
              size=None, container=None):
        host = container if container is not None else self.d
        ncols = max(len(r) for r in rows)
        t = host.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = self.d.styles[style]
        for ri, row in enumerate(rows):
            for ci in range(ncols):
                val = row[ci] if ci < len(row) else ""
                cell = t.cell(ri, ci)
                self._fill(cell, val, bold=(header and ri == 0) or (bold_col0 and ci == 0), size=size)
                if shade and header and ri == 0:
                    shade_cell(cell, shade)
        if widths:
            for row in t.rows:
                for ci, wd in enumerate(widths):
                    if ci < len(row.cells):
                        row.cells[ci].width = Inches(wd)
        return t

    @staticmethod
    def _fill(cell, val, bold=False, size=None):
        lines = val if isinstance(val, list) else [val]
        first = True
        for line in lines:
            par = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            parts = line if isinstance(line, tuple) and len(line) and isinstance(line[0], tuple) else None
            if parts:
                for t, f in parts:
                    r = par.add_run(t)
                    r.bold = True if ("b" in f or bold) else None
                    r.italic = True if "i" in f else None
                    if size:
                        r.font.size = Pt(size)
            else:
                t, f = (line, "") if isinstance(line, str) else line
                r = par.add_run(t)
                r.bold = True if (bold or "b" in f) else None
                r.italic = True if "i" in f else None
                if size:
                    r.font.size = Pt(size)

    def form(self, pairs, cols=2, style="Table Grid", size=None, shade_labels=None):
        """Label | value grid, `cols` pairs per row."""
        rows = []
        for k in range(0, len(pairs), cols):
            row = []
            for lab, val in pairs[k:k + cols]:
                row += [(lab, "b"), val]
            rows.append(row)
        t = self.table(rows, header=False, style=style, size=size)
        if shade_labels:
            for row in t.rows:
                for ci in range(0, len(row.cells), 2):
                    shade_cell(row.cells[ci], shade_labels)
        return t

    def caption_box(self, boxes, style="Table Grid"):
        """CMS-485 style: each cell holds a small caption and the value under it."""
        t = self.d.add_table(rows=len(boxes), cols=max(len(r) for r in boxes))
        t.style = self.d.styles[style]
        for ri, row in enumerate(boxes):
            for ci, (cap, val) in enumerate(row):
                cell = t.cell(ri, ci)
                r = cell.paragraphs[0].add_run(cap)
                r.font.size = Pt(7)
                for line in (val if isinstance(val, list) else [val]):
                    cell.add_paragraph(line)
        return t

    def picture_in(self, par, seed, width=1.4):
        stream = io.BytesIO(signature_png(seed))
        par.add_run().add_picture(stream, width=Inches(width))

    # -- header / footer ---------------------------------------------------------------------
    def header(self, text, align="r", size=8):
        par = self.d.sections[0].header.paragraphs[0]
        par.text = ""
        r = par.add_run(text)
        r.font.size = Pt(size)
        par.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                         "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        return par

    def footer(self, text, align="c", size=8):
        par = self.d.sections[0].footer.paragraphs[0]
        par.text = ""
        for k, line in enumerate(text.split("\n")):
            if k:
                par = self.d.sections[0].footer.add_paragraph()
            r = par.add_run(line)
            r.font.size = Pt(size)
            par.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                             "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        return par

    # -- raw XML: content controls, tracked changes, comments ---------------------------------
    def _nid(self):
        W._ids += 1
        return str(W._ids)

    def sdt_block(self, par, tag, alias=None):
        """Move a paragraph (or table) into a block-level content control."""
        el = par._p if hasattr(par, "_p") else par._tbl
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        if alias:
            a = OxmlElement("w:alias")
            a.set(qn("w:val"), alias)
            pr.append(a)
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), tag)
        pr.append(tg)
        idn = OxmlElement("w:id")
        idn.set(qn("w:val"), self._nid())
        pr.append(idn)
        content = OxmlElement("w:sdtContent")
        sdt.append(pr)
        sdt.append(content)
        el.addprevious(sdt)
        content.append(el)
        return sdt

    def sdt_inline(self, par, text, tag, date=False, bold=False):
        """Append an inline content control holding `text` to a paragraph."""
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), tag)
        pr.append(tg)
        idn = OxmlElement("w:id")
        idn.set(qn("w:val"), self._nid())
        pr.append(idn)
        if date:
            de = OxmlElement("w:date")
            df = OxmlElement("w:dateFormat")
            df.set(qn("w:val"), "M/d/yyyy")
            de.append(df)
            pr.append(de)
        content = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        if bold:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            r.append(rpr)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        content.append(r)
        sdt.append(pr)
        sdt.append(content)
        par._p.append(sdt)
        return sdt

    def ins(self, par, text, author=None, when="2026-01-02T08:00:00Z"):
        el = OxmlElement("w:ins")
        el.set(qn("w:id"), self._nid())
        el.set(qn("w:author"), author or self.author)
        el.set(qn("w:date"), when)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        el.append(r)
        par._p.append(el)

    def dele(self, par, text, author=None, when="2026-01-02T08:00:00Z"):
        el = OxmlElement("w:del")
        el.set(qn("w:id"), self._nid())
        el.set(qn("w:author"), author or self.author)
        el.set(qn("w:date"), when)
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        el.append(r)
        par._p.append(el)

    def comment(self, par, text, author="QA Reviewer", initials="QA"):
        runs = par.runs
        if runs:
            self.d.add_comment(runs, text=text, author=author, initials=initials)

    # -- save ----------------------------------------------------------------------------------
    def save(self, name, title=""):
        cp = self.d.core_properties
        cp.author = self.author
        cp.last_modified_by = self.author
        cp.title = title
        cp.subject = ""
        cp.comments = ""
        cp.keywords = ""
        cp.category = ""
        cp.created = FIXED
        cp.modified = FIXED
        cp.revision = 1
        buf = io.BytesIO()
        self.d.save(buf)
        write_stable_zip(buf.getvalue(), OUT / name)


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def write_stable_zip(data: bytes, path: Path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "word/comments.xml":
                body = re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-02T08:00:00Z"', body)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    path.write_bytes(out.getvalue())


# ----------------------------------------------------------------------------------------------
# clinical content (invented), relative to the plan date
# ----------------------------------------------------------------------------------------------
def G(problem, goal, objs, intv, gdate=None, domain=None, baseline=None, mastery=None):
    return {"problem": problem, "goal": goal, "objs": objs, "intv": intv, "gdate": gdate,
            "domain": domain, "baseline": baseline, "mastery": mastery}


def O(text, date, baseline=None, mastery=None):
    return {"text": text, "date": date, "baseline": baseline, "mastery": mastery}


def psy_depression(n, pd):
    return [
        G("Depressed mood and withdrawal from work and friends",
          f"{n} will return to full work hours and weekly social contact with depressive symptoms in the mild range or lower.",
          [O(f"{n} will reduce the PHQ-9 score from 19 to 9 or below.", add(pd, 120)),
           O(f"{n} will complete at least 3 planned pleasant or valued activities per week, as recorded on the activity log, for 4 consecutive weeks.", add(pd, 60))],
          ["Cognitive behavioral therapy: behavioral activation and activity scheduling",
           "Cognitive restructuring of self-critical thoughts with thought records"]),
        G("Poor sleep",
          f"{n} will sleep at least 6 hours on 5 of 7 nights.",
          [O(f"{n} will keep the same wake-up time (7:00 a.m.) on at least 6 of 7 days, as shown in the sleep diary.", add(pd, 45)),
           O(f"{n} will reduce nights with more than 1 hour awake from 5 per week to 1 or fewer per week.", add(pd, 90))],
          ["CBT for insomnia components: stimulus control, sleep diary review"]),
    ]


def psy_gad(n, pd):
    return [
        G("Excessive worry and muscle tension",
          f"{n} will manage worry so that it no longer keeps {n} from work tasks, with a GAD-7 score below 8.",
          [O(f"{n} will lower the GAD-7 score from 16 to 7 or below.", add(pd, 112)),
           O(f"{n} will use scheduled worry time and paced breathing on at least 5 of 7 days, as shown on the daily practice log.", add(pd, 56))],
          ["CBT for generalized anxiety: worry exposure, scheduled worry time",
           "Relaxation training (paced breathing, progressive muscle relaxation)"]),
        G("Avoidance of driving on highways",
          f"{n} will drive on the highway for 30 minutes without leaving early.",
          [O(f"{n} will complete 8 of the 10 steps of the written driving exposure ladder.", add(pd, 84)),
           O(f"{n} will rate peak anxiety at 4/10 or lower on the last 3 highway practice drives.", add(pd, 98))],
          ["Graded in-vivo exposure with between-session practice"]),
    ]


def psy_ptsd(n, pd):
    return [
        G("Intrusive memories and nightmares after a workplace assault",
          f"{n} will have trauma symptoms below the clinical range, with a PCL-5 total below 33.",
          [O(f"{n} will lower the PCL-5 total from 54 to 32 or below.", add(pd, 120)),
           O(f"{n} will reduce nightmares from 4 per week to 1 or fewer per week, as recorded in the sleep log.", add(pd, 90))],
          ["Cognitive processing therapy (12 sessions, written impact statement)",
           "Imagery rehearsal for nightmares"]),
        G("Avoidance of public places",
          f"{n} will shop at the grocery store alone at least once a week.",
          [O(f"{n} will complete 6 of 8 items on the in-vivo exposure list at least twice each.", add(pd, 100))],
          ["In-vivo exposure planning and review"]),
    ]


def psy_panic(n, pd):
    return [
        G("Panic attacks",
          f"{n} will be free of full panic attacks for 4 weeks in a row.",
          [O(f"{n} will reduce panic attacks from 3 per week to 0 per week, as recorded on the panic diary.", add(pd, 90)),
           O(f"{n} will complete 3 interoceptive exposure exercises daily on at least 5 days a week.", add(pd, 42))],
          ["Panic control treatment: psychoeducation, interoceptive exposure, cognitive restructuring"]),
        G("Avoidance of buses and crowded stores",
          f"{n} will ride the city bus alone for 20 minutes.",
          [O(f"{n} will ride the bus alone for 20 minutes on 3 separate days.", add(pd, 105))],
          ["Graded in-vivo exposure"]),
    ]


def psy_teen(n, pd):
    return [
        G("Depressed mood and school refusal",
          f"{n} will attend school full days with mood in the mild range.",
          [O(f"{n} will attend at least 90% of school days each month, per the school attendance report.", add(pd, 90)),
           O(f"{n} will lower the PHQ-A score from 17 to 9 or below.", add(pd, 120))],
          ["Individual CBT for adolescent depression", "Behavioral activation with weekly activity plan"]),
        G("Family conflict",
          f"{n} and parent will resolve disagreements without shouting.",
          [O(f"{n} and parent will reduce shouting arguments from 5 per week to 1 or fewer per week, as recorded on the home log.", add(pd, 84)),
           O(f"{n} and parent will hold a 15-minute weekly family meeting on at least 6 of 8 weeks.", add(pd, 70))],
          ["Family therapy sessions focused on communication and problem solving"]),
    ]


def psy_ocd(n, pd):
    return [
        G("Checking rituals",
          f"{n} will spend less than 30 minutes a day on checking.",
          [O(f"{n} will lower the Y-BOCS total from 27 to 15 or below.", add(pd, 126)),
           O(f"{n} will reduce time spent checking locks and the stove from 2 hours a day to 30 minutes or less a day, per the self-monitoring log.", add(pd, 98))],
          ["Exposure and response prevention (ERP) with a written hierarchy"]),
        G("Lateness to work caused by rituals",
          f"{n} will arrive at work on time.",
          [O(f"{n} will arrive at work on time on at least 9 of 10 workdays for 4 consecutive weeks.", add(pd, 84))],
          ["ERP homework review; morning routine plan"]),
    ]


def sud_alcohol(n, pd):
    return [
        G("Alcohol use disorder, severe",
          f"{n} will stay abstinent from alcohol.",
          [O(f"{n} will have negative breathalyzer and urine EtG results on 100% of random tests for 60 days.", add(pd, 60)),
           O(f"{n} will attend at least 3 mutual-support meetings (AA or SMART Recovery) per week, verified by signed attendance sheets.", add(pd, 30)),
           O(f"{n} will write 5 personal triggers for drinking and one coping response for each, and review them with the counselor.", add(pd, 14))],
          ["Individual counseling using motivational interviewing", "Group relapse-prevention sessions",
           "Medication evaluation for naltrexone"]),
        G("Family and housing stress",
          f"{n} will have a safe, alcohol-free place to live at discharge.",
          [O(f"{n} will complete 3 sober-living or recovery-residence applications.", add(pd, 21)),
           O(f"{n} will attend 2 family sessions with partner present.", add(pd, 28))],
          ["Case management for housing", "Family sessions"]),
    ]


def sud_opioid(n, pd):
    return [
        G("Opioid use disorder",
          f"{n} will stop using illicit opioids while stabilized on methadone.",
          [O(f"{n} will have urine drug screens negative for illicit opioids and fentanyl on 4 consecutive monthly tests.", add(pd, 90)),
           O(f"{n} will take the daily methadone dose at the clinic on at least 26 of 28 days each month.", add(pd, 60)),
           O(f"{n} will attend 4 individual counseling sessions per month.", add(pd, 30))],
          ["Methadone maintenance, dose per medical order", "Individual counseling", "Naloxone education and kit"]),
        G("Unemployment",
          f"{n} will obtain part-time work.",
          [O(f"{n} will submit at least 5 job applications.", add(pd, 45)),
           O(f"{n} will attend 2 appointments with the vocational rehabilitation counselor.", add(pd, 60))],
          ["Referral to vocational rehabilitation"]),
    ]


def sud_stim(n, pd):
    return [
        G("Stimulant (methamphetamine) use",
          f"{n} will stop using methamphetamine.",
          [O(f"{n} will have negative urine drug screens for amphetamines on all weekly tests for 8 consecutive weeks.", add(pd, 70)),
           O(f"{n} will attend 3 intensive outpatient groups per week, per the group sign-in record.", add(pd, 30))],
          ["Contingency management (prize draws for negative screens)", "Matrix model group sessions"]),
        G("Sleep and health",
          f"{n} will keep a regular sleep schedule.",
          [O(f"{n} will sleep at least 6 hours on 5 of 7 nights, as recorded in the sleep log.", add(pd, 42)),
           O(f"{n} will complete 1 primary care visit for a physical and lab work.", add(pd, 35))],
          ["Health education", "Referral to primary care"]),
    ]


def pt_knee(n, pd, side="right"):
    return [
        G("Decreased knee range of motion and strength after total knee arthroplasty",
          f"Pt will walk community distances (1,000 ft) with no assistive device and climb 12 stairs with one rail, modified independent, within 12 weeks.",
          [O(f"Increase {side} knee flexion from 88 to 115 degrees.", add(pd, 28)),
           O(f"Walk 300 ft with a single-point cane, standby assist.", add(pd, 28)),
           O(f"Reduce pain with stairs from 7/10 to 3/10 or less.", add(pd, 42))],
          ["Therapeutic exercise (97110)", "Gait training (97116)", "Manual therapy (97140)"]),
    ]


def pt_back(n, pd):
    return [
        G("Low back pain limiting work and lifting",
          f"Pt will lift 25 lb floor to waist with correct mechanics, 5 repetitions, and return to full work duty, within 8 weeks.",
          [O("Decrease Oswestry Disability Index from 46% to 20% or less.", add(pd, 56)),
           O("Sit for 60 minutes at work with pain 3/10 or less.", add(pd, 28)),
           O("Perform home exercise program independently with 100% accuracy on return demonstration.", add(pd, 14))],
          ["Therapeutic exercise (97110)", "Neuromuscular re-education (97112)", "Manual therapy (97140)"]),
    ]


def ot_stroke(n, pd):
    return [
        G("Right hemiparesis limiting self-care",
          f"Pt will dress upper and lower body with set-up only, within 10 weeks.",
          [O("Don a pullover shirt with minimal assist (25% or less) using the hemi-dressing technique.", add(pd, 28)),
           O("Increase right grip strength from 12 lb to 25 lb.", add(pd, 42)),
           O("Complete grooming at the sink standing for 5 minutes with contact guard assist.", add(pd, 28))],
          ["Self-care/ADL training (97535)", "Therapeutic activities (97530)", "Neuromuscular re-education (97112)"]),
    ]


def slp_aphasia(n, pd):
    return [
        G("Expressive aphasia after left CVA",
          f"Pt will state basic needs and wants to family in short sentences with 90% intelligibility, within 12 weeks.",
          [O("Name 20 common household objects with 80% accuracy given phonemic cues.", add(pd, 42)),
           O("Produce 3-4 word sentences to request items in 8 of 10 trials.", add(pd, 56)),
           O("Caregiver will use 3 supported-conversation strategies correctly in 4 of 5 observed conversations.", add(pd, 56))],
          ["Treatment of speech, language, voice and communication (92507)"]),
    ]


def hh_chf(n, pd):
    return [
        G("Heart failure self-management",
          f"Patient will manage heart failure at home without an ER visit or hospital stay during the certification period.",
          [O("Patient will weigh daily and correctly state when to call (gain of 3 lb in a day or 5 lb in a week) on 3 consecutive visits.", add(pd, 21)),
           O("Patient will keep weight within 3 lb of dry weight (182 lb) on 90% of daily log entries.", add(pd, 56)),
           O("Patient will fill the weekly pill organizer with 100% accuracy on return demonstration.", add(pd, 14))],
          ["SN: assess cardiopulmonary status, weight trend, edema", "SN: teach low-sodium diet and medication regimen",
           "PT: gait and endurance training"]),
        G("Decreased endurance and fall risk",
          f"Patient will walk 150 ft with a rolling walker, standby assist, with no loss of balance.",
          [O("Improve Timed Up and Go from 24 seconds to 16 seconds or less.", add(pd, 42))],
          ["PT: therapeutic exercise, balance training, home safety evaluation"]),
    ]


def hh_wound(n, pd):
    return [
        G("Diabetic foot ulcer, right heel",
          f"Wound will be fully healed (100% epithelialized) by the end of the certification period.",
          [O("Wound area will decrease from 3.0 x 2.2 cm to 1.5 x 1.0 cm or smaller.", add(pd, 30)),
           O("Caregiver will perform the dressing change correctly on return demonstration on 2 consecutive visits.", add(pd, 14)),
           O("Fasting blood glucose will be 80-150 mg/dL on 80% of log readings.", add(pd, 45))],
          ["SN: wound assessment and measurement weekly", "SN: teach dressing change and offloading",
           "SN: diabetic teaching"]),
    ]


def hh_hip(n, pd):
    return [
        G("Impaired mobility after right hip replacement",
          f"Patient will walk 200 ft with a single-point cane, modified independent, and climb 3 entry steps with one rail.",
          [O("Patient will perform the hip precaution home exercise program independently on return demonstration.", add(pd, 14)),
           O("Patient will walk 100 ft with a rolling walker with supervision.", add(pd, 21)),
           O("Patient will transfer bed to chair independently with the walker.", add(pd, 28))],
          ["PT: therapeutic exercise, gait training, transfer training", "OT: ADL training with adaptive equipment",
           "SN: incision and pain assessment"]),
    ]


def aba_targets(n, pd, caregiver="Parent", variant=0):
    """ABA goals: each with domain, baseline, mastery criteria and target date."""
    sets = [
        [
            G("Communication", f"{n} will independently request 15 preferred items or activities using 2-3 word phrases.",
              [], [], gdate=add(pd, 120), domain="Communication",
              baseline="3 items with full verbal prompts (5-day probe)",
              mastery="80% of opportunities independently across 3 consecutive sessions"),
            G("Social", f"{n} will respond to peer greetings within 5 seconds.",
              [], [], gdate=add(pd, 150), domain="Social skills",
              baseline="1 of 10 opportunities",
              mastery="8 of 10 opportunities across 3 consecutive sessions with 2 different peers"),
            G("Problem behavior", f"{n} will reduce elopement from the classroom or home to 1 or fewer episodes per week.",
              [], [], gdate=add(pd, 150), domain="Behavior reduction",
              baseline="average 6 episodes per week (ABC data, 2 weeks)",
              mastery="1 or fewer episodes per week for 4 consecutive weeks"),
            G("Caregiver training", f"{caregiver} will implement the first-then visual schedule and planned-ignoring protocol with at least 90% fidelity.",
              [], [], gdate=add(pd, 90), domain="Caregiver training",
              baseline="40% fidelity on the treatment-integrity checklist",
              mastery="90% fidelity or higher across 3 consecutive observed sessions"),
        ],
        [
            G("Daily living", f"{n} will complete all 8 steps of handwashing independently.",
              [], [], gdate=add(pd, 90), domain="Adaptive / daily living",
              baseline="2 of 8 steps independently (task analysis)",
              mastery="8 of 8 steps independently across 5 consecutive opportunities"),
            G("Communication", f"{n} will answer 10 different 'wh' questions about familiar routines.",
              [], [], gdate=add(pd, 150), domain="Language",
              baseline="2 of 10 questions correct",
              mastery="9 of 10 correct across 3 consecutive sessions"),
            G("Problem behavior", f"{n} will reduce aggression (hitting, kicking) from an average of 9 per day to 2 or fewer per day.",
              [], [], gdate=add(pd, 150), domain="Behavior reduction",
              baseline="9 per day (frequency count, 10 days)",
              mastery="2 or fewer per day for 10 consecutive school days"),
            G("Parent training", f"{caregiver} will deliver the token economy and functional communication training at home with at least 85% fidelity.",
              [], [], gdate=add(pd, 100), domain="Parent training",
              baseline="35% fidelity",
              mastery="85% fidelity or higher on 3 consecutive parent-training sessions"),
        ],
        [
            G("Play and leisure", f"{n} will play independently with a toy for 10 minutes without problem behavior.",
              [], [], gdate=add(pd, 120), domain="Leisure",
              baseline="1 minute",
              mastery="10 minutes on 4 of 5 consecutive days"),
            G("Tolerance", f"{n} will tolerate a 3-minute wait for a preferred item with no crying or dropping to the floor.",
              [], [], gdate=add(pd, 120), domain="Behavior reduction",
              baseline="tolerates 10 seconds",
              mastery="3-minute wait in 80% of trials across 3 consecutive sessions"),
            G("Toileting", f"{n} will urinate in the toilet on a 90-minute schedule with no more than 1 accident per week.",
              [], [], gdate=add(pd, 150), domain="Adaptive / daily living",
              baseline="5 accidents per week, 0 self-initiations",
              mastery="1 or fewer accidents per week for 3 consecutive weeks"),
            G("Caregiver training", f"{caregiver} will run the toileting schedule and prompt hierarchy at home with at least 90% fidelity.",
              [], [], gdate=add(pd, 90), domain="Caregiver training",
              baseline="50% fidelity",
              mastery="90% fidelity across 3 consecutive observations"),
        ],
    ]
    return sets[variant % len(sets)]


# ----------------------------------------------------------------------------------------------
# goal and service layouts
# ----------------------------------------------------------------------------------------------
def goals_table(w, goals, fmt=us, cols=("Problem", "Goal", "Objective", "Target Date", "Interventions"),
                merge=False, shade=None, size=9):
    rows = [list(cols)]
    spans = []
    for gi, g in enumerate(goals, 1):
        start = len(rows)
        for oi, o in enumerate(g["objs"]):
            lab = f"{gi}{chr(96 + oi + 1)}. "
            rows.append([f"{gi}. {g['problem']}" if (oi == 0 or merge) else "",
                         g["goal"] if (oi == 0 or merge) else "",
                         lab + o["text"], fmt(o["date"]),
                         "; ".join(g["intv"]) if (oi == 0 or merge) else ""])
        spans.append((start, len(rows) - 1))
    t = w.table(rows, shade=shade, size=size)
    if merge:
        for a, b in spans:
            if b > a:
                for c in (0, 1, 4):
                    top = t.cell(a, c)
                    keep = top.text
                    m = top.merge(t.cell(b, c))
                    for par in m.paragraphs[1:]:
                        par._p.getparent().remove(par._p)
                    m.paragraphs[0].text = ""
                    r = m.paragraphs[0].add_run(keep)
                    r.font.size = Pt(size)
    return t


def goals_ehr(w, goals, fmt=us, intv_label="Intervention"):
    for gi, g in enumerate(goals, 1):
        w.rp((f"Problem #{gi}: ", "b"), g["problem"])
        w.rp(("Long Term Goal: ", "b"), g["goal"])
        for oi, o in enumerate(g["objs"], 1):
            w.rp((f"Short Term Objective {gi}.{oi}: ", "b"), o["text"], "   ", ("Target Date: ", "b"), fmt(o["date"]))
        for ii, iv in enumerate(g["intv"], 1):
            w.rp((f"{intv_label} {gi}.{ii}: ", "b"), iv)
        w.p("")


def goals_outline(w, goals, fmt=us, goal_word="Goal", obj_style="paren"):
    for gi, g in enumerate(goals, 1):
        w.rp((f"{goal_word} {gi}: ", "b"), g["goal"], ("   (Problem: " + g["problem"] + ")", "i"))
        for oi, o in enumerate(g["objs"]):
            lab = f"{gi}{chr(97 + oi)}."
            if obj_style == "paren":
                w.p(f"    {lab} {o['text']} (by {fmt(o['date'])})")
            else:
                w.p(f"    Objective {lab} {o['text']} Target: {fmt(o['date'])}")
        w.rp(("    Interventions: ", "i"), "; ".join(g["intv"]) + ".")


def goals_nested(w, goals, fmt=us):
    for gi, g in enumerate(goals, 1):
        t = w.table([[f"PROBLEM {gi}: {g['problem']}", ""], ["Goal", g["goal"]], ["Objectives", ""],
                     ["Interventions", "\n".join(g["intv"])]], header=False, bold_col0=True, size=9)
        a = t.cell(0, 0).merge(t.cell(0, 1))
        shade_cell(a, "D9E2F3")
        host = t.cell(2, 1)
        inner = host.add_table(rows=1 + len(g["objs"]), cols=3)
        inner.style = w.d.styles["Table Grid"]
        for ci, hd in enumerate(("#", "Objective (measurable)", "Target date")):
            W._fill(inner.cell(0, ci), hd, bold=True, size=8)
        for oi, o in enumerate(g["objs"], 1):
            W._fill(inner.cell(oi, 0), f"{gi}.{oi}", size=8)
            W._fill(inner.cell(oi, 1), o["text"], size=8)
            W._fill(inner.cell(oi, 2), fmt(o["date"]), size=8)
        w.p("")


def goals_prose(w, goals, n, fmt=words):
    order = ["first", "second", "third", "fourth"]
    for gi, g in enumerate(goals):
        w.p(f"The {order[gi]} goal of treatment addresses {g['problem'].lower()}: {g['goal']}")
        for oi, o in enumerate(g["objs"], 1):
            w.p(f"Objective {gi + 1}.{oi}: {o['text']} Target date: {fmt(o['date'])}.")
        w.p("We will work on this through " + "; ".join(x[0].lower() + x[1:] for x in g["intv"]) + ".")


def pt_goals(w, goals, pd, fmt=us, ltg_weeks=12):
    g = goals[0]
    w.rp(("Long-Term Goal (LTG 1): ", "b"), g["goal"])
    w.rp(("Short-Term Goals:", "b"))
    for oi, o in enumerate(g["objs"], 1):
        w.p(f"STG {oi}: {o['text']} Target: {fmt(o['date'])}")


def aba_grid(w, goals, fmt=us, cols=("#", "Domain", "Goal / Target", "Baseline", "Mastery Criteria", "Target Date"),
             shade="E2EFDA", size=8.5):
    rows = [list(cols)]
    for gi, g in enumerate(goals, 1):
        rows.append([str(gi), g["domain"], g["goal"], g["baseline"], g["mastery"], fmt(g["gdate"])])
    return w.table(rows, shade=shade, size=size)


def aba_cards(w, goals, fmt=us):
    for gi, g in enumerate(goals, 1):
        w.rp((f"Goal {gi} \u2013 {g['domain']}", "b"))
        w.rp(("Target: ", "b"), g["goal"])
        w.rp(("Baseline: ", "b"), g["baseline"])
        w.rp(("Mastery criteria: ", "b"), g["mastery"])
        w.rp(("Target date: ", "b"), fmt(g["gdate"]))


def services_table(w, services, cols=("CPT", "Service", "Session length", "Frequency", "Duration"), size=9,
                   shade=None):
    keys = {"CPT": "code", "CPT Code": "code", "Code": "code", "HCPCS/CPT": "code", "Service": "desc",
            "Service / Modality": "desc", "Modality": "desc", "Session length": "amount", "Amount": "amount",
            "Minutes": "amount", "Units per visit": "amount", "Frequency": "freq", "How often": "freq",
            "Duration": "dur", "Length of treatment": "dur", "Hours per week": "hpw", "Hours/Week": "hpw",
            "Provider": "prov", "Responsible": "prov", "Units": "units", "Units requested": "units"}
    rows = [list(cols)] + [[s.get(keys[c], "") for c in cols] for s in services]
    return w.table(rows, size=size, shade=shade)


# ----------------------------------------------------------------------------------------------
# registry, profile kinds and self-checks
# ----------------------------------------------------------------------------------------------
BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
# Kinds each profile can report at error or warning (resolved with `authcheck profiles show ID --resolved
# --as-of 2026-06-01`, the versions in force for every as-of date used here). Info-only kinds (readability;
# amount-missing under medicare-outpatient-therapy) are left out.
KINDS = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE | {"credential-missing", "signature-missing", "duration-exceeds-limit",
                                      "duration-missing", "goal-not-measurable", "goal-missing",
                                      "intervention-missing", "objective-not-measurable", "objective-not-time-bound",
                                      "plan-outdated", "amount-missing", "frequency-missing"},
    "medicare-outpatient-therapy": BASE | {"signature-missing", "duration-missing", "goal-not-measurable",
                                           "goal-missing", "intervention-missing", "credential-not-permitted",
                                           "signature-late", "plan-late", "review-interval-exceeded",
                                           "review-overdue", "frequency-missing"},
    "medicare-home-health": BASE | {"duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
                                    "credential-not-permitted", "signature-missing", "review-interval-exceeded",
                                    "review-overdue", "frequency-missing"},
    "commercial-aba": BASE | {"assessment-missing", "assessment-outdated", "caregiver-goal-missing",
                              "signature-missing", "diagnosis-not-covered", "duration-exceeds-limit",
                              "baseline-missing", "goal-not-measurable", "goal-missing", "goal-not-time-bound",
                              "review-date-missing", "review-interval-exceeded", "amount-missing"},
    "pa-55-5200": {"field-missing", "signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                   "objective-missing", "plan-late"},
    "ny-oasas-818": {"field-missing", "signature-missing", "diagnosis-missing", "goal-missing",
                     "intervention-missing", "signature-late", "plan-late"},
    "fl-65d-30": {"field-missing", "signature-missing", "goal-missing", "intervention-missing",
                  "objective-not-measurable", "objective-missing", "objective-not-time-bound", "plan-late",
                  "frequency-missing", "signature-late"},
    "ca-title9-ntp": {"field-missing", "signature-missing", "goal-missing", "objective-missing",
                      "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
                      "review-interval-exceeded", "review-overdue"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                     "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                     "frequency-missing"},
}
FL_LEVEL_DAYS = {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15,
                 "residential level 3": 15, "residential level 4": 15, "day or night treatment": 10,
                 "day/night treatment": 10}

PLANS: list[dict] = []


def sig(role, date=None, signed=True, cred=None):
    return {"role": role, "date": date, "signed": signed, "cred": cred}


def register(file, payer, states, as_of, gaps, notes, m, unsure=()):
    PLANS.append({"file": file, "payer": payer, "states": list(states), "as_of": as_of, "gaps": gaps,
                  "unsure": list(unsure), "notes": notes, "meta": m})


def M(**kw):
    base = {"birth": None, "plan": None, "admission": None, "first_tx": None, "period": None, "reviews": [],
            "targets": [], "sigs": [], "assessment": None, "level": None, "dur_days": None}
    base.update(kw)
    return base


def targets_of(goals):
    out = []
    for g in goals:
        if g.get("gdate"):
            out.append(g["gdate"])
        out += [o["date"] for o in g["objs"]]
    return out


def selfcheck(p):
    m, gaps, a = p["meta"], {k for g in p["gaps"] for k in g}, p["as_of"]
    profs = [p["payer"]] + p["states"]
    pd = m["plan"] or (m["period"][0] if m["period"] else m["first_tx"])
    name = p["file"]
    assert pd, name
    if "date-inconsistent" not in gaps:
        assert m["birth"] < pd, name
        assert all(t > pd for t in m["targets"]), name
        assert all(r > pd for r in m["reviews"]), name
        for s in m["sigs"]:
            if s["date"]:
                assert pd <= s["date"] <= a, (name, s)
        if m["admission"]:
            assert m["admission"] <= pd, name
        if m["admission"] and m["first_tx"]:
            assert m["admission"] <= m["first_tx"], name
        if m["period"]:
            assert m["period"][0] < m["period"][1], name
        if m["assessment"]:
            assert m["assessment"] <= a, name

    def sd(role):
        return [s for s in m["sigs"] if s["role"] == role and s["signed"] and s["date"]]

    if "medicare-psychotherapy" in profs:
        if "plan-outdated" not in gaps:
            assert (a - pd).days <= 365, name
        if "duration-exceeds-limit" not in gaps:
            assert m["dur_days"] and m["dur_days"] < 365, name
    if "pa-55-5200" in profs and "plan-late" not in gaps:
        assert 0 <= (pd - m["admission"]).days <= 30, name
    if "medicare-outpatient-therapy" in profs:
        ft = m["first_tx"]
        assert pd == ft, name
        if "review-interval-exceeded" not in gaps:
            assert (m["period"][1] - ft).days <= 90, name
            assert all((r - ft).days <= 90 for r in m["reviews"]), name
        assert a <= m["period"][1], name
        late = [s for s in sd("physician") if (s["date"] - ft).days > 30]
        assert bool(late) == ("signature-late" in gaps), name
    if "medicare-home-health" in profs:
        ft = m["first_tx"]
        assert (m["period"][1] - ft).days <= 60, name
        assert a <= m["period"][1], name
    if "commercial-aba" in profs:
        s0, e0 = m["period"]
        assert (e0 - s0).days <= 183, name  # at most 6 months
        if "review-date-missing" not in gaps:
            assert m["reviews"] and all((r - pd).days <= 184 for r in m["reviews"]), name
        assert m["assessment"] and 0 <= (pd - m["assessment"]).days <= 365, name
    if "ny-oasas-818" in profs:
        adm = m["admission"]
        assert (pd - adm).days <= 7, name
        late = [s for s in sd("physician") if (s["date"] - adm).days > 10]
        assert bool(late) == ("signature-late" in gaps), name
    if "fl-65d-30" in profs:
        days = FL_LEVEL_DAYS.get(m["level"].lower(), 30)
        assert (pd - m["admission"]).days <= days, name
        late = [s for s in sd("supervisor") if (s["date"] - pd).days > 10]
        assert bool(late) == ("signature-late" in gaps), name
    if "ca-title9-ntp" in profs:
        adm = m["admission"]
        assert (pd - adm).days <= 28, name
        assert m["reviews"] and all((r - adm).days <= 92 for r in m["reviews"][:1]), name
        assert a < m["reviews"][0], name
        late = [s for s in sd("supervisor") + sd("physician") if (s["date"] - pd).days > 14]
        assert bool(late) == ("signature-late" in gaps), name
    if "tx-26tac-564" in profs:
        assert m["dur_days"], name


# ----------------------------------------------------------------------------------------------
# shared boilerplate
# ----------------------------------------------------------------------------------------------
CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline), call 911, or go to the nearest "
          "emergency department. After hours, the on-call clinician can be reached through the main number.")
CONSENT = ("I took part in writing this plan. I understand my diagnosis, the goals and the services offered, "
           "and I may ask for changes at any time. I understand I may withdraw from treatment at any time.")
RIGHTS = ("Your rights: you have the right to privacy of your records under HIPAA and 42 CFR Part 2 where it "
          "applies, to file a grievance without retaliation, and to receive a copy of this plan.")


def sig_table_with_images(w, rows, image_col, seeds, header=("Role", "Name / Credentials", "Signature", "Date"),
                          size=9.5):
    t = w.table([list(header)] + rows, size=size)
    for ri, seed in enumerate(seeds, 1):
        if seed:
            w.picture_in(t.cell(ri, image_col).paragraphs[0], seed, width=1.2)
    return t


def psych_dx(w, rows, header=("ICD-10-CM", "Diagnosis", "Primary?")):
    return w.table([list(header)] + rows, size=10)


# ----------------------------------------------------------------------------------------------
# medicare-psychotherapy (+ pa-55-5200) DOCX plans
# ----------------------------------------------------------------------------------------------
def ad01():
    pd, a, n = D("2026-02-09"), D("2026-04-20"), "Celia"
    goals = psy_depression(n, pd)
    w = W(font="Cambria", author="Riverbend Counseling")
    w.header("Riverbend Counseling Associates  |  Individual Treatment Plan  |  CONFIDENTIAL")
    w.p("Riverbend Counseling Associates", b=True, size=16, align="c")
    w.p("418 Mill Street, Suite 2, Lewisburg, PA 17837  \u00b7  (570) 555-0142", align="c", size=9)
    w.h("Individual Treatment Plan", 1)
    w.h("Client Information", 2)
    w.lv(("Client Name", "Celia M. Hartwell"), ("Date of Birth", "08/14/1961"))
    w.lv(("Medicare MBI", "3QR7TU2HK41"), ("Plan Date", us(pd)))
    w.lv(("Treating Clinician", "Marisol Vega, L.C.S.W."), ("NPI", npi("ad01-vega")))
    w.h("Diagnosis", 2)
    psych_dx(w, [["F33.1", "Major depressive disorder, recurrent, moderate", "Yes"],
                 ["G47.00", "Insomnia, unspecified", "No"]])
    w.h("Presenting Problem", 2)
    w.p("Ms. Hartwell, 64, was referred by her primary care physician after 5 months of low mood, poor sleep "
        "and withdrawal from friends following her husband's death. She has cut back to 20 hours a week at "
        "the library. No suicidal ideation; safety plan reviewed.")
    w.h("Goals and Objectives", 2)
    goals_table(w, goals, merge=True, shade="DEEAF6")
    w.h("Services", 2)
    services_table(w, [{"code": "90837", "desc": "Individual psychotherapy (CBT)", "amount": "53-60 minutes",
                        "freq": "Once a week", "dur": "6 months"}])
    w.lv(("Expected Duration", f"6 months (through {us(add(pd, 181))})"))
    w.h("Crisis Resources", 3)
    w.p(CRISIS, size=9)
    w.h("Signatures", 2)
    w.p("By signing, the clinician attests that this plan was developed with the client and is medically "
        "necessary.", i=True, size=9)
    sig_table_with_images(w, [["Treating Clinician", "Marisol Vega, L.C.S.W.", "", us(pd)],
                              ["Client", "Celia M. Hartwell", "", us(pd)]], 2, ["vega", "hartwell"])
    w.footer("Riverbend Counseling Associates \u2022 Form TP-2 (rev. 2024) \u2022 Page 1 of 2")
    w.save("ad01_psychotherapy_signature_table.docx", "Individual Treatment Plan")
    register("ad01_psychotherapy_signature_table.docx", "medicare-psychotherapy", [], a, [],
             "Clean. Word headings, label lines, merged-cell goals table, signer table (Role | Name / Credentials | "
             "Signature image | Date) with the credential written with periods (L.C.S.W.).",
             M(birth=D("1961-08-14"), plan=pd, targets=targets_of(goals), dur_days=181,
               sigs=[sig("clinician", pd, cred="LCSW"), sig("client", pd)]))


def ad02():
    adm, pd, a, n = D("2026-02-10"), D("2026-03-03"), D("2026-05-15"), "Paula"
    goals = psy_gad(n, pd)
    appr = add(pd, 2)
    w = W(font="Arial", size=10, author="CareNotes EHR")
    w.header(f"Ng, Paula  |  DOB 11/02/1958  |  MRN 0048812  |  Printed {us(a)}", align="l")
    w.p("SUSQUEHANNA VALLEY BEHAVIORAL HEALTH \u2014 OUTPATIENT PSYCHIATRIC CLINIC", b=True)
    w.p("TREATMENT PLAN (INITIAL)", b=True, size=13)
    w.rp(("Patient: ", "b"), "Paula Ng", "    ", ("DOB: ", "b"), "11/02/1958", "    ", ("Medicare ID: ", "b"), "5KD2WE7RT93")
    w.rp(("Intake Date: ", "b"), us(adm), "    ", ("Plan Date: ", "b"), us(pd), "    ", ("Program: ", "b"), "Adult Outpatient")
    w.rp(("Primary Therapist: ", "b"), "Devon Okafor, Licensed Professional Counselor", "    ", ("NPI: ", "b"), npi("ad02-okafor"))
    w.p("DIAGNOSES", b=True)
    w.p("F41.1  Generalized anxiety disorder  (primary)")
    w.p("Z63.4  Disappearance and death of family member")
    w.p("PROBLEMS / GOALS / OBJECTIVES", b=True)
    goals_ehr(w, goals)
    w.p("SERVICES", b=True)
    w.p("Individual psychotherapy (CPT 90834), 45 minutes, weekly.")
    w.p("Psychiatric medication management (CPT 99214) with Dr. Shah, 25 minutes, every 4 weeks.")
    w.rp(("Expected Duration of Treatment: ", "b"), "24 weeks")
    w.p("ATTESTATION AND SIGNATURES", b=True)
    w.p("This document was signed electronically in CareNotes. Each signature below is a unique, secured "
        "electronic signature of the person named, applied at the time shown.", size=9)
    w.table([["Event", "Signer", "Role", "Date / Time"],
             ["Signed", "Devon Okafor, Licensed Professional Counselor", "Primary therapist", f"{us(pd)} 14:12:55 EST"],
             ["Signed", "Paula Ng", "Client", f"{us(pd)} 14:20:11 EST"],
             ["Approved", "Ravi Shah, M.D.", "Psychiatrist (plan approval)", f"{us(appr)} 09:02:40 EST"],
             ["Locked", "CareNotes system", "\u2014", f"{us(appr)} 09:02:41 EST"]], size=9, shade="EDEDED")
    w.p("")
    w.p(CONSENT, size=8, i=True)
    w.p(RIGHTS, size=8)
    w.footer(f"Client initials: P.N.   \u2022   Document ID TP-20260303-0448   \u2022   Page 1 of 1")
    w.save("ad02_psychotherapy_pa_esign_audit.docx", "Treatment Plan")
    register("ad02_psychotherapy_pa_esign_audit.docx", "medicare-psychotherapy", ["pa-55-5200"], a, [],
             "Clean. EHR export (Problem #/Long Term Goal/Short Term Objective lines); signatures only as an "
             "e-signature audit-trail table (therapist with the credential spelled out 'Licensed Professional "
             "Counselor', client, psychiatrist M.D. approval two days later); client initials in the footer.",
             M(birth=D("1958-11-02"), plan=pd, admission=adm, targets=targets_of(goals), dur_days=168,
               sigs=[sig("clinician", pd), sig("client", pd), sig("physician", appr)]))


def ad10():
    pd, a, n = D("2026-03-16"), D("2026-06-01"), "Rafael"
    goals = psy_ptsd(n, pd)
    w = W(font="Georgia", size=10.5, author="Hannah Liu")
    w.p("Hannah Liu, LCSW \u2014 Private Practice", b=True, size=13)
    w.p("2210 Alder Ave, Eugene, OR 97405", size=9)
    w.p("")
    w.p("PSYCHOTHERAPY TREATMENT PLAN", b=True, align="c", size=14)
    w.form([("Client", "Rafael T. Quintero"), ("DOB", "02/27/1957"), ("Medicare Beneficiary ID", "7TF4GH2JK18"),
            ("Date plan established", us(pd)), ("Therapist", "Hannah Liu (LCSW)"), ("NPI", npi("ad10-liu"))],
           cols=2, shade_labels="F2F2F2")
    w.p("")
    w.p("Diagnosis", b=True, u=True)
    w.p("Primary: F43.12 Post-traumatic stress disorder, chronic")
    w.p("Presenting concerns", b=True, u=True)
    w.p("Mr. Quintero, a retired bus driver, was assaulted at work in 2023. He reports nightmares, startle, "
        "and avoiding stores and buses. PCL-5 on 03/09/2026: 54.")
    w.p("Goals, objectives and interventions", b=True, u=True)
    goals_outline(w, goals)
    w.p("Treatment", b=True, u=True)
    w.p("Type: individual psychotherapy, CPT 90837 (53+ minutes per session). Frequency: one session every "
        "week. Expected duration: 16 weeks; then review.")
    w.p("Signatures", b=True, u=True)
    par = w.p("")
    w.rp(("Therapist: ", "b"), "Hannah Liu (LCSW)   ", ("Signature: ", "b"), "/s/ Hannah Liu   ", ("Date: ", "b"), par=par)
    w.dele(par, us(add(pd, -3)), author="Hannah Liu", when="2026-03-16T17:40:00Z")
    w.ins(par, us(pd), author="Hannah Liu", when="2026-03-16T17:40:00Z")
    w.comment(par, "Date corrected to the session date the plan was completed.", author="Hannah Liu", initials="HL")
    w.p("Client signature: ______________________________   Date: ____________")
    w.p("Plan reviewed with Mr. Quintero by video on the date above; he agreed with the goals. Wet signature "
        "will be collected at his next office visit.", i=True, size=9)
    w.footer("Confidential health information")
    w.save("ad10_psychotherapy_parenthesised_credential.docx", "Psychotherapy Treatment Plan")
    register("ad10_psychotherapy_parenthesised_credential.docx", "medicare-psychotherapy", [], a, [],
             "Clean. Solo-practice form table; credential in parentheses 'Hannah Liu (LCSW)'; /s/ signature whose "
             "date was corrected by a tracked change (deleted 3 days earlier, inserted plan date) with a comment. The "
             "client line is blank, but medicare-psychotherapy does not require a client signature.",
             M(birth=D("1957-02-27"), plan=pd, targets=targets_of(goals), dur_days=112,
               sigs=[sig("clinician", pd, cred="LCSW"), sig("client", None, signed=False)]))


def ad11():
    pd, a, n = D("2026-01-20"), D("2026-03-02"), "Gordon"
    goals = psy_ocd(n, pd)
    cos = add(pd, 3)
    w = W(font="Times New Roman", size=11.5, author="Lakeshore Psychology Group")
    w.p("LAKESHORE PSYCHOLOGY GROUP, P.C.", b=True, align="c")
    w.p("Outpatient Treatment Plan", align="c", i=True)
    w.p("")
    w.p(f"Name: Gordon A. Whitcomb\tDOB: 06/30/1955\tMBI: 2WN8-XC4-PL65")
    w.p(f"Date: {us(pd)}\tProvider: Aaron Feld, Psy.D., Licensed Psychologist\tNPI {npi('ad11-feld')}")
    w.p("")
    w.p("I. DIAGNOSTIC IMPRESSION", b=True)
    w.p("F42.2  Mixed obsessional thoughts and acts (primary)")
    w.p("II. TREATMENT GOALS AND MEASURABLE OBJECTIVES", b=True)
    goals_outline(w, goals, obj_style="label")
    w.p("III. PLAN OF TREATMENT", b=True)
    w.p("Modality: individual psychotherapy with exposure and response prevention.")
    w.p("Amount: 45-minute sessions (90834).   Frequency: twice weekly for the first 4 weeks, then weekly.")
    w.p("Duration: approximately 18 weeks, through " + us(add(pd, 126)) + ".")
    w.p("IV. SIGNATURES", b=True)
    w.p(f"/s/ Aaron Feld, Psy.D.    Licensed Psychologist (PA PS018842)    {us(pd)}")
    w.p(f"Reviewed and countersigned: /s/ Miriam Kessler, Ph.D., ABPP, Clinical Director    {us(cos)}")
    w.p(f"Client acknowledgement: /s/ Gordon A. Whitcomb (signed on tablet)    {us_short(pd)}")
    w.p("")
    w.p("Typed signatures preceded by /s/ are electronic signatures adopted by the signer.", size=8, i=True)
    w.save("ad11_psychotherapy_slash_s_countersigned.docx", "Outpatient Treatment Plan")
    register("ad11_psychotherapy_slash_s_countersigned.docx", "medicare-psychotherapy", [], a, [],
             "Clean. Roman-numeral sections typed as bold lines, tab-separated header fields, outline objectives; "
             "/s/ typed signatures with 'Psy.D.' plus licence number, a Ph.D., ABPP countersignature three days "
             "later and the client's /s/ tablet acknowledgement with a two-digit-year date.",
             M(birth=D("1955-06-30"), plan=pd, targets=targets_of(goals), dur_days=126,
               sigs=[sig("clinician", pd), sig("supervisor", cos), sig("client", pd)]))


def ad12():
    adm, pd, a, n = D("2026-03-02"), D("2026-03-23"), D("2026-05-01"), "Jayden"
    goals = psy_teen(n, pd)
    appr = add(pd, 4)
    w = W(font="Calibri", size=10.5, author="Keystone Youth & Family")
    w.header("Keystone Youth & Family Services \u2014 Licensed Outpatient Psychiatric Clinic", align="c")
    w.h("Child & Adolescent Treatment Plan", 1)
    t = w.form([("Youth's name", "Jayden R. Reyes"), ("Date of birth", "09/19/2010"),
                ("Medical Assistance ID", "4410398276"), ("Intake date", us(adm)),
                ("Plan date", ""), ("Clinician", "Thomas Greer, M.S., LPC")], cols=2)
    w.sdt_inline(t.cell(2, 1).paragraphs[0], us(pd), "PlanDate", date=True)
    w.h("Diagnosis", 2)
    psych_dx(w, [["F32.1", "Major depressive disorder, single episode, moderate", "Primary"],
                 ["Z62.820", "Parent-biological child conflict", ""]], header=("Code", "Description", "Rank"))
    w.h("Goals and Objectives", 2)
    goals_nested(w, goals)
    w.h("Services and Frequency", 2)
    services_table(w, [{"code": "90834", "desc": "Individual psychotherapy", "amount": "45 min", "freq": "Weekly",
                        "dur": "20 weeks"},
                       {"code": "90847", "desc": "Family psychotherapy with youth present", "amount": "50 min",
                        "freq": "Every other week", "dur": "20 weeks"}],
                   cols=("CPT Code", "Service", "Minutes", "How often", "Length of treatment"))
    w.rp(("Expected duration: ", "b"), "20 weeks; plan will be reviewed at least every 120 days.")
    w.h("Signatures", 2)
    w.p("Youth (14 and older) and parent/guardian: I helped develop this plan and agree with it.", size=9, i=True)
    rows = [["Youth", "Jayden R. Reyes", "", ""], ["Parent/Guardian", "Monica Reyes (mother)", "", ""],
            ["Clinician", "Thomas Greer, M.S., LPC", "", ""],
            ["Psychiatric CRNP (plan approval)", "Alana Brooks, MSN, CRNP, PMHNP-BC", "", ""]]
    t = sig_table_with_images(w, rows, 2, ["jayden", "monica", "greer", "brooks"],
                              header=("Signer", "Printed name", "Signature", "Date signed"))
    for ri, d in enumerate([pd, pd, pd, appr], 1):
        w.sdt_inline(t.cell(ri, 3).paragraphs[0], us(d), f"SigDate{ri}", date=True)
    w.p("")
    w.p(CRISIS, size=8)
    w.save("ad12_psychotherapy_pa_minor_guardian.docx", "Child & Adolescent Treatment Plan")
    register("ad12_psychotherapy_pa_minor_guardian.docx", "base-treatment-plan", ["pa-55-5200"], a, [],
             "Clean. Minor (15), Medical Assistance: form table with the plan date in a date content "
             "control, nested objective tables, signer table with images and dates in content controls: youth, "
             "mother as guardian, LPC clinician, and plan approval by a psychiatric CRNP (PMHNP-BC, an advanced "
             "practice professional).",
             M(birth=D("2010-09-19"), plan=pd, admission=adm, targets=targets_of(goals), dur_days=140,
               sigs=[sig("client", pd), sig("guardian", pd), sig("clinician", pd), sig("physician", appr)]))


def ad19():
    pd, a, n = D("2026-04-06"), D("2026-05-20"), "Lorraine"
    goals = psy_panic(n, pd)
    w = W(font="Verdana", size=9.5, author="Harbor Point Counseling")
    w.p("Harbor Point Counseling Center", b=True, size=14)
    w.p("Outpatient Mental Health  \u2022  Tel 207-555-0190  \u2022  Fax 207-555-0191", size=8)
    w.h("Treatment Plan", 1)
    w.lv(("Client", "Lorraine P. Dubois"), ("DOB", "12/03/1959"), ("Medicare #", "6HJ9-RT3-WE52"))
    w.lv(("Date of Plan", us(pd)), ("Clinician", "Jordan Avery"), ("Clinician NPI", npi("ad19-avery")))
    w.h("Diagnosis (ICD-10-CM)", 2)
    w.p("F41.0 Panic disorder [episodic paroxysmal anxiety] \u2014 primary")
    w.h("Treatment Goals", 2)
    goals_table(w, goals, cols=("Problem", "Long-term goal", "Short-term objective", "Target", "Interventions"))
    w.h("Frequency and Duration", 2)
    w.p("Individual psychotherapy (90834), 45 minutes, 1x per week for 14 weeks.")
    w.h("Signatures", 2)
    par = w.rp(("Therapist signature: ", "b"))
    w.picture_in(par, "avery", width=1.3)
    w.rp("Jordan Avery, Staff Therapist", "        ", ("Date: ", "b"), us(pd))
    w.p("")
    w.p(CRISIS, size=8)
    w.save("ad19_psychotherapy_title_not_credential.docx", "Treatment Plan")
    register("ad19_psychotherapy_title_not_credential.docx", "medicare-psychotherapy", [], a,
             [["credential-missing"]],
             "Gap: the therapist signs as 'Jordan Avery, Staff Therapist' (signature image, dated) and no licence "
             "or credential appears anywhere on the plan; a job title is not a credential. Label lines, goals "
             "table, signature image above a typed name line.",
             M(birth=D("1959-12-03"), plan=pd, targets=targets_of(goals), dur_days=98,
               sigs=[sig("clinician", pd)]))


def ad20():
    pd, a, n = D("2026-04-13"), D("2026-06-10"), "Victor"
    goals = psy_gad(n, pd)
    w = W(font="Consolas", size=9.5, author="MindPath EHR")
    w.p("MindPath EHR  ::  TREATMENT PLAN  ::  v3.2 export", b=True)
    w.p("-" * 78)
    w.p(f"Client Name: Victor E. Salinas | DOB: 05/21/1956 | MBI: 8CV2-DF5-GH61")
    w.p(f"Date of Plan: {us(pd)} | Clinician: Taylor Brooks, LCSW | NPI: {npi('ad20-brooks')}")
    w.p("Diagnosis: F41.1 Generalized anxiety disorder (primary)")
    w.p("-" * 78)
    goals_ehr(w, goals, intv_label="Intervention")
    w.p("Service: 90837 Individual psychotherapy | Session length: 55 minutes | Frequency: weekly")
    w.p("Estimated length of treatment: 5 months")
    w.p("-" * 78)
    w.p("CLINICIAN ATTESTATION", b=True)
    w.p("\u2612 I attest that I developed this plan with the client and that the services are medically necessary.")
    w.p("Clinician signature: Taylor Brooks, LCSW (e-signature applied)")
    w.p("Date signed: ____________")
    w.p("-" * 78)
    w.p("Client copy given: \u2612 Yes  \u2610 No")
    w.save("ad20_psychotherapy_esign_undated.docx", "Treatment Plan")
    register("ad20_psychotherapy_esign_undated.docx", "medicare-psychotherapy", [], a, [["signature-missing"]],
             "Gap: the clinician's e-signature line carries no date ('Date signed:' left blank); only the plan date "
             "at the top is given. Monospace EHR export with pipe-separated header fields and a check-box "
             "attestation.",
             M(birth=D("1956-05-21"), plan=pd, targets=targets_of(goals), dur_days=150,
               sigs=[sig("clinician", None)]))


def ad21():
    pd, a, n = D("2026-02-23"), D("2026-04-06"), "Margaret"
    goals = psy_depression(n, pd)
    w = W(font="Segoe UI", size=10, author="Priya Raman")
    w.header("DRAFT \u2014 NOT FINAL", align="c", size=10)
    w.p("Coastal Family Therapy, LLC", b=True, size=13)
    w.h("Individualized Treatment Plan", 1)
    w.form([("Client", "Margaret J. O'Leary"), ("Birth date", "01/09/1952"), ("Medicare MBI", "4ER6-TY8-UI27"),
            ("Plan created", us(pd)), ("Therapist", "Priya Raman, LMFT"), ("NPI", npi("ad21-raman"))], cols=3)
    w.h("Diagnoses", 2)
    psych_dx(w, [["F33.1", "Major depressive disorder, recurrent, moderate", "Primary"]])
    w.h("Goals & Objectives", 2)
    goals_outline(w, goals, goal_word="Long-term goal")
    w.h("Services", 2)
    services_table(w, [{"code": "90837", "desc": "Individual psychotherapy", "amount": "60 minutes",
                        "freq": "Weekly", "dur": "6 months"}])
    w.h("Signature", 2)
    w.form([("Signature status", "Pending signature"), ("Routed to", "Priya Raman, LMFT"),
            ("Routed on", us(pd)), ("Signed on", "\u2014")], cols=2)
    w.p("This plan is not valid until signed by the treating clinician.", i=True, size=9)
    w.save("ad21_psychotherapy_pending_signature.docx", "Individualized Treatment Plan")
    register("ad21_psychotherapy_pending_signature.docx", "medicare-psychotherapy", [], a, [["signature-missing"]],
             "Gap: the plan was never signed: the signature box says 'Pending signature', routed to the therapist, "
             "'Signed on' is a dash, and the header says DRAFT. Three-pairs-per-row form table, outline goals. "
             "Unsure whether credential-missing also fires for an unsigned line, so it is not in must_not_report.",
             M(birth=D("1952-01-09"), plan=pd, targets=targets_of(goals), dur_days=181,
               sigs=[sig("clinician", None, signed=False)]), unsure=["credential-missing"])


def _pa_header(w, clinic, client, dob, mid, adm, pd, clin, npin):
    w.p(clinic, b=True, size=13, align="c")
    w.p("Licensed Psychiatric Outpatient Clinic (55 Pa. Code ch. 5200)", align="c", size=8, i=True)
    w.form([("Individual", client), ("Date of birth", dob), ("Medicare number", mid), ("Intake date", us(adm)),
            ("Treatment plan date", us(pd)), ("Mental health professional", clin), ("NPI", npin), ("", "")], cols=2)


def ad22():
    adm, pd, a, n = D("2026-01-12"), D("2026-02-04"), D("2026-03-30"), "Harold"
    goals = psy_depression(n, pd)
    appr = add(pd, 1)
    w = W(font="Calibri", size=10.5, author="Allegheny Ridge Clinic")
    _pa_header(w, "Allegheny Ridge Behavioral Health Clinic", "Harold B. Kimmel", "03/15/1950", "1AB2-CD3-EF45",
               adm, pd, "Renata Sousa, MSW, LCSW", npi("ad22-sousa"))
    w.h("Diagnosis", 2)
    w.p("F33.1 \u2013 Major depressive disorder, recurrent, moderate (primary)")
    w.h("Goals and Objectives", 2)
    goals_table(w, goals, cols=("Need", "Goal", "Objective", "Target date", "Modality"), shade="FFF2CC")
    w.h("Treatment Modalities, Frequency and Duration", 2)
    w.p("Individual psychotherapy 90837, 53 minutes, weekly. Expected duration of treatment: 6 months.")
    w.h("Signatures", 2)
    t = w.table([["MENTAL HEALTH PROFESSIONAL", "INDIVIDUAL RECEIVING SERVICES"],
                 [[f"Signature: /s/ Renata Sousa, MSW, LCSW", f"Date: {us(pd)}"],
                  ["Signature: ______________________________", "Date: ______________"]]], size=9.5)
    w.p(f"Psychiatrist: Leonard Fisch, MD     Signature: [signature on file]     Date: {us(appr)}")
    w.p(CONSENT, size=8, i=True)
    w.save("ad22_psychotherapy_pa_client_line_blank.docx", "Treatment Plan")
    register("ad22_psychotherapy_pa_client_line_blank.docx", "medicare-psychotherapy", ["pa-55-5200"], a,
             [["signature-missing"]],
             "Gap: Pennsylvania requires the individual's signature; the client's half of the two-column signature "
             "table is blank (underscores). Clinician /s/ signed and dated; psychiatrist approval 'signature on "
             "file' under a merged heading row.",
             M(birth=D("1950-03-15"), plan=pd, admission=adm, targets=targets_of(goals), dur_days=181,
               sigs=[sig("clinician", pd), sig("client", None, signed=False), sig("physician", appr)]))


def ad23():
    adm, pd, a, n = D("2026-02-16"), D("2026-03-09"), D("2026-05-04"), "Denise"
    goals = psy_ptsd(n, pd)
    w = W(font="Calibri", size=10.5, author="Three Rivers Counseling")
    _pa_header(w, "Three Rivers Counseling Clinic", "Denise A. Ward", "07/22/1958", "2GH4-JK5-LM67", adm, pd,
               "Brian Yost, LPC", npi("ad23-yost"))
    w.h("Diagnoses", 2)
    w.p("Primary: F43.12 Post-traumatic stress disorder, chronic")
    w.h("Goals and Objectives", 2)
    goals_ehr(w, goals)
    w.h("Services", 2)
    w.p("Cognitive processing therapy, individual (90837), 60 minutes, once weekly, expected duration 16 weeks.")
    w.h("Signatures", 2)
    w.p("Client", b=True)
    w.p("Signature: /s/ Denise A. Ward")
    w.p("Date:")
    w.p("Therapist", b=True)
    w.p(f"Signature: /s/ Brian Yost, LPC")
    w.p(f"Date: {us(pd)}")
    w.p("Approving psychiatrist", b=True)
    w.p(f"Signature: /s/ Kwame Asante, DO")
    w.p(f"Date: {us(add(pd, 2))}")
    w.save("ad23_psychotherapy_pa_client_undated.docx", "Treatment Plan")
    register("ad23_psychotherapy_pa_client_undated.docx", "medicare-psychotherapy", ["pa-55-5200"], a,
             [["signature-missing"]],
             "Gap: the client's /s/ signature has an empty 'Date:' line under it (PA requires signed and dated); "
             "therapist and DO approval dated. Signers as bold sub-headings with Signature/Date lines below.",
             M(birth=D("1958-07-22"), plan=pd, admission=adm, targets=targets_of(goals), dur_days=112,
               sigs=[sig("client", None), sig("clinician", pd), sig("physician", add(pd, 2))]))


def ad24():
    adm, pd, a, n = D("2026-04-01"), D("2026-04-27"), D("2026-06-15"), "Curtis"
    goals = psy_gad(n, pd)
    w = W(font="Calibri", size=10.5, author="Lehigh Valley Wellness")
    _pa_header(w, "Lehigh Valley Wellness Center", "Curtis L. Brandt", "10/11/1954", "3NP5-QR6-ST78", adm, pd,
               "Ashley Moore, LCSW", npi("ad24-moore"))
    w.h("Diagnosis", 2)
    w.p("F41.1 Generalized anxiety disorder (primary)")
    w.h("Goals and Objectives", 2)
    goals_nested(w, goals)
    w.h("Plan of Care", 2)
    w.p("Individual psychotherapy (90834), 45 minutes, weekly, for an expected 20 weeks.")
    w.h("Signatures and Approval", 2)
    w.table([["Signer", "Name, credentials", "Date"],
             ["Client", "/s/ Curtis L. Brandt", us(pd)],
             ["Mental health professional", "/s/ Ashley Moore, LCSW", us(pd)],
             ["Clinical Director approval", "/s/ Renee Foster, MA, LPC, NCC", us(add(pd, 2))]], size=9.5)
    w.p("Plan approved by the clinical director per clinic policy.", size=8, i=True)
    w.save("ad24_psychotherapy_pa_approval_by_lpc.docx", "Treatment Plan")
    register("ad24_psychotherapy_pa_approval_by_lpc.docx", "medicare-psychotherapy", ["pa-55-5200"], a,
             [["signature-missing"]],
             "Gap: a PA plan with psychotherapy needs approval by a psychiatrist or advanced practice professional "
             "(MD, DO, NP, CNS, PA); the only approval is by a clinical director who is an LPC, NCC. Client and "
             "LCSW signatures are complete. Signer table, nested objective tables.",
             M(birth=D("1954-10-11"), plan=pd, admission=adm, targets=targets_of(goals), dur_days=140,
               sigs=[sig("client", pd), sig("clinician", pd), sig("supervisor", add(pd, 2))]))


def ad25():
    adm, pd, a, n = D("2026-01-05"), D("2026-01-21"), D("2026-03-16"), "Omar"
    goals = psy_panic(n, pd)
    w = W(font="Calibri", size=10.5, author="Brandywine Counseling")
    _pa_header(w, "Brandywine Counseling Services", "Omar S. Haddad", "04/04/1957", "5UV7-WX8-YZ90", adm, pd,
               "Kim Osei", npi("ad25-osei"))
    w.h("Diagnosis", 2)
    w.p("F41.0 Panic disorder (primary)")
    w.h("Goals and Objectives", 2)
    goals_outline(w, goals)
    w.h("Services", 2)
    w.p("Individual psychotherapy (CPT 90834), 45 minutes, weekly; expected duration 15 weeks.")
    w.h("Signatures", 2)
    w.p(f"Counselor signature: Kim Osei          Date: {us(pd)}")
    w.p(f"Client signature: Omar S. Haddad          Date: {us(pd.replace(year=2025))}")
    w.p(f"Psychiatrist approval: In\u00eas Carvalho, MD          Date: {us(add(pd, 1))}")
    w.save("ad25_psychotherapy_pa_no_credential_client_misdated.docx", "Treatment Plan")
    register("ad25_psychotherapy_pa_no_credential_client_misdated.docx", "medicare-psychotherapy", ["pa-55-5200"], a,
             [["credential-missing"], ["date-inconsistent"]],
             "Two gaps: the counselor signs 'Kim Osei' with no credential (none anywhere on the plan); the client's "
             "signature is dated 01/21/2025, a year before the plan date 01/21/2026 (year typo). Signature lines "
             "typed with long space runs.",
             M(birth=D("1957-04-04"), plan=pd, admission=adm, targets=targets_of(goals), dur_days=105,
               sigs=[sig("clinician", pd), sig("client", pd.replace(year=2025)), sig("physician", add(pd, 1))]))


# ----------------------------------------------------------------------------------------------
# medicare-outpatient-therapy DOCX plans
# ----------------------------------------------------------------------------------------------
def ad03():
    ft, a = D("2026-01-12"), D("2026-03-10")
    pe, phys = add(ft, 89), add(ft, 8)
    goals = pt_knee("Samuel", ft)
    w = W(font="Arial", size=9, margin=0.6, author="Summit Physical Therapy")
    w.p("PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION", b=True, align="c", size=11)
    w.p("(Complete for initial claims)", align="c", size=7)
    g = goals[0]
    w.caption_box([
        [("1. PATIENT'S LAST NAME, FIRST NAME, M.I.", "Okonkwo, Samuel T."), ("2. PROVIDER NAME", "Summit Physical Therapy, LLC"),
         ("3. MEDICARE NO. (MBI)", "1TK5-PQ8-ZX34")],
        [("4. PROVIDER NO. / NPI", npi("ad03-summit")), ("5. DATE OF BIRTH", "05/30/1949"), ("6. ONSET DATE", "12/15/2025")],
        [("7. PRIMARY DIAGNOSIS (ICD-10-CM)", "Z47.1 Aftercare following joint replacement surgery"),
         ("8. TREATMENT DIAGNOSIS", ["Z96.651 Presence of right artificial knee joint", "M62.81 Muscle weakness (generalized)"]),
         ("9. START OF CARE / EVALUATION DATE", us(ft))],
        [("10. TYPE", "\u2612 PT  \u2610 OT  \u2610 SLP"), ("11. PLAN ESTABLISHED", us(ft)),
         ("12. CERTIFICATION PERIOD", f"FROM {us(ft)}  THROUGH {us(pe)}")],
        [("13. PLAN OF TREATMENT / FUNCTIONAL GOALS", ["LONG TERM GOAL: " + g["goal"]] +
          [f"STG {k}: {o['text']} (by {us(o['date'])})" for k, o in enumerate(g["objs"], 1)]),
         ("14. TREATMENT", ["Therapeutic exercise 97110", "Gait training 97116", "Manual therapy 97140",
                            "Home exercise program"]),
         ("15. FREQUENCY / DURATION", "3x/week x 12 weeks")],
        [("16. SIGNATURE (professional establishing POC incl. professional designation)",
          ["/s/ Connor Walsh, PT, DPT", f"Date: {us(ft)}", f"NPI {npi('ad03-walsh')}"]),
         ("17. I CERTIFY THE NEED FOR THESE SERVICES FURNISHED UNDER THIS PLAN OF TREATMENT WHILE UNDER MY CARE",
          [f"Electronically signed by Priya Natarajan, D.O. on {us(phys)} 7:41 AM", f"NPI {npi('ad03-natarajan')}"]),
         ("18. DATE", us(phys))],
    ])
    w.p("")
    w.p("Medicare requires the physician or NPP to certify this plan. Please sign, date and return by fax to "
        "(603) 555-0117 within 14 days.", size=7, i=True)
    w.save("ad03_pt_cms700_caption_boxes.docx", "Plan of Treatment for Outpatient Rehabilitation")
    register("ad03_pt_cms700_caption_boxes.docx", "medicare-outpatient-therapy", [], a, [],
             "Clean. CMS-700-style caption-box form; therapist '/s/ Connor Walsh, PT, DPT' with date below in the "
             "same box; certification box with the date inside the e-signature sentence ('Electronically signed by "
             "Priya Natarajan, D.O. on ...', 8 days after the evaluation) and again in box 18.",
             M(birth=D("1949-05-30"), plan=ft, first_tx=ft, period=(ft, pe), targets=targets_of(goals),
               sigs=[sig("clinician", ft), sig("physician", phys, cred="DO")]))


def _pt_top(w, clinic, rows):
    w.p(clinic, b=True, size=14)
    w.form(rows, cols=2)


def ad13():
    ft, a = D("2026-02-10"), D("2026-04-01")
    pe, phys = add(ft, 89), add(ft, 10)
    goals = ot_stroke("Evelyn", ft)
    w = W(font="Calibri", size=10.5, author="Northgate Rehab")
    w.header("Northgate Outpatient Rehabilitation \u2022 Occupational Therapy", align="l")
    w.h("Occupational Therapy Plan of Care", 1)
    _pt_top(w, "", [("Patient", "Evelyn R. Sato"), ("DOB", "11/18/1944"), ("Medicare ID", "2FG6-HJ7-KL89"),
                    ("Referring physician", "Marcus Bell, MD"), ("Initial evaluation date", us(ft)),
                    ("Date of plan", us(ft)), ("Certification period", f"{us(ft)} to {us(pe)}"),
                    ("Therapist", "Lena Fischer, OTR/L")])
    w.h("Diagnoses", 2)
    w.p("I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side (medical)")
    w.p("R27.8 Other lack of coordination (treatment)")
    w.h("Goals", 2)
    pt_goals(w, goals, ft)
    w.h("Interventions", 2)
    for iv in goals[0]["intv"]:
        w.bullet(iv)
    w.rp(("Frequency: ", "b"), "2 times per week", "     ", ("Duration: ", "b"), "10 weeks", "     ",
         ("Amount: ", "b"), "1 session per day, 45-60 minutes")
    w.h("Therapist Signature", 2)
    w.p(f"Lena Fischer, OTR/L   (e-signed)   {us(ft)}")
    w.h("Physician Certification", 2)
    w.p("I have reviewed this plan of care and certify that the services are needed and will be furnished "
        "while the patient is under my care.", size=9)
    t = w.table([["SIGNATURE ON FILE"], ["Marcus Bell, MD"], [f"Date: {us(phys)}"], [f"NPI {npi('ad13-bell')}"]],
                header=False, size=10)
    shade_cell(t.cell(0, 0), "FCE4D6")
    w.p("")
    w.p("Return signed certification to fax 312-555-0163.", size=8)
    w.save("ad13_ot_signature_on_file_stamp.docx", "OT Plan of Care")
    register("ad13_ot_signature_on_file_stamp.docx", "medicare-outpatient-therapy", [], a, [],
             "Clean OT plan. Form table of plan facts; therapist signs 'Lena Fischer, OTR/L (e-signed) date' on one "
             "line; physician certification as a stamp-like shaded box ('SIGNATURE ON FILE', name with MD, date, "
             "NPI on separate rows), 10 days after the evaluation.",
             M(birth=D("1944-11-18"), plan=ft, first_tx=ft, period=(ft, pe), targets=targets_of(goals),
               sigs=[sig("clinician", ft), sig("physician", phys, cred="MD")]))


def ad14():
    ft, a = D("2026-03-09"), D("2026-04-15")
    pe, phys = add(ft, 89), add(ft, 10)
    goals = slp_aphasia("Harold", ft)
    w = W(font="Arial", size=10, author="VoiceWorks")
    w.p("VoiceWorks Speech & Swallowing Clinic", b=True, size=12)
    w.p("SPEECH-LANGUAGE PATHOLOGY PLAN OF CARE / CERTIFICATION", b=True)
    w.p(f"Patient: Winston A. Pryce    DOB: 07/07/1948    MBI: 9MN2-BV4-CX56")
    w.p(f"Evaluation (first visit): {us(ft)}    Plan date: {us(ft)}    Cert. period: {us(ft)} - {us(pe)}")
    w.p("Medical Dx: I63.9 Cerebral infarction, unspecified    Treatment Dx: R47.01 Aphasia")
    w.p("")
    w.p("Long term goal", b=True)
    w.p(goals[0]["goal"])
    w.p("Short term goals", b=True)
    for k, o in enumerate(goals[0]["objs"], 1):
        w.num(f"{o['text']}  \u2014 target {us(o['date'])}")
    w.p("Plan", b=True)
    w.p("Speech-language treatment (92507), 2x/week, 45-minute sessions, for 12 weeks. Caregiver training "
        "included in sessions.")
    w.p("")
    w.p(f"Electronically signed by Ruth Adler, M.S., CCC-SLP on {us(ft)} 16:48")
    w.p(f"Electronically signed by Carmen Diaz, APRN, FNP-BC (certifying practitioner) on {us(phys)} 08:15")
    w.p(f"Certifying practitioner NPI: {npi('ad14-diaz')}")
    w.save("ad14_slp_np_esign.docx", "SLP Plan of Care")
    register("ad14_slp_np_esign.docx", "medicare-outpatient-therapy", [], a, [],
             "Clean SLP plan. Plain lines, numbered STGs; two 'Electronically signed by ... on ...' lines: the SLP "
             "(M.S., CCC-SLP) and the certifying nurse practitioner written 'APRN, FNP-BC' (an NP, permitted), 10 "
             "days after the evaluation.",
             M(birth=D("1948-07-07"), plan=ft, first_tx=ft, period=(ft, pe), targets=targets_of(goals),
               sigs=[sig("clinician", ft), sig("physician", phys, cred="NP")]))


def ad26():
    ft, a = D("2026-01-13"), D("2026-03-20")
    pe, phys = add(ft, 89), add(ft, 46)
    goals = pt_back("Dolores", ft)
    w = W(font="Arial", size=10, author="Bayside PT")
    w.p(f"FAX  {us(phys)} 15:02  FROM: Dr Lim Office 415-555-0102  TO: Bayside PT  P.2/3", size=7)
    w.p("Bayside Physical Therapy & Sports Rehab", b=True, size=13)
    w.h("Physical Therapy Initial Evaluation and Plan of Care", 1)
    w.form([("Patient name", "Dolores M. Fenwick"), ("DOB", "02/02/1956"), ("MBI", "4PQ8-RS9-TU12"),
            ("Date of evaluation / first treatment", us(ft)), ("Plan of care date", us(ft)),
            ("Certification", f"{us(ft)} through {us(pe)}"), ("Therapist", "Miguel Santos, PT, MPT"),
            ("Therapist NPI", npi("ad26-santos"))], cols=2)
    w.h("Diagnosis", 2)
    w.p("M54.50 Low back pain, unspecified; M62.81 Muscle weakness (generalized)")
    w.h("Assessment", 2)
    w.p("Patient is a 69-year-old retired postal worker with 4 months of low back pain after lifting. ODI 46%. "
        "Good rehabilitation potential.")
    w.h("Goals", 2)
    pt_goals(w, goals, ft)
    w.h("Plan", 2)
    w.p("Therapeutic exercise (97110), neuromuscular re-education (97112), manual therapy (97140), home program. "
        "Frequency 2x/week; duration 8 weeks.")
    w.h("Certification", 2)
    w.p("I certify that these services are medically necessary and that this plan of care is established "
        "and will be reviewed every 90 days.", size=9)
    par = w.rp(("Physician signature: ", "b"))
    w.picture_in(par, "lim", width=1.2)
    w.rp("Howard Lim, MD", "      ", ("Date: ", "b"), us(phys))
    w.p(f"Therapist: Miguel Santos, PT, MPT    {us(ft)}")
    w.save("ad26_pt_certification_late.docx", "PT Plan of Care")
    register("ad26_pt_certification_late.docx", "medicare-outpatient-therapy", [], a, [["signature-late"]],
             f"Gap: the physician certified the plan on {us(phys)}, 46 days after the first treatment "
             f"({us(ft)}); due within 30 days (by {us(add(ft, 30))}). Faxed-back page with a fax transmission "
             "line, signature image beside 'Physician signature:', name and date on the next line.",
             M(birth=D("1956-02-02"), plan=ft, first_tx=ft, period=(ft, pe), targets=targets_of(goals),
               sigs=[sig("clinician", ft), sig("physician", phys, cred="MD")]))


def ad27():
    ft, a = D("2026-02-02"), D("2026-04-10")
    pe = add(ft, 89)
    goals = pt_knee("Arthur", ft, side="left")
    w = W(font="Calibri", size=10.5, author="Prairie Rehab")
    w.h("Prairie Rehab Associates \u2014 Plan of Care", 1)
    w.lv(("Patient", "Arthur J. Lindqvist"), ("DOB", "09/09/1951"), ("MBI", "5WX3-YZ4-AB56"))
    w.lv(("Evaluation date", us(ft)), ("POC date", us(ft)), ("Cert period", f"{us(ft)} - {us(pe)}"))
    w.lv(("Dx", "Z47.1 Aftercare following joint replacement surgery; Z96.652 Presence of left artificial knee joint"))
    w.h("Goals", 2)
    pt_goals(w, goals, ft)
    w.h("Treatment Plan", 2)
    services_table(w, [{"code": "97110", "desc": "Therapeutic exercise", "freq": "3x/week", "dur": "10 weeks"},
                       {"code": "97116", "desc": "Gait training", "freq": "3x/week", "dur": "10 weeks"},
                       {"code": "97140", "desc": "Manual therapy", "freq": "3x/week", "dur": "10 weeks"}],
                   cols=("CPT", "Service", "Frequency", "Duration"))
    w.h("Signatures", 2)
    t = w.table([["", "Name / credentials", "Signature", "Date"],
                 ["Therapist", "Natalie Cruz, PT, DPT", "/s/ Natalie Cruz", us(ft)],
                 ["Certifying physician", "Gloria Chen, MD", "", ""]], size=9.5)
    w.picture_in(t.cell(2, 2).paragraphs[0], "gchen", width=1.1)
    w.p(f"Physician NPI: {npi('ad27-chen')}    Therapist NPI: {npi('ad27-cruz')}", size=8)
    w.save("ad27_pt_physician_undated.docx", "Plan of Care")
    register("ad27_pt_physician_undated.docx", "medicare-outpatient-therapy", [], a, [["signature-missing"]],
             "Gap: the certifying physician's signature (image in the signer table) has an empty Date cell, so "
             "the certification is undated. Therapist row complete. Label lines, services table by CPT.",
             M(birth=D("1951-09-09"), plan=ft, first_tx=ft, period=(ft, pe), targets=targets_of(goals),
               sigs=[sig("clinician", ft), sig("physician", None, cred="MD")]),
             unsure=["signature-late"])


def ad28():
    ft, a = D("2026-03-02"), D("2026-05-01")
    pe, phys = add(ft, 89), add(ft, 6)
    goals = pt_back("Glenn", ft)
    w = W(font="Tahoma", size=10, author="Hollis Spine & Rehab")
    w.p("HOLLIS SPINE & REHABILITATION", b=True, size=14, align="c")
    w.p("Chiropractic \u2022 Physical Therapy \u2022 Massage", size=8, align="c")
    w.p("PHYSICAL THERAPY PLAN OF CARE", b=True, align="c")
    w.p(f"Patient: Glenn T. Marsh\tDOB: 08/01/1953\tMedicare: 6CD7-EF8-GH90")
    w.p(f"Initial evaluation: {us(ft)}\tPlan date: {us(ft)}\tCertification: {us(ft)}\u2013{us(pe)}")
    w.p("Diagnosis: M54.50 Low back pain, unspecified (primary); M62.81 Muscle weakness (generalized)")
    w.p("GOALS", b=True)
    pt_goals(w, goals, ft)
    w.p("TREATMENT", b=True)
    w.p("97110 therapeutic exercise, 97112 neuromuscular re-education, 97140 manual therapy. 2x per week for "
        "8 weeks.")
    w.p("SIGNATURES", b=True)
    w.p(f"Physical therapist: /s/ Dana Whitaker, PT, DPT   {us(ft)}")
    w.p(f"Certifying physician: /s/ Brent Hollis, D.C.   {us(phys)}")
    w.p(f"NPI (certifier): {npi('ad28-hollis')}", size=8)
    w.save("ad28_pt_certified_by_chiropractor.docx", "PT Plan of Care")
    register("ad28_pt_certified_by_chiropractor.docx", "medicare-outpatient-therapy", [], a,
             [["credential-not-permitted"]],
             "Gap: the 'Certifying physician' line is signed by a chiropractor (D.C., with periods), who may not "
             "certify a Medicare therapy plan. Tab-separated header lines, /s/ signature lines. Unsure whether a "
             "D.C. certification is also treated as a missing physician signature, so signature-missing is not in "
             "must_not_report.",
             M(birth=D("1953-08-01"), plan=ft, first_tx=ft, period=(ft, pe), targets=targets_of(goals),
               sigs=[sig("clinician", ft), sig("physician", phys, cred="DC")]),
             unsure=["signature-missing"])


def ad29():
    ft, a = D("2026-04-06"), D("2026-06-05")
    pe = add(ft, 89)
    goals = ot_stroke("Beatrice", ft)
    w = W(font="Calibri", size=10.5, author="Riverside OT")
    w.p("Riverside Hand & Occupational Therapy", b=True, size=13)
    w.p("OT Plan of Care", size=12)
    w.table([["Patient", "Beatrice L. Hammond", "DOB", "01/25/1947"],
             ["Medicare ID", "7JK8-LM9-NP12", "Eval / SOC", us(ft)],
             ["Plan date", us(ft), "Certification", f"{us(ft)} to {us(pe)}"]], header=False, bold_col0=True)
    w.p("Diagnosis: I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side")
    w.p("Goals", b=True)
    pt_goals(w, goals, ft)
    w.p("Interventions: ADL training (97535), therapeutic activities (97530), neuromuscular re-education (97112).")
    w.p("Frequency: 3x/week.  Duration: 10 weeks.")
    w.p("")
    w.p(f"Occupational therapist: Priscilla Nguyen, MS, OTR/L    Date: {us(ft)}")
    w.p("Physician/NPP certification: ______________________________    Date: ____________")
    w.p("Printed name: ______________________________    NPI: ____________")
    w.save("ad29_ot_certification_blank.docx", "OT Plan of Care")
    register("ad29_ot_certification_blank.docx", "medicare-outpatient-therapy", [], a, [["signature-missing"]],
             "Gap: the physician/NPP certification line is blank (underscores for signature, date, printed name "
             "and NPI); the therapist signed. Header facts in a 4-column table without header row. Unsure whether "
             "the timeliness or credential checks also fire on a blank certification, so signature-late and "
             "credential-not-permitted are not in must_not_report.",
             M(birth=D("1947-01-25"), plan=ft, first_tx=ft, period=(ft, pe), targets=targets_of(goals),
               sigs=[sig("clinician", ft), sig("physician", None, signed=False)]),
             unsure=["signature-late", "credential-not-permitted"])


# ----------------------------------------------------------------------------------------------
# medicare-home-health DOCX plans
# ----------------------------------------------------------------------------------------------
def bad_npi(n: str) -> str:
    bad = n[:9] + str((int(n[9]) + 3) % 10)
    assert not npi_valid(bad)
    return bad


def hh485(w, f):
    """A CMS-485-like home health certification and plan of care from dict f."""
    w.p("Department of Health and Human Services \u2022 Centers for Medicare & Medicaid Services", size=7)
    w.p("HOME HEALTH CERTIFICATION AND PLAN OF CARE", b=True, align="c", size=11)
    w.caption_box([
        [("1. Patient's HI Claim No.", f["mbi"]), ("2. Start Of Care Date", us(f["soc"])),
         ("3. Certification Period", f"From: {us(f['soc'])}   To: {us(f['end'])}"), ("4. Medical Record No.", f["mrn"]),
         ("5. Provider No.", f["provno"])],
        [("6. Patient's Name and Address", f["name_addr"]), ("7. Provider's Name, Address and Telephone Number", f["agency"]),
         ("8. Date of Birth", us(f["dob"])), ("9. Sex", f["sex"]), ("", "")],
        [("10. Medications: Dose/Frequency/Route (N)ew (C)hanged", f["meds"]),
         ("11. ICD-10-CM  Principal Diagnosis", f["dx1"]), ("12. ICD  Surgical Procedure", f.get("surg", "N/A")),
         ("13. ICD-10-CM  Other Pertinent Diagnoses", f["dx2"]), ("", "")],
        [("14. DME and Supplies", f.get("dme", "Scale, rolling walker")), ("15. Safety Measures", "Fall precautions, clear pathways"),
         ("16. Nutritional Req.", f.get("diet", "2 g sodium")), ("17. Allergies", f.get("allergies", "NKDA")), ("", "")],
        [("18.A Functional Limitations", f.get("fl", "Endurance, ambulation, dyspnea with minimal exertion")),
         ("18.B Activities Permitted", f.get("ap", "Up as tolerated, walker")),
         ("19. Mental Status", "Oriented"), ("20. Prognosis", "Good"), ("", "")],
    ])
    w.caption_box([[("21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)", f["orders"])],
                   [("22. Goals/Rehabilitation Potential/Discharge Plans", f["goals"])]])
    w.caption_box([
        [("23. Nurse's Signature and Date of Verbal SOC Where Applicable:", f["nurse"]),
         ("25. Date HHA Received Signed POT", f.get("received", ""))],
        [("24. Physician's Name and Address", f["phys_addr"]),
         ("26. I certify/recertify that this patient is confined to his/her home and needs intermittent skilled "
          "nursing care, physical therapy and/or speech therapy or continues to need occupational therapy. The "
          "patient is under my care, and I have authorized the services on this plan of care and will "
          "periodically review the plan.", "")],
        [("27. Attending Physician's Signature and Date Signed", f["phys_sig"]),
         ("28. Anyone who misrepresents, falsifies, or conceals essential information required for payment of "
          "Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal laws.", "")],
    ])


def hh_goal_lines(goals, fmt=us):
    out = []
    for gi, g in enumerate(goals, 1):
        out.append(f"Goal {gi}: {g['goal']}")
        out += [f"  {gi}.{k} {o['text']} By {fmt(o['date'])}." for k, o in enumerate(g["objs"], 1)]
    out.append("Rehab potential: good for stated goals. Discharge plan: to self-care with daughter's support when "
               "goals are met.")
    return out


def ad04():
    soc, a = D("2026-03-02"), D("2026-04-10")
    end, phys = add(soc, 59), add(soc, 4)
    goals = hh_chf("Ruth", soc)
    w = W(font="Arial", size=8, margin=0.5, author="Meadowlark Home Health")
    hh485(w, {"mbi": "8TR5-EW2-QA91", "soc": soc, "end": end, "mrn": "MH-22093", "provno": "147320",
              "name_addr": ["Ruth E. Abernathy", "77 Quarry Rd, Barre, VT 05641"],
              "agency": ["Meadowlark Home Health", "12 Main St, Montpelier, VT 05602", "802-555-0144"],
              "dob": D("1938-10-03"), "sex": "F",
              "meds": ["Furosemide 40 mg daily PO (C)", "Metoprolol succinate 50 mg daily PO", "Lisinopril 10 mg daily PO"],
              "dx1": f"I50.32 Chronic diastolic (congestive) heart failure   {us(add(soc, -6))}",
              "dx2": ["J44.9 Chronic obstructive pulmonary disease, unspecified", "E11.9 Type 2 diabetes mellitus without complications"],
              "orders": ["SN 1w1, 2w4, 1w4: cardiopulmonary assessment, daily weight review, CHF and medication teaching.",
                         "PT 2w4, 1w4: gait, balance and endurance training; home safety evaluation.",
                         "SN PRN x 2 visits for weight gain over 3 lb in a day or 5 lb in a week."],
              "goals": hh_goal_lines(goals),
              "nurse": [f"Grace Lin, RN   Verbal SOC {us(soc)}"], "received": us(add(phys, 1)),
              "phys_addr": ["Helen Mbeki, MSN, APRN, NP-C", "Green Mountain Primary Care, 40 Elm St, Barre, VT",
                            f"NPI {npi('ad04-mbeki')}"],
              "phys_sig": [f"Electronically signed by Helen Mbeki, MSN, APRN, NP-C", f"Date signed: {us(phys)}"]})
    w.save("ad04_hh_485_np_certifies.docx", "Home Health Certification and Plan of Care")
    register("ad04_hh_485_np_certifies.docx", "medicare-home-health", [], a, [],
             "Clean. CMS-485-like caption boxes (three stacked caption tables); the certifying practitioner is a "
             "nurse practitioner written 'MSN, APRN, NP-C' (allowed), e-signed 4 days after SOC with 'Date "
             "signed:' below; nurse's verbal-SOC line; 60-day certification period.",
             M(birth=D("1938-10-03"), first_tx=soc, period=(soc, end), targets=targets_of(goals),
               sigs=[sig("physician", phys, cred="NP"), sig("clinician", soc)]))


def ad16():
    soc, a = D("2026-04-01"), D("2026-05-10")
    end, phys = add(soc, 59), add(soc, 7)
    goals = hh_wound("Lionel", soc)
    w = W(font="Calibri", size=10.5, author="Sunrise Home Care")
    w.header("Sunrise Home Care Services \u2014 Plan of Care", align="l")
    w.h("Home Health Plan of Care", 1)
    w.table([["Patient", "Lionel B. Ashford", "Medicare #", "3YU6-IO7-PA28"],
             ["Date of birth", "12/12/1946", "Start of care", us(soc)],
             ["Certification period", f"{us(soc)} \u2013 {us(end)}", "Plan date", us(soc)]], header=False)
    w.h("Diagnoses", 2)
    w.table([["ICD-10-CM", "Description", ""], ["E11.621", "Type 2 diabetes mellitus with foot ulcer", "Primary"],
             ["L97.412", "Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed", "Secondary"]])
    w.h("Goals and Outcomes", 2)
    goals_outline(w, goals, goal_word="Outcome")
    w.h("Orders (discipline, frequency, duration)", 2)
    services_table(w, [{"code": "G0299", "desc": "Skilled nursing: wound care, diabetic teaching", "freq": "3w2, 2w4, 1w2",
                        "dur": "8 weeks"},
                       {"code": "G0156", "desc": "Home health aide: bathing", "freq": "2w8", "dur": "8 weeks"}],
                   cols=("HCPCS/CPT", "Service", "Frequency", "Duration"))
    w.h("Physician Certification", 2)
    w.p("I certify that this patient is confined to the home and needs intermittent skilled nursing care. The "
        "patient is under my care and I have authorized the services in this plan of care.", size=9)
    par = w.p("Signature: ")
    w.picture_in(par, "russo", width=1.5)
    w.p("Anthony Russo, M.D.")
    w.p(f"Date signed: {us(phys)}")
    w.p(f"NPI: {npi('ad16-russo')}")
    w.p("")
    w.p(f"Plan prepared by: Joy Tan, RN, Case Manager    {us(soc)}", size=9)
    w.save("ad16_hh_date_below_signature.docx", "Home Health Plan of Care")
    register("ad16_hh_date_below_signature.docx", "medicare-home-health", [], a, [],
             "Clean. Agency-form plan (not a 485) with 4-column fact table; physician certification as signature "
             "image, then 'Anthony Russo, M.D.' and 'Date signed:' on separate lines below it; HCPCS orders table "
             "with home-health frequency codes (3w2, 2w4, 1w2).",
             M(birth=D("1946-12-12"), plan=soc, first_tx=soc, period=(soc, end), targets=targets_of(goals),
               sigs=[sig("physician", phys, cred="MD"), sig("clinician", soc)]))


def ad30():
    soc, a = D("2026-05-04"), D("2026-06-01")
    end = add(soc, 59)
    goals = hh_hip("Walter", soc)
    w = W(font="Arial", size=8, margin=0.5, author="Blue Heron Home Health")
    hh485(w, {"mbi": "4GH7-JK8-LZ23", "soc": soc, "end": end, "mrn": "BH-7781", "provno": "367015",
              "name_addr": ["Walter F. Greene", "9 Orchard Ln, Dayton, OH 45402"],
              "agency": ["Blue Heron Home Health", "300 Wayne Ave, Dayton, OH 45410", "937-555-0120"],
              "dob": D("1941-04-17"), "sex": "M", "meds": ["Apixaban 2.5 mg BID PO (N)", "Acetaminophen 650 mg q6h PRN pain"],
              "dx1": f"Z47.1 Aftercare following joint replacement surgery   {us(add(soc, -5))}",
              "surg": f"ICD-10-PCS 0SR9019 Replacement of right hip joint   {us(add(soc, -8))}",
              "dx2": ["Z96.641 Presence of right artificial hip joint", "R26.81 Unsteadiness on feet"],
              "orders": ["PT 3w2, 2w3: therapeutic exercise, gait and transfer training.",
                         "OT 1w1, 2w2: ADL training with adaptive equipment.",
                         "SN 1w2: incision check, pain and anticoagulant teaching."],
              "goals": hh_goal_lines(goals), "nurse": [f"Kara Bloom, RN   {us(soc)}"], "received": "",
              "phys_addr": ["Victor Almeida, MD", "Miami Valley Orthopedics", f"NPI {npi('ad30-almeida')}"],
              "phys_sig": ["Awaiting signature \u2014 sent to physician portal " + us(add(soc, 1))]})
    w.save("ad30_hh_485_awaiting_signature.docx", "Home Health Certification and Plan of Care")
    register("ad30_hh_485_awaiting_signature.docx", "medicare-home-health", [], a, [["signature-missing"]],
             "Gap: box 27 says 'Awaiting signature \u2014 sent to physician portal'; the plan was never certified "
             "(box 25 empty). CMS-485-like caption boxes. Unsure whether the credential check fires on an unsigned "
             "line, so credential-not-permitted is not in must_not_report.",
             M(birth=D("1941-04-17"), first_tx=soc, period=(soc, end), targets=targets_of(goals),
               sigs=[sig("physician", None, signed=False), sig("clinician", soc)]),
             unsure=["credential-not-permitted"])


def ad31():
    soc, a = D("2026-02-09"), D("2026-03-20")
    end, rn = add(soc, 59), add(soc, 3)
    goals = hh_chf("Iris", soc)
    w = W(font="Arial", size=8, margin=0.5, author="Pinecrest Home Health")
    hh485(w, {"mbi": "2QW3-ER4-TY56", "soc": soc, "end": end, "mrn": "PC-10442", "provno": "057731",
              "name_addr": ["Iris M. Holloway", "1420 Birch St, Fresno, CA 93721"],
              "agency": ["Pinecrest Home Health", "88 Fulton Mall, Fresno, CA 93721", "559-555-0175"],
              "dob": D("1940-06-21"), "sex": "F", "meds": ["Torsemide 20 mg daily PO", "Carvedilol 6.25 mg BID PO"],
              "dx1": f"I50.32 Chronic diastolic (congestive) heart failure   {us(add(soc, -4))}",
              "dx2": ["E11.9 Type 2 diabetes mellitus without complications"],
              "orders": ["SN 2w4, 1w4: cardiopulmonary assessment, weights, CHF teaching.",
                         "PT 2w3: endurance and gait training."],
              "goals": hh_goal_lines(goals), "nurse": [f"Olivia Park, RN   Verbal SOC {us(soc)}"],
              "received": us(rn),
              "phys_addr": ["Oren Shapiro, MD", "Valley Cardiology Associates", f"NPI {npi('ad31-shapiro')}"],
              "phys_sig": [f"/s/ Dana Ruiz, RN, BSN \u2014 Director of Nursing, for the agency", f"{us(rn)}"]})
    w.save("ad31_hh_485_signed_by_rn.docx", "Home Health Certification and Plan of Care")
    register("ad31_hh_485_signed_by_rn.docx", "medicare-home-health", [], a,
             [["credential-not-permitted", "signature-missing"]],
             "Gap: box 27 (attending physician's signature) is signed by the agency's Director of Nursing, an RN; "
             "the physician named in box 24 never signed. An RN may not certify a home health plan (MD, DO, NP, "
             "CNS, PA). Either credential-not-permitted or signature-missing describes it.",
             M(birth=D("1940-06-21"), first_tx=soc, period=(soc, end), targets=targets_of(goals),
               sigs=[sig("physician", rn, cred="RN"), sig("clinician", soc)]))


def ad32():
    soc, a = D("2026-06-01"), D("2026-07-10")
    end, phys = add(soc, 59), add(soc, 5)
    goals = hh_wound("Esther", soc)
    good = npi("ad32-okoro")
    w = W(font="Calibri", size=10.5, author="Cardinal Home Health")
    w.p("CARDINAL HOME HEALTH \u2014 PLAN OF CARE AND CERTIFICATION", b=True, size=12)
    w.form([("Patient", "Esther N. Mwangi"), ("DOB", "03/08/1944"), ("MBI", "6AS7-DF8-GH90"), ("SOC", us(soc)),
            ("Certification period", f"{us(soc)} to {us(end)}"), ("Agency", "Cardinal Home Health, Raleigh NC")])
    w.p("Principal diagnosis: E11.621 Type 2 diabetes mellitus with foot ulcer. Other: L97.412 Non-pressure chronic "
        "ulcer of right heel and midfoot with fat layer exposed.")
    w.p("GOALS", b=True)
    for line in hh_goal_lines(goals):
        w.p(line)
    w.p("ORDERS", b=True)
    w.p("Skilled nursing 3w2, 2w4, 1w2 for wound care, measurements and diabetic teaching. Home health aide 2w8 "
        "for bathing. Services through the end of the certification period.")
    w.p("CERTIFICATION", b=True)
    w.table([["Certifying physician", "Signature", "Date", "NPI"],
             ["Chidi Okoro, MD", "Electronically signed", us(phys), bad_npi(good)]], size=9.5)
    w.p(f"Case manager: Lauren Pike, RN    {us(soc)}", size=9)
    w.save("ad32_hh_certifier_npi_invalid.docx", "Plan of Care and Certification")
    register("ad32_hh_certifier_npi_invalid.docx", "medicare-home-health", [], a, [["identifier-invalid"]],
             f"Gap: the certifying physician's NPI {bad_npi(good)} fails the Luhn check digit (transposed last "
             "digit). Signature itself complete (electronically signed, dated, MD). Form table, plain goal lines, "
             "certifier table with an NPI column.",
             M(birth=D("1944-03-08"), first_tx=soc, period=(soc, end), targets=targets_of(goals),
               sigs=[sig("physician", phys, cred="MD"), sig("clinician", soc)]))


# ----------------------------------------------------------------------------------------------
# commercial-aba DOCX plans
# ----------------------------------------------------------------------------------------------
def aba_services(h153=20, h155=4, h156=2):
    return [{"code": "97153", "desc": "Adaptive behavior treatment by protocol (RBT)", "hpw": f"{h153} hours per week"},
            {"code": "97155", "desc": "Protocol modification / supervision (BCBA)", "hpw": f"{h155} hours per week"},
            {"code": "97156", "desc": "Family adaptive behavior treatment guidance", "hpw": f"{h156} hours per week"}]


def aba_front(w, f, style="form"):
    pairs = [("Client", f["client"]), ("Date of birth", us(f["dob"])), ("Member ID", f["mid"]),
             ("Health plan", f["payer"]), ("Plan date", us(f["pd"])),
             ("Authorization period", f"{us(f['pd'])} \u2013 {us(f['pe'])}"),
             ("Supervising behavior analyst", f["bcba"]), ("Provider NPI", f["npi"])]
    if style == "form":
        w.form(pairs, cols=2, shade_labels="EAF1DD")
    else:
        for k in range(0, len(pairs), 2):
            w.lv(*pairs[k:k + 2])
    w.h("Diagnosis", 2)
    w.table([["ICD-10-CM", "Diagnosis", "Diagnosed by", "Date of diagnosis"],
             [f["dx"], f["dx_desc"], f["dx_by"], us(f["dx_on"])]], size=9.5)
    w.h("Assessments", 2)
    w.table([["Instrument", "Date administered", "Results"]] + [[i, us(d), r] for i, d, r in f["assess"]], size=9.5)


def ad05():
    pd, a = D("2026-02-16"), D("2026-03-20")
    pe = add(pd, 181)
    rev = add(pd, 91)
    goals = aba_targets("Elijah", pd, caregiver="Parent (Jasmine Carter)", variant=0)
    va, vi = add(pd, -19), add(pd, -17)
    w = W(font="Calibri", size=10.5, author="Bright Path ABA")
    w.header("Bright Path ABA Services \u2022 Treatment Plan \u2022 Confidential", align="c")
    w.h("Initial ABA Treatment Plan and Authorization Request", 1)
    aba_front(w, {"client": "Elijah M. Carter", "dob": D("2021-07-04"), "mid": "QHP448120937", "payer": "Evergreen Health Plan",
                  "pd": pd, "pe": pe, "bcba": "Owen Pratt, PhD, BCBA-D", "npi": npi("ad05-pratt"),
                  "dx": "F84.0", "dx_desc": "Autistic disorder", "dx_by": "Elena Ruiz, PhD, licensed psychologist",
                  "dx_on": D("2024-11-05"),
                  "assess": [("VB-MAPP", va, "Milestones 41/170; Barriers 38"),
                             ("Vineland-3 (parent interview form)", vi, "Adaptive Behavior Composite 64"),
                             ("Functional behavior assessment (elopement)", vi, "Function: escape from demands")]})
    w.h("Treatment Goals", 2)
    aba_grid(w, goals)
    w.h("Requested Services", 2)
    services_table(w, aba_services(), cols=("CPT", "Service", "Hours per week"))
    w.lv(("Progress review", us(rev)), ("Reauthorization due", us(add(pe, -14))))
    w.h("Crisis and Safety", 3)
    w.p("Elopement protocol: door alarms at home; staff maintain arm's-length proximity in community settings.", size=9)
    w.br()
    w.p("SIGNATURE PAGE", b=True, align="c", size=13)
    w.p(f"Treatment plan for Elijah M. Carter (DOB {us(D('2021-07-04'))}), plan date {us(pd)}", align="c", size=9)
    w.p("By signing below, I confirm that I took part in developing this treatment plan, that its goals and "
        "procedures were explained to me, and that I agree to take part in caregiver training.", size=9)
    rows = [["Parent/Legal Guardian", "Jasmine Carter (mother)", "", us(add(pd, 2))],
            ["Supervising BCBA", "Owen Pratt, PhD, BCBA-D", "", us(pd)],
            ["Registered Behavior Technician", "Kayla Nguyen, RBT", "", us(add(pd, 2))]]
    sig_table_with_images(w, rows, 2, ["jcarter", "pratt", "knguyen"],
                          header=("Role", "Printed name", "Signature", "Date"))
    w.save("ad05_aba_separate_signature_page.docx", "ABA Treatment Plan")
    register("ad05_aba_separate_signature_page.docx", "commercial-aba", [], a, [],
             "Clean. ABA plan with form table, diagnosis with evaluator and date, assessment table, goal grid "
             "(baseline, mastery, target date), hours per week by CPT; signatures on a separate SIGNATURE PAGE "
             "after a page break: mother (2 days later), BCBA-D, RBT, each with a signature image.",
             M(birth=D("2021-07-04"), plan=pd, period=(pd, pe), reviews=[rev, add(pe, -14)], targets=targets_of(goals),
               assessment=vi, sigs=[sig("guardian", add(pd, 2)), sig("clinician", pd), sig("other", add(pd, 2))]))


def ad15():
    pd, a = D("2026-04-06"), D("2026-05-01")
    pe = add(pd, 182)
    rev = add(pd, 91)
    goals = aba_targets("Mateo", pd, caregiver="Grandmother (legal guardian)", variant=1)
    ab = add(pd, -17)
    w = W(font="Arial", size=10, author="Spectrum Steps")
    w.p("Spectrum Steps Behavioral Services", b=True, size=14)
    w.p("Behavior Intervention & Treatment Plan", size=12)
    aba_front(w, {"client": "Mateo A. Lucero", "dob": D("2019-02-11"), "mid": "UHX7741092-01", "payer": "Sonora Health Partners",
                  "pd": pd, "pe": pe, "bcba": "Grace Whitfield, MA, LBA, BCBA", "npi": npi("ad15-whitfield"),
                  "dx": "F84.0", "dx_desc": "Autism spectrum disorder", "dx_by": "Ramon Ibarra, MD, developmental pediatrician",
                  "dx_on": D("2023-08-22"),
                  "assess": [("ABLLS-R", ab, "Updated grid attached; 38% of skills in repertoire"),
                             ("Vineland-3", add(pd, -12), "ABC 68")]}, style="lines")
    w.h("Goals", 2)
    aba_grid(w, goals, cols=("No.", "Area", "Target behavior", "Baseline", "Mastery criterion", "Target date"))
    w.h("Service Request", 2)
    services_table(w, aba_services(18, 3, 1), cols=("CPT Code", "Service", "Hours/Week"))
    w.p(f"Next treatment plan review: {us(rev)}")
    w.h("Signatures", 2)
    w.p("Signed electronically through the SignWell portal. Certificate of completion:", size=9)
    w.table([["Signer", "Role", "Signed (UTC)", "Verification"],
             ["Grace Whitfield, MA, LBA, BCBA", "Supervising behavior analyst (Licensed Behavior Analyst)",
              f"{iso(pd)} 18:04:12", "Email + SMS code"],
             ["Rosa Lucero", "Legal guardian (grandmother)", f"{iso(add(pd, 1))} 01:16:50", "Email + SMS code"]],
            size=9, shade="D9D9D9")
    w.p(f"Envelope ID 5F2C-91A0-77B3 \u2022 Completed {iso(add(pd, 1))}", size=8)
    w.save("ad15_aba_lba_esign_certificate.docx", "Behavior Treatment Plan")
    register("ad15_aba_lba_esign_certificate.docx", "commercial-aba", [], a, [],
             "Clean. Label-line header, diagnosis and assessment tables, goal grid with different headers; "
             "signatures only in an e-signature certificate table with ISO UTC timestamps: behavior analyst "
             "'MA, LBA, BCBA' and the grandmother as legal guardian, the next day.",
             M(birth=D("2019-02-11"), plan=pd, period=(pd, pe), reviews=[rev], targets=targets_of(goals),
               assessment=add(pd, -12), sigs=[sig("clinician", pd), sig("guardian", add(pd, 1))]))


def ad33():
    pd, a = D("2026-01-26"), D("2026-03-02")
    pe = add(pd, 180)
    rev = add(pd, 90)
    goals = aba_targets("Noah", pd, caregiver="Father (Daniel Brooks)", variant=2)
    va = add(pd, -25)
    w = W(font="Calibri", size=10.5, author="Little Steps Autism Center")
    w.h("Little Steps Autism Center \u2014 Treatment Plan", 1)
    aba_front(w, {"client": "Noah D. Brooks", "dob": D("2022-03-30"), "mid": "KPB552093318", "payer": "Lakeview Health",
                  "pd": pd, "pe": pe, "bcba": "Samantha Ortiz, M.Ed., BCBA", "npi": npi("ad33-ortiz"),
                  "dx": "F84.0", "dx_desc": "Autistic disorder", "dx_by": "Neil Banerjee, PsyD", "dx_on": D("2025-06-14"),
                  "assess": [("VB-MAPP", va, "Milestones 22; Barriers 51"), ("Vineland-3", va, "ABC 61")]})
    w.h("Goals", 2)
    aba_grid(w, goals)
    w.h("Hours Requested", 2)
    services_table(w, aba_services(25, 5, 2), cols=("CPT", "Service", "Hours per week"))
    w.p(f"Plan review date: {us(rev)}")
    w.h("Signatures", 2)
    w.p(f"BCBA: Samantha Ortiz, M.Ed., BCBA     Signature: /s/ S. Ortiz     Date: {us(pd)}")
    w.p("Parent/Guardian: ____________________________     Signature: ____________________     Date: __________")
    w.p("Parent copy mailed " + us(add(pd, 1)) + ".", size=9, i=True)
    w.save("ad33_aba_parent_line_blank.docx", "ABA Treatment Plan")
    register("ad33_aba_parent_line_blank.docx", "commercial-aba", [], a, [["signature-missing"]],
             "Gap: the parent/guardian signature line is blank (name, signature and date all underscores); the "
             "plan was only mailed to the family. BCBA /s/ signed and dated on one line.",
             M(birth=D("2022-03-30"), plan=pd, period=(pd, pe), reviews=[rev], targets=targets_of(goals),
               assessment=va, sigs=[sig("clinician", pd), sig("guardian", None, signed=False)]))


def ad34():
    pd, a = D("2026-05-11"), D("2026-06-12")
    pe = add(pd, 183)
    rev = add(pd, 92)
    goals = aba_targets("Ava", pd, caregiver="Mother (Lena Kowalski)", variant=0)
    va = add(pd, -30)
    w = W(font="Garamond", size=11.5, author="Harbor ABA")
    w.p("HARBOR APPLIED BEHAVIOR ANALYSIS", b=True, size=13, align="c")
    w.p("Individualized Treatment Plan", align="c")
    aba_front(w, {"client": "Ava J. Kowalski", "dob": D("2020-12-01"), "mid": "BCX0093318274", "payer": "Atlantic Mutual Health",
                  "pd": pd, "pe": pe, "bcba": "Jerome Akers, BCBA", "npi": npi("ad34-akers"),
                  "dx": "F84.0", "dx_desc": "Autistic disorder", "dx_by": "Sana Mirza, MD", "dx_on": D("2023-02-10"),
                  "assess": [("Vineland-3", va, "ABC 66"), ("AFLS basic living skills", va, "41%")]}, style="lines")
    w.h("Goals", 2)
    aba_cards(w, goals)
    w.h("Services", 2)
    services_table(w, aba_services(15, 3, 1), cols=("CPT", "Service", "Hours per week"))
    w.p(f"Six-month reassessment and plan review due {us(rev)}.")
    w.h("Signatures", 2)
    w.table([["Signature", "Printed name / credential", "Date"],
             ["/s/ Jerome Akers", "Jerome Akers, BCBA \u2014 Supervising Behavior Analyst", ""],
             ["/s/ Lena Kowalski", "Lena Kowalski, mother", us(add(pd, 3))]], size=10)
    w.save("ad34_aba_bcba_undated.docx", "ABA Treatment Plan")
    register("ad34_aba_bcba_undated.docx", "commercial-aba", [], a, [["signature-missing"]],
             "Gap: the supervising BCBA's /s/ signature has an empty Date cell; the mother's signature is dated. "
             "Goals as cards (label lines per goal). Signer table with signature first, then name/credential, "
             "then date.",
             M(birth=D("2020-12-01"), plan=pd, period=(pd, pe), reviews=[rev], targets=targets_of(goals),
               assessment=va, sigs=[sig("clinician", None), sig("guardian", add(pd, 3))]))


def ad35():
    pd, a = D("2026-03-30"), D("2026-04-28")
    pe = add(pd, 181)
    rev = add(pd, 91)
    goals = aba_targets("Liam", pd, caregiver="Parents (Mr. and Mrs. Osei)", variant=1)
    va = add(pd, -14)
    w = W(font="Calibri", size=10.5, author="Keystone Autism Partners")
    w.h("Keystone Autism Partners", 1)
    w.h("ABA Treatment Plan \u2014 Initial", 2)
    aba_front(w, {"client": "Liam K. Osei", "dob": D("2020-05-19"), "mid": "ZGH30018827", "payer": "Northstar Health",
                  "pd": pd, "pe": pe, "bcba": "Whitney Lang, BCBA", "npi": npi("ad35-lang"),
                  "dx": "F84.0", "dx_desc": "Autistic disorder", "dx_by": "Peter Haas, PhD", "dx_on": D("2024-09-30"),
                  "assess": [("VB-MAPP", va, "Milestones 63"), ("Vineland-3", va, "ABC 70")]})
    w.h("Goals", 2)
    aba_grid(w, goals)
    w.h("Authorization Request", 2)
    services_table(w, aba_services(20, 4, 2), cols=("CPT", "Service", "Hours per week"))
    w.p(f"Progress review: {us(rev)}")
    w.h("Sign-off", 2)
    w.p(f"Behavior Technician: Jasmine Cole, RBT \u2014 signed {us(pd)}")
    w.p(f"Parent/Guardian: Abena Osei \u2014 signed {us(add(pd, 1))}")
    w.p("Supervising BCBA: Whitney Lang, BCBA \u2014 Awaiting co-signature")
    w.save("ad35_aba_bcba_awaiting_cosign.docx", "ABA Treatment Plan")
    register("ad35_aba_bcba_awaiting_cosign.docx", "commercial-aba", [], a, [["signature-missing"]],
             "Gap: the supervising BCBA has not signed ('Awaiting co-signature'); only the RBT and the parent "
             "signed. An RBT's signature does not stand for the supervising BCBA's. Sign-off lines with an em dash.",
             M(birth=D("2020-05-19"), plan=pd, period=(pd, pe), reviews=[rev], targets=targets_of(goals),
               assessment=va, sigs=[sig("other", pd), sig("guardian", add(pd, 1)), sig("clinician", None, signed=False)]))


# ----------------------------------------------------------------------------------------------
# state SUD profiles (payer base-treatment-plan)
# ----------------------------------------------------------------------------------------------
def ad06():
    adm, pd, a = D("2026-01-05"), D("2026-01-09"), D("2026-01-25")
    goals = sud_alcohol("Kevin", pd)
    w = W(font="Calibri", size=10, author="Hudson Ridge Recovery")
    w.header("Hudson Ridge Recovery Center \u2022 OASAS Certified Inpatient Rehabilitation \u2022 Op. Cert. 0417", align="l")
    w.h("Comprehensive Treatment Plan", 1)
    w.form([("Patient", "Kevin P. Marsh"), ("DOB", "04/14/1983"), ("Medicaid CIN", "AB12345C"),
            ("Admission date", us(adm)), ("Plan date", us(pd)), ("Level of care", "Inpatient rehabilitation"),
            ("Primary counselor", "Rosa Delgado, CASAC"), ("Attending physician", "Samuel Adeyemi, MD")], cols=2)
    w.h("Diagnoses", 2)
    w.table([["Code", "Diagnosis"], ["F10.20", "Alcohol dependence, uncomplicated (primary)"],
             ["F17.210", "Nicotine dependence, cigarettes, uncomplicated"]], size=9.5)
    w.h("Problems, Goals and Objectives", 2)
    goals_table(w, goals, cols=("Problem area", "Goal", "Objective", "Target", "Methods of treatment"), size=8.5)
    w.h("Services", 2)
    w.p("Individual counseling 2x/week (45 minutes); group counseling daily; medical management as ordered; "
        "family session weekly. Estimated length of stay: 21 days.")
    w.h("Review and Signatures", 2)
    w.p("The treatment plan was developed with the patient. The physician has reviewed the plan.", size=9)
    w.table([["Name", "Title / credential", "Signature", "Date"],
             ["Rosa Delgado", "CASAC, Primary Counselor (responsible clinical staff member)", "/s/ R. Delgado", us(pd)],
             ["Kevin P. Marsh", "Patient", "Kevin Marsh (signed)", us(pd)],
             ["Ruth Stein", "LCSW-R, Clinical Supervisor", "/s/ R. Stein", us(add(pd, 1))],
             ["Samuel Adeyemi", "MD, Attending Physician", "e-signed", us(add(adm, 7))]], size=9)
    w.p(f"Physician NPI {npi('ad06-adeyemi')}", size=8)
    w.save("ad06_ny_oasas_signer_table.docx", "Comprehensive Treatment Plan")
    register("ad06_ny_oasas_signer_table.docx", "base-treatment-plan", ["ny-oasas-818"], a, [],
             "Clean. NY inpatient rehab plan 4 days after admission; signer table Name | Title/credential | "
             "Signature | Date with four signers on three different dates (counselor, patient, LCSW-R "
             "supervisor, MD 7 days after admission).",
             M(birth=D("1983-04-14"), plan=pd, admission=adm, targets=targets_of(goals),
               sigs=[sig("clinician", pd), sig("client", pd), sig("supervisor", add(pd, 1)),
                     sig("physician", add(adm, 7), cred="MD")]))


def ad36():
    adm, pd, a = D("2026-02-02"), D("2026-02-06"), D("2026-03-01")
    phys = add(adm, 14)
    goals = sud_stim("Tyrell", pd)
    w = W(font="Arial", size=9.5, author="Catskill Recovery")
    w.p("CATSKILL RECOVERY \u2014 INPATIENT REHABILITATION", b=True)
    w.p(f"Client Name: Tyrell J. Monroe   DOB: 10/30/1990   Medicaid ID: CD67890E")
    w.p(f"Admit Date: {us(adm)}   Treatment Plan Date: {us(pd)}   Counselor: Lisa Grant, CASAC-2")
    w.p("Diagnosis: F15.20 Other stimulant dependence, uncomplicated")
    w.p("")
    goals_ehr(w, goals, intv_label="Method")
    w.p("Length of stay: estimated 28 days. Discharge plan: step down to intensive outpatient.")
    w.p("")
    w.p(f"Counselor signature: Lisa Grant, CASAC-2   Date: {us(pd)}")
    w.p(f"Client signature: Tyrell J. Monroe   Date: {us(pd)}")
    w.p("PHYSICIAN REVIEW", b=True)
    w.p("I have reviewed this treatment plan and concur with the treatment recommendations.")
    w.p(f"Signed: Anita Roy, D.O.    Date: {us(phys)}")
    w.save("ad36_ny_oasas_physician_late.docx", "Treatment Plan")
    register("ad36_ny_oasas_physician_late.docx", "base-treatment-plan", ["ny-oasas-818"], a, [["signature-late"]],
             f"Gap: the physician reviewed and signed on {us(phys)}, 14 days after admission ({us(adm)}); due within "
             "10 days. EHR-style lines; physician review as its own bold heading with 'Signed: ..., D.O.'.",
             M(birth=D("1990-10-30"), plan=pd, admission=adm, targets=targets_of(goals),
               sigs=[sig("clinician", pd), sig("client", pd), sig("physician", phys, cred="DO")]))


def ad37():
    adm, pd, a = D("2026-03-09"), D("2026-03-13"), D("2026-03-30")
    goals = sud_alcohol("Sandra", pd)
    w = W(font="Calibri", size=10.5, author="Genesee Valley Treatment")
    w.h("Genesee Valley Treatment Center \u2014 Individual Treatment Plan", 1)
    w.lv(("Patient", "Sandra L. Voss"), ("DOB", "08/08/1979"), ("Medicaid #", "EF24680G"))
    w.lv(("Admitted", us(adm)), ("Plan completed", us(pd)), ("Unit", "Inpatient Rehabilitation, 2 East"))
    w.h("Diagnosis", 2)
    w.p("F10.20 Alcohol dependence, uncomplicated")
    w.h("Treatment Plan", 2)
    goals_nested(w, goals)
    w.h("Signatures", 2)
    w.p(f"Responsible clinician: Marcus Lee, LMSW, CASAC  \u2014  {us(pd)}")
    w.p(f"Patient: Sandra L. Voss  \u2014  {us(pd)}")
    w.p("Physician review: not yet completed")
    w.save("ad37_ny_oasas_no_physician.docx", "Individual Treatment Plan")
    register("ad37_ny_oasas_no_physician.docx", "base-treatment-plan", ["ny-oasas-818"], a, [["signature-missing"]],
             "Gap: no physician has reviewed or signed the plan ('Physician review: not yet completed'); counselor "
             "and patient signed. Nested objective tables. Unsure whether the timeliness rule also fires when "
             "the physician signature is absent (as-of is 21 days after admission), so signature-late is not in "
             "must_not_report.",
             M(birth=D("1979-08-08"), plan=pd, admission=adm, targets=targets_of(goals),
               sigs=[sig("clinician", pd), sig("client", pd), sig("physician", None, signed=False)]),
             unsure=["signature-late"])


def ad07():
    adm, pd, a = D("2026-02-02"), D("2026-02-12"), D("2026-03-01")
    qp = add(pd, 6)
    goals = sud_alcohol("Marisol", pd)
    w = W(font="Calibri", size=10, author="Palmetto Recovery")
    w.p("PALMETTO RECOVERY CENTER", b=True, size=13, align="c")
    w.p("Individualized Treatment Plan \u2014 65D-30 Licensed Residential Program", align="c", size=9)
    rows = [["Client name", "Marisol C. Ibanez", "DOB", "01/17/1988"],
            ["Medicaid ID", "9912837465", "Admission date", us(adm)],
            ["Level of care", "Residential Level 2", "Plan date", us(pd)],
            ["Diagnosis", "F10.20 Alcohol dependence, uncomplicated; F41.1 Generalized anxiety disorder", "", ""]]
    t = w.table(rows, header=False, bold_col0=True, size=9.5)
    t.cell(3, 1).merge(t.cell(3, 3))
    w.p("")
    goals_table(w, goals, cols=("Problem", "Goal", "Measurable objective", "Expected completion", "Tasks / services"),
                size=8.5, shade="E7E6E6")
    w.p("")
    w.table([["Service", "Type", "Frequency"],
             ["Individual counseling", "H0004", "1x per week, 50 minutes"],
             ["Group counseling", "H0005", "5x per week"],
             ["Psychiatric medication management", "99213", "every 2 weeks"],
             ["Case management", "T1016", "weekly"]], size=9)
    w.p("Estimated length of stay: 45 days.")
    w.p("")
    w.p("SIGNATURES", b=True)
    t = w.table([["Client", "Staff member who developed the plan", "Qualified professional review"],
                 [["Marisol C. Ibanez", f"Date: {us(pd)}"], ["Tamika Brooks, CAP", f"Date: {us(pd)}"],
                  ["Kevin Osei, LMHC (QP)", f"Date: {us(qp)}"]]], size=9.5)
    for ci, seed in enumerate(["ibanez", "tbrooks", "kosei"]):
        w.picture_in(t.cell(1, ci).add_paragraph(), seed, width=1.1)
    w.save("ad07_fl_residential_three_column_signatures.docx", "Individualized Treatment Plan")
    register("ad07_fl_residential_three_column_signatures.docx", "base-treatment-plan", ["fl-65d-30"], a, [],
             "Clean. Florida residential level 2: plan 10 days after admission (15 allowed); header in a 4-column "
             "table with a merged diagnosis cell; signatures as three side-by-side columns (client, CAP staff "
             "author, LMHC qualified professional 6 days later), name and date above a signature image.",
             M(birth=D("1988-01-17"), plan=pd, admission=adm, level="Residential Level 2", targets=targets_of(goals),
               sigs=[sig("client", pd), sig("clinician", pd), sig("supervisor", qp)]))


def ad38():
    adm, pd, a = D("2026-02-20"), D("2026-03-02"), D("2026-04-01")
    qp = add(pd, 15)
    goals = sud_stim("Derek", pd)
    w = W(font="Times New Roman", size=11.5, author="Gulf Coast Counseling")
    w.p("Gulf Coast Counseling & Recovery", b=True, size=14)
    w.p("Intensive Outpatient Program \u2014 Treatment Plan", i=True)
    w.p(f"Participant: Derek A. Holm     Date of birth: 06/06/1992     Medicaid ID: 8823019475")
    w.p(f"Admission: {us(adm)}     Level of care: Intensive Outpatient     Treatment plan date: {us(pd)}")
    w.p("Diagnosis: F15.20 Other stimulant dependence, uncomplicated")
    w.p("")
    goals_prose(w, goals, "Derek")
    w.p("Services: intensive outpatient group (H0015) 3 times per week, 3 hours each; individual counseling "
        "(H0004) weekly, 50 minutes; drug testing weekly. Expected length of treatment: 12 weeks.")
    w.p("")
    w.p("Participant")
    w.p("/s/ Derek A. Holm")
    w.p(f"Signature / Date   {us(pd)}")
    w.p("")
    w.p("Counselor (plan author)")
    w.p("/s/ Alyssa Grant, BS, CAC")
    w.p(f"Signature / Date   {us(pd)}")
    w.p("")
    w.p("Qualified Professional countersignature")
    w.p("/s/ Dr. Nathan Reyes, PsyD, Licensed Psychologist")
    w.p(f"Signature / Date   {us(qp)}")
    w.save("ad38_fl_qp_countersign_late.docx", "IOP Treatment Plan")
    register("ad38_fl_qp_countersign_late.docx", "base-treatment-plan", ["fl-65d-30"], a, [["signature-late"]],
             f"Gap: the qualified professional countersigned on {us(qp)}, 15 days after the plan date {us(pd)}; "
             "Florida allows 10 calendar days. Prose goals ('The first goal of treatment ...'); each signer is a "
             "caption line, an /s/ line and a 'Signature / Date' line below.",
             M(birth=D("1992-06-06"), plan=pd, admission=adm, level="Intensive Outpatient", targets=targets_of(goals),
               sigs=[sig("client", pd), sig("clinician", pd), sig("supervisor", qp)]))


def ad39():
    adm, pd, a = D("2026-03-02"), D("2026-03-10"), D("2026-03-31")
    goals = sud_alcohol("Rick", pd)
    w = W(font="Calibri", size=10.5, author="Suncoast Day Treatment")
    w.h("Suncoast Day Treatment \u2014 Treatment Plan", 1)
    w.lv(("Individual served", "Richard (Rick) T. Vance"), ("DOB", "12/24/1975"))
    w.lv(("Medicaid ID", "7710293846"), ("Admission", us(adm)), ("Level of care", "Day/Night Treatment"))
    w.lv(("Plan date", us(pd)), ("Counselor", "Yolanda Pierce, MA, CAP"))
    w.h("Diagnosis", 2)
    w.p("F10.20 Alcohol dependence, uncomplicated")
    w.h("Goals and Objectives", 2)
    goals_outline(w, goals, goal_word="Goal")
    w.h("Service Schedule", 2)
    w.p("Day treatment programming (H2012) 5 days per week, 4 hours per day; individual counseling (H0004) "
        "once a week. Expected length of treatment: 8 weeks.")
    w.h("Signatures", 2)
    w.p(f"Counselor: Yolanda Pierce, MA, CAP      {us(pd)}")
    w.p("Individual served: Refused to sign. Plan reviewed verbally with Mr. Vance; he stated he \"will think about it.\"")
    w.p(f"Witness: Jorge Medina, BHT      {us(pd)}")
    w.save("ad39_fl_client_refused_to_sign.docx", "Treatment Plan")
    register("ad39_fl_client_refused_to_sign.docx", "base-treatment-plan", ["fl-65d-30"], a, [["signature-missing"]],
             "Gap: Florida requires the individual's signature; the line says 'Refused to sign' with a witness line. "
             "Day/night treatment, plan 8 days after admission (10 allowed). Label lines ('Individual served').",
             M(birth=D("1975-12-24"), plan=pd, admission=adm, level="Day/Night Treatment", targets=targets_of(goals),
               sigs=[sig("clinician", pd), sig("client", None, signed=False), sig("other", pd)]))


def _ntp_header(w, clinic, f):
    w.p(clinic, b=True, size=13)
    w.p("Narcotic Treatment Program \u2014 licensed by DHCS", size=8, i=True)
    w.form([("Patient", f["name"]), ("DOB", f["dob"]), ("Medi-Cal CIN", f["cin"]), ("Admission (maintenance start)", us(f["adm"])),
            ("Treatment plan effective date", us(f["pd"])), ("Primary counselor", f["counselor"])], cols=2)


def ad08():
    adm, pd, a = D("2026-01-06"), D("2026-01-27"), D("2026-03-15")
    sup, md, rev = add(pd, 7), add(pd, 9), add(adm, 90)
    goals = sud_opioid("Angela", pd)
    w = W(font="Calibri", size=10, author="Bayview NTP")
    _ntp_header(w, "Bayview Methadone Clinic", {"name": "Angela R. Pruitt", "dob": "09/14/1986", "cin": "91234567A",
                                                 "adm": adm, "pd": pd, "counselor": "Luis Ortega, CADC-II"})
    w.h("Diagnosis", 2)
    w.p("F11.20 Opioid dependence, uncomplicated (primary); F17.210 Nicotine dependence, cigarettes, uncomplicated")
    w.h("Problems, Long-Term Goals and Short-Term Goals", 2)
    goals_table(w, goals, cols=("Problem", "Long-term goal", "Short-term goal (action step)", "Target date", "Services"),
                size=8.5)
    w.h("Services", 2)
    w.p("Methadone dosing (H0020) daily; individual counseling (H0004) 50 minutes, 4 times per month; monthly "
        "urine drug screens.")
    w.lv(("Next treatment plan update due", us(rev)))
    w.h("Signatures", 2)
    t = w.table([["PRIMARY COUNSELOR", "SUPERVISING COUNSELOR", "MEDICAL DIRECTOR"],
                 [["", "Luis Ortega", "CADC-II", f"Date: {us(pd)}"],
                  ["", "Nora Kim", "LAADC, Clinical Supervisor", f"Date: {us(sup)}"],
                  ["", "Farid Haddad", "D.O., Medical Director", f"Date: {us(md)}", f"NPI {npi('ad08-haddad')}"]]],
                size=9.5)
    for ci, seed in enumerate(["ortega", "nkim", "haddad"]):
        w.picture_in(t.cell(1, ci).paragraphs[0], seed, width=1.1)
    w.p(f"Patient: Angela R. Pruitt \u2014 signed {us(pd)}", size=9)
    w.save("ad08_ca_ntp_countersignatures.docx", "NTP Treatment Plan")
    register("ad08_ca_ntp_countersignatures.docx", "base-treatment-plan", ["ca-title9-ntp"], a, [],
             "Clean. California NTP: plan 21 days after admission (28 allowed), update due 90 days after admission; "
             "three-column signature table (signature image, name, credential on its own line, date below): "
             "CADC-II counselor, LAADC supervising counselor at +7 days, D.O. medical director at +9 days.",
             M(birth=D("1986-09-14"), plan=pd, admission=adm, reviews=[rev], targets=targets_of(goals),
               sigs=[sig("clinician", pd), sig("supervisor", sup), sig("physician", md, cred="DO"), sig("client", pd)]))


def ad40():
    adm, pd, a = D("2026-03-02"), D("2026-03-24"), D("2026-05-04")
    sup, md, rev = add(pd, 22), add(pd, 5), add(adm, 91)
    goals = sud_opioid("Jerome", pd)
    w = W(font="Arial", size=9.5, author="Valley Recovery NTP")
    _ntp_header(w, "Valley Recovery Services \u2014 OTP", {"name": "Jerome K. Tate", "dob": "02/28/1979", "cin": "98765432B",
                                                            "adm": adm, "pd": pd, "counselor": "Monica Reyes-Lutz, RADT-II"})
    w.p("Diagnosis: F11.20 Opioid dependence, uncomplicated", b=True)
    goals_ehr(w, goals, intv_label="Service")
    w.p("Methadone (H0020) daily at clinic; counseling (H0004) 50 minutes, four sessions per month.")
    w.p(f"Treatment plan update due: {words(rev)}")
    w.p("SIGNATURES", b=True)
    w.p(f"Primary counselor: Monica Reyes-Lutz, RADT-II \u2014 signed {words(pd)}")
    w.p(f"Medical director: Samir Patel, MD \u2014 reviewed and signed {words(md)}")
    w.p(f"Supervising counselor: Diane Foley, LCSW \u2014 reviewed and signed {words(sup)}")
    w.p(f"Patient: Jerome K. Tate \u2014 signed {words(pd)}")
    w.save("ad40_ca_ntp_supervisor_late.docx", "OTP Treatment Plan")
    register("ad40_ca_ntp_supervisor_late.docx", "base-treatment-plan", ["ca-title9-ntp"], a, [["signature-late"]],
             f"Gap: the supervising counselor countersigned on {words(sup)}, 22 days after the plan's effective "
             f"date ({words(pd)}); due within 14 days. Medical director in time (+5 days). Dates written in words; "
             "EHR-style goal lines.",
             M(birth=D("1979-02-28"), plan=pd, admission=adm, reviews=[rev], targets=targets_of(goals),
               sigs=[sig("clinician", pd), sig("physician", md, cred="MD"), sig("supervisor", sup), sig("client", pd)]))


def ad41():
    adm, pd, a = D("2026-04-07"), D("2026-04-28"), D("2026-05-26")
    sup, rev = add(pd, 3), add(adm, 88)
    goals = sud_opioid("Lucia", pd)
    w = W(font="Calibri", size=10.5, author="Sierra NTP")
    _ntp_header(w, "Sierra Foothills Treatment Program", {"name": "Lucia M. Ferrante", "dob": "11/05/1984", "cin": "93456781C",
                                                          "adm": adm, "pd": pd, "counselor": "Ethan Wu, CADC-I"})
    w.h("Diagnosis", 2)
    w.p("F11.20 Opioid dependence, uncomplicated")
    w.h("Goals", 2)
    goals_outline(w, goals, obj_style="label")
    w.h("Services", 2)
    w.p("Methadone maintenance (H0020) daily; individual counseling (H0004) 50 minutes 4x/month.")
    w.p(f"Plan update due by {us(rev)}.")
    w.h("Review and Countersignature", 2)
    w.form([("Primary counselor", f"/s/ Ethan Wu, CADC-I   {us(pd)}"),
            ("Supervising counselor", f"/s/ Hannah Cole, LMFT   {us(sup)}"),
            ("Medical director", "______________________________   Date: ________"),
            ("Patient", f"/s/ Lucia M. Ferrante   {us(pd)}")], cols=1)
    w.save("ad41_ca_ntp_medical_director_blank.docx", "NTP Treatment Plan")
    register("ad41_ca_ntp_medical_director_blank.docx", "base-treatment-plan", ["ca-title9-ntp"], a,
             [["signature-missing"]],
             "Gap: the medical director's countersignature row is blank (underscores); counselor and supervising "
             "counselor signed in time. One-pair-per-row form table. Unsure whether the timeliness rule also fires "
             "for a missing signature once 14 days have passed (as-of is 28 days after the plan), so signature-late "
             "is not in must_not_report.",
             M(birth=D("1984-11-05"), plan=pd, admission=adm, reviews=[rev], targets=targets_of(goals),
               sigs=[sig("clinician", pd), sig("supervisor", sup), sig("physician", None, signed=False), sig("client", pd)]),
             unsure=["signature-late"])


def ad09():
    pd, a = D("2026-02-18"), D("2026-03-25")
    goals = sud_alcohol("Ernesto", pd)
    w = W(font="Calibri", size=10.5, author="Lone Star Recovery")
    w.header("Lone Star Recovery Services \u2014 Licensed Chemical Dependency Treatment Facility", align="c")
    w.h("Individualized Treatment Plan", 1)
    w.lv(("Client", "Ernesto V. Garza"), ("DOB", "03/03/1981"), ("Medicaid #", "512093847"))
    w.lv(("Date of plan", us(pd)), ("Program", "Supportive outpatient"), ("Counselor", "Brenda Castillo, LCDC"))
    w.h("Diagnosis", 2)
    w.p("F10.20 Alcohol dependence, uncomplicated (primary)")
    w.h("Goals, Objectives and Strategies", 2)
    goals_outline(w, goals)
    w.h("Strategies, Type and Frequency", 2)
    services_table(w, [{"desc": "Individual counseling (H0004)", "freq": "1x/week, 60 minutes"},
                       {"desc": "Group counseling (H0005)", "freq": "2x/week, 90 minutes"},
                       {"desc": "Random urine and breath testing", "freq": "weekly"}], cols=("Service", "Frequency"))
    w.lv(("Projected length of stay", "90 days"))
    w.h("Signatures", 2)
    t = w.table([["Client signature", "Counselor signature"], ["", ""], [f"Date: {us(pd)}", f"Date: {us(pd)}"],
                 ["Ernesto V. Garza", "Brenda Castillo, LCDC"]], size=9.5)
    w.picture_in(t.cell(1, 0).paragraphs[0], "garza", width=1.3)
    w.picture_in(t.cell(1, 1).paragraphs[0], "castillo", width=1.3)
    w.p(f"QCC review: Paul Navarro, LPC-S, LCDC \u2014 {us(add(pd, 2))}", size=9)
    w.save("ad09_tx_signature_grid.docx", "Individualized Treatment Plan")
    register("ad09_tx_signature_grid.docx", "base-treatment-plan", ["tx-26tac-564"], a, [],
             "Clean. Texas outpatient plan: outline objectives, strategies table with frequencies, projected length "
             "of stay; signatures as a 2-column grid (caption row, signature images, dates, printed names below) "
             "plus an LPC-S, LCDC QCC review line two days later.",
             M(birth=D("1981-03-03"), plan=pd, targets=targets_of(goals), dur_days=90,
               sigs=[sig("client", pd), sig("clinician", pd), sig("supervisor", add(pd, 2))]))


def ad42():
    pd, a = D("2026-04-20"), D("2026-05-22")
    goals = sud_stim("Jolene", pd)
    w = W(font="Arial", size=9.5, author="Panhandle Treatment")
    w.p("PANHANDLE TREATMENT CENTER", b=True, size=12)
    w.p("Treatment Plan (26 TAC \u00a7564)", size=9)
    w.table([["Client", "Jolene R. Baxter", "DOB", "07/15/1994", "Medicaid", "620394817"],
             ["Plan date", us(pd), "Level", "Intensive outpatient", "Counselor", "Marcus Hill, LCDC"]], header=False,
            size=9)
    w.p("Diagnosis: F15.20 Other stimulant dependence, uncomplicated")
    goals_table(w, goals, cols=("Problem", "Goal", "Objective", "Target date", "Strategies"), size=8.5)
    w.p("Strategies: IOP group (H0015) 3x/week, 3 hours; individual counseling (H0004) 1x/week, 50 minutes. "
        "Projected length of stay: 10 weeks.")
    w.p("")
    w.p(f"Client Signature: /s/ Jolene R. Baxter     Date: {us(pd)}")
    w.p("Counselor Signature: /s/ Marcus Hill, LCDC     Date: ________")
    w.footer("Prepared by Marcus Hill, LCDC \u2022 Panhandle Treatment Center \u2022 Amarillo, TX")
    w.save("ad42_tx_counselor_undated.docx", "Treatment Plan")
    register("ad42_tx_counselor_undated.docx", "base-treatment-plan", ["tx-26tac-564"], a, [["signature-missing"]],
             "Gap: the counselor's /s/ signature has a blank date ('Date: ________'); Texas requires the counselor "
             "to sign and date. Client dated. 6-column header table; the counselor's name also appears in the "
             "footer as the preparer (no date).",
             M(birth=D("1994-07-15"), plan=pd, targets=targets_of(goals), dur_days=70,
               sigs=[sig("client", pd), sig("clinician", None)]))


# ----------------------------------------------------------------------------------------------
# native YAML (Texas), FHIR R4 and C-CDA
# ----------------------------------------------------------------------------------------------
def ad43():
    pd, a = D("2026-03-16"), D("2026-04-20")
    goals = sud_alcohol("Wade", pd)
    lines = ["schema: authcheck-plan/1",
             "# Exported from RecoveryTrack 4.1 (Brazos Valley Recovery, licensed CDTF)",
             "patient: {name: Wade L. Hutchins, birth_date: 1977-09-12, member_id: '730194826'}",
             "payer: Texas Medicaid (STAR)", "program: Outpatient chemical dependency treatment", "discipline: sud",
             f"plan_date: {iso(pd)}", "expected_duration: 12 weeks (projected length of stay)",
             "providers:", f"  - {{name: Corinne Pate, credential: LCDC, npi: '{npi('ad43-pate')}', role: counselor, "
             "organization: Brazos Valley Recovery}",
             "diagnoses:", "  - {code: F10.20, description: 'Alcohol dependence, uncomplicated', primary: true}",
             "problems:"]
    for g in goals:
        lines += [f"  - statement: {g['problem']}", "    goals:", f"      - statement: \"{g['goal']}\"", "        objectives:"]
        for o in g["objs"]:
            lines += [f"          - statement: \"{o['text']}\"", f"            target_date: {iso(o['date'])}"]
        lines += ["        interventions:"]
        for iv in g["intv"]:
            lines += [f"          - {{description: \"{iv}\", frequency: weekly}}"]
    lines += ["services:",
              "  - {code: H0004, description: Individual counseling, amount: 50 minutes, frequency: weekly, duration: 12 weeks}",
              "  - {code: H0005, description: Group counseling, amount: 90 minutes, frequency: 2x/week, duration: 12 weeks}",
              "signatures:",
              f"  - {{role: clinician, name: Corinne Pate, credential: LCDC, date: {iso(pd)}, method: electronic}}",
              "  - {role: client, name: Wade L. Hutchins, signed: false}",
              "free_text:",
              "  - {heading: Signature note, text: \"Client left before signing; signature to be obtained at next session.\"}",
              ""]
    (OUT / "ad43_tx_native_client_unsigned.yaml").write_text("\n".join(lines), encoding="utf-8")
    register("ad43_tx_native_client_unsigned.yaml", "base-treatment-plan", ["tx-26tac-564"], a, [["signature-missing"]],
             "Gap: authcheck native YAML; the client signature entry is signed: false (client left before signing). "
             "Counselor LCDC signature electronic and dated.",
             M(birth=D("1977-09-12"), plan=pd, targets=targets_of(goals), dur_days=84,
               sigs=[sig("clinician", pd), sig("client", None, signed=False)]))


def _fhir_ref(rt, i):
    return {"reference": f"{rt}/{i}"}


def _timing(freq, per, unit, dur=None, dunit=None, start=None, end=None):
    rep = {"frequency": freq, "period": per, "periodUnit": unit}
    if dur:
        rep["duration"], rep["durationUnit"] = dur, dunit
    if start:
        rep["boundsPeriod"] = {"start": start, "end": end}
    return {"repeat": rep}


def write_json(name, obj):
    (OUT / name).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def ad17():
    pd, a = D("2026-05-04"), D("2026-06-30")
    end = add(pd, 139)
    g = [("Reduce PCL-5 total score from 51 to 32 or below.", add(pd, 120), "PCL-5 total score", "<= 32"),
         ("Reduce nightmares from 4 per week to 1 or fewer per week, as recorded in the sleep log.", add(pd, 90),
          "Nightmares per week", "<= 1"),
         ("Ride the subway alone for 30 minutes on 3 separate days.", add(pd, 100), "Solo subway rides of 30 minutes", ">= 3")]
    pr = {"resourceType": "Practitioner", "id": "pr-1",
          "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("ad17-tanaka")}],
          "name": [{"family": "Tanaka", "given": ["Kenji"], "suffix": ["PhD"]}],
          "qualification": [{"code": {"coding": [{"system": "http://nucc.org/provider-taxonomy", "code": "103TC0700X",
                                                  "display": "Clinical Psychologist"}], "text": "PhD, Licensed Psychologist"}}]}
    pat = {"resourceType": "Patient", "id": "pt-1",
           "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}]},
                           "system": "http://hl7.org/fhir/sid/us-mbi", "value": "5RT8YU2IO46"}],
           "name": [{"family": "Delacroix", "given": ["Yvonne", "M."]}], "birthDate": "1954-01-19", "gender": "female"}
    cond = {"resourceType": "Condition", "id": "dx-1", "subject": _fhir_ref("Patient", "pt-1"),
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F43.12",
                                 "display": "Post-traumatic stress disorder, chronic"}]},
            "recordedDate": iso(add(pd, -14))}
    goals = []
    for k, (txt, due, meas, det) in enumerate(g, 1):
        goals.append({"resourceType": "Goal", "id": f"goal-{k}", "lifecycleStatus": "active",
                      "description": {"text": txt}, "subject": _fhir_ref("Patient", "pt-1"),
                      "addresses": [_fhir_ref("Condition", "dx-1")],
                      "target": [{"measure": {"text": meas}, "detailString": det, "dueDate": iso(due)}]})
    cp = {"resourceType": "CarePlan", "id": "cp-1", "status": "active", "intent": "plan",
          "title": "Outpatient psychotherapy treatment plan",
          "description": "Chronic PTSD after a 2019 robbery: nightmares, hypervigilance, avoidance of the subway.",
          "subject": _fhir_ref("Patient", "pt-1"), "created": iso(pd),
          "period": {"start": iso(pd), "end": iso(end)}, "author": _fhir_ref("Practitioner", "pr-1"),
          "addresses": [_fhir_ref("Condition", "dx-1")], "goal": [_fhir_ref("Goal", f"goal-{k}") for k in (1, 2, 3)],
          "activity": [{"detail": {"kind": "ServiceRequest",
                                   "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90837"}],
                                            "text": "Prolonged exposure therapy, individual psychotherapy"},
                                   "goal": [_fhir_ref("Goal", f"goal-{k}") for k in (1, 2, 3)],
                                   "status": "in-progress",
                                   "scheduledTiming": _timing(1, 1, "wk", 60, "min", iso(pd), iso(end)),
                                   "performer": [_fhir_ref("Practitioner", "pr-1")],
                                   "description": "Prolonged exposure, 60-minute sessions weekly for 20 weeks"}}],
          "note": [{"text": "Expected duration: 20 weeks."}]}
    prov = {"resourceType": "Provenance", "id": "prov-1", "target": [_fhir_ref("CarePlan", "cp-1")],
            "recorded": f"{iso(pd)}T16:22:05-04:00",
            "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                            "code": "author"}]}, "who": _fhir_ref("Practitioner", "pr-1")}],
            "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                     "display": "Author's Signature"}],
                           "when": f"{iso(pd)}T16:22:05-04:00", "who": _fhir_ref("Practitioner", "pr-1"),
                           "sigFormat": "application/jose", "data": "ZXlKaGJHY2lPaUpTVXpJMU5pSjku"}]}
    bundle = {"resourceType": "Bundle", "id": "ad17", "type": "collection", "timestamp": f"{iso(pd)}T16:30:00-04:00",
              "entry": [{"fullUrl": f"https://ehr.example.org/fhir/{r['resourceType']}/{r['id']}", "resource": r}
                        for r in [cp, pat, pr, cond] + goals + [prov]]}
    write_json("ad17_fhir_psychotherapy_provenance_signed.json", bundle)
    register("ad17_fhir_psychotherapy_provenance_signed.json", "medicare-psychotherapy", [], a, [],
             "Clean. FHIR R4 collection Bundle: CarePlan with period (20 weeks), one 90837 activity with weekly "
             "60-minute timing, three Goals with due dates, ICD-10-CM Condition; signed by a Provenance signature "
             "(author's signature) by a PhD psychologist whose credential is in the name suffix and qualification.",
             M(birth=D("1954-01-19"), plan=pd, period=(pd, end), targets=[x[1] for x in g], dur_days=139,
               sigs=[sig("clinician", pd)]))


def ad44():
    pd, a = D("2026-06-01"), D("2026-07-06")
    end, rev = add(pd, 182), add(pd, 90)
    goals = aba_targets("Zoe", pd, caregiver="Father (Marcus Whitley)", variant=2)
    pt = {"resourceType": "Patient", "id": "p1",
          "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}],
                                   "text": "Member ID"}, "system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "WHB20394471"}],
          "name": [{"family": "Whitley", "given": ["Zoe", "A."]}], "birthDate": "2021-10-02"}
    bcba = {"resourceType": "Practitioner", "id": "bcba",
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("ad44-ferris")}],
            "name": [{"family": "Ferris", "given": ["Allison"], "suffix": ["MS", "BCBA"]}],
            "qualification": [{"code": {"text": "BCBA"}}]}
    psych = {"resourceType": "Practitioner", "id": "dxr", "name": [{"family": "Mendez", "given": ["Rita"], "suffix": ["PhD"]}]}
    dad = {"resourceType": "RelatedPerson", "id": "rp1", "patient": _fhir_ref("Patient", "p1"),
           "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "FTH",
                                         "display": "father"}]}],
           "name": [{"family": "Whitley", "given": ["Marcus"]}]}
    cond = {"resourceType": "Condition", "id": "c1", "subject": _fhir_ref("Patient", "p1"),
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F84.0", "display": "Autistic disorder"}]},
            "recordedDate": "2024-04-18", "asserter": _fhir_ref("Practitioner", "dxr")}
    obs = {"resourceType": "Observation", "id": "vin", "status": "final",
           "code": {"text": "Vineland-3 Adaptive Behavior Composite total score"}, "subject": _fhir_ref("Patient", "p1"),
           "effectiveDateTime": iso(add(pd, -21)), "valueQuantity": {"value": 63, "unit": "{score}"}}
    gres = []
    for k, gg in enumerate(goals, 1):
        gres.append({"resourceType": "Goal", "id": f"g{k}", "lifecycleStatus": "active",
                     "category": [{"text": gg["domain"]}], "description": {"text": gg["goal"]},
                     "subject": _fhir_ref("Patient", "p1"), "addresses": [_fhir_ref("Condition", "c1")],
                     "target": [{"dueDate": iso(gg["gdate"])}],
                     "note": [{"text": f"Baseline: {gg['baseline']}"}, {"text": f"Mastery criteria: {gg['mastery']}"}]})
    srs = []
    for k, (code, disp, f, dur) in enumerate([("97153", "Adaptive behavior treatment by protocol", 5, 4),
                                              ("97155", "Protocol modification by BCBA", 2, 2),
                                              ("97156", "Family adaptive behavior treatment guidance", 1, 1)], 1):
        srs.append({"resourceType": "ServiceRequest", "id": f"sr{k}", "status": "active", "intent": "order",
                    "basedOn": [_fhir_ref("CarePlan", "cp")], "subject": _fhir_ref("Patient", "p1"),
                    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": code, "display": disp}]},
                    "occurrenceTiming": _timing(f, 1, "wk", dur, "h", iso(pd), iso(end)),
                    "requester": _fhir_ref("Practitioner", "bcba")})
    cp = {"resourceType": "CarePlan", "id": "cp", "status": "active", "intent": "plan",
          "title": "ABA treatment plan", "category": [{"text": "Applied behavior analysis"}],
          "subject": _fhir_ref("Patient", "p1"), "created": iso(pd), "period": {"start": iso(pd), "end": iso(end)},
          "author": _fhir_ref("Practitioner", "bcba"), "addresses": [_fhir_ref("Condition", "c1")],
          "supportingInfo": [_fhir_ref("Observation", "vin")],
          "goal": [_fhir_ref("Goal", f"g{k}") for k in range(1, len(goals) + 1)],
          "activity": [{"reference": _fhir_ref("ServiceRequest", f"sr{k}")} for k in (1, 2, 3)] +
                      [{"detail": {"code": {"text": "Treatment plan progress review"}, "status": "scheduled",
                                   "scheduledPeriod": {"start": iso(rev), "end": iso(rev)}}}]}
    prov = {"resourceType": "Provenance", "id": "pv", "target": [_fhir_ref("CarePlan", "cp")],
            "recorded": f"{iso(pd)}T11:05:00-05:00",
            "agent": [{"who": _fhir_ref("Practitioner", "bcba")}],
            "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                     "display": "Author's Signature"}], "when": f"{iso(pd)}T11:05:00-05:00",
                           "who": _fhir_ref("Practitioner", "bcba"), "sigFormat": "image/png", "data": "iVBORw0KGgo="}]}
    res = [cp, pt, bcba, psych, dad, cond, obs] + gres + srs + [prov]
    bundle = {"resourceType": "Bundle", "id": "ad44", "type": "collection",
              "entry": [{"fullUrl": f"urn:uuid:00000000-0000-4000-8000-{k:012d}", "resource": r} for k, r in enumerate(res, 1)]}
    # urn:uuid fullUrls: references above are Type/id, which the reader resolves against the resources' ids
    write_json("ad44_fhir_aba_no_guardian_signature.json", bundle)
    register("ad44_fhir_aba_no_guardian_signature.json", "commercial-aba", [], a, [["signature-missing"]],
             "Gap: FHIR R4 ABA plan signed only by the BCBA (Provenance signature); the father is recorded as a "
             "RelatedPerson but never signs (no Provenance, attester or note signature for him). Goals carry "
             "baseline and mastery notes, due dates and a caregiver-training category; ServiceRequests give hours "
             "per week as frequency x session hours; Vineland-3 as an Observation; a scheduled review activity.",
             M(birth=D("2021-10-02"), plan=pd, period=(pd, end), reviews=[rev], targets=targets_of(goals),
               assessment=add(pd, -21), sigs=[sig("clinician", pd)]))


def _h(d):
    return d.strftime("%Y%m%d")


def ccda_plan(f):
    """A C-CDA R2.1 Care Plan document for outpatient psychotherapy, from dict f."""
    from xml.sax.saxutils import escape as x

    goal_entries, goal_rows = [], []
    for gi, g in enumerate(f["goals"], 1):
        comps = ""
        for oi, o in enumerate(g["objs"], 1):
            comps += f"""
            <entryRelationship typeCode="COMP">
              <observation classCode="OBS" moodCode="GOL">
                <templateId root="2.16.840.1.113883.10.20.22.4.121" extension="2022-06-01"/>
                <id root="{f['uuid']}" extension="obj-{gi}-{oi}"/>
                <code nullFlavor="OTH"><originalText>Objective {gi}.{oi}</originalText></code>
                <text>{x(o['text'])}</text>
                <statusCode code="active"/>
                <effectiveTime value="{_h(o['date'])}"/>
              </observation>
            </entryRelationship>"""
            goal_rows.append(f"<tr><td>Objective {gi}.{oi}</td><td>{x(o['text'])}</td><td>{us(o['date'])}</td></tr>")
        goal_rows.insert(len(goal_rows) - len(g["objs"]), f"<tr><td>Goal {gi}</td><td>{x(g['goal'])}</td><td></td></tr>")
        goal_entries.append(f"""
          <entry>
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121" extension="2022-06-01"/>
              <id root="{f['uuid']}" extension="goal-{gi}"/>
              <code nullFlavor="OTH"><originalText>Goal {gi}: {x(g['problem'])}</originalText></code>
              <text>{x(g['goal'])}</text>
              <statusCode code="active"/>{comps}
            </observation>
          </entry>""")
    auth = f["auth"]
    la_code = f.get("sig_code", "S")
    extra_auth = ""
    if f.get("phys"):
        p = f["phys"]
        extra_auth = f"""
  <authenticator>
    <time value="{_h(p['date'])}"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{p['npi']}"/>
      <assignedPerson><name><given>{p['given']}</given><family>{p['family']}</family><suffix>{p['suffix']}</suffix></name></assignedPerson>
    </assignedEntity>
  </authenticator>"""
    la_time = f'<time value="{_h(auth["date"])}"/>' if auth.get("date") else '<time nullFlavor="NI"/>'
    svc = f["svc"]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="{f['uuid']}" extension="{f['docid']}"/>
  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care note"/>
  <title>{x(f['title'])}</title>
  <effectiveTime value="{_h(f['pd'])}100000-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.4.927" extension="{f['mbi']}" assigningAuthorityName="Medicare (MBI)"/>
      <id root="{f['uuid']}" extension="{f['mrn']}" assigningAuthorityName="Medical record number"/>
      <patient>
        <name use="L"><given>{f['given']}</given><family>{f['family']}</family></name>
        <administrativeGenderCode code="{f['sex']}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{_h(f['dob'])}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{_h(f['pd'])}"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{auth['npi']}"/>
      <assignedPerson><name><given>{auth['given']}</given><family>{auth['family']}</family><suffix>{auth['suffix']}</suffix></name></assignedPerson>
      <representedOrganization><name>{x(f['org'])}</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="{f['uuid']}"/><name>{x(f['org'])}</name></representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    {la_time}
    <signatureCode code="{la_code}"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{auth['npi']}"/>
      <assignedPerson><name><given>{auth['given']}</given><family>{auth['family']}</family><suffix>{auth['suffix']}</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>{extra_auth}
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="{_h(f['pd'])}"/><high value="{_h(f['end'])}"/></effectiveTime>
    </serviceEvent>
  </documentationOf>
  <component>
    <structuredBody>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.5.1" extension="2015-08-01"/>
          <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
          <title>Problems</title>
          <text><list><item>{f['dx']} {x(f['dx_desc'])} (primary)</item></list></text>
          <entry>
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>
              <id root="{f['uuid']}" extension="concern-1"/>
              <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
              <statusCode code="active"/>
              <effectiveTime><low value="{_h(f['dx_on'])}"/></effectiveTime>
              <entryRelationship typeCode="SUBJ">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="{f['uuid']}" extension="prob-1"/>
                  <code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="{_h(f['dx_on'])}"/></effectiveTime>
                  <priorityCode code="63161005" codeSystem="2.16.840.1.113883.6.96" displayName="Principal"/>
                  <value xsi:type="CD" code="{f['dx']}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{x(f['dx_desc'])}"/>
                </observation>
              </entryRelationship>
            </act>
          </entry>
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
          <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
          <title>Goals and Objectives</title>
          <text><table><thead><tr><th>Item</th><th>Statement</th><th>Target date</th></tr></thead><tbody>{''.join(goal_rows)}</tbody></table></text>{''.join(goal_entries)}
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
          <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
          <title>Interventions</title>
          <text>
            <table><thead><tr><th>Service</th><th>CPT</th><th>Session length</th><th>Frequency</th><th>Duration</th></tr></thead>
              <tbody><tr><td>{x(svc['desc'])}</td><td>{svc['code']}</td><td>{svc['minutes']} minutes</td><td>Weekly</td><td>{svc['weeks']} weeks</td></tr></tbody></table>
            <paragraph>Expected duration: {svc['weeks']} weeks</paragraph>
          </text>
          <entry>
            <encounter classCode="ENC" moodCode="INT">
              <id root="{f['uuid']}" extension="svc-1"/>
              <code code="{svc['code']}" codeSystem="2.16.840.1.113883.6.12" displayName="{x(svc['desc'])}"/>
              <effectiveTime xsi:type="IVL_TS"><low value="{_h(f['pd'])}"/><high value="{_h(f['end'])}"/></effectiveTime>
              <effectiveTime xsi:type="PIVL_TS" operator="A" institutionSpecified="true">
                <phase><width value="{svc['minutes']}" unit="min"/></phase>
                <period value="1" unit="wk"/>
              </effectiveTime>
            </encounter>
          </entry>
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
"""


def ad18():
    pd, a = D("2026-03-02"), D("2026-05-11")
    weeks = 18
    end = add(pd, weeks * 7)
    goals = psy_depression("Bernard", pd)
    f = {"uuid": "7d1f2a40-1c55-4e7e-9a51-0b0c2a6e1d18", "docid": "CP-88127", "title": "Psychotherapy Plan of Care",
         "pd": pd, "end": end, "mbi": "2EW9RT4YU81", "mrn": "448120", "given": "Bernard", "family": "Kowalczyk",
         "sex": "M", "dob": D("1952-12-01"), "org": "Northern Lakes Psychology, PLLC",
         "auth": {"npi": npi("ad18-lindgren"), "given": "Sofia", "family": "Lindgren", "suffix": "Ph.D.", "date": pd},
         "phys": {"date": add(pd, 3), "npi": npi("ad18-obi"), "given": "Chinedu", "family": "Obi", "suffix": "MD"},
         "dx": "F33.1", "dx_desc": "Major depressive disorder, recurrent, moderate", "dx_on": add(pd, -10),
         "goals": goals, "svc": {"code": "90834", "desc": "Individual psychotherapy", "minutes": 45, "weeks": weeks}}
    (OUT / "ad18_ccda_psychotherapy_legal_authenticator.xml").write_text(ccda_plan(f), encoding="utf-8")
    register("ad18_ccda_psychotherapy_legal_authenticator.xml", "medicare-psychotherapy", [], a, [],
             "Clean. C-CDA Care Plan: legalAuthenticator (the author, 'Ph.D.' suffix, signatureCode S, dated the "
             "plan date) plus a consulting psychiatrist as authenticator three days later; goals with component "
             "objectives dated; planned 90834 encounter with weekly PIVL_TS and 45-minute phase width; narrative "
             "table and 'Expected duration: 18 weeks'.",
             M(birth=D("1952-12-01"), plan=pd, period=(pd, end), targets=targets_of(goals), dur_days=weeks * 7,
               sigs=[sig("clinician", pd), sig("physician", add(pd, 3))]))


def ad45():
    pd, a = D("2026-04-13"), D("2026-06-08")
    weeks = 16
    end = add(pd, weeks * 7)
    goals = psy_gad("Nadia", pd)
    f = {"uuid": "c3b9e0d2-5a47-4f1b-8e6d-2f9a7c4b5e45", "docid": "CP-90311", "title": "Behavioral Health Care Plan",
         "pd": pd, "end": end, "mbi": "6YH2UJ7KI34", "mrn": "771902", "given": "Nadia", "family": "Petrova",
         "sex": "F", "dob": D("1958-05-26"), "org": "Cedar Grove Counseling",
         "auth": {"npi": npi("ad45-morales"), "given": "Elena", "family": "Morales", "suffix": "LMHC", "date": None},
         "dx": "F41.1", "dx_desc": "Generalized anxiety disorder", "dx_on": add(pd, -7),
         "goals": goals, "svc": {"code": "90837", "desc": "Individual psychotherapy", "minutes": 53, "weeks": weeks},
         "sig_code": "X"}
    (OUT / "ad45_ccda_psychotherapy_signature_required.xml").write_text(ccda_plan(f), encoding="utf-8")
    register("ad45_ccda_psychotherapy_signature_required.xml", "medicare-psychotherapy", [], a, [["signature-missing"]],
             "Gap: C-CDA whose legalAuthenticator has signatureCode X (signature required, not yet signed) and no "
             "time; no other authenticator. The author (LMHC) is named but the plan is unsigned. Unsure whether "
             "credential-missing could also fire, so it is not in must_not_report.",
             M(birth=D("1958-05-26"), plan=pd, period=(pd, end), targets=targets_of(goals), dur_days=weeks * 7,
               sigs=[sig("clinician", None, signed=False)]), unsure=["credential-missing"])


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------
BUILDERS = [ad01, ad02, ad03, ad04, ad05, ad06, ad07, ad08, ad09, ad10, ad11, ad12, ad13, ad14, ad15, ad16, ad17,
            ad18, ad19, ad20, ad21, ad22, ad23, ad24, ad25, ad26, ad27, ad28, ad29, ad30, ad31, ad32, ad33, ad34,
            ad35, ad36, ad37, ad38, ad39, ad40, ad41, ad42, ad43, ad44, ad45]


def labels():
    out = []
    for p in sorted(PLANS, key=lambda p: p["file"]):
        profs = [p["payer"]] + p["states"]
        kinds = set().union(*(KINDS[x] for x in profs))
        gap_kinds = {k for g in p["gaps"] for k in g}
        for g in p["gaps"]:
            assert any(k in kinds for k in g), (p["file"], g)
        cw = ["--payer", p["payer"]]
        for s in p["states"]:
            cw += ["--state", s]
        cw += ["--as-of", iso(p["as_of"])]
        notes = p["notes"]
        out.append({"file": p["file"], "check_with": cw, "must_report": p["gaps"],
                    "must_not_report": sorted(kinds - gap_kinds - set(p["unsure"])), "notes": notes})
    return out


def main():
    W._ids = 100
    for b in BUILDERS:
        b()
    assert len(PLANS) == len(BUILDERS) == len({p["file"] for p in PLANS})
    for p in PLANS:
        selfcheck(p)
    labs = labels()
    (OUT / "labels.json").write_text(json.dumps(labs, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    files = {p.name for p in OUT.iterdir() if p.name.startswith("ad")}
    assert files == {l["file"] for l in labs}, files ^ {l["file"] for l in labs}
    clean = sum(1 for l in labs if not l["must_report"])
    print(f"{len(labs)} plans, {clean} clean, {len(labs) - clean} with gaps")


def verify_profiles():
    """Optional: compare KINDS with `authcheck profiles show --resolved` for every plan's as-of date."""
    import subprocess

    exe = Path(__file__).resolve().parents[3] / ".venv" / "bin" / "authcheck"
    for p in PLANS:
        for prof in [p["payer"]] + p["states"]:
            out = subprocess.run([str(exe), "profiles", "show", prof, "--resolved", "--as-of", iso(p["as_of"]),
                                  "--format", "json"], capture_output=True, text=True, check=True).stdout
            reqs = json.loads(out)["requirements"].values()
            live = {r["kind"] for r in reqs if r["severity"] in ("error", "warning")}
            assert live == KINDS[prof], (p["file"], prof, live ^ KINDS[prof])
    print("profile kinds match the resolved profiles")


if __name__ == "__main__":
    import sys

    main()
    if "--verify-profiles" in sys.argv:
        verify_profiles()
