#!/usr/bin/python3
"""Reference for the NPS benchmark: NPS per touchpoint and quarter with pandas.

The same figures as `waymark nps FILE --by touchpoint,quarter --format csv` (n, promoters,
passives, detractors, NPS), computed the way an analyst would in a notebook.
Usage: pandas_nps.py RESPONSES.csv
"""
import sys

import pandas as pd

df = pd.read_csv(sys.argv[1], usecols=["touchpoint", "date", "score"], parse_dates=["date"])
df["quarter"] = df["date"].dt.to_period("Q").astype(str).str.replace("Q", "-Q", regex=False)
df["category"] = pd.cut(df["score"], bins=[-1, 6, 8, 10], labels=["detractors", "passives", "promoters"])
counts = df.groupby(["touchpoint", "quarter", "category"], observed=False).size().unstack(fill_value=0)
counts["n"] = counts.sum(axis=1)
counts["nps"] = (100.0 * (counts["promoters"] - counts["detractors"]) / counts["n"]).round(2)
counts[["n", "promoters", "passives", "detractors", "nps"]].to_csv(sys.stdout)
