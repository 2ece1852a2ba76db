Mark days as completely logged or not (Cronometer's "Completed" flag): marks are journal
entries, the last one of a day counts, and they add no magnesium anywhere.

  $ mgcalc profile init maria --birthdate 1972-05-14 --sex female > /dev/null
  $ mgcalc log add spinach-boiled "1/2 cup" --meal lunch
  +78 mg Spinach, boiled (1/2 cup, 90 g) — today 78 mg of 320 mg
  $ mgcalc log supplement "magnesium glycinate" "100 mg"
  +100 mg magnesium glycinate (100 mg elemental) — today 178 mg of 320 mg; supplements 100 mg of the 350 mg upper limit

Mark today complete, then yesterday incomplete; a day with only a mark is listed too.

  $ mgcalc log day --complete
  marked 2026-03-04 complete (entry 20260304-3)
  $ mgcalc log day --date 2026-03-03 --incomplete
  marked 2026-03-03 incomplete (entry 20260303-1): check leaves its food out of adequacy
  $ mgcalc log show --from 2026-03-03
  2026-03-03
    20260303-1   -         [day marked incomplete]
    total: food 0 mg + supplements 0 mg = 0 mg
    day marked incomplete: check leaves its food out of adequacy
  2026-03-04
    20260304-1   lunch     Spinach, boiled                      1/2 cup (90 g)            78 mg
    20260304-2   -         magnesium glycinate [supplement]     100 mg                   100 mg
    20260304-3   -         [day marked complete]
    total: food 78 mg + supplements 100 mg = 178 mg
    day marked complete
  $ mgcalc log show --format json
  {
    "days": [
      {
        "complete": true,
        "date": "2026-03-04",
        "food_day": true,
        "food_mg": 78.3,
        "logged": true,
        "supplement_mg": 100,
        "total_mg": 178.3
      }
    ],
    "entries": [
      {
        "amount": "1/2 cup",
        "date": "2026-03-04",
        "food_id": "spinach-boiled",
        "grams": 90.0,
        "id": "20260304-1",
        "kind": "food",
        "magnesium_mg": 78.3,
        "meal": "lunch",
        "name": "Spinach, boiled"
      },
      {
        "amount": "100 mg",
        "compound": false,
        "date": "2026-03-04",
        "form": "glycinate",
        "id": "20260304-2",
        "kind": "supplement",
        "magnesium_mg": 100,
        "meal": null,
        "name": "magnesium glycinate",
        "units": 1
      },
      {
        "amount": null,
        "complete": true,
        "date": "2026-03-04",
        "id": "20260304-3",
        "kind": "day",
        "magnesium_mg": 0,
        "meal": null,
        "name": null
      }
    ],
    "from": "2026-03-04",
    "schema_version": 3,
    "to": "2026-03-04"
  }

The last mark wins; --clear removes it (and is itself a mark that log show lists).

  $ mgcalc log day --incomplete
  marked 2026-03-04 incomplete (entry 20260304-4): check leaves its food out of adequacy
  $ mgcalc log day --clear --format json
  {
    "day": {
      "complete": null,
      "date": "2026-03-04"
    },
    "entry": {
      "amount": null,
      "complete": null,
      "date": "2026-03-04",
      "id": "20260304-5",
      "kind": "day",
      "magnesium_mg": 0,
      "meal": null,
      "name": null
    },
    "schema_version": 3
  }
  $ mgcalc log show
  2026-03-04
    20260304-1   lunch     Spinach, boiled                      1/2 cup (90 g)            78 mg
    20260304-2   -         magnesium glycinate [supplement]     100 mg                   100 mg
    20260304-3   -         [day marked complete]
    20260304-4   -         [day marked incomplete]
    20260304-5   -         [day mark cleared]
    total: food 78 mg + supplements 100 mg = 178 mg

log rm and log undo take a mark back like any entry; log undo brings the previous mark
back into force.

  $ mgcalc log undo
  removed 20260304-5: day mark cleared on 2026-03-04
  $ mgcalc log show | tail -2
    total: food 78 mg + supplements 100 mg = 178 mg
    day marked incomplete: check leaves its food out of adequacy
  $ mgcalc log rm 20260304-4 --format json
  {
    "removed": {
      "amount": null,
      "complete": false,
      "date": "2026-03-04",
      "id": "20260304-4",
      "kind": "day",
      "magnesium_mg": 0,
      "meal": null,
      "name": null
    },
    "schema_version": 3
  }
  $ mgcalc log show | tail -2
    total: food 78 mg + supplements 100 mg = 178 mg
    day marked complete
  $ sed 's/, added: [^}]*}/}/' data/journal/maria/2026-03.yaml | tail -3
  - {id: 20260304-2, date: 2026-03-04, kind: supplement, name: magnesium glycinate, amount: "100 mg", mg: 100, form: glycinate}
  - {id: 20260304-3, date: 2026-03-04, kind: day, complete: true}
  - {id: 20260303-1, date: 2026-03-03, kind: day, complete: false}

A day mark has nothing to edit but its date and note.

  $ mgcalc log edit 20260303-1 --amount "1 cup"
  mgcalc: error: 20260303-1 is a day mark: only --date and --note apply to it
    hint: change the mark with 'mgcalc log day --date D --complete' (or --incomplete, --clear)
  [2]
  $ mgcalc log edit 20260303-1 --date 2026-03-02
  edited 20260302-1: day marked incomplete on 2026-03-02
  $ mgcalc log show --date 2026-03-02 --format json
  {
    "days": [
      {
        "complete": false,
        "date": "2026-03-02",
        "food_day": false,
        "food_mg": null,
        "logged": false,
        "supplement_mg": null,
        "total_mg": null
      }
    ],
    "entries": [
      {
        "amount": null,
        "complete": false,
        "date": "2026-03-02",
        "id": "20260302-1",
        "kind": "day",
        "magnesium_mg": 0,
        "meal": null,
        "name": null
      }
    ],
    "from": "2026-03-02",
    "schema_version": 3,
    "to": "2026-03-02"
  }

Marks add nothing to totals or reports. Exports carry them (rows of kind day, with no
magnesium), so that an exported journal imported back is the same journal; the logging
time at the end of each row is cut here, as it changes from run to run.

  $ mgcalc log day --date 2026-03-02 --complete > /dev/null
  $ mgcalc export csv | sed -E 's/,[0-9T:-]+Z$//'
  id,date,meal,kind,name,food_id,amount,grams,magnesium_mg,form,units,note,compound,complete,import,added
  20260302-1,2026-03-02,,day,,,,,,,,,,false,
  20260302-2,2026-03-02,,day,,,,,,,,,,true,
  20260304-1,2026-03-04,lunch,food,"Spinach, boiled",spinach-boiled,1/2 cup,90,78.3,,,,,,
  20260304-2,2026-03-04,,supplement,magnesium glycinate,,100 mg,,100,glycinate,1,,,,
  20260304-3,2026-03-04,,day,,,,,,,,,,true,
  $ mgcalc report week --format json | grep -E '"meal"|"food_id": ""'
        "meal": "lunch",
        "meal": "supplements",

Usage errors: no flag, two flags; a bad date.

  $ mgcalc log day
  mgcalc: error: log day needs --complete, --incomplete or --clear
    hint: mgcalc log day --date 2026-03-03 --incomplete
  [2]
  $ mgcalc log day --complete --incomplete
  mgcalc: error: give only one of --complete, --incomplete and --clear
    hint: mgcalc log day --date 2026-03-03 --incomplete
  [2]
  $ mgcalc log day --complete --date 2026-02-30
  mgcalc: error: --date '2026-02-30' is not a date
    hint: write YYYY-MM-DD (e.g. 2026-03-14), today, yesterday, or a weekday name (monday ... sunday) for one of the last seven days
  [1]
  $ mgcalc help log day
  usage: mgcalc log day --complete | --incomplete | --clear [--date D]
  
  mark a day as completely logged, or not
  
  As Cronometer's "Completed" flag: --complete says everything eaten that day is
  logged; --incomplete says it is not, and check leaves that day's food out of the
  adequacy assessment (a half-logged day would look like a shortfall). --clear removes
  the mark. Each mark is a journal entry: a day's last mark counts, and 'mgcalc log rm
  ID' or 'mgcalc log undo' takes one back. 'mgcalc log show' shows the marks.
  
  Options:
    --date YYYY-MM-DD     the day to mark (default today)
    --complete            everything eaten that day is logged
    --incomplete          only part of what was eaten that day is logged
    --clear               remove the day's mark
  
  Output: --format text or json (default text)
  
  Global options (--data-dir, --foods, --profile, --today, --format, --standard,
  --no-color, --ascii) are accepted too: see 'mgcalc help'.

A hand-edited day mark is checked like every line: each problem located, writes refused.

  $ cat >> data/journal/maria/2026-03.yaml <<'END'
  > - {id: 20260305-1, date: 2026-03-05, kind: day, complete: yes, added: "2026-03-05T10:00:00Z"}
  > - {id: 20260305-2, date: 2026-03-05, kind: day, mg: 12, complete: true}
  > - {id: 20260305-3, date: 2026-03-05, kind: day}
  > END
  $ mgcalc log show --date 2026-03-05
  mgcalc: error: data/journal/maria/2026-03.yaml:10:59: complete 'yes' must be true, false or null
      10 | - {id: 20260305-1, date: 2026-03-05, kind: day, complete: yes, added: "2026-03-05T10:00:00Z"}
         |                                                           ^
  mgcalc: error: data/journal/maria/2026-03.yaml:11:49: 'mg' does not belong on a day mark
      11 | - {id: 20260305-2, date: 2026-03-05, kind: day, mg: 12, complete: true}
         |                                                 ^
    hint: a day mark (kind: day) has only id, date, complete, added and a note
  mgcalc: error: data/journal/maria/2026-03.yaml:12:3: entry is missing 'complete'
      12 | - {id: 20260305-3, date: 2026-03-05, kind: day}
         |   ^
    hint: a day mark needs complete: true, false or null
  mgcalc: 3 problems found
  [1]
  $ mgcalc log day --complete
  mgcalc: error: data/journal/maria/2026-03.yaml:10:59: complete 'yes' must be true, false or null
      10 | - {id: 20260305-1, date: 2026-03-05, kind: day, complete: yes, added: "2026-03-05T10:00:00Z"}
         |                                                           ^
  mgcalc: error: data/journal/maria/2026-03.yaml:11:49: 'mg' does not belong on a day mark
      11 | - {id: 20260305-2, date: 2026-03-05, kind: day, mg: 12, complete: true}
         |                                                 ^
    hint: a day mark (kind: day) has only id, date, complete, added and a note
  mgcalc: error: data/journal/maria/2026-03.yaml:12:3: entry is missing 'complete'
      12 | - {id: 20260305-3, date: 2026-03-05, kind: day}
         |   ^
    hint: a day mark needs complete: true, false or null
  mgcalc: error: the journal has malformed lines; nothing was written
    hint: fix or delete the lines above (mgcalc never drops a line silently)
  mgcalc: 4 problems found
  [1]
