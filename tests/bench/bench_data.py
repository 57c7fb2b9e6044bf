#!/usr/bin/python3
"""Survey data benchmark: 1,000,000 NPS responses, Waymark against the reference tools.

(a) `waymark import JOURNEY --nps FILE` (read, check every row, store in the journey file)
    against the sqlite3 shell's `.import --csv` of the same file into a table;
(b) `waymark nps FILE --by touchpoint,quarter` against pandas read_csv + groupby
    (tests/bench/pandas_nps.py);
(c) DuckDB (issue 20): `waymark stats FILE --metric nps --by touchpoint,quarter` against the
    same query on read_csv, and `waymark import` against CREATE TABLE … AS read_csv into a
    database file (tests/bench/duckdb_nps.mjs). DuckDB's Node API (@duckdb/node-api) is
    installed with npm into SCRATCH (the build tree): a benchmark tool only, never a build or
    test dependency; without npm or the registry that part is skipped with a message.
    Waymark and DuckDB run in turn (A B A B …) and the ratio is taken pair by pair, so a
    shared machine's drift does not move it; their counts must agree in every group first.
Wall time is the median of RUNS runs; peak memory is the largest resident set of any run
(from wait4). Both reference tools run in the same session, on the same file, so the ratios
compare like with like on a shared machine.

Usage: bench_data.py WAYMARK_BINARY [--rows N] [--runs N] [--keep DIR] [--scratch DIR]
                     [--only duckdb|legacy] [--no-import]
Needs the sqlite3 shell and python3-pandas (packaging/install-deps.sh --bench) for (a) and (b),
node and npm for (c).
"""
import argparse
import csv
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

here = Path(__file__).resolve().parent
source = here.parent.parent


last_stderr = ""


def run(command, **kwargs):
    """Runs a command; returns (seconds, peak RSS in MiB). Fails loudly on a non-zero exit."""
    global last_stderr
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    last_stderr = error
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


def paired(label_a, label_b, runs, prepare, command_a, command_b):
    """Runs A and B in turn RUNS times; prints medians, peaks and the pairwise median ratio A/B."""
    times_a, times_b, engine_b, peak_a, peak_b = [], [], [], 0.0, 0.0
    for _ in range(runs):
        prepare()
        seconds, rss = run(command_a)
        times_a.append(seconds)
        peak_a = max(peak_a, rss)
        prepare()
        seconds, rss = run(command_b)
        times_b.append(seconds)
        peak_b = max(peak_b, rss)
        # DuckDB's own time, from after Node has loaded the module to the end of the query.
        found = re.search(r"duckdb: ([0-9.]+) s", last_stderr)
        engine_b.append(float(found.group(1)) if found else seconds)
    ratio = statistics.median(a / b for a, b in zip(times_a, times_b))
    engine_ratio = statistics.median(a / b for a, b in zip(times_a, engine_b))
    for label, times, peak in ((label_a, times_a, peak_a), (label_b, times_b, peak_b)):
        print(f"  {label:<52} {statistics.median(times):7.2f} s   peak {peak:6.0f} MiB   "
              f"(runs: {', '.join(f'{t:.2f}' for t in times)})", flush=True)
    print(f"  {'  … of which DuckDB itself (Node start and module load left out)':<52} {statistics.median(engine_b):7.2f} s"
          f"   (runs: {', '.join(f'{t:.2f}' for t in engine_b)})", flush=True)
    return ratio, engine_ratio, peak_a, peak_b


def duckdb_ready(scratch):
    """Installs @duckdb/node-api into SCRATCH once; returns the script to run, or None (said why)."""
    script = scratch / "duckdb_nps.mjs"
    if not shutil.which("node") or not shutil.which("npm"):
        print("(c) DuckDB: skipped, node and npm are not installed (apt-get install nodejs npm)")
        return None
    scratch.mkdir(parents=True, exist_ok=True)
    if not (scratch / "node_modules/@duckdb/node-api").exists():
        (scratch / "package.json").write_text('{"private": true}\n')
        try:
            install = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--no-save", "@duckdb/node-api"],
                                     cwd=scratch, capture_output=True, text=True, timeout=600)
        except subprocess.TimeoutExpired:
            install = None
        if install is None or install.returncode != 0:
            reason = "timed out" if install is None else (install.stderr.strip().splitlines() or ["failed"])[-1]
            print(f"(c) DuckDB: skipped, npm could not install @duckdb/node-api from the registry ({reason})")
            return None
    # The script imports the module, which Node looks for beside the script.
    shutil.copyfile(here / "duckdb_nps.mjs", script)
    version = json_version(scratch / "node_modules/@duckdb/node-bindings/package.json")
    print(f"(c) DuckDB {version} through @duckdb/node-api in {scratch}")
    return script


def json_version(path):
    try:
        return json.loads(path.read_text()).get("version", "?")
    except OSError:
        return "?"


def band_counts(text, key_columns=("touchpoint", "quarter")):
    """(touchpoint, quarter) -> (detractors, passives, promoters) from a CSV with those headers."""
    counts = {}
    for row in csv.DictReader(io.StringIO(text)):
        key = tuple(row[c] for c in key_columns)
        counts[key] = tuple(int(float(row[c])) for c in ("detractors", "passives", "promoters"))
    return counts


def duckdb_part(args, waymark, responses, journey, empty, work):
    script = duckdb_ready(Path(args.scratch) if args.scratch else work / "duckdb-node")
    if not script:
        return
    stats = [waymark, "stats", responses, "--metric", "nps", "--by", "touchpoint,quarter", "--format", "csv"]
    duck_nps = ["node", script, "nps", responses]
    # Both answers must agree before the times mean anything.
    ours = band_counts(subprocess.run(stats, capture_output=True, text=True, check=True).stdout)
    theirs = band_counts(subprocess.run(duck_nps, capture_output=True, text=True, check=True).stdout)
    if ours != theirs:
        missing = sorted(set(ours) ^ set(theirs))[:5]
        differ = sorted(k for k in set(ours) & set(theirs) if ours[k] != theirs[k])[:5]
        sys.exit(f"bench_data: waymark and DuckDB disagree (groups only in one: {missing}; counts differ: {differ})")
    print(f"  detractors, passives and promoters agree with DuckDB in all {len(ours)} groups")
    database = work / "duckdb.db"

    def fresh():
        database.unlink(missing_ok=True)
        Path(str(database) + ".wal").unlink(missing_ok=True)
        shutil.copyfile(empty, journey)

    stats_ratio, stats_engine, stats_peak, duck_peak = paired("waymark stats FILE --metric nps --by touchpoint,quarter",
                                                "DuckDB read_csv + GROUP BY (node)", args.runs, lambda: None,
                                                stats, duck_nps)
    if args.no_import:
        print("ratios against DuckDB, pair by pair (goal)")
        print(f"  stats:  waymark / DuckDB = {stats_ratio:.2f}   (≤ 0.5 at 1,000,000 answers, ≤ 0.6 at 10,000,000); "
              f"against DuckDB's own time {stats_engine:.2f}")
        print(f"  peak memory: stats {stats_peak:.0f} MiB (< 300 MB); DuckDB {duck_peak:.0f} MiB")
        return
    import_ratio, import_engine, import_peak, duck_import_peak = paired(
        "waymark import JOURNEY --nps FILE", "DuckDB CREATE TABLE AS read_csv into a file", args.runs, fresh,
        [waymark, "import", journey, "--nps", responses], ["node", script, "import", responses, database])
    print("ratios against DuckDB, pair by pair (goal)")
    print(f"  stats:  waymark / DuckDB = {stats_ratio:.2f}   (≤ 0.5 at 1,000,000 answers, ≤ 0.6 at 10,000,000); "
          f"against DuckDB's own time {stats_engine:.2f}")
    print(f"  import: waymark / DuckDB = {import_ratio:.2f}   (≤ 0.5); against DuckDB's own time {import_engine:.2f}")
    print(f"  peak memory: stats {stats_peak:.0f} MiB (< 300 MB), import {import_peak:.0f} MiB (< 500 MB); "
          f"DuckDB {duck_peak:.0f} MiB and {duck_import_peak:.0f} MiB")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("waymark")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", help="folder for the generated file (reused when present)")
    parser.add_argument("--scratch", help="folder for DuckDB's Node API (installed there with npm when missing)")
    parser.add_argument("--no-import", action="store_true", help="DuckDB part: the statistic only, no import")
    parser.add_argument("--only", choices=["duckdb", "legacy"], help="run only DuckDB (c), or only sqlite3 and pandas (a, b)")
    args = parser.parse_args()
    for tool in ("sqlite3",) if args.only != "duckdb" else ():
        if not shutil.which(tool):
            sys.exit(f"bench_data: needs the {tool} shell (packaging/install-deps.sh --bench)")
    if args.only != "duckdb" and subprocess.run(["/usr/bin/python3", "-c", "import pandas"], capture_output=True).returncode != 0:
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

    if args.only != "legacy":
        duckdb_part(args, args.waymark, responses, journey, empty, work)
    if args.only == "duckdb":
        if not args.keep:
            shutil.rmtree(work)
        return

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
