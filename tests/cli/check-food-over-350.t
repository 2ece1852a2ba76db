Over 350 mg from food alone and no supplement: no UL flag (the UL is for supplements only).

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ mgcalc log add pumpkin-seeds "2 oz" > /dev/null
  $ mgcalc log add spinach-boiled "1 cup" > /dev/null
  $ mgcalc log add black-beans "1 cup" > /dev/null
  $ mgcalc check --format json | grep -E '"(food_mg|supplement_mg|total_mg|ul_supplemental_mg|flags)"'
        "food_mg": 612.7,
        "supplement_mg": 0,
        "total_mg": 612.7
    "flags": [],
      "food_mg": 612.7,
      "supplement_mg": 0,
      "total_mg": 612.7
      "ul_supplemental_mg": 350
        "total_mg": 0
