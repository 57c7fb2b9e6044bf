#!/usr/bin/env python3
"""Writes the purchases of N (default 60,000) customers as CSV for the lifetime-value benchmarks.

Deterministic (fixed seed). Customers are C-000001 … (the ids make-million-responses.py gives
its respondents, so a journey with both joins answers to lifetime values). Histories follow
the BG/NBD story: each customer buys at a rate of their own (gamma) and, after each purchase,
drops out with a probability of their own (beta), over 2022-01-01 … 2024-12-31.
Usage: make-purchases.py OUT.csv [CUSTOMERS]
"""
import csv
import random
import sys
from datetime import date, timedelta

out = sys.argv[1]
customers = int(sys.argv[2]) if len(sys.argv) > 2 else 60_000
rng = random.Random(60_000)
start, days = date(2022, 1, 1), 1095
rows = 0
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["customer_id", "date", "amount"])
    for n in range(1, customers + 1):
        rate = rng.gammavariate(0.6, 1 / 20)  # purchases per day
        drop = rng.betavariate(0.8, 3.0)
        spend = rng.gammavariate(4.0, 12.0)
        day = rng.randrange(0, days // 2)
        while day < days:
            w.writerow([f"C-{n:06d}", (start + timedelta(days=day)).isoformat(), f"{max(1.0, rng.gauss(spend, spend / 4)):.2f}"])
            rows += 1
            if rng.random() < drop:
                break
            day += 1 + int(rng.expovariate(rate))
print(f"{rows} purchases of {customers} customers in {out}")
