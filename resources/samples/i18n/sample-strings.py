#!/usr/bin/env python3
"""The sample workshop in other languages.

  sample-strings.py extract            writes i18n/sample-strings.en.tsv (JSON pointer <TAB> English text)
  sample-strings.py build LANG ...     writes i18n/retail-bank-account.LANG.waymark.json from
                                       i18n/sample-strings.LANG.tsv (same pointers, translated text)
  sample-strings.py build sr_Latn      transliterates sample-strings.sr.tsv (Serbian Cyrillic) to Latin
Only the words change: ids, effort, data keys (they match the survey files) and layout stay.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "translations"))
from serbianlatin import serbian_latin  # noqa: E402  (shared with translations/translate.py)

here = Path(__file__).resolve().parent
english = here.parent / "retail-bank-account.waymark.json"
TEXT_KEYS = {"title", "description", "name", "goals", "frustrations", "notes", "label", "evidence", "limitations", "nps/benchmarkName"}


def texts(node, pointer=""):
    if isinstance(node, dict):
        for key, value in node.items():
            # A card's "evidence" is a level ("research"), not words: only an opportunity's is text.
            card_level = key == "evidence" and "/touchpoints/" in pointer
            if key in TEXT_KEYS and isinstance(value, str) and value and not card_level:
                yield f"{pointer}/{escape_key(key)}", value
            else:
                yield from texts(value, f"{pointer}/{escape_key(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from texts(value, f"{pointer}/{index}")


def escape_key(key):
    return key.replace("~", "~0").replace("/", "~1")


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def put(root, pointer, value):
    parts = [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]
    node = root
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    node[parts[-1]] = value


def main():
    journey = json.loads(english.read_text(encoding="utf-8"))
    if sys.argv[1] == "extract":
        with open(here / "sample-strings.en.tsv", "w", encoding="utf-8") as out:
            for pointer, text in texts(journey):
                out.write(f"{pointer}\t{escape(text)}\n")
        return
    wanted = dict(texts(journey))
    for language in sys.argv[2:]:
        translated = json.loads(english.read_text(encoding="utf-8"))
        seen = set()
        source = "sr" if language == "sr_Latn" else language
        for number, line in enumerate((here / f"sample-strings.{source}.tsv").read_text(encoding="utf-8").splitlines(), 1):
            pointer, _, text = line.partition("\t")
            if language == "sr_Latn":
                text = serbian_latin(text)
            if pointer not in wanted:
                sys.exit(f"sample-strings.{language}.tsv:{number}: {pointer} is not a text of the sample")
            put(translated, pointer, unescape(text))
            seen.add(pointer)
        missing = sorted(set(wanted) - seen)
        if missing:
            sys.exit(f"sample-strings.{language}.tsv: not translated: {', '.join(missing[:5])} …")
        (here / f"retail-bank-account.{language}.waymark.json").write_text(
            json.dumps(translated, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


main()
