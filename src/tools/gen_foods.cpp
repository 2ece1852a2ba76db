// mgcalc-gen-foods: generates foods/usda-sr28.yaml, foods/usda-fndds.yaml and
// foods/curated.yaml from the USDA SR28 and FNDDS CSVs and the project's selection list, so
// that no magnesium or energy value is typed by hand.
//
//   mgcalc-gen-foods USDA_DIR FNDDS_DIR SELECTION_YAML OUT_DIR
//
// Output is deterministic: the same inputs give byte-identical files (checked by the
// foods.regenerate test).
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "core/text.hpp"
#include "core/yaml_doc.hpp"
#include "foods/food_file.hpp"
#include "profile/vocabulary.hpp"
#include "tools/gen_common.hpp"
#include "tools/gen_fndds.hpp"

namespace {

using mg::gen::read_csv;
using mg::gen::read_file;
using mg::gen::thousandths;

struct Sr28Food {
    std::string ndb, description, group, mg_basis;
    std::int64_t ug_per_100g = 0;
    double kcal_per_100g = -1;
    std::vector<mg::Portion> portions;
};

// What SR28's source code (src_cd) marks a value as, in the food file's words: 4 calculated
// or imputed, 8 and 9 calculated from a label or by the manufacturer, 7 assumed zero.
std::string mg_basis_of(const std::string& src_cd) {
    if (src_cd == "4" || src_cd == "8" || src_cd == "9") return "calculated";
    if (src_cd == "7") return "assumed-zero";
    return {};
}

std::string number_text(const std::string& s) {
    // "1.0" -> "1", "0.50" -> "0.5": portion names read naturally.
    std::string t = s;
    if (!t.empty() && t[0] == '.') t = "0" + t;
    if (t.find('.') != std::string::npos) {
        while (t.back() == '0') t.pop_back();
        if (t.back() == '.') t.pop_back();
    }
    return t;
}

// The typical serving used by `foods top --per serving` and by suggestions: the first portion
// whose name starts with one of the group's household measures (docs/food-data.md#servings).
std::string typical_serving(const mg::Food& f) {
    static const std::map<std::string, std::vector<std::string>> kPreferred = {
        {"nuts-seeds", {"1 oz", "1 tbsp"}},
        {"cocoa-chocolate", {"1 oz", "1 tbsp", "1 cup", "1 serving"}},
        {"herbs-spices", {"1 tsp", "1 tbsp"}},
        {"fish-seafood", {"3 oz"}},
        {"meat", {"3 oz", "1 slice"}},
        {"poultry-eggs", {"1 large", "3 oz", "1 cup"}},
        {"fruit", {"1 medium", "1 fruit", "1 cup", "1 date", "1 oz"}},
        {"beverages", {"1 cup", "8 fl oz", "1 serving", "6 fl oz", "1 can", "1 fl oz"}},
        {"breads-pasta", {"1 slice", "1 cup", "1 muffin", "1 tortilla", "1 pita"}},
        {"dairy-plant-milks", {"1 cup", "1 container", "1 oz"}},
    };
    static const std::vector<std::string> kDefault = {"1 cup", "0.5 cup", "1 slice", "1 oz"};
    auto it = kPreferred.find(f.group);
    for (const auto& want : it == kPreferred.end() ? kDefault : it->second)
        for (const auto& p : f.portions)
            if (p.name == want || p.name.rfind(want + " ", 0) == 0 ||
                p.name.rfind(want + ",", 0) == 0)
                return p.name;
    return f.portions.empty() ? std::string() : f.portions.front().name;
}

}  // namespace

// foods/source/fndds-words.yaml, beside the selection list: FNDDS food code -> everyday words.
std::map<std::string, std::vector<std::string>> fndds_words(const std::string& selection) {
    const size_t slash = selection.find_last_of('/');
    const std::string path =
        (slash == std::string::npos ? std::string() : selection.substr(0, slash + 1)) +
        "fndds-words.yaml";
    const std::string text = read_file(path);
    const mg::YamlDoc doc = mg::parse_yaml(path, text);
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& item : doc.root["words"]) {
        auto& said = out[item["fndds"].as<std::string>()];
        for (const auto& w : item["words"]) said.push_back(w.as<std::string>());
    }
    return out;
}

int main(int argc, char** argv) {
    if (argc != 5) {
        std::cerr << "usage: mgcalc-gen-foods USDA_DIR FNDDS_DIR SELECTION_YAML OUT_DIR\n";
        return 2;
    }
    try {
        const std::string usda = argv[1], fndds = argv[2], selection = argv[3], out_dir = argv[4];
        std::map<std::string, Sr28Food> sr;
        for (auto& r : read_csv(usda + "/foods.csv")) {
            Sr28Food f;
            f.ndb = r["ndb_no"];
            f.description = r["description"];
            f.group = mg::slugify(r["food_group"]);
            f.ug_per_100g = thousandths(r["mg_per_100g"]);
            f.mg_basis = mg_basis_of(r["src_cd"]);
            sr.emplace(f.ndb, std::move(f));
        }
        for (auto& r : read_csv(usda + "/energy.csv"))
            if (auto it = sr.find(r["ndb_no"]); it != sr.end())
                it->second.kcal_per_100g = mg::gen::number(r["kcal_per_100g"], "energy");
        for (auto& r : read_csv(usda + "/portions.csv")) {
            auto it = sr.find(r["ndb_no"]);
            if (it == sr.end()) throw std::runtime_error("portion for unknown food " + r["ndb_no"]);
            mg::Portion p;
            p.amount = std::stod(r["amount"]);
            p.unit = r["unit"];
            p.name = number_text(r["amount"]) + " " + r["unit"];
            p.food_mg = thousandths(r["gram_weight"]);
            // Two SR28 portions with the same text would collide as YAML keys.
            for (const auto& q : it->second.portions)
                if (q.name == p.name) p.name += fmt::format(" (#{})", r["seq"]);
            it->second.portions.push_back(std::move(p));
        }

        std::string full = mg::food_file_header(
            "USDA SR28: every food with a magnesium value. GENERATED by mgcalc-gen-foods from "
            "USDA National Nutrient Database for Standard Reference, Release 28 (USDA ARS, "
            "2015), public domain. Do not edit: regenerate (docs/food-data.md).");
        for (const auto& [ndb, s] : sr) {
            mg::Food f;
            f.id = "usda-" + ndb;
            f.name = s.description;
            f.group = s.group;
            f.ug_per_100g = s.ug_per_100g;
            f.kcal_per_100g = s.kcal_per_100g;
            f.mg_basis = s.mg_basis;
            f.source = "usda-sr28:" + ndb;
            f.portions = s.portions;
            full += mg::food_to_line(f);
        }

        const std::string sel_text = read_file(selection);
        const mg::YamlDoc doc = mg::parse_yaml(selection, sel_text);
        std::string curated = mg::food_file_header(
            "Curated everyday foods. GENERATED by mgcalc-gen-foods from foods/source/"
            "curated-selection.yaml and USDA SR28 (public domain). Do not edit: regenerate "
            "(docs/food-data.md).");
        std::set<std::string> ids;
        size_t count = 0;
        std::set<std::string> groups;
        for (const auto& item : doc.root["foods"]) {
            mg::Food f;
            f.id = item["id"].as<std::string>();
            const std::string ndb = item["ndb"].as<std::string>();
            auto it = sr.find(ndb);
            if (it == sr.end())
                throw std::runtime_error(fmt::format("{}:{}: SR28 food {} not found", selection,
                                                     item.Mark().line + 1, ndb));
            if (!ids.insert(f.id).second)
                throw std::runtime_error(
                    fmt::format("{}:{}: duplicate id {}", selection, item.Mark().line + 1, f.id));
            f.name = item["name"].as<std::string>();
            f.group = item["group"].as<std::string>();
            groups.insert(f.group);
            f.ug_per_100g = it->second.ug_per_100g;
            f.kcal_per_100g = it->second.kcal_per_100g;
            f.mg_basis = it->second.mg_basis;
            f.source = "usda-sr28:" + ndb;
            f.portions = it->second.portions;
            if (item["portions"]) {
                for (const auto& kv : item["portions"]) {
                    mg::Portion p;
                    p.name = kv.first.as<std::string>();
                    p.food_mg = thousandths(kv.second.as<std::string>());
                    bool dup = false;
                    for (const auto& q : f.portions) dup |= q.name == p.name;
                    if (!dup) f.portions.push_back(std::move(p));
                }
            }
            f.serving = item["serving"] ? item["serving"].as<std::string>() : typical_serving(f);
            if (item["aliases"])
                for (const auto& a : item["aliases"]) f.aliases.push_back(a.as<std::string>());
            if (item["tags"])
                for (const auto& t : item["tags"]) f.tags.push_back(t.as<std::string>());
            curated += mg::food_to_line(f);
            ++count;
        }
        std::ofstream(out_dir + "/usda-sr28.yaml", std::ios::binary) << full;
        std::ofstream(out_dir + "/curated.yaml", std::ios::binary) << curated;
        size_t fndds_count = 0;
        std::ofstream(out_dir + "/usda-fndds.yaml", std::ios::binary)
            << mg::gen::fndds_food_file(fndds, fndds_words(selection), fndds_count);
        std::cerr << fmt::format(
            "mgcalc-gen-foods: {} SR28 foods, {} FNDDS foods, {} curated foods in {} groups\n",
            sr.size(), fndds_count, count, groups.size());
    } catch (const mg::InputError& e) {
        for (const auto& d : e.diagnostics()) std::cerr << mg::format_diagnostic(d) << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "mgcalc-gen-foods: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
