Names that become file names — profile names, food ids, recipe ids — are checked before
any path is built (issue #13): no '/', '\', '..', leading '.', control characters, NUL, or
more than 64 bytes. Each refusal is a usage error (exit 2) whose hint says what a name may
be, and nothing is written anywhere. (A NUL byte cannot reach a command line; the unit
test tests/unit/test_names.cpp covers it.)

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ mgcalc log add almonds "1 oz" > /dev/null
  $ cp data/profiles/ann.yaml ...yaml
  $ touch stamp

Profile names, as `profile init` would have written them (`../../evil` became
$WORK/evil.yaml, `../../../evil` the directory above the scratch directory):

  $ mgcalc profile init ../../evil --age 40 --sex female
  mgcalc: error: profile name '../../evil' contains '/'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc profile init ../../../evil --age 40 --sex female
  mgcalc: error: profile name '../../../evil' contains '/'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc profile init a/b --age 40 --sex female
  mgcalc: error: profile name 'a/b' contains '/'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc profile init 'a\b' --age 40 --sex female
  mgcalc: error: profile name 'a\b' contains '\'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc profile init .. --age 40 --sex female
  mgcalc: error: profile name '..' contains '..'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc profile init .hidden --age 40 --sex female
  mgcalc: error: profile name '.hidden' starts with '.'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc profile init "$(printf 'a\tb')" --age 40 --sex female
  mgcalc: error: profile name 'a\x09b' contains a control character
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc profile init "$(printf 'a\033[31mred')" --age 40 --sex female
  mgcalc: error: profile name 'a\x1B[31mred' contains a control character
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc profile init "$(printf 'x%.0s' {1..65})" --age 40 --sex female
  mgcalc: error: profile name 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' is 65 bytes long, over the limit of 64
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc profile init '' --age 40 --sex female
  mgcalc: error: profile name '' is empty
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]

A profile chosen by name: `--profile NAME`, `MGCALC_PROFILE`, `profile show NAME`.

  $ mgcalc check --profile ..
  mgcalc: error: profile name '..' contains '..'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ MGCALC_PROFILE='a\b' mgcalc log show
  mgcalc: error: profile name 'a\b' contains '\'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc profile show .hidden
  mgcalc: error: profile name '.hidden' starts with '.'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]

Food and recipe ids:

  $ mgcalc foods add ../../evil --mg-per-100g 10
  mgcalc: error: food id '../../evil' contains '/'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc foods add .x --mg-per-100g 10
  mgcalc: error: food id '.x' starts with '.'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc recipe add 'soup\1' --serves 2 --ingredient 'almonds 1 oz'
  mgcalc: error: recipe id 'soup\1' contains '\'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc recipe add .. --serves 2 --ingredient 'almonds 1 oz'
  mgcalc: error: recipe id '..' contains '..'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc foods rm ../x
  mgcalc: error: food id '../x' contains '/'
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]

A profile given as a file names its journal folder after the file; `...yaml` would name
it `..`, the data directory itself. Reading the profile still works.

  $ mgcalc log add almonds "1 oz" --profile ./...yaml
  mgcalc: error: the journal folder is named after the profile file ./...yaml, and that name '..' contains '..'
    hint: rename the profile file; a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc profile show --profile ./...yaml | grep "^Profile:"
  Profile:     ann (./...yaml)

Nothing was written: no file is newer than the stamp (outside the derived food cache), and
nothing appeared above the scratch directory.

  $ find . -newer stamp -not -path './.cache*'
  $ test ! -e ../evil.yaml && test ! -e ../../evil.yaml

What is allowed: a path to a profile file stays a path, letters of any script are letters,
and the limit is 64 bytes (32 two-byte letters), not 64 characters.

  $ mgcalc log show --profile ./data/profiles/ann.yaml
  2026-03-04
    20260304-1   -         Almonds                              1 oz (28.35 g)            77 mg
    total: food 77 mg + supplements 0 mg = 77 mg
  $ mgcalc profile init maría --age 40 --sex female | grep Created
  Created profile 'maría' in data/profiles/maría.yaml
  $ mgcalc profile init "$(printf 'í%.0s' {1..32})" --age 40 --sex female | grep Created
  Created profile 'íííííííííííííííííííííííííííííííí' in data/profiles/íííííííííííííííííííííííííííííííí.yaml
  $ mgcalc profile init "$(printf 'í%.0s' {1..33})" --age 40 --sex female
  mgcalc: error: profile name 'íííííííííííííííííííí...' is 66 bytes long, over the limit of 64
    hint: a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or my-granola; it may not contain '/', '\', '..' or control characters, nor start with '.'
  [2]
  $ mgcalc foods add my-bar --mg-per-100g 10 && mgcalc foods rm my-bar
  Saved my-bar (my-bar): 10.0 mg per 100 g
  Removed my-bar. Journal entries keep their recorded magnesium.
  $ ls data/profiles
  ann.yaml
  maría.yaml
  íííííííííííííííííííííííííííííííí.yaml
