A pregnant 17-year-old: the pregnancy row for 18 and under (RDA 400, EAR 335).

  $ mgcalc profile init ana --birthdate 2009-01-20 --sex female --pregnant --exclude peanut > /dev/null
  $ mgcalc log add oatmeal-cooked "1 cup" --meal breakfast > /dev/null
  $ mgcalc log add chickpeas "1 cup" --meal lunch > /dev/null
  $ mgcalc check --format json | grep -E '"(life_stage|rda_mg|ear_mg|shortfall_mg|verdict)"'
      "verdict": "very-likely-needs-improving",
      "ear_mg": 335,
      "life_stage": "pregnancy, 18 years and under",
      "rda_mg": 400,
    "shortfall_mg": 258.1,
