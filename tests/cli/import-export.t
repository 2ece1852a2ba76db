Import a Cronometer servings.csv: magnesium as recorded, day and diary group kept;
a re-import adds nothing twice; an empty magnesium cell is unknown, not zero.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ mgcalc import cronometer $ROOT/tests/data/cronometer-servings.csv --dry-run
  Would import 4 entries from $ROOT/tests/data/cronometer-servings.csv (5 rows read): 4 foods; 0 already in the journal.
    skipped 1 row with no magnesium value (unknown, not zero): line 5
  $ mgcalc import cronometer $ROOT/tests/data/cronometer-servings.csv
  Imported 4 entries from $ROOT/tests/data/cronometer-servings.csv (5 rows read): 4 foods; 0 already in the journal.
    skipped 1 row with no magnesium value (unknown, not zero): line 5
  $ mgcalc import cronometer $ROOT/tests/data/cronometer-servings.csv --format json | jq 'del(.schema_version)'
  {
    "already_present": 4,
    "completed_marks_differ": [],
    "day_marks": 0,
    "day_totals": 0,
    "day_totals_beside_supplements": [],
    "day_totals_differ": [],
    "day_totals_no_energy": [],
    "dry_run": false,
    "foods": 0,
    "imported": 0,
    "reclassified": {
      "to_food": 0,
      "to_supplement": 0
    },
    "replaced_day_totals": [],
    "rows": 5,
    "skipped": {
      "days_with_servings": [],
      "malformed": [],
      "no_magnesium": [
        5
      ],
      "nothing_logged": []
    },
    "skipped_malformed": 0,
    "skipped_no_magnesium": 1,
    "supplements": 0
  }
  $ mgcalc log show --from 2026-03-01 --to 2026-03-04
  2026-03-02
    20260302-1   breakfast Oats, rolled, dry                    40.00 g                   55 mg
    20260302-2   breakfast Almonds, raw                         28.00 g                   76 mg
    20260302-3   lunch     Spinach, cooked, boiled, drained     1.00 cup (180 g)         157 mg
    total: food 287 mg + supplements 0 mg = 287 mg
  2026-03-03
    20260303-1   -         Banana, raw                          8.00 medium (7" to 7-7/8" long)   255 mg
    total: food 255 mg + supplements 0 mg = 255 mg

Malformed rows are reported by line, and nothing is written unless --skip-bad is given.

  $ mgcalc import cronometer $ROOT/tests/data/cronometer-bad.csv
  mgcalc: error: $ROOT/tests/data/cronometer-bad.csv:3:1: Day '2026-02-30' is not a date
  mgcalc: error: $ROOT/tests/data/cronometer-bad.csv:4:4: Magnesium (mg) '-5' is not a non-negative number
  mgcalc: error: $ROOT/tests/data/cronometer-bad.csv:5: row has 2 fields, the header has 4
  mgcalc: error: nothing was imported
    hint: fix the rows, or add --skip-bad to import the valid ones
  mgcalc: 3 problems found
  [1]
  $ mgcalc import cronometer $ROOT/tests/data/cronometer-bad.csv --skip-bad
  mgcalc: warning: skipped $ROOT/tests/data/cronometer-bad.csv:3:1: Day '2026-02-30' is not a date
  mgcalc: warning: skipped $ROOT/tests/data/cronometer-bad.csv:4:4: Magnesium (mg) '-5' is not a non-negative number
  mgcalc: warning: skipped $ROOT/tests/data/cronometer-bad.csv:5: row has 2 fields, the header has 4
  Imported 1 entry from $ROOT/tests/data/cronometer-bad.csv (4 rows read): 1 food; 0 already in the journal.
    skipped 3 malformed rows: lines 3, 4, 5
  $ printf 'Date,Magnesium (mg)\n2026-03-02,300\n' > daily.csv
  $ mgcalc import cronometer daily.csv
  mgcalc: error: daily.csv:1:1: not a Cronometer servings.csv: no column Day, Food Name, Amount
    hint: this looks like dailysummary.csv: import it with 'mgcalc import cronometer-daily'
  mgcalc: error: nothing was imported
  [1]

Export the journal as CSV, to stdout or atomically to a file.

  $ mgcalc log supplement "magnesium citrate" "150 mg" --note 'with "food", maybe' > /dev/null
  $ mgcalc export csv | sed -E 's/,[0-9T:-]+Z$//'
  id,date,meal,kind,name,food_id,amount,grams,magnesium_mg,form,units,note,compound,complete,import,added
  20260302-1,2026-03-02,breakfast,food,"Oats, rolled, dry",cronometer,40.00 g,40,55.2,,,,,,cronometer:5ba058f9a6c1df7a:1
  20260302-2,2026-03-02,breakfast,food,"Almonds, raw",cronometer,28.00 g,28,75.6,,,,,,cronometer:c12e8d4a7e9cc27e:1
  20260302-3,2026-03-02,lunch,food,"Spinach, cooked, boiled, drained",cronometer,1.00 cup (180 g),180,156.6,,,,,,cronometer:863f58425ff15301:1
  20260302-4,2026-03-02,,food,Tea,cronometer,1 cup,,4.9,,,,,,cronometer:93b32edfc68b3754:1
  20260303-1,2026-03-03,,food,"Banana, raw",cronometer,"8.00 medium (7"" to 7-7/8"" long)",,254.9,,,,,,cronometer:703845c23250d80c:1
  20260304-1,2026-03-04,,supplement,magnesium citrate,,150 mg,,150,citrate,1,"with ""food"", maybe",,,
  $ mgcalc export csv --from 2026-03-03 --to 2026-03-04 --output out.csv && sed -E 's/,[0-9T:-]+Z$//' out.csv
  id,date,meal,kind,name,food_id,amount,grams,magnesium_mg,form,units,note,compound,complete,import,added
  20260303-1,2026-03-03,,food,"Banana, raw",cronometer,"8.00 medium (7"" to 7-7/8"" long)",,254.9,,,,,,cronometer:703845c23250d80c:1
  20260304-1,2026-03-04,,supplement,magnesium citrate,,150 mg,,150,citrate,1,"with ""food"", maybe",,,
