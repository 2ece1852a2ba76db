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
    Reference      RDA 320 mg, EAR 265 mg (IOM, female, 31-50 years)
    Upper limit    350 mg/day, supplements and medicines only
  
  Adequacy
    very likely needs to be improved: mean 45 mg is below the EAR of 265 mg; <1%
    probability that usual intake is adequate (IOM method, z = -2.44, 1 food day)
    day-to-day SD 86 mg for women 19 y+ (the pooled CSFII SD of IOM00's worked
    example (pp.57-64), as derived by us from it)
    this verdict rests on one logged day: log more days to firm it up
  
  Foods that would close the gap of 275 mg
    Not suggested for you: alcohol; your exclusions: tree-nut.
    More of what you already eat
      Banana: 1 medium (118 g, 105 kcal), eaten on 1 day in 4 weeks     +32 mg
    A plan: 2 foods from different groups, +280 mg in all
      Pumpkin seeds, dried: 1 oz (28 g, 158 kcal)                      +168 mg
      All-Bran cereal: 1/2 cup (31 g, 80 kcal)                         +112 mg
    (foods only: mgcalc does not suggest supplements)

  $ mgcalc check --format json | grep -A 40 '"suggestions"'
    "suggestions": {
      "alone": [],
      "excluded_by": [
        {
          "label": "alcohol",
          "rule": "alcohol",
          "source": "DGA",
          "tags": [
            "alcohol"
          ]
        },
        {
          "label": "your exclusions: tree-nut",
          "rule": "profile-exclude",
          "source": "profile",
          "tags": [
            "tree-nut"
          ]
        }
      ],
      "gap_mg": 274.8,
      "more": [
        {
          "amount": "1 medium",
          "days_eaten": 1,
          "energy_kcal": 105,
          "food_id": "banana",
          "grams": 118.0,
          "group": "fruit",
          "kind": "more",
          "magnesium_mg": 31.9,
          "name": "Banana",
          "note": null,
          "scale": 1
        }
      ],
      "none_because": null,
      "plan": {
        "closes_gap": true,
        "items": [
          {
