Every Cronometer servings.csv layout seen in real exports, read by header name. The
fixtures in tests/data/import/ are synthetic: written for these tests, no one's diary.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null

2011-2016 exports: no Time, Group or Category; dates without zero padding (2011-4-9);
Vitamin A in IU. An empty magnesium cell is unknown, not zero, and is not imported.

  $ mgcalc import cronometer $ROOT/tests/data/import/cronometer-2012.csv
  Imported 3 entries from $ROOT/tests/data/import/cronometer-2012.csv (4 rows read): 3 foods; 0 already in the journal.
    skipped 1 row with no magnesium value (unknown, not zero): line 5
  $ mgcalc log show --from 2011-04-01 --to 2011-04-30
  2011-04-09
    20110409-1   -         Lentils, boiled                      0.50 cup (99 g)           36 mg
    total: food 36 mg + supplements 0 mg = 36 mg
  2011-04-18
    20110418-1   -         Oats, rolled, dry                    40.00 g                   55 mg
    20110418-2   -         Coffee                               1.00 cup                   7 mg
    total: food 62 mg + supplements 0 mg = 62 mg

A 2024 export: Time as "7:05 AM", "05:17" and "13:23 " (a trailing space), a user's own
diary group (Drinks), doubled quotes inside an amount, a trailing space inside a name, a
zero amount, a drug dose in the Amount column ("81.00 mg": neither grams nor magnesium),
and rows filed under Supplements, by group or by category. --dry-run shows the split.

  $ mgcalc import cronometer $ROOT/tests/data/import/cronometer-2024.csv --dry-run
  Would import 8 entries from $ROOT/tests/data/import/cronometer-2024.csv (9 rows read): 5 foods, 3 supplements; 0 already in the journal.
    skipped 1 row with no magnesium value (unknown, not zero): line 8
    read as supplements:
      line 5: Electrolyte stick (Group)
      line 6: Multivitamin (Category)
      line 9: Protein shake (Category)
  $ mgcalc import cronometer $ROOT/tests/data/import/cronometer-2024.csv --dry-run --format json | jq 'del(.schema_version)'
  {
    "already_present": 0,
    "completed_marks_differ": [],
    "day_marks": 0,
    "day_totals": 0,
    "day_totals_beside_supplements": [],
    "day_totals_differ": [],
    "day_totals_no_energy": [],
    "dry_run": true,
    "foods": 5,
    "imported": 8,
    "reclassified": {
      "to_food": 0,
      "to_supplement": 0
    },
    "replaced_day_totals": [],
    "rows": 9,
    "skipped": {
      "days_with_servings": [],
      "malformed": [],
      "no_magnesium": [
        8
      ],
      "nothing_logged": []
    },
    "skipped_malformed": 0,
    "skipped_no_magnesium": 1,
    "supplements": 3
  }

A diary group of one's own holds supplements too: --supplement-group names it (repeatable,
any case). Supplements count towards the supplemental upper limit, not food adequacy.

  $ mgcalc import cronometer $ROOT/tests/data/import/cronometer-2024.csv --supplement-group vitamins
  Imported 8 entries from $ROOT/tests/data/import/cronometer-2024.csv (9 rows read): 4 foods, 4 supplements; 0 already in the journal.
    skipped 1 row with no magnesium value (unknown, not zero): line 8
  $ mgcalc log show --from 2024-03-04 --to 2024-03-05
  2024-03-04
    20240304-1   breakfast Banana, raw                          1.00 medium - 7" to 7 7/8" long    32 mg
    20240304-2   drinks    Instant coffee, brewed               236.59 mL                 10 mg
    20240304-3   lunch     Spinach, boiled                      0.00 g                     0 mg
    20240304-4   -         Electrolyte stick [supplement]       1.00 stick                60 mg
    20240304-5   dinner    Multivitamin [supplement]            1.00 tablet              120 mg
    20240304-6   -         Aspirin [supplement]                 81.00 mg                   0 mg
    total: food 41 mg + supplements 180 mg = 221 mg
  2024-03-05
    20240305-1   breakfast Protein shake [supplement]           1.00 scoop                90 mg
    20240305-2   breakfast Almonds, raw                         28.00 g                   76 mg
    total: food 76 mg + supplements 90 mg = 166 mg
  $ mgcalc export csv --from 2024-03-04 --to 2024-03-04 | sed -E 's/,[0-9T:-]+Z$//'
  id,date,meal,kind,name,food_id,amount,grams,magnesium_mg,form,units,note,compound,complete,import,added
  20240304-1,2024-03-04,breakfast,food,"Banana, raw",cronometer,"1.00 medium - 7"" to 7 7/8"" long",,31.9,,,,,,cronometer:c6adcfe446004957:1
  20240304-2,2024-03-04,drinks,food,"Instant coffee, brewed",cronometer,236.59 mL,,9.5,,,,,,cronometer:02fa8892932e7498:1
  20240304-3,2024-03-04,lunch,food,"Spinach, boiled",cronometer,0.00 g,,0,,,,,,cronometer:2054bed0846753cd:1
  20240304-4,2024-03-04,,supplement,Electrolyte stick,,1.00 stick,,60,,1,,,,cronometer:58175382f01f2036:1
  20240304-5,2024-03-04,dinner,supplement,Multivitamin,,1.00 tablet,,120,,1,,,,cronometer:e5cfecfba84a573f:1
  20240304-6,2024-03-04,,supplement,Aspirin,,81.00 mg,,0,,1,,,,cronometer:1be047b34ed7c4f6:1

Importing the same file again adds nothing.

  $ mgcalc import cronometer $ROOT/tests/data/import/cronometer-2024.csv --supplement-group vitamins
  Imported 0 entries from $ROOT/tests/data/import/cronometer-2024.csv (9 rows read); 8 already in the journal.
    skipped 1 row with no magnesium value (unknown, not zero): line 8

Group and Category without Time (user groups Staples and Sometimes are kept as meals).

  $ mgcalc import cronometer $ROOT/tests/data/import/cronometer-group-category.csv
  Imported 3 entries from $ROOT/tests/data/import/cronometer-group-category.csv (3 rows read): 3 foods; 0 already in the journal.
  $ mgcalc log show --date 2016-11-02
  2016-11-02
    20161102-1   breakfast Yogurt, plain                        1.00 container (170 g)    19 mg
    20161102-2   staples   Brown rice                           1.00 cup (195 g)          86 mg
    20161102-3   sometimes Dark chocolate                       20.00 g                   46 mg
    total: food 150 mg + supplements 0 mg = 150 mg

Many skipped rows: the first five line numbers per reason and how many more; --verbose
lists them all, and JSON always does.

  $ mgcalc import cronometer $ROOT/tests/data/import/cronometer-many-empty.csv --dry-run
  Would import 1 entry from $ROOT/tests/data/import/cronometer-many-empty.csv (8 rows read): 1 food; 0 already in the journal.
    skipped 7 rows with no magnesium value (unknown, not zero): lines 2, 3, 4, 5, 6 and 2 more
  $ mgcalc import cronometer $ROOT/tests/data/import/cronometer-many-empty.csv --dry-run --verbose
  Would import 1 entry from $ROOT/tests/data/import/cronometer-many-empty.csv (8 rows read): 1 food; 0 already in the journal.
    skipped 7 rows with no magnesium value (unknown, not zero): lines 2, 3, 4, 5, 6, 7, 8
  $ mgcalc import cronometer $ROOT/tests/data/import/cronometer-many-empty.csv --dry-run --format json | jq -c '.skipped'
  {"days_with_servings":[],"malformed":[],"no_magnesium":[2,3,4,5,6,7,8],"nothing_logged":[]}

A MyFitnessPal export has no magnesium at all: it is refused, naming the missing column,
by either Cronometer import.

  $ mgcalc import cronometer $ROOT/tests/data/import/myfitnesspal.csv
  mgcalc: error: $ROOT/tests/data/import/myfitnesspal.csv:1:1: this is a MyFitnessPal nutrition summary: it has no magnesium column ('Magnesium (mg)'), so there is nothing to import
    hint: MyFitnessPal does not export magnesium; log the foods with 'mgcalc log add', or export from Cronometer
  mgcalc: error: nothing was imported
  [1]
  $ mgcalc import cronometer-daily $ROOT/tests/data/import/myfitnesspal.csv
  mgcalc: error: $ROOT/tests/data/import/myfitnesspal.csv:1:1: this is a MyFitnessPal nutrition summary: it has no magnesium column ('Magnesium (mg)'), so there is nothing to import
    hint: MyFitnessPal does not export magnesium; log the foods with 'mgcalc log add', or export from Cronometer
  mgcalc: error: nothing was imported
  [1]

The kind of export is told by its header, not its file name: a daily summary given to
'import cronometer', or servings to 'import cronometer-daily', say which command reads it.

  $ cp $ROOT/tests/data/import/cronometer-daily.csv servings.csv
  $ mgcalc import cronometer servings.csv
  mgcalc: error: servings.csv:1:1: not a Cronometer servings.csv: no column Day, Food Name, Amount
    hint: this looks like dailysummary.csv: import it with 'mgcalc import cronometer-daily'
  mgcalc: error: nothing was imported
  [1]
  $ mgcalc import cronometer-daily $ROOT/tests/data/import/cronometer-2012.csv
  mgcalc: error: $ROOT/tests/data/import/cronometer-2012.csv:1:1: not a Cronometer dailysummary.csv: no column Date
    hint: this looks like servings.csv: import it with 'mgcalc import cronometer'
  mgcalc: error: nothing was imported
  [1]
