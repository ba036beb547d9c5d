"""Each module-level name of the package is bound once: a second binding silently replaces the first for the whole
module (a pattern written for one rule would change what another rule reads)."""

import ast
from pathlib import Path

import tawthiq

PACKAGE = Path(tawthiq.__file__).parent


def bound_twice(path: Path) -> list[str]:
    """'line name (first at line n)' for each module-level name bound again (assignment, function or class)."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in seen:
                twice.append(f"{node.lineno} {name} (first at line {seen[name]})")
            seen.setdefault(name, node.lineno)
    return twice


def test_no_module_level_name_is_bound_twice():
    twice = [f"{path.relative_to(PACKAGE)}:{entry}" for path in sorted(PACKAGE.rglob("*.py"))
             for entry in bound_twice(path)]
    assert twice == []


def test_the_check_finds_a_pattern_bound_twice(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("import re\n_A = re.compile('a')\n\n\ndef f():\n    return _A\n\n\n_A = re.compile('b')\n")
    assert bound_twice(module) == ["9 _A (first at line 2)"]
