An infant: AI only, one-sided test; the verdict can only be "likely above the AI" or "cannot tell".

  $ mgcalc profile init baby --age 0 --months 9 --sex male > /dev/null
  $ mgcalc log add banana "1 small" > /dev/null
  $ mgcalc check
  Magnesium check for baby — 2026-03-04
    Food              27 mg
    Supplements        0 mg
    Total             27 mg
    Reference      AI 75 mg, EAR none (IOM, infant, 7-12 months)
    Upper limit    not determinable; source of intake should be from food and formula only (IOM)
  
  Adequacy
    cannot tell: mean food intake 27 mg is below the AI of 75 mg; intake below an
    AI cannot be judged inadequate, IOM00 (1 food day)
    no day-to-day SD has been published for infants, so no probability is computed
    note: infants have an Adequate Intake only; no EAR and no UL can be set
  
  Food suggestions
    None: infants get their magnesium from breast milk or formula, and from first
    foods their paediatric team advises; mgcalc does not suggest foods under 12
    months.

