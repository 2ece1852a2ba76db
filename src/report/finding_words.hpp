#pragma once
#include <string>
#include <vector>

#include "engine/flags.hpp"

namespace mg {

/// A fact in words, as every human-readable renderer shows it:
/// "medicine: Maxzide (hydrochlorothiazide, thiazide diuretic)", "condition: type 2 diabetes",
/// "mean intake 210 mg/day is below the EAR of 265 mg".
std::string fact_words(const Fact& f);

/// The "because" of a finding: its facts in words, in the engine's order.
std::vector<std::string> finding_reasons(const Finding& f);

}  // namespace mg
