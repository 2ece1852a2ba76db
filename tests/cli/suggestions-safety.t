Who may be offered what (docs/methods.md#who-may-be-offered-what): the same day of food,
eaten by different people, gets different suggestions. Each check says in one line which
rules removed foods.

A 6-year-old: no beer, no espresso, adult-sized but realistic servings.

  $ mgcalc profile init leo --age 6 --sex male > /dev/null
  $ mgcalc --profile leo log add banana "1 medium" > /dev/null
  $ mgcalc --profile leo log add milk-2pct "1 cup" > /dev/null
  $ mgcalc --profile leo check | sed -n '/^Foods that/,$p'
  Foods that would close the gap of 71 mg
    Not suggested for you: alcohol; caffeine: coffee, tea, cocoa, chocolate (under
    18); high-mercury fish.
    More of what you already eat
      Banana: 1 medium (118 g, 105 kcal), eaten on 1 day in 4 weeks     +32 mg
      Milk, 2%: 1 cup (244 g, 122 kcal), eaten on 1 day in 4 weeks      +27 mg
    A plan: 2 foods from different groups, +71 mg in all
      Acorn squash, baked: 1/2 cup (103 g, 57 kcal)                     +44 mg
      Milk, 2%: 1 cup (244 g, 122 kcal), eaten on 1 day in 4 weeks      +27 mg
    Or one food alone
      Cashews, dry roasted: 1 oz (28 g, 163 kcal)                       +74 mg
      Soybeans, boiled: 1/2 cup (86 g, 148 kcal)                        +74 mg
      Swiss chard, boiled: 1/2 cup (88 g, 18 kcal)                      +75 mg
    (foods only: mgcalc does not suggest supplements)
  $ mgcalc --profile leo check --format json | jq -c '.suggestions.excluded_by[].rule'
  "alcohol"
  "caffeine-under-18"
  "mercury-fish"

A 2-year-old: no whole nuts or seeds, popcorn or raw hard vegetables; toddler servings; nut
butters only spread thinly.

  $ mgcalc profile init mia --age 2 --sex female > /dev/null
  $ mgcalc --profile mia log add banana "1/2 medium" > /dev/null
  $ mgcalc --profile mia check | sed -n '/^Foods that/,$p'
  Foods that would close the gap of 64 mg
    Not suggested for you: alcohol; caffeine: coffee, tea, cocoa, chocolate (under
    18); whole nuts and seeds, popcorn and other choking risks (under 4);
    high-mercury fish.
    More of what you already eat
      Banana: 1 medium (118 g, 105 kcal), eaten on 1 day in 4 weeks     +32 mg
    A plan: 2 foods from different groups, +63 mg in all
      Banana: 1 medium (118 g, 105 kcal), eaten on 1 day in 4 weeks     +32 mg
      Whole-wheat pasta, cooked: 1/2 cup (59 g, 87 kcal)                +32 mg
    (foods only: mgcalc does not suggest supplements)
  $ mgcalc --profile mia check --days 1 --format json | jq -c '[.suggestions.plan.items[], .suggestions.alone[] | {food_id, amount, grams, note}]'
  [{"food_id":"banana","amount":"1 medium","grams":118,"note":null},{"food_id":"whole-wheat-pasta","amount":"1/2 cup","grams":58.5,"note":null}]

A pregnant 17-year-old with alcohol dependence: no alcohol, no caffeinated drinks, no
high-mercury fish; her flag does not point at suggestions.

  $ mgcalc profile init ana --birthdate 2009-01-20 --sex female --pregnant --condition alcohol-dependence > /dev/null
  $ mgcalc --profile ana log add oatmeal-cooked "1 cup" > /dev/null
  $ mgcalc --profile ana check --format json | jq -c '.suggestions.excluded_by[].label'
  "alcohol"
  "caffeine: coffee, tea, cocoa, chocolate (under 18)"
  "high-mercury fish"
  $ mgcalc --profile ana check | sed -n '/^Foods that/,$p'
  Foods that would close the gap of 337 mg
    Not suggested for you: alcohol; caffeine: coffee, tea, cocoa, chocolate (under
    18); high-mercury fish.
    More of what you already eat
      Oatmeal, cooked with water: 1 cup (234 g, 166 kcal), eaten on 1
        day in 4 weeks                                                  +63 mg
    A plan: 3 foods from different groups, +335 mg in all
      Pumpkin seeds, dried: 1 oz (28 g, 158 kcal)                      +168 mg
      Quinoa, cooked: 3/4 cup (139 g, 166 kcal)                         +89 mg
      Spinach, boiled: 1/2 cup (90 g, 21 kcal)                          +78 mg
    (foods only: mgcalc does not suggest supplements)

Coeliac disease: no wheat, barley or rye, from the diagnosis alone.

  $ mgcalc profile init cel --age 35 --sex female --condition coeliac > /dev/null
  $ mgcalc --profile cel log add white-rice "1 cup" > /dev/null
  $ mgcalc --profile cel check | sed -n '/^Foods that/,$p'
  Foods that would close the gap of 301 mg
    Not suggested for you: alcohol; gluten (coeliac disease).
    A plan: 3 foods from different groups, +301 mg in all
      Pumpkin seeds, dried: 1 oz (28 g, 158 kcal)                      +168 mg
      Quinoa, cooked: 3/4 cup (139 g, 166 kcal)                         +89 mg
      Acorn squash, baked: 1/2 cup (103 g, 57 kcal)                     +44 mg
    (foods only: mgcalc does not suggest supplements)
  $ mgcalc --profile cel check --format json | jq '[.suggestions | .more[], .swaps[], .alone[], .plan.items[] | .food_id] | map(select(test("wheat|bran|barley|rye|bulgur|spelt|couscous|pasta|bread|pita"))) | length'
  0

Chronic kidney disease, on a loop and a potassium-sparing diuretic: the numbers, no
verdict, no shortfall, no foods, and no flag that points at suggestions.

  $ mgcalc profile init george --age 68 --sex male --condition ckd --medicine furosemide --medicine spironolactone > /dev/null
  $ mgcalc --profile george log add white-rice "1 cup" > /dev/null
  $ mgcalc --profile george check
  Magnesium check for george — 2026-03-04
    Food              19 mg
    Supplements        0 mg
    Total             19 mg
    Reference      RDA 420 mg, EAR 350 mg (IOM, male, 51-70 years)
                   set for healthy people: not your target
    Upper limit    350 mg/day, supplements and medicines only
                   set for healthy people: ask the clinician who treats your
                   kidneys before any magnesium supplement, antacid or laxative
  
  Adequacy
    not judged
    with chronic kidney disease the reference intakes, set for healthy people, do
    not apply; mgcalc leaves your targets to the clinician who treats your kidneys
  
  Flags
    [caution] Loop or thiazide diuretic
        • because: medicine: furosemide (loop diuretic)
        • Loop and thiazide diuretics raise urinary magnesium loss.
        • what to do: Ask your clinician whether your magnesium should be checked.
        • evidence: authoritative review (ODS)
    [info] Chronic kidney disease
        • because: condition: chronic kidney disease
        • Impaired excretion of magnesium. mgcalc does not raise food targets and
          never suggests supplements for you.
        • what to do: Follow the advice of the clinician who treats your kidney
          disease on magnesium.
        • evidence: authoritative review (ODS; IOM97)
    [info] Potassium-sparing diuretic
        • because: medicine: spironolactone (potassium-sparing diuretic)
        • Potassium-sparing diuretics reduce magnesium excretion.
        • what to do: Tell your clinician before starting magnesium supplements.
        • evidence: authoritative review (ODS)
  
  Food suggestions
    None: the reference intakes are set for healthy people and do not apply with
    chronic kidney disease; mgcalc leaves your targets to the clinician who treats
    your kidneys and suggests no foods.
  $ mgcalc --profile george check --format json | jq -c '{shortfall_mg, percent_rda, reference_applies, verdict: .adequacy.verdict, none: .suggestions.none_because}'
  {"shortfall_mg":null,"percent_rda":null,"reference_applies":null,"verdict":"not-judged","none":"the reference intakes are set for healthy people and do not apply with chronic kidney disease; mgcalc leaves your targets to the clinician who treats your kidneys and suggests no foods"}

The same man with a magnesium supplement: the kidney-disease warning, still no foods.

  $ mgcalc --profile george log supplement "magnesium oxide" "250 mg" > /dev/null
  mgcalc: warning: Kidney disease and supplemental magnesium: With chronic kidney disease the kidneys excrete less magnesium; toxicity is mostly seen with kidney failure plus supplements, magnesium laxatives or antacids. Ask your treating clinician before taking any magnesium supplement, antacid or laxative.
  $ mgcalc --profile george check --format json | jq -c '{flags: [.flags[] | {id, severity}], foods: ([.suggestions | .more[], .plan.items[]] | length)}'
  {"flags":[{"id":"ckd-supplement","severity":"warning"},{"id":"loop-or-thiazide-diuretic","severity":"caution"},{"id":"potassium-sparing-supplement","severity":"caution"}],"foods":0}
  $ mgcalc --profile george check | grep -ci "see the suggestions"
  0
  [1]

A vegan (the profile's own exclusions): no meat, fish, dairy or eggs.

  $ mgcalc profile init vee --age 30 --sex female --exclude meat --exclude fish --exclude shellfish --exclude dairy --exclude egg > /dev/null
  $ mgcalc --profile vee log add apple "1 medium" > /dev/null
  $ mgcalc --profile vee check | sed -n '/^Foods that/,$p'
  Foods that would close the gap of 301 mg
    Not suggested for you: alcohol; your exclusions: meat, fish, shellfish, dairy,
    egg.
    A plan: 3 foods from different groups, +301 mg in all
      Pumpkin seeds, dried: 1 oz (28 g, 158 kcal)                      +168 mg
      Quinoa, cooked: 3/4 cup (139 g, 166 kcal)                         +89 mg
      Acorn squash, baked: 1/2 cup (103 g, 57 kcal)                     +44 mg
    (foods only: mgcalc does not suggest supplements)
