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
constexpr int kJsonSchemaVersion = 3;

/// A JSON document as printed: an object gets `schema_version` stamped (the only place that
/// does), two-space indent, a final newline.
std::string json_document(nlohmann::json j);

/// Milligrams as a JSON number with at most one decimal, from exact micrograms.
nlohmann::json mg_json(Magnesium m);
/// **targets** (docs/json.md): the reference's keys, its sources and notes, and put_applies'.
nlohmann::json targets_json(const Targets& t, bool applies);
/// Sets `applies` (false when the intakes `t` are not for this person: kidney disease, a
/// transplant) and, when false, `caveat` and `ul_caveat`: the words the text output puts
/// beside the reference intakes and beside the upper limit (null when they apply, and
/// `ul_caveat` null where there is no upper limit).
void put_applies(nlohmann::json& j, bool applies, const Targets& t);
/// The reference intakes a check is measured against (docs/json.md "reference"): standard,
/// life_stage, rda_mg, is_ai, ear_mg, ul_supplemental_mg.
nlohmann::json reference_json(const Targets& t);
/// One day (docs/json.md "day"): date, logged, food_mg, supplement_mg, total_mg (null when
/// not logged), food_day, complete. The same shape in check, report week and log show.
nlohmann::json day_json(const DayIntake& d);
/// The keys check and report week share, computed once: window, mean, reference,
/// percent_rda, shortfall_mg, adequacy, days (logged days), flags, suggestions.
void put_check(nlohmann::json& j, const CheckResult& c);
nlohmann::json adequacy_json(const Adequacy& a);
/// A flag's fact as fields, with its `kind` and its words as `text` (docs/json.md).
nlohmann::json fact_json(const Fact& f);
nlohmann::json finding_json(const Finding& f);
nlohmann::json suggestion_json(const Suggestion& s);
/// The suggestions of a check with the eligibility rules that applied (docs/json.md):
/// {gap_mg, excluded_by[], none_because, more[], swaps[], alone[], plan{items[], total_mg}}.
nlohmann::json suggestions_json(const CheckResult& c);

}  // namespace mg
