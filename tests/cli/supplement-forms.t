Supplement forms are read from the product name by whole words, longest first; a compound
mass is converted only when the form is clear, and the form used is always shown.

  $ mgcalc profile init ana --birthdate 1980-06-01 --sex female > /dev/null

Hydroxide is never read as oxide (41.7 %, not 60.3 %), with or without "milk of magnesia".

  $ mgcalc log supplement "magnesium hydroxide" "400 mg" --compound
  +167 mg magnesium hydroxide (400 mg of magnesium hydroxide (milk of magnesia), 41.7% Mg) — today 167 mg of 320 mg; supplements 167 mg of the 350 mg upper limit
  $ mgcalc log supplement "Phillips milk of magnesia (magnesium hydroxide)" "1200 mg" --compound --date 2026-03-01
  +500 mg Phillips milk of magnesia (magnesium hydroxide) (1200 mg of magnesium hydroxide (milk of magnesia), 41.7% Mg) — on 2026-03-01: 500 mg of 320 mg; supplements 500 mg, above the 350 mg upper limit
  $ mgcalc log supplement "Phillips Milk of Magnesia" "400 mg" --compound --units 2 --date 2026-03-02
  +334 mg Phillips Milk of Magnesia (2 x 400 mg of magnesium hydroxide (milk of magnesia), 41.7% Mg) — on 2026-03-02: 334 mg of 320 mg; supplements 334 mg of the 350 mg upper limit

Aspartate hydrochloride is not chloride (9.9 %, not 25.5 %); peroxide is not oxide.

  $ mgcalc log supplement "Magnesiocard (magnesium aspartate hydrochloride)" "1000 mg" --compound --date 2026-03-01
  +99 mg Magnesiocard (magnesium aspartate hydrochloride) (1000 mg of magnesium aspartate hydrochloride trihydrate, 9.9% Mg) — on 2026-03-01: 599 mg of 320 mg; supplements 599 mg, above the 350 mg upper limit
  $ mgcalc log supplement "magnesium peroxide" "500 mg" --compound --date 2026-03-02
  +216 mg magnesium peroxide (500 mg of magnesium peroxide, 43.2% Mg) — on 2026-03-02: 550 mg of 320 mg; supplements 550 mg, above the 350 mg upper limit

Epsom salt is the heptahydrate; chloride without "anhydrous" is the hexahydrate, and says so.

  $ mgcalc log supplement "Epsom salt" "5 g" --compound --date 2026-03-01
  +495 mg Epsom salt (5 g of magnesium sulfate heptahydrate (Epsom salt), 9.9% Mg) — on 2026-03-01: 1094 mg of 320 mg; supplements 1094 mg, above the 350 mg upper limit
  $ mgcalc log supplement "Slow-Mag magnesium chloride with calcium" "535 mg" --compound --date 2026-03-02
  +64 mg Slow-Mag magnesium chloride with calcium (535 mg of magnesium chloride hexahydrate, 12.0% Mg) — on 2026-03-02: 614 mg of 320 mg; supplements 614 mg, above the 350 mg upper limit
    note: the name does not say anhydrous or which hydrate: used magnesium
          chloride hexahydrate, as most products sold for oral use are; for the
          anhydrous salt use --form chloride
  $ mgcalc log supplement "magnesium chloride anhydrous" "100 mg" --compound --date 2026-03-02
  +26 mg magnesium chloride anhydrous (100 mg of magnesium chloride (anhydrous), 25.5% Mg) — on 2026-03-02: 639 mg of 320 mg; supplements 639 mg, above the 350 mg upper limit
  $ mgcalc log supplement "Magtein magnesium L-threonate" "2 g" --compound --date 2026-03-03
  +166 mg Magtein magnesium L-threonate (2 g of magnesium L-threonate, 8.3% Mg) — on 2026-03-03: 166 mg of 320 mg; supplements 166 mg of the 350 mg upper limit
    note: Magtein's label states 144 mg elemental magnesium per 2 g (7.2 %), less
          than the 8.3 % of pure magnesium L-threonate; the label wins: log its
          elemental magnesium without --compound

Two forms in one name, or a compound mass with no form: mgcalc asks for --form.

  $ mgcalc log supplement "magnesium oxide and citrate" "500 mg" --compound
  mgcalc: error: 'magnesium oxide and citrate' names more than one form (oxide, citrate): --compound needs one form to convert the compound mass
    hint: add --form oxide or --form citrate; forms: oxide, hydroxide, peroxide, carbonate, chloride-hexahydrate, chloride, sulfate-heptahydrate, sulfate, citrate-nonahydrate, citrate, citrate-dibasic, glycinate, malate-trihydrate, malate, lactate-dihydrate, lactate, taurate, threonate, aspartate-dihydrate, aspartate, aspartate-hydrochloride, orotate, gluconate-dihydrate, gluconate, glycerophosphate, pidolate
  [2]
  $ mgcalc log supplement "Nature Made Magnesium" "250 mg" --compound
  mgcalc: error: --compound needs the form to convert the compound mass to magnesium, and 'Nature Made Magnesium' names none
    hint: add --form FORM; forms: oxide, hydroxide, peroxide, carbonate, chloride-hexahydrate, chloride, sulfate-heptahydrate, sulfate, citrate-nonahydrate, citrate, citrate-dibasic, glycinate, malate-trihydrate, malate, lactate-dihydrate, lactate, taurate, threonate, aspartate-dihydrate, aspartate, aspartate-hydrochloride, orotate, gluconate-dihydrate, gluconate, glycerophosphate, pidolate
  [2]
  $ mgcalc log supplement "magnesium citrate dihydrate" "500 mg" --compound
  mgcalc: error: 'magnesium citrate dihydrate' names citrate dihydrate, which docs/methods.md §5 has no value for: --compound needs one form to convert the compound mass
    hint: add --form citrate-nonahydrate or --form citrate; forms: oxide, hydroxide, peroxide, carbonate, chloride-hexahydrate, chloride, sulfate-heptahydrate, sulfate, citrate-nonahydrate, citrate, citrate-dibasic, glycinate, malate-trihydrate, malate, lactate-dihydrate, lactate, taurate, threonate, aspartate-dihydrate, aspartate, aspartate-hydrochloride, orotate, gluconate-dihydrate, gluconate, glycerophosphate, pidolate
  [2]
  $ mgcalc log supplement "magnesium oxide and citrate" "500 mg" --compound --form citrat
  mgcalc: error: unknown form 'citrat'
    hint: did you mean 'citrate'? forms: oxide, hydroxide, peroxide, carbonate, chloride-hexahydrate, chloride, sulfate-heptahydrate, sulfate, citrate-nonahydrate, citrate, citrate-dibasic, glycinate, malate-trihydrate, malate, lactate-dihydrate, lactate, taurate, threonate, aspartate-dihydrate, aspartate, aspartate-hydrochloride, orotate, gluconate-dihydrate, gluconate, glycerophosphate, pidolate
  [2]

An explicit --form decides; an elemental amount (the label's) needs no form, and the journal
records a form only when it is clear.

  $ mgcalc log supplement "magnesium oxide and citrate" "500 mg" --compound --form citrate --date 2026-03-03
  +81 mg magnesium oxide and citrate (500 mg of magnesium citrate (anhydrous), 16.2% Mg) — on 2026-03-03: 247 mg of 320 mg; supplements 247 mg of the 350 mg upper limit
  $ mgcalc log supplement "magnesium oxide and citrate" "250 mg" --date 2026-03-03
  +250 mg magnesium oxide and citrate (250 mg elemental) — on 2026-03-03: 497 mg of 320 mg; supplements 497 mg, above the 350 mg upper limit
  $ mgcalc log supplement "Magtein magnesium L-threonate" "144 mg" --date 2026-03-03 --format json | grep -E '"(form|magnesium_mg|compound)"'
      "compound": false,
      "form": "threonate",
      "magnesium_mg": 144,
  $ mgcalc log show --from 2026-03-01 --format json | grep -E '"(name|form)"'
        "form": "hydroxide",
        "name": "Phillips milk of magnesia (magnesium hydroxide)",
        "form": "aspartate-hydrochloride",
        "name": "Magnesiocard (magnesium aspartate hydrochloride)",
        "form": "sulfate-heptahydrate",
        "name": "Epsom salt",
        "form": "hydroxide",
        "name": "Phillips Milk of Magnesia",
        "form": "peroxide",
        "name": "magnesium peroxide",
        "form": "chloride-hexahydrate",
        "name": "Slow-Mag magnesium chloride with calcium",
        "form": "chloride",
        "name": "magnesium chloride anhydrous",
        "form": "threonate",
        "name": "Magtein magnesium L-threonate",
        "form": "citrate",
        "name": "magnesium oxide and citrate",
        "form": null,
        "name": "magnesium oxide and citrate",
        "form": "threonate",
        "name": "Magtein magnesium L-threonate",
        "form": "hydroxide",
        "name": "magnesium hydroxide",

Epsom salt and milk of magnesia are sold by the salt's mass: logged without --compound,
the amount is read as elemental magnesium, and a note says what it would hold as the
salt's mass, for all the units taken (review 3: 1 g of Epsom salt is 99 mg, not 1000 mg).
Typed as a food, they point to log supplement, and a bath soak is not intake.

  $ mgcalc log supplement "epsom salt" "1 g" --date 2026-03-03
  +1000 mg epsom salt (1 g elemental) — on 2026-03-03: 1641 mg of 320 mg; supplements 1641 mg, above the 350 mg upper limit
    note: if 1 g is the mass of magnesium sulfate heptahydrate (Epsom salt) rather
          than of magnesium, it holds 99 mg of magnesium: 'mgcalc log undo', then
          log it again with --compound
  $ mgcalc log supplement "milk of magnesia" "400 mg" --units 3 --date 2026-03-03
  +1200 mg milk of magnesia (3 x 400 mg elemental) — on 2026-03-03: 2841 mg of 320 mg; supplements 2841 mg, above the 350 mg upper limit
    note: if 400 mg is the mass of magnesium hydroxide (milk of magnesia) rather
          than of magnesium, it holds 167 mg of magnesium, 500 mg in 3 units:
          'mgcalc log undo', then log it again with --compound
  $ mgcalc log supplement "milk of magnesia" "400 mg" --units 3 --date 2026-03-03 --format json | jq -c '.compound_note | [.if_compound_mg, .units, .if_compound_total_mg]'
  [166.8,3,500.4]
  $ mgcalc log add "epsom salt" "1 tbsp" --date 2026-03-03
  mgcalc: error: unknown food 'epsom salt'
    hint: a magnesium laxative taken by mouth (not a bath soak, which is not intake) is logged with 'mgcalc log supplement NAME AMOUNT', AMOUNT the grams of Epsom salt taken, with --compound
  [1]
