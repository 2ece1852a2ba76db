An entry that is likely a typo is logged, and a warning says what looks wrong and how to
remove it: more than 2 kg of one food, or a date after today (issue #14's review).

  $ mgcalc profile init ana --age 40 --sex female > /dev/null
  $ mgcalc log add spinach "5 kg" 2>&1 > /dev/null
  mgcalc: warning: 5000 g of Spinach, raw in one entry: if that is not what was eaten, remove it with 'mgcalc log rm 20260304-1'
  $ mgcalc log add banana 1 --date 2026-03-05 2>&1 > /dev/null
  mgcalc: warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260305-1'
  $ mgcalc log supplement "magnesium glycinate" "100 mg" --date 2026-04-01 2>&1 > /dev/null
  mgcalc: warning: 2026-04-01 is after today (2026-03-04): if the date is a typo, remove the entry with 'mgcalc log rm 20260401-1'
  $ mgcalc log add banana 1 spinach "2 kg" --format json 2>&1 > /dev/null

Nothing is said of what is plausible.

  $ mgcalc log add spinach "1 cup" banana 1 2>&1 > /dev/null
  $ mgcalc log show --format json | jq '.entries | length'
  5

Epsom salt written after its amount is still a magnesium laxative, logged as a supplement:
the hint says so, and suggests no salted almonds for "salt" alone.

  $ mgcalc log eat "10 g epsom salt"
  mgcalc: error: '10 g epsom salt': unknown food 'epsom salt'
    hint: a magnesium laxative taken by mouth (not a bath soak, which is not intake) is logged with 'mgcalc log supplement NAME AMOUNT', AMOUNT the grams of Epsom salt taken, with --compound
  [1]

Milk of magnesia is no food either: the hint names what its label gives, and offers no tofu
set with magnesium chloride for the word "magnesia".

  $ mgcalc log add "milk of magnesia" "1 tbsp"
  mgcalc: error: unknown food 'milk of magnesia'
    hint: a magnesium laxative is logged with 'mgcalc log supplement NAME AMOUNT', AMOUNT the mg of magnesium hydroxide in what you took (the label gives it per spoonful or per mL: multiply by the amount taken), with --compound; when the label gives magnesium itself, that amount without --compound
  [1]

An id cut short is refused with the one id it begins, never taken for words of a name
(macaroni and cheese made with milk).

  $ mgcalc log add milk-2 1 cup
  mgcalc: error: unknown food 'milk-2'
    hint: did you mean 'Milk, 2%' (milk-2pct)? Write the whole id
  [1]
  $ mgcalc log add milk-2pct 1 cup | cut -c1-40
  +27 mg Milk, 2% (1 cup, 244 g) — today

Taken by the spoonful, milk of magnesia cannot be converted from a volume: the hint says to
give the label's mg per measure and the number of measures as units.

  $ mgcalc log supplement "milk of magnesia" "2 tbsp" --compound
  mgcalc: error: supplement amount '2 tbsp' must be in mg or g
    hint: a spoonful or a volume cannot be turned into magnesium here: give the mg the label states per measure (of the compound, such as magnesium hydroxide, marked as a compound; or of magnesium itself), and the number of measures taken as units
  [1]
