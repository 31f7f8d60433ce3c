"""A frequency label run into its value without a colon ("Frequency 3x/week, duration 8 weeks")."""

from __future__ import annotations

import pytest

from authcheck.readers.docx.label_split import split_labels


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Frequency 3x/week, duration 8 weeks. Treatment: gait training (97116)", "3x/week, duration 8 weeks"),
        ("Visit frequency twice weekly. Interventions: HEP review", "twice weekly"),
    ],
)
def test_a_run_in_frequency_label(text: str, value: str) -> None:
    first = split_labels(text)[0]
    assert (first.label.lower().endswith("frequency"), first.value) == (True, value)


@pytest.mark.parametrize(
    "text",
    [
        "Frequency and duration: 2 times per week for 10 weeks",  # the whole label, not its first word
        "Frequency of falls: 3 per month at intake",
        "Frequency: weekly",
    ],
)
def test_other_lines_keep_their_own_label(text: str) -> None:
    assert split_labels(text)[0].label == text.split(":")[0]
