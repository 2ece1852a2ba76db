Each medicine class, matched from generic and brand names (typos tolerated), and an
unrecognised name reported once as info. A PPI or diuretic with intake below the EAR is a
warning; a bisphosphonate or antibiotic with a logged supplement gets dose-separation advice
(one rule per interval and source); digoxin with a PPI or diuretic is a caution of its own.

  $ mgcalc profile init bob --age 60 --sex male --medicine Nexium --medicine furosemid --medicine hydrochlorothiazide --medicine spironolactone --medicine Fosamax --medicine doxycycline --medicine ciprofloxacin --medicine metformin --medicine tacrolimus --medicine digoxin --medicine "fish oil" > /dev/null
  $ mgcalc log add banana "1 medium" > /dev/null
  $ mgcalc log supplement "magnesium citrate" "100 mg" > /dev/null
  $ mgcalc check --format json | grep -E '"id": "[a-z-]*",$' | sort | uniq -c
        1       "id": "bisphosphonate-separation",
        1       "id": "calcineurin-inhibitor",
        1       "id": "ciprofloxacin-separation",
        1       "id": "digoxin-with-ppi-or-diuretic",
        1       "id": "diuretic-low-intake",
        1       "id": "metformin",
        1       "id": "potassium-sparing-supplement",
        1       "id": "ppi-low-intake",
        1       "id": "tetracycline-separation",
        1       "id": "unrecognised-medicine",
  $ mgcalc check | sed -n '/^Flags/,$p' | grep -E '^  \['
    [warning] Proton pump inhibitor with intake below the EAR
    [warning] Loop or thiazide diuretic with intake below the EAR
    [caution] Digoxin with a proton pump inhibitor or diuretic
    [caution] Potassium-sparing diuretic with supplemental magnesium
    [caution] Bisphosphonate and a magnesium product
    [caution] Tetracycline antibiotic and a magnesium product
    [caution] Ciprofloxacin and a magnesium product
    [caution] Calcineurin inhibitor
    [info] Metformin
    [info] Medicine not recognised

A finding that names the sources listing a medicine cites only those: erlotinib is listed by
the UK label alone (reference §4c), so its evidence is the label, not the reviews the rule
can cite for other medicines.

  $ mgcalc profile init eve --age 62 --sex female --medicine erlotinib > /dev/null
  $ mgcalc --profile eve log add banana "1 medium" > /dev/null
  $ mgcalc --profile eve check | grep -E "evidence: .*SmPC"
        • evidence: product label (SmPC-Mg)
  $ mgcalc --profile eve check --format json | jq -r '.flags[] | select(.id == "other-hypomagnesemia-drug") | .evidence + " / " + .source'
  product label / SmPC-Mg

A PPI with a diuretic (no digoxin): FDA names the pairing, so the check says it directly.

  $ mgcalc profile init pat --age 66 --sex female --medicine Prilosec --medicine furosemide > /dev/null
  $ mgcalc --profile pat log add almonds "1 oz" > /dev/null
  $ mgcalc --profile pat check --format json | jq -r '.flags[].id'
  ppi-low-intake
  diuretic-low-intake
  ppi-with-diuretic
  $ mgcalc --profile pat check | grep -A4 "Proton pump inhibitor with a diuretic"
    [caution] Proton pump inhibitor with a diuretic
        • because: medicine: Prilosec (omeprazole, proton pump inhibitor);
          medicine: furosemide (loop diuretic)
        • FDA advises health professionals to consider checking blood magnesium
          before long-term PPI treatment and in patients who take a PPI with a

A dose-separation finding grades its evidence as the reference sheet does (§4b): the US
eltrombopag label and the ciprofloxacin label were read in secondary copies.

  $ mgcalc profile init sep --age 50 --sex male --medicine Promacta --medicine Cipro > /dev/null
  $ mgcalc --profile sep log supplement "magnesium citrate" "200 mg" > /dev/null
  $ mgcalc --profile sep check --format json | jq -r '.flags[] | select(.id | endswith("-separation")) | .id + ": " + .evidence + " / " + .source'
  ciprofloxacin-separation: product label (secondary copy); authoritative review / CIPRO-PI; ODS
  eltrombopag-separation: product label (US: secondary copy; UK) / PROMACTA-PI; SmPC-Mg2; SmPC-Mg
