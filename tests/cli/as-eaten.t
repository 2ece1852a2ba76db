Foods as people eat them (issue #15): one search over three tiers, curated everyday foods
first, then USDA FNDDS foods as eaten, then SR28 ingredients. Values equal the shared
extracts: FNDDS 58106210 pizza 24 mg/100 g, 1 piece, medium pizza = 86 g; 58130011 lasagna
with meat 20 mg/100 g, 1 cup = 250 g; SR28 16015 black beans 70 mg/100 g, 1 cup = 172 g.

  $ mgcalc profile init maria --birthdate 1972-05-14 --sex female > /dev/null

A name that is not exact picks the best as-eaten match and says which one, with the id to
log another.

  $ mgcalc log add pizza "1 piece, medium pizza"
  note: 'pizza' is not an exact food name: chose Pizza, cheese, from restaurant or fast food, NS as to type of crust (fndds-58106210); for another, log its id (e.g. fndds-58106540, fndds-58106233, fndds-58106565), or see 'mgcalc foods search pizza' (--exact never guesses)
  +21 mg Pizza, cheese, from restaurant or fast food, NS as to type of crust (1 piece, medium pizza, 86 g) — today 21 mg of 320 mg
  $ mgcalc log add lasagna "1 cup"
  note: 'lasagna' is not an exact food name: chose Lasagna with meat (fndds-58130011); for another, log its id (e.g. fndds-58130310, fndds-58130013, fndds-58130016), or see 'mgcalc foods search lasagna' (--exact never guesses)
  +50 mg Lasagna with meat (1 cup, 250 g) — today 71 mg of 320 mg
  $ mgcalc log add "black beans" "1/2 cup"
  +60 mg Black beans, boiled (1/2 cup, 86 g) — today 131 mg of 320 mg

--exact refuses to guess; the hint lists the same ranking.

  $ mgcalc log add pizza "1 piece, medium pizza" --exact
  mgcalc: error: unknown food 'pizza'
    hint: did you mean 'Pizza, cheese, from restaurant or fast food, NS as to type of crust' (fndds-58106210), 'Pizza with pepperoni, from restaurant or fast food, NS as to type of crust' (fndds-58106540) or 'Pizza, cheese, stuffed crust' (fndds-58106233)?
  [1]

The id works as always. FNDDS cuts pizza into pieces and people eat slices: a slice is read
as a piece. A portion the chosen food lacks is an error listing its portions.

  $ mgcalc log add fndds:58106210 "1 piece, large pizza"
  +29 mg Pizza, cheese, from restaurant or fast food, NS as to type of crust (1 piece, large pizza, 119 g) — today 159 mg of 320 mg
  $ mgcalc log add pizza "1 slice"
  note: 'pizza' is not an exact food name: chose Pizza, cheese, from restaurant or fast food, NS as to type of crust (fndds-58106210); for another, log its id (e.g. fndds-58106540, fndds-58106233, fndds-58106565), or see 'mgcalc foods search pizza' (--exact never guesses)
  +29 mg Pizza, cheese, from restaurant or fast food, NS as to type of crust (1 slice, 119 g) — today 188 mg of 320 mg

  $ mgcalc log add fndds:58106210 "1 handful"
  mgcalc: error: fndds-58106210 has no portion 'handful'
    hint: its portions: 1 piece, NFS (119 g), 1 piece, small pizza (80 g), 1 piece, medium pizza (86 g), 1 piece, large pizza (119 g), 1 piece, extra-large pizza (128 g), 1 personal size pizza (5-7" diameter) (175 g), 1 small pizza (8-10" diameter) (480 g), 1 medium pizza (11-12" diameter) (691 g), 1 large pizza (13-15" diameter) (954 g), 1 extra-large pizza (16-18" diameter) (1278 g), 1 surface inch (6.2 g), 1 serving (quantity not specified) (238 g); or use g, oz or lb
  [1]
  $ mgcalc foods search smoothie --limit 5
  fndds-11553100              14 mg/100 g  as eaten    Fruit smoothie, NFS
  fndds-78101130              31 mg/100 g  as eaten    Vegetable smoothie
  fndds-64134100              14 mg/100 g  as eaten    Fruit smoothie, light
  fndds-64134200              14 mg/100 g  as eaten    Fruit smoothie, bottled
  fndds-78101100              31 mg/100 g  as eaten    Fruit and vegetable smoothie, with dairy
  $ mgcalc foods search pizza --limit 4 --format json | jq -c '.results[] | [.id, .tier, .mg_per_100g]'
  ["fndds-58106210","as eaten",24]
  ["fndds-58106540","as eaten",24]
  ["fndds-58106233","as eaten",22]
  ["fndds-58106565","as eaten",22]
  $ mgcalc foods search "beans black" --limit 4
  black-beans                 70 mg/100 g  everyday    Black beans, boiled
  fndds-41101990              65 mg/100 g  as eaten    Black beans, NFS
  black-beans-canned          35 mg/100 g  everyday    Black beans, canned
  fndds-41102170              59 mg/100 g  as eaten    Black beans with meat

Energy and data quality in foods show.

  $ mgcalc foods show fndds-58130011 --amount "1 cup"
  Lasagna with meat (fndds-58130011)
  Group:      pasta-mixed-dishes-excludes-macaroni-and-cheese (as eaten)
  Magnesium:  20.0 mg per 100 g
  Source:     USDA FNDDS 2021-2023, food 58130011
  Quality:    magnesium calculated by USDA from ingredient recipes, not analysed
  Energy:     139 kcal per 100 g; 14.4 mg magnesium per 100 kcal
  Aliases:    lasagna NFS
  Portions:
    1 piece (1/6 of 8" square, approx 2-1/2" x 4")      206 g     41 mg    286 kcal
    1 piece (1/8 of 7" x 12", approx 3-1/2" x 3")      232 g     46 mg    322 kcal
    1 cup                                         250 g     50 mg    348 kcal
    1 surface inch                               20.7 g      4 mg     29 kcal
    1 serving (quantity not specified)            250 g     50 mg    348 kcal  (typical serving)
  Default serving: 1 serving (quantity not specified) (250 g) ('log add fndds-58130011 1' logs one)
  1 cup: 250 g, 50 mg magnesium, 348 kcal (via 1 cup (250 g))
  $ mgcalc foods show usda:14171 | head -6
  Beverages, coconut milk, sweetened, fortified with calcium, vitamins A, B12, D2 (usda-14171)
  Group:      beverages (ingredient)
  Magnesium:  0.0 mg per 100 g
  Source:     USDA SR28 (September 2015), food 14171
  Quality:    magnesium assumed zero by USDA, not measured
  Energy:     31 kcal per 100 g; 0.0 mg magnesium per 100 kcal
  $ mgcalc foods top --per-kcal --limit 3
  888.9 mg/100 kcal  Espresso                           80 mg, 9 kcal per 100 g
  430.0 mg/100 kcal  Swiss chard, boiled                86 mg, 20 kcal per 100 g
  426.3 mg/100 kcal  Swiss chard, raw                   81 mg, 19 kcal per 100 g
  left out: alcohol [DGA]
  (food composition, not advice: --profile NAME ranks only the foods 'mgcalc
   check' may suggest to that person, in its servings for them; --exclude TAG
   leaves out a tag)

A food must bring at least 10 mg in its default serving to rank by density: brewed coffee
(1 cup, 7 mg) and a teaspoon of dried basil are not magnesium sources.

  $ mgcalc foods top --per-kcal --all --limit 40 | grep -c -e "Coffee, brewed" -e "basil, dried"
  0
  [1]

Default servings are realistic amounts (a curated food's reviewed serving).

  $ mgcalc foods show hummus | grep Default
  Default serving: 2 tbsp (30 g) ('log add hummus 1' logs one)
  $ mgcalc foods show chocolate-syrup | grep Default
  Default serving: 2 tbsp (38 g) ('log add chocolate-syrup 1' logs one)
  $ mgcalc foods show pineapple | grep Default
  Default serving: 1 cup, chunks (165 g) ('log add pineapple 1' logs one)
