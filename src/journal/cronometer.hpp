#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "journal/import_csv.hpp"

namespace mg {

/// The result of reading a Cronometer export (docs/import.md).
using CronometerImport = ImportRows;

/// How Cronometer rows are read.
struct CronometerOptions {
    /// Diary groups or categories whose rows are supplements, compared ignoring case and
    /// surrounding spaces. Cronometer's own is "Supplements"; users add their own names.
    std::vector<std::string> supplement_groups = {"Supplements"};
};

/// Whether `group` (a Group or Category cell) is one of `o`'s supplement groups.
bool is_supplement_group(const CronometerOptions& o, std::string_view group);

/// Parses a servings.csv ("Food & Recipe Entries") export by header name (columns vary
/// between export versions): Day, Food Name, Amount and Magnesium (mg) are required; Time,
/// Group and Category are used when present. Rows in a supplement group or category become
/// supplement entries, the others food entries. Pure.
CronometerImport parse_cronometer(const std::string& path, std::string_view text,
                                  const CronometerOptions& options = {});

/// Parses a dailysummary.csv ("Daily Nutrition") export: Date and Magnesium (mg) required,
/// Completed, Energy (kcal) and Group used when present. Each day with magnesium gives one
/// day total (kind total); `Completed` true adds a day mark (complete). With a Group
/// column, each supplement group row (`options`) becomes a supplement entry of the day, and
/// the day total is the day's `Total` row less those, else the sum of its other group rows.
/// An ungrouped row cannot be split: it is all one day total. Pure.
CronometerImport parse_cronometer_daily(const std::string& path, std::string_view text,
                                        const CronometerOptions& options = {});

}  // namespace mg
