Medicines as people write them (docs/methods.md §4): brands, combinations, doses, and real
medicines outside the catalogue, which are "not recognised" and never read as another drug.

Vibramycin is doxycycline (not tobramycin): with a logged supplement, the tetracycline
dose-separation advice.

  $ mgcalc profile init vic --age 40 --sex female --medicine "Vibramycin 100 mg" > /dev/null
  $ mgcalc --profile vic log add banana "1 medium" > /dev/null
  $ mgcalc --profile vic log supplement "magnesium glycinate" "100 mg" > /dev/null
  $ mgcalc --profile vic check | sed -n '/\[caution\] Tetracycline/,/evidence:/p'
    [caution] Tetracycline antibiotic and a magnesium product
        • because: medicine: Vibramycin 100 mg (doxycycline, tetracycline
          antibiotic); entries 20260304-2
        • Magnesium binds (chelates) tetracycline antibiotics: doxycycline,
          minocycline, demeclocycline and tetracycline.
        • what to do: Take the antibiotic at least 2 hours before or 4 to 6 hours
          after the magnesium product (NIH ODS); a UK magnesium medicine's label
          asks for at least 2 to 3 hours between them.
        • evidence: authoritative review; product label (ODS; SmPC-Mg)

Rituximab is not cetuximab: not recognised, and nothing about cetuximab.

  $ mgcalc profile init rita --age 60 --sex female --medicine rituximab > /dev/null
  $ mgcalc --profile rita log add banana "1 medium" > /dev/null
  $ mgcalc --profile rita check --format json | jq -c '.flags[] | {id, because: [.facts[].text]}'
  {"id":"unrecognised-medicine","because":["medicine: rituximab"]}
  $ mgcalc --profile rita check | grep -ci cetuximab
  0
  [1]

Brands the catalogue used to miss, combinations included; without a supplement no
dose-separation rule fires.

  $ mgcalc profile init al --age 60 --sex male --medicine Aldactone --medicine Midamor --medicine "Cipro 500 mg" --medicine Levaquin --medicine "Zegerid OTC" --medicine Vimovo --medicine Lanoxin --medicine Prograf --medicine Maxzide > /dev/null
  $ mgcalc --profile al log add banana "1 medium" > /dev/null
  $ mgcalc --profile al check --format json | jq -r '.flags[] | .id + ": " + ([.facts[].text] | join("; "))'
  ppi-low-intake: medicine: Zegerid OTC (omeprazole, proton pump inhibitor); medicine: Vimovo (esomeprazole, proton pump inhibitor); mean intake 32 mg/day is below the EAR of 350 mg
  diuretic-low-intake: medicine: Maxzide (hydrochlorothiazide, thiazide diuretic); mean intake 32 mg/day is below the EAR of 350 mg
  digoxin-with-ppi-or-diuretic: medicine: Lanoxin (digoxin); medicine: Zegerid OTC (omeprazole, proton pump inhibitor); medicine: Vimovo (esomeprazole, proton pump inhibitor); medicine: Maxzide (hydrochlorothiazide, thiazide diuretic)
  calcineurin-inhibitor: medicine: Prograf (tacrolimus, calcineurin inhibitor); tacrolimus is listed by AD05 (potentially significant), LI21 (calcineurin inhibitors), WO21 (calcineurin inhibitors)
  potassium-sparing-diuretic: medicine: Aldactone (spironolactone, potassium-sparing diuretic); medicine: Midamor (amiloride, potassium-sparing diuretic); medicine: Maxzide (triamterene, potassium-sparing diuretic)

A PPI with digoxin: FDA's warning about digoxin, and FDA's advice to patients on the PPI.

  $ mgcalc profile init dee --age 70 --sex female --medicine "omeprazole 20 mg daily" --medicine digoxin > /dev/null
  $ mgcalc --profile dee log add "cooked spinach" "1 cup" > /dev/null
  $ mgcalc --profile dee log add pumpkin-seeds "1 oz" > /dev/null
  $ mgcalc --profile dee check | sed -n '/Proton pump inhibitor$/,/^  \[info/p' | grep -v '^  \[info'
    [caution] Proton pump inhibitor
        • because: medicine: omeprazole 20 mg daily (proton pump inhibitor)
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
    [caution] Digoxin with a proton pump inhibitor or diuretic
        • because: medicine: digoxin; medicine: omeprazole 20 mg daily (proton
          pump inhibitor)
        • FDA asks prescribers to consider checking blood magnesium in people who
          take a PPI with digoxin or diuretics, especially with digoxin, a heart
          medicine, because low magnesium can increase the likelihood of serious
          side effects. A UK magnesium medicine's label says digoxin and loop
          diuretics may affect magnesium balance and magnesium deficiency may
          enhance digoxin toxicity. Loop and thiazide diuretics raise urinary
          magnesium loss.
        • what to do: Tell your healthcare professional that you take digoxin with
          a PPI or diuretic, and ask whether your blood magnesium should be
          checked.
        • evidence: regulatory safety communication; product label (FDA11;
          FDA11-patients; SmPC-Mg; ODS)

Levothyroxine (as Synthroid) with a magnesium supplement: the FDA label's 4 hours.

  $ mgcalc profile init tom --age 45 --sex male --medicine Synthroid > /dev/null
  $ mgcalc --profile tom log add banana "1 medium" > /dev/null
  $ mgcalc --profile tom log supplement "magnesium citrate" "200 mg" > /dev/null
  $ mgcalc --profile tom check | sed -n '/\[caution\] Levothyroxine/,/evidence:/p'
    [caution] Levothyroxine and a magnesium product
        • because: medicine: Synthroid (levothyroxine); entries 20260304-2
        • FDA's labeling change for Synthroid (levothyroxine): do not take it
          within 4 hours of antacids, iron or calcium.
        • what to do: Take levothyroxine at least 4 hours apart from
          magnesium-containing antacids; ask your pharmacist whether the same
          applies to your magnesium supplement.
        • evidence: regulatory labeling change (FDA-LT4)

A 4-month-old given milk of magnesia: a warning, whatever the dose (IOM: food and formula
only), and `check --strict` exits 3.

  $ mgcalc profile init baby --birthdate 2025-11-04 --sex female > /dev/null
  $ mgcalc --profile baby log supplement "milk of magnesia" "400 mg" > /dev/null
  mgcalc: warning: Supplement or magnesium medicine for an infant: The IOM sets no upper level for infants: it is not determinable, for lack of data on adverse effects and for concern about infants' ability to handle excess amounts. The source of intake should be food and formula only. Ask the infant's paediatric team before giving any magnesium supplement or magnesium-containing medicine (such as an antacid or laxative).
  $ mgcalc --profile baby check | sed -n '/\[warning\] Supplement or magnesium medicine/,/evidence:/p'
    [warning] Supplement or magnesium medicine for an infant
        • because: age: under 12 months; entries 20260304-1
        • The IOM sets no upper level for infants: it is not determinable, for
          lack of data on adverse effects and for concern about infants' ability
          to handle excess amounts. The source of intake should be food and
          formula only.
        • what to do: Ask the infant's paediatric team before giving any magnesium
          supplement or magnesium-containing medicine (such as an antacid or
          laxative).
        • evidence: dietary reference (UL) (IOM98-UL; IOM-UL-table)
  $ mgcalc --profile baby check --strict > /dev/null
  [3]

Prediabetes and metabolic syndrome are accepted as names of insulin resistance (the flags
speak of insulin resistance, ODS's term), and a typographic apostrophe in Crohn’s disease is
read.

  $ mgcalc profile init pre --age 50 --sex male --condition prediabetes --condition "Crohn’s disease" > /dev/null
  $ mgcalc --profile pre profile show --format json | jq -c '.profile.conditions'
  ["insulin-resistance","crohns-disease"]
  $ mgcalc --profile pre log add banana "1 medium" > /dev/null
  $ mgcalc --profile pre check --format json | jq -r '.flags[] | .id + ": " + ([.facts[].text] | join("; "))'
  diabetes-low-intake: condition: insulin resistance; mean intake 32 mg/day is below the EAR of 350 mg
  malabsorption: condition: Crohn's disease
  $ mgcalc profile init met --age 50 --sex female --condition "Metabolic syndrome" > /dev/null
  $ mgcalc --profile met profile show --format json | jq -c '.profile.conditions'
  ["insulin-resistance"]
