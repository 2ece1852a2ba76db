Profiles: create, show (text and JSON), list; bundled examples are usable by name.

  $ mgcalc profile init maria --birthdate 1972-05-14 --sex female --medicine metformin --medicine omeprazole --condition t2d --exclude "tree nut"
  Created profile 'maria' in data/profiles/maria.yaml
  Condition 't2d' is recorded as type 2 diabetes
  Standard:    IOM (US/Canada Dietary Reference Intakes)
  Life stage:  female, 51-70 years
  RDA:         320 mg/day
  EAR:         265 mg/day
  UL:          350 mg/day from supplements and medicines only (food does not count)
  Source:      IOM97; EG06 (docs/methods.md)
  $ mgcalc profile show
  Profile:     maria (data/profiles/maria.yaml)
  Age:         53 years (born 1972-05-14)
  Sex:         female
  Medicines:   metformin, omeprazole
  Conditions:  type-2-diabetes
  Excludes:    tree-nut
  Standard:    IOM (US/Canada Dietary Reference Intakes)
  Life stage:  female, 51-70 years
  RDA:         320 mg/day
  EAR:         265 mg/day
  UL:          350 mg/day from supplements and medicines only (food does not count)
  Source:      IOM97; EG06 (docs/methods.md)
  $ mgcalc profile show maria --format json
  {
    "path": "data/profiles/maria.yaml",
    "profile": {
      "age_months": null,
      "age_years": 53,
      "birthdate": "1972-05-14",
      "conditions": [
        "type-2-diabetes"
      ],
      "exclude": [
        "tree-nut"
      ],
      "lactating": false,
      "medicines": [
        "metformin",
        "omeprazole"
      ],
      "name": "maria",
      "pregnant": false,
      "sex": "female"
    },
    "schema_version": 3,
    "targets": {
      "applies": true,
      "caveat": null,
      "ear_mg": 265,
      "is_ai": false,
      "life_stage": "female, 51-70 years",
      "notes": [],
      "rda_mg": 320,
      "secondary_source": false,
      "source": "IOM97; EG06",
      "standard": "iom",
      "ul_caveat": null,
      "ul_covers_added": false,
      "ul_supplemental_mg": 350
    }
  }
  $ mgcalc profile init maria --age 30 --sex female
  mgcalc: error: profile 'maria' already exists (data/profiles/maria.yaml)
    hint: add --force to replace it
  [1]
  $ mgcalc profile show george --standard efsa | sed "s#(/.*/profiles/#(.../profiles/#"
  Profile:     George (example) (.../profiles/george.yaml)
  Age:         68 years (born 1958-02-03)
  Sex:         male
  Medicines:   furosemide, allopurinol
  Conditions:  chronic-kidney-disease
  Excludes:    shellfish
  Standard:    EFSA 2015
  Life stage:  male, adults, 18 years and over
  AI:          350 mg/day (set for healthy people: not your target)
  EAR:         none set
  UL:          250 mg/day from supplements, medicines and magnesium added to foods (magnesium naturally in food does not count; mgcalc counts fortified foods as food; set for healthy people: ask the clinician who treats your kidneys before any magnesium supplement, antacid or laxative)
  Source:      EFSA15; SCF01 (docs/methods.md)
  Note:        EFSA 2015 sets an adequate intake, not an EAR: the IOM probability of adequacy does not apply and is not computed
  $ mgcalc profile list | sed 's#/.*/profiles/#.../profiles/#'
  maria                data/profiles/maria.yaml
  ana                  (example) .../profiles/ana.yaml
  george               (example) .../profiles/george.yaml
  leo                  (example) .../profiles/leo.yaml
  maria                (example) .../profiles/maria.yaml

Impossible or malformed profiles are errors with file:line:column and a hint; every
problem is reported at once.

  $ cat > bad.yaml <<'YAML'
  > name: Bad
  > birthdate: 1980-02-30
  > sex: femal
  > pregant: true
  > medicines: omeprazole
  > conditions: [ckd, gout]
  > exclude: [nuts]
  > YAML
  $ mgcalc profile show --profile ./bad.yaml
  mgcalc: error: ./bad.yaml:2:12: birthdate '1980-02-30' is not a date
       2 | birthdate: 1980-02-30
         |            ^
    hint: write it as YYYY-MM-DD
  mgcalc: error: ./bad.yaml:3:6: unknown sex 'femal'
       3 | sex: femal
         |      ^
    hint: did you mean 'female' or 'male'? (sex must be female or male; the reference tables are by sex)
  mgcalc: error: ./bad.yaml:4:1: unknown key 'pregant'
       4 | pregant: true
         | ^
    hint: did you mean 'pregnant'?
  mgcalc: error: ./bad.yaml:5:12: 'medicines' must be a list
       5 | medicines: omeprazole
         |            ^
    hint: write medicines: [first, second]
  mgcalc: error: ./bad.yaml:6:19: unknown condition 'gout'
       6 | conditions: [ckd, gout]
         |                   ^
    hint: known: chronic-kidney-disease, kidney-transplant, type-2-diabetes, insulin-resistance, crohns-disease, coeliac-disease, bowel-resection, malabsorption, alcohol-dependence
  mgcalc: error: ./bad.yaml:7:11: unknown exclusion tag 'nuts'
       7 | exclude: [nuts]
         |           ^
    hint: known: tree-nut, peanut, sesame, fish, shellfish, dairy, gluten, soy, egg, meat, alcohol, caffeine, choking-risk, added-sugar, high-mercury-fish
  mgcalc: 6 problems found
  [1]
  $ printf 'name: X\nage: 40\nsex: male\npregnant: true\n' > male.yaml
  $ mgcalc profile show --profile ./male.yaml
  mgcalc: error: ./male.yaml: a male cannot be pregnant
    hint: set sex: female, or remove pregnant/lactating
  [1]
  $ printf 'name: X\nage: 5\nsex: female\npregnant: true\n' > child.yaml
  $ mgcalc profile show --profile ./child.yaml
  mgcalc: error: ./child.yaml: pregnancy at age 5 is not possible
    hint: check the age and the pregnant/lactating fields
  [1]
  $ printf 'name: X\nage: [40\n' > syntax.yaml
  $ mgcalc profile show --profile ./syntax.yaml
  mgcalc: error: ./syntax.yaml:3:1: YAML syntax error: end of sequence flow not found
    hint: check indentation, colons and quotes on this line
  [1]
  $ printf 'a: &x [1]\nb: *x\n' > alias.yaml
  $ mgcalc profile show --profile ./alias.yaml
  mgcalc: error: ./alias.yaml:1:4: YAML anchors and aliases are not allowed
       1 | a: &x [1]
         |    ^
    hint: write the value out in full, or quote it
  [1]
  $ mgcalc profile init BadName --age 40 --sex female
  mgcalc: error: profile name 'BadName' must be lower-case letters, digits and hyphens
    hint: try 'badname'
  [2]
  $ mgcalc profile init x --age 40 --sex female --condition gout
  mgcalc: error: unknown condition 'gout'
    hint: known: chronic-kidney-disease, kidney-transplant, type-2-diabetes, insulin-resistance, crohns-disease, coeliac-disease, bowel-resection, malabsorption, alcohol-dependence
  [1]
  $ mgcalc profile show nobody
  mgcalc: error: no profile named 'nobody'
    hint: see 'mgcalc profile list'
  [1]
  $ mgcalc profile show maria --profile maria
  mgcalc: error: give the profile either as NAME or with --profile, not both
  [2]
  $ ls data/profiles
  maria.yaml
