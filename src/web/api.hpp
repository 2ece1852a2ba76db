#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "dri/dri.hpp"
#include "journal/day.hpp"
#include "journal/entry.hpp"
#include "journal/make_entry.hpp"
#include "store/journal_store.hpp"
#include "web/scope.hpp"

namespace mg::web {

// The JSON API under /api/v1/ (docs/web.md). Each function answers one route with the
// same document the matching CLI command prints with --format json (the server stamps
// `schema_version`). Input is checked exactly as the CLI checks it: InputError or
// UsageError with the CLI's message and hint.

/// GET /api/v1/foods?q=WORDS&limit=N: `foods search`.
nlohmann::json api_foods_search(Scope& s, const Params& p);
/// GET /api/v1/foods/top?group=G&per=serving|100g&limit=N: `foods top`.
nlohmann::json api_foods_top(Scope& s, const Params& p);
/// POST /api/v1/foods {id, name?, group?, mg_per_100g? | mg_per_serving? + serving_size?,
/// portions?, aliases?, tags?, force?}: `foods add`.
nlohmann::json api_add_food(Scope& s, const nlohmann::json& body);
/// GET /api/v1/foods/ID: `foods show ID --exact`.
nlohmann::json api_food(Scope& s, const std::string& id);
/// GET /api/v1/entries?date=D or ?from=D&to=D: `log show`.
nlohmann::json api_entries(Scope& s, const Params& p);
/// POST /api/v1/entries: a food {food, amount, date?, meal?, note?} (`log add --exact`) or a
/// supplement {kind: "supplement", name, amount, units?, form?, compound?, date?, meal?,
/// note?} (`log supplement`).
nlohmann::json api_add_entry(Scope& s, const nlohmann::json& body);
/// POST /api/v1/entries in two halves around the journal's append, so that no thread waits
/// for its fsync (docs/web.md#journal-writes-group-commit): api_add_entry is
/// api_added(s, add, append(add.entry)) with add = api_prepare_add(s, body).
struct PreparedAdd {
    JournalEntry entry;  ///< to append: everything but its id
    Targets targets;     ///< the profile's, checked before anything is written
    store::JournalStore journal;  ///< the profile's journal, its name checked too
    std::optional<SupplementDose> dose{};
};
/// The entry a body asks for, checked as api_add_entry checks it; throws what it throws.
PreparedAdd api_prepare_add(Scope& s, const nlohmann::json& body);
/// api_add_entry's answer once `add` is appended: `entries` as appended, with `days`.
nlohmann::json api_added(Scope& s, const PreparedAdd& add, const std::vector<JournalEntry>& entries,
                         const DayTallies& days);
/// POST /api/v1/entries/copy {from, to?, meal?}: `log copy --from D --to D --meal M`.
nlohmann::json api_copy_day(Scope& s, const nlohmann::json& body);
/// POST /api/v1/entries/meal {name, date?, meal?, note?}: `log meal NAME`.
nlohmann::json api_log_meal(Scope& s, const nlohmann::json& body);
/// GET /api/v1/meals: `meal list --format json`.
nlohmann::json api_meals(Scope& s);
/// PATCH /api/v1/entries/ID {amount?, food?, meal?, date?, note?}: `log edit`.
nlohmann::json api_edit_entry(Scope& s, const std::string& id, const nlohmann::json& body);
/// DELETE /api/v1/entries/ID: `log rm`.
nlohmann::json api_delete_entry(Scope& s, const std::string& id);
/// GET /api/v1/check?date=D&days=N: `check`.
nlohmann::json api_check(Scope& s, const Params& p);
/// GET /api/v1/report/week?ending=D: `report week --format json`.
nlohmann::json api_week(Scope& s, const Params& p);
/// GET /api/v1/profiles: the profiles in the data directory and the one selected.
nlohmann::json api_profiles(Scope& s);
/// GET /api/v1/profiles/NAME: `profile show` (without the file's path).
nlohmann::json api_profile(Scope& s, const std::string& name);
/// PUT /api/v1/profiles/NAME {display_name?, sex, birthdate? | age? + months?, pregnant?,
/// lactating?, medicines?, conditions?, exclude?}: `profile init NAME --force`, keeping the
/// `standard:` of the file it replaces. Answers as GET.
nlohmann::json api_put_profile(Scope& s, const std::string& name, const nlohmann::json& body);

}  // namespace mg::web
