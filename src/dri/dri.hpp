#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/mass.hpp"

namespace mg {

enum class Sex { female, male };
/// Reference systems (docs/methods.md §1, §6).
enum class Standard { iom, efsa, dach, nnr };

std::string_view to_string(Sex s);
std::string_view to_string(Standard s);
/// The standard as people write it in text: IOM, EFSA, D-A-CH, NNR (to_string is the id).
std::string_view standard_label(Standard s);
std::optional<Sex> parse_sex(std::string_view s);
std::optional<Standard> parse_standard(std::string_view s);
/// All standard names, for help and "did you mean".
std::vector<std::string> standard_names();

/// The facts about a person that decide their reference intake.
struct LifeStageQuery {
    int age_years = 0;
    int age_months = 0;  ///< completed months in total; only read for infants (age_years == 0)
    Sex sex = Sex::female;
    bool pregnant = false;
    bool lactating = false;
};

/// A person's reference intakes under one standard. All masses are mg/day.
struct Targets {
    Standard standard = Standard::iom;
    std::string life_stage;  ///< e.g. "female, 31-50 years"
    Magnesium rda;           ///< the RDA, or the AI / estimated value where `is_ai`
    bool is_ai = false;
    std::optional<Magnesium> ear;              ///< only the IOM sets an EAR
    std::optional<Magnesium> ul_supplemental;  ///< applies to supplements and medicines only
    /// Whether the UL also covers magnesium added to foods: true for the EU SCF's (2001,
    /// reference §6), false for the IOM's (supplements and medicines, §1), nullopt where our
    /// source does not say (NNR 2023, secondary). mgcalc logs fortified foods as food, so it
    /// holds only supplements and medicines to a UL, and says so.
    std::optional<bool> ul_covers_added = false;
    bool secondary = false;          ///< value taken from a secondary source
    std::string source;              ///< citation key, see docs/methods.md
    std::vector<std::string> notes;  ///< choices and caveats to show the user
};

/// What the standard calls the reference value `t.rda`: "RDA", "AI", or for D-A-CH
/// "estimated value" (reference §6: D-A-CH 2021 gives estimated values, not adequate
/// intakes).
std::string_view reference_name(const Targets& t);

/// The words for the upper limit of `t` when it has none (an infant's): "not determinable"
/// under the IOM (reference §1: "ND: Not determinable due to lack of data of adverse effects
/// in this age group"), "none set" under another standard; each with the IOM's "source of
/// intake should be from food and formula only", lest "none" read as "no limit".
std::string_view no_upper_limit_words(const Targets& t);

/// Throws InputError for impossible people: age < 0 or > 130, months outside 0..11 for
/// infants, pregnancy or lactation in a male or under 9 years.
void validate(const LifeStageQuery& q);

/// The reference intakes for `q` under `standard`. Validates first.
/// Throws InputError when the standard sets no value for that life stage.
Targets targets_for(const LifeStageQuery& q, Standard standard);

}  // namespace mg
