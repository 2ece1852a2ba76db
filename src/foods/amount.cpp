#include "foods/amount.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

#include "core/diagnostic.hpp"
#include "core/text.hpp"

namespace mg {
namespace {

struct Fraction {
    std::int64_t num;
    std::int64_t den;
};

// Unicode vulgar fractions people paste from recipes.
std::optional<Fraction> unicode_fraction(std::string_view s, size_t& len) {
    static const std::pair<const char*, Fraction> kFractions[] = {
        {"\u00BD", {1, 2}}, {"\u2153", {1, 3}}, {"\u2154", {2, 3}}, {"\u00BC", {1, 4}},
        {"\u00BE", {3, 4}}, {"\u2155", {1, 5}}, {"\u215B", {1, 8}}, {"\u2159", {1, 6}},
    };
    for (const auto& [t, f] : kFractions) {
        const std::string_view tv(t);
        if (s.substr(0, tv.size()) == tv) {
            len = tv.size();
            return f;
        }
    }
    return std::nullopt;
}

std::int64_t gcd(std::int64_t a, std::int64_t b) {
    return b == 0 ? a : gcd(b, a % b);
}

// Reads an unsigned decimal ("1", "1.5", ".5") as a fraction.
std::optional<Fraction> decimal(std::string_view s, size_t& i) {
    std::int64_t num = 0, den = 1;
    bool digits = false, dot = false;
    while (i < s.size()) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            if (num > 100'000'000'000LL) return std::nullopt;
            num = num * 10 + (c - '0');
            if (dot) den *= 10;
            if (den > 1'000'000) return std::nullopt;
            digits = true;
        } else if ((c == '.' || c == ',') && !dot && i + 1 < s.size() && s[i + 1] >= '0' &&
                   s[i + 1] <= '9') {
            dot = true;
        } else {
            break;
        }
        ++i;
    }
    if (!digits) return std::nullopt;
    return Fraction{num, den};
}

Fraction add(Fraction a, Fraction b) {
    return {a.num * b.den + b.num * a.den, a.den * b.den};
}

// The number a word names ("one" ... "twelve"), or 0.
int number_word(std::string_view w) {
    static constexpr std::string_view kWords[] = {"one",  "two", "three",  "four",
                                                  "five", "six", "seven",  "eight",
                                                  "nine", "ten", "eleven", "twelve"};
    for (int i = 0; i < 12; ++i)
        if (w == kWords[i]) return i + 1;
    return 0;
}

// Rewrites a quantity written in words at the start of `s` in digits, keeping the rest as
// written: "half a cup" -> "1/2 cup", "two and a half cups" -> "2 1/2 cups", "a" -> "1".
std::string digits_for_words(std::string_view s) {
    std::vector<std::string_view> w;  // the first words, lower-cased copies below
    size_t pos = 0;
    std::vector<size_t> ends;
    while (w.size() < 4 && pos < s.size()) {
        while (pos < s.size() && s[pos] == ' ') ++pos;
        size_t e = pos;
        while (e < s.size() && s[e] != ' ') ++e;
        if (e > pos) w.push_back(s.substr(pos, e - pos)), ends.push_back(e);
        pos = e;
    }
    std::vector<std::string> l;
    for (auto x : w) l.push_back(to_lower(x));
    auto is = [&](size_t i, std::string_view v) { return i < l.size() && l[i] == v; };
    auto rest = [&](size_t used) { return std::string(s.substr(used ? ends[used - 1] : 0)); };
    auto a_or_an = [&](size_t i) { return is(i, "a") || is(i, "an"); };
    if (l.empty()) return std::string(s);
    if (is(0, "half")) return "1/2" + rest(a_or_an(1) ? 2 : 1);
    if (a_or_an(0)) {
        if (is(1, "half")) return "1/2" + rest(2);
        if (is(1, "quarter")) return "1/4" + rest(2);
        if (is(1, "third")) return "1/3" + rest(2);
        return "1" + rest(1);
    }
    const bool digits = !l[0].empty() && l[0].find_first_not_of("0123456789") == std::string::npos;
    const int n = digits ? -1 : number_word(l[0]);
    if (n == 0) return std::string(s);
    const std::string whole = digits ? l[0] : std::to_string(n);
    if (is(1, "and") && is(2, "a") && is(3, "half")) return whole + " 1/2" + rest(4);
    return whole + rest(1);
}

}  // namespace

std::string quantity_text(const Amount& a) {
    if (a.den == 1) return std::to_string(a.num);
    if (a.num < a.den) return fmt::format("{}/{}", a.num, a.den);
    return fmt::format("{} {}/{}", a.num / a.den, a.num % a.den, a.den);
}

Amount parse_amount(std::string_view text) {
    const std::string spelled = digits_for_words(trim(text));
    const std::string_view s = spelled;
    Amount a;
    a.written = std::string(trim(text));
    auto bad = [&](const std::string& why) {
        return InputError::plain(fmt::format("amount '{}' {}", a.written, why),
                                 "write a number and a unit, e.g. '30 g', '1/2 cup', '1 medium'");
    };
    if (s.empty()) throw bad("is empty");
    if (s[0] == '-') throw bad("is negative");
    size_t i = 0, flen = 0;
    std::optional<Fraction> q;
    if (auto uf = unicode_fraction(s, flen)) {
        q = uf, i = flen;
    } else {
        q = decimal(s, i);
        if (!q) throw bad("does not start with a number");
        // "1/2", "1 1/2", "1½"
        if (i < s.size() && s[i] == '/') {
            size_t j = i + 1;
            auto d = decimal(s, j);
            if (!d || d->den != 1 || q->den != 1) throw bad("has a malformed fraction");
            if (d->num == 0) throw bad("divides by zero");
            q = Fraction{q->num, d->num}, i = j;
        } else if (auto uf2 = unicode_fraction(s.substr(i), flen)) {
            q = add(*q, *uf2), i += flen;
        } else if (i < s.size() && s[i] == ' ' && q->den == 1) {
            size_t j = i;
            while (j < s.size() && s[j] == ' ') ++j;
            size_t k = j;
            auto n2 = decimal(s, k);
            if (n2 && n2->den == 1 && k < s.size() && s[k] == '/') {
                ++k;
                auto d2 = decimal(s, k);
                if (!d2 || d2->den != 1 || d2->num == 0) throw bad("has a malformed fraction");
                q = add(*q, Fraction{n2->num, d2->num}), i = k;
            } else if (auto uf3 = unicode_fraction(s.substr(j), flen)) {
                q = add(*q, *uf3), i = j + flen;
            }
        }
    }
    const std::int64_t g = gcd(q->num, q->den);
    a.num = g ? q->num / g : q->num;
    a.den = g ? q->den / g : q->den;
    if (a.num <= 0) throw bad("is zero");
    a.unit = std::string(trim(s.substr(i)));
    if (!a.unit.empty() && static_cast<unsigned char>(a.unit[0]) < 0x80 &&
        !std::isalpha(static_cast<unsigned char>(a.unit[0])))
        throw bad("is not a single number and unit");
    // Lower-case, but keep a lone "T" (tablespoon) distinct from "t" (teaspoon).
    if (a.unit != "T") a.unit = to_lower(a.unit);
    return a;
}

std::string describe_portion(const Portion& p) {
    return fmt::format("{} ({} g)", p.name, format_grams(p.food_mg));
}

namespace {

std::optional<double> mass_unit_grams(const std::string& u) {
    static const std::pair<const char*, double> kMass[] = {
        {"g", 1},
        {"gram", 1},
        {"grams", 1},
        {"gr", 1},
        {"kg", 1000},
        {"kilogram", 1000},
        {"kilograms", 1000},
        {"oz", 28.349523125},
        {"ounce", 28.349523125},
        {"ounces", 28.349523125},
        {"lb", 453.59237},
        {"lbs", 453.59237},
        {"pound", 453.59237},
        {"pounds", 453.59237},
    };
    for (const auto& [n, g] : kMass)
        if (u == n) return g;
    return std::nullopt;
}

// US customary volumes in millilitres (SR28 household measures are US customary).
std::optional<double> volume_unit_ml(const std::string& u) {
    static const std::pair<const char*, double> kVol[] = {
        {"tsp", 4.92892159375},
        {"teaspoon", 4.92892159375},
        {"teaspoons", 4.92892159375},
        {"t", 4.92892159375},
        {"tbsp", 14.78676478125},
        {"tablespoon", 14.78676478125},
        {"tablespoons", 14.78676478125},
        {"tbs", 14.78676478125},
        {"tbl", 14.78676478125},
        {"T", 14.78676478125},
        {"cup", 236.5882365},
        {"cups", 236.5882365},
        {"c", 236.5882365},
        {"fl oz", 29.5735295625},
        {"fluid ounce", 29.5735295625},
        {"fluid ounces", 29.5735295625},
        {"ml", 1},
        {"milliliter", 1},
        {"milliliters", 1},
        {"millilitre", 1},
        {"millilitres", 1},
        {"l", 1000},
        {"liter", 1000},
        {"litre", 1000},
        {"liters", 1000},
        {"litres", 1000},
        {"pint", 473.176473},
        {"quart", 946.352946},
        {"dl", 100},
    };
    for (const auto& [n, ml] : kVol)
        if (u == n) return ml;
    return std::nullopt;
}

std::string singular(std::string w) {
    if (w.size() > 3 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
    if (w.size() > 4 && (w.ends_with("ches") || w.ends_with("shes") || w.ends_with("oes")))
        return w.substr(0, w.size() - 2);
    if (w.size() > 2 && w.back() == 's' && !w.ends_with("ss")) return w.substr(0, w.size() - 1);
    return w;
}

std::vector<std::string> unit_tokens(std::string_view unit) {
    std::vector<std::string> out;
    for (auto& w : split_words(to_lower(unit), " ,;()\"'")) out.push_back(singular(w));
    return out;
}

// The ml of one `unit` of a portion whose unit starts with a volume word ("cup, chopped").
std::optional<double> portion_volume_ml(const Portion& p) {
    const auto toks = split_words(to_lower(p.unit), " ,;()");
    if (toks.empty()) return std::nullopt;
    if (toks.size() >= 2 && toks[0] == "fl" && toks[1] == "oz") return volume_unit_ml("fl oz");
    if (toks[0] == "oz" || toks[0] == "t") return std::nullopt;
    return volume_unit_ml(toks[0]);
}

std::string portions_list(const Food& f) {
    std::vector<std::string> names;
    for (const auto& p : f.portions) names.push_back(describe_portion(p));
    return names.empty() ? "none" : join(names);
}

bool has_portion_word(const Food& f, const std::string& word) {
    for (const auto& p : f.portions) {
        const auto toks = unit_tokens(p.unit);
        if (std::find(toks.begin(), toks.end(), word) != toks.end()) return true;
    }
    return false;
}

}  // namespace

bool is_measure_unit(const std::string& unit) {
    const std::string u = unit == "T" ? unit : to_lower(unit);
    return mass_unit_grams(u) || volume_unit_ml(u);
}

bool is_volume_unit(const std::string& unit) {
    return volume_unit_ml(unit == "T" ? unit : to_lower(unit)).has_value();
}

DefaultServing default_serving(const Food& food) {
    if (const Portion* p = food.serving_portion())
        return {.food_mg = p->food_mg, .text = describe_portion(*p)};
    return {.food_mg = 100'000, .text = "100 g"};
}

namespace {

// The portion whose unit words include every word of `want`, preferring one that starts with
// the same word, then the one with the fewest other words; nullptr when none has them all.
const Portion* best_portion(const Food& f, const std::vector<std::string>& want) {
    const Portion* best = nullptr;
    size_t best_extra = 1000;
    bool best_first = false;
    for (const auto& p : f.portions) {
        const auto have = unit_tokens(p.unit);
        bool all = true;
        for (const auto& w : want)
            if (std::find(have.begin(), have.end(), w) == have.end()) all = false;
        if (!all) continue;
        const bool first = !have.empty() && !want.empty() && have[0] == want[0];
        const size_t extra = have.size() - std::min(have.size(), want.size());
        if (!best || (first && !best_first) || (first == best_first && extra < best_extra))
            best = &p, best_extra = extra, best_first = first;
    }
    return best;
}

}  // namespace

Resolved resolve_amount(const Amount& a, const Food& f) {
    Resolved r;
    const std::string& u = a.unit;
    double grams = -1;
    const auto tokens = unit_tokens(u);
    if (u.empty() || tokens == std::vector<std::string>{"default", "serving"} ||
        (tokens == std::vector<std::string>{"serving"} && !has_portion_word(f, "serving"))) {
        const DefaultServing d = default_serving(f);
        grams = a.quantity() * static_cast<double>(d.food_mg) / 1000.0;
        r.via = d.text + ", the default serving";
    } else if (auto g = mass_unit_grams(u)) {
        grams = a.quantity() * *g;
        r.via = u;
    } else if (auto ml = volume_unit_ml(u)) {
        for (const auto& p : f.portions) {
            if (auto pml = portion_volume_ml(p)) {
                const double g_per_ml =
                    (static_cast<double>(p.food_mg) / 1000.0) / (p.amount * *pml);
                grams = a.quantity() * *ml * g_per_ml;
                r.via = "via " + describe_portion(p);
                break;
            }
        }
        if (grams < 0)
            throw InputError::plain(
                fmt::format("{} has no volume portion, so '{}' cannot be converted to grams", f.id,
                            a.written),
                fmt::format("its portions: {}; or use g, oz or lb", portions_list(f)));
    } else {
        auto want = unit_tokens(u);
        const Portion* best = best_portion(f, want);
        std::string read_as;
        // FNDDS cuts pizza, pie and cake into "pieces"; people eat "slices" of them.
        if (auto slice = std::find(want.begin(), want.end(), "slice");
            !best && slice != want.end()) {
            *slice = "piece";
            if ((best = best_portion(f, want))) read_as = " ('slice' read as 'piece')";
        }
        if (!best)
            throw InputError::plain(
                fmt::format("{} has no portion '{}'", f.id, u),
                fmt::format("its portions: {}; or use g, oz or lb", portions_list(f)));
        grams = a.quantity() * (static_cast<double>(best->food_mg) / 1000.0) / best->amount;
        r.via = describe_portion(*best) + read_as;
    }
    const double food_mg = std::round(grams * 1000.0);
    if (!(food_mg > 0))
        throw InputError::plain(fmt::format("amount '{}' weighs nothing", a.written));
    if (food_mg > static_cast<double>(kMaxEntryFoodMg))
        throw InputError::plain(
            fmt::format("amount '{}' is {} g, over the 5 kg limit for one entry", a.written,
                        static_cast<long long>(grams)),
            "check the number and the unit");
    r.food_mg = static_cast<std::int64_t>(food_mg);
    return r;
}

}  // namespace mg
