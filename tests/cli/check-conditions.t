Conditions: type 2 diabetes with low intake, malabsorption, alcohol dependence, over 70.

  $ mgcalc profile init cy --age 75 --sex female --condition "type 2 diabetes" --condition celiac --condition alcoholism > /dev/null
  $ mgcalc log add white-rice "1 cup" > /dev/null
  $ mgcalc check | sed -n '/^Flags/,/^$/p'
  Flags
    [caution] Type 2 diabetes or insulin resistance with intake below the EAR
        • because: condition: type 2 diabetes; mean intake 19 mg/day is below the
          EAR of 265 mg
        • Type 2 diabetes and insulin resistance increase urinary magnesium loss,
          and your logged intake is below the Estimated Average Requirement.
        • what to do: Aim to meet the RDA from food.
        • evidence: authoritative review (ODS)
    [caution] Gastrointestinal malabsorption
        • because: condition: coeliac disease
        • Gastrointestinal diseases such as Crohn's disease, coeliac disease and
          small-bowel resection or bypass put people in a group at risk of
          magnesium inadequacy.
        • what to do: Ask your gastroenterology team whether your magnesium should
          be checked.
        • evidence: authoritative review (ODS)
    [caution] Long-term alcohol dependence
        • because: condition: long-term alcohol dependence
        • Long-term alcohol dependence puts people in a group at risk of magnesium
          inadequacy.
        • what to do: Ask your clinician whether your magnesium should be checked.
        • evidence: authoritative review (ODS)
    [info] Over 70 years
        • because: age: 75 years
        • Older adults absorb less magnesium, excrete more, and often take
          medicines that affect it.
        • what to do: Aim to meet the RDA from food.
        • evidence: authoritative review (ODS; IOM97)
  


With chronic kidney disease the RDA does not apply (reference §8): the diabetes and age
flags leave targets to the clinician who treats the kidneys instead of pointing to the RDA,
and their explanations drop the urinary loss that would contradict "impaired excretion".

  $ mgcalc profile init kd --age 78 --sex male --condition ckd --condition "type 2 diabetes" > /dev/null
  $ mgcalc --profile kd log add white-rice "1 cup" > /dev/null
  $ mgcalc --profile kd check --format json | jq -r '.flags[] | .id + ": " + .action'
  ckd: Follow the advice of the clinician who treats your kidney disease on magnesium.
  diabetes: Leave your magnesium target to the clinician who treats your kidneys: the RDA is set for healthy people.
  older-adult: Leave your magnesium target to the clinician who treats your kidneys: the RDA is set for healthy people.
  $ mgcalc --profile kd check --format json | jq -r '.flags[] | .id + ": " + .explanation'
  ckd: Impaired excretion of magnesium. mgcalc does not raise food targets and never suggests supplements for you.
  diabetes: Type 2 diabetes and insulin resistance put people in a group at risk of magnesium inadequacy.
  older-adult: Older adults absorb less magnesium and often take medicines that affect it.
  $ mgcalc --profile cy check --format json | jq -r '.flags[] | select(.id == "older-adult") | .action'
  Aim to meet the RDA from food.
