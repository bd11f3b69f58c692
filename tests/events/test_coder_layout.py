"""The event coder's rule modules stay readable on their own: each imports only the shared words and
records (and the stage's data modules), never another rule module, and nothing imports the coder back."""

from __future__ import annotations

import ast
from pathlib import Path

import hadath.events

RULE_MODULES = ("frames", "senses", "parties", "status", "content", "merging")
SHARED = ("grammar", "records")


def _event_imports(name: str) -> set[str]:
    """The hadath.events modules that module ``name`` imports."""
    path = Path(hadath.events.__file__).with_name(f"{name}.py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("hadath.events."):
            out.add(node.module.removeprefix("hadath.events."))
    return out


def test_rule_modules_import_no_other_rule_module():
    for name in RULE_MODULES:
        crossed = _event_imports(name) & (set(RULE_MODULES) | {"coder"})
        assert not crossed, f"events.{name} imports {sorted(crossed)}"


def test_shared_modules_import_no_rule_module():
    for name in SHARED:
        assert not _event_imports(name) & (set(RULE_MODULES) | {"coder"}), name


def test_the_coder_reads_every_rule_module():
    assert set(RULE_MODULES) | set(SHARED) <= _event_imports("coder")
