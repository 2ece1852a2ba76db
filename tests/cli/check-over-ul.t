Supplements over the UL with food under it: the UL flag fires, for supplements only.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ mgcalc log add banana "1 medium" > /dev/null
  $ mgcalc log supplement "magnesium oxide" "250 mg" --units 2 > /dev/null
  $ mgcalc check
  Magnesium check for ann — 2026-03-04
    Food              32 mg
    Supplements      500 mg
    Total            532 mg   166% of the RDA (320 mg)
    Shortfall          0 mg
    Reference      RDA 320 mg, EAR 265 mg (IOM, female, 31-50 years)
    Upper limit    350 mg/day, supplements and medicines only
  
  Adequacy
    adequate, with high confidence: mean 532 mg is at or above the RDA of 320 mg;
    >99% probability that usual intake is adequate (IOM method, z = 2.97, 1 food
    day)
    day-to-day SD 86 mg for women 19 y+ (the pooled CSFII SD of IOM00's worked
    example (pp.57-64), as derived by us from it)
    this verdict rests on one logged day: log more days to firm it up
  
  Flags
    [warning] Supplemental magnesium above the upper limit
        • because: supplemental magnesium above the UL of 350 mg on 2026-03-04
          (500 mg); entries 20260304-2
        • Magnesium from supplements and medicines (antacids, laxatives) is above
          the tolerable upper intake level; its first effect is osmotic diarrhoea.
          Food magnesium does not count.
        • what to do: Check the dose on the labels and ask your clinician or
          pharmacist whether it is intended.
        • evidence: dietary reference (UL) (IOM97 p.242; EG06 p.343)

  $ mgcalc check --strict > /dev/null
  [3]
