#!/usr/bin/env python3
"""Fills translations into the .ts files from a small table, for strings added since the last pass.

  lupdate -recursive model ui app -locations none -ts translations/waymark_{ru,uk,sr,sr_Latn,ko}.ts
  translations/translate.py NEW.tsv

NEW.tsv: one line per message and language, LANG<TAB>CONTEXT<TAB>SOURCE<TAB>TRANSLATION, where a
newline is written \\n and plural forms are separated by " ||| " (ru, uk, sr: one, few, many; ko: one).
A Serbian (sr) line also fills sr_Latn by transliteration unless the table has its own sr_Latn line.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from serbianlatin import serbian_latin

here = Path(__file__).resolve().parent
def unescape(text):
    return text.replace("\\n", "\n")


def main():
    table = {}  # language -> {(context, source): translation}
    for number, line in enumerate(Path(sys.argv[1]).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            sys.exit(f"{sys.argv[1]}:{number}: expected LANG, CONTEXT, SOURCE and TRANSLATION separated by tabs")
        language, context, source, translation = fields
        table.setdefault(language, {})[(context, unescape(source))] = unescape(translation)
    for key, text in table.get("sr", {}).items():
        table.setdefault("sr_Latn", {}).setdefault(key, serbian_latin(text))

    for language, messages in table.items():
        path = here / f"waymark_{language}.ts"
        tree = ET.parse(path)
        filled = set()
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                key = (name, message.findtext("source"))
                if key not in messages:
                    continue
                translation = message.find("translation")
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    translation.text = None
                    for form in messages[key].split(" ||| "):
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = messages[key]
                translation.attrib.pop("type", None)
                filled.add(key)
        for context, source in sorted(set(messages) - filled):
            print(f"waymark_{language}.ts: no message [{context}] {source!r} (run lupdate first?)", file=sys.stderr)
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
        print(f"waymark_{language}.ts: {len(filled)} filled")


main()
