"""List the functions (and methods) longer than a limit, longest first.

    python -m tools.long_functions [--limit 60] [PATH ...]

A function's length is its lines from the ``def`` (decorators excluded) to its last line,
docstring and comments included. Alembic migrations are left out: they are written once and
never change. Exits 0 always; the list is for planning, like ``duplicates``."""

from __future__ import annotations

import argparse
import ast
from collections.abc import Iterator
from pathlib import Path


def long_functions(path: Path, limit: int) -> Iterator[tuple[int, str, int]]:
    """(length, qualified name, first line) of each function in ``path`` over ``limit``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))

    def walk(node: ast.AST, prefix: str) -> Iterator[tuple[int, str, int]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (child.end_lineno or child.lineno) - child.lineno + 1
                if length > limit:
                    yield length, f"{prefix}{child.name}", child.lineno
                yield from walk(child, f"{prefix}{child.name}.")
            elif isinstance(child, ast.ClassDef):
                yield from walk(child, f"{prefix}{child.name}.")
            else:
                yield from walk(child, prefix)

    yield from walk(tree, "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("simulator")])
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args(argv)
    found = []
    for root in args.paths:
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for path in files:
            if "migrations" in path.parts:
                continue
            for length, name, line in long_functions(path, args.limit):
                found.append((length, f"{path}:{line}", name))
    for length, where, name in sorted(found, reverse=True):
        print(f"{length:4d}  {where}  {name}")
    print(f"{len(found)} functions over {args.limit} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
