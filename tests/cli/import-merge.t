How imports meet what the journal already holds (review of issue #14): day totals beside
manual entries, supplements in daily summaries, reclassification, re-saved spreadsheets and
hostile JSON. Fixtures are synthetic.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null

A supplement logged in mgcalc is not in Cronometer's total: it does not block the day
total, and the summary says both count. A day with magnesium but no energy is imported as
a day total and listed, not guessed to be supplements.

  $ mgcalc log supplement 'magnesium glycinate' '100 mg' --date 2025-05-02 > /dev/null
  $ mgcalc import cronometer-daily $ROOT/tests/data/import/review-daily.csv
  Imported 3 entries from $ROOT/tests/data/import/review-daily.csv (3 rows read): 3 day totals; 0 already in the journal.
    kept 1 day total beside supplements logged in mgcalc (both count): 2025-05-02
    no energy logged: magnesium may come from supplements or water (2025-05-03)
    day totals may include supplements: adequacy may be overstated, and supplements on those days cannot be checked against the upper limit

Logging on a day that holds a total warns that the total still counts, and how to remove it.

  $ mgcalc log add spinach-boiled '1/2 cup' --date 2025-05-01
  mgcalc: warning: 2025-05-01 has a day total of 300 mg (20250501-1), which is still counted: if this day's food is now logged item by item, remove the total with 'mgcalc log rm 20250501-1'
  +78 mg Spinach, boiled (1/2 cup, 90 g) — on 2025-05-01: 378 mg of 320 mg
  $ mgcalc log show --date 2025-05-01 | sed -n '2,3p'
    20250501-1   -         Cronometer daily total [day total]                            300 mg
    20250501-2   -         Spinach, boiled                      1/2 cup (90 g)            78 mg

An entry moved onto such a day with `log edit --date` gets the same warning.

  $ mgcalc log add almonds '1 oz' --date 2025-04-30 > /dev/null
  $ mgcalc log edit 20250430-1 --date 2025-05-01
  mgcalc: warning: 2025-05-01 has a day total of 300 mg (20250501-1), which is still counted: if this day's food is now logged item by item, remove the total with 'mgcalc log rm 20250501-1'
  edited 20250501-3: Almonds 1 oz (28.35 g) (77 mg) on 2025-05-01
  $ mgcalc log rm 20250501-3 > /dev/null

Cronometer servings of that day replace its total, whatever else the day holds.

  $ mgcalc import cronometer $ROOT/tests/data/import/review-servings.csv
  Imported 3 entries from $ROOT/tests/data/import/review-servings.csv (3 rows read): 3 foods; 0 already in the journal.
    replaced 1 day total by the servings of the day: 2025-05-01
  $ mgcalc log show --date 2025-05-01
  2025-05-01
    20250501-2   -         Spinach, boiled                      1/2 cup (90 g)            78 mg
    20250501-3   breakfast Oats                                 40.00 g                   55 mg
    20250501-4   vitamins  Electrolyte Stick                    1.00 stick                60 mg
    20250501-5   lunch     Spinach                              100.00 g                  79 mg
    total: food 273 mg + supplements 0 mg = 273 mg

check and report week say how many food days are day totals, in every format; the
weekly top sources leave day totals out.

  $ mgcalc check --date 2025-05-03 --days 3 | grep -A2 'day totals'
    2 of the 3 food days are Cronometer day totals, which may include supplements:
    adequacy may be overstated, and supplements on those days cannot be checked
    against the upper limit.
  $ mgcalc check --date 2025-05-03 --days 3 --format json | jq -c .window
  {"day_total_days":2,"days":3,"days_logged":3,"food_days":3,"from":"2025-05-01","incomplete_days":0,"supplement_only_days":0,"to":"2025-05-03"}
  $ mgcalc report week --ending 2025-05-07 | sed -n '/Top food sources/,/By meal/p'
  Top food sources
    Spinach                                               79 mg    8%
    Spinach, boiled                                       78 mg    8%
    Electrolyte Stick                                     60 mg    6%
    Oats                                                  55 mg    6%
    2 day totals not broken down
  
  By meal
  $ mgcalc report week --ending 2025-05-07 --format markdown | grep -E 'day totals'
  | | 2 of the 3 food days are Cronometer day totals, which may include supplements: adequacy may be overstated, and supplements on those days cannot be checked against the upper limit. |
  2 day totals not broken down
  $ mgcalc report week --ending 2025-05-07 --format html | grep -E 'day totals'
  <p class="note">2 of the 3 food days are Cronometer day totals, which may include supplements: adequacy may be overstated, and supplements on those days cannot be checked against the upper limit.</p>
  <p class="note">2 day totals not broken down</p>
  $ mgcalc report week --ending 2025-05-07 --format json | jq -c '{w: .window.day_total_days, n: .day_totals_not_broken_down}'
  {"w":2,"n":2}

A grouped daily summary: the Supplements group (and --supplement-group names) becomes a
supplement entry of the day; the other groups make the day total.

  $ mgcalc import cronometer-daily $ROOT/tests/data/import/review-daily-grouped.csv --supplement-group Vitamins
  Imported 4 entries from $ROOT/tests/data/import/review-daily-grouped.csv (6 rows read): 2 supplements, 2 day totals; 0 already in the journal.
  $ mgcalc log show --from 2025-06-10 --to 2025-06-11
  2025-06-10
    20250610-1   -         Cronometer daily total [day total]                            250 mg
    20250610-2   -         Cronometer Supplements~ [supplement] daily total              120 mg
    total: food 250 mg + supplements 120 mg = 370 mg
  2025-06-11
    20250611-1   -         Cronometer daily total [day total]                            100 mg
    20250611-2   -         Cronometer Vitamins gr~ [supplement] daily total               60 mg
    total: food 100 mg + supplements 60 mg = 160 mg

Re-importing with other supplement groups reclassifies in place; the same options again
change nothing; the original options reclassify back.

  $ mgcalc import cronometer $ROOT/tests/data/import/review-servings.csv --supplement-group Vitamins --dry-run
  Would import 0 entries from $ROOT/tests/data/import/review-servings.csv (3 rows read); 3 already in the journal.
    1 entry reclassified as supplements
    read as supplements:
      line 3: Electrolyte Stick (Group)
  $ mgcalc import cronometer $ROOT/tests/data/import/review-servings.csv --supplement-group Vitamins
  Imported 0 entries from $ROOT/tests/data/import/review-servings.csv (3 rows read); 3 already in the journal.
    1 entry reclassified as supplements
  $ mgcalc log show --date 2025-05-01 | grep Electrolyte
    20250501-4   -         Electrolyte Stick [supplement]       1.00 stick                60 mg
  $ mgcalc import cronometer $ROOT/tests/data/import/review-servings.csv --supplement-group Vitamins
  Imported 0 entries from $ROOT/tests/data/import/review-servings.csv (3 rows read); 3 already in the journal.
  $ mgcalc import cronometer $ROOT/tests/data/import/review-servings.csv
  Imported 0 entries from $ROOT/tests/data/import/review-servings.csv (3 rows read); 3 already in the journal.
    1 entry reclassified as food

A spreadsheet re-save (5/1/2025, 8:00 AM, 55.2 for 55.20) is the same rows.

  $ mgcalc import cronometer $ROOT/tests/data/import/review-servings-resaved.csv
  Imported 0 entries from $ROOT/tests/data/import/review-servings-resaved.csv (3 rows read); 3 already in the journal.

A re-import whose total differs keeps the journal's and says so.

  $ sed 's/280.00/290.00/' $ROOT/tests/data/import/review-daily.csv > changed.csv
  $ mgcalc import cronometer-daily changed.csv
  Imported 0 entries from changed.csv (3 rows read); 2 already in the journal.
    skipped 1 day total of a day with servings (servings win): 2025-05-01
    1 day total differs from the journal (kept the journal's): 2025-05-02
    no energy logged: magnesium may come from supplements or water (2025-05-03)

JSON nested too deep is refused where it goes too deep; values of the wrong type are
refused by entry number, and --skip-bad counts entries.

  $ mgcalc import mgcalc $ROOT/tests/data/import/review-deep.json
  mgcalc: error: $ROOT/tests/data/import/review-deep.json:1:127: JSON nested more than 64 levels deep
    hint: an mgcalc export nests three levels: read a file written by 'mgcalc export json'
  mgcalc: error: nothing was imported
  [1]
  $ mgcalc import mgcalc $ROOT/tests/data/import/review-types.json
  mgcalc: error: $ROOT/tests/data/import/review-types.json: entry 1: 'magnesium_mg' must be a number, not the string "55"
  mgcalc: error: $ROOT/tests/data/import/review-types.json: entry 2: 'name' must be a string, not object
  mgcalc: error: $ROOT/tests/data/import/review-types.json: entry 2: 'grams' must be a number, not boolean
  mgcalc: error: $ROOT/tests/data/import/review-types.json: entry 2: 'note' must be a string, not array
  mgcalc: error: $ROOT/tests/data/import/review-types.json: entry 4: is number, not an object
  mgcalc: error: nothing was imported
    hint: fix the rows, or add --skip-bad to import the valid ones
  mgcalc: 5 problems found
  [1]
  $ mgcalc import mgcalc $ROOT/tests/data/import/review-types.json --skip-bad --dry-run
  mgcalc: warning: skipped $ROOT/tests/data/import/review-types.json: entry 1: 'magnesium_mg' must be a number, not the string "55"
  mgcalc: warning: skipped $ROOT/tests/data/import/review-types.json: entry 2: 'name' must be a string, not object
  mgcalc: warning: skipped $ROOT/tests/data/import/review-types.json: entry 2: 'grams' must be a number, not boolean
  mgcalc: warning: skipped $ROOT/tests/data/import/review-types.json: entry 2: 'note' must be a string, not array
  mgcalc: warning: skipped $ROOT/tests/data/import/review-types.json: entry 4: is number, not an object
  Would import 1 entry from $ROOT/tests/data/import/review-types.json (4 rows read): 1 food; 0 already in the journal.
    skipped 3 malformed entries: entries 1, 2, 4
  $ mgcalc import mgcalc $ROOT/tests/data/import/review-types.json --skip-bad --dry-run --format json | jq -c .skipped
  mgcalc: warning: skipped $ROOT/tests/data/import/review-types.json: entry 1: 'magnesium_mg' must be a number, not the string "55"
  mgcalc: warning: skipped $ROOT/tests/data/import/review-types.json: entry 2: 'name' must be a string, not object
  mgcalc: warning: skipped $ROOT/tests/data/import/review-types.json: entry 2: 'grams' must be a number, not boolean
  mgcalc: warning: skipped $ROOT/tests/data/import/review-types.json: entry 2: 'note' must be a string, not array
  mgcalc: warning: skipped $ROOT/tests/data/import/review-types.json: entry 4: is number, not an object
  {"days_with_servings":[],"malformed_entries":[1,2,4],"no_magnesium":[],"nothing_logged":[]}

Cronometer row problems carry their column; a huge value is too large.

  $ printf 'Day,Food Name,Amount,Magnesium (mg)\n2025-05-01,Oats,40 g,1e308\n' > huge.csv
  $ mgcalc import cronometer huge.csv
  mgcalc: error: huge.csv:2:4: Magnesium (mg) '1e308' is too large (at most 999999)
  mgcalc: error: nothing was imported
  [1]

log show cuts long names by characters, never inside one, and keeps the kind tag whole.

  $ printf 'Day,Group,Food Name,Amount,Magnesium (mg)\n2025-07-01,Breakfast,Crème fraîche épaisse entière de Normandie,30 g,2\n2025-07-01,Supplements,Magnésium marin bisglycinate «nuit calme»,1 gélule,100\n' > accents.csv
  $ mgcalc import cronometer accents.csv > /dev/null
  $ mgcalc log show --date 2025-07-01
  2025-07-01
    20250701-1   breakfast Crème fraîche épaisse entière de No~ 30 g                       2 mg
    20250701-2   -         Magnésium marin bisgly~ [supplement] 1 gélule                 100 mg
    total: food 2 mg + supplements 100 mg = 102 mg

A re-import whose Completed marks changed keeps the journal's marks and says so.

  $ printf 'Date,Magnesium (mg),Completed\n2025-08-01,300,true\n2025-08-02,310,true\n' > marks.csv
  $ mgcalc import cronometer-daily marks.csv > /dev/null
  $ mgcalc log day --incomplete --date 2025-08-01 > /dev/null
  $ printf 'Date,Magnesium (mg),Completed\n2025-08-01,300,true\n2025-08-02,310,false\n' > marks2.csv
  $ mgcalc import cronometer-daily marks2.csv
  Imported 0 entries from marks2.csv (2 rows read); 3 already in the journal.
    2 Completed marks differ from the journal (kept the journal's): 2025-08-01, 2025-08-02

Logging several foods at once on a day total warns as well, in JSON too.

  $ printf 'Date,Magnesium (mg)\n2025-09-01,300\n' > one.csv
  $ mgcalc import cronometer-daily one.csv > /dev/null
  $ { mgcalc log add spinach-boiled '1/2 cup' spinach-boiled '1 cup' --date 2025-09-01 --format json > /dev/null; }
  mgcalc: warning: 2025-09-01 has a day total of 300 mg (20250901-1), which is still counted: if this day's food is now logged item by item, remove the total with 'mgcalc log rm 20250901-1'
