Kidney disease and its wording (review 3, findings 4–7): every CKD stage is accepted, the
reference intakes carry the same caveat everywhere, no other flag contradicts "impaired
excretion", and a kidney transplant is named as given and never said to impair excretion.

Stages 1 and 2 are kidney disease too; "CKD 4" and "stage 5 ckd" are read as written.

  $ mgcalc profile init s1 --age 50 --sex male --condition ckd-stage-1 > /dev/null
  $ mgcalc profile init s2 --age 50 --sex male --condition "CKD 4" --condition "stage 5 ckd" > /dev/null
  $ grep conditions "$MGCALC_HOME/profiles/s1.yaml" "$MGCALC_HOME/profiles/s2.yaml" | sed 's|.*/||'
  s1.yaml:conditions: ["chronic-kidney-disease"]
  s2.yaml:conditions: ["chronic-kidney-disease"]
  $ mgcalc profile init bad --age 50 --sex male --condition ckd-stage-6
  mgcalc: error: unknown condition 'ckd-stage-6'
    hint: known: chronic-kidney-disease, kidney-transplant, type-2-diabetes, insulin-resistance, crohns-disease, coeliac-disease, bowel-resection, malabsorption, alcohol-dependence
  [1]

profile init, profile show and rda say the RDA is set for healthy people, as check does.

  $ mgcalc profile init kay --age 74 --sex female --condition ckd-stage-4 --condition t2d --medicine omeprazole --medicine furosemide
  Created profile 'kay' in data/profiles/kay.yaml
  Condition 'ckd-stage-4' is recorded as chronic kidney disease
  Condition 't2d' is recorded as type 2 diabetes
  Standard:    IOM (US/Canada Dietary Reference Intakes)
  Life stage:  female, over 70 years
  RDA:         320 mg/day (set for healthy people: not your target)
  EAR:         265 mg/day
  UL:          350 mg/day from supplements and medicines only (food does not count; set for healthy people: ask the clinician who treats your kidneys before any magnesium supplement, antacid or laxative)
  Source:      IOM97; EG06 (docs/methods.md)
  $ mgcalc --profile kay profile show | grep RDA
  RDA:         320 mg/day (set for healthy people: not your target)
  $ mgcalc --profile kay rda | grep RDA
  RDA:         320 mg/day (set for healthy people: not your target)
  $ mgcalc rda --age 74 --sex female | grep RDA
  RDA:         320 mg/day
  $ mgcalc --profile kay log add white-rice "1 cup" > /dev/null
  $ mgcalc --profile kay check
  Magnesium check for kay — 2026-03-04
    Food              19 mg
    Supplements        0 mg
    Total             19 mg
    Reference      RDA 320 mg, EAR 265 mg (IOM, female, over 70 years)
                   set for healthy people: not your target
    Upper limit    350 mg/day, supplements and medicines only
                   set for healthy people: ask the clinician who treats your
                   kidneys before any magnesium supplement, antacid or laxative
  
  Adequacy
    not judged
    with chronic kidney disease the reference intakes, set for healthy people, do
    not apply; mgcalc leaves your targets to the clinician who treats your kidneys
  
  Flags
    [caution] Proton pump inhibitor
        • because: medicine: omeprazole (proton pump inhibitor)
        • Long-term use of a proton pump inhibitor (PPI) can cause low blood
          magnesium (hypomagnesemia), reported after 3 months or more of use
          (label), in most cases after more than a year; in about a quarter of
          cases supplements alone did not correct it. FDA says over-the-counter
          courses taken as the label directs (14 days, up to 3 times a year) carry
          very little risk.
        • what to do: If you have taken it for months, ask your clinician whether
          your blood magnesium should be checked. Seek immediate care if you have
          an abnormal heart rate or rhythm, a racing heartbeat, palpitations,
          muscle spasm, tremor or convulsions. Tell your healthcare professional
          if you have ever been told you have low blood magnesium, or if you take
          digoxin or a diuretic. Low blood magnesium does not always cause
          symptoms. Do not stop a prescription PPI without talking to your
          prescriber first.
        • evidence: regulatory safety communication (FDA11; FDA11-label;
          FDA11-patients; ODS)
    [caution] Loop or thiazide diuretic
        • because: medicine: furosemide (loop diuretic)
        • Loop and thiazide diuretics raise urinary magnesium loss.
        • what to do: Ask your clinician whether your magnesium should be checked.
        • evidence: authoritative review (ODS)
    [caution] Proton pump inhibitor with a diuretic
        • because: medicine: omeprazole (proton pump inhibitor); medicine:
          furosemide (loop diuretic)
        • FDA advises health professionals to consider checking blood magnesium
          before long-term PPI treatment and in patients who take a PPI with a
          diuretic (the label: they "may consider monitoring"), and tells patients
          to tell their healthcare professional if they take diuretics.
        • what to do: Ask your healthcare professional whether your blood
          magnesium should be checked.
        • evidence: regulatory safety communication (FDA11; FDA11-label;
          FDA11-patients)
    [info] Chronic kidney disease
        • because: condition: chronic kidney disease
        • Impaired excretion of magnesium. mgcalc does not raise food targets and
          never suggests supplements for you.
        • what to do: Follow the advice of the clinician who treats your kidney
          disease on magnesium.
        • evidence: authoritative review (ODS; IOM97)
    [info] Type 2 diabetes or insulin resistance
        • because: condition: type 2 diabetes
        • Type 2 diabetes and insulin resistance put people in a group at risk of
          magnesium inadequacy.
        • what to do: Leave your magnesium target to the clinician who treats your
          kidneys: the RDA is set for healthy people.
        • evidence: authoritative review (ODS)
    [info] Over 70 years
        • because: age: 74 years
        • Older adults absorb less magnesium and often take medicines that affect
          it.
        • what to do: Leave your magnesium target to the clinician who treats your
          kidneys: the RDA is set for healthy people.
        • evidence: authoritative review (ODS; IOM97)
  
  Food suggestions
    None: the reference intakes are set for healthy people and do not apply with
    chronic kidney disease; mgcalc leaves your targets to the clinician who treats
    your kidneys and suggests no foods.

A kidney transplant with tacrolimus: the transplant's own flag, no "impaired excretion".

  $ mgcalc profile init tx --age 45 --sex male --condition kidney-transplant --medicine tacrolimus > /dev/null
  $ mgcalc --profile tx log add white-rice "1 cup"
  +19 mg White rice, cooked (1 cup, 158 g) — today 19 mg
  $ mgcalc --profile tx check
  Magnesium check for tx — 2026-03-04
    Food              19 mg
    Supplements        0 mg
    Total             19 mg
    Reference      RDA 420 mg, EAR 350 mg (IOM, male, 31-50 years)
                   set for healthy people: not your target
    Upper limit    350 mg/day, supplements and medicines only
                   set for healthy people: ask the clinician who treats your
                   kidneys before any magnesium supplement, antacid or laxative
  
  Adequacy
    not judged
    with a kidney transplant the reference intakes, set for healthy people, do not
    apply; mgcalc leaves your targets to the clinician who treats your kidneys
  
  Flags
    [caution] Calcineurin inhibitor
        • because: medicine: tacrolimus (calcineurin inhibitor); tacrolimus is
          listed by AD05 (potentially significant), LI21 (calcineurin inhibitors),
          WO21 (calcineurin inhibitors)
        • Reviews of drug-induced hypomagnesemia (and, for ciclosporin, a UK
          magnesium medicine's label) list the calcineurin inhibitors tacrolimus
          and ciclosporin (cyclosporine) among medicines that lower blood
          magnesium. The finding names the sources that list yours.
        • what to do: Ask your transplant or treating team how your magnesium is
          monitored.
        • evidence: reviews (AD05; LI21; WO21)
    [info] Kidney transplant
        • because: condition: kidney transplant
        • mgcalc's sources say nothing specific about magnesium after a kidney
          transplant. As with kidney disease, mgcalc does not judge your intake
          against the reference intakes, set for healthy people, and never
          suggests supplements for you.
        • what to do: Follow your transplant team's advice on magnesium, and ask
          them before taking any magnesium supplement, antacid or laxative.
        • evidence: our choice (ODPHP)
  
  Food suggestions
    None: the reference intakes are set for healthy people and do not apply with a
    kidney transplant; mgcalc leaves your targets to the clinician who treats your
    kidneys and suggests no foods.
  $ mgcalc --profile tx profile show | grep -E "Conditions|RDA"
  Conditions:  kidney-transplant
  RDA:         420 mg/day (set for healthy people: not your target)

The overview no longer promises food suggestions to everyone (review 3, finding 18).

  $ mgcalc --help | sed -n 3,5p
  Dietary magnesium intake calculator: logs what you eat, checks it against the
  Dietary Reference Intakes, flags risk factors and suggests foods that close the
  gap (not with kidney disease, after a kidney transplant or for infants).

JSON says the same: the reference does not apply to kay, and does to an --age/--sex query.

  $ mgcalc --profile kay rda --format json | jq .applies
  false
  $ mgcalc --profile kay profile show --format json | jq .targets.applies
  false
  $ mgcalc rda --age 74 --sex female --format json | jq .applies
  true

and carries the words the text puts beside the numbers, so that a script or the web app
shows the same caution (null where the intakes apply).

  $ mgcalc --profile kay profile show --format json | jq -c '.targets | [.caveat, .ul_caveat]'
  ["set for healthy people: not your target","set for healthy people: ask the clinician who treats your kidneys before any magnesium supplement, antacid or laxative"]
  $ mgcalc --profile kay check --format json | jq -c '.reference | [.applies, .caveat]'
  [false,"set for healthy people: not your target"]
  $ mgcalc rda --age 74 --sex female --format json | jq -c '[.caveat, .ul_caveat]'
  [null,null]

An infant has no upper limit, so there is no upper limit's caution either, as in the text.

  $ mgcalc profile init baby --age 0 --months 8 --sex male --condition chronic-kidney-disease > /dev/null
  $ mgcalc --profile baby rda --format json | jq -c '[.applies, .ul_supplemental_mg, .ul_caveat]'
  [false,null,null]

