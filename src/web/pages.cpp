#include "web/pages.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "app/inputs.hpp"
#include "app/queries.hpp"
#include "app/supplement_notes.hpp"
#include "app/views.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"
#include "foods/food_db.hpp"
#include "foods/food_source.hpp"
#include "journal/day.hpp"
#include "report/weekly.hpp"
#include "web/html.hpp"
#include "web/page_parts.hpp"

namespace mg::web {
namespace {

// The one sentence the README and `mgcalc --help` say, said once here too.
constexpr std::string_view kDisclaimer =
    "mgcalc informs; it does not diagnose or prescribe. Talk to your clinician before changing "
    "medicines or starting supplements.";

std::string layout(const Scope& s, std::string_view title, std::string_view active,
                   const std::string& body, std::string_view profile_name = {}) {
    std::string nav;
    for (const auto& [path, label] : {std::pair{"/", "Day"},
                                      {"/check", "Check"},
                                      {"/week", "Week"},
                                      {"/foods", "Foods"},
                                      {"/profiles", "Profiles"}})
        nav += fmt::format("<a href=\"{}\"{}>{}</a> ", href(s, path),
                           label == active ? " aria-current=\"page\"" : "", label);
    return fmt::format(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"csrf-token\" content=\"{}\">\n<title>{} – mgcalc</title>\n"
        "<link rel=\"icon\" href=\"data:,\">\n"
        "<link rel=\"stylesheet\" href=\"/static/report.css\">\n"
        "<link rel=\"stylesheet\" href=\"/static/app.css\">\n"
        "<script src=\"/static/app.js\" defer></script>\n</head>\n<body>\n"
        "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
        "<header class=\"top\"><nav aria-label=\"Main\">{}</nav>{}</header>\n"
        "<main id=\"main\">\n{}</main>\n"
        "<footer class=\"app\"><p class=\"disclaimer\">{}</p></footer>\n</body>\n</html>\n",
        esc(s.csrf), esc(title), nav,
        profile_name.empty()
            ? std::string()
            : fmt::format("<p class=\"who\">Profile: <b id=\"profile-name\">{}</b> "
                          "(<a href=\"{}\">switch</a>)</p>",
                          esc(profile_name), href(s, "/profiles")),
        body, kDisclaimer);
}

// ?date= (or `name`) as a date, else today.
Date date_param(Scope& s, const Params& p, const char* name = "date") {
    const std::string v = param(p, name);
    return v.empty() ? s.ws.today() : app::parse_date_option(v, name, s.ws.today());
}

std::string amount_text(const JournalEntry& e) {
    if (e.kind == EntryKind::supplement && e.units > 1)
        return fmt::format("{} × {}", e.units, e.amount);
    return e.amount;
}

std::string entry_row(const JournalEntry& e) {
    const std::string tag =
        e.kind == EntryKind::supplement ? " <span class=\"tag\">supplement</span>" : "";
    return fmt::format(
        "<tr><td>{}{}</td><td>{}</td><td class=\"n\">{} mg</td><td class=\"actions\">"
        "<button type=\"button\" class=\"edit\" data-id=\"{}\" data-amount=\"{}\" "
        "aria-label=\"Change the amount of {} ({})\">Edit</button> <button type=\"button\" "
        "class=\"delete\" data-id=\"{}\" aria-label=\"Delete {} ({})\">Delete</button></td></tr>\n",
        esc(e.name), tag, esc(amount_text(e)), format_mg(e.magnesium), esc(e.id), esc(e.amount),
        esc(e.name), esc(amount_text(e)), esc(e.id), esc(e.name), esc(amount_text(e)));
}

std::string entries_by_meal(const std::vector<JournalEntry>& entries) {
    std::string o;
    std::vector<std::string> meals = known_meals();
    meals.push_back("");
    for (const auto& meal : meals) {
        std::string rows;
        for (const auto& e : entries)
            if (e.kind != EntryKind::day && e.kind != EntryKind::total && e.meal == meal)
                rows += entry_row(e);
        if (rows.empty()) continue;
        std::string title = meal.empty() ? "No meal" : meal;
        title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
        o += fmt::format(
            "<section class=\"meal\"><h2>{}</h2><table><thead><tr><th>food</th><th>amount</th>"
            "<th class=\"n\">magnesium</th><th><span class=\"sr\">actions</span></th></tr></thead>"
            "<tbody>\n{}</tbody></table></section>\n",
            esc(title), rows);
    }
    return o.empty() ? "<p id=\"empty-day\">Nothing logged on this day.</p>\n" : o;
}

// The day's totals, framed as the CLI's echo frames them (app::day_framing): no percentage
// with kidney disease; an infant's percentage is of food, and supplements are not advised.
std::string totals(const DayIntake& d, const Targets& t, app::DayFraming frame) {
    const auto [ckd, infant] = frame;
    const std::string ref = std::string(reference_name(t));
    std::string main;
    if (infant)
        main = fmt::format(
            "<b id=\"day-total\">{} mg</b><span>from food, {:.0f}% of the {} "
            "({} mg)</span>",
            format_mg(d.food), 100.0 * d.food.mg() / t.rda.mg(), ref, format_mg(t.rda));
    else if (ckd)
        main = fmt::format(
            "<b id=\"day-total\">{} mg</b><span>total; with kidney disease the "
            "targets are left to the clinician who treats your kidneys</span>",
            format_mg(d.total()));
    else
        main = fmt::format(
            "<b id=\"day-total\">{} mg</b><span>total, {:.0f}% of the {} ({} "
            "mg)</span>",
            format_mg(d.total()), 100.0 * d.total().mg() / t.rda.mg(), ref, format_mg(t.rda));
    const std::string supplements =
        infant && d.supplement.ug() > 0
            ? "supplements or medicines: not advised under 12 months (breast milk, formula and "
              "food only)"
            : "supplements";
    return fmt::format(
        "<div class=\"kpis\" id=\"totals\"><div class=\"kpi\">{}</div><div class=\"kpi\"><b>{} "
        "mg</b><span>food</span></div><div class=\"kpi\"><b>{} mg</b><span>{}</span></div>"
        "</div>\n",
        main, format_mg(d.food), format_mg(d.supplement), supplements);
}

std::string meal_select(const char* id) {
    std::string o =
        fmt::format("<select id=\"{}\" name=\"meal\"><option value=\"\">none</option>", id);
    for (const auto& m : known_meals()) o += fmt::format("<option>{}</option>", m);
    return o + "</select>";
}

std::string add_food_form(Date d) {
    return fmt::format(
        "<form id=\"add-food\" class=\"entry-form\" data-date=\"{}\">\n<h2>Add a food</h2>\n"
        "<div class=\"combo\"><label for=\"food-search\">Food</label>"
        "<input id=\"food-search\" type=\"text\" role=\"combobox\" autocomplete=\"off\" "
        "aria-autocomplete=\"list\" aria-expanded=\"false\" aria-controls=\"food-options\" "
        "placeholder=\"type to search, e.g. pumpkin seeds\" autofocus>"
        "<input type=\"hidden\" id=\"food-id\" name=\"food\">"
        "<ul id=\"food-options\" role=\"listbox\" aria-label=\"Matching foods\" "
        "hidden></ul></div>\n"
        "<div><label for=\"portion\">Portion</label><select id=\"portion\" disabled>"
        "<option value=\"\">choose a food first</option></select></div>\n"
        "<div><label for=\"amount\">Amount</label><input id=\"amount\" name=\"amount\" "
        "type=\"text\" placeholder=\"1/2 cup, 30 g, 2\"></div>\n"
        "<div><label for=\"food-meal\">Meal</label>{}</div>\n"
        "<div><button type=\"submit\">Add food</button></div>\n</form>\n",
        d.iso(), meal_select("food-meal"));
}

// The form says what `log supplement` and `rda` say of the upper limit: the profile's UL,
// for supplements and medicines only, and that antacids and laxatives count.
std::string add_supplement_form(Date d, const Targets& t, bool kidneys) {
    std::string forms = "<option value=\"\">from the name</option>";
    for (const auto& f : form_ids()) forms += fmt::format("<option>{}</option>", esc(f));
    return fmt::format(
        "<form id=\"add-supplement\" class=\"entry-form\" data-date=\"{}\">\n"
        "<h2>Add a supplement</h2>\n"
        "<p class=\"note\" id=\"sup-ul\">Upper limit: {}. {}</p>\n"
        "<div><label for=\"sup-name\">Product</label><input id=\"sup-name\" name=\"name\" "
        "type=\"text\" placeholder=\"magnesium glycinate\" required></div>\n"
        "<div><label for=\"sup-amount\">Magnesium per unit</label><input id=\"sup-amount\" "
        "name=\"amount\" type=\"text\" placeholder=\"100 mg\" required></div>\n"
        "<div><label for=\"sup-units\">Units</label><input id=\"sup-units\" name=\"units\" "
        "type=\"number\" min=\"1\" max=\"100\" value=\"1\"></div>\n"
        "<div><label for=\"sup-form\">Form</label><select id=\"sup-form\" name=\"form\">{}"
        "</select></div>\n"
        "<div class=\"check\"><input id=\"sup-compound\" name=\"compound\" type=\"checkbox\">"
        "<label for=\"sup-compound\">the amount is the compound's mass, not elemental "
        "magnesium</label></div>\n"
        "<div><label for=\"sup-meal\">Meal</label>{}</div>\n"
        "<div><button type=\"submit\">Add supplement</button></div>\n</form>\n",
        // Without an upper limit (an infant's) "it applies to all of them" would contradict it.
        d.iso(), esc(app::upper_limit_text(t, kidneys)),
        t.ul_supplemental ? esc(app::kUpperLimitCounts)
                          : std::string("Antacids and laxatives hold magnesium too."),
        forms, meal_select("sup-meal"));
}

std::string day_nav(const Scope& s, Date d) {
    return fmt::format(
        "<nav class=\"days\" aria-label=\"Days\"><a href=\"{}\" rel=\"prev\">← {}</a> "
        "<form method=\"get\" action=\"/\" class=\"inline\">{}<label "
        "for=\"date-pick\">Date</label> "
        "<input id=\"date-pick\" type=\"date\" name=\"date\" value=\"{}\"> <button>Go</button>"
        "</form> <a href=\"{}\" rel=\"next\">{} →</a></nav>\n",
        href(s, "/", "date=" + d.plus_days(-1).iso()), d.plus_days(-1).iso(), profile_field(s),
        d.iso(), href(s, "/", "date=" + d.plus_days(1).iso()), d.plus_days(1).iso());
}

}  // namespace

std::string day_page(Scope& s, const Params& p) {
    const Date d = date_param(s, p);
    const Targets t = s.ws.targets();
    const auto entries = s.ws.journal().read_range(d, d);
    std::string body = fmt::format("<h1>{} {}</h1>\n", d.weekday_abbrev(), d.iso());
    body += day_nav(s, d);
    body += totals(day_intake(entries, d), t, app::day_framing(s.ws.profile(), s.ws.today()));
    body += fmt::format(
        "<p class=\"noprint\"><button type=\"button\" id=\"copy-day\" data-from=\"{}\" "
        "data-to=\"{}\">Copy {}'s entries to this day</button></p>\n",
        d.plus_days(-1).iso(), d.iso(), d.plus_days(-1).iso());
    body += "<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n";
    // The add form first: it has the focus, and the entries follow it as they grow.
    body += add_food_form(d);
    body += entries_by_meal(entries);
    body += saved_meals(s, d);
    body += add_supplement_form(d, t, has_kidney_condition(s.ws.profile()));
    return layout(s, "Day " + d.iso(), "Day", body, s.ws.profile_name());
}

std::string check_page(Scope& s, const Params& p) {
    const Date to = date_param(s, p);
    const std::string days_text = param(p, "days", "1");
    int days = 1;
    try {
        days = std::stoi(days_text);
    } catch (const std::exception&) {
        throw UsageError("--days must be between 1 and 366");
    }
    const CheckResult r = app::check_days(s.ws, to, days);
    const Targets& t = r.targets;
    const std::string ref = std::string(reference_name(t));
    std::string body = fmt::format(
        "<h1>Magnesium check</h1>\n<form method=\"get\" action=\"/check\" class=\"inline\">{}"
        "<label for=\"check-date\">Ending</label> <input id=\"check-date\" type=\"date\" "
        "name=\"date\" value=\"{}\"> <label for=\"check-days\">Days</label> <input "
        "id=\"check-days\" type=\"number\" min=\"1\" max=\"366\" name=\"days\" value=\"{}\"> "
        "<button>Check</button></form>\n",
        profile_field(s), to.iso(), days);
    if (r.days.empty()) {
        body +=
            "<p>Nothing logged in these days. Days without entries count as missing, not "
            "zero.</p>\n";
    } else {
        body += fmt::format(
            "<div class=\"kpis\"><div class=\"kpi\"><b>{} mg</b><span>food{}</span></div>"
            "<div class=\"kpi\"><b>{} mg</b><span>supplements</span></div><div class=\"kpi\">"
            "<b id=\"check-total\">{} mg</b><span>total{}</span></div>{}</div>\n",
            format_mg(r.food_mean), days > 1 ? " (mean per food day)" : "",
            format_mg(r.supplement_mean), format_mg(r.total_mean),
            r.frames_shortfall() && r.food_days > 0
                ? fmt::format(", {:.0f}% of the {} ({} mg)", r.percent_rda, ref, format_mg(t.rda))
                : "",
            r.frames_shortfall() && r.food_days > 0
                ? fmt::format("<div class=\"kpi\"><b>{} mg</b><span>shortfall</span></div>",
                              format_mg(r.shortfall))
                : "");
    }
    body += fmt::format(
        "<p>Reference: {} {} mg, EAR {} ({}, {}). Upper limit: {}.</p>\n", ref, format_mg(t.rda),
        t.ear ? format_mg(*t.ear) + " mg" : "none", standard_label(t.standard), esc(t.life_stage),
        t.ul_supplemental
            ? format_mg(*t.ul_supplemental) + " mg/day, supplements and medicines only"
            : std::string(no_upper_limit_words(t)));
    body += fmt::format("<h2>Adequacy</h2>\n<p id=\"verdict\">{}</p>\n",
                        esc(adequacy_summary(r.adequacy)));
    for (const auto& n : {sd_summary(r.adequacy), r.adequacy.note, day_total_caveat(r)})
        if (!n.empty()) body += fmt::format("<p class=\"note\">{}</p>\n", esc(n));
    body += "<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n";
    body += "<div id=\"flags\">" + render_check_html(r, log_suggestion_button(to)) + "</div>\n";
    return layout(s, "Check", "Check", body, s.ws.profile_name());
}

std::string week_page(Scope& s, const Params& p) {
    const Date end = date_param(s, p, "ending");
    const WeeklyReport r = app::week_report(s.ws, end.plus_days(-6), "7 days ending " + end.iso());
    std::string body = fmt::format(
        "<form method=\"get\" action=\"/week\" class=\"inline noprint\">{}<label "
        "for=\"week-end\">Week ending</label> <input id=\"week-end\" type=\"date\" name=\"ending\" "
        "value=\"{}\"> <button>Show</button></form>\n<div id=\"report\">{}</div>\n",
        profile_field(s), end.iso(), render_html_body(r));
    return layout(s, "Week", "Week", body, s.ws.profile_name());
}

std::string foods_page(Scope& s, const Params& p) {
    const std::string q(trim(param(p, "q")));
    std::string body = fmt::format(
        "<h1>Foods</h1>\n<form method=\"get\" action=\"/foods\" role=\"search\">{}<label "
        "for=\"foods-q\">Search foods</label> <input id=\"foods-q\" type=\"search\" name=\"q\" "
        "value=\"{}\"> <button>Search</button></form>\n",
        profile_field(s), esc(q));
    if (!q.empty()) {
        const auto hits = s.ws.foods().search(q, 50);
        if (hits.empty()) body += fmt::format("<p>No food matches '{}'.</p>\n", esc(q));
        std::string rows;
        for (const auto& h : hits)
            rows += fmt::format(
                "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td class=\"n\">{} mg</td></tr>\n",
                href(s, "/foods/" + url_encode(h.food->id)), esc(h.food->name),
                esc(tier_label(h.food->tier())), format_mg(h.food->per_100g()));
        if (!rows.empty())
            body +=
                "<table id=\"food-results\"><thead><tr><th>food</th><th>tier</th><th "
                "class=\"n\">per 100 g</th></tr></thead><tbody>\n" +
                rows + "</tbody></table>\n";
    }
    body += "<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n";
    body += top_sources(s, p);
    body += add_custom_food_form();
    return layout(s, "Foods", "Foods", body);
}

std::string food_page(Scope& s, const std::string& id) {
    const Food& f = *s.ws.foods().choose(id, true).food;
    const SourceInfo src = source_info(f);
    std::string rows;
    for (const auto& portion : f.portions)
        rows += fmt::format(
            "<tr><td>{}</td><td class=\"n\">{} g</td><td class=\"n\">{} mg</td>"
            "<td class=\"n\">{}</td></tr>\n",
            esc(portion.name), format_grams(portion.food_mg), format_mg(f.in(portion.food_mg)),
            f.has_energy() ? fmt::format("{:.0f} kcal", f.kcal_in(portion.food_mg)) : "–");
    std::string body = fmt::format(
        "<h1>{}</h1>\n<p><span class=\"tag\">{}</span> {} · {} mg magnesium per 100 g{}</p>\n"
        "<p class=\"note\">Source: {}{}{}</p>\n",
        esc(f.name), esc(tier_label(f.tier())), esc(f.group), format_mg(f.per_100g()),
        f.has_energy() ? fmt::format(", {:.0f} kcal per 100 g", f.kcal_per_100g) : "",
        esc(src.database), src.code.empty() ? "" : ", food " + esc(src.code),
        src.note.empty() ? "" : ". " + esc(src.note));
    body +=
        "<table><thead><tr><th>portion</th><th class=\"n\">weight</th><th "
        "class=\"n\">magnesium</th><th class=\"n\">energy</th></tr></thead><tbody>\n" +
        rows + "</tbody></table>\n";
    return layout(s, f.name, "Foods", body);
}

std::string profiles_page(Scope& s) {
    std::string rows;
    for (const auto& name : app::profile_names(s.ws.paths())) {
        app::Workspace ws(app::WorkspaceOptions{.paths = s.ws.paths(),
                                                .today = s.ws.today(),
                                                .profile_arg = name,
                                                .standard = s.ws.standard_override()},
                          s.ws.shared_foods());
        std::string mean = "–", verdict = "–", flag = "none";
        try {
            const CheckResult r = app::check_days(ws, ws.today(), 7);
            if (!r.days.empty()) mean = format_mg(r.total_mean) + " mg";
            verdict = std::string(verdict_words(r.adequacy.verdict));
            // Check lists the most severe finding first (by_severity).
            if (!r.flags.empty())
                flag = fmt::format("[{}] {}", to_string(r.flags.front().rule->severity),
                                   r.flags.front().rule->title);
        } catch (const std::exception&) {
            verdict = "cannot be read";
        }
        const Scope link{.ws = app::Workspace(app::WorkspaceOptions{}),
                         .profile = name,
                         .now_utc = {},
                         .csrf = {}};
        rows += fmt::format(
            "<tr><td><a href=\"{}\">{}</a></td><td "
            "class=\"n\">{}</td><td>{}</td><td>{}</td></tr>\n",
            href(link, "/"), esc(name), mean, esc(verdict), esc(flag));
    }
    std::string body = "<h1>Profiles</h1>\n";
    try {
        const Profile& p = s.ws.profile();
        const nlohmann::json j = app::profile_json(p, s.ws.today());
        body += fmt::format(
            "<section id=\"current-profile\"><h2>{}</h2><p>{} years, {}{}{}. Medicines: {}. "
            "Conditions: {}.</p></section>\n",
            esc(s.ws.profile_name()), j["age_years"].get<int>(), esc(j["sex"].get<std::string>()),
            p.pregnant ? ", pregnant" : "", p.lactating ? ", lactating" : "",
            p.medicines.empty() ? "none" : esc(join(p.medicines)),
            p.conditions.empty() ? "none" : esc(join(p.conditions)));
        // The form writes DATA/profiles/NAME.yaml: a profile read from another file (--profile
        // FILE, a bundled example) is edited where it is, not copied into the data directory.
        const std::string& name = s.ws.profile_name();
        body += s.ws.profile_path() == s.ws.paths().profile_file(name)
                    ? edit_profile_form(name, p)
                    : "<p class=\"note\">This profile is read from a file outside the data "
                      "directory: edit it there, or make one here with <code>mgcalc profile "
                      "init</code>.</p>\n";
    } catch (const std::exception&) {
        body += "<p>Choose a profile below.</p>\n";
    }
    body += "<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n";
    body += "<h2>All profiles, last 7 days</h2>\n";
    body += rows.empty() ? "<p>No profiles in the data directory yet: create one with "
                           "<code>mgcalc profile init</code>.</p>\n"
                         : "<table id=\"profiles\"><thead><tr><th>profile</th><th "
                           "class=\"n\">mean total</th><th>verdict</th><th>highest flag</th>"
                           "</tr></thead><tbody>\n" +
                               rows + "</tbody></table>\n";
    return layout(s, "Profiles", "Profiles", body);
}

std::string error_page(const ErrorReply& e) {
    return fmt::format(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>Error – mgcalc</title>\n<link rel=\"icon\" href=\"data:,\">\n<link "
        "rel=\"stylesheet\" href=\"/static/report.css\">\n"
        "<link rel=\"stylesheet\" href=\"/static/app.css\">\n</head>\n<body>\n<main>\n"
        "<h1>Something is not right</h1>\n<p role=\"alert\">{}</p>\n{}<p><a href=\"/\">Back to "
        "today</a> · <a href=\"/profiles\">Profiles</a></p>\n</main>\n</body>\n</html>\n",
        esc(e.message), e.hint.empty() ? "" : fmt::format("<p>{}</p>\n", esc(e.hint)));
}

}  // namespace mg::web
