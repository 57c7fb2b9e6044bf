# Retail banking: opening a current account. Cut down from the bundled sample workshop
# (resources/samples), whose translations were reviewed: the same stages, lanes and
# departments and personas, 22 of its cards, without survey keys, notes or the business case.
# Its money stays in euros in every language: the card descriptions name the amounts in EUR.
import json
from pathlib import Path

samples = Path(__file__).resolve().parents[2] / "samples"

KEEP = [  # card titles of the English sample, in its order
    "Realises a local account is needed", "Sees 'Open your account in 10 minutes' ad", "Colleague recommends the bank",
    "Compares fees and features of four banks", "Calls to ask whether a new resident can apply",
    "Eligibility rules for new residents are unclear",
    "Downloads the app and starts the application", "Branch appointment to open the account",
    "Cannot pause on the web and continue in the app", "Advisor re-keys the application",
    "Uploads ID and proof of address", "Waits for KYC approval", "E-mail: 'We need one more document'",
    "Manual document review and sanctions screening",
    "Sets up login, PIN and two-factor authentication", "Card and PIN letter arrive separately by post",
    "Card production and dispatch",
    "Moves direct debits from the old bank", "Chats with support: card declined online",
    "Pays the monthly account fee", "Closes the account when moving abroad",
    "Closing the account requires a branch visit or a signed letter",
]

TITLE = {"en": "Open a current account", "ru": "Открытие текущего счёта", "uk": "Відкриття поточного рахунку",
         "sr": "Отварање текућег рачуна", "ko": "입출금 계좌 개설"}
DESCRIPTION = {
    "en": "Retail banking: from the need for an account through identity checks to the first salary and leaving.",
    "ru": "Розничный банк: от потребности в счёте через проверку личности до первой зарплаты и закрытия счёта.",
    "uk": "Роздрібний банк: від потреби в рахунку через перевірку особи до першої зарплати й закриття рахунку.",
    "sr": "Банкарство за грађане: од потребе за рачуном, преко провере идентитета, до прве плате и гашења рачуна.",
    "ko": "리테일 뱅킹: 계좌가 필요해진 순간부터 본인 확인, 첫 급여 입금, 해지까지.",
}


def sample(language):
    name = "retail-bank-account.waymark.json" if language == "en" else f"i18n/retail-bank-account.{language}.waymark.json"
    return json.loads((samples / name).read_text(encoding="utf-8"))


def build(language):
    english = sample("en")
    kept = {card["id"] for stage in english["stages"] for card in stage["touchpoints"] if card["title"] in KEEP}
    assert len(kept) == len(KEEP), "a KEEP title is not in the sample"
    journey = sample(language)
    text_language = "sr" if language == "sr_Latn" else language
    from_cyrillic = (lambda s: s) if language != "sr_Latn" else __import__("serbianlatin").serbian_latin
    journey["generator"] = "Waymark templates"
    journey["title"] = from_cyrillic(TITLE[text_language])
    journey["description"] = from_cyrillic(DESCRIPTION[text_language])
    for stage in journey["stages"]:
        stage["touchpoints"] = [card for card in stage["touchpoints"] if card["id"] in kept]
        for card in stage["touchpoints"]:
            card["dataKey"] = ""
            card["notes"] = ""
    journey["connections"] = [c for c in journey["connections"] if c["from"] in kept and c["to"] in kept]
    journey["opportunities"] = []
    journey["scenarios"] = []
    journey.pop("settings", None)
    return journey


TEMPLATE = {"title": TITLE, "description": DESCRIPTION, "build": build}
