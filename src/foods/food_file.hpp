#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "foods/food.hpp"

namespace mg {

/// Parses one food file (docs/file-formats.md#foods). The fast line reader handles the
/// generated layout; anything else is parsed by yaml-cpp. Every problem is appended to
/// `errors` with file:line:column; foods with problems are left out of the result.
std::vector<Food> parse_food_file(const std::string& path, std::string_view text,
                                  std::vector<Diagnostic>& errors);

/// One food as a single YAML flow line ("- {id: ..., ...}"), as the generator and
/// `foods add` write it.
std::string food_to_line(const Food& f);

/// The header every food file starts with.
std::string food_file_header(std::string_view comment);

}  // namespace mg
