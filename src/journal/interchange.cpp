#include "journal/interchange.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "core/csv.hpp"
#include "core/parallel.hpp"
#include "core/text.hpp"
#include "core/yaml_doc.hpp"

namespace mg {
namespace {

// Export columns and the journal keys they hold. The first twelve are those of earlier
// releases, in their order, so that spreadsheets made from older exports keep working.
struct Column {
    const char* name;
    const char* key;
};
constexpr Column kColumns[] = {{"id", "id"},
                               {"date", "date"},
                               {"meal", "meal"},
                               {"kind", "kind"},
                               {"name", "name"},
                               {"food_id", "food"},
                               {"amount", "amount"},
                               {"grams", "grams"},
                               {"magnesium_mg", "mg"},
                               {"form", "form"},
                               {"units", "units"},
                               {"note", "note"},
                               {"compound", "compound"},
                               {"complete", "complete"},
                               {"import", "import"},
                               {"added", "added"}};

std::string_view kind_word(EntryKind k) {
    switch (k) {
        case EntryKind::food:
            return "food";
        case EntryKind::supplement:
            return "supplement";
        case EntryKind::total:
            return "total";
        case EntryKind::day:
            return "day";
    }
    return "";
}

// Calls `field(i, text)` for each export column i of an entry, in kColumns' order, with the
// journal field's text; absent fields are "". Numbers are formatted into short strings that
// live only for the call; the other texts are views of the entry.
template <class Field>
void visit_fields(const JournalEntry& e, Field&& field) {
    const bool intake = e.kind != EntryKind::day;
    const bool food = e.kind == EntryKind::food, supp = e.kind == EntryKind::supplement;
    const std::string_view complete = e.kind != EntryKind::day ? ""
                                      : !e.complete            ? "null"
                                      : *e.complete            ? "true"
                                                               : "false";
    field(0, e.id);
    field(1, e.date.iso());
    field(2, e.meal);
    field(3, kind_word(e.kind));
    field(4, e.name);
    field(5, food ? std::string_view(e.food_id) : "");
    field(6, e.amount);
    field(7, food && e.food_mg > 0 ? format_thousandths(e.food_mg) : "");
    field(8, intake ? format_thousandths(e.magnesium.ug()) : "");
    field(9, supp ? std::string_view(e.form) : "");
    field(10, supp ? std::to_string(e.units) : "");
    field(11, e.note);
    field(12, supp && e.compound ? "true" : "");
    field(13, complete);
    field(14, e.import_key);
    field(15, e.added);
}
static_assert(std::size(kColumns) == 16, "visit_fields gives one text per column");

// One value of an entry: its journal key, its text, and the 1-based column it came from
// (0 from JSON, which has no columns).
struct Cell {
    std::string key, value;
    int column = 0;
};

// Turns named text cells into the fields the journal reader validates. Empty cells are
// absent; "null" in `complete` is YAML's null (a cleared day mark).
FlatMap to_fields(const std::vector<Cell>& cells) {
    FlatMap m;
    for (const auto& [key, value, column] : cells) {
        if (value.empty()) continue;
        const bool null = key == "complete" && value == "null";
        m.push_back({.key = key,
                     .value = null                           ? ""
                              : key == "id" && value.empty() ? "new"
                                                             : value,
                     .key_column = column,
                     .column = column,
                     .null = null});
    }
    // An entry without an id is new: the journal gives it one.
    if (std::none_of(m.begin(), m.end(), [](const FlatField& f) { return f.key == "id"; }))
        m.push_back({.key = "id", .value = "new", .key_column = 1, .column = 1});
    return m;
}

void read_one(const std::string& path, std::string_view source, int line,
              const std::vector<Cell>& cells, ImportRows& out) {
    ++out.rows;
    JournalEntry e;
    if (!read_entry(path, source, line, to_fields(cells), e, out.errors))
        return out.malformed.push_back(line);
    if (e.id == "new") e.id.clear();
    out.entries.push_back(std::move(e));
}

void parse_csv_export(const std::string& path, std::string_view raw, ImportRows& out) {
    const auto t = read_csv_table(path, raw, out.errors, "write one with 'mgcalc export csv'");
    if (!t) return;
    std::vector<std::string> unknown;
    for (const auto& column : t->columns) {
        // Not a structured binding: clang 14 cannot capture one in the lambda.
        const auto& name = column.first;
        if (std::none_of(std::begin(kColumns), std::end(kColumns),
                         [&](const Column& c) { return name == c.name; }))
            unknown.push_back(name);
    }
    const auto missing = missing_columns(*t, {"date", "kind"});
    if (!missing.empty() || !unknown.empty()) {
        out.errors.push_back(
            {.file = path,
             .line = 1,
             .column = 1,
             .message = missing.empty()
                            ? fmt::format("unknown column {} in an mgcalc export", join(unknown))
                            : fmt::format("not an mgcalc export: no column {}", join(missing)),
             .hint = "read a file written by 'mgcalc export csv' or 'mgcalc export json'"});
        return;
    }
    for (const CsvRow& r : t->rows) {
        if (r.fields.size() != t->width) {
            ++out.rows;
            out.malformed.push_back(r.line);
            out.errors.push_back({.file = path,
                                  .line = r.line,
                                  .column = 0,
                                  .message = fmt::format("row has {} fields, the header has {}",
                                                         r.fields.size(), t->width)});
            continue;
        }
        std::vector<Cell> cells;
        for (const Column& c : kColumns)
            if (auto it = t->columns.find(c.name); it != t->columns.end())
                cells.push_back(
                    {.key = c.key, .value = r.fields[it->second], .column = int(it->second) + 1});
        read_one(path, {}, r.line, cells, out);
    }
}

std::string json_text(const nlohmann::json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_null()) return "null";
    return v.dump();  // numbers in shortest round-trip form, booleans as true/false
}

constexpr int kMaxDepth = 64;  // an export nests three deep; more is not an export

// Where brackets nest deeper than kMaxDepth (outside strings): a located refusal, before
// the parser (whose recursion such a file could exhaust) sees it.
std::optional<Diagnostic> too_deep(const std::string& path, std::string_view raw) {
    int depth = 0, line = 1, column = 0;
    bool in_string = false, escaped = false;
    for (char c : raw) {
        ++column;
        if (c == '\n') line += 1, column = 0;
        if (in_string) {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
            continue;
        }
        if (c == '"') in_string = true;
        if (c == '[' || c == '{') ++depth;
        if (c == ']' || c == '}') --depth;
        if (depth > kMaxDepth)
            return Diagnostic{
                .file = path,
                .line = line,
                .column = column,
                .message = fmt::format("JSON nested more than {} levels deep", kMaxDepth),
                .hint =
                    "an mgcalc export nests three levels: read a file written by 'mgcalc "
                    "export json'"};
    }
    return std::nullopt;
}

// The JSON type a column holds in an export, or why `v` is not it ("" when it is).
std::string type_problem(const Column& c, const nlohmann::json& v) {
    const std::string key = c.key;
    const bool number = key == "mg" || key == "grams" || key == "units";
    const bool boolean = key == "compound" || key == "complete";
    if (v.is_null() || (number && v.is_number()) || (boolean && v.is_boolean()) ||
        (!number && !boolean && v.is_string()))
        return {};
    return fmt::format("'{}' must be {}, not {}", c.name,
                       number    ? "a number"
                       : boolean ? "true, false or null"
                                 : "a string",
                       v.is_string() ? fmt::format("the string {}", v.dump()) : v.type_name());
}

// One entry of a JSON export: its type-checked values as cells, or its problems.
void read_json_entry(const std::string& path, int n, const nlohmann::json& item, ImportRows& out) {
    auto bad = [&](std::string msg) {
        out.errors.push_back(
            {.file = path, .line = 0, .column = 0, .message = fmt::format("entry {}: {}", n, msg)});
    };
    if (!item.is_object()) {
        ++out.rows;
        bad(fmt::format("is {}, not an object", item.type_name()));
        return out.malformed.push_back(n);
    }
    // A null `complete` is a cleared day mark; on other entries null is absence.
    const bool mark = item.contains("kind") && item["kind"] == "day";
    std::vector<Cell> cells;
    bool typed = true;
    for (const Column& c : kColumns) {
        if (!item.contains(c.name)) continue;
        const nlohmann::json& v = item[c.name];
        if (const std::string p = type_problem(c, v); !p.empty()) {
            bad(p);
            typed = false;
        } else if (!v.is_null() || (mark && c.key == std::string("complete"))) {
            cells.push_back({.key = c.key, .value = json_text(v)});
        }
    }
    if (!typed) {
        ++out.rows;
        return out.malformed.push_back(n);
    }
    const size_t before = out.errors.size();
    read_one(path, {}, 0, cells, out);
    for (size_t i = before; i < out.errors.size(); ++i)
        out.errors[i].message = fmt::format("entry {}: {}", n, out.errors[i].message);
    if (out.errors.size() > before) out.malformed.back() = n;
}

void parse_json_export(const std::string& path, std::string_view raw, ImportRows& out) {
    out.by_entry = true;
    if (auto deep = too_deep(path, raw)) return out.errors.push_back(*deep);
    const auto doc = nlohmann::json::parse(raw, nullptr, false);
    auto refuse = [&](std::string msg) {
        out.errors.push_back(
            {.file = path,
             .line = 1,
             .column = 1,
             .message = std::move(msg),
             .hint = "read a file written by 'mgcalc export json' or 'mgcalc export csv'"});
    };
    if (doc.is_discarded()) return refuse("not valid JSON");
    // value() would throw on a "format" that is not a string: compare only a string.
    const bool ours = doc.is_object() && doc.contains("format") && doc["format"].is_string() &&
                      doc["format"].get<std::string>() == kExportFormat;
    if (!ours || !doc.contains("entries") || !doc["entries"].is_array())
        return refuse(fmt::format("not an mgcalc export: no \"format\": \"{}\" with \"entries\"",
                                  kExportFormat));
    int n = 0;
    for (const auto& item : doc["entries"]) read_json_entry(path, ++n, item, out);
}

}  // namespace

namespace {

// The most bytes an entry's CSV line can take: its text fields at worst all quotes, and room
// for what visit_fields makes up, never quoted (date 10, kind 10, grams and mg 24 each,
// units 11, "true", "false": 88) with 15 commas and the newline.
size_t csv_line_bound(const JournalEntry& e) {
    size_t n = 128;
    for (const std::string* s : {&e.id, &e.meal, &e.name, &e.food_id, &e.amount, &e.form, &e.note,
                                 &e.import_key, &e.added})
        n += csv_field_bound(*s);
    return n;
}

// The CSV lines of `entries[from, to)`, appended to `out`: each line is written into room
// made for it once, not appended field by field (export csv's hot path).
void append_csv_lines(const std::vector<JournalEntry>& entries, size_t from, size_t to,
                      std::string& out) {
    out.reserve(out.size() + (to - from) * 128);  // a typical line, to grow the text once
    for (size_t k = from; k < to; ++k) {
        const size_t at = out.size();
        out.resize(at + csv_line_bound(entries[k]));
        char* const start = out.data() + at;
        char* p = start;
        visit_fields(entries[k], [&](size_t i, std::string_view text) {
            if (i) *p++ = ',';
            p = write_csv_field(p, text);
        });
        *p++ = '\n';
        out.resize(at + static_cast<size_t>(p - start));
    }
}

// Below this many entries a second thread costs more than it saves.
constexpr size_t kSplitEntries = 4096;

}  // namespace

std::string export_csv_header() {
    std::string out;
    for (const Column& c : kColumns) out += std::string(out.empty() ? "" : ",") + c.name;
    return out + '\n';
}

void append_csv_lines(const std::vector<JournalEntry>& entries, std::string& out) {
    append_csv_lines(entries, 0, entries.size(), out);
}

std::string export_csv(const std::vector<JournalEntry>& entries) {
    std::string out = export_csv_header();
    out.reserve(out.size() + entries.size() * 128);  // a typical line, to grow the text once
    if (entries.size() < kSplitEntries || !two_cores()) {
        append_csv_lines(entries, 0, entries.size(), out);
        return out;
    }
    // Years of journal: the later half is written on a second thread (docs/performance.md).
    const size_t half = entries.size() / 2;
    std::string later;
    run_both([&] { append_csv_lines(entries, 0, half, out); },
             [&] { append_csv_lines(entries, half, entries.size(), later); });
    out += later;
    return out;
}

nlohmann::json export_json(const std::vector<JournalEntry>& entries) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : entries) {
        nlohmann::json j = nlohmann::json::object();
        visit_fields(e, [&](size_t i, std::string_view v) {
            const std::string_view key = kColumns[i].key;
            if (v.empty() || (key == "complete" && v == "null"))
                j[kColumns[i].name] = nullptr;
            else if (key == "mg" || key == "grams")
                j[kColumns[i].name] =
                    static_cast<double>(key == "mg" ? e.magnesium.ug() : e.food_mg) / 1000.0;
            else if (key == "units")
                j[kColumns[i].name] = e.units;
            else if (key == "compound" || key == "complete")
                j[kColumns[i].name] = v == "true";
            else
                j[kColumns[i].name] = std::string(v);
        });
        list.push_back(j);
    }
    return {{"format", kExportFormat}, {"version", 1}, {"entries", list}};
}

ImportRows parse_mgcalc_export(const std::string& path, std::string_view text) {
    ImportRows out;
    const size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first != std::string_view::npos && text[first] == '{')
        parse_json_export(path, text, out);
    else
        parse_csv_export(path, text, out);
    return out;
}

}  // namespace mg
