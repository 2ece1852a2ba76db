#pragma once
#include <array>
#include <string_view>
#include <vector>

namespace mg::search_text {

// The word splitting of FoodDb's search, shared by its scoring (food_search.cpp) and the
// search postings of a FoodTable (food_table.cpp), so that both see the same words.

inline constexpr std::string_view kSeps = " \t,;()/\"'-:";

/// Whether `c` separates words in a food name or alias.
inline bool is_sep(char c) {
    static constexpr auto kTable = [] {
        std::array<bool, 256> t{};
        for (char s : kSeps) t[static_cast<unsigned char>(s)] = true;
        return t;
    }();
    return kTable[static_cast<unsigned char>(c)];
}

/// Splits lower-cased `text` into word views into `out` (cleared first).
inline void tokens(std::string_view text, std::vector<std::string_view>& out) {
    out.clear();
    for (size_t i = 0; i < text.size();) {
        while (i < text.size() && is_sep(text[i])) ++i;
        size_t j = i;
        while (j < text.size() && !is_sep(text[j])) ++j;
        if (j > i) out.emplace_back(text.data() + i, j - i);
        i = j;
    }
}

}  // namespace mg::search_text
