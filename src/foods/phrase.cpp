#include "foods/phrase.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"

namespace mg {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_number_word(const std::string& w) {
    static const std::vector<std::string> kWords = {"a",     "an",   "half", "one",    "two",
                                                    "three", "four", "five", "six",    "seven",
                                                    "eight", "nine", "ten",  "eleven", "twelve"};
    return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// Digits, a decimal point or a vulgar fraction (UTF-8 lead bytes of ½ ⅓ ⅔ ¼ ¾ ⅕ ⅛ ⅙).
bool starts_numeric(std::string_view w) {
    if (w.empty()) return false;
    const auto c = static_cast<unsigned char>(w[0]);
    return is_digit(w[0]) || (w[0] == '.' && w.size() > 1 && is_digit(w[1])) || c == 0xC2 ||
           c == 0xE2;
}

// A word that is a quantity: digits, a decimal or a fraction ("1/2", "½", "1½"), alone or
// glued to a unit ("30g", "2cups"); not the start of a food's name ("2%", "7-up").
bool quantity_word(std::string_view w) {
    size_t i = 0;
    while (i < w.size()) {
        const auto c = static_cast<unsigned char>(w[i]);
        if (is_digit(w[i]) || w[i] == '.' || w[i] == '/') {
            ++i;
        } else if (c == 0xC2 && i + 1 < w.size()) {  // ¼ ½ ¾
            i += 2;
        } else if (c == 0xE2 && i + 2 < w.size()) {  // ⅓ ⅔ ⅕ ⅙ ⅛ ...
            i += 3;
        } else {
            break;
        }
    }
    if (i == 0) return false;
    return std::all_of(w.begin() + static_cast<std::ptrdiff_t>(i), w.end(),
                       [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

bool looks_like_amount(std::string_view text) {
    const auto words = split_words(to_lower(trim(text)), " ");
    return !words.empty() && (quantity_word(words[0]) || is_number_word(words[0]));
}

// Words of a phrase; "30g" and "2cups" are split after the number.
std::vector<std::string> phrase_words(std::string_view phrase) {
    std::vector<std::string> out;
    for (const auto& w : split_words(phrase, " \t")) {
        size_t i = 0;
        while (i < w.size() && (is_digit(w[i]) || w[i] == '.' || w[i] == '/')) ++i;
        const bool glued = i > 0 && i < w.size() && std::isalpha(static_cast<unsigned char>(w[i]));
        if (glued) {
            out.push_back(w.substr(0, i));
            out.push_back(w.substr(i));
        } else {
            out.push_back(w);
        }
    }
    return out;
}

bool fraction_word(const std::string& w) {
    const size_t slash = w.find('/');
    return (slash != std::string::npos && slash > 0 && slash + 1 < w.size() &&
            w.find_first_not_of("0123456789/") == std::string::npos) ||
           (!w.empty() && !is_digit(w[0]) && starts_numeric(w));
}

// How many of the first words make the quantity: "1", "1 1/2", "half a", "a", "two and a half".
size_t quantity_words(const std::vector<std::string>& w) {
    auto is = [&](size_t i, const char* v) { return i < w.size() && to_lower(w[i]) == v; };
    auto and_a_half = [&](size_t i) { return is(i, "and") && is(i + 1, "a") && is(i + 2, "half"); };
    if (w.empty()) return 0;
    const std::string first = to_lower(w[0]);
    if (first == "half") return is(1, "a") || is(1, "an") ? 2 : 1;
    if (first == "a" || first == "an")
        return is(1, "half") || is(1, "quarter") || is(1, "third") ? 2 : 1;
    size_t n = 0;
    if (is_number_word(first)) {
        n = 1;
    } else if (starts_numeric(first)) {
        n = 1;
        const bool whole = first.find_first_not_of("0123456789") == std::string::npos;
        if (whole && w.size() > 1 && fraction_word(w[1])) n = 2;
    }
    if (n == 1 && and_a_half(1)) n = 4;
    return n;
}

std::string joined(const std::vector<std::string>& w, size_t from, size_t to) {
    std::vector<std::string> part(w.begin() + static_cast<std::ptrdiff_t>(from),
                                  w.begin() + static_cast<std::ptrdiff_t>(to));
    return join(part, " ");
}

// The food named by `text`, as written or in the singular ("bananas", "peaches", "berries").
const Food* find_food(const FoodDb& db, const std::string& text) {
    if (text.empty()) return nullptr;
    if (const Food* f = db.find(text)) return f;
    const std::string l = to_lower(text);
    if (l.ends_with("ies"))
        if (const Food* f = db.find(l.substr(0, l.size() - 3) + "y")) return f;
    if (l.ends_with("es"))
        if (const Food* f = db.find(l.substr(0, l.size() - 2))) return f;
    if (l.ends_with("s")) return db.find(l.substr(0, l.size() - 1));
    return nullptr;
}

// The food part after the unit words, without a leading "of".
size_t skip_of(const std::vector<std::string>& w, size_t i) {
    return i < w.size() && to_lower(w[i]) == "of" ? i + 1 : i;
}

[[noreturn]] void unknown_food(const FoodDb& db, const std::vector<std::string>& w, size_t q) {
    // The standard "unknown food" error, for the reading whose text has suggestions; but a
    // reading that names a magnesium product ("epsom salt" in "10 g epsom salt") keeps the
    // hint to log it as a supplement, whatever a shorter reading ("salt") would suggest. Of
    // those, the shortest: without the unit's words.
    // Not, though, a reading that cuts "milk of magnesia" after its "of": the product is
    // named whole ("2 tbsp milk of magnesia" names 'milk of magnesia', not 'magnesia').
    std::optional<InputError> first, suggested, product;
    for (size_t k = q; k < w.size() && k < q + 3; ++k) {
        const bool cuts_a_name = skip_of(w, k) > k && k > 0 && to_lower(w[k - 1]) == "milk";
        try {
            db.resolve(joined(w, skip_of(w, k), w.size()));
        } catch (const InputError& e) {
            if (!first) first = e;
            const std::string& hint = e.diagnostics().front().hint;
            if (hint.starts_with("a magnesium") && !(product && cuts_a_name)) product = e;
            if (!suggested && hint.starts_with("did you mean")) suggested = e;
        }
    }
    throw product ? *product : suggested ? *suggested : *first;
}

}  // namespace

std::vector<FoodItem> pair_food_words(const std::vector<std::string>& words) {
    if (words.size() < 2) return {};
    bool pairs = words.size() >= 4 && words.size() % 2 == 0;
    for (size_t i = 0; pairs && i < words.size(); ++i)
        pairs = looks_like_amount(words[i]) == (i % 2 == 1);
    std::vector<FoodItem> out;
    if (pairs) {
        for (size_t i = 0; i < words.size(); i += 2) out.push_back({words[i], words[i + 1]});
    } else {
        std::vector<std::string> rest(words.begin() + 1, words.end());
        out.push_back({words[0], join(rest, " ")});
    }
    return out;
}

namespace {

// The best ranked food for the words after the quantity (as `log add` guesses): with a
// measure unit, for the words after it; else, for each reading of up to three portion words
// ("2 slices of toast": "slices", then "toast"), the first whose guess fits the amount, and
// last the whole text as default servings. Sets u.food (or leaves it null) and returns
// where the food's words start.
size_t guess_food(const FoodDb& db, const std::vector<std::string>& w, size_t q, size_t unit_end,
                  const std::string& digits, Understood& u) {
    auto attempt = [&](size_t food_from, const std::string& amount) {
        const auto fits = [&](const Food& f) {
            try {
                resolve_amount(parse_amount(amount), f);
                return true;
            } catch (const InputError&) {
                return false;
            }
        };
        try {
            const Choice c = db.choose(joined(w, skip_of(w, food_from), w.size()), false, fits);
            if (!fits(*c.food)) return false;
            u.food = c.food;
            u.guessed = c.guessed;
            for (const auto& h : c.others) u.others.push_back(h.food->id);
            return true;
        } catch (const InputError&) {
            return false;
        }
    };
    if (unit_end > q)
        return attempt(unit_end, digits + " " + joined(w, q, unit_end)) ? unit_end : q;
    for (size_t k = q + 1; k < w.size() && k < q + 4; ++k)
        if (skip_of(w, k) < w.size() && attempt(k, digits + " " + joined(w, q, k))) return k;
    attempt(q, digits);
    return q;
}

}  // namespace

std::vector<std::string> split_phrases(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& p : split_words(text, ";\n\r"))
        if (!trim(p).empty()) out.emplace_back(trim(p));
    return out;
}

namespace {

Understood understand_one(std::string_view phrase_in, const FoodDb& db, bool exact) {
    Understood u{.phrase = std::string(trim(phrase_in))};
    const auto w = phrase_words(u.phrase);
    const size_t q = quantity_words(w);
    if (q == 0)
        throw InputError::plain(
            fmt::format("'{}' does not start with an amount", u.phrase),
            "write the amount first, e.g. '1 cup oatmeal', 'half a cup of rice' or '2 bananas'");
    if (q == w.size())
        throw InputError::plain(fmt::format("'{}' names no food", u.phrase),
                                "write the food after the amount, e.g. '2 tbsp peanut butter'");
    const std::string quantity = joined(w, 0, q);
    size_t unit_end = q;
    // A mass or volume unit right after the quantity is the unit, whatever follows.
    if (q + 1 < w.size() && to_lower(w[q]) == "fl" && to_lower(w[q + 1]) == "oz")
        unit_end = q + 2;
    else if (is_measure_unit(w[q]))
        unit_end = q + 1;
    if (unit_end > q && skip_of(w, unit_end) >= w.size())
        throw InputError::plain(fmt::format("'{}' names no food", u.phrase),
                                "write the food after the amount, e.g. '2 tbsp peanut butter'");
    // The quantity in digits ("half a" -> "1/2"): the journal reads the same to everyone.
    const std::string digits = quantity_text(parse_amount(quantity));
    if (unit_end > q) {
        u.food = find_food(db, joined(w, skip_of(w, unit_end), w.size()));
    } else {
        // No unit, or up to three portion words ("medium", "large slice"), then the food.
        for (size_t k = q; k < w.size() && k < q + 4 && !u.food; ++k)
            if ((u.food = find_food(db, joined(w, skip_of(w, k), w.size())))) unit_end = k;
    }
    if (!u.food && !exact) unit_end = guess_food(db, w, q, unit_end, digits, u);
    if (!u.food) unknown_food(db, w, unit_end > q ? skip_of(w, unit_end) : q);
    u.amount = unit_end > q ? digits + " " + joined(w, q, unit_end) : digits;
    resolve_amount(parse_amount(u.amount), *u.food);  // throws when the unit does not fit
    return u;
}

// "1 banana, 1 cup milk": two foods written as one phrase (a comma, then a number). Returns
// the phrase split with ';' ("1 banana; 1 cup milk"), or empty when it does not look so.
std::string as_several(std::string_view phrase) {
    std::string out(trim(phrase));
    bool several = false;
    for (size_t c = out.find(", "); c != std::string::npos; c = out.find(", ", c + 1))
        if (c + 2 < out.size() && std::isdigit(static_cast<unsigned char>(out[c + 2])))
            out[c] = ';', several = true;
    return several ? out : std::string();
}

}  // namespace

Understood understand_phrase(std::string_view phrase_in, const FoodDb& db, bool exact) {
    try {
        return understand_one(phrase_in, db, exact);
    } catch (const InputError& e) {
        // Not refused up front: a name may hold ", 2" ("Milk, 2%"). Only when the phrase
        // fails is the likelier mistake named.
        const std::string split = as_several(phrase_in);
        if (split.empty() || e.diagnostics().size() != 1) throw;
        Diagnostic d = e.diagnostics().front();
        d.hint += fmt::format("{}several foods? separate them with ';': '{}'",
                              d.hint.empty() ? "" : "; ", split);
        throw InputError(std::move(d));
    }
}

}  // namespace mg
