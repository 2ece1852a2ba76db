#include "app/views.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "app/supplement_notes.hpp"

namespace mg::app {

std::string standard_title(Standard s) {
    switch (s) {
        case Standard::iom:
            return "IOM (US/Canada Dietary Reference Intakes)";
        case Standard::efsa:
            return "EFSA 2015";
        case Standard::dach:
            return "D-A-CH 2021";
        case Standard::nnr:
            return "NNR 2023 (secondary source)";
    }
    return "";
}

std::string targets_text(const Targets& t, bool caveat) {
    std::string name(reference_name(t));  // "RDA", "AI", "estimated value"
    name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    // The labels' column, widened when the reference's name is longer than the others.
    const size_t width = std::max<size_t>(12, name.size() + 1);
    std::string s;
    auto line = [&](const std::string& label, const std::string& text) {
        s += fmt::format("{:<{}} {}\n", label, width, text);
    };
    line("Standard:", standard_title(t.standard));
    line("Life stage:", t.life_stage);
    line(name + ":", fmt::format("{} mg/day{}", format_mg(t.rda),
                                 caveat ? fmt::format(" ({})", reference_caveat()) : ""));
    line("EAR:", t.ear ? format_mg(*t.ear) + " mg/day" : "none set");
    line("UL:", upper_limit_text(t, caveat));
    line("Source:", fmt::format("{} (docs/methods.md)", t.source));
    for (const auto& n : t.notes) line("Note:", n);
    return s;
}

std::string_view kind_name(EntryKind k) {
    switch (k) {
        case EntryKind::food:
            return "food";
        case EntryKind::supplement:
            return "supplement";
        case EntryKind::day:
            return "day";
        case EntryKind::total:
            return "total";
    }
    return "";
}

nlohmann::json complete_json(std::optional<bool> complete) {
    return complete ? nlohmann::json(*complete) : nlohmann::json(nullptr);
}

std::string mark_label(std::optional<bool> complete) {
    return complete ? fmt::format("day marked {}", mark_word(complete)) : "day mark cleared";
}

nlohmann::json entry_json(const JournalEntry& e) {
    // A day mark keeps the keys every entry has, so scripts that sum magnesium_mg or read
    // name stay right: it adds 0 mg and has no name.
    const bool day = e.kind == EntryKind::day;
    nlohmann::json j{{"id", e.id},
                     {"date", e.date.iso()},
                     {"meal", e.meal.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.meal)},
                     {"kind", kind_name(e.kind)},
                     {"name", day ? nlohmann::json(nullptr) : nlohmann::json(e.name)},
                     {"amount", day || e.kind == EntryKind::total ? nlohmann::json(nullptr)
                                                                  : nlohmann::json(e.amount)},
                     {"magnesium_mg", mg_json(e.magnesium)}};
    if (e.kind == EntryKind::food) {
        j["food_id"] = e.food_id;
        j["grams"] = e.food_mg > 0 ? nlohmann::json(static_cast<double>(e.food_mg) / 1000.0)
                                   : nlohmann::json(nullptr);
    } else if (e.kind == EntryKind::supplement) {
        j["form"] = e.form.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.form);
        j["units"] = e.units;
        j["compound"] = e.compound;
    } else if (e.kind == EntryKind::day) {
        j["complete"] = complete_json(e.complete);
    }
    if (!e.note.empty()) j["note"] = e.note;
    return j;
}

nlohmann::json profile_json(const Profile& p, Date today) {
    nlohmann::json j;
    j["name"] = p.name;
    j["birthdate"] = p.birthdate ? nlohmann::json(p.birthdate->iso()) : nlohmann::json(nullptr);
    const LifeStageQuery q = life_stage_query(p, today);
    j["age_years"] = q.age_years;
    j["age_months"] = q.age_years == 0 ? nlohmann::json(q.age_months) : nlohmann::json(nullptr);
    j["sex"] = to_string(p.sex);
    j["pregnant"] = p.pregnant;
    j["lactating"] = p.lactating;
    j["medicines"] = p.medicines;
    j["conditions"] = p.conditions;
    j["exclude"] = p.exclude;
    return j;
}

}  // namespace mg::app
