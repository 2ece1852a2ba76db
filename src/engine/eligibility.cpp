#include "engine/eligibility.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/text.hpp"
#include "profile/vocabulary.hpp"

namespace mg {

const EligibilityRule* Eligibility::excluded_by(const Food& f) const {
    for (const auto& r : rules)
        for (const auto& t : r.tags)
            if (std::find(f.tags.begin(), f.tags.end(), t) != f.tags.end()) return &r;
    return nullptr;
}

namespace {

// Alcohol is never a way to get a nutrient: "individuals who do not drink alcohol should not
// start drinking for any reason" (DGA).
EligibilityRule alcohol_rule() {
    return {.id = "alcohol", .label = "alcohol", .tags = {"alcohol"}, .source = "DGA"};
}

}  // namespace

Eligibility eligibility_for_anyone() {
    return {.rules = {alcohol_rule()}};
}

Eligibility eligibility_for(const Profile& p, Date today) {
    Eligibility e;
    const int age = life_stage_query(p, today).age_years;
    e.under_4 = age < 4;
    if (age < 1) {
        e.no_suggestions = true;
        e.no_suggestions_why =
            "infants get their magnesium from breast milk or formula, and from first foods "
            "their paediatric team advises; mgcalc does not suggest foods under 12 months";
    } else if (has_kidney_condition(p)) {
        e.no_suggestions = true;
        e.no_suggestions_why = fmt::format(
            "the reference intakes are set for healthy people and do not apply with {}; mgcalc "
            "leaves your targets to the clinician who treats your kidneys and suggests no foods",
            kidney_condition_words(p));
    }
    auto add = [&](std::string id, std::string label, std::vector<std::string> tags,
                   std::string source) {
        e.rules.push_back({.id = std::move(id),
                           .label = std::move(label),
                           .tags = std::move(tags),
                           .source = std::move(source)});
    };
    e.rules.push_back(alcohol_rule());
    if (age < 18)
        add("caffeine-under-18", "caffeine: coffee, tea, cocoa, chocolate (under 18)", {"caffeine"},
            "AAP11; HER25");
    else if (p.pregnant)
        add("caffeine-pregnancy", "caffeine: coffee, tea, cocoa, chocolate (pregnancy; our choice)",
            {"caffeine"}, "ours");
    if (age < 2) add("added-sugar-under-2", "added sugars (under 2)", {"added-sugar"}, "DGA");
    if (age < 4)
        add("choking-under-4", "whole nuts and seeds, popcorn and other choking risks (under 4)",
            {"choking-risk"}, "AAP-choking");
    if (p.pregnant || p.lactating || age < 12)
        add("mercury-fish", "high-mercury fish", {"high-mercury-fish"}, "FDA-EPA-fish");
    if (has_condition(p, "coeliac-disease"))
        add("gluten-coeliac", "gluten (coeliac disease)", {"gluten"}, "profile");
    if (!p.exclude.empty())
        add("profile-exclude", "your exclusions: " + join(p.exclude), p.exclude, "profile");
    return e;
}

}  // namespace mg
