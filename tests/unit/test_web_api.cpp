// The web app's handlers without a socket (src/web/api.*, errors.*): each route's function
// takes a Scope (a workspace on a temporary data directory with a fixed today) and the
// request's parameters or body, and checks them as the CLI does; a failure becomes a status
// and a message without paths or internals (docs/web.md).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>

#include "app/custom_foods.hpp"
#include "app_fixture.hpp"
#include "core/diagnostic.hpp"
#include "store/meal_store.hpp"
#include "web/api.hpp"
#include "web/errors.hpp"
#include "web/pages.hpp"

using namespace mg;
using namespace mg::web;
using Json = nlohmann::json;

namespace {

struct ApiFixture : test::AppFixture {
    Scope scope(const std::string& profile = "") const {
        return Scope{.ws = workspace(profile),
                     .profile = profile,
                     .now_utc = "2026-03-04T08:30:00Z",
                     .csrf = std::string(64, 'c')};
    }
    std::string month_file() const { return paths.journal_of("ann") + "/2026-03.yaml"; }
};

// What the browser would be told for what `f` throws.
template <typename F>
ErrorReply reply_of(F f, const app::DataPaths& paths) {
    try {
        f();
    } catch (...) {
        return error_reply(std::current_exception(), paths);
    }
    FAIL("no exception");
    return {};
}

Json banana(const char* amount = "1 medium") {
    return {{"food", "banana"}, {"amount", amount}, {"meal", "snack"}};
}

}  // namespace

TEST_CASE_METHOD(ApiFixture, "food search checks its limit as the CLI does", "[web][api]") {
    Scope s = scope();
    const Json found = api_foods_search(s, {{"q", " banana "}, {"limit", "3"}});
    CHECK(found["query"] == "banana");
    REQUIRE(!found["results"].empty());
    CHECK(found["results"].size() <= 3);
    CHECK(found["results"][0]["id"] == "banana");
    CHECK(api_foods_search(s, {{"q", ""}})["results"].empty());
    for (const char* bad : {"0", "1001", "-1", "ten", "5x", "99999999999"}) {
        INFO(bad);
        CHECK_THROWS_AS(api_foods_search(s, {{"q", "banana"}, {"limit", bad}}), UsageError);
    }
    CHECK(api_foods_search(s, {{"q", "banana"}, {"limit", "1000"}})["results"].size() >= 1);
}

TEST_CASE_METHOD(ApiFixture, "a food is looked up by id, never guessed", "[web][api]") {
    Scope s = scope();
    const Json f = api_food(s, "banana");
    CHECK(f["id"] == "banana");
    CHECK(f["guessed"] == false);
    CHECK_THROWS_AS(api_food(s, "banan"), InputError);
    CHECK_THROWS_AS(api_food(s, "../../etc/passwd"), InputError);
}

TEST_CASE_METHOD(ApiFixture, "dates are checked, and words count from the fixed today",
                 "[web][api]") {
    Scope s = scope();
    const Json y = api_entries(s, {{"date", "yesterday"}});
    CHECK(y["from"] == "2026-03-03");
    CHECK(y["to"] == "2026-03-03");
    const Json range = api_entries(s, {{"from", "2026-02-01"}});
    CHECK(range["from"] == "2026-02-01");
    CHECK(range["to"] == "2026-03-04");
    for (const char* bad : {"2026-02-30", "2026-13-01", "03/04/2026", "tomorrow-ish", "2026-3-4"}) {
        INFO(bad);
        CHECK_THROWS_AS(api_entries(s, {{"date", bad}}), InputError);
        CHECK_THROWS_AS(api_check(s, {{"date", bad}}), InputError);
        CHECK_THROWS_AS(api_week(s, {{"ending", bad}}), InputError);
    }
    CHECK_THROWS_AS(api_entries(s, {{"from", "2026-03-05"}, {"to", "2026-03-04"}}), UsageError);
    CHECK_THROWS_AS(api_entries(s, {{"from", "2000-01-01"}}), UsageError);  // over 10 years
    CHECK_THROWS_AS(api_check(s, {{"days", "0"}}), UsageError);
    CHECK_THROWS_AS(api_check(s, {{"days", "367"}}), UsageError);
    CHECK_THROWS_AS(api_check(s, {{"days", "7d"}}), UsageError);
}

TEST_CASE_METHOD(ApiFixture, "an entry added through the API is in the journal", "[web][api]") {
    Scope s = scope();
    const Json added = api_add_entry(s, banana());
    CHECK(added["entry"]["id"] == "20260304-1");
    CHECK(added["entry"]["food_id"] == "banana");
    CHECK(added["entry"]["meal"] == "snack");
    // 27 mg per 100 g, 118 g (USDA SR28 09040): the food database's number, not the test's.
    CHECK(added["entry"]["magnesium_mg"].get<double>() == Approx(31.9).margin(0.05));
    REQUIRE(std::filesystem::exists(month_file()));

    Scope again = scope();
    const Json listed = api_entries(again, {{"date", "2026-03-04"}});
    REQUIRE(listed["entries"].size() == 1);
    CHECK(listed["entries"][0]["id"] == "20260304-1");

    const Json supplement = api_add_entry(again, {{"kind", "supplement"},
                                                  {"name", "magnesium citrate"},
                                                  {"amount", "100 mg"},
                                                  {"units", 2},
                                                  {"date", "yesterday"}});
    CHECK(supplement["entry"]["kind"] == "supplement");
    CHECK(supplement["entry"]["date"] == "2026-03-03");
    CHECK(supplement["entry"]["units"] == 2);
}

TEST_CASE_METHOD(ApiFixture, "a bad body writes nothing", "[web][api]") {
    Scope s = scope();
    CHECK_THROWS_AS(api_add_entry(s, Json::array()), UsageError);
    CHECK_THROWS_AS(api_add_entry(s, {{"food", "banana"}}), UsageError);
    CHECK_THROWS_AS(api_add_entry(s, {{"food", "banana"}, {"amount", "  "}}), UsageError);
    CHECK_THROWS_AS(api_add_entry(s, {{"food", 7}, {"amount", "1 medium"}}), UsageError);
    Json brunch = banana();
    brunch["meal"] = "brunch";
    CHECK_THROWS_AS(api_add_entry(s, brunch), UsageError);
    Json bad_date = banana();
    bad_date["date"] = "2026-02-30";
    CHECK_THROWS_AS(api_add_entry(s, bad_date), InputError);
    CHECK_THROWS_AS(api_add_entry(s, banana("1 wheelbarrow")), InputError);
    CHECK_THROWS(api_add_entry(s, {{"kind", "supplement"},
                                   {"name", "magnesium citrate"},
                                   {"amount", "100 mg"},
                                   {"units", "two"}}));
    CHECK_THROWS_AS(api_add_entry(s, {{"kind", "supplement"},
                                      {"name", "magnesium citrate"},
                                      {"amount", "100 mg"},
                                      {"units", 101}}),
                    UsageError);
    CHECK_THROWS_AS(api_add_entry(s, {{"kind", "supplement"},
                                      {"name", "magnesium"},
                                      {"amount", "100 mg"},
                                      {"form", "unobtainium"}}),
                    UsageError);
    CHECK_FALSE(std::filesystem::exists(month_file()));
}

TEST_CASE_METHOD(ApiFixture, "entries are edited, copied and removed by id", "[web][api]") {
    Scope s = scope();
    api_add_entry(s, banana());
    const Json edited = api_edit_entry(s, "20260304-1", {{"amount", "2 medium"}});
    CHECK(edited["edited"]["amount"] == "2 medium");
    CHECK(edited["edited"]["magnesium_mg"].get<double>() == Approx(63.7).margin(0.1));
    CHECK(edited["warnings"] == Json::array());
    // The guards of an add, as the CLI's log edit has them: a date after today.
    const Json moved = api_edit_entry(s, "20260304-1", {{"date", "2026-03-09"}});
    REQUIRE(moved["warnings"].size() == 1);
    CHECK(moved["warnings"][0]["id"] == "future-date");
    api_edit_entry(s, moved["edited"]["id"].get<std::string>(), {{"date", "2026-03-04"}});
    CHECK_THROWS_AS(api_edit_entry(s, "20260304-1", {{"meal", "brunch"}}), UsageError);
    CHECK_THROWS_AS(api_edit_entry(s, "20260304-9", {{"amount", "1 medium"}}), InputError);

    CHECK_THROWS_AS(api_copy_day(s, {{"from", "2026-03-04"}}), UsageError);  // to itself
    CHECK_THROWS_AS(api_copy_day(s, {{"from", "2026-03-01"}, {"to", "2026-03-05"}}), InputError);
    const Json copied = api_copy_day(s, {{"from", "2026-03-04"}, {"to", "2026-03-05"}});
    CHECK(copied["entry"]["date"] == "2026-03-05");
    CHECK_THROWS_AS(api_copy_day(s, {{"from", "2026-03-04"}, {"to", "2026-03-05"}}), InputError);

    const Json removed = api_delete_entry(s, "20260304-1");
    CHECK(removed["removed"]["id"] == "20260304-1");
    CHECK_THROWS_AS(api_delete_entry(s, "20260304-1"), InputError);
    CHECK(api_entries(s, {{"date", "2026-03-04"}})["entries"].empty());
}

TEST_CASE_METHOD(ApiFixture, "profiles are named, never given as paths", "[web][api]") {
    Scope s = scope();
    const Json list = api_profiles(s);
    CHECK(list["profiles"] == Json::array({"ann"}));
    CHECK(list["selected"] == "ann");
    const Json ann = api_profile(s, "ann");
    CHECK(ann["name"] == "ann");
    CHECK(ann["profile"]["sex"] == "female");
    CHECK(ann["targets"]["applies"] == true);  // the same targets as `profile show`
    CHECK(ann["targets"].contains("ul_covers_added"));
    for (const char* bad : {"../../etc/passwd", "..", ".hidden", "a/b"}) {
        INFO(bad);
        CHECK_THROWS_AS(api_profile(s, bad), UsageError);
    }
    CHECK_THROWS_AS(api_profile(s, "nobody"), InputError);

    write_profile("bob", "male", "1970-01-01");
    Scope two = scope();
    CHECK(api_profiles(two)["selected"].is_null());  // several: none is the default
    CHECK_THROWS_AS(api_entries(two, {}), UsageError);
    Scope bob = scope("bob");
    CHECK(api_check(bob, {})["profile"] == "bob");
}

TEST_CASE_METHOD(ApiFixture, "errors tell the browser what is wrong, without paths or internals",
                 "[web][errors]") {
    Scope s = scope("nobody");
    const ErrorReply missing = reply_of([&] { api_entries(s, {}); }, paths);
    CHECK(missing.status == 400);
    CHECK(missing.message == "no profile named 'nobody'");
    CHECK(missing.json.dump().find(dir) == std::string::npos);

    // A broken profile file: the message names the data directory in words.
    std::ofstream(paths.profile_file("ann")) << "version: 1\nsex: [\n";
    Scope broken = scope();
    const ErrorReply parse = reply_of([&] { api_check(broken, {}); }, paths);
    CHECK(parse.status == 400);
    CHECK(parse.json.dump().find(dir) == std::string::npos);

    const std::string secret = paths.journal_dir + "/ann/2026-03.yaml";
    const ErrorReply input =
        reply_of([&] { throw InputError::plain("cannot read " + secret, "see " + secret); }, paths);
    CHECK(input.status == 400);
    CHECK(input.message == "cannot read the journal folder/ann/2026-03.yaml");
    CHECK(input.hint == "see the journal folder/ann/2026-03.yaml");
    CHECK(input.json["problems"][0]["message"] == input.message);

    const ErrorReply usage = reply_of(
        [&] { throw UsageError("bad " + paths.profiles_dir, "hint " + paths.data_dir); }, paths);
    CHECK(usage.status == 400);
    CHECK(usage.message == "bad the profiles folder");
    CHECK(usage.hint == "hint the data directory");

    const ErrorReply system =
        reply_of([&] { throw SystemError("write " + secret + ": ENOSPC"); }, paths);
    CHECK(system.status == 500);
    CHECK(system.json.dump().find("ENOSPC") == std::string::npos);
    CHECK(system.json.dump().find(dir) == std::string::npos);

    const ErrorReply internal =
        reply_of([&] { throw std::logic_error("vector::_M_range_check at " + secret); }, paths);
    CHECK(internal.status == 500);
    CHECK(internal.message == "internal error");
    CHECK(internal.json.dump().find("_M_range_check") == std::string::npos);
    const ErrorReply thrown_int = reply_of([] { throw 42; }, paths);
    CHECK(thrown_int.status == 500);

    const ErrorReply type = reply_of([] { (void)Json("two").get<int>(); }, paths);
    CHECK(type.status == 400);

    // The page shows the message and hint, escaped.
    const std::string page = error_page(
        ErrorReply{.status = 400, .message = "<script>x</script>", .hint = "a & b", .json = {}});
    CHECK(page.find("<script>x") == std::string::npos);
    CHECK(page.find("&lt;script&gt;x") != std::string::npos);
    CHECK(page.find("a &amp; b") != std::string::npos);
}

TEST_CASE("the server's own statuses have their words", "[web][errors]") {
    CHECK(status_reply(413).status == 413);
    CHECK(status_reply(413).message == "the request body is larger than 64 KiB");
    CHECK(status_reply(404).message == "not found");
    CHECK(status_reply(405).message == "method not allowed");
    CHECK(status_reply(503).status == 503);
    CHECK(status_reply(503).json["message"] == status_reply(503).message);
}

TEST_CASE("without_paths replaces the longest path first", "[web][errors]") {
    app::DataPaths p = app::DataPaths::under("/home/ann/.local/share/mgcalc");
    p.foods = "/usr/share/mgcalc/foods";
    p.cache_dir = "/home/ann/.cache/mgcalc";
    CHECK(without_paths("/home/ann/.local/share/mgcalc/profiles/ann.yaml:3:1", p) ==
          "the profiles folder/ann.yaml:3:1");
    CHECK(without_paths("in /home/ann/.local/share/mgcalc/x and /usr/share/mgcalc/foods/a.yaml",
                        p) == "in the data directory/x and the food database/a.yaml");
    CHECK(without_paths("/home/ann/.cache/mgcalc/foods.bin", p) == "the cache/foods.bin");
    app::DataPaths empty;
    CHECK(without_paths("nothing to hide", empty) == "nothing to hide");
}

namespace {

// What a failing request tells the browser, every field of it, as one text.
template <typename F>
std::string told(F f, const app::DataPaths& paths) {
    const ErrorReply r = reply_of(f, paths);
    return r.json.dump();
}

// A message or hint that names a command or an option (issue #17, point 1).
bool speaks_cli(const std::string& text) {
    return text.find("--") != std::string::npos || text.find("'mgcalc ") != std::string::npos;
}

}  // namespace

TEST_CASE_METHOD(ApiFixture, "errors on the web speak of forms, not of commands and options",
                 "[web][errors]") {
    Scope setup = scope();
    api_add_food(setup, {{"id", "my-bar"}, {"mg_per_100g", 100}});
    api_add_entry(setup, banana());
    Scope s = scope();  // a request after the food was added: its database has it
    store::MealStore(paths.meals_dir)
        .save({.name = "usual", .meal = "", .items = {{.food = "banana", .amount = "1 medium"}}},
              false);
    const std::vector<std::pair<const char*, std::function<void()>>> failures = {
        {"food without id",
         [&] {
             api_add_food(s, {{"mg_per_100g", 1}});
         }},
        {"food again",
         [&] {
             api_add_food(s, {{"id", "my-bar"}, {"mg_per_100g", 1}});
         }},
        {"no magnesium",
         [&] {
             api_add_food(s, {{"id", "x"}});
         }},
        {"serving size",
         [&] {
             api_add_food(s, {{"id", "x"}, {"mg_per_serving", 10}});
         }},
        {"portion",
         [&] {
             api_add_food(s, {{"id", "x"}, {"mg_per_100g", 1}, {"portions", "bar"}});
         }},
        {"units",
         [&] {
             api_add_entry(s, {{"kind", "supplement"},
                               {"name", "magnesium citrate"},
                               {"amount", "100 mg"},
                               {"units", 101}});
         }},
        {"compound without form",
         [&] {
             api_add_entry(s, {{"kind", "supplement"},
                               {"name", "my pill"},
                               {"amount", "400 mg"},
                               {"compound", true}});
         }},
        {"compound, two forms",
         [&] {
             api_add_entry(s, {{"kind", "supplement"},
                               {"name", "magnesium oxide citrate"},
                               {"amount", "400 mg"},
                               {"compound", true}});
         }},
        {"unknown food",
         [&] {
             api_add_entry(s, {{"food", "qqqqzzzz"}, {"amount", "1"}});
         }},
        {"magnesium as a food",
         [&] {
             api_add_entry(s, {{"food", "magnesium"}, {"amount", "1"}});
         }},
        {"edit unknown id",
         [&] {
             api_edit_entry(s, "20260304-9", {{"amount", "1"}});
         }},
        {"copy to itself",
         [&] {
             api_copy_day(s, {{"from", "2026-03-04"}});
         }},
        {"copy nothing",
         [&] {
             api_copy_day(s, {{"from", "2026-03-01"}});
         }},
        {"copy again",
         [&] {
             api_copy_day(s, {{"from", "2026-03-04"}, {"to", "2026-03-05"}});
             api_copy_day(s, {{"from", "2026-03-04"}, {"to", "2026-03-05"}});
         }},
        {"scale",
         [&] {
             api_log_meal(s, {{"name", "usual"}, {"scale", "lots"}});
         }},
        {"scale too big",
         [&] {
             api_log_meal(s, {{"name", "usual"}, {"scale", "50"}});
         }},
        {"profile without sex",
         [&] {
             api_put_profile(s, "ann", {{"age", 40}});
         }},
        {"birthdate and age",
         [&] {
             api_put_profile(s, "ann",
                             {{"sex", "female"}, {"age", 40}, {"birthdate", "1980-01-01"}});
         }},
        {"months",
         [&] {
             api_put_profile(s, "ann", {{"sex", "female"}, {"age", 5}, {"months", 2}});
         }},
        {"unknown profile", [&] {
             Scope nobody = scope("qqqqzzzz");
             api_entries(nobody, {});
         }}};
    for (const auto& [what, f] : failures) {
        INFO(what);
        const std::string text = told(f, paths);
        INFO(text);
        CHECK_FALSE(speaks_cli(text));
    }
    // Where the form has no such option, the hint says what to do on the page instead.
    const ErrorReply again = reply_of(
        [&] {
            api_add_food(s, {{"id", "my-bar"}, {"mg_per_100g", 1}});
        },
        paths);
    CHECK(again.message == "you already have a food 'my-bar'");
    CHECK(again.hint.find("choose another id") == 0);
    const ErrorReply serving = reply_of(
        [&] {
            api_add_food(s, {{"id", "x"}, {"mg_per_serving", 10}});
        },
        paths);
    CHECK(serving.message == "the magnesium per serving needs the serving size");

    write_profile("bob", "male", "1970-01-01");
    Scope two = scope();
    const ErrorReply several = reply_of([&] { api_entries(two, {}); }, paths);
    CHECK(several.message == "several profiles: choose one on the Profiles page");
    CHECK_FALSE(speaks_cli(several.json.dump()));
}

TEST_CASE("an option named in a message without form words becomes the field's words",
          "[web][errors]") {
    const app::DataPaths none;
    const ErrorReply r = reply_of(
        [] { throw UsageError("--days must be between 1 and 366", "see 'mgcalc help check'"); },
        none);
    CHECK(r.message == "days must be between 1 and 366");
    CHECK(r.hint.empty());  // a command to run says nothing to someone in a browser
    const ErrorReply two =
        reply_of([] { throw UsageError("--to is before --from", "e.g. --mg-per-100g 5"); }, none);
    CHECK(two.message == "to is before from");
    CHECK(two.hint == "e.g. mg per 100g 5");
}

TEST_CASE_METHOD(ApiFixture, "a custom food cannot take the id of the top sources' route",
                 "[web][api]") {
    Scope s = scope();
    const ErrorReply r = reply_of(
        [&] {
            api_add_food(s, {{"id", "top"}, {"mg_per_100g", 10}});
        },
        paths);
    CHECK(r.status == 400);
    CHECK(r.message == "food id 'top' is reserved: the web app's top sources use it");
    CHECK(r.hint == "choose another id, e.g. 'my-top'");
    CHECK_FALSE(std::filesystem::exists(paths.custom_foods_file(app::kCustomFoodsFile)));
    // The route still lists top sources.
    CHECK(api_foods_top(s, {})["foods"].is_array());
}

TEST_CASE_METHOD(ApiFixture, "milk of magnesia taken as elemental carries the compound note",
                 "[web][api]") {
    Scope s = scope();
    const Json mom = api_add_entry(
        s, {{"kind", "supplement"}, {"name", "milk of magnesia"}, {"amount", "400 mg"}});
    REQUIRE(mom.contains("compound_note"));
    const Json& note = mom["compound_note"];
    CHECK(note["form"] == "hydroxide");
    CHECK(note["amount"] == "400 mg");
    // Magnesium hydroxide is 41.7 % magnesium (reference §5): 400 mg of it holds 166.8 mg.
    CHECK(note["if_compound_mg"].get<double>() == Approx(166.8).margin(0.1));
    CHECK(note["message"] ==
          "if 400 mg is the mass of magnesium hydroxide (milk of magnesia) rather than of "
          "magnesium, it holds 167 mg of magnesium");
    // Given as the compound's mass, or another form: no note.
    CHECK_FALSE(api_add_entry(s, {{"kind", "supplement"},
                                  {"name", "milk of magnesia"},
                                  {"amount", "400 mg"},
                                  {"compound", true}})
                    .contains("compound_note"));
    CHECK_FALSE(
        api_add_entry(
            s, {{"kind", "supplement"}, {"name", "magnesium glycinate"}, {"amount", "100 mg"}})
            .contains("compound_note"));
}

TEST_CASE_METHOD(ApiFixture, "an add answers with the warnings the CLI gives", "[web][api]") {
    Scope s = scope();
    CHECK(api_add_entry(s, banana())["warnings"] == Json::array());
    // 3 kg of one food: likely a typo, as `log add` warns.
    const Json lot = api_add_entry(s, banana("3 kg"));
    REQUIRE(lot["warnings"].size() == 1);
    CHECK(lot["warnings"][0]["id"] == "implausible-amount");
    CHECK(lot["warnings"][0]["message"] ==
          "3000 g of Banana in one entry: if that is not what was eaten, remove it");

    // A supplement with kidney disease: check's warning (reference §3), as it is logged.
    std::ofstream(paths.profile_file("kay"))
        << "version: 1\nname: kay\nbirthdate: 1952-01-01\nsex: female\nmedicines: []\n"
           "conditions: [chronic-kidney-disease]\nexclude: []\n";
    Scope kay = scope("kay");
    const Json sup = api_add_entry(
        kay, {{"kind", "supplement"}, {"name", "magnesium citrate"}, {"amount", "100 mg"}});
    REQUIRE(sup["warnings"].size() == 1);
    CHECK(sup["warnings"][0]["id"] == "ckd-supplement");
    CHECK(sup["warnings"][0]["message"].get<std::string>().starts_with(
        "Kidney disease and supplemental magnesium: "));
    // A saved meal or a copied day goes through the same answer.
    CHECK(api_copy_day(kay, {{"from", "2026-03-04"}, {"to", "2026-03-09"}})["warnings"][0]["id"] ==
          "future-date");
}

TEST_CASE_METHOD(ApiFixture, "the Day page: the upper limit, saved meals by name and a scale",
                 "[web][pages]") {
    store::MealStore(paths.meals_dir)
        .save({.name = "greens",
               .meal = "lunch",
               .items = {{.food = "spinach-boiled", .amount = "1/2 cup"}}},
              false);
    Scope s = scope();
    const std::string page = day_page(s, {});
    // The profile's UL in the words of `rda`, and what counts towards it as `help log
    // supplement` says (ann, 45: 350 mg, IOM).
    CHECK(page.find("Upper limit: 350 mg/day from supplements and medicines only (food does not "
                    "count). Antacids and laxatives count here too: the upper limit applies to "
                    "all of them.") != std::string::npos);
    CHECK(page.find("Spinach, boiled 1/2 cup") != std::string::npos);
    CHECK(page.find("spinach-boiled 1/2 cup") == std::string::npos);
    CHECK(page.find("id=\"meal-scale-0\"") != std::string::npos);

    // 1/2 cup is 90 g at 87 mg per 100 g (USDA SR28 11458); half of it is 45 g.
    const Json half = api_log_meal(s, {{"name", "greens"}, {"scale", "1/2"}});
    CHECK(half["entry"]["magnesium_mg"].get<double>() == Approx(39.15).margin(0.1));
    const Json twice = api_log_meal(s, {{"name", "greens"}, {"scale", 2}});
    CHECK(twice["entry"]["magnesium_mg"].get<double>() == Approx(156.6).margin(0.05));
    const Json once = api_log_meal(s, {{"name", "greens"}, {"scale", ""}});
    CHECK(once["entry"]["magnesium_mg"].get<double>() == Approx(78.3).margin(0.05));
}

TEST_CASE_METHOD(ApiFixture, "with kidney disease the Day page's upper limit is no allowance",
                 "[web][pages]") {
    // Reference §3, §8: any supplemental magnesium is for the treating clinician to decide.
    std::ofstream(paths.profile_file("kay"))
        << "version: 1\nname: kay\nbirthdate: 1952-01-01\nsex: female\nmedicines: []\n"
           "conditions: [chronic-kidney-disease]\nexclude: []\n";
    const std::string caveat =
        "(food does not count; set for healthy people: ask the clinician who treats your "
        "kidneys before any magnesium supplement, antacid or laxative)";
    Scope kay = scope("kay");
    CHECK(day_page(kay, {}).find(caveat) != std::string::npos);
    Scope ann = scope("ann");
    CHECK(day_page(ann, {}).find(caveat) == std::string::npos);
}

TEST_CASE_METHOD(ApiFixture, "the Day page frames the day's total as the CLI's echo does",
                 "[web][pages]") {
    // With kidney disease the RDA is no target (§3, §8); an infant's AI is for food and
    // formula, and supplements are not advised (§1, §3): no "% of the RDA" of supplements.
    std::ofstream(paths.profile_file("kay"))
        << "version: 1\nname: kay\nbirthdate: 1952-01-01\nsex: female\nmedicines: []\n"
           "conditions: [chronic-kidney-disease]\nexclude: []\n";
    std::ofstream(paths.profile_file("inf"))
        << "version: 1\nname: inf\nbirthdate: 2025-10-01\nsex: male\nmedicines: []\n"
           "conditions: []\nexclude: []\n";
    const Json dose = {
        {"kind", "supplement"}, {"name", "magnesium glycinate"}, {"amount", "300 mg"}};
    for (const char* who : {"kay", "inf", "ann"}) {
        Scope w = scope(who);
        api_add_entry(w, dose);
    }
    Scope kay = scope("kay"), inf = scope("inf"), ann = scope("ann");
    const std::string k = day_page(kay, {}), i = day_page(inf, {}), a = day_page(ann, {});
    CHECK(k.find("% of the") == std::string::npos);
    CHECK(k.find("targets are left to the clinician who treats your kidneys") != std::string::npos);
    CHECK(i.find("from food, 0% of the AI") != std::string::npos);
    CHECK(i.find("not advised under 12 months") != std::string::npos);
    CHECK(i.find("source of intake should be from food and formula only") != std::string::npos);
    CHECK(i.find("applies to all of them") == std::string::npos);
    CHECK(a.find("applies to all of them") != std::string::npos);
    CHECK(a.find("% of the RDA") != std::string::npos);
}

TEST_CASE_METHOD(ApiFixture, "the Check page names the standard as the text output does",
                 "[web][pages]") {
    Scope s = scope();
    const std::string page = check_page(s, {});
    CHECK(page.find("(IOM, ") != std::string::npos);
    CHECK(page.find("(iom, ") == std::string::npos);
}

TEST_CASE_METHOD(ApiFixture, "flags: the most severe first on the Check page and in the overview",
                 "[web][pages]") {
    // Kidney disease (info) comes before the PPI (caution) in rule order: sorted by severity,
    // the caution leads.
    std::ofstream(paths.profile_file("ann"))
        << "version: 1\nname: ann\nbirthdate: 1980-05-14\nsex: female\nmedicines: [Nexium]\n"
           "conditions: [chronic-kidney-disease]\nexclude: []\n";
    Scope s = scope();
    const std::string check = check_page(s, {});
    const size_t ppi = check.find("<b>Proton pump inhibitor</b>");
    const size_t ckd = check.find("<b>Chronic kidney disease</b>");
    REQUIRE(ppi != std::string::npos);
    REQUIRE(ckd != std::string::npos);
    CHECK(ppi < ckd);

    const std::string overview = profiles_page(s);
    const size_t row = overview.find(">ann</a>");
    REQUIRE(row != std::string::npos);
    const std::string cells = overview.substr(row, overview.find("</tr>", row) - row);
    CHECK(cells.find("[caution] Proton pump inhibitor") != std::string::npos);
    CHECK(cells.find("Chronic kidney disease") == std::string::npos);
}
