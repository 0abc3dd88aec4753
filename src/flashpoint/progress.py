"""A progress bar for long runs: documents, documents per second, and an ETA from bytes read.

Shown on stderr only when stderr is a terminal, so logs and pipes stay clean.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from collections.abc import Iterator

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.text import Text


class _DocumentRate(ProgressColumn):
    def render(self, task: Task) -> Text:
        docs = task.fields.get("docs", 0)
        elapsed = task.elapsed or 0.0
        rate = docs / elapsed if elapsed > 0 else 0.0
        return Text(f"{docs} docs {rate:.1f}/s, {task.fields.get('failed', 0)} failed")


class Reporter:
    """Counts documents as they pass; draws a bar if asked to."""

    def __init__(self, progress: Progress | None, task_id: int | None):
        self._progress = progress
        self._task = task_id
        self.docs = 0
        self.failed = 0

    def advance(self, size: int, *, failed: bool = False) -> None:
        self.docs += 0 if failed else 1
        self.failed += 1 if failed else 0
        if self._progress is not None:
            self._progress.update(self._task, advance=size, docs=self.docs, failed=self.failed)


@contextmanager
def reporter(total_bytes: int | None, *, show: bool | None = None, label: str = "processing") -> Iterator[Reporter]:
    console = Console(file=sys.stderr)
    if show is None:
        show = console.is_terminal
    if not show:
        yield Reporter(None, None)
        return
    columns = [TextColumn("[bold]{task.description}"), BarColumn(), _DocumentRate(), TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn()]
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task(label, total=total_bytes, docs=0, failed=0)
        yield Reporter(progress, task)
