"""The `readability` check: plain-language goals and objectives, graded offline with textstat's ARI."""

from __future__ import annotations

import socket

import pytest

from authcheck.engine import run_rule
from authcheck.rules.checks import CHECK_KINDS, CheckContext
from authcheck.rules.checks.readability import FORMULA, ReadabilityParams, grade_of, plain_word_hints, sentences_of
from authcheck.testing import DEFAULT_EXAMPLE_DATE

JARGON = ("Client will demonstrate utilization of adaptive coping mechanisms to ameliorate symptomatology "
          "associated with generalized anxiety.")
PLAIN = "Ana will use 2 ways to calm down on 5 of 7 days."


def _plan(make_plan, *statements: str, objectives: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    goals = [{"statement": s} for s in statements]
    if objectives:
        goals[0]["objectives"] = [{"statement": o} for o in objectives]
    return make_plan({"problems": [{"goals": goals}]})


def _run(plan, **params):  # type: ignore[no-untyped-def]
    return list(CHECK_KINDS["readability"].run(CheckContext(plan=plan, as_of=DEFAULT_EXAMPLE_DATE), ReadabilityParams(**params)))


def test_ari_formula() -> None:
    # 4.71 * 5 characters per word + 0.5 * 10 words per sentence - 21.43
    assert grade_of(50, 10, 1) == pytest.approx(4.71 * 5 + 0.5 * 10 - 21.43)
    assert grade_of(0, 0, 0) == 0.0


def test_sentences_drop_labels_codes_and_dates_and_keep_abbreviations_whole() -> None:
    sentences = sentences_of("Objective 1a (F41.1): Reduce worry, e.g. at work, by 03/15/2026. Use 2 skills daily.", "p")
    assert [s.text for s in sentences] == ["Reduce worry, e.g. at work, by date.", "Use 2 skills daily."]
    assert sentences[0].words == 7 and sentences[0].path == "p"


def test_jargon_gives_one_info_hit_quoting_the_hardest_sentence(make_plan) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(make_plan, PLAIN, objectives=("Ana will sleep 6 hours on 5 of 7 nights.", JARGON))
    assert _run(plan) == []  # pooled grade 7.7: one hard sentence among plain ones is within grade 8
    plan = _plan(make_plan, PLAIN, objectives=(JARGON,))
    hits = _run(plan)
    assert len(hits) == 1
    hit = hits[0]
    assert hit.path == "problems[0].goals[0].objectives[0]" and hit.quote == JARGON
    assert hit.fields["grade"] > 8 and hit.fields["hardest_grade"] > hit.fields["grade"]
    assert hit.fields["formula"] == FORMULA and hit.evidence["max_grade"] == 8
    assert '"utilization" -> "use"' in hit.fields["suggestion"]


def test_plain_text_passes_and_the_profile_sets_the_grade(make_plan) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(make_plan, PLAIN, objectives=("Ana will sleep 6 hours or more on 5 of 7 nights.",))
    assert _run(plan) == []
    walker = _plan(make_plan, "Patient will walk 150 feet with a rolling walker and standby help on level surfaces.")
    assert _run(walker, max_grade=9) == [] and len(_run(walker, max_grade=8)) == 1


def test_too_little_text_is_not_graded(make_plan) -> None:  # type: ignore[no-untyped-def]
    assert _run(_plan(make_plan, "Improve expressive language.")) == []
    assert len(_run(_plan(make_plan, "Improve expressive language."), min_words=2)) == 1


def test_goals_only_target(make_plan) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(make_plan, PLAIN + " " + PLAIN, objectives=(JARGON,))
    assert _run(plan, target="goals") == []
    assert _run(plan, target="objectives")[0].path.endswith("objectives[0]")


def test_plain_word_hints() -> None:
    assert plain_word_hints("Patient will ambulate independently and utilize the walker.") == [
        ("ambulate", "walk"), ("independently", "on their own"), ("utilize", "use")]


def test_grading_never_touches_the_network(make_plan, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """textstat fetches NLTK's CMU dictionary for syllable formulas; the check must not use those."""
    import nltk

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("network access attempted")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    plan = _plan(make_plan, PLAIN, objectives=(JARGON,))
    assert len(_run(plan)) == 1


def test_finding_reads_well_through_the_shipped_rule(library, make_plan) -> None:  # type: ignore[no-untyped-def]
    from authcheck.engine import check_plan

    plan = _plan(make_plan, PLAIN, objectives=(JARGON,))
    profiles = [library.resolve("base-treatment-plan", DEFAULT_EXAMPLE_DATE)]
    finding = next(f for f in check_plan(plan, profiles, DEFAULT_EXAMPLE_DATE) if f.kind == "readability")
    assert finding.severity == "info" and not finding.verified
    assert "Automated Readability Index" in finding.message and "above grade 8" in finding.message
    assert finding.location.quote == JARGON and finding.example and "utilization" in finding.example
    assert "CMS Toolkit for Making Written Material Clear and Effective" in finding.citation
    rule = library.catalog.rules["readability"]
    assert run_rule(plan, rule, rule.validated_params({}), DEFAULT_EXAMPLE_DATE)
