// Helpers shared by the parts of mgcalc-gen-foods: reading the USDA CSV extracts.
#pragma once
#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/csv.hpp"

namespace mg::gen {

/// The whole file; throws when it cannot be read.
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// A CSV with a header line, one map per data row (column name to field).
inline std::vector<std::map<std::string, std::string>> read_csv(const std::string& path) {
    std::vector<mg::CsvRow> rows;
    int bad = 0;
    if (!mg::parse_csv(read_file(path), rows, bad))
        throw std::runtime_error(fmt::format("{}:{}: unterminated quote", path, bad));
    std::vector<std::map<std::string, std::string>> out;
    for (size_t i = 1; i < rows.size(); ++i) {
        std::map<std::string, std::string> m;
        for (size_t c = 0; c < rows[0].fields.size() && c < rows[i].fields.size(); ++c)
            m[rows[0].fields[c]] = rows[i].fields[c];
        out.push_back(std::move(m));
    }
    return out;
}

/// "12.5" -> 12500: grams to mg, mg to µg.
inline std::int64_t thousandths(const std::string& s) {
    return static_cast<std::int64_t>(std::llround(std::stod(s) * 1000));
}

/// A number as the extract writes it (integers, shortest decimals), for kcal_per_100g.
inline double number(const std::string& s, const std::string& what) {
    if (s.empty()) throw std::runtime_error("empty " + what);
    return std::stod(s);
}

}  // namespace mg::gen
