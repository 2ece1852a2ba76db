#include "app/profile_memo.hpp"

namespace mg::app {

Profile ProfileMemo::parse(const std::string& path, const std::string& text, Date today) {
    {
        std::lock_guard lock(mutex_);
        const auto it = kept_.find(path);
        if (it != kept_.end() && it->second.today == today && it->second.text == text)
            return it->second.profile;
    }
    // Parsed outside the lock: threads asking for other profiles do not wait on this one.
    Profile p = parse_profile(path, text, today);
    std::lock_guard lock(mutex_);
    kept_.insert_or_assign(path, Kept{.text = text, .today = today, .profile = p});
    return p;
}

}  // namespace mg::app
