Lossless export: every entry with all its fields at the journal's stored precision, as
CSV or JSON; 'import mgcalc' reads either back, giving the same entries.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ mgcalc import cronometer $ROOT/tests/data/import/cronometer-2024.csv > /dev/null
  $ mgcalc import cronometer-daily $ROOT/tests/data/import/cronometer-daily.csv > /dev/null
  $ mgcalc log add pumpkin-seeds "1 oz" --meal snack --note 'a "handful", salted' > /dev/null
  $ mgcalc log supplement "magnesium glycinate" "100 mg" --units 2 > /dev/null
  $ mgcalc log day --date 2026-03-03 --incomplete > /dev/null
  $ mgcalc log day --date 2026-03-03 --clear > /dev/null

Magnesium keeps its stored digits (167.832 stays 167.832, not 167.8): a day summed from the
export is the journal's day.

  $ grep -o 'grams: [0-9.]*, mg: [0-9.]*' data/journal/ann/2026-03.yaml
  grams: 28.35, mg: 167.832
  $ mgcalc export csv --output all.csv
  $ sed -n '1p' all.csv
  id,date,meal,kind,name,food_id,amount,grams,magnesium_mg,form,units,note,compound,complete,import,added
  $ grep -c . all.csv
  16
  $ mgcalc export json --output all.json
  $ jq -c '.format, .version, (.schema_version | type), (.entries | length)' all.json
  "mgcalc-journal-export"
  1
  "number"
  15
  $ jq -c '.entries[] | select(.food_id == "pumpkin-seeds") | [.grams, .magnesium_mg]' all.json
  [28.35,167.832]
  $ jq -c '.entries[] | select(.kind == "supplement" and .units == 2)' all.json | sed -E 's/"added":"[^"]*"/"added":"T"/'
  {"added":"T","amount":"100 mg","complete":null,"compound":null,"date":"2026-03-04","food_id":null,"form":"glycinate","grams":null,"id":"20260304-2","import":null,"kind":"supplement","magnesium_mg":200,"meal":null,"name":"magnesium glycinate","note":null,"units":2}

Both read back into an empty data directory give the same journal: the same export, the
same days. Importing again adds nothing.

  $ MGCALC_HOME=csv mgcalc profile init ann --age 40 --sex female > /dev/null
  $ MGCALC_HOME=csv mgcalc import mgcalc all.csv
  Imported 15 entries from all.csv (15 rows read): 6 foods, 4 supplements, 1 day total, 4 day marks; 0 already in the journal.
  $ MGCALC_HOME=csv mgcalc export csv | diff - all.csv
  $ MGCALC_HOME=json mgcalc profile init ann --age 40 --sex female > /dev/null
  $ MGCALC_HOME=json mgcalc import mgcalc all.json --format json | jq -c '{imported, foods, supplements, day_totals, day_marks}'
  {"imported":15,"foods":6,"supplements":4,"day_totals":1,"day_marks":4}
  $ MGCALC_HOME=json mgcalc export json | diff - all.json
  $ MGCALC_HOME=json mgcalc log show --from 2024-03-01 --to 2026-03-04 > json.txt
  $ mgcalc log show --from 2024-03-01 --to 2026-03-04 | diff - json.txt
  $ MGCALC_HOME=json mgcalc import mgcalc all.csv
  Imported 0 entries from all.csv (15 rows read); 15 already in the journal.

A file that is not an mgcalc export, and an export with a broken entry, are refused with
every problem located; nothing is written.

  $ mgcalc import mgcalc $ROOT/tests/data/import/cronometer-2012.csv
  mgcalc: error: $ROOT/tests/data/import/cronometer-2012.csv:1:1: not an mgcalc export: no column date, kind
    hint: read a file written by 'mgcalc export csv' or 'mgcalc export json'
  mgcalc: error: nothing was imported
  [1]
  $ sed -e 's/,31.9,/,lots,/' -e 's/,day,,,,,,,,,,null,/,day,,,,,,,,,,maybe,/' all.csv > broken.csv
  $ mgcalc import mgcalc broken.csv
  mgcalc: error: broken.csv:2:9: mg 'lots' must be a non-negative number
  mgcalc: error: broken.csv:14:14: complete 'maybe' must be true, false or null
  mgcalc: error: nothing was imported
    hint: fix the rows, or add --skip-bad to import the valid ones
  mgcalc: 2 problems found
  [1]
  $ jq '.entries[0].kind = "meal"' all.json > broken.json
  $ mgcalc import mgcalc broken.json
  mgcalc: error: broken.json: entry 1: kind 'meal' must be food, supplement, total or day
  mgcalc: error: nothing was imported
    hint: fix the rows, or add --skip-bad to import the valid ones
  [1]
  $ printf '{"entries": []}' > other.json
  $ mgcalc import mgcalc other.json
  mgcalc: error: other.json:1:1: not an mgcalc export: no "format": "mgcalc-journal-export" with "entries"
    hint: read a file written by 'mgcalc export json' or 'mgcalc export csv'
  mgcalc: error: nothing was imported
  [1]
