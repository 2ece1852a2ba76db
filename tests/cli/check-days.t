The mean of the last N days uses only days with entries, and says how many.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ mgcalc log add almonds "1 oz" --date 2026-03-01 > /dev/null
  $ mgcalc log add spinach-boiled "1 cup" --date 2026-03-01 > /dev/null
  $ mgcalc log add black-beans "1 cup" --date 2026-03-03 > /dev/null
  $ mgcalc log add quinoa "1 cup" --date 2026-03-04 > /dev/null
  $ mgcalc check --days 7
  Magnesium check for ann — last 7 days (2026-02-26 to 2026-03-04), 3 logged
    Food             157 mg (mean per logged day)
    Supplements        0 mg
    Total            157 mg   49% of the RDA (320 mg)
    Shortfall        163 mg
    Reference      RDA 320 mg, EAR 265 mg (iom, female, 31-50 years)
    Upper limit    350 mg/day, supplements and medicines only
  
  Adequacy
    very likely inadequate: 3% probability that usual intake is adequate
    (z = -1.91 over 3 logged days; more days make it firmer)
  
  To close the gap of 163 mg/day
    Pumpkin seeds, dried: 1 oz (28.35 g)                           +168 mg
    Wheat bran: 1 oz (28.35 g)                                     +173 mg
    Hummus: 1 cup (246 g)                                          +175 mg
    or combine:
      Spinach, boiled: 1 cup (180 g)                                 +157 mg
      Multigrain bread: 1 slice regular (26 g)                       +20 mg
    (foods only: mgcalc does not suggest supplements)

  $ mgcalc check --days 400
  mgcalc: error: --days must be between 1 and 366
  [2]
