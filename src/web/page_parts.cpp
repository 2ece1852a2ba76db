#include "web/page_parts.hpp"

#include <fmt/format.h>

#include "app/foods_top.hpp"
#include "app/meals.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"
#include "foods/food_db.hpp"
#include "profile/vocabulary.hpp"
#include "store/meal_store.hpp"
#include "web/html.hpp"

namespace mg::web {
namespace {

// "chronic-kidney-disease, type-2-diabetes, ...": the condition ids a profile takes.
std::string condition_ids() {
    std::vector<std::string> ids;
    for (const auto& k : known_conditions()) ids.push_back(k.id);
    return join(ids);
}

}  // namespace

// A link within the app that keeps the profile chosen with ?profile=.
std::string href(const Scope& s, std::string_view path, std::string query) {
    if (!s.profile.empty())
        query = "profile=" + url_encode(s.profile) + (query.empty() ? "" : "&" + query);
    return esc(std::string(path) + (query.empty() ? "" : "?" + query));
}

// The hidden field that keeps the profile in GET forms.
std::string profile_field(const Scope& s) {
    return s.profile.empty() ? std::string()
                             : fmt::format("<input type=\"hidden\" name=\"profile\" value=\"{}\">",
                                           esc(s.profile));
}

// The saved meals (`meal list`), each with a button that logs it on day `d` (`log meal`).
std::string saved_meals(Scope& s, Date d) {
    const app::MealList list = app::read_meals(store::MealStore(s.ws.paths().meals_dir));
    std::string o = "<section id=\"saved-meals\" class=\"noprint\"><h2>Saved meals</h2>\n";
    if (list.meals.empty() && list.errors.empty())
        return o +
               "<p>No saved meals. Save one with <code>mgcalc meal save NAME --date D</code> "
               "in a terminal.</p>"
               "</section>\n";
    o += "<ul>\n";
    for (size_t i = 0; i < list.meals.size(); ++i) {
        const SavedMeal& m = list.meals[i];
        // Food names, as `meal show` prints them; an id the database no longer has stays.
        std::vector<std::string> foods;
        for (const auto& it : m.items) {
            const Food* f = s.ws.foods().find(it.food);
            foods.push_back((f ? f->name : it.food) + " " + it.amount);
        }
        // The scale of `log meal --scale N`: every amount times N.
        o += fmt::format(
            "<li><b>{}</b>{}: {} <span class=\"meal-log\"><label for=\"meal-scale-{}\">"
            "Scale</label> <input id=\"meal-scale-{}\" class=\"meal-scale\" type=\"text\" "
            "inputmode=\"decimal\" size=\"3\" value=\"1\" title=\"every amount times this, "
            "e.g. 0.5 or 1/2\"> <button type=\"button\" class=\"log-meal\" data-name=\"{}\" "
            "data-date=\"{}\" data-scale=\"meal-scale-{}\" aria-label=\"Log saved meal {} on "
            "{}\">Log {}</button></span></li>\n",
            esc(m.name), m.meal.empty() ? "" : " (" + esc(m.meal) + ")", esc(join(foods, "; ")), i,
            i, esc(m.name), d.iso(), i, esc(m.name), d.iso(), esc(m.name));
    }
    o += "</ul>\n";
    if (!list.errors.empty())
        o += fmt::format(
            "<p class=\"note\">{} saved meal {} cannot be read: <code>mgcalc meal list</code> "
            "says why.</p>\n",
            list.errors.size(), list.errors.size() == 1 ? "file" : "files");
    return o + "</section>\n";
}

// "Top sources": a group and a basis to rank by, and when asked (?group= or ?per=) the
// ranking of `foods top` with its footer.
std::string top_sources(Scope& s, const Params& p) {
    const bool asked = p.count("group") || p.count("per");
    const std::string group = param(p, "group"), per = param(p, "per", "serving");
    std::string groups = "<option value=\"\">all groups</option>";
    for (const auto& g : app::everyday_groups(s.ws.foods()))
        groups += fmt::format("<option{}>{}</option>", g == group ? " selected" : "", esc(g));
    std::string o = fmt::format(
        "<section id=\"top\"><h2>Top sources</h2>\n<form method=\"get\" action=\"/foods\" "
        "class=\"inline\">{}<label for=\"top-group\">Group</label> <select id=\"top-group\" "
        "name=\"group\">{}</select> <label for=\"top-per\">Per</label> <select id=\"top-per\" "
        "name=\"per\"><option value=\"serving\"{}>serving</option><option value=\"100g\"{}>100 "
        "g</option></select> <button>Show top sources</button></form>\n",
        profile_field(s), groups, per == "serving" ? " selected" : "",
        per == "100g" ? " selected" : "");
    if (!asked) return o + "</section>\n";
    // The page's profile makes it that person's list, as `foods top --profile NAME`.
    const app::TopList top =
        app::top_foods(s.ws.foods(), {.group = group,
                                      .per = per,
                                      .person = eligibility_for(s.ws.profile(), s.ws.today()),
                                      .pool = s.ws.suggestion_pool()});
    const auto& rows = top.rows;
    std::string body;
    for (const auto& r : rows)
        body += fmt::format(
            "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td class=\"n\">{} mg</td></tr>\n",
            href(s, "/foods/" + url_encode(r.food->id)), esc(r.food->name),
            esc(app::row_amount(r)) +
                (r.note.empty() ? "" : "<br><small>" + esc(r.note) + "</small>"),
            format_mg(r.mg));
    if (rows.empty())
        return o +
               fmt::format(
                   "<p>No foods to rank.</p><p class=\"note\" id=\"top-footer\">{}</p></section>\n",
                   esc(top.note));
    return o +
           "<table id=\"top-foods\"><thead><tr><th>food</th><th>amount</th><th "
           "class=\"n\">magnesium</th></tr></thead><tbody>\n" +
           body + "</tbody></table>\n" +
           fmt::format("{}<p class=\"note\" id=\"top-footer\">{}</p></section>\n",
                       top.left_out.empty()
                           ? std::string()
                           : fmt::format("<p class=\"note\" id=\"top-left-out\">{} (for {})</p>",
                                         esc(app::left_out_line(top)), esc(s.ws.profile_name())),
                       esc(top.note));
}

// `foods add` from a label: id, name, the label's magnesium per serving and serving size
// (or magnesium per 100 g), and a household measure. Posted by app.js to /api/v1/foods.
std::string add_custom_food_form() {
    return "<form id=\"add-custom-food\" class=\"entry-form\">\n<h2>Add your own food from a "
           "label</h2>\n"
           "<div><label for=\"cf-id\">Id (lower-case letters, digits, hyphens)</label><input "
           "id=\"cf-id\" name=\"id\" type=\"text\" placeholder=\"my-granola-bar\" "
           "required></div>\n"
           "<div><label for=\"cf-name\">Name</label><input id=\"cf-name\" name=\"name\" "
           "type=\"text\" placeholder=\"Granola bar, oats and honey\"></div>\n"
           "<div><label for=\"cf-mg-serving\">Magnesium per serving (mg)</label><input "
           "id=\"cf-mg-serving\" name=\"mg_per_serving\" type=\"text\" inputmode=\"decimal\" "
           "placeholder=\"60\"></div>\n"
           "<div><label for=\"cf-serving\">Serving size</label><input id=\"cf-serving\" "
           "name=\"serving_size\" type=\"text\" placeholder=\"40 g\"></div>\n"
           "<div><label for=\"cf-mg-100g\">or magnesium per 100 g (mg)</label><input "
           "id=\"cf-mg-100g\" name=\"mg_per_100g\" type=\"text\" inputmode=\"decimal\"></div>\n"
           "<div><label for=\"cf-portion\">A household measure and its grams (optional), e.g. 1 "
           "bar=40</label><input "
           "id=\"cf-portion\" name=\"portions\" type=\"text\" placeholder=\"1 bar=40\"></div>\n"
           "<div><button type=\"submit\">Add food</button></div>\n</form>\n";
}

// `profile init NAME --force` as a form, filled in with the profile as it is. app.js sends
// it to PUT /api/v1/profiles/NAME.
std::string edit_profile_form(const std::string& name, const Profile& p) {
    auto checked = [](bool b) { return b ? " checked" : ""; };
    auto selected = [](bool b) { return b ? " selected" : ""; };
    return fmt::format(
        "<form id=\"edit-profile\" class=\"entry-form noprint\" data-name=\"{}\">\n"
        "<h2>Edit this profile</h2>\n"
        "<div><label for=\"pf-display\">Display name</label><input id=\"pf-display\" "
        "name=\"display_name\" type=\"text\" value=\"{}\"></div>\n"
        "<div><label for=\"pf-birthdate\">Birthdate (YYYY-MM-DD)</label><input "
        "id=\"pf-birthdate\" name=\"birthdate\" type=\"text\" inputmode=\"numeric\" "
        "placeholder=\"1975-04-02\" value=\"{}\"></div>\n"
        "<div><label for=\"pf-age\">or age in years</label><input id=\"pf-age\" name=\"age\" "
        "type=\"number\" min=\"0\" max=\"130\" value=\"{}\"></div>\n"
        "<div><label for=\"pf-months\">and months, for infants</label><input id=\"pf-months\" "
        "name=\"months\" type=\"number\" min=\"0\" max=\"11\" value=\"{}\"></div>\n"
        "<div><label for=\"pf-sex\">Sex</label><select id=\"pf-sex\" name=\"sex\">"
        "<option{}>female</option><option{}>male</option></select></div>\n"
        "<div class=\"check\"><input id=\"pf-pregnant\" name=\"pregnant\" "
        "type=\"checkbox\"{}><label for=\"pf-pregnant\">pregnant</label></div>\n"
        "<div class=\"check\"><input id=\"pf-lactating\" name=\"lactating\" "
        "type=\"checkbox\"{}><label for=\"pf-lactating\">lactating "
        "(breastfeeding)</label></div>\n"
        "<div><label for=\"pf-medicines\">Medicines, comma-separated</label><input "
        "id=\"pf-medicines\" name=\"medicines\" type=\"text\" value=\"{}\"></div>\n"
        "<div><label for=\"pf-conditions\">Conditions, comma-separated ({})</label><input "
        "id=\"pf-conditions\" name=\"conditions\" type=\"text\" value=\"{}\"></div>\n"
        "<div><label for=\"pf-exclude\">Foods you avoid, comma-separated ({})</label><input "
        "id=\"pf-exclude\" name=\"exclude\" type=\"text\" value=\"{}\"></div>\n"
        "<div><button type=\"submit\">Save profile</button></div>\n</form>\n",
        esc(name), esc(p.name), p.birthdate ? p.birthdate->iso() : "",
        p.age_years ? std::to_string(*p.age_years) : "",
        p.age_months ? std::to_string(*p.age_months) : "", selected(p.sex == Sex::female),
        selected(p.sex == Sex::male), checked(p.pregnant), checked(p.lactating),
        esc(join(p.medicines)), esc(condition_ids()), esc(join(p.conditions)),
        esc(join(known_exclusion_tags())), esc(join(p.exclude)));
}

// The Check page's one-click logging: the suggestion's own food id and amount, as the check
// computed them, posted on the checked day (app.js).
SuggestionExtra log_suggestion_button(Date d) {
    return [d](const Suggestion& s) {
        return fmt::format(
            " <button type=\"button\" class=\"log-suggestion noprint\" data-food=\"{}\" "
            "data-amount=\"{}\" data-date=\"{}\" aria-label=\"Log {} of {} on {}\">Log {}</button>",
            esc(s.food_id), esc(s.amount), d.iso(), esc(s.amount), esc(s.name), d.iso(),
            esc(s.amount));
    };
}

}  // namespace mg::web
