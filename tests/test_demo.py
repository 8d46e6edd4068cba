"""The demo ships in the package: `newswatch demo` (and `python -m newswatch.demo`), its
site inside the wheel, and the installed package serving it from any directory."""
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from newswatch.demo import SITE

ROOT = Path(__file__).resolve().parents[1]
# What a wheel is built from (pyproject.toml's packages and their data).
SOURCE = ["pyproject.toml", "README.md", "datasette_metadata.json", "newswatch", "crawler", "pipelines", "nlp"]
BUILDER = {"_build.py", "_pages.py", "_articles.py"}  # the site's builder scripts stay out of the wheel


def site_files() -> set[str]:
    return {f"newswatch/demo_site/{p.relative_to(SITE).as_posix()}" for p in SITE.rglob("*")
            if p.is_file() and p.name not in BUILDER and "__pycache__" not in p.parts}


def test_the_demo_site_is_in_the_package_not_in_tests():
    assert (SITE / "index.html").is_file() and (SITE / "_truth.json").is_file()
    assert SITE.parent == ROOT / "newswatch"
    assert not (ROOT / "tests" / "site").exists()


def test_demo_has_the_same_options_as_python_m_newswatch_demo():
    outputs = [subprocess.run([sys.executable, *args, "--help"], capture_output=True, text=True, cwd=ROOT,
                              timeout=120) for args in (["-m", "newswatch", "demo"], ["-m", "newswatch.demo"])]
    for out in outputs:
        assert out.returncode == 0, out.stderr
        for option in ("--db", "--no-serve", "--no-enrich"):
            assert option in out.stdout
    assert outputs[0].stdout == outputs[1].stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built offline from a copy of the source (the repository stays clean)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in SOURCE:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(path, src / name)
    # Built offline with this environment's setuptools (no build isolation: that would
    # fetch setuptools from PyPI). A venv's own setuptools (65.5 with Python 3.11) cannot
    # read the SPDX `license = "MIT"` string (setuptools >= 77 can), which has no bearing
    # on what is packaged, so the copy says it the older way.
    pyproject = src / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    assert 'license = "MIT"' in text
    pyproject.write_text(text.replace('license = "MIT"', 'license = {text = "MIT"}'), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                          "-q", "-w", str(tmp / "dist"), str(src)], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    (built,) = (tmp / "dist").glob("newswatch-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_holds_the_demo_site_and_what_serving_needs(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = site_files()
    assert len(expected) >= 40  # pages, feeds, sitemaps, robots.txt, a PDF, _routes.json, _truth.json
    assert expected - names == set()
    assert not {n for n in names if n.startswith("newswatch/demo_site/") and n.endswith(".py")}
    # Serving an installed package needs the metadata, the templates and the plugins.
    assert "newswatch/datasette_metadata.json" in names
    assert "newswatch/templates/index.html" in names
    assert "newswatch/datasette_plugins/newswatch_datasette.py" in names
    assert "newswatch/commands/demo.py" in names


@pytest.mark.slow
def test_installed_package_runs_the_demo_from_any_directory(wheel, tmp_path):
    """`pip install` the wheel into a fresh virtualenv (its dependencies come from this
    environment's site-packages, not from the repository), then `newswatch demo` in an
    empty directory crawls the 16 articles of the shipped site and enriches them."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    target = next(venv.glob("lib/python3*/site-packages"))
    out = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
                          "--target", str(target), str(wheel)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    work = tmp_path / "elsewhere"
    work.mkdir()
    deps = [p for p in sys.path if p.endswith("site-packages")]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": ":".join(deps)}
    run = subprocess.run([str(venv / "bin" / "python"), "-c",
                          "import newswatch, sys; print(newswatch.__file__); "
                          "from newswatch.cli import main; sys.exit(main(['demo', '--no-serve']))"],
                         cwd=work, env=env, capture_output=True, text=True, timeout=900, stdin=subprocess.DEVNULL)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.splitlines()[0].startswith(str(target))  # the installed copy ran, not the repository
    assert "16 articles in data/demo.db" in run.stdout
    assert (work / "data" / "demo.db").is_file()
