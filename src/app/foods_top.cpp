#include "app/foods_top.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "app/food_views.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"
#include "foods/food_db.hpp"
#include "foods/food_source.hpp"
#include "profile/vocabulary.hpp"
#include "report/json_common.hpp"

namespace mg::app {
namespace {

std::vector<std::string> exclusion_tags(const std::vector<std::string>& given) {
    std::vector<std::string> excl = given;
    for (auto& t : excl) {
        t = slugify(t);
        const auto& known = known_exclusion_tags();
        if (std::find(known.begin(), known.end(), t) == known.end())
            throw UsageError(
                fmt::format("unknown tag '{}'", t),
                hint_with(did_you_mean(closest(t, known, 3)), "known: " + join(known)));
    }
    return excl;
}

void check_group(const FoodDb& db, const std::string& group) {
    std::vector<std::string> groups;
    for (const Food* f : db.all())
        if (std::find(groups.begin(), groups.end(), f->group) == groups.end())
            groups.push_back(f->group);
    if (std::find(groups.begin(), groups.end(), group) != groups.end()) return;
    std::vector<std::string> near;
    for (const auto& g : groups)
        if (g.compare(0, 3, group, 0, 3) == 0) near.push_back(g);
    for (const auto& g : closest(group, groups, 4))
        if (std::find(near.begin(), near.end(), g) == near.end()) near.push_back(g);
    if (near.size() > 3) near.resize(3);
    throw UsageError(
        fmt::format("unknown food group '{}'", group),
        near.empty() ? "see the group field in 'mgcalc foods show FOOD'" : did_you_mean(near));
}

}  // namespace

TopList top_foods(const FoodDb& db, const TopQuery& q) {
    const std::string& per = q.per;
    if (per != "serving" && per != "100g" && per != "100kcal")
        throw UsageError(fmt::format("--per '{}' must be serving or 100g", per));
    const bool per_kcal = per == "100kcal";
    const std::vector<std::string> excl = exclusion_tags(q.exclude);
    const std::string group = slugify(q.group);
    if (!group.empty()) check_group(db, group);
    std::vector<TopRow> rows;
    std::vector<EligibilityRule> left_out;
    std::vector<const Food*> pool;
    for (const auto& f : db.everyday()) pool.push_back(&f);
    // An SR28 group (e.g. nut-and-seed-products) only exists in the full table.
    const bool group_in_everyday =
        group.empty() ||
        std::any_of(pool.begin(), pool.end(), [&](const Food* f) { return f->group == group; });
    const bool untagged = q.all || !group_in_everyday;
    if (untagged) pool = db.all();
    if (untagged && q.person)
        throw UsageError(
            "the whole USDA table's foods carry no dietary tags, so a profile's rules (caffeine, "
            "gluten, allergens, ...) cannot be applied to them",
            "leave out --profile for the raw table, or leave out --all (and an SR28-only --group) "
            "to rank the foods mgcalc has tagged");
    // The whole table cannot be sorted by rules it has no tags for: leave none out, and say so.
    const Eligibility rules = untagged   ? Eligibility{}
                              : q.person ? *q.person
                                         : eligibility_for_anyone();
    for (const Food* fp : pool) {
        const Food& f = *fp;
        if (!group.empty() && f.group != group) continue;
        bool excluded = false;
        for (const auto& t : excl)
            excluded |= std::find(f.tags.begin(), f.tags.end(), t) != f.tags.end();
        if (excluded) continue;
        if (const EligibilityRule* rule = rules.excluded_by(f)) {
            if (std::none_of(left_out.begin(), left_out.end(),
                             [&](const EligibilityRule& r) { return r.id == rule->id; }))
                left_out.push_back(*rule);
            continue;
        }
        const Portion* p = per == "serving" ? f.serving_portion() : nullptr;
        // Density alone ranks brewed coffee and a teaspoon of dried basil first: a food must
        // also bring at least 10 mg in its default serving to count as a source.
        if (per_kcal &&
            (mg_per_100_kcal(f) < 0 || f.in(default_serving(f).food_mg) < Magnesium::from_mg(10)))
            continue;
        rows.push_back({&f, p, p ? f.in(p->food_mg) : f.per_100g()});
    }
    if (per_kcal)
        std::stable_sort(rows.begin(), rows.end(), [](const TopRow& a, const TopRow& b) {
            return mg_per_100_kcal(*a.food) > mg_per_100_kcal(*b.food);
        });
    else
        std::stable_sort(rows.begin(), rows.end(),
                         [](const TopRow& a, const TopRow& b) { return a.mg > b.mg; });
    rows.resize(std::min(rows.size(), q.limit));
    // In the eligibility's own order, as check lists them.
    std::vector<EligibilityRule> ordered;
    for (const auto& r : rules.rules)
        if (std::any_of(left_out.begin(), left_out.end(),
                        [&](const EligibilityRule& l) { return l.id == r.id; }))
            ordered.push_back(r);
    std::string note = std::string(kTopNote);
    if (rules.no_suggestions) note = "food composition, not advice: " + rules.no_suggestions_why;
    if (untagged)
        note =
            "food composition, not advice: USDA's whole table carries no dietary tags, so "
            "alcohol, caffeine and allergens are not left out; 'mgcalc check' suggests foods "
            "that suit your profile";
    return {.rows = std::move(rows),
            .left_out = std::move(ordered),
            .note = std::move(note),
            .untagged = untagged};
}

nlohmann::json top_json(const TopList& top, const std::string& per) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& r : top.rows) {
        nlohmann::json e = food_summary_json(*r.food);
        e["portion"] = r.portion ? nlohmann::json(r.portion->name) : nlohmann::json("100 g");
        e["grams"] = r.portion ? static_cast<double>(r.portion->food_mg) / 1000.0 : 100.0;
        e["magnesium_mg"] = mg_json(r.mg);
        e["kcal"] = kcal_json(*r.food, r.portion ? r.portion->food_mg : 100000);
        const double pk = mg_per_100_kcal(*r.food);
        e["mg_per_100_kcal"] = pk < 0 ? nlohmann::json() : nlohmann::json(std::round(pk * 10) / 10);
        j.push_back(e);
    }
    nlohmann::json left = nlohmann::json::array();
    for (const auto& r : top.left_out)
        left.push_back(
            {{"rule", r.id}, {"label", r.label}, {"tags", r.tags}, {"source", r.source}});
    return {{"per", per}, {"foods", j}, {"left_out", left}, {"note", top.note}};
}

std::string left_out_line(const TopList& top) {
    std::vector<std::string> parts;
    for (const auto& r : top.left_out) parts.push_back(fmt::format("{} [{}]", r.label, r.source));
    return parts.empty() ? std::string() : "left out: " + join(parts, "; ");
}

std::vector<std::string> everyday_groups(const FoodDb& db) {
    std::vector<std::string> groups;
    for (const auto& f : db.everyday()) groups.push_back(f.group);
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    return groups;
}

}  // namespace mg::app
