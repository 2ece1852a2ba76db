A short day: shortfall to the RDA, a verdict, and foods that close the gap.

  $ mgcalc profile init ann --age 40 --sex female --exclude tree-nut > /dev/null
  $ mgcalc log add banana "1 medium" --meal breakfast > /dev/null
  $ mgcalc log add white-bread "2 slices" --meal lunch > /dev/null
  $ mgcalc check
  Magnesium check for ann — 2026-03-04
    Food              45 mg
    Supplements        0 mg
    Total             45 mg   14% of the RDA (320 mg)
    Shortfall        275 mg
    Reference      RDA 320 mg, EAR 265 mg (iom, female, 31-50 years)
    Upper limit    350 mg/day, supplements and medicines only
  
  Adequacy
    very likely inadequate: 1% probability that usual intake is adequate
    (z = -2.44 over 1 logged day; more days make it firmer)
  
  To close the gap of 275 mg
    combine:
      Rice bran: 1 oz (28.35 g)                                      +221 mg
      Crab, Alaska king, cooked: 3 oz (85 g)                         +54 mg
    (foods only: mgcalc does not suggest supplements)

  $ mgcalc check --format json | grep -A 40 '"suggestions"'
    "suggestions": [
      {
        "amount": "1 oz",
        "food_id": "rice-bran",
        "grams": 28.35,
        "kind": "combination",
        "magnesium_mg": 221.4,
        "name": "Rice bran"
      },
      {
        "amount": "3 oz",
        "food_id": "crab",
        "grams": 85.0,
        "kind": "combination",
        "magnesium_mg": 53.6,
        "name": "Crab, Alaska king, cooked"
      }
    ],
    "supplement_mg": 0,
    "total_mg": 45.2,
    "ul_supplemental_mg": 350
  }
