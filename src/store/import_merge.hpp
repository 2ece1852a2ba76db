#pragma once
#include <string>
#include <vector>

#include "journal/entry.hpp"
#include "store/journal_store.hpp"

namespace mg::store {

/// How imported entries meet the journal.
struct MergeRules {
    /// Cronometer: a day's servings win over its day total. A total (and the supplements of
    /// a daily summary) is not added to a day holding food or Cronometer servings; one
    /// already there is replaced when Cronometer servings of that day arrive, whatever else
    /// the day holds. Supplements logged in mgcalc block nothing: they are not in a total.
    bool servings_win = true;
    /// mgcalc's own exports: keep each entry's id when it is free in its day.
    bool keep_ids = false;
};

/// What an import did to the journal (or would do, on a copy).
struct MergeResult {
    int foods = 0, supplements = 0, totals = 0, marks = 0;  ///< entries added, by kind
    int already_present = 0;            ///< entries the journal already holds (re-imports)
    std::vector<Date> totals_skipped;   ///< days whose total was not added: servings win
    std::vector<Date> totals_replaced;  ///< days whose total was removed: servings arrived
    /// Days whose total was added beside supplements logged in mgcalc (both count).
    std::vector<Date> totals_beside_supplements;
    /// Days whose imported total differs from the journal's (the journal's is kept).
    std::vector<Date> totals_differ;
    std::vector<Date> marks_differ;  ///< see `marks_differ` below
    int to_supplement = 0;           ///< entries already present, reclassified food → supplement
    int to_food = 0;                 ///< entries already present, reclassified supplement → food
    int added() const { return foods + supplements + totals + marks; }
};

/// Adds `incoming` to `months`. An entry is already present when the journal holds one
/// with the same import key (or its `legacy_import_key`; without a key, the same content
/// apart from its id), as many times as the import has it; a present entry whose kind
/// differs (food, supplement) takes the incoming kind in place, and one matched by its
/// legacy key takes the current key. New entries get `now` as
/// their `added` time unless they carry one, and an id of their day. Pure: `months` is the
/// whole journal. `not_completed`: days a daily summary gives as not completed.
MergeResult merge_import(JournalStore::Months& months, const std::vector<JournalEntry>& incoming,
                         const std::string& now, const MergeRules& rules,
                         const std::vector<Date>& not_completed = {});

/// The days where the journal's completeness mark in force says other than the import:
/// an incoming Completed mark (`incoming`) on a day the journal marks incomplete, or a day
/// the file no longer marks completed (`not_completed`) that still holds the mark an
/// earlier import of it wrote. The journal's mark is kept either way. Pure.
std::vector<Date> marks_differ(const JournalStore::Months& months,
                               const std::vector<JournalEntry>& incoming,
                               const std::vector<Date>& not_completed);

}  // namespace mg::store
