#include "dri/dri.hpp"

#include <fmt/format.h>

#include "core/diagnostic.hpp"

namespace mg {

std::string_view to_string(Sex s) {
    return s == Sex::female ? "female" : "male";
}

std::string_view to_string(Standard s) {
    switch (s) {
        case Standard::iom:
            return "iom";
        case Standard::efsa:
            return "efsa";
        case Standard::dach:
            return "dach";
        case Standard::nnr:
            return "nnr";
    }
    return "iom";
}

std::string_view standard_label(Standard s) {
    switch (s) {
        case Standard::iom:
            return "IOM";
        case Standard::efsa:
            return "EFSA";
        case Standard::dach:
            return "D-A-CH";
        case Standard::nnr:
            return "NNR";
    }
    return "IOM";
}

std::optional<Sex> parse_sex(std::string_view s) {
    if (s == "female" || s == "f") return Sex::female;
    if (s == "male" || s == "m") return Sex::male;
    return std::nullopt;
}

std::vector<std::string> standard_names() {
    return {"iom", "efsa", "dach", "nnr"};
}

std::optional<Standard> parse_standard(std::string_view s) {
    if (s == "d-a-ch") return Standard::dach;  // as the standard writes its name
    for (Standard st : {Standard::iom, Standard::efsa, Standard::dach, Standard::nnr})
        if (to_string(st) == s) return st;
    return std::nullopt;
}

void validate(const LifeStageQuery& q) {
    if (q.age_years < 0) throw InputError::plain("age cannot be negative");
    if (q.age_years > 130)
        throw InputError::plain(fmt::format("age {} is over 130 years", q.age_years),
                                "check the birthdate or age");
    if (q.age_years == 0 && (q.age_months < 0 || q.age_months > 11))
        throw InputError::plain(
            fmt::format("infant age of {} months is outside 0-11", q.age_months),
            "from 12 months give the age in years");
    if ((q.pregnant || q.lactating) && q.sex == Sex::male)
        throw InputError::plain(
            fmt::format("a male cannot be {}", q.pregnant ? "pregnant" : "lactating"),
            "set sex: female, or remove pregnant/lactating");
    if ((q.pregnant || q.lactating) && q.age_years < 9)
        throw InputError::plain(fmt::format("{} at age {} is not possible",
                                            q.pregnant ? "pregnancy" : "lactation", q.age_years),
                                "check the age and the pregnant/lactating fields");
}

namespace {

Magnesium mgv(int v) {
    return Magnesium::from_mg(v);
}

// IOM97 / EG06 table (docs/methods.md §1). Bands by completed years.
struct IomRow {
    int min_age;
    int max_age;  // inclusive
    int ear_m, ear_f, rda_m, rda_f, ul;
};
constexpr IomRow kIom[] = {
    {1, 3, 65, 65, 80, 80, 65},        {4, 8, 110, 110, 130, 130, 110},
    {9, 13, 200, 200, 240, 240, 350},  {14, 18, 340, 300, 410, 360, 350},
    {19, 30, 330, 255, 400, 310, 350}, {31, 50, 350, 265, 420, 320, 350},
    {51, 70, 350, 265, 420, 320, 350}, {71, 200, 350, 265, 420, 320, 350},
};

std::string band_name(int lo, int hi) {
    return hi >= 200 ? fmt::format("over {} years", lo - 1) : fmt::format("{}-{} years", lo, hi);
}

Targets iom(const LifeStageQuery& q) {
    Targets t;
    t.standard = Standard::iom;
    t.source = "IOM97; EG06";
    if (q.age_years == 0) {
        // IOM bands "0-6 months" and "7-12 months": 6 completed months is still the first band.
        const bool young = q.age_months <= 6;
        t.life_stage = young ? "infant, 0-6 months" : "infant, 7-12 months";
        t.rda = mgv(young ? 30 : 75);
        t.is_ai = true;
        t.notes.push_back("infants have an Adequate Intake only; no EAR and no UL can be set");
        return t;
    }
    if (q.pregnant || q.lactating) {
        const bool preg = q.pregnant;
        const char* what = preg ? "pregnancy" : "lactation";
        int ear, rda;
        std::string band;
        if (q.age_years <= 18) {
            ear = preg ? 335 : 300, rda = preg ? 400 : 360, band = "18 years and under";
        } else if (q.age_years <= 30) {
            ear = preg ? 290 : 255, rda = preg ? 350 : 310, band = "19-30 years";
        } else {
            ear = preg ? 300 : 265, rda = preg ? 360 : 320, band = "31-50 years";
            if (q.age_years > 50)
                t.notes.push_back(fmt::format(
                    "the IOM table has no {} row above 50 years; the 31-50 row is used", what));
        }
        if (q.pregnant && q.lactating)
            t.notes.push_back("pregnant and lactating: the pregnancy values are used (higher EAR)");
        t.life_stage = fmt::format("{}, {}", what, band);
        t.rda = mgv(rda);
        t.ear = mgv(ear);
        t.ul_supplemental = mgv(350);
        return t;
    }
    for (const auto& r : kIom) {
        if (q.age_years < r.min_age || q.age_years > r.max_age) continue;
        const bool male = q.sex == Sex::male;
        const bool child = r.max_age <= 8;
        t.life_stage =
            child ? fmt::format("child, {}", band_name(r.min_age, r.max_age))
                  : fmt::format("{}, {}", to_string(q.sex), band_name(r.min_age, r.max_age));
        t.rda = mgv(male ? r.rda_m : r.rda_f);
        t.ear = mgv(male ? r.ear_m : r.ear_f);
        t.ul_supplemental = mgv(r.ul);
        return t;
    }
    throw InputError::plain("no IOM life stage for this age");
}

// EFSA 2015 / D-A-CH 2021 / NNR 2023 (docs/methods.md §6). Bands in months to handle
// "under 4 months" etc. `max_months` is exclusive.
struct AiRow {
    int min_months;
    int max_months;
    int male;
    int female;
    const char* band;
    bool unverified;
};

constexpr int Y = 12;
constexpr int kForever = 200 * 12;
constexpr AiRow kEfsa[] = {
    {7, Y, 80, 80, "7 to under 12 months", false},
    {1 * Y, 3 * Y, 170, 170, "1 to under 3 years", false},
    {3 * Y, 10 * Y, 230, 230, "3 to under 10 years", false},
    {10 * Y, 18 * Y, 300, 250, "10 to under 18 years", false},
    {18 * Y, kForever, 350, 300, "adults, 18 years and over", false},
};
constexpr AiRow kDach[] = {
    {0, 4, 24, 24, "0 to under 4 months", false},
    {4, Y, 80, 80, "4 to under 12 months", false},
    {1 * Y, 4 * Y, 170, 170, "1 to under 4 years", false},
    {4 * Y, 7 * Y, 190, 190, "4 to under 7 years", false},
    {7 * Y, 10 * Y, 240, 240, "7 to under 10 years", false},
    {10 * Y, 13 * Y, 260, 230, "10 to under 13 years", false},
    {13 * Y, 15 * Y, 280, 240, "13 to under 15 years", false},
    {15 * Y, 19 * Y, 330, 260, "15 to under 19 years", false},
    {19 * Y, kForever, 350, 300, "adults, 19 years and over", false},
};
constexpr AiRow kNnr[] = {
    {7, Y, 80, 80, "7 to under 12 months", false},
    {1 * Y, 3 * Y, 170, 170, "1-2 years", false},
    {3 * Y, 4 * Y, 230, 230, "3 years", true},
    {4 * Y, 11 * Y, 230, 230, "4-10 years", false},
    {11 * Y, 18 * Y, 300, 250, "11-17 years", false},
    {18 * Y, kForever, 350, 300, "adults, 18 years and over", true},
};

template <size_t N>
Targets from_ai_table(const LifeStageQuery& q, Standard st, const AiRow (&rows)[N],
                      const char* name, const char* source,
                      const char* value = "an adequate intake") {
    const int months = q.age_years == 0 ? q.age_months : q.age_years * 12;
    for (const auto& r : rows) {
        if (months < r.min_months || months >= r.max_months) continue;
        Targets t;
        t.standard = st;
        t.source = source;
        t.is_ai = true;
        const bool child = r.max_months <= 10 * Y;
        t.life_stage =
            child ? std::string(r.band) : fmt::format("{}, {}", to_string(q.sex), r.band);
        t.rda = mgv(q.sex == Sex::male ? r.male : r.female);
        t.notes.push_back(fmt::format(
            "{} sets {}, not an EAR: the IOM probability of adequacy does not apply and is not "
            "computed",
            name, value));
        if (r.unverified)
            t.notes.push_back("this value is marked 'verify' in our secondary source");
        return t;
    }
    throw InputError::plain(fmt::format("{} sets no magnesium value for this age", name),
                            "use --standard iom");
}

}  // namespace

std::string_view reference_name(const Targets& t) {
    if (!t.is_ai) return "RDA";
    return t.standard == Standard::dach ? "estimated value" : "AI";
}

std::string_view no_upper_limit_words(const Targets& t) {
    // Only an infant has none (a child of 1 to 3 is held to the IOM's under every standard),
    // and "none" alone could be read as "no limit": IOM's footnote says what it means.
    return t.standard == Standard::iom
               ? "not determinable; source of intake should be from food and formula only (IOM)"
               : "none set; source of intake should be from food and formula only (IOM)";
}

Targets targets_for(const LifeStageQuery& q, Standard standard) {
    validate(q);
    if (standard == Standard::iom) return iom(q);
    const int months = q.age_years == 0 ? q.age_months : q.age_years * 12;
    Targets t;
    if (standard == Standard::efsa) {
        t = from_ai_table(q, standard, kEfsa, "EFSA 2015", "EFSA15; SCF01");
        // SCF 2001 upper level for readily dissociable Mg salts, from 4 years incl. pregnancy.
        if (months >= 4 * Y) {
            t.ul_supplemental = mgv(250);
            t.ul_covers_added = true;
        }
        if (q.pregnant || q.lactating)
            t.notes.push_back("EFSA sets the same value in pregnancy and lactation");
    } else if (standard == Standard::dach) {
        t = from_ai_table(q, standard, kDach, "D-A-CH 2021", "DACH21; SCF01", "an estimated value");
        if (months >= 4 * Y) {
            t.ul_supplemental = mgv(250);
            t.ul_covers_added = true;
            t.notes.push_back(
                "the upper level shown is the EU SCF 2001 value that D-A-CH refers to");
        }
        if (q.pregnant || q.lactating) {
            t.rda = mgv(300);
            t.life_stage = q.pregnant ? "pregnancy" : "lactation";
            if (q.age_years < 19)
                t.notes.push_back(
                    "D-A-CH's pregnancy/lactation value (300 mg) is applied at every age; our "
                    "source gives no separate value for adolescents");
        }
    } else {
        t = from_ai_table(q, standard, kNnr, "NNR 2023", "NNR23 (secondary)");
        t.secondary = true;
        // Our source gives NNR's 250 mg without saying what it covers.
        if (months >= 4 * Y) {
            t.ul_supplemental = mgv(250);
            t.ul_covers_added = std::nullopt;
        }
        if (q.pregnant || q.lactating)
            t.notes.push_back(
                "NNR 2023 states no separate value for pregnancy or lactation in our source; the "
                "non-pregnant value is shown");
    }
    // The SCF sets no upper level under 4 years; from 1 to 3 the IOM does (65 mg, reference
    // §1). A child's supplements are held to it rather than to none at all.
    if (!t.ul_supplemental && q.age_years >= 1) {
        t.ul_supplemental = iom(q).ul_supplemental;
        t.notes.push_back(
            "the EU SCF sets no upper level under 4 years: the IOM's upper limit for 1-3 years "
            "is applied");
    }
    return t;
}

}  // namespace mg
