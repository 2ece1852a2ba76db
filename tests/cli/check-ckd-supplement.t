Kidney disease: any supplemental magnesium is a warning, and no supplement is ever suggested.

  $ mgcalc profile init dan --age 66 --sex male --condition ckd --medicine amiloride > /dev/null
  $ mgcalc log add white-rice "1 cup" > /dev/null
  $ mgcalc log supplement "Milk of Magnesia" "400 mg" --compound > /dev/null
  mgcalc: warning: Kidney disease and supplemental magnesium: With chronic kidney disease the kidneys excrete less magnesium; toxicity is mostly seen with kidney failure plus supplements, magnesium laxatives or antacids. Ask your treating clinician before taking any magnesium supplement, antacid or laxative.
  $ mgcalc check
  Magnesium check for dan — 2026-03-04
    Food              19 mg
    Supplements      167 mg
    Total            186 mg
    Reference      RDA 420 mg, EAR 350 mg (IOM, male, 51-70 years)
                   set for healthy people: not your target
    Upper limit    350 mg/day, supplements and medicines only
                   set for healthy people: ask the clinician who treats your
                   kidneys before any magnesium supplement, antacid or laxative
  
  Adequacy
    not judged
    with chronic kidney disease the reference intakes, set for healthy people, do
    not apply; mgcalc leaves your targets to the clinician who treats your kidneys
  
  Flags
    [warning] Kidney disease and supplemental magnesium
        • because: condition: chronic kidney disease; entries 20260304-2
        • With chronic kidney disease the kidneys excrete less magnesium; toxicity
          is mostly seen with kidney failure plus supplements, magnesium laxatives
          or antacids.
        • what to do: Ask your treating clinician before taking any magnesium
          supplement, antacid or laxative.
        • evidence: authoritative review (ODS; IOM97)
    [caution] Potassium-sparing diuretic with supplemental magnesium
        • because: medicine: amiloride (potassium-sparing diuretic); condition:
          chronic kidney disease; entries 20260304-2
        • Potassium-sparing diuretics reduce magnesium excretion; adding
          supplements calls for care, especially with kidney disease.
        • what to do: Ask your clinician or pharmacist whether the supplement is
          appropriate.
        • evidence: authoritative review (ODS)
  
  Food suggestions
    None: the reference intakes are set for healthy people and do not apply with
    chronic kidney disease; mgcalc leaves your targets to the clinician who treats
    your kidneys and suggests no foods.

  $ mgcalc check --strict > /dev/null
  [3]
