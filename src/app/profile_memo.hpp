#pragma once
#include <map>
#include <mutex>
#include <string>

#include "core/date.hpp"
#include "profile/profile.hpp"

namespace mg::app {

/// Profiles as parsed from their files' bytes, kept between requests by a process that
/// answers many (the web app). parse_profile is a function of the path, the text and
/// `today`, so a file whose text is unchanged is not parsed again: an edit, by the app, the
/// CLI or by hand, is a different text and is parsed (and checked) in full. Thread-safe.
class ProfileMemo {
  public:
    /// parse_profile(path, text, today), from the memo when the same path last parsed the
    /// same text on the same day. Throws what parse_profile throws; a failure is not kept.
    Profile parse(const std::string& path, const std::string& text, Date today);

  private:
    struct Kept {
        std::string text;
        Date today;
        Profile profile;
    };
    std::mutex mutex_;
    std::map<std::string, Kept> kept_;  // by path; one per profile file
};

}  // namespace mg::app
