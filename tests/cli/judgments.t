The verdict follows IOM (2000) in its own words (docs/methods.md §2), issue #12's cases.

A woman of 40 eating 311 mg a day for 7 days: above the EAR (265) but below the RDA (320).
The probability is 86 %, yet IOM says intake between the EAR and the RDA "probably needs
to be improved".

  $ mgcalc profile init ann --age 40 --sex female > /dev/null
  $ for d in 2026-02-26 2026-02-27 2026-02-28 2026-03-01 2026-03-02 2026-03-03 2026-03-04; do
  >   mgcalc log add pumpkin-seeds "52.53 g" --date $d > /dev/null || exit 1; done
  $ mgcalc check --days 7 --format json | jq -c '.adequacy | {verdict, verdict_text, probability, days_used, reason}'
  {"verdict":"probably-needs-improving","verdict_text":"probably needs to be improved","probability":0.864,"days_used":7,"reason":"mean 311 mg is between the EAR (265 mg) and the RDA (320 mg)"}
  $ mgcalc check --days 7 | sed -n '/^Adequacy/,/^$/p'
  Adequacy
    probably needs to be improved: mean 311 mg is between the EAR (265 mg) and the
    RDA (320 mg); 86% probability that usual intake is adequate (IOM method, z =
    1.10, 7 food days)
    day-to-day SD 86 mg for women 19 y+ (the pooled CSFII SD of IOM00's worked
    example (pp.57-64), as derived by us from it)
  

A 2-year-old with one logged day at 100 mg (EAR 65, RDA 80): the day-to-day SD comes from
the children's survey (79 mg), not from scaling the women's 86 mg by the EAR (21 mg), and
one day is not enough for confidence.

  $ mgcalc profile init tom --age 2 --sex female > /dev/null
  $ mgcalc --profile tom log add pumpkin-seeds "16.89 g" > /dev/null
  $ mgcalc --profile tom check | sed -n '/^Adequacy/,/^$/p'
  Adequacy
    probably adequate; log more days to be sure: mean 100 mg is at or above the
    RDA of 80 mg; 67% probability that usual intake is adequate (IOM method, z =
    0.44, 1 food day)
    day-to-day SD 79 mg for girls 2-8 y (derived: CV 0.38 x mean intake 207 mg
    (NHANES 2003-06, Bailey 2012); an assumption)
    this verdict rests on one logged day: log more days to firm it up

Food on one day of seven (300 mg) and a 100 mg supplement every day: the supplement-only
days are not food days with zero food.

  $ mgcalc profile init sue --age 40 --sex female > /dev/null
  $ mgcalc --profile sue log add pumpkin-seeds "50.68 g" > /dev/null
  $ for d in 2026-02-26 2026-02-27 2026-02-28 2026-03-01 2026-03-02 2026-03-03 2026-03-04; do
  >   mgcalc --profile sue log supplement "magnesium glycinate" "100 mg" --date $d > /dev/null || exit 1; done
  $ mgcalc --profile sue check --days 7 | sed -n '1,/^$/p'
  Magnesium check for sue — last 7 days (2026-02-26 to 2026-03-04), 7 logged
    Food             300 mg (mean per food day)
    Supplements      100 mg
    Total            400 mg   125% of the RDA (320 mg)
    Shortfall          0 mg
    Days           1 food day; 6 with supplements only (not food days)
    Reference      RDA 320 mg, EAR 265 mg (IOM, female, 31-50 years)
    Upper limit    350 mg/day, supplements and medicines only
  
  $ mgcalc --profile sue check --days 7 --format json | jq -c '{food_days, supplement_only_days, food_mg, supplement_mg, total_mg, verdict: .adequacy.verdict}'
  {"food_days":null,"supplement_only_days":null,"food_mg":null,"supplement_mg":null,"total_mg":null,"verdict":"probably-adequate"}

A day marked incomplete is left out, and the check says so.

  $ mgcalc --profile sue log day --incomplete --date 2026-03-04 > /dev/null
  $ mgcalc --profile sue check --days 7 --format json | jq -c '{food_days, incomplete_days, verdict: .adequacy.verdict}'
  {"food_days":null,"incomplete_days":null,"verdict":"no-data"}

A 4-month-old given 400 mg of milk of magnesia: a warning (IOM: food and formula only), and
the AI is judged on food alone.

  $ mgcalc profile init baby --birthdate 2025-11-01 --sex male > /dev/null
  $ mgcalc --profile baby log supplement "milk of magnesia" "400 mg" > /dev/null
  mgcalc: warning: Supplement or magnesium medicine for an infant: The IOM sets no upper level for infants: it is not determinable, for lack of data on adverse effects and for concern about infants' ability to handle excess amounts. The source of intake should be food and formula only. Ask the infant's paediatric team before giving any magnesium supplement or magnesium-containing medicine (such as an antacid or laxative).
  $ mgcalc --profile baby log add usda-01107 "26 fl oz" > /dev/null
  $ mgcalc --profile baby check --format json | jq -c '{verdict: .adequacy.verdict, food_mg, supplement_mg, flags: [.flags[].id], suggestions: .suggestions.none_because}'
  {"verdict":"cannot-tell","food_mg":null,"supplement_mg":null,"flags":["infant-supplement"],"suggestions":"infants get their magnesium from breast milk or formula, and from first foods their paediatric team advises; mgcalc does not suggest foods under 12 months"}
