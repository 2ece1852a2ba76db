#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/mass.hpp"
#include "dri/dri.hpp"
#include "journal/entry.hpp"
#include "journal/make_entry.hpp"

namespace mg::app {

// What `log supplement` says about a dose besides its magnesium, for the CLI, the JSON and
// the web app's supplement form alike.

/// Milk of magnesia and Epsom salt are sold by their mass of magnesium hydroxide and
/// sulfate heptahydrate (reference §5): a dose logged as elemental magnesium that names such
/// a form may be the compound's mass instead, which holds 42 % or 10 % of it.
struct CompoundNote {
    std::string amount;       ///< per unit, as written: "400 mg"
    std::string form_id;      ///< "hydroxide", "sulfate-heptahydrate"
    std::string form_name;    ///< "magnesium hydroxide (milk of magnesia)"
    Magnesium if_compound{};  ///< per unit, were `amount` the compound's mass
    int units = 1;            ///< units logged; the total is if_compound times this
};

/// The note for entry `e` logged from `dose`: set when the dose is not a compound mass and
/// its one form is the hydroxide or a sulfate; nullopt otherwise.
std::optional<CompoundNote> compound_note(const SupplementDose& dose, const JournalEntry& e);

/// "if 400 mg is the mass of magnesium hydroxide (...) rather than of magnesium, it holds
/// 166.8 mg of magnesium" (", 500.4 mg in 3 units" when several): each front end adds how
/// to log it again.
std::string compound_note_text(const CompoundNote& n);

/// {"amount", "form", "form_name", "if_compound_mg", "units", "if_compound_total_mg",
/// "message"} (docs/json.md).
nlohmann::json compound_note_json(const CompoundNote& n);

/// The upper limit as `rda` and `profile show` print it: "350 mg/day from supplements and
/// medicines only (food does not count)", or no_upper_limit_words(); for a person with a kidney
/// condition, with upper_limit_caveat() inside the same parenthesis.
std::string upper_limit_text(const Targets& t, bool kidneys = false);

/// What counts towards the upper limit, as `help log supplement` says it.
inline constexpr std::string_view kUpperLimitCounts =
    "Antacids and laxatives count here too: the upper limit applies to all of them.";

}  // namespace mg::app
