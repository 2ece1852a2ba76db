A malformed food file is reported with file:line:column and a hint, all problems at once,
and mgcalc refuses to run on a broken database rather than skip entries.

  $ mkdir -p data/foods
  $ cat > data/foods/mine.yaml <<'YAML'
  > format: mgcalc-foods
  > version: 1
  > foods:
  > - {id: my-bar, name: Bar, group: snacks, mg_per_100g: 40, source: label}
  > - {id: my-bar, name: Bar 2, group: snacks, mg_per_100g: 10, source: label}
  > - {id: my-oats, name: Oats, group: grains, mg_per_100g: lots, source: label, portions: {"cup": 80}}
  > - {id: my-nuts, name: Nuts, group: nuts, mg_per_100g: 200, source: label, aliases: [almonds]}
  > - {id: my-seeds, name: Seeds, group: nuts, mg_per_100g: -3, source: label, colour: brown}
  > YAML
  $ mgcalc foods show banana
  mgcalc: error: data/foods/mine.yaml:6:57: mg_per_100g must be a number, not 'lots'
       6 | - {id: my-oats, name: Oats, group: grains, mg_per_100g: lots, source: label, portions: {"cup": 80}}
         |                                                         ^
  mgcalc: error: data/foods/mine.yaml:6:89: portion name 'cup' must start with a number and a unit
       6 | - {id: my-oats, name: Oats, group: grains, mg_per_100g: lots, source: label, portions: {"cup": 80}}
         |                                                                                         ^
    hint: e.g. "1 cup" or "0.5 cup, chopped"
  mgcalc: error: data/foods/mine.yaml:8:76: unknown key 'colour' in food
       8 | - {id: my-seeds, name: Seeds, group: nuts, mg_per_100g: -3, source: label, colour: brown}
         |                                                                            ^
  mgcalc: error: data/foods/mine.yaml:8:57: mg_per_100g cannot be negative (-3)
       8 | - {id: my-seeds, name: Seeds, group: nuts, mg_per_100g: -3, source: label, colour: brown}
         |                                                         ^
  mgcalc: error: data/foods/mine.yaml:5: duplicate food id 'my-bar' (also at data/foods/mine.yaml:4)
    hint: food ids must be unique across all food files
  mgcalc: error: data/foods/mine.yaml:7: name or alias 'almonds' of 'my-nuts' is already used by 'almonds' ($ROOT/foods/curated.yaml:95)
    hint: each name and alias must point to one food
  mgcalc: error: the food database has errors; mgcalc will not run on it
    hint: fix the files above (nothing was skipped silently)
  mgcalc: 7 problems found
  [1]
  $ printf 'format: mgcalc-foods\nversion: 1\nfoods:\n- {id: x, name: [unclosed\n' > data/foods/mine.yaml
  $ mgcalc foods search banana
  mgcalc: error: data/foods/mine.yaml:5:1: YAML syntax error: end of sequence flow not found
    hint: check indentation, colons and quotes on this line
  mgcalc: error: the food database has errors; mgcalc will not run on it
    hint: fix the files above (nothing was skipped silently)
  mgcalc: 2 problems found
  [1]
  $ printf 'format: mgcalc-foods\nversion: 7\nfoods: []\n' > data/foods/mine.yaml
  $ mgcalc foods search banana
  mgcalc: error: data/foods/mine.yaml:2:10: food file version '7' is not supported (this mgcalc reads version 1)
       2 | version: 7
         |          ^
  mgcalc: error: the food database has errors; mgcalc will not run on it
    hint: fix the files above (nothing was skipped silently)
  mgcalc: 2 problems found
  [1]
  $ printf '\000\001binary' > data/foods/mine.yaml
  $ mgcalc foods search banana
  mgcalc: error: data/foods/mine.yaml:1:1: binary data (NUL byte): not a text file
    hint: save the file as UTF-8 text
  mgcalc: error: the food database has errors; mgcalc will not run on it
    hint: fix the files above (nothing was skipped silently)
  mgcalc: 2 problems found
  [1]
  $ mgcalc --foods nowhere foods search banana
  mgcalc: error: --foods nowhere: no such file or directory
  [2]
