// FoodDb's one ranking (docs/food-data.md#lookup-and-search): `foods search`, the "did you
// mean" of an unknown food, and the food `log add` picks for a name that is not exact.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <span>

#include "core/text.hpp"
#include "foods/food_db.hpp"
#include "foods/search_text.hpp"

namespace mg {
namespace {

using search_text::kSeps;
using search_text::tokens;

// FNDDS foods USDA codes only as recipe ingredients (WWEIA 9999): not offered by name.
bool hidden(const Food& f) {
    return f.group == "not-included-in-a-food-category";
}

// Kinds of food that accompany or stand in for a food rather than being one people name by
// its main word: alcohol ("soda" is not whiskey and soda), sauces and dressings ("salad" is
// not salad dressing, "fries" not fry sauce), infant formula and powders. Such a food ranks
// after the other foods of its match and tier unless a query word names its kind, or the
// query is the food's own name (a phrase match), so a search for it still finds it. Keyed
// by WWEIA category (the FNDDS `group`; curated groups for spices).
struct SideKind {
    std::span<const std::string_view> groups;
    std::span<const std::string_view> named_by;  ///< query words (singular) that ask for it
};

constexpr std::string_view kAlcoholGroups[] = {"liquor-and-cocktails", "beer", "wine"};
constexpr std::string_view kAlcoholWords[] = {
    "alcohol", "alcoholic", "ale",     "beer",   "bourbon", "brandy", "champagne", "cocktail",
    "cognac",  "daiquiri",  "gin",     "lager",  "liqueur", "liquor", "margarita", "martini",
    "mimosa",  "mojito",    "rum",     "sake",   "sangria", "scotch", "spritzer",  "stout",
    "tequila", "vodka",     "whiskey", "whisky", "wine"};
constexpr std::string_view kSauceGroups[] = {"salad-dressings-and-vegetable-oils",
                                             "dips-gravies-other-sauces",
                                             "mustard-and-other-condiments",
                                             "tomato-based-condiments",
                                             "soy-based-condiments",
                                             "pasta-sauces-tomato-based",
                                             "mayonnaise",
                                             "jams-syrups-toppings",
                                             "sugar-substitutes"};
constexpr std::string_view kSauceWords[] = {
    "aioli",     "catsup",  "condiment", "dip",      "dressing",  "gravy",      "jam",
    "jelly",     "ketchup", "marinade",  "marinara", "marmalade", "mayo",       "mayonnaise",
    "mustard",   "oil",     "pesto",     "preserve", "relish",    "salsa",      "sauce",
    "seasoning", "spread",  "sweetener", "syrup",    "topping",   "vinaigrette"};
constexpr std::string_view kInfantGroups[] = {"formula-prepared-from-powder",
                                              "formula-ready-to-feed", "baby-juice", "baby-water"};
constexpr std::string_view kInfantWords[] = {"baby", "formula", "infant", "toddler"};
constexpr std::string_view kPowderGroups[] = {"protein-and-nutritional-powders"};
constexpr std::string_view kPowderWords[] = {"mix", "powder", "protein"};

// Curated spices: "curry" is a dish before it is a teaspoon of curry powder.
constexpr std::string_view kSpiceGroups[] = {"herbs-spices"};
constexpr std::string_view kSpiceWords[] = {"cumin",     "paprika", "pepper", "powder",
                                            "seasoning", "seed",    "spice"};

constexpr SideKind kSideKinds[] = {
    {.groups = kAlcoholGroups, .named_by = kAlcoholWords},
    {.groups = kSauceGroups, .named_by = kSauceWords},
    {.groups = kInfantGroups, .named_by = kInfantWords},
    {.groups = kPowderGroups, .named_by = kPowderWords},
    {.groups = kSpiceGroups, .named_by = kSpiceWords},
};

bool contains(std::span<const std::string_view> list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// "ginger ale", "root beer": soft drinks, whose last word asks for no alcohol.
bool soft_drink_at(const std::vector<std::string>& words, size_t i) {
    if (i == 0) return false;
    const std::string &a = words[i - 1], &b = words[i];
    return (b == "ale" && a == "ginger") ||
           (b == "beer" && (a == "ginger" || a == "root" || a == "birch"));
}

// Whether `f` is a side food the query does not ask for.
bool side_food(const Food& f, const std::vector<std::string>& words) {
    for (const auto& kind : kSideKinds) {
        if (!contains(kind.groups, f.group)) continue;
        for (size_t i = 0; i < words.size(); ++i)
            if (contains(kind.named_by, words[i]) && !soft_drink_at(words, i)) return false;
        return true;
    }
    return false;
}

// "beans" -> "bean", "berries" -> "berry", "tomatoes" -> "tomato"; query words only.
std::string singular(std::string w) {
    if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
    if (w.size() > 4 && (w.ends_with("oes") || w.ends_with("ches") || w.ends_with("shes")))
        return w.substr(0, w.size() - 2);
    if (w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us"))
        return w.substr(0, w.size() - 1);
    return w;
}

// Whether text token `t` is query word `q` (singular) or one of its plurals.
bool same_word(std::string_view t, std::string_view q) {
    if (t == q) return true;
    if (t.size() <= q.size() || t.compare(0, q.size(), q) != 0) {
        // "berries" for "berry"
        return q.size() > 1 && q.back() == 'y' && t.size() == q.size() + 2 &&
               t.compare(0, q.size() - 1, q, 0, q.size() - 1) == 0 && t.ends_with("ies");
    }
    const std::string_view rest = t.substr(q.size());
    return rest == "s" || rest == "es";
}

// Joining words a query may hold or not: "mac and cheese", "rice with beans".
bool filler(std::string_view w) {
    return w == "and" || w == "with" || w == "or" || w == "of" || w == "in" || w == "the" ||
           w == "a" || w == "&";
}

// Words after which a name or query qualifies its food rather than naming it.
bool preposition(std::string_view w) {
    return w == "with" || w == "from" || w == "in" || w == "on" || w == "for" || w == "without";
}

// The kind of food a query names: its last word before any preposition ("coffee with
// cream" is a coffee, "cheese pizza" a pizza), singular.
std::string query_head(std::string_view query) {
    std::string head;
    for (auto& w : split_words(to_lower(query), kSeps)) {
        if (!head.empty() && preposition(w)) break;
        if (!filler(w)) head = singular(w);
    }
    return head;
}

// Whether the query qualifies its food with a preposition: "coffee with cream".
bool qualified(std::string_view query) {
    const auto words = split_words(to_lower(query), kSeps);
    return std::any_of(words.begin() + (words.empty() ? 0 : 1), words.end(),
                       [](const std::string& w) { return preposition(w); });
}

// The words that must match: singular, without fillers (unless there is nothing else).
std::vector<std::string> query_words(std::string_view query) {
    std::vector<std::string> all, out;
    for (auto& w : split_words(to_lower(query), kSeps)) all.push_back(singular(w));
    for (auto& w : all)
        if (!filler(w) && std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
    return out.empty() ? all : out;
}

bool ns_as_to(const std::vector<std::string_view>& toks, size_t i) {
    return toks[i] == "ns" && i + 2 < toks.size() && toks[i + 1] == "as" && toks[i + 2] == "to";
}

// Whether one name or alias, once USDA's "not further specified" markers are set aside
// ("lasagna NFS", "pizza, NS as to source, topping and crust"), is exactly the query's words
// (fillers aside). An FNDDS alias counts only with such a marker: USDA then says that the
// plain name is coded to this food, where a bare one ("almond" of a soy creamer) is a
// variant. Curated and custom aliases are names people type, reviewed: they always count.
bool phrase_matches(const std::string& text, const std::vector<std::string>& words,
                    bool need_marker) {
    const std::string lower = to_lower(text);
    std::vector<std::string_view> toks;
    tokens(lower, toks);
    std::vector<bool> used(words.size(), false);
    bool marker = false;
    for (size_t i = 0; i < toks.size(); ++i) {
        if (toks[i] == "nfs") {
            marker = true;
            continue;
        }
        if (ns_as_to(toks, i)) {
            marker = true;
            break;
        }
        if (filler(toks[i])) continue;
        bool found = false;
        for (size_t k = 0; k < words.size(); ++k)
            if (same_word(toks[i], words[k])) found = used[k] = true;
        if (!found) return false;
    }
    return (marker || !need_marker) &&
           std::all_of(used.begin(), used.end(), [](bool b) { return b; });
}

MatchKind phrase_or_words(const Food& f, const std::vector<std::string>& words) {
    if (phrase_matches(f.name, words, false)) return MatchKind::phrase;
    const bool need_marker = f.tier() != FoodTier::everyday;
    for (const auto& a : f.aliases)
        if (phrase_matches(a, words, need_marker)) return MatchKind::phrase;
    return MatchKind::words;
}

// Where a name's parts are: its first comma, and a restaurant's name in parentheses (a
// capitalised word: "(Burger King)", not "(skim)" or "(2%)"). npos when absent.
struct NameShape {
    size_t first_comma = std::string::npos;
    size_t brand_begin = std::string::npos;
    size_t brand_end = std::string::npos;
};

NameShape name_shape(std::string_view name) {
    NameShape s{.first_comma = name.find(',')};
    for (size_t open = name.find('('); open != std::string_view::npos;
         open = name.find('(', open + 1)) {
        if (open + 1 < name.size() && name[open + 1] >= 'A' && name[open + 1] <= 'Z') {
            s.brand_begin = open;
            s.brand_end = std::min(name.find(')', open), name.size());
            break;
        }
    }
    return s;
}

// Scores one food, or returns false when some query word matches nothing in it. `text` and
// `toks` are reused buffers, so that scoring allocates nothing per food.
bool score_food(const Food& f, const std::vector<std::string>& words, const std::string& qhead,
                std::string& text, std::vector<std::string_view>& toks, SearchHit& hit) {
    text.assign(f.name);
    const size_t name_end = text.size();
    for (const auto& a : f.aliases) text += ' ', text += a;
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    tokens(text, toks);
    int score = 0, name_words = 0, name_toks = 0;
    bool whole = true, generic = false;
    const NameShape shape = name_shape(f.name);
    std::string_view head;  // the last word before the first comma: "Orange juice, 100%"
    bool head_done = false, unspecified = false;
    for (size_t i = 0; i < toks.size(); ++i) {
        const size_t at = static_cast<size_t>(toks[i].data() - text.data());
        if (at + toks[i].size() > name_end) break;
        ++name_toks;
        // "Topping from cheese pizza" is a topping, "Pasta with sauce" a pasta.
        head_done = head_done || at >= shape.first_comma || at >= shape.brand_begin ||
                    (!head.empty() && preposition(toks[i]));
        if (!head_done) head = toks[i];
        // USDA's "not further specified" food is the one it codes an unqualified report to;
        // the words after "NS as to" name what is unknown, not what the food is.
        if (toks[i] == "nfs")
            generic = true;
        else if (ns_as_to(toks, i))
            generic = unspecified = true;
        else if (!filler(toks[i]) && !unspecified)
            ++name_words;
    }
    for (const auto& w : words) {
        int best = 0;
        for (size_t i = 0; i < toks.size(); ++i) {
            const auto& t = toks[i];
            const bool in_name = static_cast<int>(i) < name_toks;
            const size_t at = static_cast<size_t>(t.data() - text.data());
            if (in_name && at >= shape.brand_begin && at < shape.brand_end) {
                // A restaurant's name ("Cheeseburger (Burger King)") is not the food's.
                if (same_word(t, w)) best = std::max(best, 20);
            } else if (same_word(t, w)) {
                best = std::max(best, in_name ? 30 : 26);
                if (in_name) break;
            } else if (t.size() > w.size() && w.size() >= 2 && t.compare(0, w.size(), w) == 0) {
                best = std::max(best, 20);
            } else if (w.size() >= 5 && t.size() >= w.size() + 3 && t.ends_with(w)) {
                // The head of a compound: a hamburger is a burger (partial: a pineapple is not
                // an apple).
                best = std::max(best, 18);
            } else if (w.size() >= 4 && best < 15 &&
                       std::abs(static_cast<int>(t.size()) - static_cast<int>(w.size())) <= 2 &&
                       (t[0] == w[0] || (t.size() > 1 && t[1] == w[1]))) {
                // Typos: one edit for short words, two from seven letters. Words that share
                // neither of the first two letters are not considered typos.
                const int max_d = w.size() >= 7 ? 2 : 1;
                const int d = edit_distance(w, t, max_d);
                if (d <= max_d) best = std::max(best, 15 - 4 * d);
            }
        }
        if (best == 0) return false;
        whole = whole && best >= 26;
        score += best;
    }
    // Shorter names are more likely what was meant: "almonds" over "almond paste"; a name
    // that starts with the first word ("Pizza, cheese") over one that mentions it later.
    score -= std::min(name_words, 20);
    // English puts the kind of food last ("cheese pizza" is a pizza) and USDA first, before
    // the comma ("Pizza, cheese"; "Cheese, Mozzarella" is a cheese).
    const bool head_kind = !head.empty() && !qhead.empty() && same_word(head, qhead);
    // ... and a name that starts with it ("Pizza, cheese") over one that only ends with it.
    const bool first_kind = !toks.empty() && !qhead.empty() && same_word(toks[0], qhead);
    if (head_kind) score += 5;
    if (first_kind) score += 3;
    if (generic) score += 3;
    hit = {.food = &f,
           .score = score,
           .match = whole ? MatchKind::words : MatchKind::partial,
           .side = side_food(f, words),
           .kind = head_kind || first_kind};
    return true;
}

// Whether `a` ranks before `b`: match kind, then tier, then side foods last, then score.
bool ranks_before(const SearchHit& a, const SearchHit& b) {
    if (a.match != b.match) return a.match > b.match;
    if (a.food->tier() != b.food->tier()) return a.food->tier() < b.food->tier();
    if (a.side != b.side) return b.side;
    return a.score > b.score;
}

// Whether score_food gives text word `t` a nonzero score for query word `w` (a whole word,
// a prefix or a typo). It must accept every word score_food scores, or search would miss
// foods: tests/unit/test_food_search.cpp holds search to search_every_food.
bool may_score(std::string_view t, const std::string& w) {
    if (t.empty() || w.empty()) return false;
    if (t[0] != w[0]) {
        // Most of the vocabulary: a word that does not start as `w` does is neither `w`, its
        // plural nor a longer word it begins; only a compound or a typo of the second letter
        // is left. Tested first because the search runs this on every word it knows.
        if (w.size() >= 5 && t.size() >= w.size() + 3 && t.ends_with(w)) return true;
        if (w.size() < 4 || t.size() < 2 || t[1] != w[1] ||
            std::abs(static_cast<int>(t.size()) - static_cast<int>(w.size())) > 2)
            return false;
        const int max_d = w.size() >= 7 ? 2 : 1;
        return edit_distance(w, t, max_d) <= max_d;
    }
    if (same_word(t, w)) return true;
    if (t.size() > w.size() && w.size() >= 2 && t.compare(0, w.size(), w) == 0) return true;
    if (w.size() >= 5 && t.size() >= w.size() + 3 && t.ends_with(w)) return true;  // compounds
    if (w.size() < 4 || std::abs(static_cast<int>(t.size()) - static_cast<int>(w.size())) > 2 ||
        !(t[0] == w[0] || (t.size() > 1 && t[1] == w[1])))
        return false;
    const int max_d = w.size() >= 7 ? 2 : 1;
    return edit_distance(w, t, max_d) <= max_d;
}

// Where in a table's vocabulary may_score(t, w) can be true: t starts with w (w, its plurals
// and longer words; "berries" with "berr" for "berry"), ends with it (compounds, from five
// letters), or is a typo of it (from four letters).
FoodTable::WordRanges may_score_ranges(const std::string& w) {
    const std::string_view v = w;
    const bool berry = w.size() > 1 && w.back() == 'y';
    return {.prefix = berry ? v.substr(0, w.size() - 1) : v,
            .ends = w.size() >= 5 ? v : std::string_view(),
            .typo_of = w.size() >= 4 ? v : std::string_view(),
            .typo_edits = w.size() >= 7 ? 2 : 1};
}

// The positions in `t`, ascending, of the foods that hold a word for every query word.
std::vector<std::uint32_t> candidates(const FoodTable& t, const std::vector<std::string>& words) {
    std::vector<std::uint32_t> out;
    for (size_t k = 0; k < words.size(); ++k) {
        const std::string& w = words[k];
        std::vector<std::uint32_t> with = t.with_word(
            may_score_ranges(w), [&w](std::string_view word) { return may_score(word, w); });
        if (k == 0) {
            out = std::move(with);
        } else {
            std::vector<std::uint32_t> both;
            std::set_intersection(out.begin(), out.end(), with.begin(), with.end(),
                                  std::back_inserter(both));
            out = std::move(both);
        }
        if (out.empty()) break;
    }
    return out;
}

}  // namespace

std::vector<SearchHit> FoodDb::search(std::string_view query, size_t limit) const {
    return search(query, limit, true);
}

std::vector<SearchHit> FoodDb::search_every_food(std::string_view query, size_t limit) const {
    return search(query, limit, false);
}

std::vector<SearchHit> FoodDb::search(std::string_view query, size_t limit, bool postings) const {
    const std::vector<std::string> words = query_words(query);
    std::vector<SearchHit> hits;
    if (words.empty()) return hits;
    const std::string head = query_head(query);
    std::string text;
    std::vector<std::string_view> toks;
    auto score = [&](const Food& f) {
        SearchHit hit{.food = &f, .score = 0, .match = MatchKind::partial};
        if (hidden(f) || !score_food(f, words, head, text, toks, hit)) return;
        if (hit.match == MatchKind::words) hit.match = phrase_or_words(f, words);
        if (hit.match == MatchKind::phrase) hit.side = false;  // named by its own name
        hits.push_back(hit);
    };
    // Each tier in order, scoring only the foods that hold a word for each query word (the
    // others would fail score_food): the same hits in the same order.
    if (postings) {
        for (std::uint32_t i : candidates(core_table(), words)) score(core_[i]);
    } else {
        for (const auto& f : core_) score(f);
    }
    for (const LazyTier* tier : {&as_eaten_, &table_}) {
        const FoodTable& t = tier->get();
        if (!postings) {
            for (size_t i = 0; i < t.size(); ++i) score(t.food(i));
            continue;
        }
        for (std::uint32_t i : candidates(t, words)) score(t.food(i));
    }
    std::stable_sort(hits.begin(), hits.end(), ranks_before);
    if (hits.size() > limit) hits.resize(limit);
    return hits;
}

namespace {

// The one everyday food whose id begins `ref`, when `ref` is written as ids are (one word of
// lower-case letters, digits and hyphens, with a hyphen: "milk-2"); else nullptr.
const Food* id_completion(const std::vector<Food>& foods, std::string_view ref) {
    ref = trim(ref);
    if (ref.find('-') == std::string_view::npos ||
        ref.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string_view::npos)
        return nullptr;
    const Food* only = nullptr;
    for (const auto& f : foods) {
        if (!f.id.starts_with(ref)) continue;
        if (only) return nullptr;
        only = &f;
    }
    return only;
}

}  // namespace

void FoodDb::unknown(std::string_view ref) const {
    std::vector<std::string> cands;
    for (const auto& h : search(ref, 3)) cands.push_back(h.food->name + "' (" + h.food->id + ")");
    std::string hint, form_hint;
    if (const Food* f = id_completion(core_, ref)) {
        hint = fmt::format("did you mean '{}' ({})? Write the whole id", f->name, f->id);
    } else if (!cands.empty()) {
        // did_you_mean quotes each candidate; the id goes after the name.
        hint = "did you mean ";
        for (size_t i = 0; i < cands.size(); ++i)
            hint += (i ? (i + 1 == cands.size() ? " or '" : ", '") : "'") + cands[i];
        hint += "?";
    } else {
        hint = "try 'mgcalc foods search WORDS'";
        form_hint = "search for it on the Foods page";
    }
    // Foods hold magnesium; a product named for it is a supplement, whose mg come from its
    // label (or compound and form), never from a food table.
    const auto words = query_words(ref);
    const std::vector<std::string_view> said(words.begin(), words.end());
    // Milk of magnesia and Epsom salt are laxatives (Epsom salt a bath salt too): what is
    // taken by mouth counts toward the upper limit, like any supplement (reference §1, §5).
    // No food is offered for them: a food that shares a word (tofu made with magnesium
    // chloride) is not what was taken.
    const bool epsom = contains(said, "epsom"), magnesia = contains(said, "magnesia");
    const bool laxative = epsom || magnesia;
    if (laxative) cands.clear();
    if (contains(said, "magnesium") || laxative) {
        const std::string what =
            epsom      ? "a magnesium laxative taken by mouth (not a bath soak, which is not "
                         "intake) is logged"
            : magnesia ? "a magnesium laxative is logged"
                       : "a magnesium supplement is logged";
        form_hint =
            what + " with the supplement form" + (cands.empty() ? std::string() : "; or " + hint);
        // --compound: the amount is the salt's mass, which mgcalc turns into magnesium.
        const std::string amount =
            epsom      ? ", AMOUNT the grams of Epsom salt taken, with --compound"
            : magnesia ? ", AMOUNT the mg of magnesium hydroxide in what you took (the label "
                         "gives it per spoonful or per mL: multiply by the amount taken), with "
                         "--compound; when the label gives magnesium itself, that amount "
                         "without --compound"
                       : "";
        hint = what + " with 'mgcalc log supplement NAME AMOUNT'" + amount +
               (cands.empty() ? std::string() : "; or " + hint);
    }
    throw InputError::plain(fmt::format("unknown food '{}'", std::string(trim(ref))), hint)
        .in_form_words("", form_hint);
}

Choice FoodDb::choose(std::string_view ref, bool exact,
                      const std::function<bool(const Food&)>& fits) const {
    Choice c;
    c.food = find(ref);
    // An id cut short ("milk-2" for milk-2pct) is a typo of that id: refused with it, never
    // taken for words of a name (macaroni and cheese made with milk).
    if (!c.food && !exact && id_completion(core_, ref)) unknown(ref);
    if (!c.food && !exact) {
        std::vector<SearchHit> hits = search(ref, 50);
        // Only a food every word names, and one people eat as such, is taken for the name;
        // never a drink with alcohol, a sauce, formula or a powder the words do not ask for.
        // "Coffee with cream" must be a coffee: USDA codes the cream apart, and a frozen
        // coffee drink with whipped cream is another food.
        const bool must_be_kind = qualified(ref);
        std::erase_if(hits, [&](const SearchHit& h) {
            return h.match < MatchKind::words || h.food->tier() == FoodTier::ingredient || h.side ||
                   (must_be_kind && !h.kind && h.match != MatchKind::phrase);
        });
        if (!hits.empty()) {
            size_t pick = 0;
            for (size_t i = 0; fits && i < hits.size(); ++i) {
                if (hits[i].match != hits[0].match || hits[i].food->tier() != hits[0].food->tier())
                    break;
                if (fits(*hits[i].food)) {
                    pick = i;
                    break;
                }
            }
            c.food = hits[pick].food;
            c.guessed = true;
            hits.erase(hits.begin() + static_cast<std::ptrdiff_t>(pick));
            hits.resize(std::min<size_t>(hits.size(), 3));
            c.others = std::move(hits);
        }
    }
    if (!c.food) unknown(ref);
    if (!c.food->broken.empty())
        throw InputError::plain(c.food->broken,
                                fmt::format("fix it with 'mgcalc recipe add {} --force ...' or "
                                            "remove it with 'mgcalc foods rm {}'",
                                            c.food->id, c.food->id));
    return c;
}

}  // namespace mg
