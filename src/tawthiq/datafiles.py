"""Tab-separated data files shipped in the package: a header line, '#' comment lines, one row per line."""

from __future__ import annotations

from importlib import resources


def read_table(package: str, name: str) -> list[list[str]]:
    """The rows of `package/data/name` without its header and comments."""
    text = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]
