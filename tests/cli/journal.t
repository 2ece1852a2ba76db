Log foods and supplements, show them with day totals, edit, remove and undo.

  $ mgcalc profile init maria --birthdate 1972-05-14 --sex female > /dev/null
  $ mgcalc log add spinach-boiled "1/2 cup" --meal lunch
  +78 mg Spinach, boiled (1/2 cup, 90 g) — today 78 mg of 320 mg
  $ mgcalc log add "cooked spinach" 1 cup --date 2026-03-03
  +157 mg Spinach, boiled (1 cup, 180 g) — on 2026-03-03: 157 mg of 320 mg
  $ mgcalc log add almonds "1 oz" --meal snack --note "after walk"
  +77 mg Almonds (1 oz, 28.35 g) — today 155 mg of 320 mg
  $ mgcalc log supplement "magnesium glycinate" "100 mg" --units 2
  +200 mg magnesium glycinate (2 x 100 mg elemental) — today 355 mg of 320 mg; supplements 200 mg of the 350 mg upper limit
  $ mgcalc log supplement "Milk of Magnesia" "1200 mg" --compound --meal dinner
  +500 mg Milk of Magnesia (1200 mg of magnesium hydroxide (milk of magnesia), 41.7% Mg) — today 855 mg of 320 mg; supplements 700 mg, above the 350 mg upper limit
  $ mgcalc log show
  2026-03-04
    20260304-1   lunch     Spinach, boiled                      1/2 cup (90 g)            78 mg
    20260304-2   snack     Almonds                              1 oz (28.35 g)            77 mg
    20260304-3   -         magnesium glycinate [supplement]     2 x 100 mg               200 mg
    20260304-4   dinner    Milk of Magnesia [supplement]        1200 mg                  500 mg
    total: food 155 mg + supplements 700 mg = 855 mg
  $ mgcalc log show --from 2026-03-01 --to 2026-03-04 --format json
  {
    "days": [
      {
        "complete": null,
        "date": "2026-03-03",
        "food_day": true,
        "food_mg": 156.6,
        "logged": true,
        "supplement_mg": 0,
        "total_mg": 156.6
      },
      {
        "complete": null,
        "date": "2026-03-04",
        "food_day": true,
        "food_mg": 154.8,
        "logged": true,
        "supplement_mg": 700.4,
        "total_mg": 855.2
      }
    ],
    "entries": [
      {
        "amount": "1 cup",
        "date": "2026-03-03",
        "food_id": "spinach-boiled",
        "grams": 180.0,
        "id": "20260303-1",
        "kind": "food",
        "magnesium_mg": 156.6,
        "meal": null,
        "name": "Spinach, boiled"
      },
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
        "amount": "1 oz",
        "date": "2026-03-04",
        "food_id": "almonds",
        "grams": 28.35,
        "id": "20260304-2",
        "kind": "food",
        "magnesium_mg": 76.5,
        "meal": "snack",
        "name": "Almonds",
        "note": "after walk"
      },
      {
        "amount": "100 mg",
        "compound": false,
        "date": "2026-03-04",
        "form": "glycinate",
        "id": "20260304-3",
        "kind": "supplement",
        "magnesium_mg": 200,
        "meal": null,
        "name": "magnesium glycinate",
        "units": 2
      },
      {
        "amount": "1200 mg",
        "compound": true,
        "date": "2026-03-04",
        "form": "hydroxide",
        "id": "20260304-4",
        "kind": "supplement",
        "magnesium_mg": 500.4,
        "meal": "dinner",
        "name": "Milk of Magnesia",
        "units": 1
      }
    ],
    "from": "2026-03-01",
    "schema_version": 3,
    "to": "2026-03-04"
  }
  $ mgcalc log edit 20260304-2 --amount "2 oz"
  edited 20260304-2: Almonds 2 oz (56.7 g) (153 mg) on 2026-03-04

An edit gets log add's guards: a typo in the new amount is named, with the way back.

  $ mgcalc log edit 20260304-2 --amount "3 kg" --format json | grep -A4 '"warnings"'
  mgcalc: warning: 3000 g of Almonds in one entry: if that is not what was eaten, correct the amount with 'mgcalc log edit 20260304-2 --amount AMOUNT'
    "warnings": [
      {
        "id": "implausible-amount",
        "message": "3000 g of Almonds in one entry: if that is not what was eaten, correct the amount"
      }
  $ mgcalc log edit 20260304-2 --amount "2 oz"
  edited 20260304-2: Almonds 2 oz (56.7 g) (153 mg) on 2026-03-04
  $ mgcalc log rm 20260303-1
  removed 20260303-1: Spinach, boiled 1 cup (180 g) (157 mg) on 2026-03-03
  $ mgcalc log undo
  removed 20260304-4: Milk of Magnesia 1200 mg (500 mg) on 2026-03-04
  $ mgcalc log show
  2026-03-04
    20260304-1   lunch     Spinach, boiled                      1/2 cup (90 g)            78 mg
    20260304-2   snack     Almonds                              2 oz (56.7 g)            153 mg
    20260304-3   -         magnesium glycinate [supplement]     2 x 100 mg               200 mg
    total: food 231 mg + supplements 200 mg = 431 mg

The journal is plain YAML, one entry per line, with the magnesium as recorded.

  $ sed 's/, added: [^}]*}/}/' data/journal/maria/2026-03.yaml
  # mgcalc journal: one entry per line, magnesium as recorded when logged.
  # Format: docs/file-formats.md#journal. Edit with care; mgcalc refuses to write
  # while any line is malformed.
  - {format: mgcalc-journal, version: 1}
  - {id: 20260304-1, date: 2026-03-04, meal: lunch, kind: food, food: spinach-boiled, name: "Spinach, boiled", amount: "1/2 cup", grams: 90, mg: 78.3}
  - {id: 20260304-2, date: 2026-03-04, meal: snack, kind: food, food: almonds, name: Almonds, amount: "2 oz", grams: 56.699, mg: 153.087, note: "after walk"}
  - {id: 20260304-3, date: 2026-03-04, kind: supplement, name: magnesium glycinate, amount: "100 mg", mg: 200, form: glycinate, units: 2}

Milk of magnesia without --compound: the amount is taken as elemental, and a note says
what it holds if the amount is the hydroxide's mass.

  $ mgcalc log supplement "milk of magnesia" "400 mg" --date 2026-03-01
  +400 mg milk of magnesia (400 mg elemental) — on 2026-03-01: 400 mg of 320 mg; supplements 400 mg, above the 350 mg upper limit
    note: if 400 mg is the mass of magnesium hydroxide (milk of magnesia) rather
          than of magnesium, it holds 167 mg of magnesium: 'mgcalc log undo', then
          log it again with --compound
  $ mgcalc log undo > /dev/null

With --format json the note is a field, `compound_note` (docs/json.md).

  $ mgcalc --format json log supplement "milk of magnesia" "400 mg" --date 2026-03-01 | jq -c .compound_note
  {"amount":"400 mg","form":"hydroxide","form_name":"magnesium hydroxide (milk of magnesia)","if_compound_mg":166.8,"if_compound_total_mg":166.8,"message":"if 400 mg is the mass of magnesium hydroxide (milk of magnesia) rather than of magnesium, it holds 167 mg of magnesium","units":1}
  $ mgcalc log undo > /dev/null
  $ mgcalc --format json log supplement "magnesium glycinate" "100 mg" --date 2026-03-01 | jq -c .compound_note
  null
  $ mgcalc log undo > /dev/null

Errors: unknown food (with candidates), bad amount, bad meal, unknown id, bad form.

  $ mgcalc log add spinnach "1 cup"
  mgcalc: error: unknown food 'spinnach'
    hint: did you mean 'Spinach, raw' (spinach-raw), 'Spinach, boiled' (spinach-boiled) or 'Spinach, frozen, cooked' (spinach-frozen-cooked)?
  [1]
  $ mgcalc log add magnesium 1
  mgcalc: error: unknown food 'magnesium'
    hint: a magnesium supplement is logged with 'mgcalc log supplement NAME AMOUNT'; or did you mean 'Tofu, firm, prepared with calcium sulfate and magnesium chloride (nigari)' (usda-16126) or 'Tofu, soft, prepared with calcium sulfate and magnesium chloride (nigari)' (usda-16127)?
  [1]
  $ mgcalc log add spinach-boiled "1 slice"
  mgcalc: error: spinach-boiled has no portion 'slice'
    hint: its portions: 1 cup (180 g), 1/2 cup (90 g); or use g, oz or lb
  [1]
  $ mgcalc log add spinach-boiled -- "-2 cups"
  mgcalc: error: amount '-2 cups' is negative
    hint: write a number and a unit, e.g. '30 g', '1/2 cup', '1 medium'
  [1]
  $ mgcalc log add spinach-boiled "1/0 cup"
  mgcalc: error: amount '1/0 cup' divides by zero
    hint: write a number and a unit, e.g. '30 g', '1/2 cup', '1 medium'
  [1]
  $ mgcalc log add spinach-boiled "lots"
  mgcalc: error: amount 'lots' does not start with a number
    hint: write a number and a unit, e.g. '30 g', '1/2 cup', '1 medium'
  [1]

A hand-broken journal: every bad line is reported, and writes are refused until fixed.

  $ printf -- '- {id: x, date: 2026-13-01, kind: food, food: a, name: A, amount: "1 g", mg: 1}\n- {id: y, date: 2026-03-02, kind: food, name: B, amount: "1 g", mg: lots}\n- oops\n' >> data/journal/maria/2026-03.yaml
  $ mgcalc log show
  mgcalc: error: data/journal/maria/2026-03.yaml:8:17: date '2026-13-01' is not a date
       8 | - {id: x, date: 2026-13-01, kind: food, food: a, name: A, amount: "1 g", mg: 1}
         |                 ^
    hint: write YYYY-MM-DD
  mgcalc: error: data/journal/maria/2026-03.yaml:9:3: entry is missing 'food'
       9 | - {id: y, date: 2026-03-02, kind: food, name: B, amount: "1 g", mg: lots}
         |   ^
  mgcalc: error: data/journal/maria/2026-03.yaml:9:69: mg 'lots' must be a non-negative number
       9 | - {id: y, date: 2026-03-02, kind: food, name: B, amount: "1 g", mg: lots}
         |                                                                     ^
  mgcalc: error: data/journal/maria/2026-03.yaml:10:3: a journal entry must be a mapping {id: ..., date: ..., ...}
      10 | - oops
         |   ^
    hint: each entry is one line: - {id: ..., date: ..., ...}
  mgcalc: 4 problems found
  [1]
  $ mgcalc log add almonds "1 oz"
  mgcalc: error: data/journal/maria/2026-03.yaml:8:17: date '2026-13-01' is not a date
       8 | - {id: x, date: 2026-13-01, kind: food, food: a, name: A, amount: "1 g", mg: 1}
         |                 ^
    hint: write YYYY-MM-DD
  mgcalc: error: data/journal/maria/2026-03.yaml:9:3: entry is missing 'food'
       9 | - {id: y, date: 2026-03-02, kind: food, name: B, amount: "1 g", mg: lots}
         |   ^
  mgcalc: error: data/journal/maria/2026-03.yaml:9:69: mg 'lots' must be a non-negative number
       9 | - {id: y, date: 2026-03-02, kind: food, name: B, amount: "1 g", mg: lots}
         |                                                                     ^
  mgcalc: error: data/journal/maria/2026-03.yaml:10:3: a journal entry must be a mapping {id: ..., date: ..., ...}
      10 | - oops
         |   ^
    hint: each entry is one line: - {id: ..., date: ..., ...}
  mgcalc: error: the journal has malformed lines; nothing was written
    hint: fix or delete the lines above (mgcalc never drops a line silently)
  mgcalc: 5 problems found
  [1]
  $ mgcalc log undo
  mgcalc: error: data/journal/maria/2026-03.yaml:8:17: date '2026-13-01' is not a date
       8 | - {id: x, date: 2026-13-01, kind: food, food: a, name: A, amount: "1 g", mg: 1}
         |                 ^
    hint: write YYYY-MM-DD
  mgcalc: error: data/journal/maria/2026-03.yaml:9:3: entry is missing 'food'
       9 | - {id: y, date: 2026-03-02, kind: food, name: B, amount: "1 g", mg: lots}
         |   ^
  mgcalc: error: data/journal/maria/2026-03.yaml:9:69: mg 'lots' must be a non-negative number
       9 | - {id: y, date: 2026-03-02, kind: food, name: B, amount: "1 g", mg: lots}
         |                                                                     ^
  mgcalc: error: data/journal/maria/2026-03.yaml:10:3: a journal entry must be a mapping {id: ..., date: ..., ...}
      10 | - oops
         |   ^
    hint: each entry is one line: - {id: ..., date: ..., ...}
  mgcalc: error: the journal has malformed lines; nothing was written
    hint: fix or delete the lines above (mgcalc never drops a line silently)
  mgcalc: 5 problems found
  [1]

A journal from a newer mgcalc is refused, never rewritten.

  $ mkdir -p data/journal/v2 && printf -- '- {format: mgcalc-journal, version: 2}\n' > data/journal/v2/2026-03.yaml
  $ cp data/profiles/maria.yaml v2.yaml
  $ mgcalc log add spinach-boiled "1 cup" --profile v2.yaml
  mgcalc: error: data/journal/v2/2026-03.yaml:1:37: journal format version '2' is not supported (this mgcalc reads version 1); the file is left untouched
       1 | - {format: mgcalc-journal, version: 2}
         |                                     ^
    hint: use the mgcalc version that wrote it
  mgcalc: error: the journal has malformed lines; nothing was written
    hint: fix or delete the lines above (mgcalc never drops a line silently)
  mgcalc: 2 problems found
  [1]
  $ cat data/journal/v2/2026-03.yaml
  - {format: mgcalc-journal, version: 2}

The way back is a command that runs as printed: it names the profile when this one did, and
after an edit it is another edit (removing would lose the entry as it was).

  $ mgcalc profile init ana --birthdate 1980-01-01 --sex female > /dev/null
  $ mgcalc log add spinach-boiled "1 cup" --date 2026-03-10 --profile ana
  mgcalc: warning: 2026-03-10 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260310-1 --profile ana'
  +157 mg Spinach, boiled (1 cup, 180 g) — on 2026-03-10: 157 mg of 320 mg
  $ mgcalc log edit 20260310-1 --date 2026-03-11 --profile ana
  mgcalc: warning: 2026-03-11 is after today (2026-03-04): if the date is a typo, correct it with 'mgcalc log edit 20260311-1 --date YYYY-MM-DD --profile ana'
  edited 20260311-1: Spinach, boiled 1 cup (180 g) (157 mg) on 2026-03-11
