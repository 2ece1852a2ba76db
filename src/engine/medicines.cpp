// Class names and the matching of free-text medicine names to the catalogue.
#include "engine/medicines.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

namespace mg {

std::string_view to_string(DrugClass c) {
    switch (c) {
        case DrugClass::ppi:
            return "ppi";
        case DrugClass::loop_diuretic:
            return "loop-diuretic";
        case DrugClass::thiazide_diuretic:
            return "thiazide-diuretic";
        case DrugClass::potassium_sparing_diuretic:
            return "potassium-sparing-diuretic";
        case DrugClass::bisphosphonate:
            return "bisphosphonate";
        case DrugClass::tetracycline:
            return "tetracycline";
        case DrugClass::quinolone:
            return "quinolone";
        case DrugClass::metformin:
            return "metformin";
        case DrugClass::calcineurin_inhibitor:
            return "calcineurin-inhibitor";
        case DrugClass::other_hypomagnesemia:
            return "other-hypomagnesemia";
        case DrugClass::digoxin:
            return "digoxin";
        case DrugClass::levothyroxine:
            return "levothyroxine";
        case DrugClass::integrase_inhibitor:
            return "integrase-inhibitor";
        case DrugClass::gabapentin:
            return "gabapentin";
        case DrugClass::eltrombopag:
            return "eltrombopag";
        case DrugClass::erlotinib:
            return "erlotinib";
        case DrugClass::mycophenolate:
            return "mycophenolate";
        case DrugClass::separate_3_to_4_hours:
            return "separate-3-to-4-hours";
        case DrugClass::separate_1_hour:
            return "separate-1-hour";
    }
    return "";
}

std::string_view class_title(DrugClass c) {
    switch (c) {
        case DrugClass::ppi:
            return "proton pump inhibitor";
        case DrugClass::loop_diuretic:
            return "loop diuretic";
        case DrugClass::thiazide_diuretic:
            return "thiazide diuretic";
        case DrugClass::potassium_sparing_diuretic:
            return "potassium-sparing diuretic";
        case DrugClass::bisphosphonate:
            return "bisphosphonate";
        case DrugClass::tetracycline:
            return "tetracycline antibiotic";
        case DrugClass::quinolone:
            return "fluoroquinolone antibiotic";
        case DrugClass::calcineurin_inhibitor:
            return "calcineurin inhibitor";
        case DrugClass::other_hypomagnesemia:
            return "medicine reported to lower magnesium";
        case DrugClass::integrase_inhibitor:
            return "HIV integrase inhibitor";
        case DrugClass::separate_3_to_4_hours:
            return "to be kept 3 to 4 hours from magnesium";
        case DrugClass::separate_1_hour:
            return "to be kept 1 hour from magnesium";
        case DrugClass::metformin:
        case DrugClass::digoxin:
        case DrugClass::levothyroxine:
        case DrugClass::gabapentin:
        case DrugClass::eltrombopag:
        case DrugClass::erlotinib:
        case DrugClass::mycophenolate:
            return to_string(c);  // a class of one substance: its name
    }
    return "";
}

std::string_view to_string(BrandStatus s) {
    switch (s) {
        case BrandStatus::primary:
            return "primary";
        case BrandStatus::secondary:
            return "secondary";
        case BrandStatus::widely_known:
            return "widely known, not read from a label";
    }
    return "";
}

bool MedicineMatch::has(DrugClass c) const {
    for (const auto* g : generics)
        if (std::find(g->classes.begin(), g->classes.end(), c) != g->classes.end()) return true;
    return false;
}

std::vector<std::string> MedicineMatch::generic_names() const {
    std::vector<std::string> out;
    for (const auto* g : generics) out.push_back(g->name);
    return out;
}

namespace {

// Word separators in a medicine text ("Lasix 40mg, daily (morning)", "elvitegravir/cobicistat").
constexpr std::string_view kSeparators = " \t,;:()[]/+&*.\"'-";

std::vector<std::string> words_of(std::string_view text) {
    return split_words(to_lower(text), kSeparators);
}

// A name the matcher knows: a generic, one of its spellings, or a brand.
struct Name {
    std::vector<std::string> words;
    std::string text = {};  // words joined by single spaces
    std::string display;    // as printed ("Vibramycin", "hydrochlorothiazide")
    std::vector<const Generic*> generics;
};

const std::vector<Name>& names() {
    static const std::vector<Name> kNames = [] {
        std::vector<Name> out;
        auto add = [&](std::string_view display, std::vector<const Generic*> gs) {
            Name n{.words = words_of(display), .display = std::string(display), .generics = gs};
            n.text = join(n.words, " ");
            out.push_back(std::move(n));
        };
        for (const auto& g : medicine_generics()) {
            add(g.name, {&g});
            for (const auto& s : g.spellings) add(s, {&g});
        }
        for (const auto& b : medicine_brands()) {
            std::vector<const Generic*> gs;
            for (const auto& n : b.generics) gs.push_back(find_generic(n));
            add(b.name, gs);
        }
        return out;
    }();
    return kNames;
}

bool contains_run(const std::vector<std::string>& words, const std::vector<std::string>& run) {
    if (run.empty() || run.size() > words.size()) return false;
    for (size_t i = 0; i + run.size() <= words.size(); ++i)
        if (std::equal(run.begin(), run.end(), words.begin() + static_cast<long>(i))) return true;
    return false;
}

// Optimal string alignment distance: Levenshtein plus adjacent transpositions ("nexuim").
int typo_distance(std::string_view a, std::string_view b) {
    const size_t n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
    for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
    for (size_t i = 1; i <= n; ++i)
        for (size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[n][m];
}

// Typos tolerated: none below 5 letters, one up to 8, two from 9.
int typo_limit(const std::string& name) {
    return name.size() >= 9 ? 2 : name.size() >= 5 ? 1 : 0;
}

bool is_known_other(const std::string& word) {
    const auto& others = known_other_medicines();
    return std::find(others.begin(), others.end(), word) != others.end();
}

bool typo_candidate(const std::vector<std::string>& window) {
    for (const auto& w : window)
        if (is_known_other(w) ||
            std::any_of(w.begin(), w.end(), [](unsigned char ch) { return std::isdigit(ch) != 0; }))
            return false;
    return window.size() > 1 || window[0].size() >= 5;
}

void add_generics(MedicineMatch& m, const std::vector<const Generic*>& gs) {
    for (const auto* g : gs)
        if (std::find(m.generics.begin(), m.generics.end(), g) == m.generics.end())
            m.generics.push_back(g);
}

// The closest names to one run of words: recognised when they all mean the same substances.
void match_typo(MedicineMatch& m, const std::vector<std::string>& window) {
    const std::string text = join(window, " ");
    int best = 1000;
    std::vector<const Name*> at_best;
    for (const auto& n : names()) {
        if (n.words.size() != window.size()) continue;
        const int d = typo_distance(text, n.text);
        if (d > typo_limit(n.text) || d > best) continue;
        if (d < best) at_best.clear();
        best = d;
        at_best.push_back(&n);
    }
    if (at_best.empty()) return;
    const bool unique = std::all_of(at_best.begin(), at_best.end(), [&](const Name* n) {
        return n->generics == at_best.front()->generics;
    });
    if (unique) {
        add_generics(m, at_best.front()->generics);
        m.fuzzy = true;
        if (m.read_as.empty()) m.read_as = at_best.front()->display;
        return;
    }
    for (const auto* n : at_best) m.close.push_back(n->display);
}

}  // namespace

MedicineMatch match_medicine(std::string_view written) {
    MedicineMatch m;
    m.written = std::string(trim(written));
    const std::vector<std::string> words = words_of(m.written);
    for (const auto& n : names())
        if (contains_run(words, n.words)) add_generics(m, n.generics);
    if (m.generics.empty()) {
        constexpr size_t kLongestName = 3;  // "cellulose sodium phosphate"
        for (size_t k = 1; k <= kLongestName; ++k)
            for (size_t i = 0; i + k <= words.size(); ++i) {
                const std::vector<std::string> window(words.begin() + static_cast<long>(i),
                                                      words.begin() + static_cast<long>(i + k));
                if (typo_candidate(window)) match_typo(m, window);
            }
        if (m.recognised()) m.close.clear();
    }
    // Catalogue order, whatever order the text named them in.
    std::sort(m.generics.begin(), m.generics.end());
    return m;
}

}  // namespace mg
