#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "core/ynode.hpp"
#include "foods/food_db.hpp"
#include "foods/food_file.hpp"

using namespace mg;

namespace {
std::string slurp(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

TEST_CASE("the committed food files are read by the fast line reader, not the fallback") {
    for (const char* name : {"/curated.yaml", "/usda-sr28.yaml"}) {
        const std::string text = slurp(std::string(MGCALC_SOURCE_FOODS) + name);
        REQUIRE_FALSE(text.empty());
        CHECK(fast_parse_document(text).has_value());
    }
}

TEST_CASE("fast reader and yaml-cpp agree on the generated layout") {
    const std::string text = slurp(std::string(MGCALC_SOURCE_FOODS) + "/curated.yaml");
    std::vector<Diagnostic> e1, e2;
    const auto fast = parse_food_file("curated.yaml", text, e1);
    // Indenting the list forces the yaml-cpp path (the fast reader only takes column-0 items).
    std::string block;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        block += (line.rfind("- ", 0) == 0 ? "  " : "") + line + "\n";
    REQUIRE_FALSE(fast_parse_document(block).has_value());
    const auto slow = parse_food_file("curated.yaml", block, e2);
    REQUIRE(e1.empty());
    REQUIRE(e2.empty());
    REQUIRE(fast.size() == slow.size());
    for (size_t i = 0; i < fast.size(); ++i) {
        CHECK(food_to_line(fast[i]) == food_to_line(slow[i]));
        CHECK(fast[i].line == slow[i].line);
    }
}

TEST_CASE("food file problems are all reported with line and column") {
    const std::string text =
        "format: mgcalc-foods\nversion: 1\nfoods:\n"
        "- {id: a, name: A, group: g, mg_per_100g: -3, source: x}\n"
        "- {id: b, name: B, group: g, mg_per_100g: lots, source: x}\n"
        "- {id: c, name: C, group: g, source: x, colour: red}\n";
    std::vector<Diagnostic> errors;
    const auto foods = parse_food_file("f.yaml", text, errors);
    CHECK(foods.empty());
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].line == 4);
    CHECK(errors[0].message.find("negative") != std::string::npos);
    CHECK(errors[1].line == 5);
    CHECK(errors[1].column == 43);
    CHECK(errors[2].message.find("unknown key 'colour'") != std::string::npos);
    CHECK(errors[3].message.find("missing 'mg_per_100g'") != std::string::npos);
}

TEST_CASE("a round trip through food_to_line keeps every field") {
    Food f;
    f.id = "my-bar";
    f.name = "Bar \"special\", nutty";
    f.group = "custom";
    f.ug_per_100g = 123456;
    f.source = "label";
    f.portions = {{"1 bar", 1, "bar", 40500}};
    f.serving = "1 bar";
    f.aliases = {"bar: the best"};
    f.tags = {"tree-nut"};
    std::vector<Diagnostic> errors;
    const auto back = parse_food_file("x.yaml", food_file_header("t") + food_to_line(f), errors);
    REQUIRE(errors.empty());
    REQUIRE(back.size() == 1);
    CHECK(food_to_line(back[0]) == food_to_line(f));
    CHECK(back[0].ug_per_100g == 123456);
}

TEST_CASE("duplicate ids and aliases across files are errors") {
    FoodDb db;
    std::vector<Diagnostic> errors;
    Food a;
    a.id = "x";
    a.name = "X";
    a.aliases = {"ex"};
    Food b = a;
    Food c;
    c.id = "y";
    c.name = "Y";
    c.aliases = {"EX"};
    db.add({a, b, c}, errors);
    db.finish(errors);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].message.find("duplicate food id 'x'") != std::string::npos);
    CHECK(errors[1].message.find("'ex'") != std::string::npos);
}

TEST_CASE("streamed items are the tree's items, one at a time") {
    const std::string text = slurp(std::string(MGCALC_SOURCE_FOODS) + "/curated.yaml");
    const auto tree = fast_parse_document(text);
    REQUIRE(tree);
    const YNode* foods = tree->get("foods");
    REQUIRE(foods);
    size_t n = 0;
    const auto head = fast_parse_document(text, "foods", [&](const YNode& root, const YNode& item) {
        CHECK(root.get("format"));  // the header before the list is already read
        REQUIRE(n < foods->items.size());
        CHECK(same_tree(item, foods->items[n++]));
        return true;
    });
    REQUIRE(head);
    CHECK(n == foods->items.size());
    CHECK(head->get("foods")->items.empty());
    CHECK(head->get("foods")->line == foods->line);
    // A sink that declines makes the whole reading decline.
    CHECK_FALSE(
        fast_parse_document(text, "foods", [](const YNode&, const YNode&) { return false; }));
}

TEST_CASE("a streamed food file reports errors once, with their lines") {
    const std::string header = "format: mgcalc-foods\nversion: 1\nfoods:\n";
    const std::string good =
        "- {id: kale, name: Kale, group: vegetables, mg_per_100g: 33, "
        "source: test}\n";
    const std::string bad =
        "- {id: okra, name: Okra, group: vegetables, mg_per_100g: lots, "
        "source: test}\n";
    std::vector<Diagnostic> errors;
    const auto foods = parse_food_file("f.yaml", header + good + bad + good, errors);
    CHECK(foods.size() == 2);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 5);
    CHECK(errors[0].source_line + "\n" == bad);
    CHECK(errors[0].message == "mg_per_100g must be a number, not 'lots'");
    // The same file with an item the fast reader declines near its end: yaml-cpp reads it
    // all again, and the error is not reported twice.
    errors.clear();
    const std::string declined =
        "- {id: kale2, name: Kale's leaves, group: vegetables, "
        "mg_per_100g: 33, source: test}\n";  // ' is not plain_char
    REQUIRE_FALSE(fast_parse_document(header + declined));
    const auto slow = parse_food_file("f.yaml", header + good + bad + declined, errors);
    CHECK(slow.size() == 2);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 5);
    // The header after the list: read by yaml-cpp, the same foods.
    errors.clear();
    const auto late = parse_food_file(
        "f.yaml", "foods:\n" + good + good + "format: mgcalc-foods\nversion: 1\n", errors);
    CHECK(errors.empty());
    CHECK(late.size() == 2);
}

TEST_CASE("a streamed item reused in place takes each food's own shape") {
    // A recipe (a list of maps), then plain foods with fewer keys, empty collections after
    // full ones, a quoted value after a plain one: each item as the tree has it.
    const std::string text =
        "format: mgcalc-foods\nversion: 1\nfoods:\n"
        "- {id: mix, name: Mix, group: snacks, source: test, serves: 2, ingredients: [{food: "
        "kale, amount: \"1 cup\"}, {food: okra, amount: 2}], tags: [gluten, dairy]}\n"
        "- {id: kale, name: Kale, group: vegetables, mg_per_100g: 33, source: test, portions: "
        "{\"1 cup\": 21, \"1 leaf\": 35}}\n"
        "- {id: okra, name: \"Okra, raw\", group: vegetables, mg_per_100g: 57, source: test, "
        "portions: {}, tags: []}\n"
        "- {id: figs, name: Figs, group: fruits, mg_per_100g: 17, source: test}\n";
    const auto tree = fast_parse_document(text);
    REQUIRE(tree);
    const auto& items = tree->get("foods")->items;
    size_t n = 0;
    REQUIRE(fast_parse_document(text, "foods", [&](const YNode&, const YNode& item) {
        REQUIRE(n < items.size());
        CHECK(same_tree(item, items[n++]));
        return true;
    }));
    CHECK(n == 4);
    std::vector<Diagnostic> errors;
    const auto foods = parse_food_file("f.yaml", text, errors);
    CHECK(errors.empty());
    REQUIRE(foods.size() == 4);
    CHECK(foods[0].ingredients.size() == 2);
    CHECK(foods[1].portions.size() == 2);
    CHECK(foods[2].portions.empty());
    CHECK(foods[2].tags.empty());
    CHECK(foods[3].name == "Figs");
}

TEST_CASE("a food file whose header is wrong reports the header, and no food") {
    const std::string food =
        "- {id: kale, name: Kale, group: vegetables, mg_per_100g: lots, source: test}\n";
    for (const std::string header : {"format: mgcalc-foods\nversion: 2\n", "format: other\n"}) {
        std::vector<Diagnostic> errors;
        CHECK(parse_food_file("f.yaml", header + "foods:\n" + food + food, errors).empty());
        REQUIRE(errors.size() == 1);  // the header's, not the foods' 'lots'
        CHECK(errors[0].line == 1 + (header.starts_with("format: mgcalc") ? 1 : 0));
    }
}
