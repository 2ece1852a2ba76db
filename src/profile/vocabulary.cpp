#include "profile/vocabulary.hpp"

#include "core/text.hpp"

namespace mg {

const std::vector<ConditionInfo>& known_conditions() {
    static const std::vector<ConditionInfo> kConditions = {
        {"chronic-kidney-disease",
         "chronic kidney disease",
         {"ckd", "kidney-disease", "renal-disease", "kidney-failure", "renal-failure",
          "chronic-renal-disease", "chronic-renal-failure", "dialysis", "haemodialysis",
          "hemodialysis", "peritoneal-dialysis", "esrd", "end-stage-renal-disease",
          "end-stage-kidney-disease", "eskd", "diabetic-kidney-disease", "diabetic-nephropathy",
          // Impaired kidney function by its older names: the reduced excretion reference §3
          // means by kidney disease.
          "renal-insufficiency", "chronic-renal-insufficiency", "kidney-insufficiency",
          "chronic-kidney-insufficiency", "renal-impairment", "kidney-impairment",
          "chronic-renal-impairment", "chronic-kidney-impairment"}},
        // Not a stage of kidney disease to the reference sheet, which says nothing on
        // transplants: its own id, so that no flag says "impaired excretion" for it.
        {"kidney-transplant",
         "kidney transplant",
         {"renal-transplant", "kidney-transplant-recipient", "renal-transplant-recipient"}},
        {"type-2-diabetes",
         "type 2 diabetes",
         {"t2d", "t2dm", "diabetes-type-2", "type-ii-diabetes"}},
        // Prediabetes and metabolic syndrome are names people give for the same condition
        // (reference sheet §3); the flags still speak of insulin resistance (ODS's term).
        {"insulin-resistance",
         "insulin resistance",
         {"insulin-resistance-syndrome", "metabolic-syndrome", "prediabetes", "pre-diabetes"}},
        {"crohns-disease", "Crohn's disease", {"crohns", "crohn", "regional-enteritis"}},
        {"coeliac-disease", "coeliac disease", {"coeliac", "celiac", "celiac-disease"}},
        {"bowel-resection",
         "small-bowel resection or bypass",
         {"small-bowel-resection", "bowel-bypass", "small-bowel-bypass"}},
        {"malabsorption", "gastrointestinal malabsorption", {"gi-malabsorption"}},
        {"alcohol-dependence",
         "long-term alcohol dependence",
         {"alcoholism", "alcohol-use-disorder"}},
    };
    return kConditions;
}

std::string slugify(std::string_view s) {
    // Typographic apostrophes, U+2019 and U+2018, are three bytes in UTF-8: drop all three.
    constexpr std::string_view kRightQuote = "\xE2\x80\x99", kLeftQuote = "\xE2\x80\x98";
    const std::string lower = to_lower(trim(s));
    std::string out;
    for (size_t i = 0; i < lower.size(); ++i) {
        const std::string_view rest = std::string_view(lower).substr(i);
        if (rest.starts_with(kRightQuote) || rest.starts_with(kLeftQuote)) {
            i += kRightQuote.size() - 1;
            continue;
        }
        char c = lower[i];
        if (c == '\'') continue;
        if (c == ' ' || c == '_') c = '-';
        if (c == '-' && !out.empty() && out.back() == '-') continue;
        out += c;
    }
    return out;
}

namespace {

// "ckd-stage-4", "ckd-4", "ckd-g3a", "stage-5-ckd", "chronic-kidney-disease-stage-2": every
// stage is chronic kidney disease, and the reference intakes are not meant for any of them
// (reference §8, ODPHP: "people with acute or chronic disease").
bool is_ckd_stage(std::string_view s) {
    static constexpr std::string_view kStages[] = {"1", "2", "3", "3a", "3b", "4", "5", "5d"};
    static constexpr std::string_view kNames[] = {"ckd", "chronic-kidney-disease",
                                                  "kidney-disease"};
    for (const auto stage : kStages) {
        const std::string x(stage), g = "g" + x;
        for (const auto name : kNames) {
            const std::string n(name);
            for (const std::string& form : {n + "-stage-" + x, n + "-" + x, n + "-stage-" + g,
                                            n + "-" + g, "stage-" + x + "-" + n})
                if (s == form) return true;
        }
    }
    return false;
}

}  // namespace

std::optional<std::string> canonical_condition(std::string_view written) {
    const std::string s = slugify(written);
    if (is_ckd_stage(s)) return "chronic-kidney-disease";
    for (const auto& c : known_conditions()) {
        if (c.id == s) return c.id;
        for (const auto& a : c.aliases)
            if (a == s) return c.id;
    }
    return std::nullopt;
}

const std::vector<std::string>& known_exclusion_tags() {
    static const std::vector<std::string> kTags = {
        "tree-nut", "peanut", "sesame", "fish", "shellfish", "dairy", "gluten", "soy", "egg",
        "meat",
        // Eligibility tags (docs/methods.md#who-may-be-offered-what): facts about a food that
        // keep it out of suggestions for some people; a profile may exclude them too.
        "alcohol", "caffeine", "choking-risk", "added-sugar", "high-mercury-fish"};
    return kTags;
}

}  // namespace mg
