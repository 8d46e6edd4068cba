"""The layer rules of docs/architecture.md (issue 17), read from the code itself: every
import of every module under crawler/, pipelines/, nlp/ and newswatch/ (those inside
functions too), parsed with `ast`.

- newswatch/store/ (the bottom) imports nothing from the project outside newswatch.store;
- crawler/, pipelines/ and nlp/ import from newswatch only newswatch.store; nlp/ does not
  import pipelines/, and pipelines/ does not import nlp/;
- no import of a project module inside a function in crawler/, pipelines/, nlp/ or the
  store (a function-level import is only for a heavy optional third-party library, with
  a comment saying so: never to dodge a cycle);
- every SQL write (INSERT, UPDATE, DELETE, REPLACE; sqlite-utils' insert, upsert...) is in
  newswatch/store/.

Each KNOWN_* set lists what breaks a rule on main today, in files other work is fixing.
Each must shrink to empty: a test fails on a violation not listed, and on a listed one
that no longer occurs (remove it from the set when you fix it).
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("crawler", "pipelines", "nlp", "newswatch")
LOWER = ("crawler", "pipelines", "nlp")  # below the application, above the store
STORE = "newswatch.store"

# Each set must shrink to empty (see the module docstring).
# (module, imported project module) that break a layer rule on main today.
KNOWN_VIOLATIONS: set[tuple[str, str]] = set()

# (module, project module imported inside a function) on main today.
KNOWN_INNER_IMPORTS: set[tuple[str, str]] = {
    ("crawler.archives.run", "crawler.spiders.archive"),
    ("crawler.runner", "crawler.frontier"),
    ("crawler.runner", "newswatch.store"),
    ("crawler.spiders.archive", "newswatch.store"),
    ("crawler.spiders.news", "crawler.extract"),
    ("crawler.spiders.news", "newswatch.store"),
}

# (module, third-party module) imported inside a function in pipelines/ or nlp/ without
# a comment saying why, on main today.
KNOWN_UNEXPLAINED_INNER: set[tuple[str, str]] = set()

# Modules outside newswatch/store/ holding a SQL write on main today: the store
# functions they become are the one home of each write.
KNOWN_SQL_WRITES: set[str] = {
    "crawler.archives.run",
    "pipelines.provenance",
    "pipelines.skips",
    "pipelines.store",
}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the imported module (for `from a import b`: a.b when that is a module, else a)
    line: int
    inner: bool  # inside a function
    commented: bool  # a comment on its line or the line above


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py"))


@lru_cache(maxsize=None)
def project_modules() -> frozenset[str]:
    return frozenset(module_name(p) for p in source_files())


def in_project(name: str) -> bool:
    return name.split(".")[0] in PACKAGES


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute module of a `from ... import` (relative ones resolved)."""
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[:len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


class _Collector(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool, lines: list[str]):
        self.module, self.is_package, self.lines = module, is_package, lines
        self.depth = 0
        self.found: list[Import] = []

    def _function(self, node) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def _add(self, target: str, node: ast.stmt) -> None:
        here = self.lines[node.lineno - 1]
        above = self.lines[node.lineno - 2].strip() if node.lineno > 1 else ""
        commented = "#" in here or above.startswith("#")
        self.found.append(Import(self.module, target, node.lineno, self.depth > 0, commented))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = _resolve(self.module, self.is_package, node)
        for alias in node.names:
            full = f"{base}.{alias.name}"
            self._add(full if full in project_modules() else base, node)


@lru_cache(maxsize=None)
def parsed(path: Path) -> tuple[ast.Module, tuple[str, ...]]:
    text = path.read_text(encoding="utf-8")
    return ast.parse(text, filename=str(path)), tuple(text.splitlines())


def imports_of(path: Path, root: Path = ROOT) -> list[Import]:
    tree, lines = parsed(path)
    collector = _Collector(module_name(path, root), path.name == "__init__.py", list(lines))
    collector.visit(tree)
    return collector.found


def all_imports() -> list[Import]:
    return [imp for path in source_files() for imp in imports_of(path)]


def is_under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def layer_violation(imp: Import) -> str | None:
    """Why this import breaks a layer rule, or None."""
    src, dst = imp.module, imp.target
    if not in_project(dst):
        return None
    if is_under(src, STORE) and not is_under(dst, STORE):
        return "the store imports nothing from the project outside newswatch.store"
    top = src.split(".")[0]
    if top in LOWER and dst.split(".")[0] == "newswatch" and not is_under(dst, STORE):
        return f"{top}/ imports from newswatch only newswatch.store"
    if top == "nlp" and is_under(dst, "pipelines"):
        return "nlp/ does not import pipelines/"
    if top == "pipelines" and is_under(dst, "nlp"):
        return "pipelines/ does not import nlp/"
    return None


def layer_violations() -> set[tuple[str, str]]:
    return {(imp.module, imp.target) for imp in all_imports() if layer_violation(imp)}


def inner_imports() -> set[tuple[str, str]]:
    """Project modules imported inside functions where the rule applies (crawler/,
    pipelines/, nlp/, the store)."""
    return {(imp.module, imp.target) for imp in all_imports()
            if imp.inner and in_project(imp.target)
            and (imp.module.split(".")[0] in LOWER or is_under(imp.module, STORE))}


# ---- SQL writes ------------------------------------------------------------------------

_SQL_WRITE = re.compile(r"^\s*(?:WITH\b.*?\)\s*)?(INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE\s+\[?\w+\]?\s+SET|"
                        r"DELETE\s+FROM|REPLACE\s+INTO)\b", re.I | re.S)
# sqlite-utils Table methods that write, called on db["table"] or db.table("table").
_TABLE_WRITES = {"insert", "insert_all", "upsert", "upsert_all", "update", "delete", "delete_where",
                 "add_column", "create", "drop", "transform", "enable_fts", "populate_fts", "rebuild_fts"}


def _is_table(node: ast.expr) -> bool:
    if isinstance(node, ast.Subscript):  # db["articles"] (not a dict's orgs[name])
        return isinstance(node.slice, ast.JoinedStr) or (
            isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str))
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "table"


def sql_writes_in(path: Path) -> list[int]:
    """Lines of `path` holding a SQL write: a string that is an INSERT/UPDATE/DELETE/
    REPLACE statement, or a sqlite-utils table write (db["t"].insert(...))."""
    tree, _ = parsed(path)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL_WRITE.match(node.value):
            found.append(node.lineno)
        elif isinstance(node, ast.JoinedStr):
            head = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            if _SQL_WRITE.match(head):
                found.append(node.lineno)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in _TABLE_WRITES and _is_table(node.func.value)):
            found.append(node.lineno)
    return sorted(set(found))


def sql_write_modules() -> set[str]:
    """Modules outside the store that hold a SQL write."""
    return {module_name(p) for p in source_files()
            if not is_under(module_name(p), STORE) and sql_writes_in(p)}


# ---- the rules -------------------------------------------------------------------------

def _check(found: set, known: set, what: str) -> None:
    new = sorted(found - known)
    gone = sorted(known - found)
    assert not new, f"{what}: {new}"
    assert not gone, f"fixed (remove them from the test's known set): {gone}"


def test_layers_are_respected():
    for imp in all_imports():
        if layer_violation(imp) and (imp.module, imp.target) not in KNOWN_VIOLATIONS:
            raise AssertionError(f"{imp.module} line {imp.line} imports {imp.target}: {layer_violation(imp)}")
    _check(layer_violations(), KNOWN_VIOLATIONS, "imports breaking a layer rule")


def test_the_store_imports_nothing_from_the_project_above_it():
    above = {(imp.module, imp.target) for imp in all_imports()
             if is_under(imp.module, STORE) and in_project(imp.target) and not is_under(imp.target, STORE)}
    assert above == set()


def test_no_project_import_inside_a_function():
    _check(inner_imports(), KNOWN_INNER_IMPORTS, "project modules imported inside a function "
           "(import them at the top of the module)")


def test_third_party_imports_inside_functions_say_why():
    silent = {(imp.module, imp.target) for imp in all_imports()
              if imp.inner and not in_project(imp.target) and not imp.commented
              and imp.module.split(".")[0] in ("pipelines", "nlp")}
    _check(silent, KNOWN_UNEXPLAINED_INNER, "third-party imports inside a function without a comment "
           "saying why (a heavy optional library on a rarely used path; else import at the top)")


def test_every_sql_write_is_in_the_store():
    _check(sql_write_modules(), KNOWN_SQL_WRITES, "SQL writes outside newswatch/store/ "
           "(write a plain function over a connection in newswatch/store/)")


# ---- the checker checks ----------------------------------------------------------------

def test_the_checker_sees_every_kind_of_import(tmp_path):
    path = tmp_path / "nlp" / "sub" / "mod.py"
    path.parent.mkdir(parents=True)
    path.write_text(
        "import json\n"
        "from newswatch import commands\n"
        "from ..classifier import labels\n"
        "def f():\n"
        "    from pipelines.store import StorePipeline  # why\n"
        "    import trafilatura\n", encoding="utf-8")
    found = imports_of(path, tmp_path)
    assert [(i.module, i.target, i.line, i.inner, i.commented) for i in found] == [
        ("nlp.sub.mod", "json", 1, False, False),
        ("nlp.sub.mod", "newswatch.commands", 2, False, False),
        ("nlp.sub.mod", "nlp.classifier.labels", 3, False, False),
        ("nlp.sub.mod", "pipelines.store", 5, True, True),
        ("nlp.sub.mod", "trafilatura", 6, True, False),
    ]
    assert [layer_violation(i) for i in found] == [
        None, "nlp/ imports from newswatch only newswatch.store", None, "nlp/ does not import pipelines/", None]
    assert layer_violation(Import("newswatch.store.findings", "nlp.linking", 1, False, False))
    assert layer_violation(Import("pipelines.store", "nlp.shingles", 1, False, False))
    assert layer_violation(Import("crawler.runner", "newswatch.publish", 1, False, False))
    assert layer_violation(Import("crawler.runner", "newswatch.store.schema", 1, False, False)) is None
    assert layer_violation(Import("newswatch.commands.enrich", "nlp.enrich", 1, False, False)) is None


def test_the_checker_sees_sql_writes(tmp_path):
    path = tmp_path / "w.py"
    path.write_text(
        'db.execute("INSERT OR IGNORE INTO t (a) VALUES (?)", [1])\n'
        'db.execute(f"UPDATE articles SET {sets} WHERE id = ?")\n'
        'db["labels"].insert({"a": 1})\n'
        'db.execute("SELECT * FROM t")\n'
        'row.update({"a": 1})\n'
        'orgs[lead].update(kind="x")\n'
        'db.execute("delete from mentions where article_id = ?")\n', encoding="utf-8")
    assert sql_writes_in(path) == [1, 2, 3, 7]
