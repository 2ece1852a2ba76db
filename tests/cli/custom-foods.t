Your own foods (from a label or mg per 100 g) and recipes are usable everywhere a food is.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ mgcalc foods add my-bar --name "Trail bar" --mg-per-serving 60 --serving-size "40 g" --portion "1 bar=40" --alias "trail bar" --tag tree-nut
  Saved Trail bar (my-bar): 150.0 mg per 100 g, 60 mg per 1 serving
  $ mgcalc foods add green-powder --mg-per-100g 250.5 --portion "1 scoop=10"
  Saved green-powder (green-powder): 250.5 mg per 100 g, 25 mg per 1 scoop
  $ mgcalc foods show "trail bar" --amount "2 bars"
  Trail bar (my-bar)
  Group:      custom (everyday)
  Magnesium:  150.0 mg per 100 g
  Source:     label
  Aliases:    trail bar
  Tags:       tree-nut
  Portions:
    1 serving                                      40 g     60 mg  (typical serving)
    1 bar                                          40 g     60 mg
  Default serving: 1 serving (40 g) ('log add my-bar 1' logs one)
  2 bars: 80 g, 120 mg magnesium (1 bar (40 g))
  $ mgcalc foods search trail
  my-bar                     150 mg/100 g  everyday    Trail bar
  fndds-42500000             112 mg/100 g  as eaten    Trail mix, NFS
  fndds-42500100             204 mg/100 g  as eaten    Trail mix with nuts
  fndds-42501500             119 mg/100 g  as eaten    Trail mix with chocolate
  fndds-42501000             112 mg/100 g  as eaten    Trail mix with nuts and fruit
  fndds-42502100             115 mg/100 g  as eaten    Trail mix with pretzels, cereal, or granola
  fndds-53712100              97 mg/100 g  as eaten    Cereal or Granola bar, NFS
  fndds-53220000              27 mg/100 g  as eaten    Cookie, fruit-filled bar
  usda-19059                 158 mg/100 g  ingredient  Snacks, trail mix, regular
  usda-19061                  96 mg/100 g  ingredient  Snacks, trail mix, tropical
  $ mgcalc recipe add lentil-soup --name "Lentil soup" --serves 4 --ingredient "lentils 2 cups" --ingredient "spinach-raw 100 g" --ingredient "cooked carrots 1 cup"
  Saved recipe Lentil soup (lentil-soup): 4 servings of 162.8 g, 59 mg magnesium each
  $ mgcalc foods show lentil-soup --format json | grep -E '"(id|mg_per_100g|name|grams|magnesium_mg)"'
      "grams": 162.8,
    "id": "lentil-soup",
    "mg_per_100g": 36.4,
    "name": "Lentil soup",
        "grams": 162.8,
        "magnesium_mg": 59.3,
        "name": "1 serving"
  $ mgcalc log add lentil-soup "1 serving"
  +59 mg Lentil soup (1 serving, 162.8 g) — today 59 mg of 320 mg
  $ mgcalc foods add my-bar --mg-per-100g 1
  mgcalc: error: you already have a food 'my-bar'
    hint: add --force to replace it
  [1]
  $ mgcalc foods add spinach-raw --mg-per-100g 1
  mgcalc: error: 'spinach-raw' is already a food in the database
    hint: choose another id
  [1]
  $ mgcalc foods add Bad_Id --mg-per-100g 1
  mgcalc: error: food id 'Bad_Id' must be lower-case letters, digits and hyphens
    hint: try 'bad-id' (ids starting with usda- are reserved)
  [2]
  $ mgcalc foods add "My Bar!" --mg-per-100g 1
  mgcalc: error: food id 'My Bar!' must be lower-case letters, digits and hyphens
    hint: try 'my-bar' (ids starting with usda- are reserved)
  [2]
  $ mgcalc foods add top --mg-per-100g 1
  mgcalc: error: food id 'top' is reserved: the web app's top sources use it
    hint: choose another id, e.g. 'my-top'
  [2]
  $ mgcalc recipe add top --serves 1 --ingredient "banana 1"
  mgcalc: error: recipe id 'top' is reserved: the web app's top sources use it
    hint: choose another id, e.g. 'my-top'
  [2]
  $ mgcalc foods add x --mg-per-serving 60000 --serving-size "40 g"
  mgcalc: error: --mg-per-serving 60000 is not possible for a 40 g serving
  [1]
  $ mgcalc recipe add soup2 --serves 2 --ingredient "unicorn 1 cup"
  mgcalc: error: unknown food 'unicorn'
    hint: try 'mgcalc foods search WORDS'
  [1]
  $ cat data/foods/custom.yaml
  # Your own foods (mgcalc foods add)
  # Format: docs/file-formats.md. One food per line.
  format: mgcalc-foods
  version: 1
  foods:
  - {id: my-bar, name: Trail bar, group: custom, mg_per_100g: 150, source: label, portions: {"1 serving": 40, "1 bar": 40}, serving: "1 serving", aliases: [trail bar], tags: [tree-nut]}
  - {id: green-powder, name: green-powder, group: custom, mg_per_100g: 250.5, source: custom, portions: {"1 scoop": 10}, serving: "1 scoop", aliases: [], tags: []}

A recipe whose ingredient disappears says so, and the rest keeps working.

  $ mgcalc recipe add bar-mix --serves 2 --ingredient "my-bar 2 bars" --ingredient "banana 1 medium" > /dev/null
  $ mgcalc foods rm my-bar
  Removed my-bar. Journal entries keep their recorded magnesium.
  $ mgcalc log add bar-mix "1 serving"
  mgcalc: error: recipe 'bar-mix' uses 'my-bar', which is not in the food database
    hint: fix it with 'mgcalc recipe add bar-mix --force ...' or remove it with 'mgcalc foods rm bar-mix'
  [1]
  $ mgcalc log add banana "1 medium"
  +32 mg Banana (1 medium, 118 g) — today 91 mg of 320 mg
  $ mgcalc foods rm almonds
  mgcalc: error: 'almonds' is not one of your foods or recipes
    hint: built-in foods cannot be removed
  [1]

A journal entry whose food was removed keeps its recorded magnesium and says so.

  $ mgcalc foods add my-cake --mg-per-100g 40 > /dev/null
  $ mgcalc log add my-cake "100 g" > /dev/null
  $ mgcalc foods rm my-cake > /dev/null
  $ mgcalc log show
  2026-03-04
    20260304-1   -         Lentil soup                          1 serving (162.8 g)       59 mg
    20260304-2   -         Banana                               1 medium (118 g)          32 mg
    20260304-3   -         my-cake                              100 g                     40 mg
    total: food 131 mg + supplements 0 mg = 131 mg
  Note: the food of 20260304-3 is no longer in the food database; the recorded
  magnesium is kept and counted.
  $ mgcalc log show --format json | grep -B2 -A2 food_missing
        "date": "2026-03-04",
        "food_id": "my-cake",
        "food_missing": true,
        "grams": 100.0,
        "id": "20260304-3",
