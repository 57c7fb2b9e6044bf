#!/usr/bin/env python3
"""The journey templates of File → New from Template…, in every language.

  make-templates.py [ID ...]    writes templates/<id>/<lang>.waymark.json for every template (or those named)
  make-templates.py --check     fails when a written file is not what its source makes

Each template's text lives in one readable file, source/<id>.py, every string side by side in
English, Russian, Ukrainian, Serbian (Cyrillic) and Korean; Serbian Latin is transliterated
from the Cyrillic. The retail-banking template is cut down from the bundled sample workshop
and its reviewed translations (source/retail-bank.py picks the cards). Ids are derived from
the template and position, so every language of a template shares them; Waymark gives a
journey made from a template fresh ids anyway.
"""
import json
import sys
import uuid
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parents[1] / "translations"))
from serbianlatin import serbian_latin  # noqa: E402  (shared with translations/translate.py)

WRITTEN = ["en", "ru", "uk", "sr", "ko"]          # languages written by hand in source/*.py
LANGUAGES = ["en", "ru", "uk", "sr", "sr_Latn", "ko"]
TEMPLATES = ["retail-bank", "mobile-telecom", "insurance-claim", "ecommerce-order", "public-service", "b2b-onboarding"]
# Money is written in euros and shown in the currency a team in that language would use,
# rounded to two significant digits (a plausible local price, not an exchange-rate exercise).
CURRENCY = {"en": ("EUR", 1), "ru": ("RUB", 100), "uk": ("UAH", 45), "sr": ("RSD", 117), "sr_Latn": ("RSD", 117),
            "ko": ("KRW", 1450)}
NAMESPACE = uuid.UUID("5b0d6a4e-7a52-4c1e-9a43-1f8b0c2f6e19")

# The customer-side lanes every template has, named as the sample workshop names them.
CUSTOMER_LANES = [
    ("actions", "customer-actions", {"en": "Customer actions", "ru": "Действия клиента", "uk": "Дії клієнта",
                                     "sr": "Радње корисника", "ko": "고객 행동"}),
    ("touchpoints", "touchpoints", {"en": "Touchpoints", "ru": "Точки контакта", "uk": "Точки контакту",
                                    "sr": "Додирне тачке", "ko": "터치포인트"}),
    ("emotion", "emotion", {"en": "Emotion", "ru": "Эмоции", "uk": "Емоції", "sr": "Емоције", "ko": "감정"}),
    ("pain", "pain-points", {"en": "Pain points", "ru": "Болевые точки", "uk": "Больові точки", "sr": "Болне тачке",
                             "ko": "페인 포인트"}),
]


def text(value, language):
    """`value` is {"en": …, "ru": …} or a (title, description) pair per language."""
    if language == "sr_Latn":
        written = value["sr"]
        return tuple(serbian_latin(part) for part in written) if isinstance(written, tuple) else serbian_latin(written)
    return value[language]


def local_money(euros, language):
    code, rate = CURRENCY[language]
    amount = euros * rate
    if amount == 0:
        return code, 0
    if code == "EUR":
        return code, round(amount, 2)
    digits = len(str(int(amount))) - 2
    return code, int(round(amount, -digits)) if digits > 0 else round(amount)


def ident(template, *parts):
    return str(uuid.uuid5(NAMESPACE, "/".join([template, *map(str, parts)])))


def check_source(name, source):
    """Every string written in every hand-written language: a gap is an error, not English."""
    def walk(value, where):
        if isinstance(value, dict) and set(value) & set(WRITTEN):
            missing = [language for language in WRITTEN if not value.get(language)]
            if missing:
                sys.exit(f"source/{name}.py: {where} has no {', '.join(missing)} text")
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{where}/{key}")
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                walk(item, f"{where}/{index}")
    walk(source, "")


def build(name, source, language):
    currency = CURRENCY[language][0]
    departments = [{"id": ident(name, "department", key), "name": text(names, language), "colour": colour}
                   for key, colour, names in source["departments"]]
    lanes = [{"id": ident(name, "lane", key), "name": text(names, language), "kind": kind, "zone": "customer"}
             for key, kind, names in CUSTOMER_LANES]
    for key, zone, department, names in source["lanes"]:
        lanes.append({"id": ident(name, "lane", key), "name": text(names, language), "kind": "department",
                      "zone": zone, "department": ident(name, "department", department)})
    lane_ids = {lane["id"] for lane in lanes}
    stages = []
    for stage_index, stage in enumerate(source["stages"]):
        stage_name, stage_description = text(stage["text"], language)
        cards = []
        for card_index, card in enumerate(stage["cards"]):
            title, description = text(card["text"], language)
            code, amount = local_money(card.get("money", 0), language)
            lane = ident(name, "lane", card["lane"])
            assert lane in lane_ids, f"{name}: unknown lane {card['lane']}"
            cards.append({
                "id": ident(name, "card", stage_index, card_index), "lane": lane,
                "title": title, "description": description, "channel": card["channel"],
                "department": ident(name, "department", card["department"]) if card.get("department") else None,
                "effort": {"minutes": card.get("minutes", 0), "money": {"amount": amount, "currency": code},
                           "emotion": card.get("emotion", 0)},
                "painPoint": card.get("pain", False), "momentOfTruth": card.get("truth", False),
                "dataKey": "", "notes": "",
            })
        stages.append({"id": ident(name, "stage", stage_index), "name": stage_name,
                       "description": stage_description, "touchpoints": cards})
    return {
        "format": "waymark-journey", "version": 3, "generator": "Waymark templates",
        "id": ident(name, "journey"), "title": text(source["title"], language),
        "description": text(source["description"], language), "currency": currency,
        "personas": [], "departments": departments, "lanes": lanes, "stages": stages,
        "connections": [], "opportunities": [], "scenarios": [],
        "settings": weights(language),
    }


def weights(language):
    """The weighted-cost heatmap's money values (Waymark's defaults: 20 EUR an hour, 5 EUR a
    point of emotion) in the template's currency, so its ranking means the same everywhere."""
    if CURRENCY[language][0] == "EUR":
        return {}
    return {"heatmap/hourValue": str(local_money(20, language)[1]),
            "heatmap/emotionPointValue": str(local_money(5, language)[1])}


def card(lane, channel, text, department=None, minutes=0, money=0, emotion=0, pain=False, truth=False):
    """One card of source/*.py: `text` is {"en": (title, description), "ru": …}; money in euros."""
    return {"lane": lane, "channel": channel, "text": text, "department": department, "minutes": minutes,
            "money": money, "emotion": emotion, "pain": pain, "truth": truth}


def stage(text, cards):
    """One stage of source/*.py: `text` is {"en": (name, description), "ru": …}."""
    return {"text": text, "cards": cards}


def load(name):
    namespace = {"__file__": str(here / "source" / f"{name}.py"), "local_money": local_money, "CURRENCY": CURRENCY,
                 "card": card, "stage": stage}
    exec((here / "source" / f"{name}.py").read_text(encoding="utf-8"), namespace)
    return namespace["TEMPLATE"]


def main():
    # --check: write nothing, fail when a JSON file differs from what its source makes (a hand
    # edit of the JSON, or a source changed without running this script). CTest runs it.
    check = "--check" in sys.argv
    stale = []
    for name in [arg for arg in sys.argv[1:] if arg != "--check"] or TEMPLATES:
        source = load(name)
        check_source(name, source)
        folder = here / name
        if not check:
            folder.mkdir(exist_ok=True)
        for language in LANGUAGES:
            journey = source["build"](language) if "build" in source else build(name, source, language)
            path = folder / f"{language}.waymark.json"
            text = json.dumps(journey, ensure_ascii=False, indent=2) + "\n"
            if check:
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    stale.append(str(path.relative_to(here)))
            else:
                path.write_text(text, encoding="utf-8")
        if not check:
            print(f"{name}: {len(LANGUAGES)} languages")
    if stale:
        sys.exit("Not what source/*.py makes (run resources/templates/make-templates.py): " + ", ".join(stale))


if __name__ == "__main__":
    main()
