#include "web/api.hpp"

#include <fmt/format.h>

#include <cmath>

#include "app/custom_foods.hpp"
#include "app/food_views.hpp"
#include "app/foods_top.hpp"
#include "app/inputs.hpp"
#include "app/journal_edit.hpp"
#include "app/log_warnings.hpp"
#include "app/meals.hpp"
#include "app/profile_edit.hpp"
#include "app/queries.hpp"
#include "app/supplement_notes.hpp"
#include "app/views.hpp"
#include "core/diagnostic.hpp"
#include "core/names.hpp"
#include "core/text.hpp"
#include "foods/food_db.hpp"
#include "journal/batch.hpp"
#include "journal/make_entry.hpp"
#include "report/json_common.hpp"
#include "store/fs.hpp"
#include "store/meal_store.hpp"

namespace mg::web {
namespace {

// A string field of a JSON body; UsageError when present but not a string.
std::optional<std::string> text_field(const nlohmann::json& body, const char* name) {
    if (!body.is_object() || !body.contains(name) || body[name].is_null()) return std::nullopt;
    if (!body[name].is_string()) throw UsageError(fmt::format("'{}' must be a string", name));
    return body[name].get<std::string>();
}

std::string required_text(const nlohmann::json& body, const char* name, const char* what) {
    auto v = text_field(body, name);
    if (!v || trim(*v).empty()) throw UsageError(fmt::format("{} needs '{}'", what, name));
    return *v;
}

Date date_or_today(Scope& s, const std::optional<std::string>& v, const char* what) {
    return v && !v->empty() ? app::parse_date_option(*v, what, s.ws.today()) : s.ws.today();
}

int int_param(const Params& p, const std::string& name, int fallback) {
    const std::string v = param(p, name);
    if (v.empty()) return fallback;
    try {
        size_t used = 0;
        const int n = std::stoi(v, &used);
        if (used == v.size()) return n;
    } catch (const std::exception&) {
        // reported below
    }
    throw UsageError(fmt::format("'{}' must be a whole number", name));
}

// What an append answers, as `log add --format json` does: `entries` as appended, their
// `days`, and the warnings.
nlohmann::json logged(Scope& s, const std::vector<JournalEntry>& entries, const DayTallies& days,
                      const Targets& t) {
    return app::logged_json(entries, days, t,
                            app::log_warnings(entries, days, s.ws.profile(), s.ws.today()));
}

// Writes `entries` (dates, meals, notes set) and answers as `log add --format json` does.
nlohmann::json write_entries(Scope& s, std::vector<JournalEntry> entries) {
    const Targets t = s.ws.targets();  // validate the profile before writing anything
    DayTallies days;
    auto store = s.ws.journal();
    entries = store.append(std::move(entries), &days);
    return logged(s, entries, days, t);
}

// A number field of a JSON body, given as a number or as text ("60", from a form field);
// absent, null or "" is none.
std::optional<double> number_field(const nlohmann::json& body, const char* name) {
    if (!body.contains(name) || body[name].is_null()) return std::nullopt;
    if (body[name].is_number()) return body[name].get<double>();
    if (body[name].is_string()) {
        const std::string v(trim(body[name].get<std::string>()));
        if (v.empty()) return std::nullopt;
        try {
            size_t used = 0;
            const double d = std::stod(v, &used);
            if (used == v.size()) return d;
        } catch (const std::exception&) {
            // reported below
        }
    }
    throw UsageError(fmt::format("'{}' must be a number", name));
}

// A list of strings (a JSON array, or one string); absent or null is empty. Blank items are
// left out: a form sends its empty fields too.
std::vector<std::string> text_list(const nlohmann::json& body, const char* name) {
    std::vector<std::string> out;
    if (!body.contains(name) || body[name].is_null()) return out;
    const nlohmann::json& v = body[name];
    if (v.is_string()) {
        if (!trim(v.get<std::string>()).empty()) out.push_back(v.get<std::string>());
        return out;
    }
    if (!v.is_array()) throw UsageError(fmt::format("'{}' must be a list of strings", name));
    for (const auto& item : v) {
        if (!item.is_string())
            throw UsageError(fmt::format("'{}' must be a list of strings", name));
        if (!trim(item.get<std::string>()).empty()) out.push_back(item.get<std::string>());
    }
    return out;
}

// A text field where "" means not given, as an option left off the command line.
std::optional<std::string> given_text(const nlohmann::json& body, const char* name) {
    auto v = text_field(body, name);
    return v && !trim(*v).empty() ? v : std::nullopt;
}

// A whole number, given as a number or as text (a form field); absent, null or "" is none.
std::optional<int> whole_field(const nlohmann::json& body, const char* name) {
    const auto v = number_field(body, name);
    if (v && (!(std::abs(*v) < 1e6) || *v != std::floor(*v)))
        throw UsageError(fmt::format("'{}' must be a whole number", name));
    return v ? std::optional(static_cast<int>(*v)) : std::nullopt;
}

bool flag_field(const nlohmann::json& body, const char* name) {
    if (!body.contains(name) || body[name].is_null()) return false;
    if (!body[name].is_boolean()) throw UsageError(fmt::format("'{}' must be true or false", name));
    return body[name].get<bool>();
}

SupplementDose supplement_dose(const nlohmann::json& body) {
    SupplementDose dose{.name = required_text(body, "name", "a supplement"),
                        .amount = required_text(body, "amount", "a supplement"),
                        .units = 1,
                        .form = {},
                        .compound = body.value("compound", false)};
    if (body.contains("units") && !body["units"].is_null()) {
        if (!body["units"].is_number_integer()) throw UsageError("'units' must be a whole number");
        dose.units = app::check_units(body["units"].get<int>());
    }
    const auto form = text_field(body, "form");
    dose.form = form && !form->empty()
                    ? FormMatch{.kind = FormMatch::Kind::one, .form = &app::parse_form(*form)}
                    : match_form(dose.name);
    return dose;
}

}  // namespace

nlohmann::json api_foods_search(Scope& s, const Params& p) {
    const std::string q(trim(param(p, "q")));
    const int limit = int_param(p, "limit", 10);
    if (limit < 1 || limit > 1000) throw UsageError("--limit must be between 1 and 1000");
    nlohmann::json results = nlohmann::json::array();
    if (!q.empty())
        for (const auto& h : s.ws.foods().search(q, static_cast<size_t>(limit)))
            results.push_back(app::food_summary_json(*h.food));
    nlohmann::json out = {{"query", q}};
    out["results"] = std::move(results);  // not copied, as an initializer list would
    return out;
}

nlohmann::json api_foods_top(Scope& s, const Params& p) {
    const int limit = int_param(p, "limit", 15);
    if (limit < 1 || limit > 1000) throw UsageError("--limit must be between 1 and 1000");
    const app::TopQuery q{.group = param(p, "group"),
                          .per = param(p, "per", "serving"),
                          .limit = static_cast<size_t>(limit),
                          .person = eligibility_for(s.ws.profile(), s.ws.today()),
                          .pool = s.ws.suggestion_pool()};
    return app::top_json(app::top_foods(s.ws.foods(), q), q.per);
}

nlohmann::json api_add_food(Scope& s, const nlohmann::json& body) {
    if (!body.is_object()) throw UsageError("the request body must be a JSON object");
    const auto id = given_text(body, "id");
    if (!id)
        throw UsageError("foods add needs an ID",
                         "mgcalc foods add my-bar --mg-per-serving 60 --serving-size '40 g'")
            .in_form_words("a food needs an id", "e.g. my-granola-bar");
    const Food f = app::add_custom_food(s.ws.paths(), s.ws.foods(),
                                        {.id = *id,
                                         .name = given_text(body, "name"),
                                         .group = given_text(body, "group"),
                                         .mg_per_100g = number_field(body, "mg_per_100g"),
                                         .mg_per_serving = number_field(body, "mg_per_serving"),
                                         .serving_size = given_text(body, "serving_size"),
                                         .portions = text_list(body, "portions"),
                                         .aliases = text_list(body, "aliases"),
                                         .tags = text_list(body, "tags"),
                                         .force = flag_field(body, "force")});
    return app::added_food_json(f);
}

nlohmann::json api_food(Scope& s, const std::string& id) {
    const Choice choice = s.ws.foods().choose(id, true);
    return app::food_detail_json(*choice.food, choice.guessed);
}

nlohmann::json api_entries(Scope& s, const Params& p) {
    const std::string date = param(p, "date");
    if (!date.empty()) {
        const Date d = app::parse_date_option(date, "date", s.ws.today());
        return app::entries_json(s.ws, d, d);
    }
    const Date to = date_or_today(s, param(p, "to"), "to");
    const std::string from = param(p, "from");
    return app::entries_json(
        s.ws, from.empty() ? to : app::parse_date_option(from, "from", s.ws.today()), to);
}

namespace {

// The fields are read before the item is built: GCC 12 destroys a half-built braced
// initializer list wrongly when an element's initializer throws (ASan: stack-use-after-scope).
JournalEntry food_entry_from(Scope& s, const nlohmann::json& body) {
    std::string food = required_text(body, "food", "a food entry");
    std::string amount = required_text(body, "amount", "a food entry");
    std::vector<FoodItem> items;
    items.push_back(FoodItem{.food = std::move(food), .amount = std::move(amount)});
    return food_entries(s.ws.foods(), items).front();
}

}  // namespace

PreparedAdd api_prepare_add(Scope& s, const nlohmann::json& body) {
    if (!body.is_object()) throw UsageError("the request body must be a JSON object");
    const Date date = date_or_today(s, text_field(body, "date"), "date");
    const auto meal = text_field(body, "meal");
    const bool supplement = body.value("kind", "food") == "supplement";
    const std::optional<SupplementDose> dose =
        supplement ? std::optional(supplement_dose(body)) : std::nullopt;
    JournalEntry e = dose ? supplement_entry(*dose) : food_entry_from(s, body);
    e.date = date;
    e.meal = meal && !meal->empty() ? app::parse_meal(*meal) : std::string();
    if (auto note = text_field(body, "note")) e.note = *note;
    e.added = s.now_utc;
    // The profile is checked before anything is written, as write_entries does.
    return PreparedAdd{
        .entry = std::move(e), .targets = s.ws.targets(), .journal = s.ws.journal(), .dose = dose};
}

nlohmann::json api_added(Scope& s, const PreparedAdd& add, const std::vector<JournalEntry>& entries,
                         const DayTallies& days) {
    nlohmann::json j = logged(s, entries, days, add.targets);
    // As `log supplement --format json`: the note on a hydroxide dose taken as elemental.
    if (const auto note = add.dose ? app::compound_note(*add.dose, add.entry) : std::nullopt)
        j["compound_note"] = app::compound_note_json(*note);
    return j;
}

nlohmann::json api_add_entry(Scope& s, const nlohmann::json& body) {
    PreparedAdd add = api_prepare_add(s, body);
    DayTallies days;
    const std::vector<JournalEntry> entries = add.journal.append({add.entry}, &days);
    return api_added(s, add, entries, days);
}

nlohmann::json api_copy_day(Scope& s, const nlohmann::json& body) {
    if (!body.is_object()) throw UsageError("the request body must be a JSON object");
    const Date from =
        app::parse_date_option(required_text(body, "from", "a copy"), "from", s.ws.today());
    const Date to = date_or_today(s, text_field(body, "to"), "to");
    if (from == to)
        throw UsageError(fmt::format("--from and --to are the same day ({})", from.iso()),
                         "copy to another day with --to DAY")
            .in_form_words(fmt::format("the day to copy from is this day ({})", from.iso()),
                           "copy to another day");
    const auto meal = text_field(body, "meal");
    auto store = s.ws.journal();
    return write_entries(
        s, app::copies_of_day(store, from, meal && !meal->empty() ? app::parse_meal(*meal) : "", to,
                              s.now_utc)
               .entries);
}

nlohmann::json api_log_meal(Scope& s, const nlohmann::json& body) {
    if (!body.is_object()) throw UsageError("the request body must be a JSON object");
    const SavedMeal m =
        store::MealStore(s.ws.paths().meals_dir).get(required_text(body, "name", "a saved meal"));
    const auto meal = text_field(body, "meal");
    const app::MealLog how{
        .date = date_or_today(s, text_field(body, "date"), "date"),
        .meal = meal && !meal->empty() ? std::optional(app::parse_meal(*meal)) : std::nullopt,
        .note = text_field(body, "note"),
        .added = s.now_utc};
    // "scale": text ("1/2", from a form field) or a number; absent or "" is 1, as --scale.
    std::string scale = "1";
    if (body.contains("scale") && body["scale"].is_number())
        scale = fmt::format("{}", body["scale"].get<double>());
    else if (const auto given = given_text(body, "scale"))
        scale = *given;
    return write_entries(s, app::saved_meal_entries(s.ws.foods(), m, app::parse_scale(scale), how));
}

nlohmann::json api_meals(Scope& s) {
    const app::MealList list = app::read_meals(store::MealStore(s.ws.paths().meals_dir));
    // As `meal list` exits 1 after listing: one broken file is an error, with its location.
    if (!list.errors.empty()) throw InputError(list.errors);
    return app::meals_json(list.meals);
}

nlohmann::json api_edit_entry(Scope& s, const std::string& id, const nlohmann::json& body) {
    if (!body.is_object()) throw UsageError("the request body must be a JSON object");
    app::EntryEdit edit{.amount = text_field(body, "amount"),
                        .food = text_field(body, "food"),
                        .meal = text_field(body, "meal"),
                        .date = std::nullopt,
                        .note = text_field(body, "note")};
    if (edit.meal && !edit.meal->empty()) edit.meal = app::parse_meal(*edit.meal);
    if (auto d = text_field(body, "date"))
        edit.date = app::parse_date_option(*d, "date", s.ws.today());
    auto store = s.ws.journal();
    const JournalEntry after =
        app::edit_entry(store, id, edit, [&s]() -> const FoodDb& { return s.ws.foods(); });
    const auto warnings = app::warnings_after_edit(store, edit, after, s.ws.today());
    return {{"edited", app::entry_json(after)}, {"warnings", app::log_warnings_json(warnings)}};
}

nlohmann::json api_delete_entry(Scope& s, const std::string& id) {
    auto store = s.ws.journal();
    return {{"removed", app::entry_json(app::remove_entry(store, id))}};
}

nlohmann::json api_check(Scope& s, const Params& p) {
    const Date to = date_or_today(s, param(p, "date"), "date");
    const CheckResult r = app::check_days(s.ws, to, int_param(p, "days", 1));
    return app::check_json(r, s.ws.profile(), to);
}

nlohmann::json api_week(Scope& s, const Params& p) {
    const Date end = date_or_today(s, param(p, "ending"), "ending");
    const WeeklyReport r = app::week_report(s.ws, end.plus_days(-6), "7 days ending " + end.iso());
    return nlohmann::json::parse(render_json(r));
}

nlohmann::json api_profiles(Scope& s) {
    nlohmann::json names = app::profile_names(s.ws.paths());
    std::string selected;
    try {
        selected = s.ws.profile_name();
    } catch (const std::exception&) {
        // No default profile (none or several): the list still answers.
    }
    return {{"profiles", names},
            {"selected", selected.empty() ? nlohmann::json() : nlohmann::json(selected)}};
}

namespace {

app::Workspace profile_workspace(Scope& s, const std::string& name) {
    return app::Workspace(app::WorkspaceOptions{.paths = s.ws.paths(),
                                                .today = s.ws.today(),
                                                .profile_arg = name,
                                                .standard = s.ws.standard_override()});
}

}  // namespace

nlohmann::json api_profile(Scope& s, const std::string& name) {
    if (auto problem = name_problem(name))
        throw UsageError("profile name " + *problem, std::string(kNameRule));
    app::Workspace ws = profile_workspace(s, name);
    nlohmann::json j{{"name", ws.profile_name()}};
    j["profile"] = app::profile_json(ws.profile(), ws.today());
    j["targets"] = targets_json(ws.targets(), !has_kidney_condition(ws.profile()));
    return j;
}

}  // namespace mg::web

namespace mg::web {

nlohmann::json api_put_profile(Scope& s, const std::string& name, const nlohmann::json& body) {
    // Before anything else: the name becomes DATA/profiles/NAME.yaml.
    app::check_new_profile_name(name);
    if (!body.is_object()) throw UsageError("the request body must be a JSON object");
    // The form has the fields of `profile init`; a preferred standard in the file stays. A
    // file that does not parse is reported, not replaced: fix it by hand or with the CLI.
    std::optional<Standard> standard;
    if (store::exists(s.ws.paths().profile_file(name)))
        standard = profile_workspace(s, name).profile().standard;
    Profile p = app::profile_from(name,
                                  {.display_name = given_text(body, "display_name"),
                                   .sex = given_text(body, "sex"),
                                   .birthdate = given_text(body, "birthdate"),
                                   .age = whole_field(body, "age"),
                                   .months = whole_field(body, "months"),
                                   .pregnant = flag_field(body, "pregnant"),
                                   .lactating = flag_field(body, "lactating"),
                                   .medicines = text_list(body, "medicines"),
                                   .conditions = text_list(body, "conditions"),
                                   .exclude = text_list(body, "exclude")},
                                  s.ws.today(), "birthdate");
    p.standard = standard;
    app::write_profile(s.ws.paths(), name, p, true);
    return api_profile(s, name);
}

}  // namespace mg::web
