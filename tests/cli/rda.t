Reference intakes for an age and sex, in text and JSON.

  $ mgcalc rda --age 40 --sex female
  Standard:    IOM (US/Canada Dietary Reference Intakes)
  Life stage:  female, 31-50 years
  RDA:         320 mg/day
  EAR:         265 mg/day
  UL:          350 mg/day from supplements and medicines only (food does not count)
  Source:      IOM97; EG06 (docs/methods.md)

  $ mgcalc rda --age 0 --months 6 --sex male --format json
  {
    "applies": true,
    "caveat": null,
    "ear_mg": null,
    "is_ai": true,
    "life_stage": "infant, 0-6 months",
    "notes": [
      "infants have an Adequate Intake only; no EAR and no UL can be set"
    ],
    "rda_mg": 30,
    "schema_version": 3,
    "secondary_source": false,
    "source": "IOM97; EG06",
    "standard": "iom",
    "ul_caveat": null,
    "ul_covers_added": false,
    "ul_supplemental_mg": null
  }

An infant's upper limit is not determinable (IOM, reference sheet §1), not merely unset;
under EFSA, whose upper level starts at 4 years, a child of 1 to 3 is held to the IOM's
upper limit rather than to none, and an infant's stays none set.

  $ mgcalc rda --age 0 --months 9 --sex female | grep UL
  UL:          not determinable; source of intake should be from food and formula only (IOM)
  Note:        infants have an Adequate Intake only; no EAR and no UL can be set
  $ mgcalc rda --age 2 --sex female --standard efsa | grep -E "UL|upper"
  UL:          65 mg/day from supplements and medicines only (food does not count)
  Note:        the EU SCF sets no upper level under 4 years: the IOM's upper limit for 1-3 years is applied
  $ mgcalc rda --age 0 --months 9 --sex female --standard efsa | grep UL
  UL:          none set; source of intake should be from food and formula only (IOM)

D-A-CH gives estimated values, not adequate intakes (reference §6), and is written
D-A-CH too.

  $ mgcalc rda --age 40 --sex female --standard d-a-ch
  Standard:        D-A-CH 2021
  Life stage:      female, adults, 19 years and over
  Estimated value: 300 mg/day
  EAR:             none set
  UL:              250 mg/day from supplements, medicines and magnesium added to foods (magnesium naturally in food does not count; mgcalc counts fortified foods as food)
  Source:          DACH21; SCF01 (docs/methods.md)
  Note:            D-A-CH 2021 sets an estimated value, not an EAR: the IOM probability of adequacy does not apply and is not computed
  Note:            the upper level shown is the EU SCF 2001 value that D-A-CH refers to

  $ mgcalc rda --age 16 --sex female --pregnant --standard efsa
  Standard:    EFSA 2015
  Life stage:  female, 10 to under 18 years
  AI:          250 mg/day
  EAR:         none set
  UL:          250 mg/day from supplements, medicines and magnesium added to foods (magnesium naturally in food does not count; mgcalc counts fortified foods as food)
  Source:      EFSA15; SCF01 (docs/methods.md)
  Note:        EFSA 2015 sets an adequate intake, not an EAR: the IOM probability of adequacy does not apply and is not computed
  Note:        EFSA sets the same value in pregnancy and lactation

Impossible people are errors (exit 1), bad options are usage errors (exit 2).

  $ mgcalc rda --age 30 --sex male --pregnant
  mgcalc: error: a male cannot be pregnant
    hint: set sex: female, or remove pregnant/lactating
  [1]

  $ mgcalc rda --age 131 --sex female
  mgcalc: error: age 131 is over 130 years
    hint: check the birthdate or age
  [1]

  $ mgcalc rda --age 40
  mgcalc: error: --sex is required with --age
    hint: --sex female|male
  [2]

  $ mgcalc rda --age forty --sex female
  mgcalc: error: the argument ('forty') for option '--age' is invalid
    hint: see 'mgcalc help rda'
  [2]

  $ mgcalc rdaa --age 40 --sex female
  mgcalc: error: unknown command 'rdaa'
    hint: did you mean 'rda'?
  [2]

  $ mgcalc rda --age 40 --sex female --standard ifsa
  mgcalc: error: unknown standard 'ifsa'
    hint: one of: iom, efsa, dach, nnr
  [2]

The SCF's level (EFSA, D-A-CH, NNR) also covers magnesium added to foods; the IOM's is for
supplements and medicines alone. JSON says which.

  $ mgcalc rda --age 40 --sex female --standard efsa --format json | grep -E '"(ul_|applies)'
    "applies": true,
    "ul_caveat": null,
    "ul_covers_added": true,
    "ul_supplemental_mg": 250
  $ mgcalc rda --age 40 --sex female --format json | grep -E '"(ul_|applies)'
    "applies": true,
    "ul_caveat": null,
    "ul_covers_added": false,
    "ul_supplemental_mg": 350
  $ mgcalc rda --age 40 --sex female --standard nnr | grep UL
  UL:          250 mg/day from supplements and medicines (our secondary source does not say whether it also covers magnesium added to foods; magnesium naturally in food does not count)
  $ mgcalc rda --age 40 --sex female --standard nnr --format json | grep ul_covers
    "ul_covers_added": null,
