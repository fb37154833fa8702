"""A small page pair to break, for the tests of the translation and link checks.

The real pages change while writers work, so the check tests add pages of
their own to a copy of the project: `docs/checks-fixture/<name>.md` and
`docs_lt/checks-fixture/<name>.md`, made from a clean template that uses every
construct the checks know (headings with IDs, figures written the two
languages' ways, an ordered list, links and anchors, a cross-language address,
an image, a download, a video, an admonition, tabs, a footnote). A test writes
one broken variant per problem, builds the real site once and reads the
`file:line: message` lines of each variant.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.build import REPO_ROOT, BuildResult, build, copy_project

FOLDER = "checks-fixture"
OUR_LINE = re.compile(r"^(?P<level>WARNING|INFO)\s+-\s+(?P<path>docs(?:_lt)?/[^\s:]+):(?P<line>\d+): (?P<message>.+)$",
                      re.MULTILINE)

TEMPLATE_LV = """---
description: Pārbaužu paraugs.
---

# Paraugs

Projekta OCTOPUS (LLI-425) budžets bija 705 573,37 EUR. Darbs sākās 18.06.2020 un
beidzās 2022. gada 24. novembrī; programma bija paredzēta 2014.–2020. gadam.
Piedalījās 77 dalībnieki, 85 % no viņiem bija seniori.[^1]

## Pirmā sadaļa {#first}

1. Vispirms izlasiet [mērķi](other.md#target).
2. Pēc tam pārbaudiet veidlapu SGL-3 un lēmumu Nr. 385.
3. Likumu atradīsiet [likumi.lv](https://likumi.lv/ta/id/68488).

![Logotips](../assets/fixture.svg)

!!! tip "Ieteikums"
    Sāciet laikus, vēlams no 9.00 līdz 17.30.

::video z7q120r58Us "Senioru pasākums"

Video rāda senioru pasākumu.

### Pasākumi 2021. gadā {#events-2021}

=== "Latvijā"

    Notika 3 pasākumi.

=== "Lietuvā"

    Notika 2 pasākumi.

## Otrā sadaļa {#second}

Atgriezieties [sākumā](#first) vai lasiet [lietuviski](../../lt/checks-fixture/other/#target).
Paraugs: [teksts](../assets/fixture.txt).

[^1]: Dati no 2022. gada prezentācijas.
"""

TEMPLATE_LT = """---
description: Patikrų pavyzdys.
---

# Pavyzdys

Projekto OCTOPUS (LLI-425) biudžetas buvo 705573,37 EUR. Darbas pradėtas 2020-06-18 ir
baigtas 2022 m. lapkričio 24 d.; programa buvo skirta 2014–2020 m. Dalyvavo 77
dalyviai, 85 proc. jų buvo senjorai.[^1]

## Pirmas skyrius {#first}

1. Pirmiausia perskaitykite [tikslą](other.md#target).
2. Tada patikrinkite formą SGL-3 ir sprendimą Nr. 385.
3. Įstatymą rasite [e-tar.lt](https://www.e-tar.lt/).

![Logotipas](../assets/fixture.svg)

!!! tip "Rekomendacija"
    Pradėkite laiku, geriausia nuo 9:00 iki 17:30.

::video z7q120r58Us "Senjorų renginys"

Vaizdo įraše rodomas senjorų renginys.

### Renginiai 2021 m. {#events-2021}

=== "Latvijoje"

    Įvyko 3 renginiai.

=== "Lietuvoje"

    Įvyko 2 renginiai.

## Antras skyrius {#second}

Grįžkite [į pradžią](#first) arba skaitykite [latviškai](../../../checks-fixture/other/#target).
Pavyzdys: [tekstas](../assets/fixture.txt).

[^1]: 2022 m. pristatymo duomenys.
"""

OTHER_LV = """---
description: Otrā pārbaužu lapa.
---

# Otrā lapa

## Mērķis {#target}

Teksts.

## Cits mērķis {#other-target}

Teksts.
"""

OTHER_LT = """---
description: Antras patikrų puslapis.
---

# Antras puslapis

## Tikslas {#target}

Tekstas.

## Kitas tikslas {#other-target}

Tekstas.
"""


def make_project(directory: Path) -> Path:
    """A copy of the project with the fixture's shared pages and files in both languages."""
    project = copy_project(directory)
    for tree, other in (("docs", OTHER_LV), ("docs_lt", OTHER_LT)):
        (project / tree / FOLDER).mkdir(parents=True, exist_ok=True)
        (project / tree / FOLDER / "other.md").write_text(other, encoding="utf-8")
        (project / tree / "assets").mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO_ROOT / "docs" / "assets" / "favicon.svg", project / tree / "assets" / "fixture.svg")
        (project / tree / "assets" / "fixture.txt").write_text("paraugs\n", encoding="utf-8")
    return project


def write_pair(project: Path, name: str, lv: str | None, lt: str | None) -> None:
    for tree, text in (("docs", lv), ("docs_lt", lt)):
        if text is not None:
            (project / tree / FOLDER / f"{name}.md").write_text(text, encoding="utf-8")


def translation_cli(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "scripts/translation.py", *args], cwd=project,
                          capture_output=True, text=True)


def mark_fixture(project: Path) -> None:
    """Mark every fixture page pair as in step (as the lead does once a translation is checked)."""
    for path in sorted((project / "docs_lt" / FOLDER).glob("*.md")):
        if (project / "docs" / FOLDER / path.name).exists():
            result = translation_cli(project, "mark", f"docs_lt/{FOLDER}/{path.name}")
            assert result.returncode == 0, result.stderr


def our_lines(result: BuildResult, prefix: str = "") -> list[tuple[str, str, int, str]]:
    """(level, path, line, message) of every `file:line: message` line the checks logged."""
    return [(m["level"], m["path"], int(m["line"]), m["message"]) for m in OUR_LINE.finditer(result.output)
            if m["path"].startswith(prefix) or m["path"].startswith(prefix.replace("docs/", "docs_lt/", 1))]


def messages_for(result: BuildResult, name: str) -> set[str]:
    """The `path:line: message` lines (with their level) about one fixture pair."""
    found = set()
    for level, path, line, message in our_lines(result):
        if path in (f"docs/{FOLDER}/{name}.md", f"docs_lt/{FOLDER}/{name}.md"):
            found.add(f"{level} {path}:{line}: {message}")
    return found


def line_of(project: Path, path: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the `occurrence`-th line containing `needle` in a project file."""
    count = 0
    for number, line in enumerate((project / path).read_text(encoding="utf-8").split("\n"), start=1):
        if needle in line:
            count += 1
            if count == occurrence:
                return number
    raise AssertionError(f"{needle!r} not in {path}")


def build_project(project: Path, site: Path, strict: bool = True) -> BuildResult:
    return build(project, site, strict=strict)
