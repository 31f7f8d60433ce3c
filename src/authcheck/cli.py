"""The `authcheck` command line.

Exit codes of `check`: 0 no error-severity finding, 1 at least one, 2 unusable input or command.
Heavy modules are imported inside the commands so that `authcheck --help` starts fast.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(click.ClickException):
    """A one-line error that exits with code 2."""

    exit_code = EXIT_USAGE

    def show(self, file: Any = None) -> None:  # noqa: D102 - click hook
        click.echo(f"authcheck: error: {self.format_message()}", err=True)


def fail(message: str) -> NoReturn:
    """Stop with a one-line error and exit code 2."""
    raise UsageError(message)


def _parse_as_of(value: str | None) -> dt.date:
    if value is None or value.strip().lower() == "today":
        return dt.date.today()
    from authcheck.parsing import parse_date
    from authcheck.parsing.dates import DateParseError

    try:
        return parse_date(value)
    except DateParseError:
        fail(f"--as-of: not a date: {value!r} (use YYYY-MM-DD)")


def _catalog_options(function: Callable[..., Any]) -> Callable[..., Any]:
    function = click.option(
        "--profiles-dir", "profiles_dirs", multiple=True, type=click.Path(path_type=Path),
        help="Add a folder of your own profiles (repeatable).",
    )(function)
    function = click.option(
        "--rules-dir", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
        help="Add a folder of your own rules (repeatable).",
    )(function)
    return function


def _library(rules_dirs: tuple[Path, ...], profiles_dirs: tuple[Path, ...]) -> Any:
    from authcheck.api import load_library
    from authcheck.profiles import ProfileError
    from authcheck.rules.catalog import CatalogError

    try:
        return load_library(rules_dirs, profiles_dirs)
    except (CatalogError, ProfileError) as exc:
        fail(str(exc))


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{output}: cannot write: {exc.strerror or exc}")


def _console(output_is_terminal: bool) -> Any:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True, no_color=("NO_COLOR" in os.environ) or not output_is_terminal)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="authcheck", prog_name="authcheck")
def main() -> None:
    """Check treatment plans against payer and state-licensure requirements before submission."""


@main.command()
@click.argument("plans", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--payer", required=True, metavar="ID", help="Payer profile id (see `authcheck profiles list`).")
@click.option("--state", "states", multiple=True, metavar="ID", help="State licensure profile id (repeatable).")
@click.option("--as-of", "as_of", metavar="DATE", help="Date that decides profile versions and what is overdue (default: today).")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "html", "docx"]), default="text", show_default=True,
    help="text: terminal report; json: for other tools; html: a self-contained page; docx: the plan's own Word "
    "file with a comment per finding (needs -o).",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path),
    help="Write the report to FILE instead of the terminal (docx: the annotated copy; a FOLDER for several plans).",
)
@click.option("-q", "--quiet", is_flag=True, help="Text format: print only the summary line of each plan.")
@_catalog_options
def check(
    plans: tuple[Path, ...], payer: str, states: tuple[str, ...], as_of: str | None, fmt: str,
    output: Path | None, quiet: bool, rules_dirs: tuple[Path, ...], profiles_dirs: tuple[Path, ...],
) -> None:
    """Check PLAN files (DOCX, FHIR R4, C-CDA, authcheck YAML/JSON) and list every documentation gap.

    Exit code 0: no error-severity finding; 1: at least one; 2: a file or the command could not be used.
    """
    from authcheck.api import check_file, select_profiles
    from authcheck.profiles import ProfileError
    from authcheck.reports import docx_targets, render

    day = _parse_as_of(as_of)
    library = _library(rules_dirs, profiles_dirs)
    try:
        profiles = select_profiles(library, payer=payer, states=states, as_of=day)
    except ProfileError as exc:
        fail(str(exc))
    reports = [check_file(plan, profiles, day) for plan in plans]
    if fmt == "docx":
        from authcheck.reports.docx_review import ReviewError, write_reviews

        try:
            targets = docx_targets(reports, output)  # refuses what cannot work before anything is written
        except ReviewError as exc:
            fail(str(exc))
    for report in reports:
        if report.status == "error":
            click.echo(f"authcheck: error: {report.source}: {report.error}", err=True)
    if fmt == "docx":
        written, problems = write_reviews(targets)
        for line in written:
            click.echo(line)
        for problem in problems:
            click.echo(f"authcheck: error: {problem}", err=True)
        if problems:
            sys.exit(EXIT_USAGE)
    elif fmt == "text" and output is None:
        from authcheck.reports.text import render_text

        console = _console(sys.stdout.isatty())
        console.print(render_text(reports, width=min(console.width, 100), quiet=quiet), end="")
    else:
        _write(render(fmt, reports, quiet=quiet), output)
    if any(r.status == "error" for r in reports):
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FINDINGS if any(r.status == "fail" for r in reports) else EXIT_OK)


@main.command()
@click.argument("plan", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True)
def show(plan: Path, fmt: str) -> None:
    """Print what authcheck read from PLAN: the plan model, each element with its source location."""
    from authcheck.readers import PlanReadError, read_plan
    from authcheck.reports.plan_dump import dump_plan

    try:
        result = read_plan(plan)
    except PlanReadError as exc:
        fail(str(exc))
    click.echo(dump_plan(result.plan, fmt=fmt, source=result.path, fmt_name=result.format), nl=False)


@main.group()
def rules() -> None:
    """List, explain and test the rule catalog."""


@rules.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_catalog_options
def rules_list(fmt: str, rules_dirs: tuple[Path, ...], profiles_dirs: tuple[Path, ...]) -> None:
    """List every rule with its finding kind, severity and title."""
    from authcheck.reports.catalog import render_rule_list

    library = _library(rules_dirs, profiles_dirs)
    click.echo(render_rule_list(library, fmt), nl=False)


@rules.command("explain")
@click.argument("rule_id")
@_catalog_options
def rules_explain(rule_id: str, rules_dirs: tuple[Path, ...], profiles_dirs: tuple[Path, ...]) -> None:
    """Explain one rule: why it exists, what it checks, its parameters, fix, citation and which profiles use it."""
    from authcheck.reports.catalog import render_rule_explanation
    from authcheck.rules.catalog import CatalogError

    library = _library(rules_dirs, profiles_dirs)
    try:
        click.echo(render_rule_explanation(library, rule_id), nl=False)
    except CatalogError as exc:
        fail(str(exc))


@rules.command("test")
@_catalog_options
def rules_test(rules_dirs: tuple[Path, ...], profiles_dirs: tuple[Path, ...]) -> None:
    """Run every rule's pass/fail examples; exit 1 if any example does not behave as declared."""
    from authcheck.testing import run_rule_examples

    library = _library(rules_dirs, profiles_dirs)
    failures = 0
    results = run_rule_examples(library.catalog)
    for result in results:
        if not result.ok:
            failures += 1
            click.echo(f"FAIL {result.rule}:{result.name}: {result.detail}")
    click.echo(f"{len(results) - failures} of {len(results)} rule examples behave as declared.")
    sys.exit(EXIT_FINDINGS if failures else EXIT_OK)


@main.group()
def profiles() -> None:
    """List, show, validate and compare payer and state profiles."""


@profiles.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_catalog_options
def profiles_list(fmt: str, rules_dirs: tuple[Path, ...], profiles_dirs: tuple[Path, ...]) -> None:
    """List every profile with its type, versions and effective dates."""
    from authcheck.reports.catalog import render_profile_list

    click.echo(render_profile_list(_library(rules_dirs, profiles_dirs), fmt), nl=False)


@profiles.command("show")
@click.argument("profile_id")
@click.option("--resolved", is_flag=True, help="Show the merged requirements (with inherited ones) and who set each.")
@click.option("--as-of", "as_of", metavar="DATE", help="Version in force on DATE (default: today).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_catalog_options
def profiles_show(
    profile_id: str, resolved: bool, as_of: str | None, fmt: str, rules_dirs: tuple[Path, ...], profiles_dirs: tuple[Path, ...]
) -> None:
    """Show a profile: its versions and requirements, or (--resolved) exactly what applies on a date."""
    from authcheck.profiles import ProfileError
    from authcheck.reports.catalog import render_profile

    library = _library(rules_dirs, profiles_dirs)
    try:
        click.echo(render_profile(library, profile_id, resolved=resolved, as_of=_parse_as_of(as_of), fmt=fmt), nl=False)
    except ProfileError as exc:
        fail(str(exc))


@profiles.command("validate")
@_catalog_options
def profiles_validate(rules_dirs: tuple[Path, ...], profiles_dirs: tuple[Path, ...]) -> None:
    """Load every rule and profile and resolve each profile version; exit 1 on any problem."""
    library = _library(rules_dirs, profiles_dirs)
    problems = library.validate_all()
    for problem in problems:
        click.echo(f"authcheck: {problem}", err=True)
    count = sum(len(s.versions) for s in library.specs.values())
    click.echo(f"{len(library.catalog.rules)} rules, {len(library.specs)} profiles, {count} versions: "
               f"{'OK' if not problems else f'{len(problems)} problem(s)'}")
    sys.exit(EXIT_FINDINGS if problems else EXIT_OK)


@profiles.command("diff")
@click.argument("first")
@click.argument("second", required=False)
@click.option("--as-of", "as_of", metavar="DATE", help="Compare FIRST and SECOND as in force on DATE (default: today).")
@click.option("--from", "from_date", metavar="DATE", help="With one profile: compare its version on this date ...")
@click.option("--to", "to_date", metavar="DATE", help="... with its version on this date.")
@_catalog_options
def profiles_diff(
    first: str, second: str | None, as_of: str | None, from_date: str | None, to_date: str | None,
    rules_dirs: tuple[Path, ...], profiles_dirs: tuple[Path, ...],
) -> None:
    """Compare two profiles (or one profile on two dates): requirements added, removed and changed."""
    from authcheck.profiles import ProfileError
    from authcheck.reports.catalog import render_profile_diff

    library = _library(rules_dirs, profiles_dirs)
    try:
        if second:
            day = _parse_as_of(as_of)
            left, right = library.resolve(first, day), library.resolve(second, day)
        else:
            if not (from_date and to_date):
                fail("give two profiles, or one profile with --from DATE and --to DATE")
            left, right = library.resolve(first, _parse_as_of(from_date)), library.resolve(first, _parse_as_of(to_date))
    except ProfileError as exc:
        fail(str(exc))
    click.echo(render_profile_diff(left, right), nl=False)


@main.command()
@click.argument("what", type=click.Choice(["plan", "rule", "profile"]))
def schema(what: str) -> None:
    """Print the JSON Schema of a plan, rule or profile file (for editors that validate YAML)."""
    import json

    if what == "plan":
        from authcheck.model import TreatmentPlan as model
    elif what == "rule":
        from authcheck.rules.spec import RuleSpec as model  # type: ignore[assignment]
    else:
        from authcheck.profiles import ProfileSpec as model  # type: ignore[assignment]
    click.echo(json.dumps(model.model_json_schema(by_alias=True), indent=2))


@main.command()
@click.argument("codes", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def codes(codes: tuple[str, ...], fmt: str) -> None:
    """Look up ICD-10-CM codes: valid?, billable?, description, and likely billable codes for a category or typo."""
    import json

    from authcheck.codes.icd10cm import get_icd10cm

    icd = get_icd10cm()
    infos = [icd.lookup(code) for code in codes]
    if fmt == "json":
        click.echo(json.dumps([info.to_dict() for info in infos], indent=2, ensure_ascii=False))
    else:
        for info in infos:
            state = "billable" if info.billable else ("valid, NOT billable (a category)" if info.valid else "NOT a valid ICD-10-CM code")
            click.echo(f"{info.code}: {state}" + (f" - {info.description}" if info.description else ""))
            for suggestion in info.suggestions:
                click.echo(f"    {suggestion.code:<9} {suggestion.description}  ({suggestion.reason})")
        click.echo(f"({icd.version})")
    sys.exit(EXIT_OK if all(i.billable for i in infos) else EXIT_FINDINGS)


def run() -> None:
    """Entry point that turns any unexpected failure into a one-line message (exit 2), never a traceback."""
    try:
        main(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("authcheck: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last-resort guard; details only with AUTHCHECK_DEBUG=1
        if os.environ.get("AUTHCHECK_DEBUG"):
            raise
        click.echo(f"authcheck: internal error: {type(exc).__name__}: {exc} (set AUTHCHECK_DEBUG=1 for details)", err=True)
        sys.exit(EXIT_USAGE)

from authcheck.cli_audit import audit  # noqa: E402
main.add_command(audit)
from authcheck.cli_packet import packet  # noqa: E402
main.add_command(packet)
