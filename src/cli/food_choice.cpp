#include "cli/food_choice.hpp"

#include <fmt/format.h>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"
#include "foods/food_db.hpp"

namespace mg::cli {

std::string choose_for_log(Context& ctx, const std::string& ref, const std::string& amount,
                           bool exact) {
    auto fits = [&](const Food& f) {
        try {
            resolve_amount(parse_amount(amount), f);
            return true;
        } catch (const InputError&) {
            return false;
        }
    };
    const Choice c = ctx.foods().choose(ref, exact, fits);
    if (!c.guessed) return ref;
    std::string others;
    for (const auto& h : c.others) others += (others.empty() ? "" : ", ") + h.food->id;
    const std::string msg = fmt::format(
        "'{}' is not an exact food name: chose {} ({}); for another, log its id{}, or see "
        "'mgcalc foods search {}' (--exact never guesses)",
        std::string(trim(ref)), c.food->name, c.food->id,
        others.empty() ? "" : " (e.g. " + others + ")", std::string(trim(ref)));
    if (ctx.format() == Format::json)
        ctx.warn(msg);
    else
        ctx.out << "note: " << msg << "\n";
    return c.food->id;
}

}  // namespace mg::cli
