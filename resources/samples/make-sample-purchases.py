#!/usr/bin/env python3
"""Writes the sample bank's purchases (retail-bank-purchases.csv) for the lifetime value model.

Deterministic (fixed seed). Each of the sample's 1,800 customers buys products and paid
services (card upgrades, transfers abroad, insurance, savings plans) as the BG/NBD story goes:
while active, at their own Poisson rate; after every purchase they may leave for good. Customers
whose latest survey answer was a detractor's leave more often, so the lifetime value window has
something to show: where the customers who are gone were unhappy. Illustrative, not real data.
"""
import csv
import random
from datetime import date, timedelta
from pathlib import Path

here = Path(__file__).parent
rng = random.Random(20261203)

latest = {}  # customer -> (date, score) of their latest answer
with open(here / "retail-bank-nps.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        key = row["customer_id"]
        if key and (key not in latest or row["date"] >= latest[key][0]):
            latest[key] = (row["date"], int(row["score"]))
with open(here / "retail-bank-clv.csv", encoding="utf-8") as f:
    customers = [row["customer_id"] for row in csv.DictReader(f)]

start, end = date(2023, 1, 1), date(2024, 12, 31)
rows = []
for customer in customers:
    score = latest.get(customer, (None, 8))[1]
    leave = 0.30 if score <= 6 else 0.12 if score <= 8 else 0.06  # chance of leaving after each purchase
    rate = rng.gammavariate(1.2, 1 / 12.0)                          # purchases per day while active
    spend = rng.gammavariate(4.0, 12.0)                             # the customer's mean spend, EUR
    day = start + timedelta(days=rng.randrange(0, 120))
    while day <= end:
        rows.append((customer, day.isoformat(), round(rng.gammavariate(4.0, spend / 4.0) + 2, 2)))
        if rng.random() < leave:
            break
        day += timedelta(days=max(1, round(rng.expovariate(rate))))
rows.sort(key=lambda r: (r[1], r[0]))
with open(here / "retail-bank-purchases.csv", "w", encoding="utf-8", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["customer_id", "date", "amount", "currency"])
    for customer, day, amount in rows:
        out.writerow([customer, day, f"{amount:.2f}", "EUR"])
print(f"{len(rows)} purchases of {len(customers)} customers")
