#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "dri/dri.hpp"

namespace mg {

/// A person whose intake is judged (docs/file-formats.md#profiles).
struct Profile {
    std::string name;
    std::optional<Date> birthdate;  ///< preferred over `age_years`
    std::optional<int> age_years;
    std::optional<int> age_months;  ///< months beyond `age_years`, for infants
    Sex sex = Sex::female;
    bool pregnant = false;
    bool lactating = false;
    std::vector<std::string> medicines;   ///< free text as written; matched to classes later
    std::vector<std::string> conditions;  ///< canonical condition ids
    std::vector<std::string> exclude;     ///< dietary exclusion tags
    std::optional<Standard> standard;     ///< preferred standard; `--standard` overrides
};

/// Whether `p` lists the condition with canonical id `id`.
bool has_condition(const Profile& p, std::string_view id);

/// Chronic kidney disease or a kidney transplant. The reference intakes are then no target
/// for the person (reference §8: the DRIs "aren't meant for people with acute or chronic
/// disease"): mgcalc shows the numbers, judges nothing, suggests no foods and leaves targets to
/// the clinician who treats the kidneys. The sheet says nothing on transplants; treating one
/// like kidney disease is our cautious choice (docs/methods.md).
bool has_kidney_condition(const Profile& p);
/// The kidney condition as the person listed it, for sentences that follow "with":
/// "chronic kidney disease", "a kidney transplant"; "" without one.
std::string_view kidney_condition_words(const Profile& p);

/// The words that follow a reference intake shown to a person with a kidney condition:
/// "set for healthy people: not your target". One wording for every output.
std::string_view reference_caveat();
/// What the upper limit carries for the same people: it is set for healthy people too, and
/// with kidney disease any supplemental magnesium is for the treating clinician to decide
/// (reference §3, §8).
std::string_view upper_limit_caveat();

/// The life-stage facts of `p` on `today` (age from birthdate when given).
LifeStageQuery life_stage_query(const Profile& p, Date today);

/// Parses a profile YAML file. Reports every problem (unknown keys, wrong types, impossible
/// values) with file:line:column, by throwing one InputError. `today` is needed to check
/// that a birthdate is not in the future and gives a possible age.
Profile parse_profile(const std::string& path, std::string_view text, Date today);

/// The YAML text of a profile, as `profile init` writes it.
std::string serialize_profile(const Profile& p);

/// Checks a profile built from the command line; throws InputError like parse_profile.
void validate_profile(const Profile& p, Date today);

}  // namespace mg
