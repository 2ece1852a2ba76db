#pragma once
// Shared by the commands that write food entries: log add, log eat, log copy, log meal.
#include <string>
#include <vector>

#include "app/log_warnings.hpp"
#include "cli/command.hpp"
#include "core/date.hpp"
#include "journal/entry.hpp"

namespace mg {
class FoodDb;
}

namespace mg::cli {

class Context;

/// Declares --date, --meal and --note.
void common_options(po::options_description& o);

/// The --meal given, lower-cased, or "" when none; UsageError for an unknown meal.
std::string meal_option(const po::variables_map& vm);

/// The --date given (YYYY-MM-DD or a date word), or today.
Date date_option(Context& ctx, const po::variables_map& vm);

/// "Bananas, raw (1 serving of 1 medium (118 g), 118 g)" or "Almonds (1 oz, 28.35 g)".
std::string food_what(const FoodDb& db, const JournalEntry& e);

/// A logging warning as the CLI prints it: the message, then the command that removes or
/// corrects the entry it names ("with 'mgcalc log rm ID'", "with 'mgcalc log edit ID --date
/// YYYY-MM-DD'"), naming the profile as this command did, so that it runs as printed.
std::string warning_text(const Context& ctx, const app::LogWarning& w);

/// Writes `entries` to the journal in one write (all or nothing) and echoes them with the
/// day's running total, in text or JSON (one entry: {entry, day, reference}; several:
/// {entries, day, reference}, both with warnings), after the warnings on standard
/// error (app::log_warnings). The caller has set dates, meals, notes and `added`.
void log_entries(Context& ctx, std::vector<JournalEntry> entries);

}  // namespace mg::cli
