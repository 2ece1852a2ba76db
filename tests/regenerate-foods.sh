#!/usr/bin/env bash
# Regenerates the food files from the USDA CSVs into a scratch directory and checks that
# they are byte-identical to the committed foods/*.yaml: the committed data is reproducible.
# Exit 77 (skipped) when the USDA SR28 or FNDDS folder is not beside the repository.
set -euo pipefail
gen=$1 usda=$2 fndds=$3 foods=$4
for d in "$usda" "$fndds"; do
  if [[ ! -f $d/foods.csv ]]; then
    echo "USDA data not found at $d; skipping (set -DUSDA_DIR=... -DFNDDS_DIR=...)"
    exit 77
  fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$gen" "$usda" "$fndds" "$foods/source/curated-selection.yaml" "$tmp"
for f in usda-sr28.yaml usda-fndds.yaml curated.yaml; do
  if ! cmp -s "$tmp/$f" "$foods/$f"; then
    echo "foods/$f differs from a fresh generation:"
    diff "$foods/$f" "$tmp/$f" | head -20
    exit 1
  fi
done
echo "foods/usda-sr28.yaml, foods/usda-fndds.yaml and foods/curated.yaml are reproducible"
