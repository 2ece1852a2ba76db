#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.hpp"
#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "journal/entry.hpp"

namespace mg {

/// What an importer read from a file, before it meets the journal (docs/import.md).
struct ImportRows {
    /// A row read as a supplement, and which column said so ("Group" or "Category").
    struct Classified {
        int line = 0;
        std::string name, by;
    };
    std::vector<JournalEntry> entries;  ///< without ids; `import_key` set for idempotence
    std::vector<Diagnostic> errors;     ///< every problem of the malformed rows
    std::vector<int> malformed;         ///< each malformed row once: its line (or entry number)
    bool by_entry = false;              ///< `malformed` holds JSON entry numbers, not lines
    int rows = 0;                       ///< data rows read (the header not counted)
    std::vector<int> no_magnesium;      ///< lines whose magnesium cell is empty (unknown, not 0)
    std::vector<int> empty_days;        ///< daily summaries: lines of days with nothing logged
    /// Daily summaries: days with magnesium but 0 kcal (maybe supplements or water; not
    /// guessed, imported as day totals).
    std::vector<Date> no_energy;
    /// Daily summaries: days imported whose `Completed` cell says false.
    std::vector<Date> not_completed;
    std::vector<Classified> supplement_rows;  ///< rows read as supplements, for --dry-run
    bool unsplit_totals = false;  ///< day totals that may include supplements (no Group column)
};

/// A CSV export with a header line: columns are found by name, never by position.
struct CsvTable {
    std::map<std::string, size_t, std::less<>> columns;  ///< trimmed header name → index
    size_t width = 0;                                    ///< fields in the header
    std::vector<CsvRow> rows;                            ///< data rows, header excluded

    bool has(std::string_view name) const { return columns.count(name) > 0; }
    /// The cell of `name` in `row`, trimmed; "" when the column is absent.
    std::string cell(const CsvRow& row, std::string_view name) const;
};

/// Reads CSV text with a header line. On a file that is not CSV or is empty, appends the
/// located problem to `errors` (with `hint` saying which export is wanted) and returns nullopt.
std::optional<CsvTable> read_csv_table(const std::string& path, std::string_view raw,
                                       std::vector<Diagnostic>& errors, const std::string& hint);

/// The columns of `need` that `table` lacks, in order.
std::vector<std::string> missing_columns(const CsvTable& table,
                                         const std::vector<std::string>& need);

/// When `table` is a MyFitnessPal nutrition summary (Date, Meal, Calories, ... and no
/// magnesium), the refusal naming the missing `Magnesium (mg)` column.
std::optional<Diagnostic> refuse_myfitnesspal(const std::string& path, const CsvTable& table);

/// Dates as exports write them: 2024-03-04, 2012-9-10 (old Cronometer), 1/27/2026 (a US
/// spreadsheet re-save, month first).
std::optional<Date> parse_export_date(std::string_view s);

/// A cell holding a non-negative decimal number below 1e6 ("55.2", "0", "1e2" refused).
std::optional<double> parse_export_number(std::string_view s);

/// Why `cell` of `column` is not a number `parse_export_number` takes: "is too large" for
/// a number of 1e6 or more, else "is not a non-negative number" (the message, quoted cell).
std::string export_number_problem(std::string_view column, std::string_view cell);

/// A time of day as "HH:MM" ("9:00 AM", "09:00:00", "21:00" → "09:00", "09:00", "21:00"),
/// so that a spreadsheet re-save keeps the same key; other text is returned as given.
std::string normal_time(std::string_view s);

/// The 1-based column of `name` in `table`, 0 when absent.
int column_of(const CsvTable& table, std::string_view name);

/// Records a problem with data row `r` of `table` read from `path`: located at the header
/// `column` (nullptr: the row as a whole), the row's line added to `out.malformed`.
void row_problem(ImportRows& out, const std::string& path, const CsvTable& table, const CsvRow& r,
                 const char* column, std::string message);

/// Whether `r` has as many fields as the header; when not, records it (row_problem).
bool row_width_ok(ImportRows& out, const std::string& path, const CsvTable& table, const CsvRow& r);

/// A stable 64-bit hash of `s` (FNV-1a), for import keys.
std::uint64_t import_hash(std::string_view s);

}  // namespace mg
