Binary garbage, empty files, huge files, invalid UTF-8, CRLF and a BOM, in every input file
type: clear errors or handled, never a crash.

  $ head -c 3000 /dev/urandom | tr '\n' x > garbage
  $ printf '\000\001\002' > nul
  $ : > empty
  $ head -c 70000000 /dev/zero | tr '\0' 'a' > huge
  $ printf 'name: Ana\nsex: f\xe9male\nage: 30\n' > latin1.yaml
  $ printf '\xef\xbb\xbfname: Ana\r\nsex: female\r\nage: 30\r\n' > bom-crlf.yaml

Profiles:

  $ mgcalc profile show --profile ./nul 2>&1 | sed -n 1,2p
  mgcalc: error: ./nul:1:1: binary data (NUL byte): not a text file
    hint: save the file as UTF-8 text
  [1]
  $ mgcalc profile show --profile ./empty
  mgcalc: error: ./empty:1:1: a profile must be a YAML mapping of keys to values
    hint: see profiles/ for examples
  [1]
  $ mgcalc profile show --profile ./huge 2>&1 | sed -n 1,1p
  mgcalc: error: ./huge: file is 70000000 bytes, over the limit of 1048576 bytes
  [1]
  $ mgcalc profile show --profile ./latin1.yaml 2>&1 | sed -n 1,1p
  mgcalc: error: ./latin1.yaml:2:7: invalid UTF-8 byte sequence
  [1]
  $ mgcalc profile show --profile ./bom-crlf.yaml | sed -n 1,3p
  Profile:     Ana (./bom-crlf.yaml)
  Age:         30 years
  Sex:         female
  $ mgcalc profile show --profile ./garbage > /dev/null 2>&1; echo "exit $?"
  exit 1

Food files:

  $ mkdir -p data/foods && cp nul data/foods/x.yaml
  $ mgcalc foods show banana 2>&1 | sed -n 1,1p
  mgcalc: error: data/foods/x.yaml:1:1: binary data (NUL byte): not a text file
  [1]
  $ cp empty data/foods/x.yaml && mgcalc foods show banana 2>&1 | sed -n 1,1p
  mgcalc: error: data/foods/x.yaml:1:1: not an mgcalc food file (expected 'format: mgcalc-foods')
  [1]
  $ cp garbage data/foods/x.yaml && mgcalc foods show banana > /dev/null 2>&1; echo "exit $?"
  exit 1
  $ rm data/foods/x.yaml

Journals:

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ mkdir -p data/journal/ann && cp garbage data/journal/ann/2026-03.yaml
  $ mgcalc log show > /dev/null 2>&1; echo "exit $?"
  exit 1
  $ printf -- '- {format: mgcalc-journal, version: 1}\n- {id: 1, date: 2026-03-04, kind: food, food: a, name: "caf\xe9", amount: "1 g", mg: 1}\n' > data/journal/ann/2026-03.yaml
  $ mgcalc log show 2>&1 | sed -n 1,1p
  mgcalc: error: data/journal/ann/2026-03.yaml:2:60: invalid UTF-8 byte sequence
  [1]
  $ printf '\xef\xbb\xbf- {format: mgcalc-journal, version: 1}\r\n- {id: 20260304-1, date: 2026-03-04, kind: food, food: almonds, name: Almonds, amount: "1 oz", mg: 76.545}\r\n' > data/journal/ann/2026-03.yaml
  $ mgcalc log show
  2026-03-04
    20260304-1   -         Almonds                              1 oz                      77 mg
    total: food 77 mg + supplements 0 mg = 77 mg
  $ : > data/journal/ann/2026-03.yaml && mgcalc log show
  Nothing logged on 2026-03-04.

Imports:

  $ mgcalc import cronometer nul 2>&1 | sed -n 1,1p
  mgcalc: error: nul:1:1: binary data (NUL byte): not a text file
  [1]
  $ mgcalc import cronometer empty 2>&1 | sed -n 1,1p
  mgcalc: error: empty:1:1: the file is empty
  [1]
  $ mgcalc import cronometer garbage > /dev/null 2>&1; echo "exit $?"
  exit 1
  $ mgcalc import cronometer huge 2>&1 | sed -n 1,1p
  mgcalc: error: huge: file is 70000000 bytes, over the limit of 67108864 bytes
  [1]
  $ mgcalc import cronometer nowhere.csv
  mgcalc: error: import file not found: nowhere.csv
  [1]
  $ mgcalc import cronometer data
  mgcalc: error: data is a directory, not a file
  [1]
