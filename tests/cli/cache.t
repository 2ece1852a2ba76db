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

A table's cache key is its files' paths, sizes and content hashes; a file's stamp (size,
modification and change times, inode) only spares re-reading it once it has settled, more
than two seconds before its cache was written. An edit of the same size is seen whether it
replaces the file (a new inode) or writes into it, even with the modification time set back.

  $ mkdir mini && cp $ROOT/foods/curated.yaml mini/
  $ grep -m1 '^- {id: usda-11458,' $ROOT/foods/usda-sr28.yaml > food.line
  $ printf 'format: mgcalc-foods\nversion: 1\nfoods:\n' | cat - food.line > mini/usda-mini.yaml
  $ sleep 3
  $ mgcalc --foods mini foods show usda-11458 | grep Magnesium
  Magnesium:  87.0 mg per 100 g
  $ sleep 3
  $ mgcalc --foods mini foods show usda-11458 | grep Magnesium
  Magnesium:  87.0 mg per 100 g
  $ touch -r mini/usda-mini.yaml stamp.ref
  $ sed -i 's/mg_per_100g: 87,/mg_per_100g: 86,/' mini/usda-mini.yaml
  $ touch -r stamp.ref mini/usda-mini.yaml
  $ mgcalc --foods mini foods show usda-11458 | grep Magnesium
  Magnesium:  86.0 mg per 100 g
  $ sleep 3
  $ mgcalc --foods mini foods show usda-11458 | grep Magnesium
  Magnesium:  86.0 mg per 100 g
  $ off=$(grep -bo 'mg_per_100g: 86,' mini/usda-mini.yaml | cut -d: -f1)
  $ printf 'mg_per_100g: 85,' | dd of=mini/usda-mini.yaml bs=1 seek=$off conv=notrunc 2>/dev/null
  $ touch -r stamp.ref mini/usda-mini.yaml
  $ mgcalc --foods mini foods show usda-11458 | grep Magnesium
  Magnesium:  85.0 mg per 100 g
  $ mgcalc --foods mini foods show usda-11458 | grep Magnesium
  Magnesium:  85.0 mg per 100 g

A damaged table inside an intact cache head is noticed when the food is decoded, and the
food comes from the YAML instead.

  $ for f in .cache/mgcalc/foods-table-*.bin; do printf 'XX' | dd of=$f bs=1 seek=$(( $(stat -c %s $f) - 40 )) conv=notrunc 2>/dev/null; done
  $ mgcalc --foods mini foods show usda-11458 | grep Magnesium
  Magnesium:  85.0 mg per 100 g
  $ mgcalc --foods mini foods search spinach boiled | grep -c usda-11458
  1
