#!/usr/bin/env python3
"""Writes N (default 1,000,000) NPS responses as CSV for the import benchmark.

Deterministic (fixed seed). Columns as the bundled sample's; touchpoint keys are the sample
journey's, so `waymark import` into the sample matches every row to a card.
Usage: make-million-responses.py OUT.csv [ROWS]
"""
import csv
import random
import sys
from datetime import date, timedelta

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
keys = ["ad-campaign", "word-of-mouth", "comparison-site", "branch-visit", "online-form", "id-check",
        "kyc-review", "card-delivery", "first-login", "support-chat", "app-onboarding", "first-payment"]
stages = ["Awareness", "Consideration", "Application", "Onboarding", "First use"]
segments = ["Newcomers", "Students", "Professionals", "Retirees"]
channels = ["web", "app", "branch", "phone", "chat"]
comments = ["", "", "", "", "Too many documents", "Fast and friendly", "Все понятно", "너무 오래 걸렸어요"]
rng = random.Random(1_000_000)
start = date(2022, 1, 1)
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["respondent_id", "customer_id", "date", "segment", "touchpoint", "stage", "channel", "score", "comment"])
    for n in range(1, rows + 1):
        k = rng.randrange(len(keys))
        day = start + timedelta(days=rng.randrange(0, 1095))
        w.writerow([f"R-{n:07d}", f"C-{rng.randrange(1, 250_001):06d}", day.isoformat(), rng.choice(segments),
                    keys[k], stages[k * len(stages) // len(keys)], rng.choice(channels), rng.randrange(0, 11),
                    rng.choice(comments)])
