"""Messages to the terminal shared by every command: one error format, one exit code for bad input."""

from __future__ import annotations

import typer
from rich.console import Console

from .records import Count

err = Console(stderr=True)


def fail(message: str, code: int = 2) -> None:
    """Print `error: message` on stderr and exit (2: bad input or usage)."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def show_count(count: Count | None) -> str:
    """'7', '7 (6–8)', '≥5', '1+' (some, number unknown), '' (the reports do not say)."""
    if count is None:
        return ""
    if count.best is None:
        return f"{count.low}+" if count.high is None else f"{count.low}–{count.high}"
    if count.low == count.best == count.high:
        return str(count.best)
    if count.high is None:
        return f"≥{count.low}" if count.low == count.best else f"{count.best} (≥{count.low})"
    return f"{count.best} ({count.low}–{count.high})"
