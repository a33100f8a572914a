# Sourced by the whole-process benches: from the project's root, builds the release binary and
# sets `bin` (it), `dir` (where books and outputs go, PARTNERDESK_BENCH_DIR) and `sizes` (the
# book sizes given as arguments, 100,000 and 1,000,000 by default).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-$PWD/target}/release/partnerdesk
dir=${PARTNERDESK_BENCH_DIR:-/tmp/partnerdesk-bench}
mkdir -p "$dir"
sizes=("${@:-100000 1000000}")
