"""Damaged documents: removing any one element or attribute never crashes the reader."""

from __future__ import annotations

import pytest
from ccda_helpers import FIXTURES
from lxml import etree

from authcheck.model import TreatmentPlan
from authcheck.readers.ccda import CcdaReader

READER = CcdaReader()


def _variants(name: str, what: str, step: int) -> list[bytes]:
    data = (FIXTURES / name).read_bytes()
    root = etree.fromstring(data, parser=etree.XMLParser(remove_comments=True))
    count = sum(1 for el in root.iter() if isinstance(el.tag, str))
    variants = []
    for index in range(1, count, step):
        copy = etree.fromstring(data, parser=etree.XMLParser(remove_comments=True))
        element = [el for el in copy.iter() if isinstance(el.tag, str)][index]
        if what == "element":
            element.getparent().remove(element)
        else:
            if not element.attrib:
                continue
            element.attrib.clear()
        variants.append(etree.tostring(copy))
    return variants


@pytest.mark.parametrize(
    ("name", "what", "step"),
    [("psychotherapy_care_plan.xml", "element", 3), ("pt_ccd_plan_of_treatment.xml", "attributes", 3)],
)
def test_single_removals_still_read(name: str, what: str, step: int) -> None:
    variants = _variants(name, what, step)
    assert len(variants) > 50
    for data in variants:
        assert isinstance(READER.read(data, name), TreatmentPlan)
