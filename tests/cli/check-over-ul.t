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
    Reference      RDA 320 mg, EAR 265 mg (iom, female, 31-50 years)
    Upper limit    350 mg/day, supplements and medicines only
  
  Adequacy
    very likely adequate: 100% probability that usual intake is adequate
    (z = 2.97 over 1 logged day; more days make it firmer)
  
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
