No entries: nothing is averaged in as zero and no shortfall is claimed.

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ mgcalc check
  Magnesium check for ann — 2026-03-04
    Nothing logged on this day.
    Days without entries count as missing, not zero: log with 'mgcalc log add'.
    Reference      RDA 320 mg, EAR 265 mg (IOM, female, 31-50 years)
    Upper limit    350 mg/day, supplements and medicines only
  
  Adequacy
    no data
    no food days: adequacy cannot be judged (days without entries are missing, not
    zero; days with only supplements or marked incomplete are not food days)

  $ mgcalc check --days 7 --format json | grep -E '"(days_logged|total_mg|shortfall_mg|verdict|days_used)"'
      "days_used": 0,
      "verdict": "no-data",
      "total_mg": null
    "shortfall_mg": null,
        "total_mg": 0
      "days_logged": 0,
