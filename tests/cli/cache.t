The YAML files are the source of truth; the binary cache (in $HOME/.cache/mgcalc here) never
gives a stale answer: an edited, replaced or corrupted file or cache is noticed.

  $ mgcalc foods add my-bar --mg-per-100g 10 > /dev/null
  $ mgcalc foods show my-bar | grep Magnesium
  Magnesium:  10.0 mg per 100 g
  $ ls .cache/mgcalc | sed 's/-[0-9a-f]*\.bin/-HASH.bin/'
  foods-core-HASH.bin
  foods-core-HASH.bin
  foods-fndds-HASH.bin
  foods-table-HASH.bin
  $ sed -i 's/mg_per_100g: 10,/mg_per_100g: 11,/' data/foods/custom.yaml
  $ mgcalc foods show my-bar | grep Magnesium
  Magnesium:  11.0 mg per 100 g
  $ for f in .cache/mgcalc/*.bin; do printf 'garbage' > $f; done
  $ mgcalc foods show usda:11458 | grep Magnesium
  Magnesium:  87.0 mg per 100 g
  $ mgcalc foods show my-bar | grep Magnesium
  Magnesium:  11.0 mg per 100 g

A changed SR28 table is validated again at once, and a broken one is refused.

  $ cp -r $ROOT/foods myfoods
  $ sed -i 's/^- {id: usda-11458, \(.*\)mg_per_100g: 87,/- {id: usda-11458, \1mg_per_100g: 88,/' myfoods/usda-sr28.yaml
  $ mgcalc --foods myfoods foods show usda:11458 | grep Magnesium
  Magnesium:  88.0 mg per 100 g
  $ sed -i 's/^- {id: usda-11458, \(.*\)mg_per_100g: 88,/- {id: usda-11458, \1mg_per_100g: -88,/' myfoods/usda-sr28.yaml
  $ mgcalc --foods myfoods log add spinach-boiled "1 cup" 2>&1 | grep -v '^ ' | sed 's/:[0-9]*:[0-9]*:/:LINE:COL:/'
  mgcalc: error: myfoods/usda-sr28.yaml:LINE:COL: mg_per_100g cannot be negative (-88)
  mgcalc: error: the food database has errors; mgcalc will not run on it
  mgcalc: 2 problems found
  [1]
  $ MGCALC_NO_CACHE=1 mgcalc foods show spinach-boiled | grep Magnesium
  Magnesium:  87.0 mg per 100 g
