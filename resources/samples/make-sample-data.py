#!/usr/bin/env python3
"""Writes the bundled sample survey and CLV data for the retail-bank journey.

Deterministic (fixed seed): re-running gives the same files. Scores depend on the card's
negative emotion (painful touchpoints make detractors), improve a little every quarter and
differ by segment, so the statistics have something to show. Illustrative, not real data.
"""
import csv
import json
import random
from datetime import date, timedelta
from pathlib import Path

here = Path(__file__).parent
journey = json.loads((here / "retail-bank-account.waymark.json").read_text(encoding="utf-8"))
cards = [(s["name"], t["dataKey"], t["effort"]["emotion"], t["channel"])
         for s in journey["stages"] for t in s["touchpoints"] if t["dataKey"] and t["effort"]["emotion"] > 0]

rng = random.Random(20261123)
segments = [("Newcomers", -1.0), ("Students", 0.3), ("Professionals", 0.6)]
customers = [f"C-{i:05d}" for i in range(1, 1801)]
segment_of = {c: rng.choice(segments) for c in customers}
start = date(2023, 1, 1)
comments = ["", "", "", "Too many documents", "Fast and friendly", "Nobody told me what was happening",
            "Great app", "Had to go to the branch twice", "Zu lange gewartet", "Все понятно"]

rows = []
for n in range(1, 3001):
    stage, key, emotion, channel = rng.choice(cards)
    customer = rng.choice(customers)
    segment, lift = segment_of[customer]
    day = start + timedelta(days=rng.randrange(0, 730))
    quarter_index = (day.year - 2023) * 4 + (day.month - 1) // 3
    mean = 9.2 - 0.55 * emotion + lift + 0.12 * quarter_index
    score = max(0, min(10, round(rng.gauss(mean, 1.8))))
    rows.append([f"R-{n:05d}", customer, day.isoformat(), segment, key, stage, channel, score, rng.choice(comments)])

with open(here / "retail-bank-nps.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["respondent_id", "customer_id", "date", "segment", "touchpoint", "stage", "channel", "score", "comment"])
    w.writerows(rows)

# CLV: promoters stay longer and buy more; a fifth of the customers did not answer the survey.
latest = {}
for r in sorted(rows, key=lambda r: r[2]):
    latest[r[1]] = r[7]
with open(here / "retail-bank-clv.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["customer_id", "clv", "currency", "segment", "acquisition_date"])
    for c in customers:
        score = latest.get(c, 7)
        base = {True: 2600, False: 1500}[score >= 9] if score >= 7 else 900
        value = max(50.0, rng.gauss(base, base * 0.35))
        acquired = start - timedelta(days=rng.randrange(0, 2000))
        w.writerow([c, f"{value:.2f}", "EUR", segment_of[c][0], acquired.isoformat()])
