// The weekly report model and its CSV (report/weekly.hpp).
#include <catch2/catch.hpp>

#include "foods/food_db.hpp"
#include "report/weekly.hpp"

using namespace mg;

namespace {

Date day(int m, int d) {
    return Date::from_ymd(2026, m, d);
}

// A woman of 40: RDA 320 mg, supplemental UL 350 mg (IOM).
Profile woman() {
    Profile p;
    p.name = "Ann";
    p.sex = Sex::female;
    p.age_years = 40;
    return p;
}

JournalEntry food(Date d, int mg, const std::string& id, const std::string& meal = "") {
    JournalEntry e;
    e.date = d;
    e.kind = EntryKind::food;
    e.food_id = id;
    e.name = id == "almonds" ? "Almonds" : id == "spinach-boiled" ? "Spinach, boiled" : id;
    e.meal = meal;
    e.magnesium = Magnesium::from_mg(mg);
    return e;
}

JournalEntry imported(Date d, int mg, const std::string& name, const std::string& meal) {
    JournalEntry e = food(d, mg, "cronometer", meal);
    e.name = name;
    e.import_key = "cronometer:1:1";
    return e;
}

JournalEntry supplement(Date d, int mg) {
    JournalEntry e;
    e.date = d;
    e.kind = EntryKind::supplement;
    e.name = "magnesium glycinate";
    e.magnesium = Magnesium::from_mg(mg);
    return e;
}

JournalEntry mark(Date d, bool complete) {
    JournalEntry e;
    e.date = d;
    e.kind = EntryKind::day;
    e.complete = complete;
    return e;
}

// ISO week 2026-W10: Monday 2 March to Sunday 8 March.
WeeklyReport week10() {
    static const FoodDb db;
    const Profile p = woman();
    const Targets t = targets_for(life_stage_query(p, day(3, 9)), Standard::iom);
    const std::vector<JournalEntry> entries = {
        food(day(2, 25), 999, "almonds", "lunch"),  // the week before: not in the report
        food(day(3, 2), 200, "almonds", "breakfast"),
        food(day(3, 2), 110, "spinach-boiled", "lunch"),
        food(day(3, 4), 150, "almonds"),  // no meal: unassigned
        supplement(day(3, 4), 400),
        imported(day(3, 5), 50, "Oats", "dinner"),
        mark(day(3, 6), true),  // a mark alone does not make a day logged
        food(day(3, 7), 330, "almonds", "snack"),
        food(day(3, 9), 999, "almonds", "lunch"),  // the week after
    };
    return build_weekly_report(p, t, entries, db, nullptr, day(3, 2), day(3, 9), "2026-W10");
}

}  // namespace

TEST_CASE("weekly report: seven days, logged or not, never zero-filled", "[weekly]") {
    const WeeklyReport r = week10();
    CHECK(r.week == "2026-W10");
    CHECK(r.start == day(3, 2));
    CHECK(r.end == day(3, 8));
    CHECK(r.generated == day(3, 9));
    CHECK(r.profile_name == "Ann");
    REQUIRE(r.days.size() == 7);
    for (int i = 0; i < 7; ++i) CHECK(r.days[i].date == day(3, 2 + i));
    const bool logged[] = {true, false, true, true, false, true, false};
    for (int i = 0; i < 7; ++i) {
        INFO(r.days[i].date.iso());
        CHECK(r.days[i].logged == logged[i]);
    }
    CHECK(r.days[0].food == Magnesium::from_mg(310));
    CHECK(r.days[2].food == Magnesium::from_mg(150));
    CHECK(r.days[2].supplement == Magnesium::from_mg(400));
    CHECK(r.days[2].total() == Magnesium::from_mg(550));
    CHECK(r.days_logged == 4);
    CHECK(r.days_meeting_rda == 2);  // 550 and 330 mg reach 320; 310 and 50 do not
    CHECK(r.supplement_max == Magnesium::from_mg(400));
    CHECK(r.days_over_ul == std::vector<Date>{day(3, 4)});
    CHECK(r.check.targets.rda == Magnesium::from_mg(320));
}

TEST_CASE("weekly report: top food sources, imported rows grouped by name", "[weekly]") {
    const WeeklyReport r = week10();
    REQUIRE(r.top_foods.size() == 3);
    CHECK(r.top_foods[0].id == "almonds");
    CHECK(r.top_foods[0].label == "Almonds");
    CHECK(r.top_foods[0].magnesium == Magnesium::from_mg(680));
    CHECK(r.top_foods[0].share == Approx(680.0 / 840));  // of food magnesium, not supplements
    CHECK(r.top_foods[1].id == "spinach-boiled");
    CHECK(r.top_foods[1].magnesium == Magnesium::from_mg(110));
    CHECK(r.top_foods[2].id == "");
    CHECK(r.top_foods[2].label == "Oats");
    CHECK(r.top_foods[2].share == Approx(50.0 / 840));
}

TEST_CASE("weekly report: by meal, in meal order, then unassigned and supplements", "[weekly]") {
    const WeeklyReport r = week10();
    std::vector<std::string> meals;
    for (const auto& m : r.by_meal) meals.push_back(m.id);
    CHECK(meals == std::vector<std::string>{"breakfast", "lunch", "dinner", "snack", "unassigned",
                                            "supplements"});
    const int mg[] = {200, 110, 50, 330, 150, 400};
    double shares = 0;
    for (size_t i = 0; i < r.by_meal.size(); ++i) {
        CHECK(r.by_meal[i].magnesium == Magnesium::from_mg(mg[i]));
        CHECK(r.by_meal[i].share == Approx(mg[i] / 1240.0));  // of everything, with supplements
        shares += r.by_meal[i].share;
    }
    CHECK(shares == Approx(1.0));
}

TEST_CASE("weekly report as CSV: one row per day, empty cells for days not logged", "[weekly]") {
    CHECK(render_csv(week10()) ==
          "date,logged,food_mg,supplement_mg,total_mg,percent_rda,meets_rda\n"
          "2026-03-02,true,310.0,0.0,310.0,96.9,false\n"
          "2026-03-03,false,,,,,\n"
          "2026-03-04,true,150.0,400.0,550.0,171.9,true\n"
          "2026-03-05,true,50.0,0.0,50.0,15.6,false\n"
          "2026-03-06,false,,,,,\n"
          "2026-03-07,true,330.0,0.0,330.0,103.1,true\n"
          "2026-03-08,false,,,,,\n");
}

TEST_CASE("weekly report of an empty week", "[weekly]") {
    static const FoodDb db;
    const Profile p = woman();
    const Targets t = targets_for(life_stage_query(p, day(3, 9)), Standard::iom);
    const WeeklyReport r = build_weekly_report(p, t, {}, db, nullptr, day(3, 2), day(3, 9), "w");
    CHECK(r.days.size() == 7);
    CHECK(r.days_logged == 0);
    CHECK(r.top_foods.empty());
    CHECK(r.by_meal.empty());
    CHECK(r.days_over_ul.empty());
}

TEST_CASE("probabilities are never printed as 0% or 100%", "[weekly]") {
    CHECK(percent_text(0.005) == "<1%");
    CHECK(percent_text(0.0099) == "<1%");
    CHECK(percent_text(0.01) == "1%");
    CHECK(percent_text(0.844) == "84%");
    CHECK(percent_text(0.99) == "99%");
    CHECK(percent_text(0.995) == ">99%");
}
