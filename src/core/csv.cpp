#include "core/csv.hpp"

#include <algorithm>
#include <array>

namespace mg {

bool parse_csv(std::string_view t, std::vector<CsvRow>& rows, int& error_line) {
    int line = 1;
    size_t i = 0;
    while (i < t.size()) {
        CsvRow row;
        row.line = line;
        std::string field;
        bool done = false;
        while (!done) {
            if (i < t.size() && t[i] == '"') {
                const int start_line = line;
                ++i;
                while (true) {
                    if (i >= t.size()) {
                        error_line = start_line;
                        return false;
                    }
                    if (t[i] == '"') {
                        if (i + 1 < t.size() && t[i + 1] == '"') {
                            field += '"', i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (t[i] == '\n') ++line;
                    field += t[i++];
                }
            }
            while (i < t.size() && t[i] != ',' && t[i] != '\n' && t[i] != '\r') field += t[i++];
            row.fields.push_back(std::move(field));
            field.clear();
            if (i >= t.size()) {
                done = true;
            } else if (t[i] == ',') {
                ++i;
            } else {
                if (t[i] == '\r') ++i;
                if (i < t.size() && t[i] == '\n') ++i;
                ++line;
                done = true;
            }
        }
        const bool blank = row.fields.size() == 1 && row.fields[0].empty();
        if (!blank) rows.push_back(std::move(row));
    }
    return true;
}

std::string csv_field(std::string_view s) {
    std::string out;
    append_csv_field(out, s);
    return out;
}

char* write_csv_field(char* p, std::string_view s) {
    // A table, not find_first_of, which calls memchr on the set once per character (export
    // csv's hot path).
    static constexpr auto kSpecial = [] {
        std::array<bool, 256> t{};
        for (unsigned char c : {',', '"', '\n', '\r'}) t[c] = true;
        return t;
    }();
    const bool plain = std::none_of(s.begin(), s.end(),
                                    [](char c) { return kSpecial[static_cast<unsigned char>(c)]; });
    if (plain) return std::copy(s.begin(), s.end(), p);
    *p++ = '"';
    for (char c : s) {
        if (c == '"') *p++ = '"';
        *p++ = c;
    }
    *p++ = '"';
    return p;
}

void append_csv_field(std::string& out, std::string_view s) {
    const size_t at = out.size();
    out.resize(at + csv_field_bound(s));
    out.resize(static_cast<size_t>(write_csv_field(out.data() + at, s) - out.data()));
}

}  // namespace mg
