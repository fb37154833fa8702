"""Benchmark section "build": what the checking hooks add to the full strict build.

`mkdocs build --strict` runs with and without scripts/hooks/translation.py and
scripts/hooks/links.py, on a copy of the real site and on a synthetic site
`--build-scale` times larger (every page and file of both languages copied into
`copy-NN/` folders; one status table, as a real site has). Each is run
`--build-repeat` times, alternating, and the medians of wall and CPU time are
reported (CPU time is steadier when the machine is busy), with the checks' own
time measured in-process from a cold start. Budget: the checks add under 10 %.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scripts.languages import LANGUAGES, REPO_ROOT, SOURCE_DIRS

CHECK_HOOKS = ("scripts/hooks/translation.py", "scripts/hooks/links.py", "scripts/hooks/anchors.py")
BUDGET = 0.10


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--build-repeat", type=int, default=3, help="build: runs per measurement (median reported)")
    parser.add_argument("--build-scale", type=int, default=20, help="build: how much larger the synthetic site is")


def _timed_build(project: Path, config: str, site: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, exit status) of one strict build."""
    from tests.support.build import build_env

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", config,
                              "-d", str(site)], cwd=project, env=build_env(), capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), process.returncode


def _config_without_checks(project: Path) -> str:
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    lines = [line for line in text.split("\n") if line.strip().removeprefix("- ") not in CHECK_HOOKS]
    (project / "mkdocs.no-checks.yml").write_text("\n".join(lines), encoding="utf-8")
    return "mkdocs.no-checks.yml"


def enlarge(project: Path, scale: int) -> None:
    """Copy every page and file of both languages into copy-01/ ... copy-(scale-1)/."""
    from scripts.translation import STATUS_MARKER

    for language in LANGUAGES:
        tree = project / SOURCE_DIRS[language]
        originals = [p for p in tree.iterdir() if p.name not in LANGUAGES and not p.name.startswith(".")]
        for number in range(1, scale):
            target = tree / f"copy-{number:02d}"
            target.mkdir()
            for path in originals:
                if path.is_dir():
                    shutil.copytree(path, target / path.name, symlinks=True)
                else:
                    shutil.copy2(path, target / path.name)
            status = target / "about-site" / "translation-status.md"
            if status.exists():
                status.write_text(status.read_text(encoding="utf-8").replace(STATUS_MARKER, ""), encoding="utf-8")


def checks_alone(project: Path) -> tuple[float, int]:
    """CPU seconds the checks take in-process from a cold start (nothing parsed yet), and the page count."""
    from scripts import links, numeric_tokens, parity, site_pages, translation

    site_pages._cache.clear()
    translation.word_count.cache_clear()
    numeric_tokens.numeric_tokens.cache_clear()
    numeric_tokens.list_markers.cache_clear()
    started = time.process_time()
    site = site_pages.load_site(project)
    states = translation.pair_states(site)
    parity.check_site(site)
    translation.freshness_findings(states, site)
    links.check_site(site)
    return time.process_time() - started, sum(len(pages) for pages in site.pages.values())


# Runs in a fresh interpreter: one strict build with the CPU time of every event of the two
# hooks added up (thread time: only their own work), and the import of their modules.
_IN_BUILD = r"""
import json, os, sys, time, logging
os.environ["NO_MKDOCS_2_WARNING"] = "1"
sys.path.insert(0, os.getcwd())
from mkdocs.commands.build import build
from mkdocs.config import load_config
started = time.thread_time()
import scripts.parity, scripts.translation, scripts.links, scripts.anchors, scripts.findings, scripts.site_pages
imports = time.thread_time() - started
logging.getLogger("mkdocs").setLevel(logging.ERROR)
config = load_config("mkdocs.yml", site_dir=sys.argv[1])
spent = [0.0]
def timed(method):
    def run(*args, **kwargs):
        start = time.thread_time()
        try:
            return method(*args, **kwargs)
        finally:
            spent[0] += time.thread_time() - start
    return run
for event, methods in list(config.plugins.events.items()):
    config.plugins.events[event] = [timed(m) if getattr(m, "__module__", "") in HOOKS else m for m in methods]
started = time.process_time()
try:
    build(config)
except Exception:
    pass  # a strict build that fails on content problems was still timed in full
print(json.dumps({"hooks_s": spent[0], "imports_s": imports, "build_s": time.process_time() - started}))
"""


def in_build(project: Path, site: Path) -> dict:
    """CPU seconds the two hooks spend inside one real build (their events, their imports)."""
    import json

    from tests.support.build import build_env

    code = _IN_BUILD.replace("HOOKS", repr(tuple(CHECK_HOOKS)))
    process = subprocess.run([sys.executable, "-c", code, str(site)], cwd=project, env=build_env(),
                             capture_output=True, text=True, check=True)
    return json.loads(process.stdout.strip().split("\n")[-1])


def measure(project: Path, repeat: int, work: Path) -> dict:
    without = _config_without_checks(project)
    runs: dict[str, list[tuple[float, float]]] = {"with": [], "without": []}
    statuses = {}
    for index in range(repeat):  # alternate, so that a change of load hits both alike
        for kind, config in (("with", "mkdocs.yml"), ("without", without)):
            wall, cpu, status = _timed_build(project, config, work / f"{kind}-{index}")
            runs[kind].append((wall, cpu))
            statuses[kind] = max(statuses.get(kind, 0), status)
    figures = {kind: {"wall_s": statistics.median(w for w, _ in values), "cpu_s": statistics.median(c for _, c in values)}
               for kind, values in runs.items()}
    alone, pages = checks_alone(project)
    inside = sorted((in_build(project, work / f"in-build-{index}") for index in range(repeat)),
                    key=lambda f: f["hooks_s"])[repeat // 2]
    hooks = inside["hooks_s"] + inside["imports_s"]
    figures.update(
        pages=pages, checks_alone_s=alone, exit_status=statuses, in_build=inside,
        hooks_share=hooks / figures["without"]["cpu_s"],
        added_wall=figures["with"]["wall_s"] / figures["without"]["wall_s"] - 1,
        added_cpu=figures["with"]["cpu_s"] / figures["without"]["cpu_s"] - 1,
        checks_share_of_cpu=alone / figures["without"]["cpu_s"],
    )
    return figures


def format_figures(label: str, f: dict) -> list[str]:
    note = ""
    if any(f["exit_status"].values()):
        note = " (the strict build failed on content problems; it was timed all the same)"
    inside = f["in_build"]
    return [
        f"  {label}, {f['pages']} pages{note}:",
        f"    full build, median: with the hooks {f['with']['wall_s']:.2f} s wall / {f['with']['cpu_s']:.2f} s CPU, "
        f"without {f['without']['wall_s']:.2f} s / {f['without']['cpu_s']:.2f} s: "
        f"{f['added_wall']:+.1%} wall, {f['added_cpu']:+.1%} CPU",
        f"    the hooks' own CPU inside a build: {inside['hooks_s']:.2f} s in their events + {inside['imports_s']:.2f} s "
        f"importing = {f['hooks_share']:.1%} of the build without them; the checks alone, cold: "
        f"{f['checks_alone_s']:.2f} s",
    ]


def run(repeat: int, scale: int) -> dict:
    from tests.support.build import _commit_as_git_repository, copy_project

    results = {}
    with tempfile.TemporaryDirectory(prefix="benchmark-build-") as tmp:
        tmp = Path(tmp)
        real = copy_project(tmp / "real")
        results["real"] = measure(real, repeat, tmp / "sites-real")
        synthetic = tmp / "synthetic"
        shutil.copytree(real, synthetic, symlinks=True, ignore=shutil.ignore_patterns(".git", "mkdocs.no-checks.yml"))
        enlarge(synthetic, scale)
        _commit_as_git_repository(synthetic)  # "last updated" dates come from git
        results["synthetic"] = measure(synthetic, repeat, tmp / "sites-synthetic")
    results["scale"] = scale
    results["largest_share"] = max(results[k]["hooks_share"] for k in ("real", "synthetic"))
    results["budget_met"] = results["largest_share"] < BUDGET
    return results


def format_report(results: dict, repeat: int) -> str:
    lines = [f"`mkdocs build --strict`, median of {repeat} run(s) each, with and without {' and '.join(CHECK_HOOKS)}"]
    lines += format_figures("real site", results["real"])
    lines += format_figures(f"synthetic site ({results['scale']}x)", results["synthetic"])
    lines.append(f"  budget: the hooks add under {BUDGET:.0%} (their own CPU in the build): "
                 f"{'met' if results['budget_met'] else 'NOT met'}, largest {results['largest_share']:.1%}. "
                 f"The difference of whole-build medians also carries this machine's run-to-run noise.")
    return "\n".join(lines)


def main(args: argparse.Namespace | list[str] | None = None) -> int:
    """`scripts/benchmark.py build [--build-repeat N] [--build-scale N]`; exit status 1 if over budget."""
    if not isinstance(args, argparse.Namespace):
        parser = argparse.ArgumentParser(prog="scripts/benchmark.py build", description=__doc__.split("\n\n")[0])
        add_arguments(parser)
        args = parser.parse_args(args)
    results = run(args.build_repeat, args.build_scale)
    print(format_report(results, args.build_repeat), flush=True)
    if isinstance(getattr(args, "results", None), dict):
        args.results["build"] = results
    return 0 if results["budget_met"] else 1


if __name__ == "__main__":
    sys.path.insert(0, str(REPO_ROOT))
    sys.exit(main())
