Daily summaries (Cronometer's dailysummary.csv) for days whose servings are lost: one day
total per day, counted as food, marked [day total]. Fixtures are synthetic.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null

A day of zeros and a day of empty cells had nothing logged and are skipped; Completed
true marks the day complete (as 'mgcalc log day --complete'); false leaves it unmarked,
as Cronometer's default.

  $ mgcalc import cronometer-daily $ROOT/tests/data/import/cronometer-daily.csv --dry-run
  Would import 5 entries from $ROOT/tests/data/import/cronometer-daily.csv (5 rows read): 3 day totals, 2 day marks; 0 already in the journal.
    skipped 1 row with no magnesium value (unknown, not zero): line 5
    skipped 1 day with nothing logged: line 4
    day totals may include supplements: adequacy may be overstated, and supplements on those days cannot be checked against the upper limit
  $ mgcalc import cronometer-daily $ROOT/tests/data/import/cronometer-daily.csv
  Imported 5 entries from $ROOT/tests/data/import/cronometer-daily.csv (5 rows read): 3 day totals, 2 day marks; 0 already in the journal.
    skipped 1 row with no magnesium value (unknown, not zero): line 5
    skipped 1 day with nothing logged: line 4
    day totals may include supplements: adequacy may be overstated, and supplements on those days cannot be checked against the upper limit
  $ mgcalc log show --from 2024-03-04 --to 2024-03-08
  2024-03-04
    20240304-1   -         Cronometer daily total [day total]                            403 mg
    20240304-2   -         [day marked complete]
    total: food 403 mg + supplements 0 mg = 403 mg
    day marked complete
  2024-03-05
    20240305-1   -         Cronometer daily total [day total]                            288 mg
    total: food 288 mg + supplements 0 mg = 288 mg
  2024-03-08
    20240308-1   -         Cronometer daily total [day total]                            333 mg
    20240308-2   -         [day marked complete]
    total: food 333 mg + supplements 0 mg = 333 mg
    day marked complete
  $ mgcalc log show --date 2024-03-05 --format json | jq -c '.entries[]'
  {"amount":null,"date":"2024-03-05","id":"20240305-1","kind":"total","magnesium_mg":288.2,"meal":null,"name":"Cronometer daily total"}
  $ grep -h 'kind: total' data/journal/ann/2024-03.yaml | sed -E 's/, added: .*//'
  - {id: 20240304-1, date: 2024-03-04, kind: total, name: Cronometer daily total, mg: 402.7, import: "cronometer-daily:2024-03-04"
  - {id: 20240305-1, date: 2024-03-05, kind: total, name: Cronometer daily total, mg: 288.15, import: "cronometer-daily:2024-03-05"
  - {id: 20240308-1, date: 2024-03-08, kind: total, name: Cronometer daily total, mg: 333.3, import: "cronometer-daily:2024-03-08"

Re-importing adds nothing. Servings of a day win over its total: importing servings for
2024-03-04 replaces that day's total, and a total is never added to a day with servings.

  $ mgcalc import cronometer-daily $ROOT/tests/data/import/cronometer-daily.csv
  Imported 0 entries from $ROOT/tests/data/import/cronometer-daily.csv (5 rows read); 5 already in the journal.
    skipped 1 row with no magnesium value (unknown, not zero): line 5
    skipped 1 day with nothing logged: line 4
  $ mgcalc import cronometer $ROOT/tests/data/import/cronometer-2024.csv
  Imported 8 entries from $ROOT/tests/data/import/cronometer-2024.csv (9 rows read): 5 foods, 3 supplements; 0 already in the journal.
    skipped 1 row with no magnesium value (unknown, not zero): line 8
    replaced 2 day totals by the servings of the day: 2024-03-04, 2024-03-05
  $ mgcalc log show --date 2024-03-04 | sed -n '1p;$p'
  2024-03-04
    day marked complete
  $ mgcalc import cronometer-daily $ROOT/tests/data/import/cronometer-daily.csv --format json | jq -c '{imported, already_present, skipped}'
  {"imported":0,"already_present":3,"skipped":{"days_with_servings":["2024-03-04","2024-03-05"],"malformed":[],"no_magnesium":[5],"nothing_logged":[4]}}

Spreadsheet re-saves: dates as 1/27/2026, 0 for 0.00, TRUE and FALSE.

  $ mgcalc import cronometer-daily $ROOT/tests/data/import/cronometer-daily-resaved.csv
  Imported 3 entries from $ROOT/tests/data/import/cronometer-daily-resaved.csv (3 rows read): 2 day totals, 1 day mark; 0 already in the journal.
    skipped 1 day with nothing logged: line 3
    day totals may include supplements: adequacy may be overstated, and supplements on those days cannot be checked against the upper limit
  $ mgcalc log show --from 2026-01-27 --to 2026-01-29
  2026-01-27
    20260127-1   -         Cronometer daily total [day total]                            310 mg
    20260127-2   -         [day marked complete]
    total: food 310 mg + supplements 0 mg = 310 mg
    day marked complete
  2026-01-29
    20260129-1   -         Cronometer daily total [day total]                            295 mg
    total: food 295 mg + supplements 0 mg = 295 mg

A daily summary with a Group column: a day's Total row when there is one, else the sum of
its group rows, never both.

  $ mgcalc import cronometer-daily $ROOT/tests/data/import/cronometer-daily-grouped.csv
  Imported 3 entries from $ROOT/tests/data/import/cronometer-daily-grouped.csv (5 rows read): 2 day totals, 1 day mark; 0 already in the journal.
  $ mgcalc log show --from 2025-06-01 --to 2025-06-02
  2025-06-01
    20250601-1   -         Cronometer daily total [day total]                            241 mg
    20250601-2   -         [day marked complete]
    total: food 241 mg + supplements 0 mg = 241 mg
    day marked complete
  2025-06-02
    20250602-1   -         Cronometer daily total [day total]                            201 mg
    total: food 201 mg + supplements 0 mg = 201 mg

Malformed rows are all reported, and nothing is written unless --skip-bad is given.

  $ mgcalc import cronometer-daily $ROOT/tests/data/import/cronometer-bad-daily.csv
  mgcalc: error: $ROOT/tests/data/import/cronometer-bad-daily.csv:3:1: Date '2024-13-01' is not a date
  mgcalc: error: $ROOT/tests/data/import/cronometer-bad-daily.csv:4:2: Magnesium (mg) 'lots' is not a non-negative number
  mgcalc: error: $ROOT/tests/data/import/cronometer-bad-daily.csv:5:3: Completed 'maybe' must be true or false
  mgcalc: error: $ROOT/tests/data/import/cronometer-bad-daily.csv:6:1: Date 2024-03-04 is given twice (first on line 2)
  mgcalc: error: nothing was imported
    hint: fix the rows, or add --skip-bad to import the valid ones
  mgcalc: 4 problems found
  [1]
  $ mgcalc import cronometer-daily $ROOT/tests/data/import/cronometer-bad-daily.csv --skip-bad --dry-run
  mgcalc: warning: skipped $ROOT/tests/data/import/cronometer-bad-daily.csv:3:1: Date '2024-13-01' is not a date
  mgcalc: warning: skipped $ROOT/tests/data/import/cronometer-bad-daily.csv:4:2: Magnesium (mg) 'lots' is not a non-negative number
  mgcalc: warning: skipped $ROOT/tests/data/import/cronometer-bad-daily.csv:5:3: Completed 'maybe' must be true or false
  mgcalc: warning: skipped $ROOT/tests/data/import/cronometer-bad-daily.csv:6:1: Date 2024-03-04 is given twice (first on line 2)
  Would import 0 entries from $ROOT/tests/data/import/cronometer-bad-daily.csv (5 rows read); 1 already in the journal.
    skipped 4 malformed rows: lines 3, 4, 5, 6
    skipped 1 day total of a day with servings (servings win): 2024-03-04
