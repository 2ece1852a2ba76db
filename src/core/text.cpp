#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace mg {

std::string to_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view trim(std::string_view s) {
    const auto ws = " \t\r\n";
    const auto b = s.find_first_not_of(ws);
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(ws);
    return s.substr(b, e - b + 1);
}

std::vector<std::string> split_words(std::string_view s, std::string_view seps) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && seps.find(s[i]) != std::string_view::npos) ++i;
        size_t j = i;
        while (j < s.size() && seps.find(s[j]) == std::string_view::npos) ++j;
        if (j > i) out.emplace_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

namespace {
// The two rows of edit_distance's table: on the stack for words (the food search calls it
// for thousands of vocabulary words per query, and two heap rows a call were 7 % of a
// search's CPU), on the heap for longer text.
constexpr size_t kStackRow = 64;

int bounded_distance(std::string_view a, std::string_view b, int limit, int* prev, int* cur) {
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    // Only the band |i - j| <= limit can hold a distance within the limit (Ukkonen): cells
    // outside it count as limit + 1, so a typo test costs a few cells a row, not the row.
    const int over = limit + 1;
    for (int j = 0; j <= m; ++j) prev[j] = std::min(j, over);
    for (int i = 1; i <= n; ++i) {
        const int lo = std::max(1, i - limit), hi = std::min(m, i + limit);
        cur[0] = std::min(i, over);
        if (lo > 1) cur[lo - 1] = over;
        int row_min = lo == 1 ? cur[0] : over;
        for (int j = lo; j <= hi; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost, over});
            row_min = std::min(row_min, cur[j]);
        }
        if (hi < m) cur[hi + 1] = over;
        if (row_min > limit) return over;
        std::swap(prev, cur);
    }
    return std::min(prev[m], over);
}
}  // namespace

int edit_distance(std::string_view a, std::string_view b, int limit) {
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    if (std::abs(n - m) > limit) return limit + 1;
    if (b.size() < kStackRow) {
        std::array<int, kStackRow> prev, cur;
        return bounded_distance(a, b, limit, prev.data(), cur.data());
    }
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    return bounded_distance(a, b, limit, prev.data(), cur.data());
}

std::vector<std::string> closest(std::string_view word, const std::vector<std::string>& candidates,
                                 int max_distance, size_t max_results) {
    std::vector<std::pair<int, std::string>> scored;
    const std::string w = to_lower(word);
    for (const auto& c : candidates) {
        const int d = edit_distance(w, to_lower(c), max_distance);
        if (d <= max_distance) scored.emplace_back(d, c);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<std::string> out;
    for (auto& [d, c] : scored) {
        if (out.size() >= max_results) break;
        out.push_back(c);
    }
    return out;
}

std::string did_you_mean(const std::vector<std::string>& options) {
    if (options.empty()) return {};
    std::string s = "did you mean ";
    for (size_t i = 0; i < options.size(); ++i) {
        if (i > 0) s += i + 1 == options.size() ? " or " : ", ";
        s += "'" + options[i] + "'";
    }
    return s + "?";
}

std::string wrap(std::string_view text, size_t width, size_t indent, size_t start_col) {
    std::string out;
    size_t col = start_col;
    for (const auto& w : split_words(text, " ")) {
        if (!out.empty() && col + 1 + w.size() > width) {
            out += "\n" + std::string(indent, ' ');
            col = indent;
        } else if (!out.empty()) {
            out += ' ';
            ++col;
        }
        out += w;
        col += w.size();
    }
    return out;
}

std::string hint_with(const std::string& first, const std::string& then) {
    return first.empty() ? then : first + " " + then;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

size_t utf8_length(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::string utf8_fit(std::string_view s, size_t width) {
    if (utf8_length(s) <= width) return std::string(s);
    if (width == 0) return {};
    size_t kept = 0, end = 0;
    for (; end < s.size(); ++end) {
        const bool starts = (static_cast<unsigned char>(s[end]) & 0xC0) != 0x80;
        if (starts && kept++ == width - 1) break;
    }
    return std::string(s.substr(0, end)) + "~";
}

}  // namespace mg
