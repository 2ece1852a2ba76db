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
    Reference      RDA 320 mg, EAR 265 mg (IOM, female, 31-50 years)
    Upper limit    350 mg/day, supplements and medicines only
  
  Adequacy
    probably adequate; log more days to be sure: mean 385 mg is at or above the
    RDA of 320 mg; 91% probability that usual intake is adequate (IOM method, z =
    1.33, 1 food day)
    day-to-day SD 86 mg for women 19 y+ (the pooled CSFII SD of IOM00's worked
    example (pp.57-64), as derived by us from it)
    this verdict rests on one logged day: log more days to firm it up

  $ mgcalc check --format json
  {
    "adequacy": {
      "days_used": 1,
      "method": "ear",
      "note": "this verdict rests on one logged day: log more days to firm it up",
      "probability": 0.908,
      "reason": "mean 385 mg is at or above the RDA of 320 mg",
      "sd_within_assumed": false,
      "sd_within_basis": "the pooled CSFII SD of IOM00's worked example (pp.57-64), as derived by us from it",
      "sd_within_group": "women 19 y+",
      "sd_within_mg": 86.0,
      "verdict": "probably-adequate",
      "verdict_text": "probably adequate; log more days to be sure",
      "z": 1.33
    },
    "date": "2026-03-04",
    "days": [
      {
        "complete": null,
        "date": "2026-03-04",
        "food_day": true,
        "food_mg": 384.6,
        "logged": true,
        "supplement_mg": 0,
        "total_mg": 384.6
      }
    ],
    "flags": [],
    "mean": {
      "food_mg": 384.6,
      "supplement_mg": 0,
      "total_mg": 384.6
    },
    "percent_rda": 120.2,
    "profile": "ann",
    "reference": {
      "applies": true,
      "caveat": null,
      "ear_mg": 265,
      "is_ai": false,
      "life_stage": "female, 31-50 years",
      "rda_mg": 320,
      "standard": "iom",
      "ul_caveat": null,
      "ul_covers_added": false,
      "ul_supplemental_mg": 350
    },
    "schema_version": 3,
    "shortfall_mg": 0,
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
        }
      ],
      "gap_mg": 0,
      "more": [],
      "none_because": null,
      "plan": {
        "closes_gap": false,
        "items": [],
        "total_mg": 0
      },
      "supplements": "never suggested: foods only",
      "swaps": []
    },
    "window": {
      "day_total_days": 0,
      "days": 1,
      "days_logged": 1,
      "food_days": 1,
      "from": "2026-03-04",
      "incomplete_days": 0,
      "supplement_only_days": 0,
      "to": "2026-03-04"
    }
  }
