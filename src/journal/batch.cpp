#include "journal/batch.hpp"

#include <fmt/format.h>

#include "core/names.hpp"
#include "journal/make_entry.hpp"

namespace mg {

void add_prefixed(std::vector<Diagnostic>& out, const InputError& e, const std::string& what) {
    for (Diagnostic d : e.diagnostics()) {
        d.message = fmt::format("{}: {}", what, d.message);
        out.push_back(std::move(d));
    }
}

void check_typed(const std::vector<std::string>& texts, std::string_view what) {
    if (texts.size() > kMaxBatchItems)
        throw InputError::plain(fmt::format("{} {} in one command; mgcalc takes at most {}",
                                            texts.size(), what, kMaxBatchItems),
                                "log them in parts, e.g. a meal or a day at a time");
    std::vector<Diagnostic> errors;
    for (const auto& t : texts)
        if (auto problem = typed_text_problem(t))
            errors.push_back({.message = *problem, .hint = "type it again without it"});
    if (!errors.empty()) throw InputError(errors);
}

void check_items(const std::vector<FoodItem>& items) {
    std::vector<std::string> typed;
    for (const auto& it : items) typed.push_back(it.food + " " + it.amount);
    check_typed(typed, "foods");
}

std::vector<JournalEntry> food_entries(const FoodDb& db, const std::vector<FoodItem>& items) {
    check_items(items);
    std::vector<JournalEntry> out;
    std::vector<Diagnostic> errors;
    for (const auto& item : items) {
        try {
            out.push_back(food_entry(db.resolve(item.food), item.amount));
        } catch (const InputError& e) {
            if (items.size() == 1) throw;  // one food: the problem speaks for itself
            add_prefixed(errors, e, fmt::format("{} {}", item.food, item.amount));
        }
    }
    if (!errors.empty()) throw InputError(errors);
    return out;
}

std::vector<JournalEntry> meal_entries(const FoodDb& db, const SavedMeal& m, const Amount& scale) {
    std::vector<JournalEntry> out;
    std::vector<Diagnostic> errors;
    for (const auto& it : m.items) {
        auto located = [&](std::string message, std::string hint) {
            errors.push_back({.file = m.file,
                              .line = it.line,
                              .message = std::move(message),
                              .hint = std::move(hint)});
        };
        const Food* f = db.find(it.food);
        if (!f) {
            located(fmt::format("saved meal '{}': food '{}' is no longer in the food database",
                                m.name, it.food),
                    fmt::format("it was removed or renamed; save the meal again ('mgcalc meal add "
                                "{} ... --force') or edit {}",
                                m.name, m.file));
            errors.back().form_hint =
                fmt::format("it was removed or renamed; edit {} or save the meal again", m.file);
            continue;
        }
        try {
            out.push_back(food_entry(db.resolve(it.food), scale_amount(it.amount, scale)));
        } catch (const InputError& e) {
            for (const auto& d : e.diagnostics())
                located(fmt::format("saved meal '{}': {}", m.name, d.message), d.hint);
        }
    }
    if (!errors.empty()) throw InputError(errors);
    return out;
}

std::vector<Understood> understand_all(const FoodDb& db, const std::vector<std::string>& phrases,
                                       bool exact) {
    check_typed(phrases, "phrases");
    std::vector<Understood> out;
    std::vector<Diagnostic> errors;
    for (const auto& p : phrases) {
        try {
            out.push_back(understand_phrase(p, db, exact));
        } catch (const InputError& e) {
            // Messages about the phrase as a whole already name it.
            if (e.diagnostics().front().message.starts_with("'" + p + "'"))
                errors.insert(errors.end(), e.diagnostics().begin(), e.diagnostics().end());
            else
                add_prefixed(errors, e, fmt::format("'{}'", p));
        }
    }
    if (!errors.empty()) throw InputError(errors);
    return out;
}

}  // namespace mg
