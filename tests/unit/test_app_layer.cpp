// The application layer both front ends call (src/app): what a person types, checked once
// (inputs), the questions asked of a workspace (queries), changes to logged entries
// (journal_edit) and the JSON of entries and foods (views, food_views), on a temporary data
// directory with a fixed today.
#include <catch2/catch.hpp>

#include "app/food_views.hpp"
#include "app/inputs.hpp"
#include "app/journal_edit.hpp"
#include "app/log_warnings.hpp"
#include "app/profile_memo.hpp"
#include "app/queries.hpp"
#include "app/views.hpp"
#include "app_fixture.hpp"
#include "core/diagnostic.hpp"
#include "foods/food_db.hpp"

using namespace mg;
using Json = nlohmann::json;

namespace {

Date day(int m, int d) {
    return Date::from_ymd(2026, m, d);
}

JournalEntry food(Date d, int mg, const std::string& id, const std::string& added = "") {
    JournalEntry e;
    e.date = d;
    e.kind = EntryKind::food;
    e.food_id = id;
    e.name = id;
    e.amount = "1 medium";
    e.magnesium = Magnesium::from_mg(mg);
    e.meal = "lunch";
    e.added = added;
    return e;
}

JournalEntry supplement(Date d, int mg) {
    JournalEntry e;
    e.date = d;
    e.kind = EntryKind::supplement;
    e.name = "magnesium citrate";
    e.amount = std::to_string(mg) + " mg";
    e.magnesium = Magnesium::from_mg(mg);
    return e;
}

}  // namespace

TEST_CASE("dates are strict YYYY-MM-DD or a word relative to today", "[app][inputs]") {
    CHECK(app::parse_date_option("2026-03-04", "--date") == day(3, 4));
    for (const char* bad : {"2026-3-4", "2026-02-30", "today", "", "2026-03-04x"}) {
        INFO(bad);
        CHECK_THROWS_AS(app::parse_date_option(bad, "--date"), InputError);
    }
    const Date today = day(3, 4);  // a Wednesday
    CHECK(app::parse_date_option("today", "date", today) == today);
    CHECK(app::parse_date_option("yesterday", "date", today) == day(3, 3));
    CHECK(app::parse_date_option("2026-01-31", "date", today) == day(1, 31));
    try {
        app::parse_date_option("someday", "date", today);
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.diagnostics().front().message == "date 'someday' is not a date");
        CHECK_FALSE(e.diagnostics().front().hint.empty());
    }
}

TEST_CASE("meals, forms and units are checked with a hint", "[app][inputs]") {
    CHECK(app::parse_meal("Lunch") == "lunch");
    CHECK(app::parse_meal("snack") == "snack");
    try {
        app::parse_meal("lunhc");
        FAIL("no error");
    } catch (const UsageError& e) {
        CHECK(std::string(e.what()) == "unknown meal 'lunhc'");
        CHECK(e.hint().find("lunch") != std::string::npos);
    }
    CHECK_THROWS_AS(app::parse_meal(""), UsageError);
    CHECK(app::parse_form("citrate").id == "citrate");
    CHECK_THROWS_AS(app::parse_form("citrat"), UsageError);
    CHECK(app::check_units(1) == 1);
    CHECK(app::check_units(100) == 100);
    CHECK_THROWS_AS(app::check_units(0), UsageError);
    CHECK_THROWS_AS(app::check_units(101), UsageError);
}

TEST_CASE_METHOD(test::AppFixture, "check and the week read the days asked for", "[app][queries]") {
    auto ws = workspace();
    ws.journal().append({food(day(3, 4), 120, "banana"), supplement(day(3, 4), 100),
                         food(day(2, 20), 50, "banana")},
                        nullptr);
    CHECK_THROWS_AS(app::check_days(ws, day(3, 4), 0), UsageError);
    CHECK_THROWS_AS(app::check_days(ws, day(3, 4), 367), UsageError);
    const CheckResult one = app::check_days(ws, day(3, 4), 1);
    const Json j = app::check_json(one, ws.profile(), day(3, 4));
    CHECK(j["profile"] == "ann");
    CHECK(j["date"] == "2026-03-04");
    const WeeklyReport week = app::week_report(ws, day(2, 26), "7 days ending 2026-03-04");
    CHECK(week.week == "7 days ending 2026-03-04");
    CHECK(week.end == day(3, 4));
    REQUIRE(week.days.size() == 7);
    CHECK(week.days_logged == 1);  // 2026-02-20 is before the week
    CHECK(week.supplement_max.mg() == 100.0);
}

TEST_CASE_METHOD(test::AppFixture, "entries_json lists the range with day totals and missing foods",
                 "[app][queries]") {
    auto ws = workspace();
    ws.journal().append({food(day(3, 3), 120, "banana"), food(day(3, 4), 30, "no-such-food"),
                         supplement(day(3, 4), 100)},
                        nullptr);
    const Json j = app::entries_json(ws, day(3, 4), day(3, 4));
    CHECK(j["from"] == "2026-03-04");
    REQUIRE(j["entries"].size() == 2);
    CHECK(j["entries"][0]["food_missing"] == true);
    CHECK_FALSE(j["entries"][1].contains("food_missing"));
    REQUIRE(j["days"].size() == 1);
    CHECK(app::orphan_ids(ws, ws.journal().read_range(day(3, 3), day(3, 4))) ==
          std::vector<std::string>{"20260304-1"});
    CHECK(app::entries_json(ws, day(3, 1), day(3, 4))["entries"].size() == 3);
    CHECK_THROWS_AS(app::entries_json(ws, day(3, 4), day(3, 3)), UsageError);
    CHECK_NOTHROW(app::entries_json(ws, Date::from_ymd(2016, 2, 25), day(3, 4)));
    CHECK_THROWS_AS(app::entries_json(ws, Date::from_ymd(2016, 2, 24), day(3, 4)), UsageError);
}

TEST_CASE_METHOD(test::AppFixture, "logged_json answers one entry or several with the day",
                 "[app][queries]") {
    auto ws = workspace();
    DayTallies days;
    auto written = ws.journal().append({food(day(3, 4), 120, "banana")}, &days);
    Json one = app::logged_json(written, days, ws.targets(), {});
    CHECK(one["entry"]["id"] == "20260304-1");
    CHECK_FALSE(one.contains("entries"));
    CHECK(one.contains("reference"));
    CHECK(one["warnings"] == Json::array());
    written = ws.journal().append({food(day(3, 4), 10, "a"), food(day(3, 4), 20, "b")}, &days);
    const Json two =
        app::logged_json(written, days, ws.targets(),
                         {{.id = "future-date", .message = "a typo?", .remove_id = "20260304-2"}});
    CHECK(two["entries"].size() == 2);
    CHECK_FALSE(two.contains("entry"));
    // The id and the words; how to remove the entry is each front end's.
    CHECK(two["warnings"] == Json::array({{{"id", "future-date"}, {"message", "a typo?"}}}));
}

TEST_CASE_METHOD(test::AppFixture, "entries are removed and edited under the journal's lock",
                 "[app][journal-edit]") {
    auto ws = workspace();
    auto store = ws.journal();
    store.append({food(day(3, 4), 32, "banana", "2026-03-04T08:00:00Z"),
                  food(day(3, 4), 10, "banana", "2026-03-04T09:00:00Z")},
                 nullptr);
    CHECK_THROWS_AS(app::remove_entry(store, "20260304-9"), InputError);

    auto foods = [&ws]() -> const FoodDb& { return ws.foods(); };
    const JournalEntry more =
        app::edit_entry(store, "20260304-1", app::EntryEdit{.amount = "2 medium"}, foods);
    CHECK(more.amount == "2 medium");
    // Recomputed from the food database (banana: 27 mg per 100 g, 118 g each).
    CHECK(more.magnesium.mg() == Approx(63.72).margin(0.01));
    const JournalEntry moved =
        app::edit_entry(store, "20260304-1", app::EntryEdit{.date = day(3, 5)}, foods);
    CHECK(moved.date == day(3, 5));
    CHECK(moved.id == "20260305-1");
    CHECK(store.read_range(day(3, 4), day(3, 4)).size() == 1);
    CHECK_THROWS_AS(
        app::edit_entry(store, "20260304-2", app::EntryEdit{.amount = "1 wheelbarrow"}, foods),
        InputError);

    const auto last = app::remove_last_added(store);
    REQUIRE(last);
    CHECK(last->id == "20260304-2");  // added at 09:00, the latest
    CHECK(app::remove_entry(store, "20260305-1").id == "20260305-1");
    CHECK_FALSE(app::remove_last_added(store));
}

TEST_CASE_METHOD(test::AppFixture, "a day is copied once, and only what it holds",
                 "[app][journal-edit]") {
    auto ws = workspace();
    auto store = ws.journal();
    store.append({food(day(3, 3), 32, "banana"), supplement(day(3, 3), 100)}, nullptr);
    CHECK_THROWS_AS(app::copies_of_day(store, day(3, 1), "", day(3, 4), "t"), InputError);
    const app::DayCopy all = app::copies_of_day(store, day(3, 3), "", day(3, 4), "t");
    REQUIRE(all.entries.size() == 2);
    CHECK(all.entries[0].date == day(3, 4));
    CHECK(all.entries[0].added == "t");
    CHECK(app::copies_of_day(store, day(3, 3), "lunch", day(3, 4), "t").entries.size() == 1);
    store.append(all.entries, nullptr);
    CHECK_THROWS_AS(app::copies_of_day(store, day(3, 3), "", day(3, 4), "t"), InputError);
    CHECK(app::copies_of_day(store, day(3, 3), "", day(3, 4), "t", true).already == 2);
}

TEST_CASE("entry JSON", "[app][views]") {
    JournalEntry f = food(day(3, 4), 32, "banana");
    f.id = "20260304-1";
    f.food_mg = 118000;
    const Json fj = app::entry_json(f);
    CHECK(fj["kind"] == "food");
    CHECK(fj["grams"] == 118.0);
    CHECK(fj["magnesium_mg"] == 32.0);
    CHECK_FALSE(fj.contains("note"));
    JournalEntry mark;
    mark.kind = EntryKind::day;
    mark.date = day(3, 4);
    mark.complete = true;
    const Json mj = app::entry_json(mark);
    CHECK(mj["name"].is_null());
    CHECK(mj["amount"].is_null());
    CHECK(mj["complete"] == true);
    CHECK(app::kind_name(EntryKind::supplement) == "supplement");
    CHECK(app::complete_json(std::nullopt).is_null());
    CHECK(app::mark_label(false) == "day marked incomplete");
}

TEST_CASE_METHOD(test::AppFixture, "food JSON carries the database's numbers",
                 "[app][food-views]") {
    auto ws = workspace();
    const Food& banana = *ws.foods().find("banana");
    const Json s = app::food_summary_json(banana);
    CHECK(s["id"] == "banana");
    CHECK(s["tier"] == "everyday");
    CHECK(s["mg_per_100g"] == 27.0);
    CHECK(s["kcal_per_100g"] == 89);
    const Json d = app::food_detail_json(banana, true);
    CHECK(d["guessed"] == true);
    CHECK(d["portions"].size() == banana.portions.size());
    CHECK(d["aliases"] == Json::array({"bananas"}));
    Food no_energy = banana;
    no_energy.kcal_per_100g = -1;  // the source has none
    CHECK(app::kcal_json(no_energy, 100000).is_null());
    CHECK(app::kcal_json(banana, 118000) == 105);  // 89 kcal per 100 g x 118 g
}

namespace {

Profile person(int age, std::vector<std::string> conditions = {}) {
    Profile p;
    p.name = "p";
    p.sex = Sex::female;
    p.age_years = age;
    p.conditions = std::move(conditions);
    return p;
}

std::vector<std::string> warning_ids(const std::vector<app::LogWarning>& ws) {
    std::vector<std::string> ids;
    for (const auto& w : ws) ids.push_back(w.id);
    return ids;
}

}  // namespace

TEST_CASE("logging warns on over 2 kg of one food, naming the entry to remove",
          "[app][log-warnings]") {
    JournalEntry e = food(day(3, 4), 900, "almonds");
    e.id = "20260304-1";
    e.food_mg = 3'000'000;
    const auto w = app::log_warnings({e}, tally_days(std::vector{e}), person(40), day(3, 4));
    REQUIRE(w.size() == 1);
    CHECK(w[0].id == "implausible-amount");
    CHECK(w[0].message ==
          "3000 g of almonds in one entry: if that is not what was eaten, remove it");
    CHECK(w[0].remove_id == "20260304-1");
    // 2 kg exactly is a lot, but no typo guard's business.
    e.food_mg = 2'000'000;
    CHECK(app::log_warnings({e}, tally_days(std::vector{e}), person(40), day(3, 4)).empty());
}

TEST_CASE("after an edit, a typo guard's remedy is another edit, not a removal",
          "[app][log-warnings]") {
    JournalEntry e = food(day(3, 5), 900, "almonds");
    e.id = "20260305-1";
    e.food_mg = 3'000'000;
    const std::vector<JournalEntry> on_day{e};
    const auto w = app::edit_warnings(e, true, true, on_day, day(3, 4));
    REQUIRE(w.size() == 2);
    CHECK(w[0].message ==
          "3000 g of almonds in one entry: if that is not what was eaten, correct the amount");
    CHECK(w[0].edit_option == "--amount");
    CHECK(w[1].message ==
          "2026-03-05 is after today (2026-03-04): if the date is a typo, correct it");
    CHECK(w[1].edit_option == "--date");
    for (const auto& one : w) {
        CHECK(one.edit_id == "20260305-1");
        CHECK(one.remove_id.empty());
    }
    // Neither the amount nor the date changed (a note, a meal): no guard speaks.
    CHECK(app::edit_warnings(e, false, false, on_day, day(3, 4)).empty());
}

TEST_CASE("logging warns on a day after today", "[app][log-warnings]") {
    JournalEntry e = food(day(3, 5), 30, "banana");
    e.id = "20260305-1";
    const auto w = app::log_warnings({e}, tally_days(std::vector{e}), person(40), day(3, 4));
    REQUIRE(w.size() == 1);
    CHECK(w[0].id == "future-date");
    CHECK(w[0].message ==
          "2026-03-05 is after today (2026-03-04): if the date is a typo, remove the entry");
    CHECK(w[0].remove_id == "20260305-1");
    // Both guards when both apply: a typo in the amount does not hide one in the date.
    e.food_mg = 3'000'000;
    CHECK(warning_ids(app::log_warnings({e}, tally_days(std::vector{e}), person(40), day(3, 4))) ==
          std::vector<std::string>{"implausible-amount", "future-date"});
}

TEST_CASE("logging on a day with an imported day total warns that it still counts",
          "[app][log-warnings]") {
    JournalEntry total = food(day(3, 3), 250, "");
    total.kind = EntryKind::total;
    total.id = "20260303-1";
    JournalEntry e = food(day(3, 3), 30, "banana");
    e.id = "20260303-2";
    const auto w = app::log_warnings({e}, tally_days(std::vector{total, e}), person(40), day(3, 4));
    REQUIRE(w.size() == 1);
    CHECK(w[0].id == "day-total");
    CHECK(w[0].message ==
          "2026-03-03 has a day total of 250 mg (20260303-1), which is still counted: if this "
          "day's food is now logged item by item, remove the total");
    CHECK(w[0].remove_id == "20260303-1");
    CHECK_FALSE(app::day_total_warning(std::vector{total, e}, day(3, 4)));
}

TEST_CASE("a supplement logged for an infant or with kidney disease raises check's flag",
          "[app][log-warnings]") {
    JournalEntry s = supplement(day(3, 4), 100);
    s.id = "20260304-1";
    const auto for_whom = [&](const Profile& p) {
        return warning_ids(app::log_warnings({s}, tally_days(std::vector{s}), p, day(3, 4)));
    };
    using Ids = std::vector<std::string>;
    CHECK(for_whom(person(40)).empty());
    CHECK(for_whom(person(0)) == Ids{"infant-supplement"});
    CHECK(for_whom(person(60, {"chronic-kidney-disease"})) == Ids{"ckd-supplement"});
    CHECK(for_whom(person(60, {"kidney-transplant"})) == Ids{"kidney-transplant"});
    // Both kidney conditions: the engine's choice, as `check` makes it.
    CHECK(for_whom(person(60, {"chronic-kidney-disease", "kidney-transplant"})) ==
          Ids{"ckd-supplement"});
    // Food raises none of them.
    JournalEntry f = food(day(3, 4), 30, "banana");
    CHECK(app::log_warnings({f}, tally_days(std::vector{f}), person(0), day(3, 4)).empty());
    // The words are the rule's: title, why, what to do.
    const auto w = app::log_warnings({s}, tally_days(std::vector{s}),
                                     person(60, {"chronic-kidney-disease"}), day(3, 4));
    REQUIRE(w.size() == 1);
    CHECK(
        w[0].message.starts_with("Kidney disease and supplemental magnesium: With chronic "
                                 "kidney disease the kidneys excrete less magnesium"));
    CHECK(
        w[0].message.ends_with("Ask your treating clinician before taking any magnesium "
                               "supplement, antacid or laxative."));
    CHECK(w[0].remove_id.empty());
}

TEST_CASE("the profile memo parses a file's text once, and any other text in full",
          "[app][profile-memo]") {
    app::ProfileMemo memo;
    const std::string leo =
        "version: 1\nname: Leo\nbirthdate: 2020-06-30\nsex: male\nexclude: [fish]\n";
    const Profile first = memo.parse("p/leo.yaml", leo, day(3, 4));
    CHECK(first.name == "Leo");
    CHECK(memo.parse("p/leo.yaml", leo, day(3, 4)).exclude == std::vector<std::string>{"fish"});
    // An edit is a new text: parsed, and checked, as the CLI would.
    std::string edited = leo;
    edited.replace(edited.find("fish"), 4, "dairy");
    CHECK(memo.parse("p/leo.yaml", edited, day(3, 4)).exclude == std::vector<std::string>{"dairy"});
    const std::string bad = "version: 1\nname: Leo\nsex: robot\n";
    CHECK_THROWS_AS(memo.parse("p/leo.yaml", bad, day(3, 4)), InputError);
    CHECK_THROWS_AS(memo.parse("p/leo.yaml", bad, day(3, 4)), InputError);  // not kept
    // Another day is another parse: a birthdate after today is refused on the day before it.
    const std::string born = "version: 1\nname: Kid\nbirthdate: 2026-03-04\nsex: female\n";
    CHECK_NOTHROW(memo.parse("p/kid.yaml", born, day(3, 4)));
    CHECK_THROWS_AS(memo.parse("p/kid.yaml", born, day(3, 3)), InputError);
    // Another file with the same text is its own entry (its path is in its messages).
    CHECK(memo.parse("p/twin.yaml", leo, day(3, 4)).name == "Leo");
}
