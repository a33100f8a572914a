#!/usr/bin/env bash
# Regenerates every SVG in screenshots/ from the real app: a demo book, then
# `partnerdesk snapshot --format svg` over one key script per screen.
# Usage: screenshots/generate.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/partnerdesk
book=$(mktemp -d)/demo.redb
now=2026-11-25T09:00:00Z
"$bin" demo --no-tui --db "$book" --seed 7 >/dev/null 2>&1
customer_admin=$("$bin" export --db "$book" | python3 -c '
import json, sys
book = json.load(sys.stdin)
for c in book["customers"]:
    if c["admin"] and len({r["partner"] for r in c["relationships"]}) >= 2:
        print(next(u["email"] for u in c["users"] if u["global_admin"])); break')

shot() { # name, key script, [--as EMAIL]
  local name=$1 keys=$2; shift 2
  "$bin" snapshot --db "$book" --size 120x35 --now "$now" --keys "$keys" --format svg --out "screenshots/$name.svg" "$@"
  echo "screenshots/$name.svg"
}
"$bin" snapshot --db "$(dirname "$book")/no-book-yet.redb" --size 120x35 --now "$now" --format svg --out screenshots/setup.svg
echo screenshots/setup.svg
shot customers ""
for lang in vi tr zh-CN; do # the Customers tab as a Vietnamese, a Turkish and a Chinese operator sees it
  shot "customers-$lang" "" --lang "$lang"
done
shot customer-expanded "/ dai<Space>duong <Enter> <Enter>"
shot record-password "/ dai<Space>duong <Enter> j <Enter> P <Right> <Enter>" --as hung@saomai.vn
shot invitations "2"
shot partners "3"
shot permissions "4"
shot help "?"
shot request-form "2 r"
shot email-editor "2 r Công<Space>ty<Space>Hải<Space>Đăng <Tab> lan@haidang.vn <Enter>" --as lan@saomai.vn
shot customer-view "<Enter>" --as "$customer_admin"
shot customer-view-partners "3" --as "$customer_admin"
shot purchase-offer "2 O <Tab> <Tab> <Tab> 25 <Tab> <Tab> <Tab> 10" --as lan@saomai.vn
shot offer-view "2 j <Enter>"
offer_link=$("$bin" invitations list --db "$book" --json | python3 -c '
import json, sys
print(next(i["link"] for i in json.load(sys.stdin)["invitations"] if i["kind"] == "purchase_offer"))')
shot use-offer "2 u $offer_link <Enter>" --as "$customer_admin"
