#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/date.hpp"
#include "core/mass.hpp"
#include "engine/medicines.hpp"
#include "journal/entry.hpp"
#include "profile/profile.hpp"

namespace mg {

enum class Severity { info, caution, warning };
std::string_view to_string(Severity s);

/// A named, documented rule (docs/flags.md). `mgcalc flags` lists them all.
struct FlagRule {
    std::string id;
    Severity severity;
    std::string title;
    std::string explanation;
    std::string action;
    std::string evidence;  ///< tier: "regulatory safety communication", "observational", ...
    std::string source;    ///< citation keys, see docs/methods.md
    /// What to do instead when the person has chronic kidney disease or a kidney transplant,
    /// for rules whose action is about food targets: those are left to the clinician who
    /// treats the kidneys (reference §3, §8). Empty: `action`.
    std::string action_with_ckd{};
    /// Why, instead, for the same people, where `explanation` says something about urinary
    /// excretion that kidney disease contradicts (reference §3). Empty: `explanation`.
    std::string explanation_with_ckd{};
};

const std::vector<FlagRule>& flag_rules();
const FlagRule& rule(std::string_view id);

/// Facts that make a rule fire, as data with numbers as fields. The engine makes no
/// sentences: the renderers (report/finding_words) turn each fact into words, and JSON
/// carries the fields (docs/json.md, "facts").
struct MedicineFact {
    std::string written;    ///< as the profile says it: "Maxzide", "furosemid"
    std::string read_as;    ///< the catalogue name a misspelling was read as; empty when exact
    std::string generic{};  ///< the substance the rule is about; empty when not recognised
    std::optional<DrugClass> drug_class{};  ///< empty when not recognised
};
struct ConditionFact {
    std::string id;    ///< vocabulary id: "type-2-diabetes"
    std::string name;  ///< its display name: "type 2 diabetes"
};
struct AgeFact {
    int years = 0;  ///< 0 means under 12 months
};
/// Mean total intake (food + supplements) below the EAR.
struct BelowEarFact {
    Magnesium mean_total;
    Magnesium ear;
};
/// Supplemental magnesium above the UL on these days.
struct OverUlFact {
    struct Day {
        Date date;
        Magnesium supplement;
    };
    Magnesium ul;
    std::vector<Day> days;
};
/// Which §4c sources list a substance as lowering magnesium.
struct ListedByFact {
    std::string generic;
    std::vector<std::string> sources;
};
/// An unrecognised medicine name equally close to several catalogue names.
struct AmbiguousNameFact {
    std::vector<std::string> candidates;
};
using Fact = std::variant<MedicineFact, ConditionFact, AgeFact, BelowEarFact, OverUlFact,
                          ListedByFact, AmbiguousNameFact>;

/// The JSON/`kind` name of a fact: "medicine", "condition", "age", "intake-below-ear",
/// "supplement-over-ul", "listed-by", "ambiguous-name".
std::string_view fact_kind(const Fact& f);

/// A rule that fired, with what triggered it.
struct Finding {
    const FlagRule* rule;
    std::vector<Fact> facts;             ///< profile facts first, then intake and sources
    std::vector<std::string> entry_ids;  ///< journal entries involved
    bool ckd = false;  ///< the profile lists chronic kidney disease or a kidney transplant
};

/// What to do: the rule's action, or its action_with_ckd for a person with kidney disease.
const std::string& finding_action(const Finding& f);
/// Why: the rule's explanation, or its explanation_with_ckd for a person with kidney disease.
const std::string& finding_explanation(const Finding& f);

/// The sources a finding rests on: for a rule whose finding lists the §4c sources that name
/// the medicine (ListedByFact), only those of the rule's sources ("SmPC-Mg" for erlotinib,
/// not every review the rule can cite); else the rule's own `source`.
std::string finding_source(const Finding& f);
/// The kind of evidence of finding_source: "product label" when only the label lists the
/// medicine, "reviews" when only reviews do; else the rule's own `evidence`.
std::string finding_evidence(const Finding& f);

/// What the rules look at besides the profile.
struct IntakeFacts {
    bool has_days = false;
    bool below_ear = false;  ///< mean total below the EAR (only when an EAR exists)
    Magnesium mean_total;
    Magnesium ear;
    std::vector<const JournalEntry*> supplements;  ///< supplement entries in the window
    OverUlFact over_ul;                            ///< `days` empty when no day is over
    std::vector<std::string> over_ul_entries;
    int age_years = 0;
    bool infant = false;  ///< under 12 months: supplements and magnesium medicines are not for them
};

/// Evaluates every rule. Pure: same inputs, same findings, most severe first (warning,
/// caution, info) and in rule order within a severity (by_severity).
/// Orders `findings` most severe first, keeping rule order within a severity: the one order
/// every renderer, the JSON and the web pages show.
void by_severity(std::vector<Finding>& findings);

std::vector<Finding> evaluate_flags(const Profile& p, const std::vector<MedicineMatch>& meds,
                                    const IntakeFacts& intake);

/// The findings a supplement entry raises as it is logged: the rules on whom a supplement is
/// for (an infant; kidney disease or a kidney transplant), chosen as evaluate_flags chooses
/// them for `check`, and only those that name the entry. `infant`: under 12 months. Most
/// severe first.
std::vector<Finding> supplement_findings(const Profile& p, const JournalEntry& supplement,
                                         bool infant);

}  // namespace mg
