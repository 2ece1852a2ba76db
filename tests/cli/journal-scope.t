check and report week read only the months they cover: a corrupt month outside the
window does not disturb them, so their cost cannot grow with years of history.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ mgcalc log add almonds "1 oz" > /dev/null
  $ mkdir -p data/journal/ann && printf -- '- {format: mgcalc-journal, version: 1}\n- {garbage\n' > data/journal/ann/2019-01.yaml
  $ mgcalc check --format json | grep '"total_mg"'
        "total_mg": 76.5
      "total_mg": 76.5
        "total_mg": 243.1
  $ mgcalc report week --format csv | tail -1
  2026-03-04,true,76.5,0.0,76.5,23.9,false
  $ mgcalc log show --date 2019-01-15 2>&1 | sed -n 1,1p
  mgcalc: error: data/journal/ann/2019-01.yaml:2:3: YAML syntax error: end of map flow not found
  [1]
