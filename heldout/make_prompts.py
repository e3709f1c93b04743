"""Make the kit for a new held-out split: python heldout/make_prompts.py N [KIT]  (KIT defaults to /tmp/sN).

Counts how often the golds (dev and test) use each fact of shared/corpus-facts.md, hands the less-used facts out to
four annotators round-robin, names the others as over-used, and writes KIT/brief.md, KIT/prompt_h1..4.md and the
validator beside them. Prints the message to launch each annotator with.

The facts the last split (`*-s{N-1}-*`, in dev once moved there, or still in test when two splits are held out at
once) built on count as over-used, and the titles of its illustrative items are named as themes to leave alone: a new
split that retells the last one's facts and themes measures the rules written from that split's errors more than
unseen news would.
"""

import collections
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "kg" / "data" / "corpus"
MIX = {1: "7 Russian, 3 English, 1 Kazakh", 2: "7 Russian, 4 English", 3: "7 Russian, 3 English, 1 Kazakh",
       4: "7 Russian, 4 English"}
PROMPT = """# Prompt for annotator h{h} (held-out split {split})

Build your fact-based items on facts such as {mine} (not {over}, which are over-used).
Write your illustrative items on other events than these, which the last split told: {themes}.

1. Read `{kit}/brief.md` and follow it exactly. It says which files you may open.
2. Write 11 items ({mix}) into `/work/main/kg/data/corpus/test/`, each with its gold file. Put your tag
   in every file name right after `s{split}-`: `LANG-s{split}-h{h}-OUTLET-SLUG-YEAR.txt` (so `ru-s{split}-h{h}-kabar-…-2024.txt`).
   Touch no file in that folder without your tag.
3. About four of the eleven are illustrative; at least two are saved web pages (`.html`); at least one is a hard
   negative; at least one retells several dated facts (a digest, a chronicle, an interview, a bulletin).
4. Run the validator on every gold file until each says `ok`.
5. Reply with the summary the brief asks for.
"""
LAUNCH = ("You are annotator h{h} writing corpus documents for a held-out test split. Your full instructions are in "
          "the file {kit}/prompt_h{h}.md: read that one file (it points you to the brief {kit}/brief.md, which says "
          "exactly which other files you may open) and follow it exactly. Write your files into "
          "/work/main/kg/data/corpus/test/ as it says. When done, reply with the summary it asks for.")


def golds(pattern: str) -> list[Path]:
    """The gold files of dev and test (a split still held out counts as used too) whose names match `pattern`."""
    return sorted(path for folder in ("dev", "test") for path in (CORPUS / folder).glob(pattern))


def fact_counts() -> collections.Counter:
    counts = collections.Counter()
    for path in golds("*.gold.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for annotation in gold.get("lines", [gold]):
            counts.update(annotation.get("facts", []))
    return counts


def last_split(split: str) -> tuple[set[str], list[str]]:
    """The facts the split before `split` built on, and the titles of its illustrative items."""
    facts, themes = set(), []
    for path in golds(f"*-s{int(split) - 1}-*.gold.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for annotation in gold.get("lines", [gold]):
            facts.update(annotation.get("facts", []))
            if annotation.get("illustrative") and annotation.get("title"):
                themes.append(f"«{annotation['title']}»")
    return facts, themes


def main(argv: list[str]) -> int:
    split = argv[0]
    kit = Path(argv[1] if len(argv) > 1 else f"/tmp/s{split}")
    kit.mkdir(parents=True, exist_ok=True)
    counts = fact_counts()
    recent, themes = last_split(split)
    ranked = sorted(counts, key=lambda f: (f in recent, counts[f], f))
    fresh = [f for f in ranked if f not in recent]
    under = fresh[: len(ranked) // 2]
    over = [f for f in ranked if f not in under]
    brief = (HERE / "brief.template.md").read_text(encoding="utf-8")
    (kit / "brief.md").write_text(brief.replace("{split}", split).replace("{kit}", str(kit)), encoding="utf-8")
    for name in ("validate.py", "match.py", "clus.py"):
        shutil.copy(HERE / name, kit / name)
    for h in range(1, 5):
        text = PROMPT.format(h=h, split=split, kit=kit, mix=MIX[h], mine=", ".join(under[h - 1::4]),
                             over=", ".join(sorted(over, key=lambda f: -counts[f])),
                             themes="; ".join(themes) or "none")
        (kit / f"prompt_h{h}.md").write_text(text, encoding="utf-8")
        print(LAUNCH.format(h=h, kit=kit))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
