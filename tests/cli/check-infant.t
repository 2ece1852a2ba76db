An infant: AI only, one-sided test; the verdict can only be "likely above the AI" or "cannot tell".

  $ mgcalc profile init baby --age 0 --months 9 --sex male > /dev/null
  $ mgcalc log add banana "1 small" > /dev/null
  $ mgcalc check
  Magnesium check for baby — 2026-03-04
    Food              27 mg
    Supplements        0 mg
    Total             27 mg   36% of the AI (75 mg)
    Shortfall         48 mg
    Reference      AI 75 mg, EAR none (iom, infant, 7-12 months)
    Upper limit    none set
  
  Adequacy
    cannot tell: 2% probability that usual intake is above the AI
    (z = -1.96 over 1 logged day)
    assumption: the day-to-day SD measured for women 31-50 (86 mg) is scaled by
    AI/265 to 24 mg for infant, 7-12 months
    note: infants have an Adequate Intake only; no EAR and no UL can be set

