"""ICD-10-CM: syntax helpers, validity, billability, descriptions, lookup and suggestions."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import pytest

from authcheck.codes import (
    ICD10CM,
    CodeInfo,
    Suggestion,
    format_code,
    get_icd10cm,
    looks_like_icd10cm,
    normalize_code,
)


@pytest.fixture(scope="module")
def icd() -> ICD10CM:
    return get_icd10cm()


# ---------------------------------------------------------------- syntax helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [(" f41.1 ", "F411"), ("F41.1", "F411"), ("s33.6xxa", "S336XXA"), ("F41", "F41"), ("F 41 . 1", "F411"),
     ("\tz00.00\n", "Z0000"), ("", "")],
)
def test_normalize_code(text: str, expected: str) -> None:
    assert normalize_code(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("F411", "F41.1"), ("S336XXA", "S33.6XXA"), ("F41", "F41"), (" f41.1 ", "F41.1"), ("u071", "U07.1"),
     ("F4.11", "F41.1"), ("QA00101", "QA0.0101"), ("hello", "HELLO"), ("12345", "12345"), ("", "")],
)
def test_format_code(text: str, expected: str) -> None:
    assert format_code(text) == expected


@pytest.mark.parametrize(
    "text",
    ["F41.1", "f41.1", "F411", " F41.1 ", "F41", "S33.6XXA", "S336XXA", "O9A.211", "C4A.0", "U07.1", "Z3A.01",
     "QA0.0101", "A00.0"],
)
def test_looks_like_icd10cm_accepts(text: str) -> None:
    assert looks_like_icd10cm(text)


@pytest.mark.parametrize(
    "text",
    ["", "F4", "F41.", "F4.11", "F41.12345", "141.1", "FF1.1", "CAT", "hello", "12345", "97153", "F41..1",
     ".F411", "F41-1", "A00-A09", "1"],
)
def test_looks_like_icd10cm_rejects(text: str) -> None:
    assert not looks_like_icd10cm(text)


# ---------------------------------------------------------------- validity, billability, descriptions


def test_generalized_anxiety_disorder(icd: ICD10CM) -> None:
    assert icd.is_valid("F41.1")
    assert icd.is_billable("F41.1")
    assert icd.description("F41.1") == "Generalized anxiety disorder"


@pytest.mark.parametrize("written", ["f41.1", "F411", "f411", "  F41.1  ", "F41.1\n"])
def test_case_dot_and_spaces_do_not_matter(icd: ICD10CM, written: str) -> None:
    assert icd.is_valid(written) and icd.is_billable(written)
    assert icd.description(written) == "Generalized anxiety disorder"
    assert icd.lookup(written).code == "F41.1"


def test_category_is_valid_but_not_billable(icd: ICD10CM) -> None:
    assert icd.is_valid("F84") and not icd.is_billable("F84")
    assert icd.description("F84") == "Pervasive developmental disorders"
    assert icd.billable_descendants("F84") == ["F84.0", "F84.2", "F84.3", "F84.5", "F84.8", "F84.9"]
    info = icd.lookup("F84")
    assert (info.valid, info.billable) == (True, False)
    assert "F84.0" in [s.code for s in info.suggestions]
    assert all(s.reason == "billable code under F84" for s in info.suggestions)


def test_code_that_does_not_exist(icd: ICD10CM) -> None:
    # F84.1 (atypical autism) is ICD-10 (WHO), not ICD-10-CM
    assert looks_like_icd10cm("F84.1")
    assert not icd.is_valid("F84.1") and not icd.is_billable("F84.1")
    assert icd.description("F84.1") is None
    info = icd.lookup("F84.1")
    assert (info.code, info.valid, info.billable, info.description) == ("F84.1", False, False, None)
    assert {"F84.0", "F84.2"} <= {s.code for s in info.suggestions}


def test_seventh_character_codes(icd: ICD10CM) -> None:
    assert icd.is_valid("S33.6XXA") and icd.is_billable("S33.6XXA") and icd.is_billable("s336xxa")
    description = icd.description("S33.6XXA")
    assert description == "Sprain of sacroiliac joint, initial encounter"
    assert icd.description("S33.6XXD") == "Sprain of sacroiliac joint, subsequent encounter"
    assert icd.description("S33.6XXS") == "Sprain of sacroiliac joint, sequela"
    assert icd.is_valid("S33.6") and not icd.is_billable("S33.6")
    assert icd.billable_descendants("S33.6") == ["S33.6XXA", "S33.6XXD", "S33.6XXS"]
    # the 7th character needs its X placeholders
    assert not icd.is_valid("S33.6A") and not icd.is_valid("S336A")


def test_seventh_character_defined_on_a_far_ancestor(icd: ICD10CM) -> None:
    # S43.421A: the <sevenChrDef> sits on category S43, three levels up
    assert icd.description("S43.421A") == icd.description("S43.421") + ", initial encounter"
    assert icd.is_valid("S43.42") and not icd.is_billable("S43.42")
    assert not icd.is_billable("S43.422")  # needs its 7th character
    assert icd.billable_descendants("S43.42", limit=2) == ["S43.421A", "S43.421D"]


def test_seventh_character_with_a_note(icd: ICD10CM) -> None:
    # H34.81- extensions carry a <note>, appended with "/" as simple_icd_10_cm does
    assert icd.description("H34.8120") == icd.description("H34.812") + ", with macular edema"
    stable = ", stable/Old central retinal vein occlusion"
    assert icd.description("H34.8112") == icd.description("H34.811") + stable


@pytest.mark.parametrize("code", ["U07.1", "U09.9", "Z00.00", "O9A.211", "C4A.0", "M1A.0110", "QA0.0101",
                                  "F32.A", "T36.0X1A", "W14.XXXA", "R51.9"])
def test_other_billable_codes(icd: ICD10CM, code: str) -> None:
    assert icd.is_valid(code) and icd.is_billable(code)
    assert icd.description(code)


def test_u07_1(icd: ICD10CM) -> None:
    assert icd.is_valid("U07.1") and icd.is_billable("u071")
    assert icd.description("U07.1") == "COVID-19"


@pytest.mark.parametrize(
    "garbage",
    ["", " ", "hello", "12345", "1", "22", "A00-A09", "F41.1, F32.9", "F4.11", "F41.", ".", "-", "\x00",
     "F41.1\x00", "A" * 10_000, "F41.1" * 1000, "🙂", "F41.1🙂", "<name>F41.1</name>"],
)
def test_garbage_is_invalid_without_exceptions(icd: ICD10CM, garbage: str) -> None:
    assert not icd.is_valid(garbage)
    assert not icd.is_billable(garbage)
    assert icd.description(garbage) is None
    assert icd.billable_descendants(garbage) == []
    info = icd.lookup(garbage)
    assert info.valid is False and info.billable is False and info.description is None
    assert isinstance(icd.suggest(garbage, "generalized anxiety disorder"), list)


@pytest.mark.parametrize("not_text", [None, 411, 4.11, b"F41.1", ["F41.1"]])
def test_non_text_is_invalid(icd: ICD10CM, not_text: object) -> None:
    assert normalize_code(not_text) == "" and format_code(not_text) == ""  # type: ignore[arg-type]
    assert not looks_like_icd10cm(not_text)  # type: ignore[arg-type]
    assert not icd.is_valid(not_text)  # type: ignore[arg-type]
    assert not icd.is_billable(not_text)  # type: ignore[arg-type]
    assert icd.description(not_text) is None  # type: ignore[arg-type]
    assert icd.suggest(not_text) == []  # type: ignore[arg-type]
    assert icd.lookup(not_text).valid is False  # type: ignore[arg-type]


def test_billable_descendants_of_billable_and_invalid(icd: ICD10CM) -> None:
    assert icd.billable_descendants("F41.1") == []
    assert icd.billable_descendants("F84.1") == []
    f32 = icd.billable_descendants("F32")
    assert "F32.81" in f32 and "F32.9" in f32 and "F32.8" not in f32
    assert all(icd.is_billable(c) for c in f32)
    assert icd.billable_descendants("F32", limit=3) == f32[:3]


def test_chapter(icd: ICD10CM) -> None:
    assert icd.chapter("F41.1") == "5"
    assert icd.chapter("A00") == "1"
    assert icd.chapter("U07.1") == "22"
    assert icd.chapter("S33.6XXA") == "19"
    assert icd.chapter("F84.1") is None


def test_version_and_source(icd: ICD10CM) -> None:
    assert icd.version.startswith("ICD-10-CM 20")
    assert "update" in icd.version
    assert icd.source.startswith("simple-icd-10-cm ")
    from importlib.metadata import version

    assert icd.source == f"simple-icd-10-cm {version('simple-icd-10-cm')}"


def test_singleton() -> None:
    assert get_icd10cm() is get_icd10cm()


# ---------------------------------------------------------------- lookup / CodeInfo


def test_lookup_to_dict(icd: ICD10CM) -> None:
    d = icd.lookup("f411").to_dict()
    assert d == {"code": "F41.1", "valid": True, "billable": True,
                 "description": "Generalized anxiety disorder", "suggestions": []}
    d = icd.lookup("F84", limit=2).to_dict()
    assert list(d) == ["code", "valid", "billable", "description", "suggestions"]
    assert d["suggestions"] == [
        {"code": "F84.0", "description": "Autistic disorder", "reason": "billable code under F84"},
        {"code": "F84.2", "description": "Rett's syndrome", "reason": "billable code under F84"},
    ]
    json.dumps(icd.lookup("S33.6A", "sprain of sacroiliac joint").to_dict())


def test_lookup_keeps_a_misplaced_dot_visible(icd: ICD10CM) -> None:
    info = icd.lookup("F4.11")
    assert info.code == "F4.11" and not info.valid
    assert info.suggestions[0].code == "F41.1"
    assert "misplaced dot" in info.suggestions[0].reason


def test_code_info_is_frozen() -> None:
    info = CodeInfo("F41.1", True, True, "Generalized anxiety disorder", [])
    with pytest.raises(AttributeError):
        info.valid = False  # type: ignore[misc]
    assert Suggestion("F84.0", "Autistic disorder", "x").to_dict() == {
        "code": "F84.0", "description": "Autistic disorder", "reason": "x"}


# ---------------------------------------------------------------- suggestions


def _codes(suggestions: list[Suggestion]) -> list[str]:
    return [s.code for s in suggestions]


def test_suggestions_are_billable_and_described(icd: ICD10CM) -> None:
    for written, description in [("F84", None), ("F84.1", None), ("F4l.1", None), ("S33.6A", None),
                                 ("Z99.99", "generalized anxiety disorder"),
                                 ("F32", "single episode, moderate"),
                                 ("F33.X", "major depressive disorder, recurrent, moderate")]:
        suggestions = icd.suggest(written, description, limit=8)
        assert suggestions, written
        assert len(suggestions) <= 8
        assert len(set(_codes(suggestions))) == len(suggestions)
        for s in suggestions:
            assert icd.is_billable(s.code), (written, s)
            assert s.description == icd.description(s.code)
            assert s.reason


def test_no_suggestions_for_billable_code(icd: ICD10CM) -> None:
    assert icd.suggest("F41.1") == []
    assert icd.suggest("F41.1", "generalized anxiety disorder") == []


def test_valid_code_with_matching_description(icd: ICD10CM) -> None:
    info = icd.lookup("F33.1", "major depressive disorder, recurrent, moderate")
    assert (info.code, info.valid, info.billable, info.suggestions) == ("F33.1", True, True, [])
    assert info.description == "Major depressive disorder, recurrent, moderate"


def test_typo_with_letter_l_for_digit_one(icd: ICD10CM) -> None:
    assert icd.suggest("F4l.1")[0].code == "F41.1"
    assert "look-alike" in icd.suggest("F4l.1")[0].reason


@pytest.mark.parametrize(
    ("written", "expected"),
    [("F32.O", "F32.0"), ("148.91", "I48.91"), ("FO1.50", "F01.50"), ("Z0O.00", "Z00.00"),
     ("F4I.1", "F41.1")],
)
def test_look_alike_characters(icd: ICD10CM, written: str, expected: str) -> None:
    assert icd.suggest(written)[0].code == expected


def test_look_alike_leading_to_a_category(icd: ICD10CM) -> None:
    suggestions = icd.suggest("F3O", limit=10)
    assert [s.code for s in suggestions][:6] == [s.code for s in icd.suggest("F30", limit=6)]
    assert suggestions[0].reason.endswith("billable code under F30")


@pytest.mark.parametrize(
    ("written", "expected"),
    [("S33.6A", "S33.6XXA"), ("S336A", "S33.6XXA"), ("S33.6XA", "S33.6XXA"), ("W14A", "W14.XXXA"),
     ("T36.01A", "T36.0X1A")],
)
def test_missing_x_placeholder(icd: ICD10CM, written: str, expected: str) -> None:
    assert icd.suggest(written)[0].code == expected


def test_missing_seventh_character(icd: ICD10CM) -> None:
    assert _codes(icd.suggest("S33.6XX"))[:3] == ["S33.6XXA", "S33.6XXD", "S33.6XXS"]
    assert icd.suggest("S33.6XX")[0].reason == "completes the code written"
    # a valid non-billable code: its descendants
    assert _codes(icd.suggest("S33.6")) == ["S33.6XXA", "S33.6XXD", "S33.6XXS"]


@pytest.mark.parametrize(
    ("written", "expected"),
    [("F43.01", "F43.10"), ("F41.11", "F41.1"), ("F411.", "F41.1"), ("F4.11", "F41.1"), ("F411.1", "F41.1"),
     ("F43.100", "F43.10"), ("F41.1GAD", "F41.1")],
)
def test_near_misses(icd: ICD10CM, written: str, expected: str) -> None:
    assert not icd.is_valid(written)
    assert expected in _codes(icd.suggest(written)), icd.suggest(written)


def test_category_suggestions_prefer_direct_children(icd: ICD10CM) -> None:
    f32 = _codes(icd.suggest("F32", limit=20))
    children = ["F32.0", "F32.1", "F32.2", "F32.3", "F32.4", "F32.5", "F32.9", "F32.A"]
    assert f32[: len(children)] == children
    assert f32[len(children):] == ["F32.81", "F32.89"]
    assert _codes(icd.suggest("F32"))[:5] == children[:5]
    assert len(icd.billable_descendants("F32")) == 10 > len(icd.suggest("F32"))


def test_category_suggestions_follow_the_description(icd: ICD10CM) -> None:
    assert icd.suggest("F32", "Major depressive disorder, single episode, moderate")[0].code == "F32.1"
    mixed = "Adjustment disorder with mixed anxiety and depressed mood"
    assert icd.suggest("F43.2", mixed)[0].code == "F43.23"
    assert icd.suggest("M54.5", "Low back pain")[0].code == "M54.50"
    assert icd.suggest("F90", "ADHD, predominantly inattentive presentation")[0].code == "F90.0"
    # a code from an older edition, since subdivided: F50.01 became F50.010-F50.019 in FY2025
    assert icd.suggest("F50.01", "Anorexia nervosa, restricting type")[0].code == "F50.019"


# DSM-5-TR names (or clinicians' wording) written next to a code that is not in ICD-10-CM.
DSM_CASES = [
    ("F41.4", "Generalized anxiety disorder", "F41.1"),
    ("F33.7", "Major depressive disorder, recurrent, moderate", "F33.1"),
    ("F32.6", "Major depressive disorder, single episode, severe without psychotic features", "F32.2"),
    ("F84.1", "Autism spectrum disorder", "F84.0"),
    ("F90.3", "Attention-deficit/hyperactivity disorder, combined presentation", "F90.2"),
    ("F43.13", "Posttraumatic stress disorder", "F43.10"),
    ("F43.19", "PTSD, chronic", "F43.12"),
    ("F40.12", "Social anxiety disorder", "F40.10"),
    ("F41.2", "Panic disorder", "F41.0"),
    ("F43.26", "Adjustment disorder with mixed anxiety and depressed mood", "F43.23"),
    ("F34.2", "Persistent depressive disorder", "F34.1"),
    ("F31.82", "Bipolar II disorder", "F31.81"),
    ("F91.4", "Oppositional defiant disorder", "F91.3"),
    ("F60.4X", "Borderline personality disorder", "F60.3"),
    ("F94.3", "Reactive attachment disorder", "F94.1"),
    ("F95.3", "Tourette's disorder", "F95.2"),
    ("F80.3", "Mixed receptive-expressive language disorder", "F80.2"),
    ("M54.6X", "Low back pain", "M54.50"),
    ("M17.7", "Primary osteoarthritis, right knee", "M17.11"),
    ("M25.5111", "Pain in right shoulder", "M25.511"),
    ("R26.3", "Difficulty in walking", "R26.2"),
    ("S33.7XXA", "Sprain of sacroiliac joint, initial encounter", "S33.6XXA"),
    # abbreviations clinicians write
    ("F33.7", "MDD, recurrent, severe w/o psychotic features", "F33.2"),
    ("M17.7", "R knee OA", "M17.11"),
    ("F43.19", "PTSD", "F43.10"),
    ("F90.3", "ADHD, combined type", "F90.2"),
]


@pytest.mark.parametrize(("written", "description", "expected"), DSM_CASES)
def test_invalid_code_with_description(icd: ICD10CM, written: str, description: str, expected: str) -> None:
    assert not icd.is_valid(written)
    suggestions = icd.suggest(written, description)
    assert suggestions[0].code == expected, suggestions
    assert "description" in suggestions[0].reason


@pytest.mark.parametrize(("written", "description", "expected"), DSM_CASES[:12])
def test_description_alone_finds_the_code(icd: ICD10CM, written: str, description: str,
                                          expected: str) -> None:
    # the code written is unusable (another chapter / garbage): the description decides
    for bad in ("Z99.999", "XYZ", ""):
        assert expected in _codes(icd.suggest(bad, description)), (bad, description)


def test_unrelated_description_does_not_hide_a_plain_typo(icd: ICD10CM) -> None:
    assert icd.suggest("F4l.1", "anxiety")[0].code == "F41.1"
    assert icd.suggest("F4l.1", "see assessment")[0].code == "F41.1"


def test_garbage_code_without_description_gets_no_suggestions(icd: ICD10CM) -> None:
    for garbage in ["hello", "12345", "", "A" * 500, "97153", "1234567893"]:
        assert icd.suggest(garbage) == [], garbage


def test_limit(icd: ICD10CM) -> None:
    assert len(icd.suggest("F32", limit=1)) == 1
    assert icd.suggest("F32", limit=0) == []
    assert len(icd.suggest("S43.42", limit=50)) == len(icd.billable_descendants("S43.42")) == 9


# ---------------------------------------------------------------- loading


def test_concurrent_first_use() -> None:
    fresh = ICD10CM()
    results: list[tuple[bool, str | None]] = []

    def work() -> None:
        results.append((fresh.is_billable("F41.1"), fresh.description("S33.6XXA")))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [(True, "Sprain of sacroiliac joint, initial encounter")] * 8


def test_import_is_cheap_and_lazy() -> None:
    code = (
        "import sys, authcheck.codes as c\n"
        "assert 'simple_icd_10_cm' not in sys.modules\n"
        "assert 'rapidfuzz' not in sys.modules\n"
        "icd = c.get_icd10cm(); assert icd.is_billable('F41.1') and icd.description('F41.1')\n"
        "assert 'simple_icd_10_cm' not in sys.modules and 'rapidfuzz' not in sys.modules\n"
        "assert icd._tab is None  # a few descriptions do not parse the whole XML\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_many_descriptions_switch_to_a_full_parse() -> None:
    fresh = ICD10CM()
    codes = [c for parent in ("F41", "S43.42", "M17") for c in fresh.billable_descendants(parent)]
    point = [fresh.description(c) for c in codes]
    for c in fresh.billable_descendants("S72")[:60]:
        fresh.description(c)
    assert fresh._tab is not None and fresh._points is None
    assert [fresh.description(c) for c in codes] == point
