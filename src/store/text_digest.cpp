#include "store/text_digest.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

// Inlined from Debian's libxxhash-dev header: no library to link or to ship, and the state's
// layout, which the shared library does not promise to keep, is then this build's own.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace mg::store {

struct TextDigest::State {
    XXH3_state_t xxh;
};

TextDigest::TextDigest() noexcept = default;
TextDigest::~TextDigest() = default;
TextDigest::TextDigest(TextDigest&& other) noexcept
    : state_(std::move(other.state_)), size_(std::exchange(other.size_, 0)) {}

TextDigest& TextDigest::operator=(TextDigest&& other) noexcept {
    state_ = std::move(other.state_);
    size_ = std::exchange(other.size_, 0);
    return *this;
}

TextDigest::TextDigest(const TextDigest& other) : size_(other.size_) {
    if (other.state_) {
        state_ = std::make_unique<State>();
        XXH3_copyState(&state_->xxh, &other.state_->xxh);
    }
}

TextDigest& TextDigest::operator=(const TextDigest& other) {
    if (this != &other) *this = TextDigest(other);
    return *this;
}

void TextDigest::append(std::string_view s) {
    if (!state_) {
        state_ = std::make_unique<State>();
        XXH3_128bits_reset(&state_->xxh);
    }
    XXH3_128bits_update(&state_->xxh, s.data(), s.size());
    size_ += s.size();
}

std::array<std::uint64_t, 2> TextDigest::hash() const {
    const XXH128_hash_t h = state_ ? XXH3_128bits_digest(&state_->xxh) : XXH3_128bits("", 0);
    return {h.low64, h.high64};
}

bool TextDigest::operator==(const TextDigest& other) const {
    return size() == other.size() && hash() == other.hash();
}

TextDigest digest_of(std::string_view text) {
    TextDigest d;
    d.append(text);
    return d;
}

bool file_matches(const std::string& path, const TextDigest& digest) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st {};
    // A size other than the digested text's settles it without reading.
    bool readable = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
                    static_cast<std::uint64_t>(st.st_size) == digest.size();
    TextDigest found;
    char block[64 * 1024];
    while (readable) {
        const ssize_t n = ::read(fd, block, sizeof block);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            readable = n == 0;
            break;
        }
        found.append(std::string_view(block, static_cast<size_t>(n)));
        // Grown since the fstat: not the text, whatever follows.
        if (found.size() > digest.size()) readable = false;
    }
    ::close(fd);
    return readable && found == digest;
}

}  // namespace mg::store
