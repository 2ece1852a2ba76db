// FoodDb's one ranking (docs/food-data.md#lookup-and-search): `foods search`, the "did you
// mean" of an unknown food, and the food `log add` picks for a name that is not exact.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

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

// Scores one food, or returns false when some query word matches nothing in it. `text` and
// `toks` are reused buffers, so that scoring allocates nothing per food.
bool score_food(const Food& f, const std::vector<std::string>& words, std::string& text,
                std::vector<std::string_view>& toks, SearchHit& hit) {
    text.assign(f.name);
    const size_t name_end = text.size();
    for (const auto& a : f.aliases) text += ' ', text += a;
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    tokens(text, toks);
    int score = 0, name_words = 0, name_toks = 0;
    bool whole = true, generic = false;
    for (size_t i = 0; i < toks.size(); ++i) {
        if (toks[i].data() + toks[i].size() > text.data() + name_end) break;
        ++name_toks;
        // USDA's "not further specified" food is the one it codes an unqualified report to.
        if (toks[i] == "nfs" || ns_as_to(toks, i))
            generic = true;
        else if (!filler(toks[i]))
            ++name_words;
    }
    for (const auto& w : words) {
        int best = 0;
        for (size_t i = 0; i < toks.size(); ++i) {
            const auto& t = toks[i];
            const bool in_name = static_cast<int>(i) < name_toks;
            if (same_word(t, w)) {
                best = std::max(best, in_name ? 30 : 26);
                if (in_name) break;
            } else if (t.size() > w.size() && w.size() >= 2 && t.compare(0, w.size(), w) == 0) {
                best = std::max(best, 20);
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
    if (!toks.empty() && same_word(toks[0], words[0])) score += 5;
    if (generic) score += 3;
    hit = {.food = &f, .score = score, .match = whole ? MatchKind::words : MatchKind::partial};
    return true;
}

// Whether `a` ranks before `b`: match kind, then tier, then score.
bool ranks_before(const SearchHit& a, const SearchHit& b) {
    if (a.match != b.match) return a.match > b.match;
    if (a.food->tier() != b.food->tier()) return a.food->tier() < b.food->tier();
    return a.score > b.score;
}

// Whether score_food gives text word `t` a nonzero score for query word `w` (a whole word,
// a prefix or a typo). It must accept every word score_food scores, or search would miss
// foods: tests/unit/test_food_search.cpp holds search to search_every_food.
bool may_score(std::string_view t, const std::string& w) {
    if (same_word(t, w)) return true;
    if (t.size() > w.size() && w.size() >= 2 && t.compare(0, w.size(), w) == 0) return true;
    if (w.size() < 4 || std::abs(static_cast<int>(t.size()) - static_cast<int>(w.size())) > 2 ||
        !(t[0] == w[0] || (t.size() > 1 && t[1] == w[1])))
        return false;
    const int max_d = w.size() >= 7 ? 2 : 1;
    return edit_distance(w, t, max_d) <= max_d;
}

// The positions in `t`, ascending, of the foods that hold a word for every query word.
std::vector<std::uint32_t> candidates(const FoodTable& t, const std::vector<std::string>& words) {
    std::vector<std::uint32_t> out;
    for (size_t k = 0; k < words.size(); ++k) {
        const std::string& w = words[k];
        std::vector<std::uint32_t> with =
            t.with_word([&w](std::string_view word) { return may_score(word, w); });
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
    std::string text;
    std::vector<std::string_view> toks;
    auto score = [&](const Food& f) {
        SearchHit hit{.food = &f, .score = 0, .match = MatchKind::partial};
        if (hidden(f) || !score_food(f, words, text, toks, hit)) return;
        if (hit.match == MatchKind::words) hit.match = phrase_or_words(f, words);
        hits.push_back(hit);
    };
    for (const auto& f : core_) score(f);
    // The tables in order, scoring only the foods that hold a word for each query word
    // (the others would fail score_food): the same hits in the same order.
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

void FoodDb::unknown(std::string_view ref) const {
    std::vector<std::string> cands;
    for (const auto& h : search(ref, 3)) cands.push_back(h.food->name + "' (" + h.food->id + ")");
    std::string hint;
    if (!cands.empty()) {
        // did_you_mean quotes each candidate; the id goes after the name.
        hint = "did you mean ";
        for (size_t i = 0; i < cands.size(); ++i)
            hint += (i ? (i + 1 == cands.size() ? " or '" : ", '") : "'") + cands[i];
        hint += "?";
    } else {
        hint = "try 'mgcalc foods search WORDS'";
    }
    throw InputError::plain(fmt::format("unknown food '{}'", std::string(trim(ref))), hint);
}

Choice FoodDb::choose(std::string_view ref, bool exact,
                      const std::function<bool(const Food&)>& fits) const {
    Choice c;
    c.food = find(ref);
    if (!c.food && !exact) {
        std::vector<SearchHit> hits = search(ref, 50);
        // Only a food every word names, and one people eat as such, is taken for the name.
        std::erase_if(hits, [](const SearchHit& h) {
            return h.match < MatchKind::words || h.food->tier() == FoodTier::ingredient;
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
