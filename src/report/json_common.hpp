#pragma once
#include <nlohmann/json.hpp>

#include "core/mass.hpp"
#include "dri/dri.hpp"
#include "engine/adequacy.hpp"
#include "engine/check.hpp"
#include "engine/flags.hpp"
#include "engine/suggest.hpp"

namespace mg {

/// Current schema version stamped into every JSON document (docs/json.md).
constexpr int kJsonSchemaVersion = 2;

/// Milligrams as a JSON number with at most one decimal, from exact micrograms.
nlohmann::json mg_json(Magnesium m);
nlohmann::json targets_json(const Targets& t);
/// Adds the reference keys (standard, life_stage, rda_mg, is_ai, ear_mg, ul_supplemental_mg)
/// to `j`; the documents of check and report carry them at the top level.
void put_reference(nlohmann::json& j, const Targets& t);
nlohmann::json adequacy_json(const Adequacy& a);
nlohmann::json finding_json(const Finding& f);
nlohmann::json suggestion_json(const Suggestion& s);
/// The suggestions of a check with the eligibility rules that applied (docs/json.md):
/// {gap_mg, excluded_by[], none_because, more[], swaps[], alone[], plan{items[], total_mg}}.
nlohmann::json suggestions_json(const CheckResult& c);

}  // namespace mg
