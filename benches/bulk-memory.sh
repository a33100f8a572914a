#!/usr/bin/env bash
# Memory of a bulk job, measured from outside: the release app in a 120×35 tmux pane on a demo
# book of N customers marks every shown customer (`a`), opens bulk support contacts (`c`),
# ticks the first partner user and submits; RSS is sampled from /proc every second until the
# outcome shows. Reports RSS at the first frame, with the form open, the peak (VmHWM), what
# stays after, and the job's wall time (with 1 s sampling granularity).
# Needs tmux. Usage: benches/bulk-memory.sh [100000 1000000]
source "$(dirname "$0")/common/release.sh"
pane=partnerdesk-bulk-memory

rss() { awk '/VmRSS/{print int($2/1024)}' "/proc/$1/status"; }
shows() { tmux capture-pane -p -t "$pane" | grep -q "$1"; }
wait_for() { for _ in $(seq 1200); do shows "$1" && return; sleep 0.5; done; echo "timed out waiting for: $1" >&2; exit 1; }

for n in ${sizes[@]}; do
  book="$dir/bulk-$n.redb"
  [ -f "$book.orig" ] || "$bin" demo --no-tui --customers "$n" --db "$book.orig" > /dev/null 2>&1
  cp "$book.orig" "$book"
  rm -f "$book.lock"
  tmux kill-session -t "$pane" 2>/dev/null || true
  tmux new -d -s "$pane" -x 120 -y 35 "$bin --db $book"
  wait_for "customers · sorted"
  pid=$(pgrep -f "^$bin --db $book" | head -1)
  start=$(rss "$pid")
  tmux send-keys -t "$pane" a; sleep 2
  tmux send-keys -t "$pane" c; sleep 3
  tmux send-keys -t "$pane" Tab; sleep 0.5
  tmux send-keys -t "$pane" Space; sleep 0.5
  form=$(rss "$pid")
  began=$(date +%s%N)
  tmux send-keys -t "$pane" Enter
  samples=()
  until shows "Support contacts set"; do sleep 1; samples+=("$(rss "$pid")"); done
  secs=$(( ($(date +%s%N) - began) / 1000000 ))
  peak=$(awk '/VmHWM/{print int($2/1024)}' "/proc/$pid/status")
  after=$(rss "$pid")
  outcome=$(tmux capture-pane -p -t "$pane" | grep "Support contacts set")
  tmux kill-session -t "$pane"
  echo "$n customers: RSS first frame $start MB, form open $form MB, peak $peak MB, after $after MB; job $secs ms"
  echo "  RSS during the job, every second (MB): ${samples[*]}"
  echo "  $outcome"
done
