"""Batch audits of plan archives: `authcheck audit` (docs/audit.md).

discovery finds the plans (folders, zip archives, list files, fsspec URLs); work checks one plan
(the same function in a local worker, this process or a Dask worker); executors run it in parallel;
results streams results.jsonl and supports --resume; summary builds summary.json/.csv/.html from
results.jsonl alone; runner ties them together.
"""

from authcheck.audit.runner import PLAN_DATE, AuditError, AuditOptions, AuditRun, run_audit
from authcheck.audit.summary import write_summaries

__all__ = ["PLAN_DATE", "AuditError", "AuditOptions", "AuditRun", "run_audit", "write_summaries"]
