#include "app/meals.hpp"

#include "journal/batch.hpp"
#include "report/json_common.hpp"

namespace mg::app {

nlohmann::json meal_json(const SavedMeal& m, const std::vector<JournalEntry>* entries) {
    nlohmann::json j{{"name", m.name}, {"meal", m.meal.empty() ? nullptr : nlohmann::json(m.meal)}};
    j["foods"] = nlohmann::json::array();
    for (size_t i = 0; i < m.items.size(); ++i) {
        nlohmann::json f{{"food", m.items[i].food}, {"amount", m.items[i].amount}};
        if (entries) {
            f["grams"] = static_cast<double>((*entries)[i].food_mg) / 1000.0;
            f["magnesium_mg"] = mg_json((*entries)[i].magnesium);
        }
        j["foods"].push_back(f);
    }
    return j;
}

MealList read_meals(const store::MealStore& store) {
    MealList list;
    for (const auto& n : store.names()) {
        try {
            list.meals.push_back(store.get(n));
        } catch (const InputError& e) {
            list.errors.insert(list.errors.end(), e.diagnostics().begin(), e.diagnostics().end());
        }
    }
    return list;
}

nlohmann::json meals_json(const std::vector<SavedMeal>& meals) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& m : meals) j.push_back(meal_json(m, nullptr));
    return {{"meals", j}};
}

std::vector<JournalEntry> saved_meal_entries(const FoodDb& foods, const SavedMeal& m,
                                             const Amount& scale, const MealLog& how) {
    std::vector<JournalEntry> entries = meal_entries(foods, m, scale);
    for (auto& e : entries) {
        e.date = how.date;
        e.meal = how.meal ? *how.meal : m.meal;
        if (how.note) e.note = *how.note;
        e.added = how.added;
    }
    return entries;
}

}  // namespace mg::app
