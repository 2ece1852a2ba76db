#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mg {

/// ASCII lower-casing (food names and units are ASCII in SR28; other bytes pass through).
std::string to_lower(std::string_view s);
std::string_view trim(std::string_view s);
/// Splits on any of `seps`, dropping empty pieces.
std::vector<std::string> split_words(std::string_view s, std::string_view seps = " \t,;()/\"");

/// Damerau-free Levenshtein distance, bounded: returns `limit + 1` once it exceeds `limit`.
int edit_distance(std::string_view a, std::string_view b, int limit = 1000);

/// The candidates closest to `word` (by edit distance, at most `max_distance`), best first.
std::vector<std::string> closest(std::string_view word, const std::vector<std::string>& candidates,
                                 int max_distance, size_t max_results = 3);

/// "did you mean 'x'?" / "did you mean 'x' or 'y'?" or empty when there is no candidate.
std::string did_you_mean(const std::vector<std::string>& options);

/// Word-wraps `text` to `width` columns, the first line starting at column `start_col`;
/// continuation lines start with `indent` spaces.
std::string wrap(std::string_view text, size_t width, size_t indent, size_t start_col = 0);

/// "did you mean 'x'? known: a, b" — `first` may be empty.
std::string hint_with(const std::string& first, const std::string& then);

/// Code points in UTF-8 text (continuation bytes are not counted).
size_t utf8_length(std::string_view s);

/// `s` when it has at most `width` code points, else its first `width - 1` code points and
/// "~": never cut inside a UTF-8 sequence (a byte cut leaves invalid text on screen).
std::string utf8_fit(std::string_view s, size_t width);

/// Joins with ", ".
std::string join(const std::vector<std::string>& parts, std::string_view sep = ", ");

}  // namespace mg
