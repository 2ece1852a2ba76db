A realistic week: a missing day, a supplement day, and a day over the UL from supplements.
The same report model renders as text, Markdown, JSON and CSV (HTML: tests/report-html.sh).

  $ mgcalc profile init maria --birthdate 1972-05-14 --sex female --medicine omeprazole --condition t2d > /dev/null
  $ for d in 02 03 05 06 08; do
  >   mgcalc log add oats "0.333 cup" --date 2026-03-$d --meal breakfast > /dev/null
  >   mgcalc log add spinach-boiled "1/2 cup" --date 2026-03-$d --meal lunch > /dev/null
  > done
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-1'
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-2'
  mgcalc: warning: 2026-03-06 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260306-1'
  mgcalc: warning: 2026-03-06 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260306-2'
  mgcalc: warning: 2026-03-08 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260308-1'
  mgcalc: warning: 2026-03-08 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260308-2'
  $ mgcalc log add pumpkin-seeds "1 oz" --date 2026-03-03 --meal snack > /dev/null
  $ mgcalc log add black-beans "1 cup" --date 2026-03-08 --meal dinner > /dev/null
  mgcalc: warning: 2026-03-08 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260308-3'
  $ mgcalc log supplement "magnesium glycinate" "100 mg" --date 2026-03-05 > /dev/null
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-3'
  $ mgcalc log supplement "magnesium oxide" "400 mg" --date 2026-03-06 > /dev/null
  mgcalc: warning: 2026-03-06 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260306-3'
  $ mgcalc report week --week 2026-W10
  Weekly magnesium report — maria
  2026-W10: Mon 2026-03-02 to Sun 2026-03-08
  RDA 320 mg/day, EAR 265 mg, IOM, female, 51-70 years
  
  mg/day          food  suppl  total  │ marks the RDA (320 mg)
  Mon 2026-03-02   116      0    116  ████████              │
  Tue 2026-03-03   283      0    283  ███████████████████▊  │
  Wed 2026-03-04           not logged
  Thu 2026-03-05   116    100    216  ███████████████       │
  Fri 2026-03-06   116    400    516  ████████████████████████████████████
  Sat 2026-03-07           not logged
  Sun 2026-03-08   236      0    236  ████████████████▍     │
  
  Mean          273 mg/day = 85% of the RDA
                food 173 mg over 5 food days + supplements 100 mg
  Shortfall     47 mg/day to the RDA
  Days at RDA   1 of 5 logged
  Adequacy      probably needs to be improved: mean 273 mg is between the EAR (265
                mg) and the RDA (320 mg); 57% probability that usual intake is
                adequate (IOM method, z = 0.17, 5 food days)
                day-to-day SD 86 mg for women 19 y+ (applied: the value for women
                19-50 (IOM00), used for all women; an assumption)
  Supplements   highest 400 mg/day; UL 350 mg/day (supplements and medicines
                only): over on 1 day
  
  Top food sources
    Spinach, boiled                                      392 mg   45%
    Oats, rolled, dry                                    186 mg   21%
    Pumpkin seeds, dried                                 168 mg   19%
    Black beans, boiled                                  120 mg   14%
  
  By meal
    breakfast                                            186 mg   14%
    lunch                                                392 mg   29%
    dinner                                               120 mg    9%
    snack                                                168 mg   12%
    supplements                                          500 mg   37%
  
  Flags
    [warning] Supplemental magnesium above the upper limit
        • because: supplemental magnesium above the UL of 350 mg on 2026-03-06
          (400 mg); entries 20260306-3
        • Magnesium from supplements and medicines (antacids, laxatives) is above
          the tolerable upper intake level; its first effect is osmotic diarrhoea.
          Food magnesium does not count.
        • what to do: Check the dose on the labels and ask your clinician or
          pharmacist whether it is intended.
        • evidence: dietary reference (UL) (IOM97 p.242; EG06 p.343)
    [caution] Proton pump inhibitor
        • because: medicine: omeprazole (proton pump inhibitor)
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
    [info] Type 2 diabetes or insulin resistance
        • because: condition: type 2 diabetes
        • A group at risk of magnesium inadequacy (increased urinary loss).
        • what to do: Aim to meet the RDA from food.
        • evidence: authoritative review (ODS)
  
  Foods that would close the gap of 47 mg/day
    Not suggested for you: alcohol.
    More of what you already eat
      Spinach, boiled: 1/2 cup (90 g, 21 kcal), eaten on 5 days in 4
        weeks                                                           +78 mg
      Pumpkin seeds, dried: 1 oz (28 g, 158 kcal), eaten on 1 day in 4
        weeks                                                          +168 mg
      Black beans, boiled: 1/2 cup (86 g, 114 kcal), eaten on 1 day in
        4 weeks                                                         +60 mg
    A plan: one food, +78 mg in all
      Spinach, boiled: 1/2 cup (90 g, 21 kcal), eaten on 5 days in 4
        weeks                                                           +78 mg
    Or one food alone
      English muffin, whole-wheat: 1 muffin (66 g, 134 kcal)            +47 mg
      Spinach, raw: 2 cups (60 g, 14 kcal)                              +47 mg
      Navy beans, boiled: 1/2 cup (91 g, 127 kcal)                      +48 mg
    (foods only: mgcalc does not suggest supplements)
  
  Sources
    Magnesium values: USDA National Nutrient Database for Standard Reference,
      Release 28 (USDA ARS, 2015), public domain
    Reference intakes: IOM97; EG06 (docs/methods.md)
    Adequacy: IOM (2000), Dietary Reference Intakes: Applications in Dietary
      Assessment
  
  Informational only, not medical advice.
  $ mgcalc report week --week 2026-W10 --format markdown
  # Weekly magnesium report: maria
  
  **2026-W10**, 2026-03-02 to 2026-03-08. RDA 320 mg/day, EAR 265 mg (IOM, female, 51-70 years).
  
  | day | food (mg) | supplements (mg) | total (mg) | % of RDA |
  |---|---:|---:|---:|---:|
  | Mon 2026-03-02 | 116 | 0 | 116 | 36% |
  | Tue 2026-03-03 | 283 | 0 | 283 | 89% |
  | Wed 2026-03-04 | *not logged* | | | |
  | Thu 2026-03-05 | 116 | 100 | 216 | 67% |
  | Fri 2026-03-06 | 116 | 400 | 516 | 161% |
  | Sat 2026-03-07 | *not logged* | | | |
  | Sun 2026-03-08 | 236 | 0 | 236 | 74% |
  
  ## Summary
  
  | | |
  |---|---|
  | mean | 273 mg/day (85% of the RDA) |
  | food (5 food days) / supplements | 173 mg / 100 mg |
  | shortfall | 47 mg/day |
  | days meeting the RDA | 1 of 5 logged |
  | adequacy (IOM) | probably needs to be improved: mean 273 mg is between the EAR (265 mg) and the RDA (320 mg); 57% probability that usual intake is adequate (IOM method, z = 0.17, 5 food days) |
  | | day-to-day SD 86 mg for women 19 y+ (applied: the value for women 19-50 (IOM00), used for all women; an assumption) |
  | supplements vs UL | highest 400 mg/day; UL 350 mg/day, supplements and medicines only; **over on 1 day(s)** |
  
  ## Top food sources
  
  | food | mg | share |
  |---|---:|---:|
  | Spinach, boiled | 392 | 45% |
  | Oats, rolled, dry | 186 | 21% |
  | Pumpkin seeds, dried | 168 | 19% |
  | Black beans, boiled | 120 | 14% |
  
  ## By meal
  
  | meal | mg | share |
  |---|---:|---:|
  | breakfast | 186 | 14% |
  | lunch | 392 | 29% |
  | dinner | 120 | 9% |
  | snack | 168 | 12% |
  | supplements | 500 | 37% |
  
  ## Flags
  
  - **Supplemental magnesium above the upper limit** (warning): Magnesium from supplements and medicines (antacids, laxatives) is above the tolerable upper intake level; its first effect is osmotic diarrhoea. Food magnesium does not count. *Because:* supplemental magnesium above the UL of 350 mg on 2026-03-06 (400 mg). *What to do:* Check the dose on the labels and ask your clinician or pharmacist whether it is intended. *Evidence:* dietary reference (UL) (IOM97 p.242; EG06 p.343).
  - **Proton pump inhibitor** (caution): Long-term use of a proton pump inhibitor (PPI) can cause low blood magnesium (hypomagnesemia), reported after 3 months or more of use (label), in most cases after more than a year; in about a quarter of cases supplements alone did not correct it. FDA says over-the-counter courses taken as the label directs (14 days, up to 3 times a year) carry very little risk. *Because:* medicine: omeprazole (proton pump inhibitor). *What to do:* If you have taken it for months, ask your clinician whether your blood magnesium should be checked. Seek immediate care if you have an abnormal heart rate or rhythm, a racing heartbeat, palpitations, muscle spasm, tremor or convulsions. Tell your healthcare professional if you have ever been told you have low blood magnesium, or if you take digoxin or a diuretic. Low blood magnesium does not always cause symptoms. Do not stop a prescription PPI without talking to your prescriber first. *Evidence:* regulatory safety communication (FDA11; FDA11-label; FDA11-patients; ODS).
  - **Type 2 diabetes or insulin resistance** (info): A group at risk of magnesium inadequacy (increased urinary loss). *Because:* condition: type 2 diabetes. *What to do:* Aim to meet the RDA from food. *Evidence:* authoritative review (ODS).
  
  ## Foods that would close the gap of 47 mg/day
  
  *Not suggested for you:* alcohol.
  
  **More of what you already eat**
  
  - Spinach, boiled: 1/2 cup (90 g, 21 kcal), eaten on 5 days in 4 weeks, +78 mg
  - Pumpkin seeds, dried: 1 oz (28 g, 158 kcal), eaten on 1 day in 4 weeks, +168 mg
  - Black beans, boiled: 1/2 cup (86 g, 114 kcal), eaten on 1 day in 4 weeks, +60 mg
  
  **A plan: one food, +78 mg in all**
  
  - Spinach, boiled: 1/2 cup (90 g, 21 kcal), eaten on 5 days in 4 weeks, +78 mg
  
  **Or one food alone**
  
  - English muffin, whole-wheat: 1 muffin (66 g, 134 kcal), +47 mg
  - Spinach, raw: 2 cups (60 g, 14 kcal), +47 mg
  - Navy beans, boiled: 1/2 cup (91 g, 127 kcal), +48 mg
  
  *Foods only: mgcalc does not suggest supplements.*
  
  ## Sources
  
  - Magnesium values: USDA National Nutrient Database for Standard Reference, Release 28 (USDA ARS, 2015), public domain
  - Reference intakes: IOM97; EG06 (docs/methods.md)
  - Adequacy: IOM (2000), Dietary Reference Intakes: Applications in Dietary Assessment
  
  *Informational only, not medical advice.*
  $ mgcalc report week --week 2026-W10 --format json
  {
    "adequacy": {
      "days_used": 5,
      "method": "ear",
      "note": null,
      "probability": 0.569,
      "reason": "mean 273 mg is between the EAR (265 mg) and the RDA (320 mg)",
      "sd_within_assumed": true,
      "sd_within_basis": "applied: the value for women 19-50 (IOM00), used for all women",
      "sd_within_group": "women 19 y+",
      "sd_within_mg": 86.0,
      "verdict": "probably-needs-improving",
      "verdict_text": "probably needs to be improved",
      "z": 0.17
    },
    "by_meal": [
      {
        "magnesium_mg": 186.1,
        "meal": "breakfast",
        "share": 0.136
      },
      {
        "magnesium_mg": 391.5,
        "meal": "lunch",
        "share": 0.287
      },
      {
        "magnesium_mg": 120.4,
        "meal": "dinner",
        "share": 0.088
      },
      {
        "magnesium_mg": 167.8,
        "meal": "snack",
        "share": 0.123
      },
      {
        "magnesium_mg": 500,
        "meal": "supplements",
        "share": 0.366
      }
    ],
    "day_totals_not_broken_down": 0,
    "days": [
      {
        "complete": null,
        "date": "2026-03-02",
        "food_day": true,
        "food_mg": 115.5,
        "logged": true,
        "meets_rda": false,
        "supplement_mg": 0,
        "total_mg": 115.5
      },
      {
        "complete": null,
        "date": "2026-03-03",
        "food_day": true,
        "food_mg": 283.4,
        "logged": true,
        "meets_rda": false,
        "supplement_mg": 0,
        "total_mg": 283.4
      },
      {
        "complete": null,
        "date": "2026-03-04",
        "food_day": false,
        "food_mg": null,
        "logged": false,
        "meets_rda": null,
        "supplement_mg": null,
        "total_mg": null
      },
      {
        "complete": null,
        "date": "2026-03-05",
        "food_day": true,
        "food_mg": 115.5,
        "logged": true,
        "meets_rda": false,
        "supplement_mg": 100,
        "total_mg": 215.5
      },
      {
        "complete": null,
        "date": "2026-03-06",
        "food_day": true,
        "food_mg": 115.5,
        "logged": true,
        "meets_rda": true,
        "supplement_mg": 400,
        "total_mg": 515.5
      },
      {
        "complete": null,
        "date": "2026-03-07",
        "food_day": false,
        "food_mg": null,
        "logged": false,
        "meets_rda": null,
        "supplement_mg": null,
        "total_mg": null
      },
      {
        "complete": null,
        "date": "2026-03-08",
        "food_day": true,
        "food_mg": 235.9,
        "logged": true,
        "meets_rda": false,
        "supplement_mg": 0,
        "total_mg": 235.9
      }
    ],
    "days_meeting_rda": 1,
    "days_over_ul": [
      "2026-03-06"
    ],
    "end": "2026-03-08",
    "flags": [
      {
        "action": "Check the dose on the labels and ask your clinician or pharmacist whether it is intended.",
        "entries": [
          "20260306-3"
        ],
        "evidence": "dietary reference (UL)",
        "explanation": "Magnesium from supplements and medicines (antacids, laxatives) is above the tolerable upper intake level; its first effect is osmotic diarrhoea. Food magnesium does not count.",
        "facts": [
          {
            "days": [
              {
                "date": "2026-03-06",
                "supplement_mg": 400
              }
            ],
            "kind": "supplement-over-ul",
            "text": "supplemental magnesium above the UL of 350 mg on 2026-03-06 (400 mg)",
            "ul_mg": 350
          }
        ],
        "id": "supplement-over-ul",
        "severity": "warning",
        "source": "IOM97 p.242; EG06 p.343",
        "title": "Supplemental magnesium above the upper limit"
      },
      {
        "action": "If you have taken it for months, ask your clinician whether your blood magnesium should be checked. Seek immediate care if you have an abnormal heart rate or rhythm, a racing heartbeat, palpitations, muscle spasm, tremor or convulsions. Tell your healthcare professional if you have ever been told you have low blood magnesium, or if you take digoxin or a diuretic. Low blood magnesium does not always cause symptoms. Do not stop a prescription PPI without talking to your prescriber first.",
        "entries": [],
        "evidence": "regulatory safety communication",
        "explanation": "Long-term use of a proton pump inhibitor (PPI) can cause low blood magnesium (hypomagnesemia), reported after 3 months or more of use (label), in most cases after more than a year; in about a quarter of cases supplements alone did not correct it. FDA says over-the-counter courses taken as the label directs (14 days, up to 3 times a year) carry very little risk.",
        "facts": [
          {
            "class": "ppi",
            "generic": "omeprazole",
            "kind": "medicine",
            "read_as": null,
            "text": "medicine: omeprazole (proton pump inhibitor)",
            "written": "omeprazole"
          }
        ],
        "id": "ppi",
        "severity": "caution",
        "source": "FDA11; FDA11-label; FDA11-patients; ODS",
        "title": "Proton pump inhibitor"
      },
      {
        "action": "Aim to meet the RDA from food.",
        "entries": [],
        "evidence": "authoritative review",
        "explanation": "A group at risk of magnesium inadequacy (increased urinary loss).",
        "facts": [
          {
            "condition": "type-2-diabetes",
            "kind": "condition",
            "name": "type 2 diabetes",
            "text": "condition: type 2 diabetes"
          }
        ],
        "id": "diabetes",
        "severity": "info",
        "source": "ODS",
        "title": "Type 2 diabetes or insulin resistance"
      }
    ],
    "generated": "2026-03-04",
    "mean": {
      "food_mg": 173.2,
      "supplement_mg": 100,
      "total_mg": 273.2
    },
    "note": "Informational only, not medical advice.",
    "percent_rda": 85.4,
    "profile": "maria",
    "reference": {
      "applies": true,
      "caveat": null,
      "ear_mg": 265,
      "is_ai": false,
      "life_stage": "female, 51-70 years",
      "rda_mg": 320,
      "standard": "iom",
      "ul_caveat": null,
      "ul_covers_added": false,
      "ul_supplemental_mg": 350
    },
    "schema_version": 3,
    "shortfall_mg": 46.8,
    "sources": [
      "Magnesium values: USDA National Nutrient Database for Standard Reference, Release 28 (USDA ARS, 2015), public domain",
      "Reference intakes: IOM97; EG06 (docs/methods.md)",
      "Adequacy: IOM (2000), Dietary Reference Intakes: Applications in Dietary Assessment"
    ],
    "start": "2026-03-02",
    "suggestions": {
      "alone": [
        {
          "amount": "1 muffin",
          "days_eaten": 0,
          "energy_kcal": 134,
          "food_id": "whole-wheat-english-muffin",
          "grams": 66.0,
          "group": "breads-pasta",
          "kind": "new",
          "magnesium_mg": 46.9,
          "name": "English muffin, whole-wheat",
          "note": null,
          "scale": 1
        },
        {
          "amount": "2 cups",
          "days_eaten": 0,
          "energy_kcal": 14,
          "food_id": "spinach-raw",
          "grams": 60.0,
          "group": "leafy-greens",
          "kind": "new",
          "magnesium_mg": 47.4,
          "name": "Spinach, raw",
          "note": null,
          "scale": 1
        },
        {
          "amount": "1/2 cup",
          "days_eaten": 0,
          "energy_kcal": 127,
          "food_id": "navy-beans",
          "grams": 91.0,
          "group": "legumes",
          "kind": "new",
          "magnesium_mg": 48.2,
          "name": "Navy beans, boiled",
          "note": null,
          "scale": 1
        }
      ],
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
      "gap_mg": 46.8,
      "more": [
        {
          "amount": "1/2 cup",
          "days_eaten": 5,
          "energy_kcal": 21,
          "food_id": "spinach-boiled",
          "grams": 90.0,
          "group": "leafy-greens",
          "kind": "more",
          "magnesium_mg": 78.3,
          "name": "Spinach, boiled",
          "note": null,
          "scale": 1
        },
        {
          "amount": "1 oz",
          "days_eaten": 1,
          "energy_kcal": 158,
          "food_id": "pumpkin-seeds",
          "grams": 28.35,
          "group": "nuts-seeds",
          "kind": "more",
          "magnesium_mg": 167.8,
          "name": "Pumpkin seeds, dried",
          "note": null,
          "scale": 1
        },
        {
          "amount": "1/2 cup",
          "days_eaten": 1,
          "energy_kcal": 114,
          "food_id": "black-beans",
          "grams": 86.0,
          "group": "legumes",
          "kind": "more",
          "magnesium_mg": 60.2,
          "name": "Black beans, boiled",
          "note": null,
          "scale": 1
        }
      ],
      "none_because": null,
      "plan": {
        "closes_gap": true,
        "items": [
          {
            "amount": "1/2 cup",
            "days_eaten": 5,
            "energy_kcal": 21,
            "food_id": "spinach-boiled",
            "grams": 90.0,
            "group": "leafy-greens",
            "kind": "more",
            "magnesium_mg": 78.3,
            "name": "Spinach, boiled",
            "note": null,
            "scale": 1
          }
        ],
        "total_mg": 78.3
      },
      "supplements": "never suggested: foods only",
      "swaps": []
    },
    "supplement_max_mg": 400,
    "top_foods": [
      {
        "food_id": "spinach-boiled",
        "magnesium_mg": 391.5,
        "name": "Spinach, boiled",
        "share": 0.452
      },
      {
        "food_id": "oats",
        "magnesium_mg": 186.1,
        "name": "Oats, rolled, dry",
        "share": 0.215
      },
      {
        "food_id": "pumpkin-seeds",
        "magnesium_mg": 167.8,
        "name": "Pumpkin seeds, dried",
        "share": 0.194
      },
      {
        "food_id": "black-beans",
        "magnesium_mg": 120.4,
        "name": "Black beans, boiled",
        "share": 0.139
      }
    ],
    "week": "2026-W10",
    "window": {
      "day_total_days": 0,
      "days": 7,
      "days_logged": 5,
      "food_days": 5,
      "from": "2026-03-02",
      "incomplete_days": 0,
      "supplement_only_days": 0,
      "to": "2026-03-08"
    }
  }
  $ mgcalc report week --week 2026-W10 --format csv
  date,logged,food_mg,supplement_mg,total_mg,percent_rda,meets_rda
  2026-03-02,true,115.5,0.0,115.5,36.1,false
  2026-03-03,true,283.4,0.0,283.4,88.5,false
  2026-03-04,false,,,,,
  2026-03-05,true,115.5,100.0,215.5,67.4,false
  2026-03-06,true,115.5,400.0,515.5,161.1,true
  2026-03-07,false,,,,,
  2026-03-08,true,235.9,0.0,235.9,73.7,false
  $ mgcalc report week --week 2026-W10 --ascii | sed -n '5,12p'
  mg/day          food  suppl  total  | marks the RDA (320 mg)
  Mon 2026-03-02   116      0    116  ########              |
  Tue 2026-03-03   283      0    283  ###################   |
  Wed 2026-03-04           not logged
  Thu 2026-03-05   116    100    216  ###############       |
  Fri 2026-03-06   116    400    516  ####################################
  Sat 2026-03-07           not logged
  Sun 2026-03-08   236      0    236  ################      |

The default week is the seven days ending today; --ending picks another end.

  $ mgcalc report week --format csv | sed -n 1,2p
  date,logged,food_mg,supplement_mg,total_mg,percent_rda,meets_rda
  2026-02-26,false,,,,,
  $ mgcalc report week --ending 2026-03-01 --format csv | tail -1
  2026-03-01,false,,,,,

--output writes the file atomically; bad weeks are errors.

  $ mgcalc report week --week 2026-W10 --format html --output week.html
  mgcalc: wrote week.html
  $ grep -c '<svg' week.html
  1
  $ mgcalc report week --week 2026-W54
  mgcalc: error: --week '2026-W54' is not an ISO week
    hint: write it as YYYY-Www, e.g. 2026-W10
  [1]
  $ mgcalc report week --week 2026-W10 --ending 2026-03-08
  mgcalc: error: give --week or --ending, not both
  [2]
  $ mgcalc report week --format xml
  mgcalc: error: unknown format 'xml'
    hint: did you mean 'html' or 'csv'?
  [2]
