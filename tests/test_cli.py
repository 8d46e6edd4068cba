"""The `newswatch` command dispatcher (newswatch/cli.py) and the rules of the application
layer: commands parse arguments, call one orchestration or library function and print;
no command imports another; imports sit at the top of modules."""
import ast
import subprocess
import sys
from pathlib import Path

from newswatch.cli import COMMANDS, build_parser

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "newswatch"
# The application's own modules (store/ is the bottom layer; clusters, registers and
# entity_links are checked by tests/test_layers.py).
APP_MODULES = sorted([APP / "cli.py", APP / "orchestrate.py", APP / "cron.py", APP / "follower.py",
                      APP / "reporting.py",
                      APP / "demo.py", APP / "sitesrv.py", *(APP / "commands").glob("*.py"),
                      *(APP / "publish").glob("*.py"), *(APP / "datasette_plugins").glob("*.py")])
HEAVY = ("spacy", "sklearn", "scrapy", "datasette", "twisted")
# Shared argument helpers: not a command.
SHARED_COMMAND_MODULES = {"options", "__init__"}


def imported_modules(cmd: list[str]) -> set[str]:
    """The modules a `python -m newswatch ...` process has imported when it exits."""
    code = ("import sys\nfrom newswatch.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print('MODULES', ' '.join(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True, cwd=ROOT, timeout=120)
    (line,) = [line for line in out.stdout.splitlines() if line.startswith("MODULES ")]
    return set(line.split()[1:])


def test_help_lists_every_command_and_imports_none_of_them():
    out = subprocess.run([sys.executable, "-m", "newswatch", "--help"], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0
    for name in COMMANDS:
        assert name in out.stdout
    modules = imported_modules(["--help"])
    assert "newswatch.cli" in modules
    assert not {m for m in modules if m.startswith("newswatch.commands.")}
    assert not {m for m in modules if m.split(".")[0] in HEAVY}


def test_a_command_imports_its_own_module_only():
    modules = imported_modules(["label", "--help"])
    commands = {m.rsplit(".", 1)[1] for m in modules if m.startswith("newswatch.commands.")}
    assert commands == {"label"}


def test_every_command_parses_its_arguments():
    parser = build_parser()
    args = parser.parse_args(["demo", "--no-serve"])
    assert args.command == "demo" and args.no_serve and args.db.endswith("demo.db")
    assert parser.parse_args(["run", "--sources", "s.toml", "--db", "x.db"]).lock_file is None
    for name in COMMANDS:
        assert build_parser([name])._subparsers._group_actions[0].choices[name].get_default("_module")


def _imports(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node, [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            yield node, [a.name for a in node.names]


def test_no_command_imports_another_command():
    for path in (APP / "commands").glob("*.py"):
        for _, names in _imports(path):
            for name in names:
                parts = name.split(".")
                if parts[:2] == ["newswatch", "commands"] and len(parts) > 2:
                    assert parts[2] in SHARED_COMMAND_MODULES | {path.stem}, f"{path.name} imports {name}"


def test_application_modules_import_at_the_top():
    """No import inside a function in the application's modules (cli.py imports the
    chosen command's module with importlib, which is the one lazy import, on purpose)."""
    found = []
    for path in APP_MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                found += [f"{path.relative_to(ROOT)}:{n.lineno}" for n in ast.walk(fn)
                          if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert found == []


def test_no_application_module_is_over_400_lines():
    long = {str(p.relative_to(ROOT)): n for p in APP_MODULES if (n := len(p.read_text().splitlines())) > 400}
    assert long == {}


def test_the_crawl_command_imports_neither_spacy_nor_scikit_learn_nor_datasette():
    """The crawl process stays small and starts at once: the enrich follower
    (nlp/follow.py, a process of its own) loads the pipeline and the classifier, and
    only `run` (newswatch/cron.py) refreshes the publication."""
    modules = imported_modules(["crawl", "--help"])
    assert "newswatch.orchestrate" in modules
    assert not {m for m in modules if m.split(".")[0] in ("spacy", "thinc", "sklearn", "datasette")}
