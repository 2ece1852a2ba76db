#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "core/mass.hpp"
#include "core/ynode.hpp"

namespace mg {

/// What a journal line records: food eaten, a supplement taken, a mark on the day itself
/// ("this day is completely logged", or not, as Cronometer's "Completed" day flag), or a
/// day total: the whole day's magnesium as one number, imported from a daily summary where
/// the servings are not known. A day total counts as food.
enum class EntryKind { food, supplement, day, total };

/// Meals the journal knows; imports may bring other names, which are kept as written.
const std::vector<std::string>& known_meals();

/// One line of the journal (docs/file-formats.md#journal). The magnesium recorded when the
/// entry was logged is kept, so a later food-database update never rewrites history.
/// A day mark (kind day) has an id, a date, `complete`, `added` and maybe a note; no meal,
/// food, name, amount or magnesium (it stays 0). A day total has a name and magnesium only.
struct JournalEntry {
    std::string id;  ///< "YYYYMMDD-N", stable
    Date date;
    std::string meal;  ///< may be empty
    EntryKind kind = EntryKind::food;
    std::string food_id;       ///< food entries: the food's id at logging time
    std::string name;          ///< display name at logging time (food name or supplement name)
    std::string amount;        ///< as written by the user ("1/2 cup", "200 mg")
    std::int64_t food_mg = 0;  ///< food entries: weight in mg of food (0 when unknown)
    Magnesium magnesium;
    std::string form;              ///< supplements: form id ("glycinate"), may be empty
    int units = 1;                 ///< supplements: number of units (capsules, tablets)
    bool compound = false;         ///< supplements: amount was the compound mass
    std::optional<bool> complete;  ///< day marks: true complete, false incomplete, nullopt cleared
    std::string note;
    std::string import_key;  ///< set by importers to make re-imports idempotent
    /// Importers: the key an earlier release wrote for this entry, matched on re-import so
    /// that a journal it wrote gets no duplicates (not written).
    std::string legacy_import_key;
    std::string added;  ///< UTC timestamp of logging, for `log undo`
    int line = 0;       ///< where it was read from (not written)
};

/// Magic line every journal file starts with (after comments).
constexpr std::string_view kJournalHeader = "- {format: mgcalc-journal, version: 1}";

/// The entry as one YAML flow line, with a trailing newline.
std::string entry_to_line(const JournalEntry& e);

/// A journal file's contents: entries, and every bad line found (never silently dropped).
struct JournalFile {
    std::vector<JournalEntry> entries;
    std::vector<Diagnostic> errors;
    bool has_header = false;
};

/// Parses a journal file. Refuses unknown format versions (reported as an error). A last line
/// without its newline (a torn write) is reported as bad.
JournalFile parse_journal(const std::string& path, std::string_view text);

/// Validates one entry given as fields (journal keys: id, date, kind, mg, ...), exactly as a
/// journal line is validated, appending every problem (at `path`:`line_no`) to `errors`.
/// Used by the journal reader and by importers of mgcalc's own exports. True when valid.
bool read_entry(const std::string& path, std::string_view line_text, int line_no,
                const FlatMap& fields, JournalEntry& e, std::vector<Diagnostic>& errors);

/// The completeness mark of each date (the last mark in journal order wins; a cleared mark
/// removes it). Journal order: the order `entries` holds them, as read (JournalStore keeps
/// line order within a date).
std::map<Date, bool> day_marks(std::span<const JournalEntry> entries);

/// "complete", "incomplete" or "cleared": a day mark's state in words.
std::string_view mark_word(std::optional<bool> complete);

/// An id as next_entry_id counts it: its date part "YYYYMMDD-" and the number after it (0
/// when none can be read); nullopt for an id of another shape.
struct IdNumber {
    std::string_view prefix;
    int number = 0;
};
std::optional<IdNumber> id_number(std::string_view id);

/// The next free id for `date` among `entries` ("YYYYMMDD-N"): one more than the highest
/// number of the ids with its date part, whatever date those entries now have.
std::string next_entry_id(std::span<const JournalEntry> entries, Date date);

}  // namespace mg
