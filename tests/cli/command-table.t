The command table declares, for every command, the --format values it accepts (the first
is its default), its positional arguments and what completes them, and the data it needs
(issue #13 §3). The dispatcher refuses any other --format once for every command, before
the command runs: a usage error (exit 2) whose hint names the formats the command accepts.
`export csv --format json` used to print CSV and exit 0.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ mgcalc log add spinach-boiled "1 cup" --meal lunch > /dev/null
  $ mgcalc export csv --format json
  mgcalc: error: 'export csv' does not support --format json
    hint: 'export csv' accepts --format csv
  [2]
  $ mgcalc export csv --format json --output out.csv
  mgcalc: error: 'export csv' does not support --format json
    hint: 'export csv' accepts --format csv
  [2]
  $ test -e out.csv
  [1]

Its default, and the one format it declares, are CSV:

  $ mgcalc export csv | cut -d, -f1-4
  id,date,meal,kind
  20260304-1,2026-03-04,lunch,food
  $ mgcalc export csv --format csv | cut -d, -f1-4
  id,date,meal,kind
  20260304-1,2026-03-04,lunch,food

Other commands with a format they do not have; nothing is written when a writer is refused:

  $ mgcalc check --format html
  mgcalc: error: 'check' does not support --format html
    hint: 'check' accepts --format text or json
  [2]
  $ mgcalc flags --format csv
  mgcalc: error: 'flags' does not support --format csv
    hint: 'flags' accepts --format text or json
  [2]
  $ mgcalc log show --format markdown
  mgcalc: error: 'log show' does not support --format markdown
    hint: 'log show' accepts --format text or json
  [2]
  $ mgcalc log add almonds "1 oz" --format md
  mgcalc: error: 'log add' does not support --format md
    hint: 'log add' accepts --format text or json
  [2]
  $ mgcalc export csv | wc -l
  2
  $ mgcalc rda --format xml
  mgcalc: error: unknown format 'xml'
    hint: did you mean 'html' or 'csv'?
  [2]

`report week` declares all five; `md` is another name for markdown:

  $ mgcalc report week --format md | head -1
  # Weekly magnesium report: ann

`mgcalc help COMMAND` says which formats a command accepts:

  $ mgcalc help export csv | grep Output
  Output: --format csv (default csv)
  $ mgcalc help report week | grep Output
  Output: --format text, json, markdown, html or csv (default text)

Every JSON document carries `schema_version`, stamped in one place:

  $ mgcalc flags --format json | grep -c schema_version
  1
  $ mgcalc log show --format json | grep schema_version
    "schema_version": 3,

Completion (`mgcalc __complete -- WORDS...`, what completions/ call) reads the same
table. An option that is a command's positional is not offered as an option, and every
other option is: `log edit` takes the entry ID by position, so --amount and --food are
options; `foods add` and `recipe add` take the ID, so --name is an option.

  $ mgcalc __complete -- log edit --
  --data-dir
  --foods
  --profile
  --today
  --format
  --standard
  --no-color
  --ascii
  --help
  --amount
  --food
  --meal
  --date
  --note
  $ mgcalc __complete -- foods add --n
  --no-color
  --name
  $ mgcalc __complete -- recipe add --n
  --no-color
  --name
  $ mgcalc __complete -- log add -- | grep -E -- '--(food|amount)$'
  [1]

The value of an option is never taken for a positional: after `--meal lunch` the next word
is still the FOOD of `log add`.

  $ mgcalc __complete -- log add --meal lunch spinach-bo
  spinach-boiled
  $ mgcalc __complete -- log add spinach-boiled 1 cup --meal lu
  lunch
  $ mgcalc __complete -- log edit 20260304-1 --food spinach-bo
  spinach-boiled
  $ mgcalc __complete -- --today 2026-03-04 log rm ''
  20260304-1
  $ mgcalc __complete -- export csv --format ''
  csv
  $ mgcalc __complete -- import cronometer ''
  __files__
  $ mgcalc __complete -- help lo
  log
