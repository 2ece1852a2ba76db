#!/usr/bin/env bash
# Every source key a flag rule cites is defined in docs/methods.md: a key is defined by a row
# "| KEY | citation |" of the table of sources that opens that page (before its first "## "
# heading). A rule's source is keys separated by "; ", each optionally followed by a page
# ("IOM97 p.242"); "-" means no source.
set -euo pipefail
mgcalc=$1 doc=$2
defined=$(awk '/^## /{exit} /^\| [^ |]+ \|/{print $2}' "$doc" | sort -u)
cited=$("$mgcalc" flags --format json | sed -n 's/^ *"source": "\(.*\)",*$/\1/p' |
  tr ';' '\n' | sed -e 's/^ *//' -e 's/ .*//' | grep -v -e '^-$' -e '^$' | sort -u)
if [[ -z $cited ]]; then
  echo "no source keys read from 'mgcalc flags --format json'"
  exit 1
fi
missing=$(comm -23 <(echo "$cited") <(echo "$defined"))
if [[ -n $missing ]]; then
  echo "cited by a flag rule but not defined in the sources of $doc:"
  echo "$missing"
  exit 1
fi
echo "$(echo "$cited" | wc -l) cited keys, all defined"
