"""`authcheck audit`: check whole archives of plans in parallel, resumably, with summaries.

    authcheck audit PATH... --payer ID [--state ID]... -o OUTDIR [--jobs N] [--resume]
                    [--as-of DATE|plan-date] [--executor local|dask] [--scheduler ADDRESS]
    authcheck audit summarize OUTDIR

Exit codes: 0 every plan passes; 1 a plan fails or could not be read; 2 the command could not run;
130 interrupted (results so far are kept: rerun with --resume). See docs/audit.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

__all__ = ["audit"]


class _AuditGroup(click.Group):
    """`audit PATH... [options]` runs an audit; `audit summarize OUTDIR` is the one subcommand."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["run", *args]
        return super().parse_args(ctx, args)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        command = self.commands["run"]
        with click.Context(command, info_name=ctx.info_name, parent=ctx.parent) as sub:
            command.format_usage(sub, formatter)
            command.format_help_text(sub, formatter)
            command.format_options(sub, formatter)
        self.format_commands(ctx, formatter)


@click.group(cls=_AuditGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
def audit() -> None:
    """Audit whole archives of plans in parallel, resumably, with summaries (audit PATH... -o OUTDIR)."""


def _as_of(value: str | None) -> Any:
    from authcheck.audit import PLAN_DATE
    from authcheck.cli import _parse_as_of

    if value is None:
        return None
    if value.strip().lower() == PLAN_DATE:
        return PLAN_DATE
    return _parse_as_of(value)


def _cores() -> int:
    """The cores this process may run on (its CPU affinity where the platform tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _progress(enabled: bool) -> Any:
    """A rich progress bar on stderr (done/total, rate, ETA), or None when stderr is not a terminal."""
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.1f} plans/s" if speed else "-- plans/s")

    console = Console(stderr=True, no_color="NO_COLOR" in os.environ)
    return Progress(TextColumn("audit"), BarColumn(), MofNCompleteColumn(), RateColumn(), TextColumn("ETA"),
                    TimeRemainingColumn(), console=console, transient=False)


@audit.command("run", hidden=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--payer", required=True, metavar="ID", help="Payer profile id (see `authcheck profiles list`).")
@click.option("--state", "states", multiple=True, metavar="ID", help="State licensure profile id (repeatable).")
@click.option("-o", "--output", "outdir", required=True, metavar="OUTDIR", type=click.Path(path_type=Path, file_okay=False),
              help="Folder for results.jsonl and the summaries.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes (default: the machine's cores).")
@click.option("--resume", is_flag=True, help="Continue the audit in OUTDIR: plans already done (same content, same profile versions) are skipped.")
@click.option("--as-of", "as_of", metavar="DATE|plan-date",
              help="Date deciding profile versions and what is overdue (default: today); `plan-date`: each plan's own plan date.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run on local worker processes or on a Dask distributed cluster.")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --executor dask).")
@click.option("--include", "include", multiple=True, metavar="GLOB",
              help="Only files met in folders and archives whose name matches (e.g. '*.docx'; repeatable).")
@click.option("--exclude", "exclude", multiple=True, metavar="GLOB",
              help="Skip files, folders and archives whose name matches (e.g. '*.pdf', 'drafts'; repeatable).")
@click.option("--profiles-dir", "profiles_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Add a folder of your own profiles (repeatable).")
@click.option("--rules-dir", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Add a folder of your own rules (repeatable).")
def audit_run(
    paths: tuple[str, ...], payer: str, states: tuple[str, ...], outdir: Path, jobs: int | None, resume: bool,
    as_of: str | None, executor: str, scheduler: str | None, include: tuple[str, ...], exclude: tuple[str, ...],
    profiles_dirs: tuple[Path, ...], rules_dirs: tuple[Path, ...],
) -> None:
    """Check every plan under PATH... and write OUTDIR/results.jsonl (one line per plan, as each is done)
    and OUTDIR/summary.json, summary.csv, summary.html.

    PATH is a folder (searched recursively), a .zip archive of plans, a single plan file, a list
    file (@FILE, or a file ending in .lst: one PATH per line) or, for Dask workers, an fsspec URL.
    Exit code 0: every plan passes; 1: a plan fails or could not be read; 2: the audit could not run;
    130: interrupted (rerun with --resume to continue).
    """
    from authcheck.audit import AuditError, AuditOptions, run_audit
    from authcheck.cli import EXIT_FINDINGS, EXIT_OK, _library, fail

    if scheduler and executor != "dask":
        fail("--scheduler is used with --executor dask")
    options = AuditOptions(paths=list(paths), outdir=outdir, payer=payer, states=states, as_of=_as_of(as_of),
                           jobs=jobs or _cores(), resume=resume, executor=executor, scheduler=scheduler,
                           include=include, exclude=exclude)
    library = _library(rules_dirs, profiles_dirs)
    bar = _progress(sys.stderr.isatty())
    task: list[Any] = []

    def started(total: int) -> None:
        if bar is not None:
            bar.start()
            task.append(bar.add_task("audit", total=total))

    def advance(done: int, total: int) -> None:
        if bar is not None and task:
            bar.update(task[0], completed=done)

    try:
        result = run_audit(library, options, progress=advance, started=started)
    except AuditError as exc:
        fail(str(exc))
    except OSError as exc:  # results or summaries cannot be written (disk full, permissions)
        fail(f"{outdir}: cannot write: {exc.strerror or exc}")
    except KeyboardInterrupt:
        if bar is not None:
            bar.stop()
        click.echo(f"authcheck: interrupted; results so far are in {outdir / 'results.jsonl'}: "
                   "rerun the same command with --resume to continue", err=True)
        sys.exit(130)
    finally:
        if bar is not None:
            bar.stop()
    summary = result.summary
    click.echo(_summary_line(summary, outdir, checked=result.checked, skipped=result.skipped), err=True)
    if result.kept_not_found:
        click.echo(f"({result.kept_not_found:,} results of plans not found under PATH this time are kept from earlier runs "
                   "and counted in the summaries.)", err=True)
    sys.exit(EXIT_OK if summary["failed"] == 0 and summary["unreadable"] == 0 else EXIT_FINDINGS)


def _summary_line(summary: dict[str, Any], outdir: Path, *, checked: int | None = None, skipped: int | None = None) -> str:
    rate = f"{100 * summary['pass_rate']:.1f}%" if summary["pass_rate"] is not None else "n/a"
    done = f" ({checked:,} checked now, {skipped:,} unchanged since the last run)" if skipped else ""
    noun = "plan" if summary["plans"] == 1 else "plans"
    return (f"{summary['plans']:,} {noun}{done}: {summary['passed']:,} pass, {summary['failed']:,} fail, "
            f"{summary['unreadable']:,} unreadable; pass rate {rate}. "
            f"Results: {outdir / 'results.jsonl'}; summary: {outdir / 'summary.html'}")


@audit.command("summarize")
@click.argument("outdir", type=click.Path(path_type=Path, file_okay=False, exists=True))
def audit_summarize(outdir: Path) -> None:
    """Rebuild OUTDIR/summary.json, summary.csv and summary.html from OUTDIR/results.jsonl alone."""
    from authcheck.audit import write_summaries
    from authcheck.audit.results import RESULTS_NAME
    from authcheck.cli import EXIT_OK, fail

    if not (outdir / RESULTS_NAME).exists():
        fail(f"{outdir}: no {RESULTS_NAME} to summarize")
    try:
        summary = write_summaries(outdir)
    except OSError as exc:
        fail(f"{outdir}: cannot write the summaries: {exc.strerror or exc}")
    click.echo(_summary_line(summary, outdir), err=True)
    sys.exit(EXIT_OK)
