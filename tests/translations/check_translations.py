#!/usr/bin/env python3
"""Checks the shipped translations (translations/*.ts) against the sources.

Fails when
  - a source string is missing from a .ts (lupdate on a copy adds it),
  - a .ts has unfinished, vanished or obsolete entries,
  - a translation drops or adds a placeholder (%1…%9, %n, %Ln, %L1…) or the accelerator (&).
Usage: check_translations.py LUPDATE SOURCE_DIR
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

lupdate, source = sys.argv[1], Path(sys.argv[2])
languages = ["en", "ru", "uk", "sr", "sr_Latn", "ko"]
placeholder = re.compile(r"%L?\d|%L?n")
problems = []


def placeholders(text):
    return sorted(set(placeholder.findall(text or "")))


def accelerators(text):
    return len(re.findall(r"&(?!&)\S", (text or "").replace("&&", "")))


for language in languages:
    shipped = source / "translations" / f"waymark_{language}.ts"
    if not shipped.exists():
        problems.append(f"{shipped.name}: missing")
        continue
    # 1. What lupdate would add or retire, on a copy.
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / shipped.name
        shutil.copy(shipped, copy)
        extra = ["-pluralonly"] if language == "en" else []
        subprocess.run([lupdate, "-recursive", "model", "ui", "app", "-locations", "none", "-ts", str(copy), *extra],
                       cwd=source, check=True, capture_output=True)
        updated = ET.parse(copy).getroot()
    for context in updated.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            kind = message.find("translation").get("type")
            text = message.findtext("source")
            if kind == "unfinished":
                problems.append(f"{shipped.name}: [{name}] not translated: {text!r}")
            elif kind in ("vanished", "obsolete"):
                problems.append(f"{shipped.name}: [{name}] no longer in the sources: {text!r}")
    # 2. The translations themselves.
    for context in ET.parse(shipped).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            text = message.findtext("source")
            translation = message.find("translation")
            forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
            for form in forms:
                if not form:
                    continue
                wanted = placeholders(text)
                got = placeholders(form)
                if message.get("numerus") == "yes":  # a singular form may say "one" instead of %n
                    wanted = [p for p in wanted if p not in ("%n", "%Ln")]
                    got = [p for p in got if p not in ("%n", "%Ln")]
                if wanted != got:
                    problems.append(f"{shipped.name}: [{name}] placeholders {got} in {form!r}, source has {wanted}")
                if accelerators(text) != accelerators(form) and language != "en":
                    problems.append(f"{shipped.name}: [{name}] accelerator (&) differs in {form!r} for {text!r}")

for problem in problems:
    print(problem)
print(f"check_translations: {len(problems)} problem(s) in {len(languages)} files")
sys.exit(1 if problems else 0)
