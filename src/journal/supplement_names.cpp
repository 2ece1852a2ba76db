// Recognising a supplement's form from its product name (docs/methods.md §5).
#include <fmt/format.h>

#include <algorithm>

#include "core/text.hpp"
#include "journal/supplement.hpp"

namespace mg {
namespace {

/// A word sequence that names a salt in a product name.
struct SaltName {
    std::string_view words;       ///< lower case, one space between words
    std::string_view salt;        ///< SupplementForm::salt
    std::string_view water = {};  ///< the water it implies: Epsom salt is the heptahydrate
    std::string_view note = {};   ///< a caveat for converting a compound mass
};

size_t word_count(std::string_view words) {
    return static_cast<size_t>(std::count(words.begin(), words.end(), ' ')) + 1;
}

/// Longest first, so that "aspartate hydrochloride" is read before "aspartate" and
/// "citrate dibasic" before "citrate".
const std::vector<SaltName>& salt_names() {
    static const std::vector<SaltName> kNames = [] {
        std::vector<SaltName> names = {
            {.words = "oxide", .salt = "oxide"},
            {.words = "magox", .salt = "oxide"},
            {.words = "mag ox", .salt = "oxide"},
            {.words = "hydroxide", .salt = "hydroxide"},
            {.words = "milk of magnesia", .salt = "hydroxide"},
            {.words = "peroxide", .salt = "peroxide"},
            {.words = "carbonate", .salt = "carbonate"},
            {.words = "chloride", .salt = "chloride"},
            {.words = "sulfate", .salt = "sulfate"},
            {.words = "sulphate", .salt = "sulfate"},
            // "Epsom salt", "Epsom salts", "Dr Teal's Epsom": "salt" adds nothing.
            {.words = "epsom", .salt = "sulfate", .water = "heptahydrate"},
            {.words = "citrate", .salt = "citrate"},
            {.words = "hydrogen citrate", .salt = "citrate-dibasic"},
            {.words = "citrate dibasic", .salt = "citrate-dibasic"},
            {.words = "dibasic citrate", .salt = "citrate-dibasic"},
            {.words = "dibasic magnesium citrate", .salt = "citrate-dibasic"},
            // "Glycinate chelate", "bisglycinate chelate": "chelate" alone names no salt.
            {.words = "glycinate", .salt = "glycinate"},
            {.words = "bisglycinate", .salt = "glycinate"},
            {.words = "diglycinate", .salt = "glycinate"},
            // Dimagnesium malate carries two magnesium atoms per malate: not the salt of §5,
            // and no source here gives its percentage, so it is asked for, never guessed.
            {.words = "dimagnesium malate", .salt = "dimagnesium malate"},
            {.words = "malate", .salt = "malate"},
            {.words = "lactate", .salt = "lactate"},
            {.words = "taurate", .salt = "taurate"},
            {.words = "taurinate", .salt = "taurate"},
            {.words = "threonate", .salt = "threonate"},
            {.words = "magtein",
             .salt = "threonate",
             .note = "Magtein's label states 144 mg elemental magnesium per 2 g (7.2 %), less "
                     "than the 8.3 % of pure magnesium L-threonate; the label wins: log its "
                     "elemental magnesium without --compound"},
            {.words = "aspartate", .salt = "aspartate"},
            {.words = "aspartate hydrochloride", .salt = "aspartate-hydrochloride"},
            {.words = "aspartate hcl", .salt = "aspartate-hydrochloride"},
            {.words = "orotate", .salt = "orotate"},
            {.words = "gluconate", .salt = "gluconate"},
            {.words = "glycerophosphate", .salt = "glycerophosphate"},
            {.words = "pidolate", .salt = "pidolate"},
        };
        std::stable_sort(names.begin(), names.end(), [](const SaltName& a, const SaltName& b) {
            return word_count(a.words) > word_count(b.words);
        });
        return names;
    }();
    return kNames;
}

/// Lower-case words: runs of ASCII letters and digits, and of non-ASCII bytes (so that
/// "magnésium" stays one word). "L-threonate" is "l", "threonate"; "Mag-Ox" is "mag", "ox".
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words(1);
    for (const char c : to_lower(text)) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80)
            words.back() += c;
        else if (!words.back().empty())
            words.emplace_back();
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

bool words_at(const std::vector<std::string>& words, size_t at, std::string_view phrase) {
    for (const auto& w : split_words(phrase, " "))
        if (at >= words.size() || words[at++] != w) return false;
    return true;
}

bool is_water(std::string_view word) {
    const auto& forms = supplement_forms();
    return std::any_of(forms.begin(), forms.end(),
                       [&](const SupplementForm& f) { return f.water == word; });
}

void add_unique(std::vector<std::string>& to, std::string_view s) {
    if (std::find(to.begin(), to.end(), s) == to.end()) to.emplace_back(s);
}

/// What a name says: the salts it names, in order, and the waters written or implied.
struct Reading {
    std::vector<const SaltName*> names;
    std::vector<std::string> salts;
    std::vector<std::string> waters;
};

Reading read_name(std::string_view product_name) {
    const std::vector<std::string> words = words_of(product_name);
    const auto& names = salt_names();
    Reading r;
    for (size_t i = 0; i < words.size();) {
        const auto hit = std::find_if(names.begin(), names.end(), [&](const SaltName& n) {
            return words_at(words, i, n.words);
        });
        if (hit == names.end()) {
            if (is_water(words[i])) add_unique(r.waters, words[i]);
            ++i;
            continue;
        }
        r.names.push_back(&*hit);
        add_unique(r.salts, hit->salt);
        if (!hit->water.empty()) add_unique(r.waters, hit->water);
        i += word_count(hit->words);
    }
    return r;
}

std::vector<const SupplementForm*> forms_of(std::string_view salt) {
    std::vector<const SupplementForm*> out;
    for (const auto& f : supplement_forms())
        if (f.salt == salt) out.push_back(&f);
    return out;
}

const SupplementForm* usual_form(std::string_view salt) {
    for (const auto* f : forms_of(salt))
        if (f->usual) return f;
    return nullptr;
}

FormMatch ambiguous(std::string problem, const std::vector<const SupplementForm*>& candidates) {
    FormMatch m{.kind = FormMatch::Kind::ambiguous, .problem = std::move(problem)};
    for (const auto* f : candidates) m.candidates.push_back(f->id);
    return m;
}

/// Says which form was chosen for a name that writes no water, when the salt has others.
std::string unwritten_water_note(const SupplementForm& used) {
    std::vector<std::string> others;
    for (const auto* f : forms_of(used.salt))
        if (f != &used)
            others.push_back(fmt::format("for the {} use --form {}",
                                         f->water == "anhydrous" ? "anhydrous salt" : f->water,
                                         f->id));
    if (others.empty()) return {};
    return fmt::format("the name does not say anhydrous or which hydrate: used {}{}; {}", used.name,
                       used.water == "anhydrous" ? "" : ", as most products sold for oral use are",
                       join(others, "; "));
}

FormMatch match_salt(const std::string& salt, const Reading& r) {
    // Only dimagnesium malate has no row: the malate rows are offered for --form.
    if (forms_of(salt).empty())
        return ambiguous(fmt::format("names {}, which docs/methods.md §5 has no value for; use "
                                     "the label's elemental magnesium",
                                     salt),
                         forms_of("malate"));
    if (r.waters.size() > 1)
        return ambiguous(fmt::format("names {} as {}", salt, join(r.waters, " and ")),
                         forms_of(salt));
    const SupplementForm* form = usual_form(salt);
    if (!r.waters.empty()) {
        const auto forms = forms_of(salt);
        const auto it = std::find_if(forms.begin(), forms.end(), [&](const SupplementForm* f) {
            return f->water == r.waters.front();
        });
        if (it == forms.end())
            return ambiguous(fmt::format("names {} {}, which docs/methods.md §5 has no value for",
                                         salt, r.waters.front()),
                             forms);
        form = *it;
    }
    FormMatch m{.kind = FormMatch::Kind::one, .form = form};
    for (const auto* n : r.names)
        if (!n->note.empty()) add_unique(m.notes, n->note);
    if (r.waters.empty())
        if (std::string note = unwritten_water_note(*form); !note.empty())
            m.notes.push_back(std::move(note));
    return m;
}

}  // namespace

FormMatch match_form(std::string_view product_name) {
    const Reading r = read_name(product_name);
    if (r.salts.empty()) return {};
    if (r.salts.size() > 1) {
        std::vector<const SupplementForm*> usual;
        for (const auto& s : r.salts) usual.push_back(usual_form(s));
        return ambiguous(fmt::format("names more than one form ({})", join(r.salts)), usual);
    }
    return match_salt(r.salts.front(), r);
}

}  // namespace mg
