#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace mg::store {

/// What a text was, without keeping it: its size and its 128-bit XXH3 hash, extended as the
/// text grows (the web app's month memo, whose text may run to megabytes and whose size must
/// not grow with it: docs/performance.md). Two texts of the same size and hash are taken for
/// the same; for texts that differ, however they came to differ short of being made to
/// collide on purpose, that happens with odds of about 2^-128 (docs/journal-safety.md).
class TextDigest {
  public:
    TextDigest() noexcept;  ///< of "" (no state until something is appended)
    ~TextDigest();
    TextDigest(const TextDigest& other);
    TextDigest& operator=(const TextDigest& other);
    TextDigest(TextDigest&& other) noexcept;
    TextDigest& operator=(TextDigest&& other) noexcept;

    /// Adds `s` at the end of the text.
    void append(std::string_view s);
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    /// The hash of the text so far (of "" for a new or moved-from digest).
    std::array<std::uint64_t, 2> hash() const;
    bool operator==(const TextDigest& other) const;

  private:
    struct State;
    std::unique_ptr<State> state_;  ///< the hash's running state; null: nothing appended
    size_t size_ = 0;
};

/// The digest of `text`.
TextDigest digest_of(std::string_view text);

/// Whether the regular file `path` holds the text `digest` was taken of: false when it
/// differs, is missing or cannot be read. Reads it a block at a time, neither keeping it nor
/// mapping it.
bool file_matches(const std::string& path, const TextDigest& digest);

}  // namespace mg::store
