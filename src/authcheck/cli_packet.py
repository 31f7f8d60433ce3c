"""`authcheck packet`: build the prior-authorization packet of a plan that passes its checks.

Exit codes: 0 packet written; 1 refused (error-severity findings; --force builds anyway);
2 unusable input or command (one line, no traceback).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

__all__ = ["packet"]


def _options(function):  # type: ignore[no-untyped-def]
    """--rules-dir / --profiles-dir, as the other commands have them."""
    function = click.option(
        "--profiles-dir", "profiles_dirs", multiple=True, type=click.Path(path_type=Path),
        help="Add a folder of your own profiles (repeatable).",
    )(function)
    return click.option(
        "--rules-dir", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
        help="Add a folder of your own rules (repeatable).",
    )(function)


@click.command()
@click.argument("plan", type=click.Path(path_type=Path))
@click.option("--payer", required=True, metavar="ID", help="Payer profile id (see `authcheck profiles list`).")
@click.option("--state", "states", multiple=True, metavar="ID", help="State licensure profile id (repeatable).")
@click.option("--as-of", "as_of", metavar="DATE", help="Date that decides profile versions and what is overdue (default: today).")
@click.option("--date", "date", metavar="DATE", help="Date of the request, printed on the packet and sent in the PAS bundle and X12 278 (default: the --as-of date).")
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(path_type=Path), metavar="DIR",
              help="Folder to write the packet into (created if needed; earlier packet files there are replaced).")
@click.option("--force", is_flag=True, help="Build even with error-severity findings; the packet then lists the open gaps.")
@click.option("--attach", "attachments", multiple=True, metavar="[NAME=]FILE",
              help="A document to enclose (repeatable). NAME is the required attachment it is, e.g. "
                   "'signed treatment plan=plan.pdf'; without NAME a file named like one counts for it.")
@click.option("--contact", metavar="TEXT", help="Contact for the payer's questions, e.g. 'Front desk, 555-0100, fax 555-0101'.")
@click.option("--payer-id", metavar="ID", help="The payer's identifier for the X12 278 (overrides the profile's packet.payer_id).")
@click.option("--place-of-service", "place_of_service", metavar="CODE",
              help="CMS place-of-service code of the services, e.g. 11 office, 10 telehealth in the home, 12 home.")
@click.option("--submitter-id", metavar="ID", help="X12 interchange sender ID (default: the requesting provider's NPI).")
@click.option("--x12-usage", type=click.Choice(["P", "T"]), default="P", show_default=True,
              help="X12 ISA15: P production, T test.")
@click.option("--templates-dir", type=click.Path(path_type=Path), metavar="DIR",
              help="Your own packet templates (base/ and per-payer folders); they override the shipped ones.")
@click.option("--no-pdf", is_flag=True, help="Do not convert the packet to PDF.")
@_options
def packet(
    plan: Path, payer: str, states: tuple[str, ...], as_of: str | None, date: str | None, out_dir: Path, force: bool,
    attachments: tuple[str, ...], contact: str | None, payer_id: str | None, place_of_service: str | None, submitter_id: str | None, x12_usage: str,
    templates_dir: Path | None, no_pdf: bool, rules_dirs: tuple[Path, ...], profiles_dirs: tuple[Path, ...],
) -> None:
    """Build the prior-authorization packet of PLAN in DIR: packet.docx (and .pdf), pas-bundle.json,
    x12-278.txt, manifest.json.

    The plan is checked first, with the same rules as `check`. Exit code 0: packet written; 1: refused
    because of error-severity findings (use --force to build anyway); 2: a file or the command could not be used.
    """
    from authcheck.api import select_profiles
    from authcheck.cli import EXIT_FINDINGS, _library, _parse_as_of, fail
    from authcheck.packets import PacketInputError, PacketRefused, PacketRequest, build_packet
    from authcheck.parsing import parse_date
    from authcheck.parsing.dates import DateParseError
    from authcheck.profiles import ProfileError

    day = _parse_as_of(as_of)
    try:
        request_date = parse_date(date) if date else day
    except DateParseError:
        fail(f"--date: not a date: {date!r} (use YYYY-MM-DD)")
    if place_of_service is not None and not (len(place_of_service) == 2 and place_of_service.isdigit()):
        fail(f"--place-of-service: {place_of_service!r} is not a two-digit CMS place-of-service code")
    library = _library(rules_dirs, profiles_dirs)
    try:
        profiles = select_profiles(library, payer=payer, states=states, as_of=day)
    except ProfileError as exc:
        fail(str(exc))
    request = PacketRequest(
        plan=plan, profiles=profiles, as_of=day, date=request_date, out_dir=out_dir, force=force,
        templates_dir=templates_dir, attachments=attachments, contact=contact, payer_id=payer_id,
        place_of_service=place_of_service, submitter_id=submitter_id, x12_usage=x12_usage, pdf=not no_pdf,
    )
    try:
        result = build_packet(request, library)
    except PacketInputError as exc:
        fail(str(exc))
    except PacketRefused as refused:
        report = refused.report
        errors = [f for f in report.findings if f.severity == "error"]
        click.echo(f"authcheck: packet refused: {plan} has {len(errors)} error-severity finding"
                   f"{'s' if len(errors) != 1 else ''} under {', '.join(p.id for p in profiles)}:", err=True)
        for finding in errors:
            where = finding.location.source.describe() if finding.location.source else ""
            click.echo(f"  ERROR {finding.kind}  {finding.location.element}{f' ({where})' if where else ''}: "
                       f"{finding.message}", err=True)
        click.echo("Fix them and run again, or build anyway with --force (the packet then lists the open gaps).", err=True)
        sys.exit(EXIT_FINDINGS)
    click.echo(f"Packet written to {result.out_dir}: {', '.join(result.files)}")
    for message in result.messages:
        click.echo(f"  note: {message}")
