#!/bin/sh
# The portfolio of a folder of 200 journeys (issue 19: listed in ≤ 1 s): the sample bank with
# its survey answers, lifetime values and purchases, saved 200 times, listed by
# `waymark portfolio`, side by side with the sqlite3 shell reading the same kept summary from
# each file (the least any reader of these files can do). Usage: bench_portfolio.sh BUILD_DIR
set -eu
build=${1:?usage: bench_portfolio.sh BUILD_DIR}
waymark="$build/bin/waymark"
here=$(cd "$(dirname "$0")/../.." && pwd)
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
"$waymark" convert "$build/samples/retail-bank-account.waymark" "$folder/base.waymark" > /dev/null
"$waymark" import "$folder/base.waymark" --transactions "$here/resources/samples/retail-bank-purchases.csv" > /dev/null
for i in $(seq -w 1 199); do cp "$folder/base.waymark" "$folder/j$i.waymark"; done
cat > "$folder/sqlite-loop.sh" <<LOOP
#!/bin/sh
for f in "$folder"/*.waymark; do sqlite3 -readonly "\$f" "select value from meta where key='summary'"; done
LOOP
chmod +x "$folder/sqlite-loop.sh"
echo "$(ls "$folder"/*.waymark | wc -l) journeys, $(du -sh "$folder" | cut -f1)"
farm-bench -n 5 --vs "$folder/sqlite-loop.sh" -- "$waymark" portfolio "$folder" --format json
