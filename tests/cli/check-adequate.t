An adequate day for a woman of 40: RDA met, probability of adequacy high, no suggestions.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ mgcalc log add pumpkin-seeds "1 oz" > /dev/null
  $ mgcalc log add spinach-boiled "1 cup" > /dev/null
  $ mgcalc log add black-beans "1/2 cup" > /dev/null
  $ mgcalc check
  Magnesium check for ann — 2026-03-04
    Food             385 mg
    Supplements        0 mg
    Total            385 mg   120% of the RDA (320 mg)
    Shortfall          0 mg
    Reference      RDA 320 mg, EAR 265 mg (iom, female, 31-50 years)
    Upper limit    350 mg/day, supplements and medicines only
  
  Adequacy
    very likely adequate: 91% probability that usual intake is adequate
    (z = 1.33 over 1 logged day; more days make it firmer)

  $ mgcalc check --format json
  {
    "adequacy": {
      "days_used": 1,
      "method": "ear",
      "note": null,
      "probability": 0.908,
      "sd_within_assumed": false,
      "sd_within_mg": 86.0,
      "verdict": "very likely adequate",
      "z": 1.33
    },
    "daily": [
      {
        "date": "2026-03-04",
        "food_mg": 384.6,
        "supplement_mg": 0,
        "total_mg": 384.6
      }
    ],
    "date": "2026-03-04",
    "days": 1,
    "days_logged": 1,
    "ear_mg": 265,
    "flags": [],
    "food_mg": 384.6,
    "from": "2026-03-04",
    "is_ai": false,
    "life_stage": "female, 31-50 years",
    "percent_rda": 120.2,
    "profile": "ann",
    "rda_mg": 320,
    "schema_version": 1,
    "shortfall_mg": 0,
    "standard": "iom",
    "suggestions": [],
    "supplement_mg": 0,
    "total_mg": 384.6,
    "ul_supplemental_mg": 350
  }
