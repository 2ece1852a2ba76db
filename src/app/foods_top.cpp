#include "app/foods_top.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "app/food_views.hpp"
#include "core/diagnostic.hpp"
#include "core/mass.hpp"
#include "core/text.hpp"
#include "engine/suggest.hpp"
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

namespace {

// Density alone ranks brewed coffee and a teaspoon of dried basil first: a food must also
// bring at least 10 mg in its serving to count as a source per 100 kcal.
bool kcal_source(const Food& f, std::int64_t serving_food_mg) {
    return mg_per_100_kcal(f) >= 0 && f.in(serving_food_mg) >= Magnesium::from_mg(10);
}

// The row of `f` ranked `per` 100 g or per the serving `amount` (weighing `food_mg`).
TopRow row_of(const Food& f, const std::string& per, std::string amount, std::int64_t food_mg) {
    if (per != "serving")
        return {.food = &f, .amount = "100 g", .food_mg = 100000, .mg = f.per_100g()};
    return {.food = &f, .amount = std::move(amount), .food_mg = food_mg, .mg = f.in(food_mg)};
}

bool has_any_tag(const Food& f, const std::vector<std::string>& tags) {
    return std::any_of(tags.begin(), tags.end(), [&](const std::string& t) {
        return std::find(f.tags.begin(), f.tags.end(), t) != f.tags.end();
    });
}

// Records that `rule` left a food out, once per rule.
void note_left_out(std::vector<EligibilityRule>& left_out, const EligibilityRule& rule) {
    if (std::none_of(left_out.begin(), left_out.end(),
                     [&](const EligibilityRule& r) { return r.id == rule.id; }))
        left_out.push_back(rule);
}

// SR28 names every alcoholic drink "Alcoholic beverage(s), ..." (its table has no tags).
bool sr28_alcohol(const Food& f) {
    return to_lower(f.name).starts_with("alcoholic beverage");
}

// A person's list: the pool foods check may suggest to them, in its servings for them.
std::vector<TopRow> person_rows(const FoodDb& db, const TopQuery& q, const std::string& group,
                                const std::vector<std::string>& excl,
                                std::vector<EligibilityRule>& left_out) {
    std::vector<TopRow> rows;
    for (const auto& s : q.pool->servings) {
        const Food* f = db.find(s.food_id);
        if (!f || f->id != s.food_id || (!group.empty() && f->group != group) ||
            has_any_tag(*f, excl))
            continue;
        if (const EligibilityRule* rule = q.person->excluded_by(*f)) {
            note_left_out(left_out, *rule);
            continue;
        }
        const auto sg = pool_serving(*f, s, *q.pool, *q.person);
        if (!sg || (q.per == "100kcal" && !kcal_source(*f, sg->food_mg))) continue;
        TopRow r = row_of(*f, q.per, sg->amount, sg->food_mg);
        r.note = sg->note;
        rows.push_back(std::move(r));
    }
    return rows;
}

// Anyone's list: every food of the table (or the whole SR28 table), less alcohol.
std::vector<TopRow> table_rows(const std::vector<const Food*>& foods, const TopQuery& q,
                               const std::string& group, const std::vector<std::string>& excl,
                               const Eligibility& rules, std::vector<EligibilityRule>& left_out) {
    std::vector<TopRow> rows;
    for (const Food* fp : foods) {
        const Food& f = *fp;
        if ((!group.empty() && f.group != group) || has_any_tag(f, excl) || sr28_alcohol(f))
            continue;
        if (const EligibilityRule* rule = rules.excluded_by(f)) {
            note_left_out(left_out, *rule);
            continue;
        }
        const Portion* p = f.serving_portion();
        if (q.per == "100kcal" && !kcal_source(f, default_serving(f).food_mg)) continue;
        rows.push_back(row_of(f, q.per, p ? p->name : "100 g", p ? p->food_mg : 100000));
    }
    return rows;
}

}  // namespace

TopList top_foods(const FoodDb& db, const TopQuery& q) {
    const std::string& per = q.per;
    if (per != "serving" && per != "100g" && per != "100kcal")
        throw UsageError(fmt::format("--per '{}' must be serving or 100g", per));
    const std::vector<std::string> excl = exclusion_tags(q.exclude);
    const std::string group = slugify(q.group);
    if (!group.empty()) check_group(db, group);
    std::vector<const Food*> table;
    for (const auto& f : db.everyday()) table.push_back(&f);
    // An SR28 group (e.g. nut-and-seed-products) only exists in the full table.
    const bool group_in_everyday =
        group.empty() ||
        std::any_of(table.begin(), table.end(), [&](const Food* f) { return f->group == group; });
    const bool untagged = q.all || !group_in_everyday;
    if (untagged && q.person)
        throw UsageError(
            "the whole USDA table's foods carry no dietary tags, so a profile's rules (caffeine, "
            "gluten, allergens, ...) cannot be applied to them",
            "leave out --profile for the raw table, or leave out --all (and an SR28-only --group) "
            "to rank the foods mgcalc has tagged");
    if (untagged) table = db.all();
    std::vector<EligibilityRule> left_out;
    std::vector<TopRow> rows;
    std::string note = std::string(kTopNote);
    // The whole table cannot be sorted by rules it has no tags for: only alcohol is left out
    // of it (by its tags where it has them, else by SR28's name), and the note says so.
    const Eligibility rules = q.person ? *q.person : eligibility_for_anyone();
    if (q.person && rules.no_suggestions)
        note = "check suggests no foods here: " + rules.no_suggestions_why +
               "; 'mgcalc foods top' without a profile ranks the food table";
    else if (q.person && !q.pool)
        note =
            "no reviewed list of foods to suggest was found (foods/source/suggestions.yaml), "
            "so none is ranked for a person";
    else if (q.person)
        rows = person_rows(db, q, group, excl, left_out), note = std::string(kPersonTopNote);
    else
        rows = table_rows(table, q, group, excl, rules, left_out);
    if (untagged)
        note =
            "food composition, not advice: USDA's whole table carries no dietary tags, so "
            "caffeine and allergens are not left out (alcohol never is ranked); 'mgcalc check' "
            "suggests foods that suit your profile";
    if (per == "100kcal")
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
    return {.rows = std::move(rows),
            .left_out = std::move(ordered),
            .note = std::move(note),
            .untagged = untagged};
}

nlohmann::json top_json(const TopList& top, const std::string& per) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& r : top.rows) {
        nlohmann::json e = food_summary_json(*r.food);
        e["portion"] = r.amount;
        e["grams"] = static_cast<double>(r.food_mg) / 1000.0;
        e["magnesium_mg"] = mg_json(r.mg);
        e["kcal"] = kcal_json(*r.food, r.food_mg);
        if (!r.note.empty()) e["note"] = r.note;
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

std::string row_amount(const TopRow& r) {
    return r.amount == "100 g" ? r.amount
                               : fmt::format("{} ({} g)", r.amount, format_grams(r.food_mg));
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
