#!/usr/bin/env bash
# Regenerates the food files from the USDA CSVs into a scratch directory and checks that
# they are byte-identical to the committed foods/*.yaml: the committed data is reproducible.
# Exit 77 (skipped) when the USDA folder is not beside the repository.
set -euo pipefail
gen=$1 usda=$2 foods=$3
if [[ ! -f $usda/foods.csv ]]; then
  echo "USDA data not found at $usda; skipping (set -DUSDA_DIR=...)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$gen" "$usda" "$foods/source/curated-selection.yaml" "$tmp"
for f in usda-sr28.yaml curated.yaml; do
  if ! cmp -s "$tmp/$f" "$foods/$f"; then
    echo "foods/$f differs from a fresh generation:"
    diff "$foods/$f" "$tmp/$f" | head -20
    exit 1
  fi
done
echo "foods/usda-sr28.yaml and foods/curated.yaml are reproducible"
