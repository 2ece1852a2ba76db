Suggestions built on what the person already eats (docs/methods.md#built-on-what-they-already-eat).

Someone who eats white rice every day: a swap, with the gain for the amount they eat.

  $ mgcalc profile init rob --age 45 --sex male > /dev/null
  $ for d in 2026-02-26 2026-02-27 2026-02-28 2026-03-01 2026-03-02 2026-03-03 2026-03-04; do
  >   mgcalc log add white-rice "1 cup" --date $d > /dev/null && mgcalc log add chicken-breast "1 cup, chopped or diced" --date $d > /dev/null || exit 1; done
  $ mgcalc check --days 7 | sed -n '/^Foods that/,$p'
  Foods that would close the gap of 360 mg/day
    Not suggested for you: alcohol.
    More of what you already eat
      Chicken breast, roasted: 3 oz (85 g, 140 kcal), eaten on 7 days
        in 4 weeks                                                      +25 mg
    Swaps
      Quinoa, cooked: 1 cup (185 g, 222 kcal) instead of your usual 1
        cup of white rice, cooked, eaten on 7 days in 4 weeks           +99 mg
    A plan: 3 foods from different groups, +350 mg in all
      Pumpkin seeds, dried: 1 oz (28 g, 158 kcal)                      +168 mg
      Quinoa, cooked: 1 cup (185 g, 222 kcal) instead of your usual 1
        cup of white rice, cooked, eaten on 7 days in 4 weeks           +99 mg
      Mackerel, Atlantic, cooked: 3 oz (85 g, 223 kcal)                 +82 mg
    (foods only: mgcalc does not suggest supplements)
  $ mgcalc check --days 7 --format json | jq -c '.suggestions.swaps[] | {kind, food_id, amount, grams, magnesium_mg, replaces, gain_mg}'
  {"kind":"swap","food_id":"quinoa","amount":"1 cup","grams":185,"magnesium_mg":118.4,"replaces":{"amount":"1 cup","food_id":"white-rice","name":"White rice, cooked"},"gain_mg":99.4}

Someone whose favourite foods close the gap: more of what they like, and a plan built on
the foods they eat most.

  $ mgcalc profile init kim --age 50 --sex female > /dev/null
  $ for d in 2026-02-20 2026-02-22 2026-02-25 2026-02-28 2026-03-02; do
  >   mgcalc --profile kim log add almonds "1 oz" --date $d > /dev/null && mgcalc --profile kim log add black-beans "1/2 cup" --date $d > /dev/null || exit 1; done
  $ mgcalc --profile kim log add oatmeal-cooked "1 cup" > /dev/null
  $ mgcalc --profile kim log add banana "1 medium" > /dev/null
  $ mgcalc --profile kim log add greek-yogurt "1 container" > /dev/null
  $ mgcalc --profile kim check | sed -n '/^Foods that/,$p'
  Foods that would close the gap of 206 mg
    Not suggested for you: alcohol.
    More of what you already eat
      Almonds: 1 oz (28 g, 164 kcal), eaten on 5 days in 4 weeks        +77 mg
      Black beans, boiled: 1/2 cup (86 g, 114 kcal), eaten on 5 days
        in 4 weeks                                                      +60 mg
      Oatmeal, cooked with water: 1 cup (234 g, 166 kcal), eaten on 1
        day in 4 weeks                                                  +63 mg
    A plan: 3 foods from different groups, +200 mg in all
      Almonds: 1 oz (28 g, 164 kcal), eaten on 5 days in 4 weeks        +77 mg
      Oatmeal, cooked with water: 1 cup (234 g, 166 kcal), eaten on 1
        day in 4 weeks                                                  +63 mg
      Black beans, boiled: 1/2 cup (86 g, 114 kcal), eaten on 5 days
        in 4 weeks                                                      +60 mg
    Or one food alone
      Hemp seeds, hulled: 3 tbsp (30 g, 166 kcal)                      +210 mg
    (foods only: mgcalc does not suggest supplements)
  $ mgcalc --profile kim check --format json | jq -c '[.suggestions.plan.items[] | {kind, food_id, amount, magnesium_mg}], .suggestions.plan.total_mg, .suggestions.plan.closes_gap'
  [{"kind":"more","food_id":"almonds","amount":"1 oz","magnesium_mg":76.5},{"kind":"more","food_id":"oatmeal-cooked","amount":"1 cup","magnesium_mg":63.2},{"kind":"more","food_id":"black-beans","amount":"1/2 cup","magnesium_mg":60.2}]
  199.9
  true

Every item of a plan is needed: without any one of them the rest of the gap would be above
max(10 mg, 5 % of the gap), so no item is added to cover a remainder under 10 mg.

  $ mgcalc --profile rob check --days 7 --format json | jq '.suggestions as $s | ($s.gap_mg - ([$s.plan.items[] | .gain_mg // .magnesium_mg] | add)) as $rest | [$s.plan.items[] | ($rest + (.gain_mg // .magnesium_mg)) >= ([10, $s.gap_mg * 0.05] | max)] | all'
  true
