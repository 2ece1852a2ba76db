#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mg {

/// A health condition the engine knows about (docs/flags.md).
struct ConditionInfo {
    std::string id;    ///< canonical, e.g. "chronic-kidney-disease"
    std::string name;  ///< display, e.g. "chronic kidney disease"
    std::vector<std::string> aliases;
};

const std::vector<ConditionInfo>& known_conditions();
/// Canonical condition id for what a user wrote ("CKD", "Crohn's"), or nullopt.
std::optional<std::string> canonical_condition(std::string_view written);

/// Dietary exclusion tags that foods carry.
const std::vector<std::string>& known_exclusion_tags();

/// Lower-cases and turns spaces/underscores into hyphens, dropping apostrophes.
std::string slugify(std::string_view s);

}  // namespace mg
