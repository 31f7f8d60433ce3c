"""Validate an X12 005010X217 278 request with pyx12 (the `validate` extra), offline.

pyx12 4.0 ships maps for the 4010 278 but none for 005010X217. This module writes one for the
request (Health Care Services Review: Request for Review) from the spec below, next to pyx12's own
envelope definitions (ISA/GS/GE/IEA from its x12.control.00501.xml, element types and lengths from
its dataele.xml), and runs pyx12's validator over the file. The spec covers the loops and segments
authcheck emits (2000A-2010A UMO, 2000B-2010B requester, 2000C-2010C subscriber with DMG, 2000E
patient event with UM, DTP, HI, and 2000F service with UM, DTP, SV1, HSD), with their usage,
repeats, element usage, valid codes and syntax rules as the X217 TR3 states them. Segments it does
not describe are reported as unexpected, so the check is strict about what authcheck writes.
"""

from __future__ import annotations

import atexit
import copy
import importlib.util
import logging
import shutil
import tempfile
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from lxml import etree as ET

from authcheck.xmlsafe import parse_xml

__all__ = ["X12ValidationUnavailable", "map_xml", "validate_278"]

MAP_FILE = "278.5010.X217.authcheck.xml"


class X12ValidationUnavailable(RuntimeError):
    """pyx12 is not installed (pip install 'authcheck[validate]')."""


@dataclass(frozen=True)
class E:
    """An element: id suffix ("01"), X12 data element number, name, usage (R/S/N), valid codes."""

    seq: str
    ele: str
    name: str
    usage: str = "S"
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class C:
    """A composite element."""

    seq: str
    ele: str
    name: str
    usage: str
    parts: tuple[E, ...]


@dataclass(frozen=True)
class S:
    """A segment."""

    id: str
    name: str
    usage: str
    pos: str
    max_use: str
    elements: tuple[E | C, ...]
    syntax: tuple[str, ...] = ()


@dataclass(frozen=True)
class L:
    """A loop."""

    id: str
    name: str
    usage: str
    pos: str
    repeat: str
    children: tuple[Any, ...]
    kind: str | None = None


# X12 element 1365 (service type codes) as the X217 TR3 lists them for UM03.
SERVICE_TYPES = (
    "1 2 3 4 5 6 7 8 11 12 14 15 16 17 18 20 21 23 24 25 26 27 28 33 35 36 37 38 39 40 42 44 45 46 54 56 61 62 "
    "63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 82 83 84 85 86 87 88 93 A4 A6 A9 AD AE AF AG AI AJ "
    "AK AL AR B1 BB BC BD BE BF BG BL BN BP BQ BS BY BZ C1 CQ GY IC MH NI ON PT PU RN RT TC TN"
).split()
CERTIFICATION_TYPES = ("1", "2", "3", "4", "I", "R", "S")


def _nm1(entity: tuple[str, ...], kinds: tuple[str, ...], qualifiers: tuple[str, ...], name: str) -> S:
    return S("NM1", name, "R", "1700", "1", (
        E("01", "98", "Entity Identifier Code", "R", entity),
        E("02", "1065", "Entity Type Qualifier", "R", kinds),
        E("03", "1035", "Last or Organization Name"),
        E("04", "1036", "First Name"),
        E("05", "1037", "Middle Name"),
        E("06", "1038", "Name Prefix", "N"),
        E("07", "1039", "Name Suffix"),
        E("08", "66", "Identification Code Qualifier", "R", qualifiers),
        E("09", "67", "Identification Code", "R"),
        E("10", "706", "Entity Relationship Code", "N"),
        E("11", "98", "Entity Identifier Code", "N"),
        E("12", "1035", "Name Last or Organization Name", "N"),
    ), ("P0809", "C1110", "C1203"))


def _hl(name: str, level: str, child: tuple[str, ...], parent: str = "R") -> S:
    return S("HL", name, "R", "0100", "1", (
        E("01", "628", "Hierarchical ID Number", "R"),
        E("02", "734", "Hierarchical Parent ID Number", parent),
        E("03", "735", "Hierarchical Level Code", "R", (level,)),
        E("04", "736", "Hierarchical Child Code", "R", child),
    ))


def _um(name: str, categories: tuple[str, ...]) -> S:
    return S("UM", name, "R", "0400", "1", (
        E("01", "1525", "Request Category Code", "R", categories),
        E("02", "1322", "Certification Type Code", "R", CERTIFICATION_TYPES),
        E("03", "1365", "Service Type Code", "S", tuple(SERVICE_TYPES)),
        C("04", "C023", "Health Care Service Location Information", "S", (
            E("01", "1331", "Facility Type Code", "R"),
            E("02", "1332", "Facility Code Qualifier", "R", ("A", "B")),
            E("03", "1325", "Claim Frequency Type Code", "N"),
        )),
        C("05", "C024", "Related Causes Information", "S", (
            E("01", "1362", "Related Causes Code", "R", ("AA", "AP", "EM", "OA")),
            E("02", "1362", "Related Causes Code", "S", ("AA", "AP", "EM", "OA")),
            E("03", "1362", "Related Causes Code", "S", ("AA", "AP", "EM", "OA")),
            E("04", "156", "State or Province Code", "S"),
            E("05", "26", "Country Code", "S"),
        )),
        E("06", "1338", "Level of Service Code", "S", ("03", "E", "U")),
    ))


def _dtp(qualifier: str, name: str) -> S:
    return S("DTP", name, "S", "0700", "1", (
        E("01", "374", "Date/Time Qualifier", "R", (qualifier,)),
        E("02", "1250", "Date Time Period Format Qualifier", "R", ("D8", "RD8")),
        E("03", "1251", "Date Time Period", "R"),
    ))


def _hi() -> S:
    def composite(seq: str, usage: str, qualifiers: tuple[str, ...]) -> C:
        return C(seq, "C022", "Health Care Code Information", usage, (
            E("01", "1270", "Code List Qualifier Code", "R", qualifiers),
            E("02", "1271", "Industry Code", "R"),
            E("03", "1250", "Date Time Period Format Qualifier", "S", ("D8",)),
            E("04", "1251", "Date Time Period", "S"),
        ))

    others = tuple(composite(f"{n:02d}", "S", ("ABF", "BF")) for n in range(2, 13))
    return S("HI", "Patient Diagnosis", "S", "0800", "1", (composite("01", "R", ("ABK", "BK")), *others))


def _sv1() -> S:
    return S("SV1", "Professional Service", "S", "1000", "1", (
        C("01", "C003", "Composite Medical Procedure Identifier", "R", (
            E("01", "235", "Product or Service ID Qualifier", "R", ("HC", "IV", "N4", "ZZ")),
            E("02", "234", "Procedure Code", "R"),
            E("03", "1339", "Procedure Modifier"),
            E("04", "1339", "Procedure Modifier"),
            E("05", "1339", "Procedure Modifier"),
            E("06", "1339", "Procedure Modifier"),
            E("07", "352", "Description"),
            E("08", "234", "Product/Service ID", "S"),
        )),
        E("02", "782", "Line Item Charge Amount"),
        E("03", "355", "Unit or Basis for Measurement Code", "S", ("MJ", "UN")),
        E("04", "380", "Service Unit Count"),
    ), ("P0304",))


def _hsd() -> S:
    return S("HSD", "Health Care Services Delivery", "S", "1500", "1", (
        E("01", "673", "Quantity Qualifier", "S", ("DY", "FL", "HS", "MN", "VS")),
        E("02", "380", "Service Unit Count"),
        E("03", "355", "Unit or Basis for Measurement Code", "S", ("DA", "MO", "WK")),
        E("04", "1167", "Sample Selection Modulus"),
        E("05", "615", "Time Period Qualifier", "S", ("6", "7", "21", "26", "27", "34", "35")),
        E("06", "616", "Number of Periods"),
        E("07", "678", "Ship, Delivery or Calendar Pattern Code"),
        E("08", "679", "Delivery Pattern Time Code"),
    ), ("P0102", "C0605"))


SERVICE_LEVEL = L("2000F", "Service Level", "S", "2000", ">1", (
    _hl("Service Level", "SS", ("0",)),
    _um("Health Care Services Review Information", ("HS", "SC")),
    _dtp("472", "Service Date"),
    _sv1(),
    _hsd(),
))

PATIENT_EVENT = L("2000E", "Patient Event Level", "R", "2000", ">1", (
    _hl("Patient Event Level", "EV", ("0", "1")),
    _um("Health Care Services Review Information", ("AR", "HS", "SC")),
    _dtp("AAH", "Event Date"),
    _hi(),
    SERVICE_LEVEL,
))

SUBSCRIBER = L("2000C", "Subscriber Level", "R", "2000", "1", (
    _hl("Subscriber Level", "22", ("1",)),
    L("2010C", "Subscriber Name", "R", "1700", "1", (
        _nm1(("IL",), ("1",), ("MI", "II"), "Subscriber Name"),
        S("DMG", "Subscriber Demographic Information", "S", "2500", "1", (
            E("01", "1250", "Date Time Period Format Qualifier", "R", ("D8",)),
            E("02", "1251", "Subscriber Birth Date", "R"),
            E("03", "1068", "Subscriber Gender Code", "S", ("F", "M", "U")),
        )),
    )),
    PATIENT_EVENT,
))

REQUESTER = L("2000B", "Requester Level", "R", "2000", "1", (
    _hl("Requester Level", "21", ("1",)),
    L("2010B", "Requester Name", "R", "1700", "1", (
        _nm1(("1P", "FA"), ("1", "2"), ("24", "34", "46", "XX"), "Requester Name"),
    )),
    SUBSCRIBER,
))

UMO = L("2000A", "Utilization Management Organization (UMO) Level", "R", "0100", "1", (
    _hl("Utilization Management Organization (UMO) Level", "20", ("1",), parent="N"),
    L("2010A", "Utilization Management Organization (UMO) Name", "R", "1700", "1", (
        _nm1(("X3",), ("1", "2"), ("24", "46", "PI", "XV"), "Utilization Management Organization (UMO) Name"),
    )),
    REQUESTER,
))

TRANSACTION = L("ST_LOOP", "Transaction Set Header", "R", "020", ">1", (
    S("ST", "Transaction Set Header", "R", "0050", "1", (
        E("01", "143", "Transaction Set Identifier Code", "R", ("278",)),
        E("02", "329", "Transaction Set Control Number", "R"),
        E("03", "1705", "Implementation Convention Reference", "R", ("005010X217",)),
    )),
    L("HEADER", "Table 1 - Header", "R", "0100", "1", (
        S("BHT", "Beginning of Hierarchical Transaction", "R", "0100", "1", (
            E("01", "1005", "Hierarchical Structure Code", "R", ("0007",)),
            E("02", "353", "Transaction Set Purpose Code", "R", ("01", "13", "36")),
            E("03", "127", "Submitter Transaction Identifier", "R"),
            E("04", "373", "Transaction Set Creation Date", "R"),
            E("05", "337", "Transaction Set Creation Time", "R"),
            E("06", "640", "Transaction Type Code", "S", ("RU",)),
        )),
    ), kind="wrapper"),
    L("DETAIL", "Table 2 - Detail", "R", "0200", ">1", (UMO,), kind="wrapper"),
    S("SE", "Transaction Set Trailer", "R", "5550", "1", (
        E("01", "96", "Transaction Segment Count", "R"),
        E("02", "329", "Transaction Set Control Number", "R"),
    )),
), kind="explicit")


def _text(parent: Any, tag: str, text: str) -> Any:
    child = ET.SubElement(parent, tag)
    child.text = text
    return child


def _element(parent: Any, prefix: str, item: E) -> None:
    node = ET.SubElement(parent, "element", xid=f"{prefix}{item.seq}")
    _text(node, "data_ele", item.ele)
    _text(node, "name", item.name)
    _text(node, "usage", item.usage)
    _text(node, "seq", item.seq)
    if item.codes:
        codes = ET.SubElement(node, "valid_codes")
        for code in item.codes:
            _text(codes, "code", code)


def _segment(parent: Any, segment: S) -> None:
    node = ET.SubElement(parent, "segment", xid=segment.id)
    _text(node, "name", segment.name)
    _text(node, "usage", segment.usage)
    _text(node, "pos", segment.pos)
    _text(node, "max_use", segment.max_use)
    for rule in segment.syntax:
        _text(node, "syntax", rule)
    for item in segment.elements:
        if isinstance(item, C):
            composite = ET.SubElement(node, "composite", xid=f"{segment.id}{item.seq}")
            _text(composite, "data_ele", item.ele)
            _text(composite, "name", item.name)
            _text(composite, "usage", item.usage)
            _text(composite, "seq", item.seq)
            for part in item.parts:
                _element(composite, f"{segment.id}{item.seq}-", part)
        else:
            _element(node, segment.id, item)


def _loop(parent: Any, loop: L) -> Any:
    node = ET.SubElement(parent, "loop", xid=loop.id)
    if loop.kind:
        node.set("type", loop.kind)
    _text(node, "name", loop.name)
    _text(node, "usage", loop.usage)
    _text(node, "pos", loop.pos)
    _text(node, "repeat", loop.repeat)
    for child in loop.children:
        if isinstance(child, L):
            _loop(node, child)
        else:
            _segment(node, child)
    return node


def _pyx12_map_dir() -> Path:
    if importlib.util.find_spec("pyx12") is None:  # pragma: no cover - depends on the environment
        raise X12ValidationUnavailable("pyx12 is not installed (pip install 'authcheck[validate]')")
    return Path(str(resources.files("pyx12"))) / "map"


def map_xml() -> str:
    """The pyx12 map of the 278 request, with pyx12's own ISA/GS/GE/TA1/IEA definitions."""
    control = parse_xml((_pyx12_map_dir() / "x12.control.00501.xml").read_bytes())
    isa_loop = control.find("loop[@xid='ISA_LOOP']")
    assert isa_loop is not None
    gs_loop = isa_loop.find("loop[@xid='GS_LOOP']")
    assert gs_loop is not None
    root = ET.Element("transaction", xid="278")
    _text(root, "name", "HIPAA Health Care Services Review: Request for Review X217-278 (authcheck subset)")
    isa = ET.SubElement(root, "loop", xid="ISA_LOOP")
    isa.set("type", "explicit")
    for tag in ("name", "usage", "pos", "repeat"):
        _text(isa, tag, isa_loop.findtext(tag) or "")
    isa.append(copy.deepcopy(isa_loop.find("segment[@xid='ISA']")))  # type: ignore[arg-type]
    gs = ET.SubElement(isa, "loop", xid="GS_LOOP")
    gs.set("type", "explicit")
    for tag in ("name", "usage", "pos", "repeat"):
        _text(gs, tag, gs_loop.findtext(tag) or "")
    gs_segment = copy.deepcopy(gs_loop.find("segment[@xid='GS']"))
    assert gs_segment is not None
    for codes in gs_segment.iterfind("element[@xid='GS08']/valid_codes"):
        _text(codes, "code", "005010X217")
    gs.append(gs_segment)
    _loop(gs, TRANSACTION)
    gs.append(copy.deepcopy(gs_loop.find("segment[@xid='GE']")))  # type: ignore[arg-type]
    for tag in ("TA1", "IEA"):
        segment = isa_loop.find(f"segment[@xid='{tag}']")
        if segment is not None:
            isa.append(copy.deepcopy(segment))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode")


_MAPS_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<maps>
  <version icvn="00501">
    <map vriic="005010X217" fic="HI" abbr="278">{MAP_FILE}</map>
  </version>
</maps>
"""


@cache
def _map_folder() -> Path:
    """A temporary folder with the 278 map and pyx12's shared definition files (made once per process)."""
    source = _pyx12_map_dir()
    folder = Path(tempfile.mkdtemp(prefix="authcheck-x12map-"))
    atexit.register(shutil.rmtree, folder, True)
    for name in ("x12.control.00501.xml", "dataele.xml", "codes.xml"):
        shutil.copyfile(source / name, folder / name)
    (folder / "maps.xml").write_text(_MAPS_XML, encoding="utf-8")
    (folder / MAP_FILE).write_text(map_xml(), encoding="utf-8")
    return folder


def _error_collector() -> Any:
    """A pyx12 error visitor that keeps every error as one line of text."""
    import pyx12.error_visitor

    class Collector(pyx12.error_visitor.error_visitor):  # type: ignore[misc]
        def __init__(self) -> None:
            self.lines: list[str] = []

        def _loop(self, node: Any, label: str) -> None:
            for err in node.errors:
                self.lines.append(f"{label}: [{err[0]}] {err[1]}")
            for ele in node.elements:
                for err in ele.errors:
                    self.lines.append(f"{label} {ele.id}: [{err[0]}] {err[1]}")

        def visit_root_pre(self, errh: Any) -> None: ...
        def visit_root_post(self, errh: Any) -> None: ...
        def visit_isa_pre(self, err_isa: Any) -> None: self._loop(err_isa, "ISA")
        def visit_isa_post(self, err_isa: Any) -> None: ...
        def visit_gs_pre(self, err_gs: Any) -> None: self._loop(err_gs, "GS")
        def visit_gs_post(self, err_gs: Any) -> None: ...
        def visit_st_pre(self, err_st: Any) -> None: self._loop(err_st, "ST")
        def visit_st_post(self, err_st: Any) -> None: ...

        def visit_seg(self, err_seg: Any) -> None:
            for code, text, _value in err_seg.errors:
                self.lines.append(f"line {err_seg.get_cur_line()} {err_seg.seg_id}: [{code}] {text}")

        def visit_ele(self, err_ele: Any) -> None:
            for err in err_ele.errors:
                self.lines.append(f"{err_ele.id}: [{err[0]}] {err[1]}")

    return Collector()


_LOCK = threading.Lock()


def validate_278(text: str) -> list[str]:
    """pyx12's errors for a 278 request, one line each (an empty list when it is valid)."""
    folder = _map_folder()
    import pyx12.error_handler
    import pyx12.params
    import pyx12.x12n_document

    logging.getLogger("pyx12").setLevel(logging.CRITICAL)
    handlers: list[Any] = []
    original = pyx12.error_handler.err_handler

    class Recording(original):  # type: ignore[misc, valid-type]
        def __init__(self) -> None:
            super().__init__()
            handlers.append(self)

    with _LOCK, tempfile.TemporaryDirectory(prefix="authcheck-x12-") as tmp:
        source = Path(tmp) / "request.x12"
        source.write_text(text, encoding="ascii", errors="replace")
        pyx12.error_handler.err_handler = Recording  # the validator builds its own handler; keep a hold of it
        try:
            ok = pyx12.x12n_document.x12n_document(
                pyx12.params.params(), str(source), fd_997=None, fd_html=None, map_path=str(folder),
            )
        except Exception as exc:  # noqa: BLE001 - pyx12 raises EngineError and others on broken input
            return [f"pyx12 could not read the file: {type(exc).__name__}: {exc}"]
        finally:
            pyx12.error_handler.err_handler = original
    collector = _error_collector()
    for handler in handlers:
        handler.accept(collector)
    errors = collector.lines
    if not ok and not errors:
        errors.append("pyx12 reported the file invalid without details")
    return errors
