#pragma once
#include <vector>

#include "engine/suggest.hpp"

namespace mg {

/// A small plan: what it is made of and what it adds.
struct PlanResult {
    std::vector<Suggestion> items;
    Magnesium total;
    bool closes = false;
};

/// Chooses up to three items from different food groups whose total closes `gap` without
/// absurd overshoot (docs/methods.md#suggestions). Candidates are `eligible` servings (kind
/// `more` or `new`, each usable once, at 1x or, when `may_double`, 2x) and `swaps` (their
/// gain counts). In order: closing the gap (to within max(10 mg, 5 % of it), at most half of
/// it); a total at most twice the gap; fewer doubled servings; two or three items rather
/// than one (single foods are listed apart); fewer less common foods the person does not
/// eat; fewer foods the person does not eat yet; fewer items; the foods eaten most often;
/// less overshoot. Every item must be needed: without any one of them the
/// remainder would be above the tolerance. Items worth less than `floor` are not used.
PlanResult plan_for_gap(Magnesium gap, const std::vector<Suggestion>& eligible,
                        const std::vector<Suggestion>& swaps, Magnesium floor, bool may_double);

}  // namespace mg
