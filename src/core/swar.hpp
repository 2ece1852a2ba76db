#pragma once
#include <cstdint>
#include <cstring>

/// Eight bytes at a time ("SIMD within a register"): clean_text skips whole words of printable
/// ASCII. (Tried on quoted scalars and CSV fields too: journal fields are too short for it to
/// pay, callgrind counted more instructions, not fewer.)
namespace mg::swar {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

/// The 8 bytes at `p` (unaligned; byte order does not matter to the tests below).
inline std::uint64_t load(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

/// Nonzero exactly when some byte of `w` is below `n` (n at most 0x80). Bytes from 0x80 up
/// never count.
constexpr std::uint64_t any_below(std::uint64_t w, unsigned n) {
    return (w - kOnes * n) & ~w & kHigh;
}

/// Nonzero exactly when some byte of `w` is `c`.
constexpr std::uint64_t any_equal(std::uint64_t w, unsigned char c) {
    return any_below(w ^ (kOnes * c), 1);
}

}  // namespace mg::swar
