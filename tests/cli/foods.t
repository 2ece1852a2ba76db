Search is typo-tolerant and word-order-insensitive; curated foods come first.

  $ mgcalc foods search spinnach --limit 3
  spinach-raw                 79 mg/100 g  everyday    Spinach, raw
  spinach-boiled              87 mg/100 g  everyday    Spinach, boiled
  spinach-frozen-cooked       82 mg/100 g  everyday    Spinach, frozen, cooked

  $ mgcalc foods search seeds pumpkin --limit 2 --format json
  {
    "query": "seeds pumpkin",
    "results": [
      {
        "group": "nuts-seeds",
        "id": "pumpkin-seeds",
        "kcal_per_100g": 559.0,
        "mg_per_100g": 592,
        "name": "Pumpkin seeds, dried",
        "source": "usda-sr28:12014",
        "tier": "everyday"
      },
      {
        "group": "nuts-and-seeds",
        "id": "fndds-43101050",
        "kcal_per_100g": 574.0,
        "mg_per_100g": 550,
        "name": "Pumpkin seeds, NFS",
        "source": "usda-fndds-2021-2023:43101050",
        "tier": "as eaten"
      }
    ],
    "schema_version": 3
  }

Show a food with its portions, and the magnesium in an amount.

  $ mgcalc foods show spinach-boiled --amount "1/2 cup"
  Spinach, boiled (spinach-boiled)
  Group:      leafy-greens (everyday)
  Magnesium:  87.0 mg per 100 g
  Source:     USDA SR28 (September 2015), food 11458
  Energy:     23 kcal per 100 g; 378.3 mg magnesium per 100 kcal
  Aliases:    spinach, cooked; cooked spinach; boiled spinach
  Portions:
    1 cup                                         180 g    157 mg     41 kcal
    1/2 cup                                        90 g     78 mg     21 kcal  (typical serving)
  Default serving: 1/2 cup (90 g) ('log add spinach-boiled 1' logs one)
  1/2 cup: 90 g, 78 mg magnesium, 21 kcal (via 1 cup (180 g))

  $ mgcalc foods show usda:12014 --amount "1 oz" --format json
  {
    "aliases": [],
    "amount": "1 oz",
    "default_serving": {
      "grams": 129.0,
      "portion": "1 cup (129 g)"
    },
    "grams": 28.35,
    "group": "nut-and-seed-products",
    "guessed": false,
    "id": "usda-12014",
    "kcal": 158.0,
    "kcal_per_100g": 559.0,
    "magnesium_mg": 167.8,
    "mg_basis": null,
    "mg_per_100_kcal": 105.9,
    "mg_per_100g": 592,
    "name": "Seeds, pumpkin and squash seed kernels, dried",
    "portions": [
      {
        "grams": 129.0,
        "kcal": 721.0,
        "magnesium_mg": 763.7,
        "name": "1 cup"
      },
      {
        "grams": 28.35,
        "kcal": 158.0,
        "magnesium_mg": 167.8,
        "name": "1 oz"
      }
    ],
    "schema_version": 3,
    "serving": null,
    "source": "usda-sr28:12014",
    "source_name": "USDA SR28 (September 2015)",
    "source_note": null,
    "tags": [],
    "tier": "ingredient"
  }

  $ mgcalc foods show "cooked spinach" --amount "250 ml"
  Spinach, boiled (spinach-boiled)
  Group:      leafy-greens (everyday)
  Magnesium:  87.0 mg per 100 g
  Source:     USDA SR28 (September 2015), food 11458
  Energy:     23 kcal per 100 g; 378.3 mg magnesium per 100 kcal
  Aliases:    spinach, cooked; cooked spinach; boiled spinach
  Portions:
    1 cup                                         180 g    157 mg     41 kcal
    1/2 cup                                        90 g     78 mg     21 kcal  (typical serving)
  Default serving: 1/2 cup (90 g) ('log add spinach-boiled 1' logs one)
  250 ml: 190.2 g, 165 mg magnesium, 44 kcal (via 1 cup (180 g))

  $ mgcalc foods show almonds --amount "2 large biscuits"
  mgcalc: error: almonds has no portion 'large biscuits'
    hint: its portions: 1 cup, whole (143 g), 1 cup, sliced (92 g), 1 cup, slivered (108 g), 1 cup, ground (95 g), 1 oz (23 whole kernels) (28.35 g), 1 almond (1.2 g); or use g, oz or lb
  [1]

  $ mgcalc foods show almonds --amount "0 g"
  mgcalc: error: amount '0 g' is zero
    hint: write a number and a unit, e.g. '30 g', '1/2 cup', '1 medium'
  [1]

  $ mgcalc foods show almonds --amount "6 kg"
  mgcalc: error: amount '6 kg' is 6000 g, over the 5 kg limit for one entry
    hint: check the number and the unit
  [1]

  $ mgcalc foods show spinnach
  mgcalc: error: unknown food 'spinnach'
    hint: did you mean 'Spinach, raw' (spinach-raw), 'Spinach, boiled' (spinach-boiled) or 'Spinach, frozen, cooked' (spinach-frozen-cooked)?
  [1]

The richest sources per typical serving, with exclusions.

  $ mgcalc foods top --group nuts-seeds --exclude tree-nut --exclude peanut --limit 4
    210 mg  Hemp seeds, hulled                 3 tbsp (30 g)
    168 mg  Pumpkin seeds, dried               1 oz (28.35 g)
    156 mg  Pumpkin seeds, roasted             1 oz (28.35 g)
    100 mg  Sunflower seed butter              2 tbsp (32 g)
  (food composition, not advice: --profile NAME ranks only the foods 'mgcalc
   check' may suggest to that person, in its servings for them; --exclude TAG
   leaves out a tag)

  $ mgcalc foods top --per 100g --limit 3 --format json
  {
    "foods": [
      {
        "grams": 100.0,
        "group": "whole-grains",
        "id": "rice-bran",
        "kcal": 316.0,
        "kcal_per_100g": 316.0,
        "magnesium_mg": 781,
        "mg_per_100_kcal": 247.2,
        "mg_per_100g": 781,
        "name": "Rice bran",
        "portion": "100 g",
        "source": "usda-sr28:20060",
        "tier": "everyday"
      },
      {
        "grams": 100.0,
        "group": "herbs-spices",
        "id": "basil-dried",
        "kcal": 233.0,
        "kcal_per_100g": 233.0,
        "magnesium_mg": 711,
        "mg_per_100_kcal": 305.2,
        "mg_per_100g": 711,
        "name": "Basil, dried",
        "portion": "100 g",
        "source": "usda-sr28:02003",
        "tier": "everyday"
      },
      {
        "grams": 100.0,
        "group": "nuts-seeds",
        "id": "hemp-seeds",
        "kcal": 553.0,
        "kcal_per_100g": 553.0,
        "magnesium_mg": 700,
        "mg_per_100_kcal": 126.6,
        "mg_per_100g": 700,
        "name": "Hemp seeds, hulled",
        "portion": "100 g",
        "source": "usda-sr28:12012",
        "tier": "everyday"
      }
    ],
    "left_out": [
      {
        "label": "alcohol",
        "rule": "alcohol",
        "source": "DGA",
        "tags": [
          "alcohol"
        ]
      }
    ],
    "note": "food composition, not advice: 'mgcalc check' suggests foods that suit your profile",
    "per": "100g",
    "schema_version": 3
  }

  $ mgcalc foods top --group nutz
  mgcalc: error: unknown food group 'nutz'
    hint: did you mean 'nuts-seeds', 'nuts-and-seeds' or 'nutrition-bars'?
  [2]

A group of the full SR28 table ranks the table's foods.

  $ mgcalc foods top --group spices-and-herbs --per 100g --limit 2
    711 mg  Spices, basil, dried               100 g
    694 mg  Spices, coriander leaf, dried      100 g
  (food composition, not advice: USDA's whole table carries no dietary tags, so
   caffeine and allergens are not left out (alcohol never is ranked); 'mgcalc
   check' suggests foods that suit your profile)

Alcohol is never ranked as a source. A named profile's list holds only the foods check may
suggest to that person (the reviewed pool: no Brazil nuts, no rice bran), in check's
servings for them, and says what their rules left out: a child gets no caffeine, a coeliac
no gluten, a child under 4 a toddler's serving and how to serve it.

  $ mgcalc foods top --group beverages --limit 40 | grep -c -i -E "beer|wine"
  0
  [1]
  $ mgcalc profile init kid --age 7 --sex female > /dev/null
  $ mgcalc profile init cel --age 40 --sex female --condition coeliac > /dev/null
  $ mgcalc --profile kid foods top --per-kcal --limit 2
  430.0 mg/100 kcal  Swiss chard, boiled                86 mg, 20 kcal per 100 g
  426.3 mg/100 kcal  Swiss chard, raw                   81 mg, 19 kcal per 100 g
  left out: caffeine: coffee, tea, cocoa, chocolate (under 18) [AAP11; HER25] (for
    kid)
  (only the foods 'mgcalc check' may suggest to this person, in its servings for
   them (docs/food-data.md); check says how much of the gap each closes)
  $ mgcalc --profile cel foods top --group whole-grains --limit 2
     89 mg  Quinoa, cooked                     3/4 cup (138.75 g)
     80 mg  Amaranth grain, cooked             1/2 cup (123 g)
  left out: gluten (coeliac disease) [profile] (for cel)
  (only the foods 'mgcalc check' may suggest to this person, in its servings for
   them (docs/food-data.md); check says how much of the gap each closes)
  $ mgcalc --profile cel foods top --group whole-grains --limit 1 --format json | jq -c '.left_out[] | [.rule, .source]'
  ["gluten-coeliac","profile"]
  $ mgcalc --profile kid foods top --limit 100 | grep -c -i -E "brazil|rice bran"
  0
  [1]
  $ mgcalc profile init tod --age 2 --sex male > /dev/null
  $ mgcalc --profile tod foods top --limit 100 | grep -A2 "Peanut butter"
     27 mg  Peanut butter, smooth              1 tbsp (16 g)
            spread thinly on bread or toast, never by the spoonful (spoonfuls of
            peanut butter are on the AAP list of choking hazards under 4)
  $ mgcalc --profile tod foods top --limit 100 --format json | jq -c '.foods[] | select(.id == "peanut-butter") | [.portion, .note]'
  ["1 tbsp","spread thinly on bread or toast, never by the spoonful (spoonfuls of peanut butter are on the AAP list of choking hazards under 4)"]

USDA's whole table (--all) carries no dietary tags: a person's list over it is refused,
and the raw table says that nothing is left out. For an infant the list ends with check's
reason for suggesting nothing.

  $ mgcalc --profile kid foods top --all --per-kcal --limit 3
  mgcalc: error: the whole USDA table's foods carry no dietary tags, so a profile's rules (caffeine, gluten, allergens, ...) cannot be applied to them
    hint: leave out --profile for the raw table, or leave out --all (and an SR28-only --group) to rank the foods mgcalc has tagged
  [2]
  $ mgcalc foods top --all --group beverages --limit 1000 | grep -c -i -E "alcoholic|beer|wine"
  4
  $ mgcalc foods top --all --group beverages --limit 1
    200 mg  Beverages, Whey protein powder isolate 3 scoop (86 g)
  left out: alcohol [DGA]
  (food composition, not advice: USDA's whole table carries no dietary tags, so
   caffeine and allergens are not left out (alcohol never is ranked); 'mgcalc
   check' suggests foods that suit your profile)
  $ mgcalc profile init baby --age 0 --months 8 --sex male > /dev/null
  $ mgcalc --profile baby foods top --limit 1 --format json | jq -r .note
  check suggests no foods here: infants get their magnesium from breast milk or formula, and from first foods their paediatric team advises; mgcalc does not suggest foods under 12 months; 'mgcalc foods top' without a profile ranks the food table
