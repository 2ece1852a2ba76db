The mean of the last N days uses only days with entries, and says how many.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ mgcalc log add almonds "1 oz" --date 2026-03-01 > /dev/null
  $ mgcalc log add spinach-boiled "1 cup" --date 2026-03-01 > /dev/null
  $ mgcalc log add black-beans "1 cup" --date 2026-03-03 > /dev/null
  $ mgcalc log add quinoa "1 cup" --date 2026-03-04 > /dev/null
  $ mgcalc check --days 7
  Magnesium check for ann — last 7 days (2026-02-26 to 2026-03-04), 3 logged
    Food             157 mg (mean per food day)
    Supplements        0 mg
    Total            157 mg   49% of the RDA (320 mg)
    Shortfall        163 mg
    Days           3 food days
    Reference      RDA 320 mg, EAR 265 mg (IOM, female, 31-50 years)
    Upper limit    350 mg/day, supplements and medicines only
  
  Adequacy
    very likely needs to be improved: mean 157 mg is below the EAR of 265 mg; 3%
    probability that usual intake is adequate (IOM method, z = -1.91, 3 food days)
    day-to-day SD 86 mg for women 19 y+ (the pooled CSFII SD of IOM00's worked
    example (pp.57-64), as derived by us from it)
  
  Foods that would close the gap of 163 mg/day
    Not suggested for you: alcohol.
    More of what you already eat
      Quinoa, cooked: 3/4 cup (139 g, 166 kcal), eaten on 1 day in 4
        weeks                                                           +89 mg
      Spinach, boiled: 1/2 cup (90 g, 21 kcal), eaten on 1 day in 4
        weeks                                                           +78 mg
      Almonds: 1 oz (28 g, 164 kcal), eaten on 1 day in 4 weeks         +77 mg
    A plan: 2 foods from different groups, +165 mg in all
      Quinoa, cooked: 3/4 cup (139 g, 166 kcal), eaten on 1 day in 4
        weeks                                                           +89 mg
      Almonds: 1 oz (28 g, 164 kcal), eaten on 1 day in 4 weeks         +77 mg
    Or one food alone
      Pumpkin seeds, dried: 1 oz (28 g, 158 kcal)                      +168 mg
    (foods only: mgcalc does not suggest supplements)

  $ mgcalc check --days 400
  mgcalc: error: --days must be between 1 and 366
  [2]
