#pragma once
#include <string>

#include "cli/context.hpp"

namespace mg::cli {

/// The food `log add` logs for `ref` eaten in `amount` (FoodDb::choose): `ref` itself when
/// it is an exact id, name or alias; else, unless `exact`, the id of the best ranked match,
/// preferring one whose portions fit `amount`, after saying on stdout (text) or stderr
/// (JSON) which food was chosen and how to log another. Throws InputError with "did you
/// mean" when nothing qualifies.
std::string choose_for_log(Context& ctx, const std::string& ref, const std::string& amount,
                           bool exact);

}  // namespace mg::cli
