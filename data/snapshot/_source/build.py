"""Rebuild the bundled snapshot (data/snapshot/<host>/) from the stories in this folder.

Run from the repository root: .venv/bin/python data/snapshot/_source/build.py
The snapshot is committed; rebuild only after editing a story or a template.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_sitevision  # noqa: E402
from build_wordpress import WordPressSite, write_tree  # noqa: E402
from stories_sitevision import VASTKOM  # noqa: E402
from stories_wordpress import INKOPSRADET, UPPHANDLING24  # noqa: E402

SNAPSHOT = HERE.parent
PDF = HERE / "pressmeddelande.pdf"


def main() -> None:
    inkopsradet = WordPressSite(
        "https://www.inkopsradet.se", "Inköpsrådet",
        {"ramavtal": "Ramavtal", "processregler": "Processregler",
         "it-upphandling": "IT-upphandling", "upphandlingsskadeavgift": "Upphandlingsskadeavgift"},
        INKOPSRADET, ("https://upphandling24.se", "Upphandling24"))
    upphandling24 = WordPressSite(
        "https://upphandling24.se", "Upphandling24",
        {"bygg": "Bygg och anläggning", "it": "IT", "vard": "Vård och omsorg"},
        UPPHANDLING24, ("https://www.inkopsradet.se", "Inköpsrådet"))
    for host, files in (("www.inkopsradet.se", inkopsradet.files()),
                        ("upphandling24.se", upphandling24.files()),
                        ("www.vastkom.se", build_sitevision.files(VASTKOM))):
        shutil.rmtree(SNAPSHOT / host, ignore_errors=True)
        write_tree(SNAPSHOT / host, files)
    for story in VASTKOM:
        if story.get("attachment"):
            file_id, stamp, name = story["attachment"]
            target = SNAPSHOT / "www.vastkom.se" / "download" / file_id / stamp / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(PDF, target)


if __name__ == "__main__":
    main()
