// The food database: FoodDb keeps its own invariants (a sorted table, one recipe computation),
// and load_food_db reads the bundled tiers, the user's own foods and the cache.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "foods/food_db.hpp"
#include "foods/food_loader.hpp"

using namespace mg;
namespace fs = std::filesystem;

namespace {

Food food(std::string id, std::string name, std::int64_t mg_per_100g) {
    Food f;
    f.id = std::move(id);
    f.name = std::move(name);
    f.group = "test";
    f.ug_per_100g = mg_per_100g * 1000;
    f.source = "test";
    f.portions = {{.name = "1 cup", .amount = 1, .unit = "cup", .food_mg = 200000}};
    return f;
}

// A fresh directory under the system temp dir, removed with the object.
struct TempDir {
    fs::path path;
    TempDir() {
        path =
            fs::temp_directory_path() / ("mgcalc-test-food-db-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    void write(const std::string& name, const std::string& text) const {
        fs::create_directories((path / name).parent_path());
        std::ofstream(path / name) << text;
    }
};

const char* kHeader = "format: mgcalc-foods\nversion: 1\nfoods:\n";

}  // namespace

TEST_CASE("the table is found by id whatever order it is supplied in", "[food-db]") {
    FoodDb db;
    std::vector<Diagnostic> errors;
    db.add({food("oats", "Oats", 138)}, errors);
    db.set_table({food("usda-20000", "Zeta grain", 10), food("usda-01001", "Alpha cheese", 20),
                  food("usda-11458", "Spinach table", 87)});
    db.finish(errors);
    REQUIRE(errors.empty());
    for (const char* id : {"usda-01001", "usda-11458", "usda-20000"}) {
        const Food* f = db.find(id);
        REQUIRE(f != nullptr);
        CHECK(f->id == id);
    }
    CHECK(db.find("usda:11458") == db.find("usda-11458"));
    CHECK(db.find("usda-99999") == nullptr);
}

TEST_CASE("a table loader is called once, and only when a lookup needs the table", "[food-db]") {
    FoodDb db;
    std::vector<Diagnostic> errors;
    db.add({food("oats", "Oats", 138)}, errors);
    int calls = 0;
    db.set_table_loader([&] {
        ++calls;
        return std::vector<Food>{food("usda-02000", "B", 1), food("usda-01000", "A", 2)};
    });
    db.finish(errors);
    REQUIRE(db.find("oats") != nullptr);
    CHECK(calls == 0);
    CHECK(db.find("usda-01000") != nullptr);
    CHECK(db.find("usda-02000") != nullptr);
    CHECK(calls == 1);
}

TEST_CASE("duplicate ids are reported with both locations", "[food-db]") {
    FoodDb db;
    std::vector<Diagnostic> errors;
    Food a = food("oats", "Oats", 138);
    a.file = "a.yaml";
    a.line = 3;
    Food b = food("oats", "Oats again", 140);
    b.file = "b.yaml";
    b.line = 7;
    db.add({a, b}, errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("oats") != std::string::npos);
    CHECK(errors[0].message.find("a.yaml") != std::string::npos);
}

TEST_CASE("a recipe batch sums its ingredients and divides into servings", "[food-db][recipe]") {
    RecipeBatch batch;
    batch.add(food("oats", "Oats", 100), "1 cup");  // 200 g, 200 mg
    batch.add(food("milk", "Milk", 10), "2 cups");  // 400 g, 40 mg
    CHECK(batch.food_mg == 600000);
    CHECK(batch.magnesium == Magnesium::from_mg(240));
    CHECK(batch.serving_food_mg(4) == 150000);
    CHECK(batch.serving_magnesium(4) == Magnesium::from_mg(60));
    SECTION("an amount that does not fit leaves the batch unchanged") {
        CHECK_THROWS_AS(batch.add(food("salt", "Salt", 1), "1 handful"), InputError);
        CHECK(batch.food_mg == 600000);
        CHECK(batch.magnesium == Magnesium::from_mg(240));
    }
}

TEST_CASE("load_food_db reads everyday foods, the table lazily, and the user's recipes",
          "[food-db][loader]") {
    TempDir dir;
    dir.write("foods/curated.yaml",
              std::string(kHeader) +
                  "- {id: oats, name: Oats, group: grains, mg_per_100g: 138, source: test, "
                  "portions: {\"1 cup\": 80}, serving: \"1 cup\"}\n");
    dir.write("foods/usda-sr28.yaml",
              std::string(kHeader) +
                  "- {id: usda-20000, name: Zeta, group: g, mg_per_100g: 5, source: test}\n"
                  "- {id: usda-01001, name: Alpha, group: g, mg_per_100g: 2, source: test}\n");
    dir.write("data/foods/porridge.yaml",
              std::string(kHeader) +
                  "- {id: porridge, name: Porridge, group: recipes, source: recipe, serves: 2, "
                  "ingredients: [{food: oats, amount: \"1 cup\"}]}\n");
    const FoodSources sources{.foods_path = (dir.path / "foods").string(),
                              .custom_dir = (dir.path / "data/foods").string(),
                              .cache_dir = (dir.path / "cache").string()};
    for (int run = 0; run < 2; ++run) {  // the second run reads the cache
        INFO("run " << run);
        const FoodDb db = load_food_db(sources);
        CHECK(db.everyday().size() == 2);
        REQUIRE(db.find("porridge") != nullptr);
        const Portion* serving = db.find("porridge")->serving_portion();
        REQUIRE(serving != nullptr);
        CHECK(serving->food_mg == 40000);  // half of 80 g
        CHECK(db.find("porridge")->in(serving->food_mg) == Magnesium::from_ug(55200));
        REQUIRE(db.find("usda-01001") != nullptr);
        CHECK(db.find("usda-01001")->name == "Alpha");
    }
    CHECK_FALSE(fs::is_empty(dir.path / "cache"));
}

TEST_CASE("load_food_db refuses a broken file, every problem located", "[food-db][loader]") {
    TempDir dir;
    dir.write("foods/curated.yaml",
              std::string(kHeader) +
                  "- {id: oats, name: Oats, group: grains, mg_per_100g: -1, source: test}\n"
                  "- {id: rye, name: Rye, group: grains, source: test}\n");
    const FoodSources sources{.foods_path = (dir.path / "foods").string(),
                              .custom_dir = (dir.path / "none").string(),
                              .cache_dir = {}};
    try {
        (void)load_food_db(sources);
        FAIL("a broken food file was accepted");
    } catch (const InputError& e) {
        std::vector<int> lines;
        for (const auto& d : e.diagnostics())
            if (d.file.find("curated.yaml") != std::string::npos) lines.push_back(d.line);
        CHECK(lines == std::vector<int>{4, 5});
    }
}

TEST_CASE("load_food_db with no food files says where it looked", "[food-db][loader]") {
    TempDir dir;
    fs::create_directories(dir.path / "empty");
    CHECK_THROWS_WITH(
        load_food_db(
            {.foods_path = (dir.path / "empty").string(), .custom_dir = {}, .cache_dir = {}}),
        Catch::Contains("no food files"));
}
