// mgcalc-bench-gen: writes a realistic benchmark workload (docs/performance.md):
// a profile and a journal of YEARS years at 12 entries a day (breakfast, lunch, dinner,
// snacks, a supplement), using curated foods, straight into DATA_DIR.
//
//   mgcalc-bench-gen DATA_DIR END_DATE [YEARS]
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <map>

#include "core/date.hpp"
#include "journal/entry.hpp"
#include "store/fs.hpp"
#include "store/journal_store.hpp"

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: mgcalc-bench-gen DATA_DIR END_DATE [YEARS]\n";
        return 2;
    }
    const std::string dir = argv[1];
    const auto end = mg::Date::parse(argv[2]);
    const int years = argc > 3 ? std::atoi(argv[3]) : 10;
    if (!end || years < 1 || years > 50) {
        std::cerr << "mgcalc-bench-gen: bad END_DATE or YEARS\n";
        return 2;
    }
    mg::store::make_dirs(dir + "/profiles");
    std::ofstream(dir + "/profiles/bench.yaml")
        << "version: 1\nname: \"Benchmark\"\nbirthdate: 1975-04-02\nsex: female\n"
           "medicines: [omeprazole, metformin]\nconditions: [type-2-diabetes]\nexclude: [peanut]\n";
    struct Item {
        const char* food;
        const char* name;
        const char* meal;
        const char* amount;
        int grams_mg;
        int ug;
    };
    // Twelve entries a day; magnesium values as recorded at logging (ids from foods/curated.yaml).
    const Item day[] = {
        {"oats", "Oats, rolled, dry", "breakfast", "0.333 cup", 27000, 37260},
        {"banana", "Banana", "breakfast", "1 medium", 118000, 31860},
        {"milk-2pct", "Milk, 2%", "breakfast", "1 cup", 244000, 26840},
        {"coffee", "Coffee, brewed", "breakfast", "1 cup", 237000, 7110},
        {"whole-wheat-bread", "Whole-wheat bread", "lunch", "2 slices", 64000, 48640},
        {"spinach-raw", "Spinach, raw", "lunch", "1 cup", 30000, 23700},
        {"chickpeas", "Chickpeas, boiled", "lunch", "1/2 cup", 82000, 39360},
        {"almonds", "Almonds", "snack", "1 oz", 28350, 76545},
        {"salmon-farmed", "Salmon, Atlantic, farmed, cooked", "dinner", "3 oz", 85000, 25500},
        {"brown-rice", "Brown rice, cooked", "dinner", "1 cup", 195000, 83850},
        {"broccoli-boiled", "Broccoli, boiled", "dinner", "1/2 cup", 78000, 16380},
    };
    std::map<std::string, std::string> months;
    const mg::Date start = end->plus_days(-365 * years + 1);
    size_t n = 0;
    for (mg::Date d = start; d <= *end; d = d.plus_days(1)) {
        std::string& m = months[mg::store::month_of(d)];
        int seq = 0;
        for (const auto& it : day) {
            mg::JournalEntry e;
            e.id = fmt::format("{}-{}", d.compact(), ++seq);
            e.date = d;
            e.meal = it.meal;
            e.food_id = it.food;
            e.name = it.name;
            e.amount = it.amount;
            e.food_mg = it.grams_mg;
            e.magnesium = mg::Magnesium::from_ug(it.ug);
            e.added = d.iso() + "T12:00:00Z";
            m += mg::entry_to_line(e);
            ++n;
        }
        mg::JournalEntry s;
        s.id = fmt::format("{}-{}", d.compact(), ++seq);
        s.date = d;
        s.kind = mg::EntryKind::supplement;
        s.name = "magnesium glycinate";
        s.amount = "100 mg";
        s.form = "glycinate";
        s.magnesium = mg::Magnesium::from_mg(100);
        s.added = d.iso() + "T21:00:00Z";
        m += mg::entry_to_line(s);
        ++n;
    }
    const std::string jdir = dir + "/journal/bench";
    mg::store::make_dirs(jdir);
    for (const auto& [month, lines] : months)
        std::ofstream(jdir + "/" + month + ".yaml") << "# mgcalc journal (benchmark workload)\n"
                                                    << mg::kJournalHeader << "\n"
                                                    << lines;
    std::cerr << fmt::format("mgcalc-bench-gen: {} entries in {} month files under {}\n", n,
                             months.size(), jdir);
    return 0;
}
