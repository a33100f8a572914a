#!/usr/bin/env bash
# Whole-process figures of the performance issue, measured from outside:
# - time from process start to the first complete frame of the Customers tab, in a real pty
#   sized 200×50 (`script` alone gives a 0×0 pty, in which nothing is drawn: `stty` sizes it
#   first); PARTNERDESK_EXIT_AFTER_FIRST_FRAME ends the app right after that frame. The same
#   pty running `true` is the baseline (the cost of `script`, the shell and `stty`): the median
#   of 15 runs of each is reported, and their difference is the app's own time;
# - peak memory with the whole list read (the headless `snapshot`, which waits for it).
# Usage: benches/first-frame.sh [100000 1000000]
source "$(dirname "$0")/common/release.sh"
runs=15

# Median wall time in ms of `script` running $1 in a 200×50 pty.
median_ms() {
  local times=()
  for _ in $(seq $runs); do
    local start=$(date +%s%N)
    script -qec "stty rows 50 cols 200; $1" /dev/null > "$dir/frame.out"
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

base=$(median_ms true)
echo "baseline: script + stty + true in a 200x50 pty: $base ms (median of $runs)"
for n in ${sizes[@]}; do
  book="$dir/book-$n.redb"
  if [ ! -f "$book" ]; then
    /usr/bin/time -f "demo --customers $n: %e s, peak %M KB" "$bin" demo --no-tui --db "$book" --customers "$n" --force 2>&1 | tail -1
  fi
  ms=$(PARTNERDESK_EXIT_AFTER_FIRST_FRAME=1 median_ms "$bin --db $book")
  # The frame was really drawn: the Customers tab's title is in what the pty received.
  grep -q "Customers" "$dir/frame.out" || { echo "no frame was drawn for $n customers" >&2; exit 1; }
  echo "$n customers: first frame in $ms ms (median of $runs, whole process in a 200x50 pty); minus the baseline: $(( ms - base )) ms"
  /usr/bin/time -f "$n customers: whole list read, peak memory %M KB, %e s" "$bin" snapshot --db "$book" --keys "" > /dev/null
done
