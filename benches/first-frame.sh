#!/usr/bin/env bash
# Whole-process figures of the performance issue, measured from outside:
# - time from process start to the first complete frame of the Customers tab (a real
#   terminal, through `script`; PARTNERDESK_EXIT_AFTER_FIRST_FRAME ends it right after);
# - peak memory with the whole list read (the headless `snapshot`, which waits for it);
# - a bare redb open-and-scan baseline would be `partnerdesk export | wc -c` for scale.
# Usage: benches/first-frame.sh [100000 1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/partnerdesk
dir=${PARTNERDESK_BENCH_DIR:-/tmp/partnerdesk-bench}
mkdir -p "$dir"
sizes=("${@:-100000 1000000}")
for n in ${sizes[@]}; do
  book="$dir/book-$n.redb"
  if [ ! -f "$book" ]; then
    /usr/bin/time -f "demo --customers $n: %e s, peak %M KB" "$bin" demo --no-tui --db "$book" --customers "$n" --force 2>&1 | tail -1
  fi
  best=999999
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    start=$(date +%s%N)
    PARTNERDESK_EXIT_AFTER_FIRST_FRAME=1 script -qec "$bin --db $book" /dev/null > /dev/null
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    [ "$ms" -lt "$best" ] && best=$ms
  done
  echo "$n customers: first frame in $best ms (best of 10, whole process in a pty)"
  /usr/bin/time -f "$n customers: whole list read, peak memory %M KB, %e s" "$bin" snapshot --db "$book" --keys "" > /dev/null
done
