#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "foods/food.hpp"

namespace mg {

class WriterFirstMutex;  // core/writer_first_mutex.hpp

/// A FoodTable's bytes failed a check (a checksum, a bound): they are never trusted.
struct FoodTableDamaged : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// One tier's foods in the derived cache's encoding (docs/performance.md), with an id index,
/// a name index and search postings (every word of every name and alias, with the foods that
/// hold it). Nothing is decoded up front: each section's checksum is verified when it is first
/// used, and each food's own checksum when it is decoded, so that `foods show usda-12014`
/// decodes one food and a search decodes only the foods that hold its words.
///
/// Damaged bytes are never trusted: when a check fails, the table calls its `reload` (which
/// re-reads the YAML) and carries on with those bytes; without one it throws FoodTableDamaged.
/// Foods returned stay valid (and unchanged) for the table's lifetime, across a reload.
///
/// Its methods may be called from several threads at once (the web server shares one table
/// between requests): the first use of a section, a food's decoding and a reload happen under
/// the table's exclusive lock, reading what is built under its shared lock, and a food, once
/// decoded, is never changed or moved.
class FoodTable {
  public:
    /// The bytes of a table of `foods`, in the given order.
    static std::string encode(const std::vector<Food>& foods);
    /// A table of `foods` (encoded in memory).
    static FoodTable of(const std::vector<Food>& foods);

    /// A table over `bytes` (what `encode` wrote), kept alive by `owner`; `reload` gives
    /// fresh bytes when these turn out damaged (may be empty).
    FoodTable(std::shared_ptr<const void> owner, std::string_view bytes,
              std::function<std::string()> reload = {});
    FoodTable();
    ~FoodTable();
    FoodTable(FoodTable&&) noexcept;
    FoodTable& operator=(FoodTable&&) noexcept;

    size_t size() const;
    /// The food at `i` (< size()), decoded once.
    const Food& food(size_t i) const;
    /// Every food, decoded, in order.
    std::vector<Food> decode_all() const;
    /// The food with this id (the first in order when several have it), or nullptr.
    const Food* by_id(std::string_view id) const;
    /// The first food in order whose lower-cased name (core/text to_lower) is `lower`.
    const Food* by_name(std::string_view lower) const;
    /// Where a search may find a word of the vocabulary (every word of the lower-cased names
    /// and aliases, as search_text::tokens splits them): words that start with `prefix`, words
    /// that end with `ends`, and words that may be within `typo_edits` edits of `typo_of`
    /// while sharing its first or its second letter (their lengths within 2 of its length,
    /// and their sets of letters within `typo_edits` letters either way). An empty part looks
    /// nowhere. The table keeps the vocabulary in orders that make each part a few ranges,
    /// so that a search looks at the words that can match rather than at all of them.
    struct WordRanges {
        std::string_view prefix, ends, typo_of;
        int typo_edits = 0;
    };
    /// Ascending indices of the foods that hold a word within `where` for which `matches` is
    /// true. `matches` must be false for every word outside `where` (the caller's promise:
    /// tests compare with a scan of every food).
    std::vector<std::uint32_t> with_word(
        const WordRanges& where, const std::function<bool(std::string_view word)>& matches) const;

  private:
    struct State;
    /// `fast()` under the shared lock, unless it says (nullopt) that what it reads is not
    /// built yet or the bytes turn out damaged; then `op()` under the exclusive lock, which
    /// builds what it needs and reloads damaged bytes. `fast` must only read.
    template <typename Fast, typename Op>
    auto read(Fast fast, Op op) const -> decltype(op());
    /// by_id and by_name: the food at the position `find()` gives (the number of foods when
    /// none), read shared once `built()` holds and the food is decoded; otherwise `build()`
    /// and the decoding happen under the exclusive lock.
    template <typename Built, typename Build, typename Find>
    const Food* lookup(Built built, Build build, Find find) const;
    std::unique_ptr<State> s_;
    // Guards *s_ (a pointer: the table stays movable). Shared while a section is read, so
    // that concurrent searches do not queue behind each other; exclusive to build a section,
    // decode a food or reload, and then first in line.
    std::unique_ptr<WriterFirstMutex> mutex_;
};

}  // namespace mg
