#!/usr/bin/python3
"""Survey data benchmark: 1,000,000 NPS responses, Waymark against the reference tools.

(a) `waymark import JOURNEY --nps FILE` (read, check every row, store in the journey file)
    against the sqlite3 shell's `.import --csv` of the same file into a table;
(b) `waymark nps FILE --by touchpoint,quarter` against pandas read_csv + groupby
    (tests/bench/pandas_nps.py).
Wall time is the median of RUNS runs; peak memory is the largest resident set of any run
(from wait4). Both reference tools run in the same session, on the same file, so the ratios
compare like with like on a shared machine.

Usage: bench_data.py WAYMARK_BINARY [--rows N] [--runs N] [--keep DIR]
Needs the sqlite3 shell and python3-pandas (packaging/install-deps.sh --bench).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

here = Path(__file__).resolve().parent
source = here.parent.parent


def run(command, **kwargs):
    """Runs a command; returns (seconds, peak RSS in MiB). Fails loudly on a non-zero exit."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench_data: {' '.join(map(str, command))} failed:\n{error}")
    return seconds, usage.ru_maxrss / 1024.0


def measure(label, runs, prepare, command, **kwargs):
    times, peak = [], 0.0
    for _ in range(runs):
        prepare()
        seconds, rss = run(command, **kwargs)
        times.append(seconds)
        peak = max(peak, rss)
    median = statistics.median(times)
    print(f"  {label:<44} {median:7.2f} s   peak {peak:6.0f} MiB   (runs: {', '.join(f'{t:.2f}' for t in times)})", flush=True)
    return median, peak


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("waymark")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", help="folder for the generated file (reused when present)")
    args = parser.parse_args()
    for tool in ("sqlite3",):
        if not shutil.which(tool):
            sys.exit(f"bench_data: needs the {tool} shell (packaging/install-deps.sh --bench)")
    if subprocess.run(["/usr/bin/python3", "-c", "import pandas"], capture_output=True).returncode != 0:
        sys.exit("bench_data: needs python3-pandas (packaging/install-deps.sh --bench)")

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="waymark-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    responses = work / f"responses-{args.rows}.csv"
    if not responses.exists():
        subprocess.run([sys.executable, here / "make-million-responses.py", responses, str(args.rows)], check=True)
    size = responses.stat().st_size / 1e6
    print(f"bench_data: {args.rows:,} responses, {size:.0f} MB ({responses})")
    sample = source / "resources/samples/retail-bank-account.waymark.json"
    journey = work / "journey.waymark"
    empty = work / "journey-empty.waymark"
    subprocess.run([args.waymark, "convert", sample, empty], check=True, stdout=subprocess.DEVNULL)
    table = work / "sqlite3.db"

    def fresh_journey():
        shutil.copyfile(empty, journey)

    def fresh_table():
        table.unlink(missing_ok=True)

    print("(a) import")
    waymark_import, waymark_import_rss = measure("waymark import JOURNEY --nps FILE", args.runs, fresh_journey,
                                                 [args.waymark, "import", journey, "--nps", responses])
    sqlite_import, _ = measure("sqlite3 DB '.import --csv FILE nps'", args.runs, fresh_table,
                               ["sqlite3", table, f".import --csv {responses} nps"])
    print("(b) NPS by touchpoint and quarter")
    waymark_nps, waymark_nps_rss = measure("waymark nps FILE --by touchpoint,quarter", args.runs, lambda: None,
                                           [args.waymark, "nps", responses, "--by", "touchpoint,quarter", "--format", "csv"])
    pandas_nps, _ = measure("pandas read_csv + groupby", args.runs, lambda: None,
                            ["/usr/bin/python3", here / "pandas_nps.py", responses])
    journey_nps, journey_nps_rss = measure("waymark nps JOURNEY --by touchpoint,quarter", args.runs, lambda: None,
                                           [args.waymark, "nps", journey, "--by", "touchpoint,quarter", "--format", "csv"])

    # Both answers must agree before the times mean anything.
    ours = subprocess.run([args.waymark, "nps", responses, "--by", "touchpoint,quarter", "--format", "csv"],
                          capture_output=True, text=True, check=True).stdout.splitlines()
    theirs = subprocess.run(["/usr/bin/python3", here / "pandas_nps.py", responses],
                            capture_output=True, text=True, check=True).stdout.splitlines()
    ours_n = sorted(",".join(line.split(",")[:6]) for line in ours[1:])
    theirs_n = sorted(",".join(line.split(",")[:6]) for line in theirs[1:])
    if ours_n != theirs_n:
        sys.exit("bench_data: waymark and pandas disagree on the counts")
    print(f"  counts agree with pandas in all {len(ours_n)} groups")

    print("ratios (goal)")
    print(f"  import: waymark / sqlite3 = {waymark_import / sqlite_import:.2f}   (≤ 1.0)")
    print(f"  nps:    waymark / pandas  = {waymark_nps / pandas_nps:.2f}   (≤ 0.2)")
    print(f"  peak memory: import {waymark_import_rss:.0f} MiB, nps {waymark_nps_rss:.0f} MiB, "
          f"nps on the journey {journey_nps_rss:.0f} MiB   (< 300 MiB)")
    print(f"  journey file with the data: {journey.stat().st_size / 1e6:.0f} MB; nps from it {journey_nps:.2f} s")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
