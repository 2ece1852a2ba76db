Issue #16: logging a day in seconds. Several foods in one `log add`, all or nothing; phrases
with `log eat`; a bare number is default servings; saved meals; copying a day; date words;
recent foods.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null

A bare number is that many default servings, and says which portion that is.

  $ mgcalc log add banana 1 --date 2026-03-01
  +32 mg Banana (1 default serving = 1 medium (7" to 7-7/8" long) (118 g), 118 g) — on 2026-03-01: 32 mg of 320 mg
  $ mgcalc foods show banana | grep "Default serving"
  Default serving: 1 medium (7" to 7-7/8" long) (118 g) ('log add banana 1' logs one)
  $ mgcalc foods show dried-apple --format json | grep -A3 default_serving
    "default_serving": {
      "grams": 40.0,
      "portion": "1 serving (quantity not specified) (40 g)"
    },

Several foods in one command, in one write.

  $ mgcalc log add oatmeal "1 cup" banana 1 "peanut butter" "2 tbsp" --meal breakfast --date yesterday
  +63 mg Oatmeal, cooked with water (1 cup, 234 g)
  +32 mg Banana (1 default serving = 1 medium (7" to 7-7/8" long) (118 g), 118 g)
  +54 mg Peanut butter, smooth (2 tbsp, 32 g) — on 2026-03-03: 149 mg of 320 mg
  $ mgcalc log show --date yesterday
  2026-03-03
    20260303-1   breakfast Oatmeal, cooked with water           1 cup (234 g)             63 mg
    20260303-2   breakfast Banana                               1 default serving (118 g)    32 mg
    20260303-3   breakfast Peanut butter, smooth                2 tbsp (32 g)             54 mg
    total: food 149 mg + supplements 0 mg = 149 mg

A batch with one unknown food and one bad amount writes nothing and reports both.

  $ cp data/journal/ann/2026-03.yaml before.yaml
  $ mgcalc log add oatmeal "1 cup" bananna 1 "peanut butter" "2 bowls" zzqx "1 cup" --date yesterday
  mgcalc: error: bananna 1: unknown food 'bananna'
    hint: did you mean 'Banana' (banana), 'Plantain, cooked, fat added, NS as to fat type' (fndds-71905008) or 'Banana split' (fndds-13121120)?
  mgcalc: error: peanut butter 2 bowls: peanut-butter has no portion 'bowls'
    hint: its portions: 2 tbsp (32 g), 1 cup (258 g); or use g, oz or lb
  mgcalc: error: zzqx 1 cup: unknown food 'zzqx'
    hint: try 'mgcalc foods search WORDS'
  mgcalc: 3 problems found
  [1]
  $ cmp before.yaml data/journal/ann/2026-03.yaml && echo unchanged
  unchanged
  $ mgcalc log add oatmeal "1 cup" bananna 1 --format json
  mgcalc: error: bananna 1: unknown food 'bananna'
    hint: did you mean 'Banana' (banana), 'Plantain, cooked, fat added, NS as to fat type' (fndds-71905008) or 'Banana split' (fndds-13121120)?
  [1]

Phrases: what was understood, before anything is written.

  $ mgcalc log eat "1 cup oatmeal; 1 medium banana; 2 tbsp peanut butter; half a cup of rice; two bananas; 30g almonds" --dry-run
  Understood (nothing logged: --dry-run):
    1 cup oatmeal                  63 mg  Oatmeal, cooked with water (1 cup, 234 g) [oatmeal-cooked]
    1 medium banana                32 mg  Banana (1 medium, 118 g) [banana]
    2 tbsp peanut butter           54 mg  Peanut butter, smooth (2 tbsp, 32 g) [peanut-butter]
    half a cup of rice              9 mg  White rice, cooked (1/2 cup, 79 g) [white-rice]
    two bananas                    64 mg  Banana (2 default servings = 1 medium (7" to 7-7/8" long) (118 g), 236 g) [banana]
    30g almonds                    81 mg  Almonds (30 g) [almonds]
  $ mgcalc log eat "1/2 cup oatmeal; ½ cup rice" --dry-run --format json
  {
    "dry_run": true,
    "schema_version": 3,
    "understood": [
      {
        "amount": "1/2 cup",
        "food_id": "oatmeal-cooked",
        "grams": 117.0,
        "magnesium_mg": 31.6,
        "name": "Oatmeal, cooked with water",
        "phrase": "1/2 cup oatmeal"
      },
      {
        "amount": "1/2 cup",
        "food_id": "white-rice",
        "grams": 79.0,
        "magnesium_mg": 9.5,
        "name": "White rice, cooked",
        "phrase": "½ cup rice"
      }
    ]
  }
  $ printf '1 cup oatmeal\n\n2 tbsp peanut butter\n' | mgcalc log eat --meal breakfast --date monday
  +63 mg Oatmeal, cooked with water (1 cup, 234 g)
  +54 mg Peanut butter, smooth (2 tbsp, 32 g) — on 2026-03-02: 117 mg of 320 mg
  $ mgcalc log eat "oatmeal; 1 cup oatmeel; a handful of almonds; 1 cup"
  mgcalc: error: 'oatmeal' does not start with an amount
    hint: write the amount first, e.g. '1 cup oatmeal', 'half a cup of rice' or '2 bananas'
  mgcalc: error: '1 cup oatmeel': unknown food 'oatmeel'
    hint: did you mean 'Oats, rolled, dry' (oats), 'Oatmeal, cooked with water' (oatmeal-cooked) or 'Oatmeal, NFS' (fndds-56202960)?
  mgcalc: error: 'a handful of almonds': almonds has no portion 'handful'
    hint: its portions: 1 cup, whole (143 g), 1 cup, sliced (92 g), 1 cup, slivered (108 g), 1 cup, ground (95 g), 1 oz (23 whole kernels) (28.35 g), 1 almond (1.2 g); or use g, oz or lb
  mgcalc: error: '1 cup' names no food
    hint: write the food after the amount, e.g. '2 tbsp peanut butter'
  mgcalc: 4 problems found
  [1]
  $ cmp -s before.yaml data/journal/ann/2026-03.yaml || echo "monday was logged"
  monday was logged

Two foods written with a comma are taken for one phrase; when that fails, the hint shows
them split. A laxative is named whole, and its hint says how to log it.

  $ mgcalc log eat "2 tbsp peanut butter, 1 banana; 2 tbsp milk of magnesia" --dry-run
  mgcalc: error: '2 tbsp peanut butter, 1 banana': unknown food 'tbsp peanut butter, 1 banana'
    hint: try 'mgcalc foods search WORDS'; several foods? separate them with ';': '2 tbsp peanut butter; 1 banana'
  mgcalc: error: '2 tbsp milk of magnesia': unknown food 'milk of magnesia'
    hint: a magnesium laxative is logged with 'mgcalc log supplement NAME AMOUNT', AMOUNT the mg of magnesium hydroxide in what you took (the label gives it per spoonful or per mL: multiply by the amount taken), with --compound; when the label gives magnesium itself, that amount without --compound
  mgcalc: 2 problems found
  [1]
  $ mgcalc log eat "1 cup milk, 2%" --dry-run
  Understood (nothing logged: --dry-run):
    1 cup milk, 2%                 27 mg  Milk, 2% (1 cup, 244 g) [milk-2pct]

A dish named as people say it is found as `log add` finds it: the best ranked as-eaten
food, and the note says which one and how to log another; `--exact` never guesses.

  $ mgcalc log eat "1 cup lasagna; 1 burrito" --dry-run
  note: '1 cup lasagna': no food is named exactly so; chose Lasagna with meat (fndds-58130011); for another, write its id (e.g. fndds-58130310, fndds-58130013, fndds-58130016) (--exact never guesses)
  note: '1 burrito': no food is named exactly so; chose Burrito, NFS (fndds-58102300); for another, write its id (e.g. fndds-58102310, fndds-58102410, fndds-58102510) (--exact never guesses)
  Understood (nothing logged: --dry-run):
    1 cup lasagna                  50 mg  Lasagna with meat (1 cup, 250 g) [fndds-58130011]
    1 burrito                      55 mg  Burrito, NFS (1 default serving = 1 serving (quantity not specified) (220 g), 220 g) [fndds-58102300]
  $ mgcalc log eat "1 burrito" --exact --dry-run
  mgcalc: error: '1 burrito': unknown food 'burrito'
    hint: did you mean 'Burrito, NFS' (fndds-58102300), 'Burrito, beef, cheese' (fndds-58102310) or 'Burrito, pork, cheese' (fndds-58102410)?
  [1]

Dates: today, yesterday, weekday names of the last seven days; nothing else.

  $ mgcalc log show --date someday
  mgcalc: error: --date 'someday' is not a date
    hint: write YYYY-MM-DD (e.g. 2026-03-14), today, yesterday, or a weekday name (monday ... sunday) for one of the last seven days
  [1]
  $ mgcalc log show --date tuesday | sed -n 1p
  2026-03-03

Copying a day: foods and supplements, with new ids.

  $ mgcalc log supplement "magnesium glycinate" "100 mg" --date yesterday
  +100 mg magnesium glycinate (100 mg elemental) — on 2026-03-03: 249 mg of 320 mg; supplements 100 mg of the 350 mg upper limit
  $ mgcalc log copy --from yesterday
  +63 mg Oatmeal, cooked with water (1 cup, 234 g)
  +32 mg Banana (1 default serving = 1 medium (7" to 7-7/8" long) (118 g), 118 g)
  +54 mg Peanut butter, smooth (2 tbsp, 32 g)
  +100 mg magnesium glycinate (100 mg) [supplement] — today 249 mg of 320 mg; supplements 100 mg of the 350 mg upper limit
  $ mgcalc log show | sed -n 1,6p
  2026-03-04
    20260304-1   breakfast Oatmeal, cooked with water           1 cup (234 g)             63 mg
    20260304-2   breakfast Banana                               1 default serving (118 g)    32 mg
    20260304-3   breakfast Peanut butter, smooth                2 tbsp (32 g)             54 mg
    20260304-4   -         magnesium glycinate [supplement]     100 mg                   100 mg
    total: food 149 mg + supplements 100 mg = 249 mg
  $ mgcalc log copy --from yesterday --meal breakfast --to 2026-03-05 --format json | grep '"id"'
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-1'
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-2'
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-3'
        "id": "20260305-1",
        "id": "20260305-2",
        "id": "20260305-3",
        "id": "future-date",
        "id": "future-date",
        "id": "future-date",

The same copy twice is refused: the day already holds it all.

  $ mgcalc log copy --from yesterday
  mgcalc: error: 2026-03-04 already holds all 4 entries from 2026-03-03: copied before?
    hint: see 'mgcalc log show --date 2026-03-04'; add --again to copy once more
  [1]
  $ mgcalc log copy --from yesterday --meal breakfast --to 2026-03-05 --again | tail -1
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-4'
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-5'
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-6'
  +54 mg Peanut butter, smooth (2 tbsp, 32 g) — on 2026-03-05: 298 mg of 320 mg

A day that holds some of the entries already gets them all again, with a warning that says
how many were there (a partly logged day is the usual case, so it is not refused).

  $ mgcalc log copy --from yesterday --to 2026-03-05 2>&1 | grep warning
  mgcalc: warning: 3 of the 4 entries were already logged on 2026-03-05; copied all of them (see 'mgcalc log show --date 2026-03-05')
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-7'
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-8'
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-9'
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-10'
  $ mgcalc log copy --from 2026-02-01
  mgcalc: error: nothing to copy: no food or supplement logged on 2026-02-01
    hint: see 'mgcalc log show --date 2026-02-01'
  [1]
  $ mgcalc log copy --from today
  mgcalc: error: --from and --to are the same day (2026-03-04)
    hint: copy to another day with --to DAY
  [2]
  $ mgcalc log copy
  mgcalc: error: log copy needs --from DAY
    hint: mgcalc log copy --from yesterday
  [2]

Typed text has limits: no control characters (they would rewrite the terminal when
echoed), at most 200 foods or phrases in one command, 64 KiB on standard input. A food whose
name starts with a number is not taken for an amount.

  $ mgcalc log eat "$(printf '1 cup oats\033[2J')"
  mgcalc: error: '1 cup oats\x1B[2J' contains a control character
    hint: type it again without it
  [1]
  $ seq 201 | sed 's/.*/1 banana/' | mgcalc log eat
  mgcalc: error: 201 phrases in one command; mgcalc takes at most 200
    hint: log them in parts, e.g. a meal or a day at a time
  [1]
  $ head -c 70000 /dev/zero | tr '\0' 'a' | mgcalc log eat
  mgcalc: error: standard input holds more than 64 KiB of phrases
    hint: log eat takes at most 200 phrases; log them in parts
  [1]
  $ printf '1\tbanana\r\n' | mgcalc log eat --dry-run
  Understood (nothing logged: --dry-run):
    1 banana                       32 mg  Banana (1 default serving = 1 medium (7" to 7-7/8" long) (118 g), 118 g) [banana]
  $ mgcalc log add "2% milk" "1 cup" banana 1 --date 2026-03-06
  mgcalc: warning: 2026-03-06 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260306-1'
  mgcalc: warning: 2026-03-06 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260306-2'
  +27 mg Milk, 2% (1 cup, 244 g)
  +32 mg Banana (1 default serving = 1 medium (7" to 7-7/8" long) (118 g), 118 g) — on 2026-03-06: 59 mg of 320 mg

Saved meals.

  $ mgcalc meal save usual --date yesterday --meal breakfast
  saved meal 'usual' (breakfast): 3 foods, 149 mg
      63 mg  Oatmeal, cooked with water (1 cup, 234 g)
      32 mg  Banana (1 default serving = 1 medium (7" to 7-7/8" long) (118 g), 118 g)
      54 mg  Peanut butter, smooth (2 tbsp, 32 g)
  $ cat data/meals/usual.yaml
  format: mgcalc-meal
  version: 1
  # A saved meal: 'mgcalc log meal usual' logs it. docs/file-formats.md
  name: usual
  meal: breakfast
  foods:
    - {food: oatmeal-cooked, amount: 1 cup}
    - {food: banana, amount: 1 default serving}
    - {food: peanut-butter, amount: 2 tbsp}
  $ mgcalc meal save usual --date yesterday
  mgcalc: error: a meal named 'usual' is already saved
    hint: add --force to replace it, or choose another name
  [1]
  $ mgcalc meal add snack almonds "1 oz" "rolled oats" "1/2 cup" --meal snack
  saved meal 'snack' (snack): 2 foods, 132 mg
      77 mg  Almonds (1 oz, 28.35 g)
      56 mg  Oats, rolled, dry (1/2 cup, 40.5 g)
  $ mgcalc meal add broken bananna 1 honey "1 bowl"
  mgcalc: error: bananna 1: unknown food 'bananna'
    hint: did you mean 'Banana' (banana), 'Plantain, cooked, fat added, NS as to fat type' (fndds-71905008) or 'Banana split' (fndds-13121120)?
  mgcalc: error: honey 1 bowl: fndds-91302010 has no portion 'bowl'
    hint: its portions: 1 tablespoon (20 g), 1 single serving container (14 g), 1 cup (320 g), 1 serving (quantity not specified) (7 g); or use g, oz or lb
  mgcalc: 2 problems found
  [1]
  $ mgcalc meal add ../evil almonds "1 oz"
  mgcalc: error: meal name '../evil' contains '/'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc meal list
  snack                snack     almonds 1 oz; oats 1/2 cup
  usual                breakfast oatmeal-cooked 1 cup; banana 1 default serving; peanut-butter 2 tbsp
  $ mgcalc meal show snack --format json
  {
    "foods": [
      {
        "amount": "1 oz",
        "food": "almonds",
        "grams": 28.35,
        "magnesium_mg": 76.5
      },
      {
        "amount": "1/2 cup",
        "food": "oats",
        "grams": 40.5,
        "magnesium_mg": 55.9
      }
    ],
    "meal": "snack",
    "name": "snack",
    "schema_version": 3
  }
  $ mgcalc log meal usual --scale 0.5 --date 2026-03-02
  +32 mg Oatmeal, cooked with water (1/2 cup, 117 g)
  +16 mg Banana (1/2 default serving = 1 medium (7" to 7-7/8" long) (118 g), 59 g)
  +27 mg Peanut butter, smooth (1 tbsp, 16 g) — on 2026-03-02: 191 mg of 320 mg
  $ mgcalc log meal usual --scale lots
  mgcalc: error: --scale 'lots' is not a number
    hint: e.g. --scale 0.5
  [2]
  $ mgcalc log meal usal
  mgcalc: error: no saved meal 'usal'
    hint: did you mean 'usual'? saved: snack, usual
  [1]
  $ mgcalc meal rm snack
  removed saved meal 'snack'
  $ mgcalc meal list --format json
  {
    "meals": [
      {
        "foods": [
          {
            "amount": "1 cup",
            "food": "oatmeal-cooked"
          },
          {
            "amount": "1 default serving",
            "food": "banana"
          },
          {
            "amount": "2 tbsp",
            "food": "peanut-butter"
          }
        ],
        "meal": "breakfast",
        "name": "usual"
      }
    ],
    "schema_version": 3
  }

A saved meal whose food has gone fails clearly, at its line, and logs nothing.

  $ mgcalc foods add my-bar --name "Trail bar" --mg-per-100g 150 --portion "1 bar=40" > /dev/null
  $ mgcalc meal add bars my-bar 1 banana 1
  saved meal 'bars': 2 foods, 92 mg
      60 mg  Trail bar (1 default serving = 1 bar (40 g), 40 g)
      32 mg  Banana (1 default serving = 1 medium (7" to 7-7/8" long) (118 g), 118 g)
  $ mgcalc foods rm my-bar > /dev/null
  $ mgcalc log meal bars
  mgcalc: error: data/meals/bars.yaml:6: saved meal 'bars': food 'my-bar' is no longer in the food database
    hint: it was removed or renamed; save the meal again ('mgcalc meal add bars ... --force') or edit data/meals/bars.yaml
  [1]
  $ ls data/journal/ann/
  2026-03.yaml

A hand-broken meal file is reported with every problem located.

  $ printf 'format: mgcalc-meal\nversion: 1\nname: usual\nname: again\nfoods:\n  - {food: banana, amount: lots}\n' > data/meals/usual.yaml
  $ mgcalc meal show usual
  mgcalc: error: data/meals/usual.yaml:4:1: duplicate key 'name'
       4 | name: again
         | ^
    hint: 'name' is already given at line 3, column 1; keep one of them
  [1]
  $ mgcalc meal list
  bars                 -         my-bar 1; banana 1
  mgcalc: error: data/meals/usual.yaml:4:1: duplicate key 'name'
       4 | name: again
         | ^
    hint: 'name' is already given at line 3, column 1; keep one of them
  [1]

Recent foods, most often first; completion of log add offers them first.

  $ mgcalc foods recent
    4x  banana                   Banana                               last 2026-03-04
    4x  oatmeal-cooked           Oatmeal, cooked with water           last 2026-03-04
    4x  peanut-butter            Peanut butter, smooth                last 2026-03-04
  $ mgcalc foods recent --format json | sed -n 1,8p
  {
    "foods": [
      {
        "id": "banana",
        "last": "2026-03-04",
        "name": "Banana",
        "times": 4
      },
  $ mgcalc __complete -- log add "" | sed -n 1,3p
  banana
  oatmeal-cooked
  peanut-butter
  $ mgcalc __complete -- log add banana "" | wc -l
  0
  $ mgcalc __complete -- log copy --from "" | tail -3
  friday
  thursday
  wednesday
