#!/usr/bin/env python3
"""Writes retail-bank-comments.csv: the sample's NPS answers with realistic English comments.

The bundled retail-bank-nps.csv has only a handful of distinct comments, too few for the
"What customers say" panel and its PDF page to show anything. This keeps every answer of that
file (same respondents, dates, touchpoints and scores) and gives about two answers in three a
comment written for its touchpoint and score: detractors at the painful cards complain about
what hurts there (the identity check's wait, the missing status, the monthly fee), promoters
praise, passives say a bit of both. Sentences are combined at random, some with an e-mail
address or a phone number (the panel masks them). Deterministic (fixed seed); illustrative,
not real data.
"""
import csv
import random
from pathlib import Path

here = Path(__file__).parent
rng = random.Random(20261203)

# Complaints per painful touchpoint: what a detractor there says.
complaints = {
    "kyc-wait": ["The identity check took nine days.", "Long wait for the identity check.",
                 "I waited over a week and nobody told me why.", "Still waiting for the identity check.",
                 "The verification took forever."],
    "kyc-additional-docs": ["They asked for more documents twice.", "Too many documents for a simple account.",
                            "Why do you need a utility bill again?", "The extra documents request came by letter."],
    "kyc-upload": ["The upload kept failing.", "The document upload rejected my photo.",
                   "Upload failed three times on my phone."],
    "no-status": ["No status update for days.", "Nobody told me what was happening.",
                  "I had no idea where my application was.", "No status, no e-mail, nothing."],
    "video-ident": ["The video call dropped twice.", "Waited an hour for the video call.",
                    "The video identification failed on my phone."],
    "web-to-app-break": ["I had to start again in the app.", "The website sent me to the app and lost my data.",
                         "Started on the website, had to start again in the app."],
    "eligibility-unclear": ["Unclear whether I was even eligible.", "The eligibility rules are confusing.",
                            "Nobody could explain the eligibility rules."],
    "monthly-fee": ["The monthly fee was a surprise.", "Hidden monthly fee nobody mentioned.",
                    "The monthly fee is too high for what you get."],
    "closure-offline": ["Had to go to the branch to close the account.", "Closing the account took three visits to the branch.",
                        "Why can I not close the account online?"],
    "card-delivery": ["The card arrived after three weeks.", "The card never arrived.",
                      "Card delivery took too long."],
    "application-form": ["The application form is far too long.", "The form asked the same questions twice.",
                         "The application form crashed on the last page."],
    "support-chat": ["The chat bot did not understand me.", "Support chat kept me waiting for an hour.",
                     "The chat agent could not help."],
    "branch-appointment": ["No branch appointment for two weeks.", "The branch appointment was cancelled."],
    "account-closure": ["Closing the account was a nightmare.", "They kept trying to keep me instead of closing it."],
    "direct-debit-switch": ["The direct debits did not move over.", "Two direct debits bounced after the switch."],
}
generic_complaints = ["Too slow.", "Too complicated.", "Not what I expected.", "Customer service was rude.",
                      "The app crashed."]
praise = ["Fast and friendly.", "Great app.", "Very easy.", "Friendly staff.", "Quick and simple.",
          "Everything worked first time.", "Clear and easy to follow.", "Helpful staff at the branch."]
middling = ["It was fine.", "Okay, but it could be faster.", "Took a while but it worked.",
            "Mostly fine, some steps were confusing.", "Good app, slow process."]
contacts = [" Call me on +44 20 7946 0958.", " Write to me at jane.doe@example.com.", " My number is 07700 900123."]


def comment(touchpoint, score):
    if rng.random() < 0.35:
        return ""
    if score <= 6:
        pool = complaints.get(touchpoint, generic_complaints)
        text = " ".join(rng.sample(pool, k=min(len(pool), rng.choice([1, 1, 2]))))
        if rng.random() < 0.3:
            text += " " + rng.choice(generic_complaints)
    elif score <= 8:
        text = rng.choice(middling)
    else:
        text = " ".join(rng.sample(praise, k=rng.choice([1, 1, 2])))
    if rng.random() < 0.04:
        text += rng.choice(contacts)
    return text


with open(here / "retail-bank-nps.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
with open(here / "retail-bank-comments.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    for row in rows:
        row["comment"] = comment(row["touchpoint"], int(row["score"]))
        w.writerow(row)
