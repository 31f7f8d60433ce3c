"""The ICD-10-CM data layer: file discovery, the code-list and tabular parsers, and agreement with
simple_icd_10_cm (the package whose data we read without importing it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from authcheck.codes import ICD10CM, get_icd10cm
from authcheck.codes import _icd10cm_data as data

# ---------------------------------------------------------------- the real data


@pytest.fixture(scope="module")
def files() -> data.DataFiles:
    return data.find_data_files()


def test_files_found_by_glob(files: data.DataFiles) -> None:
    assert os.path.basename(files.code_list).startswith("code-list-")
    assert os.path.basename(files.tabular).startswith("icd10c-tabular-")
    assert os.path.isfile(files.code_list) and os.path.isfile(files.tabular)


def test_fast_parser_matches_lxml_parser(files: data.DataFiles) -> None:
    with open(files.tabular, "rb") as f:
        fast = data.parse_tabular_fast(f.read())
    reference = data.parse_tabular_lxml(files.tabular)
    assert fast.descriptions == reference.descriptions
    assert fast.seven_chr == reference.seven_chr
    assert fast.inclusion_terms == reference.inclusion_terms
    assert len(fast.descriptions) > 40_000 and len(fast.seven_chr) > 400


def test_point_lookups_match_full_parse(files: data.DataFiles) -> None:
    icd = get_icd10cm()
    icd.load()
    cl = icd._codes
    with open(files.tabular, "rb") as f:
        points = data.TabularPoints(f.read(), cl.valid)
    sample = cl.codes[::397] + ["S336XXA", "H348120", "T360X1A", "W14XXXA", "QA00101", "B99"]
    for code in sample:
        assert points.full_description(code) == icd.description(code), code
        assert points.full_description(code), code


def test_agrees_with_simple_icd_10_cm_on_every_code() -> None:
    simple = pytest.importorskip("simple_icd_10_cm")
    icd = get_icd10cm()
    dotted = simple.get_all_codes(with_dots=True)
    undotted = simple.get_all_codes(with_dots=False)
    theirs = set()
    mismatches = []
    for d, u in zip(dotted, undotted):
        if not simple.is_category_or_subcategory(d):
            assert not icd.is_valid(d) or d in icd._codes.valid  # chapters and blocks are not codes
            continue
        theirs.add(u)
        if (icd.is_valid(u), icd.is_billable(d), icd.description(u), icd.lookup(u).code) != (
                True, simple.is_leaf(d), simple.get_description(d), d):
            mismatches.append(d)
    assert mismatches == []
    assert theirs == icd._codes.valid


# ---------------------------------------------------------------- a small synthetic release

CODE_LIST = """1
A00-A09
A00
A000
A009
B99-B99
B99
B99
B998
2
S30-S39
S33
S336
S336XXA
S336XXD
S43
S434
S4342
S43421
S43421A
S43421S
"""

TABULAR = """<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.tabular>
  <version>2031</version>
  <introduction><introSection type="title"><title>test</title></introSection></introduction>
  <chapter>
    <name>1</name>
    <desc>Certain infectious diseases (A00-B99)</desc>
    <section id="A00-A09">
      <desc>Intestinal infectious diseases (A00-A09)</desc>
      <diag>
        <name>A00</name>
        <desc>Cholera</desc>
        <inclusionTerm><note>Asiatic cholera</note><note>Cholera &lt;classic&gt;</note></inclusionTerm>
        <diag>
          <name>A00.0</name>
          <desc>Cholera due to Vibrio cholerae 01, biovar cholerae</desc>
        </diag>
        <diag>
          <name>A00.9</name>
          <desc>Cholera, unspecified</desc>
        </diag>
      </diag>
    </section>
    <section id="B99">
      <desc>Other infectious diseases (B99)</desc>
      <inclusionTerm><note>section-level term</note></inclusionTerm>
      <diag>
        <name>B99</name>
        <desc>Other and unspecified infectious diseases</desc>
        <diag>
          <name>B99.8</name>
          <desc>Other infectious disease (Sézary-like)</desc>
        </diag>
      </diag>
    </section>
  </chapter>
  <chapter>
    <name>2</name>
    <desc>Injuries (S30-S39)</desc>
    <section id="S30-S39">
      <desc>Injuries to the lower back (S30-S39)</desc>
      <diag>
        <name>S33</name>
        <desc>Dislocation and sprain of joints of lumbar spine</desc>
        <sevenChrNote><note>The appropriate 7th character is to be added</note></sevenChrNote>
        <sevenChrDef>
          <extension char="A">initial encounter</extension>
          <extension char="D">subsequent encounter</extension>
          <extension char="S">sequela</extension>
          <note>late effect</note>
        </sevenChrDef>
        <diag>
          <name>S33.6</name>
          <desc>Sprain of sacroiliac joint</desc>
        </diag>
      </diag>
      <diag>
        <name>S43</name>
        <desc>Dislocation and sprain of shoulder girdle</desc>
        <sevenChrDef>
          <extension char="A">initial encounter</extension>
          <extension char="S">sequela</extension>
        </sevenChrDef>
        <diag>
          <name>S43.4</name>
          <desc>Sprain of shoulder joint</desc>
          <diag>
            <name>S43.42</name>
            <desc>Sprain of rotator cuff capsule</desc>
            <diag>
              <name>S43.421</name>
              <desc>Sprain of right rotator cuff capsule</desc>
            </diag>
          </diag>
        </diag>
      </diag>
    </section>
  </chapter>
</ICD10CM.tabular>
"""


def _write_release(directory: Path, tabular: str = TABULAR, code_list: str = CODE_LIST,
                   date: str = "October-1-2031") -> None:
    directory.mkdir(parents=True, exist_ok=True)
    year = date.split("-")[-1]
    month = date.split("-")[0]
    crlf = code_list.replace("\n", "\r\n")
    (directory / f"code-list-{month}-{year}.txt").write_text(crlf, encoding="utf-8")
    (directory / f"icd10c-tabular-{date}.xml").write_text(tabular, encoding="utf-8")


def test_synthetic_release(tmp_path: Path) -> None:
    _write_release(tmp_path)
    icd = ICD10CM(tmp_path)
    assert icd.version == "ICD-10-CM 2031 (October 1, 2031 update)"
    # validity and billability from the code list
    assert icd.is_valid("A00") and not icd.is_billable("A00")
    assert icd.is_billable("A00.0") and icd.is_billable("a009")
    assert icd.is_valid("B99") and not icd.is_billable("B99") and icd.is_billable("B99.8")
    assert not icd.is_valid("A00-A09") and not icd.is_valid("1") and not icd.is_valid("B99-B99")
    assert not icd.is_valid("S33.6XXS")  # not in the code list, though its 7th character is defined
    assert icd.billable_descendants("S33") == ["S33.6XXA", "S33.6XXD"]
    assert icd.chapter("S43.421A") == "2" and icd.chapter("B99.8") == "1"
    # descriptions: point lookups first, then the full parse; both agree
    point = {c: icd.description(c) for c in ("A00.9", "S33.6XXD", "S43.421A", "B99.8")}
    assert icd._tab is None
    assert point == {"A00.9": "Cholera, unspecified",
                     "S33.6XXD": "Sprain of sacroiliac joint, subsequent encounter",
                     "S43.421A": "Sprain of right rotator cuff capsule, initial encounter",
                     "B99.8": "Other infectious disease (Sézary-like)"}
    icd.load()
    assert {c: icd.description(c) for c in point} == point
    assert icd.description("S33.6XXA") == "Sprain of sacroiliac joint, initial encounter"
    tab = icd._tabular
    assert tab.seven_chr["S33"]["S"] == "sequela/late effect"
    assert tab.inclusion_terms["A00"] == ["Asiatic cholera", "Cholera <classic>"]
    assert all("section-level term" not in terms for terms in tab.inclusion_terms.values())
    # suggestions on a small set
    assert [s.code for s in icd.suggest("S33.6")] == ["S33.6XXA", "S33.6XXD"]
    assert icd.suggest("S33.6A")[0].code == "S33.6XXA"
    assert icd.suggest("A0O.9")[0].code == "A00.9"
    assert icd.suggest("Q99", "asiatic cholera")[0].code in {"A00.0", "A00.9"}


def test_unexpected_xml_layout_falls_back_to_lxml(tmp_path: Path) -> None:
    # attributes on <desc> defeat the fast scan; the parse must notice and use lxml instead
    odd = TABULAR.replace("<desc>", '<desc xml:lang="en">')
    _write_release(tmp_path, tabular=odd)
    icd = ICD10CM(tmp_path)
    assert icd.description("A00.9") == "Cholera, unspecified"  # byte search misses, full parse answers
    assert icd.description("S43.421A") == "Sprain of right rotator cuff capsule, initial encounter"
    assert icd._tab is not None
    assert icd._tab.descriptions["S33"] == "Dislocation and sprain of joints of lumbar spine"


def test_newest_release_wins(tmp_path: Path) -> None:
    _write_release(tmp_path, date="April-1-2031")
    _write_release(tmp_path, date="October-1-2030", tabular=TABULAR.replace("Cholera, unspecified", "old"))
    icd = ICD10CM(tmp_path)
    assert icd.version == "ICD-10-CM 2031 (April 1, 2031 update)"
    assert icd.description("A00.9") == "Cholera, unspecified"


def test_missing_files(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        ICD10CM(tmp_path)


def test_code_list_with_descriptions_on_each_line() -> None:
    cl = data.parse_code_list("1\nA00-A09\nA00 Cholera\nA00.0 Cholera due to V. cholerae\nA00.9 Cholera\n")
    assert cl.codes == ["A00", "A000", "A009"]
    assert cl.billable == ["A000", "A009"]
    assert cl.chapters == [("1", "A00")]
