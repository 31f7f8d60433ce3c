"""Build a prior-authorization packet: check the plan, then write the documents, the PAS bundle, the
X12 278 request and the manifest into one folder.

The same plan, profiles, as-of date, packet date, options and attachments give the same bytes in
every file (the PDF included, where LibreOffice is installed): no clock, no random identifiers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from authcheck import __version__
from authcheck.engine import build_report
from authcheck.findings import PlanReport
from authcheck.packets.attachments import AttachmentError, GivenFile, content_type, match_attachments
from authcheck.packets.context import AttachmentStatus, build_context
from authcheck.packets.docx_writer import DocxProperties, render_docx
from authcheck.packets.evidence import build_checklist
from authcheck.packets.markup import parse_inline, parse_markup
from authcheck.packets.pas import PlanDocument, build_pas_bundle
from authcheck.packets.pdf import convert_to_pdf
from authcheck.packets.settings import resolve_settings
from authcheck.packets.submission import build_submission
from authcheck.packets.templates import FOOTER_TEMPLATE, MAIN_TEMPLATE, TemplateSetError, load_template_set
from authcheck.packets.validation import validate_outputs
from authcheck.packets.x12 import build_278
from authcheck.profiles import ProfileLibrary, ResolvedProfile
from authcheck.readers import PlanReadError, read_plan

__all__ = ["OUTPUT_NAMES", "PacketInputError", "PacketRefused", "PacketRequest", "PacketResult", "build_packet"]

DOCX, PDF, PAS, X12, MANIFEST, ATTACHMENTS = (
    "packet.docx", "packet.pdf", "pas-bundle.json", "x12-278.txt", "manifest.json", "attachments",
)
OUTPUT_NAMES = (DOCX, PDF, PAS, X12, MANIFEST, ATTACHMENTS)
MANIFEST_SCHEMA = "authcheck-packet/1"


class PacketInputError(Exception):
    """The plan, an option, a template or the output folder cannot be used; the message is one line."""


class PacketRefused(Exception):
    """The plan has error-severity findings and --force was not given."""

    def __init__(self, report: PlanReport) -> None:
        super().__init__(f"{report.counts['error']} error-severity finding(s)")
        self.report = report


@dataclass(frozen=True)
class PacketRequest:
    """What `authcheck packet` was asked to do."""

    plan: Path
    profiles: list[ResolvedProfile]
    as_of: dt.date
    date: dt.date
    out_dir: Path
    force: bool = False
    templates_dir: Path | None = None
    attachments: tuple[str, ...] = ()
    contact: str | None = None
    payer_id: str | None = None
    place_of_service: str | None = None
    submitter_id: str | None = None
    x12_usage: str = "P"
    pdf: bool = True


@dataclass
class PacketResult:
    """What was written, what was not and why, and the check run it rests on."""

    out_dir: Path
    report: PlanReport
    files: list[str]
    messages: list[str] = field(default_factory=list)
    manifest: dict[str, Any] = field(default_factory=dict)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _request_key(request: PacketRequest, plan_bytes: bytes, given: list[GivenFile], settings: dict[str, Any]) -> str:
    """A hash of everything the packet depends on; it seeds control numbers and resource ids."""
    parts = {
        "authcheck": __version__, "plan": _sha256(plan_bytes), "profiles": [f"{p.id}@{p.version}" for p in request.profiles],
        "as_of": request.as_of.isoformat(), "date": request.date.isoformat(), "settings": settings,
        "attachments": [[g.name, g.required, _sha256(g.data)] for g in given], "contact": request.contact,
        "payer_id": request.payer_id, "place_of_service": request.place_of_service, "submitter_id": request.submitter_id, "usage": request.x12_usage,
    }
    return _sha256(json.dumps(parts, sort_keys=True, default=str).encode())


def _attachment_status(config_attachments: Any, given: list[GivenFile]) -> tuple[list[AttachmentStatus], list[str]]:
    statuses = [AttachmentStatus(a.name, a.profiles, tuple(g.name for g in given if g.required == a.name))
                for a in config_attachments]
    extra = [g.name for g in given if g.required is None]
    return statuses, extra


def _prepare_folder(out_dir: Path) -> None:
    """Create the folder and remove outputs of an earlier packet there (nothing else is touched)."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in OUTPUT_NAMES:
            target = out_dir / name
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.exists() or target.is_symlink():
                target.unlink()
    except OSError as exc:
        raise PacketInputError(f"{out_dir}: cannot write the packet there: {exc.strerror or exc}") from exc


def build_packet(request: PacketRequest, library: ProfileLibrary) -> PacketResult:
    """Check the plan and write the packet; raises PacketRefused or PacketInputError."""
    try:
        result = read_plan(request.plan)
    except PlanReadError as exc:
        raise PacketInputError(str(exc)) from exc
    try:
        plan_bytes = Path(request.plan).read_bytes()
    except OSError as exc:
        raise PacketInputError(f"{request.plan}: cannot read: {exc.strerror or exc}") from exc
    report = build_report(result.plan, result.path, result.format, request.profiles, request.as_of)
    if report.counts["error"] and not request.force:
        raise PacketRefused(report)

    config = resolve_settings(library, request.profiles)
    try:
        templates = load_template_set(config.template, request.templates_dir)
    except TemplateSetError as exc:
        raise PacketInputError(str(exc)) from exc
    try:
        given = match_attachments(list(request.attachments), config.attachments)
    except AttachmentError as exc:
        raise PacketInputError(str(exc)) from exc

    settings_json = config.settings.model_dump(mode="json")
    key = _request_key(request, plan_bytes, given, settings_json)
    plan = result.plan
    submission = build_submission(plan, config, date=request.date, payer_id=request.payer_id,
                                  place_of_service=request.place_of_service)
    checklist = build_checklist(plan, report, request.profiles)
    statuses, extra = _attachment_status(config.attachments, given)
    plan_name = Path(request.plan).name
    context = build_context(
        plan=plan, report=report, profiles=request.profiles, config=config, submission=submission, checklist=checklist,
        attachments=statuses, extra_attachments=extra, plan_file=plan_name, contact=request.contact,
        forced=request.force and bool(report.counts["error"]), version=__version__,
    )
    try:
        body = templates.render(MAIN_TEMPLATE, context)
        footer = templates.render(FOOTER_TEMPLATE, context) if FOOTER_TEMPLATE in templates.environment.list_templates() else ""
    except TemplateSetError as exc:
        raise PacketInputError(str(exc)) from exc
    blocks = parse_markup(body)
    member = submission.member.name or "member"
    docx_bytes = render_docx(
        blocks, parse_inline(" ".join(footer.split())),
        DocxProperties(title=f"Prior-authorization request: {member}", subject=f"{request.profiles[0].id} {request.profiles[0].version}",
                       keywords="prior authorization", date=request.date),
    )

    documents = [PlanDocument(f"Treatment plan ({plan_name})", content_type(Path(plan_name)), plan_bytes, is_plan=True)]
    documents += [PlanDocument(g.required or g.name, g.content_type, g.data) for g in given]
    bundle = build_pas_bundle(submission, documents, key)
    bundle_bytes = (json.dumps(bundle, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    x12 = build_278(submission, key=key, submitter_id=request.submitter_id, usage=request.x12_usage)

    out = request.out_dir
    _prepare_folder(out)
    written: dict[str, bytes] = {}
    messages: list[str] = []
    not_written: list[dict[str, str]] = []

    def write(name: str, data: bytes) -> None:
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written[name] = data

    try:
        write(DOCX, docx_bytes)
        write(PAS, bundle_bytes)
        if x12.text is not None:
            write(X12, x12.text.encode("ascii", errors="replace"))
        else:
            reason = "; ".join(x12.blockers)
            not_written.append({"file": X12, "reason": reason})
            messages.append(f"{X12} not written: {reason}")
        for item in given:
            write(f"{ATTACHMENTS}/{item.name}", item.data)
        if request.pdf:
            pdf = convert_to_pdf(out / DOCX, request.date, key)
            if pdf.data is not None:
                write(PDF, pdf.data)
            else:
                not_written.append({"file": PDF, "reason": pdf.message or "not converted"})
                messages.append(pdf.message or f"{PDF} not written")
        else:
            not_written.append({"file": PDF, "reason": "--no-pdf"})
    except OSError as exc:
        raise PacketInputError(f"{out}: cannot write the packet: {exc.strerror or exc}") from exc

    validation = validate_outputs(bundle, x12.text)
    for name, outcome in validation.items():
        if outcome["errors"]:
            messages.append(f"{name}: {outcome['validator']} reports {len(outcome['errors'])} problem(s), "
                            f"first: {outcome['errors'][0]}")
    missing_attachments = [s.name for s in statuses if not s.present]
    if missing_attachments:
        messages.append(f"required attachments missing (marked in the packet): {'; '.join(missing_attachments)}")
    if report.counts["error"]:
        messages.append(f"built with --force: {report.counts['error']} error-severity gap(s) open, listed in the packet")

    manifest = _manifest(request, report, plan_name, plan_bytes, config, templates.sources(), written, not_written,
                         submission, statuses, extra, key)
    manifest["validation"] = validation
    manifest_bytes = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    try:
        write(MANIFEST, manifest_bytes)
    except OSError as exc:
        raise PacketInputError(f"{out}: cannot write the packet: {exc.strerror or exc}") from exc
    return PacketResult(out_dir=out, report=report, files=sorted(written), messages=messages, manifest=manifest)


def _manifest(
    request: PacketRequest, report: PlanReport, plan_name: str, plan_bytes: bytes, config: Any,
    template_files: list[dict[str, str]], written: dict[str, bytes], not_written: list[dict[str, str]],
    submission: Any, statuses: list[AttachmentStatus], extra: list[str], key: str,
) -> dict[str, Any]:
    report_json = report.to_json_dict()
    return {
        "schema": MANIFEST_SCHEMA,
        "authcheck_version": __version__,
        "request_key": key,
        "as_of": request.as_of.isoformat(),
        "date": request.date.isoformat(),
        "forced": request.force and bool(report.counts["error"]),
        "plan": {"file": plan_name, "format": report.format, "sha256": _sha256(plan_bytes), "bytes": len(plan_bytes)},
        "profiles": report_json["profiles"],
        "packet_settings": {**config.settings.model_dump(mode="json"), "template": config.template,
                            "set_by": dict(sorted(config.set_by.items()))},
        "templates": template_files,
        "files": [{"name": name, "sha256": _sha256(data), "bytes": len(data)} for name, data in sorted(written.items())],
        "not_written": not_written,
        "missing": [{"element": m.element, "needed_for": list(m.needed_for), "how": m.how} for m in submission.missing],
        "attachments": [{"name": s.name, "required_by": list(s.profiles), "present": s.present, "files": list(s.files)}
                        for s in statuses],
        "other_attachments": extra,
        "counts": report_json["counts"],
        "findings": report_json["findings"],
        "notes": report_json["notes"],
    }
