#include "journal/entry.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <span>

#include "core/text.hpp"
#include "core/yaml_doc.hpp"
#include "core/ynode.hpp"
#include "journal/day.hpp"

namespace mg {

const std::vector<std::string>& known_meals() {
    static const std::vector<std::string> kMeals = {"breakfast", "lunch", "dinner", "snack"};
    return kMeals;
}

namespace {

const std::vector<std::string> kKeys = {"id",       "date",  "meal",   "kind", "food",  "name",
                                        "amount",   "grams", "mg",     "form", "units", "compound",
                                        "complete", "note",  "import", "added"};
// A day mark records no intake: these are all it may carry.
const std::vector<std::string> kDayKeys = {"id",   "date",   "kind", "complete",
                                           "note", "import", "added"};
// A day total (imported from a daily summary) is one amount of magnesium for a whole day.
const std::vector<std::string> kTotalKeys = {"id", "date", "kind",   "name",
                                             "mg", "note", "import", "added"};

}  // namespace

std::string_view mark_word(std::optional<bool> complete) {
    return !complete ? "cleared" : *complete ? "complete" : "incomplete";
}

std::string entry_to_line(const JournalEntry& e) {
    std::string s = "- {id: " + e.id + ", date: " + e.date.iso();
    if (e.kind == EntryKind::day) {
        s += ", kind: day, complete: ";
        s += !e.complete ? "null" : *e.complete ? "true" : "false";
    } else if (e.kind == EntryKind::total) {
        s += ", kind: total, name: " + yaml_scalar(e.name);
        s += ", mg: " + format_thousandths(e.magnesium.ug());
    } else {
        if (!e.meal.empty()) s += ", meal: " + yaml_scalar(e.meal);
        s += e.kind == EntryKind::food ? ", kind: food" : ", kind: supplement";
        if (e.kind == EntryKind::food) s += ", food: " + yaml_scalar(e.food_id);
        s += ", name: " + yaml_scalar(e.name);
        s += ", amount: " + yaml_quote(e.amount);
        if (e.kind == EntryKind::food && e.food_mg > 0)
            s += ", grams: " + format_thousandths(e.food_mg);
        s += ", mg: " + format_thousandths(e.magnesium.ug());
    }
    if (e.kind == EntryKind::supplement) {
        if (!e.form.empty()) s += ", form: " + yaml_scalar(e.form);
        if (e.units != 1) s += fmt::format(", units: {}", e.units);
        if (e.compound) s += ", compound: true";
    }
    if (!e.note.empty()) s += ", note: " + yaml_quote(e.note);
    if (!e.import_key.empty()) s += ", import: " + yaml_quote(e.import_key);
    if (!e.added.empty()) s += ", added: " + yaml_scalar(e.added);
    return s + "}\n";
}

std::map<Date, bool> day_marks(std::span<const JournalEntry> entries) {
    // DayTally's rule for a mark, over the marks alone.
    DayTallies days;
    for (const auto& e : entries)
        if (e.kind == EntryKind::day) tally(days, e);
    std::map<Date, bool> out;
    for (const auto& [date, day] : days)
        if (const auto mark = day.mark()) out.emplace(date, *mark);
    return out;
}

namespace {

// The journal's keys in kKeys' order, so that a field is looked up by index, not by name.
enum Key : unsigned {
    kId,
    kDate,
    kMeal,
    kKind,
    kFood,
    kName,
    kAmount,
    kGrams,
    kMg,
    kForm,
    kUnits,
    kCompound,
    kComplete,
    kNote,
    kImport,
    kAdded,
    kKeyCount
};

// The index of `key` in kKeys, or kKeyCount when it is not a journal key. The candidate is
// picked by length and first letter, then compared whole (once per field of every line).
unsigned key_index(std::string_view key) {
    auto is = [&](Key k) { return key == kKeys[k] ? k : kKeyCount; };
    if (key.empty()) return kKeyCount;
    switch (key.size()) {
        case 2:
            return key[0] == 'i' ? is(kId) : is(kMg);
        case 4:
            switch (key[0]) {
                case 'd':
                    return is(kDate);
                case 'm':
                    return is(kMeal);
                case 'k':
                    return is(kKind);
                case 'f':
                    return key[1] == 'o' && key[2] == 'o' ? is(kFood) : is(kForm);
                case 'n':
                    return key[1] == 'a' ? is(kName) : is(kNote);
                default:
                    return kKeyCount;
            }
        case 5:
            return key[0] == 'g' ? is(kGrams) : key[0] == 'u' ? is(kUnits) : is(kAdded);
        case 6:
            return key[0] == 'a' ? is(kAmount) : is(kImport);
        case 8:
            return key[4] == 'o' ? is(kCompound) : is(kComplete);
        default:
            return kKeyCount;
    }
}

// Validates one parsed line into an entry, appending every problem (located) to `errs`.
// Both readers (the fast flat reader and yaml-cpp) produce the FlatMap, so both share this.
// Each key is matched once per line; values are read as views of the FlatMap.
class EntryReader {
  public:
    EntryReader(const std::string& path, std::string_view line_text, int line_no,
                std::span<const FlatFieldView> m, std::vector<Diagnostic>& errs)
        : path_(path), line_text_(line_text), line_no_(line_no), m_(m), errs_(errs) {}

    bool read(JournalEntry& e) {
        const size_t before = errs_.size();
        for (const auto& f : m_) {
            const unsigned k = key_index(f.key);
            if (k == kKeyCount)
                err(f.key_column, fmt::format("unknown key '{}' in journal entry", f.key),
                    did_you_mean(closest(f.key, kKeys, 3)));
            else if (!fields_[k])
                fields_[k] = &f;  // the first of duplicates, as a lookup by name found it
        }
        e.line = line_no_;
        e.id = text(kId, true);
        const std::string_view date = text(kDate, true);
        if (!date.empty()) {
            if (auto d = Date::parse(date))
                e.date = *d;
            else
                err(col(kDate), fmt::format("date '{}' is not a date", date), "write YYYY-MM-DD");
        }
        const std::string_view kind = text(kKind, true);
        if (kind == "day")
            read_day(e);
        else if (kind == "total")
            read_total(e);
        else
            read_intake(e, kind);
        e.note = text(kNote, false);
        e.import_key = text(kImport, false);
        e.added = text(kAdded, false);
        return errs_.size() == before;
    }

  private:
    void err(int column, std::string msg, std::string hint = {}) {
        errs_.push_back({.file = path_,
                         .line = line_no_,
                         .column = column,
                         .message = std::move(msg),
                         .source_line = std::string(line_text_),
                         .hint = std::move(hint)});
    }
    const FlatFieldView* get(Key key) const { return fields_[key]; }
    int col(Key key) const { return get(key)->column; }
    // The value of `key`, valid while the fields' text lives; empty when absent or not a value.
    std::string_view text(Key key, bool required) {
        const FlatFieldView* v = get(key);
        if (!v || v->null) {
            if (required) err(3, fmt::format("entry is missing '{}'", kKeys[key]));
            return {};
        }
        if (v->nested) {
            err(v->column, fmt::format("'{}' must be a single value", kKeys[key]));
            return {};
        }
        return v->value;
    }

    // Keys of the journal that this kind of line may not carry.
    void only_keys(const std::vector<std::string>& allowed, const char* what, const char* hint) {
        for (const auto& f : m_)
            if (key_index(f.key) != kKeyCount &&
                std::find(allowed.begin(), allowed.end(), f.key) == allowed.end())
                err(f.key_column, fmt::format("'{}' does not belong on {}", f.key, what), hint);
    }

    void read_total(JournalEntry& e) {
        e.kind = EntryKind::total;
        only_keys(kTotalKeys, "a day total",
                  "a day total (kind: total) has only id, date, name, mg, import, added and a "
                  "note");
        e.name = text(kName, true);
        read_mg(e);
    }

    void read_mg(JournalEntry& e) {
        const std::string_view mg = text(kMg, true);
        std::int64_t ug = 0;
        if (mg.empty()) return;
        if (parse_thousandths(mg, ug))
            e.magnesium = Magnesium::from_ug(ug);
        else
            err(col(kMg), fmt::format("mg '{}' must be a non-negative number", mg));
    }

    void read_day(JournalEntry& e) {
        e.kind = EntryKind::day;
        only_keys(kDayKeys, "a day mark",
                  "a day mark (kind: day) has only id, date, complete, added and a note");
        const FlatFieldView* c = get(kComplete);
        if (!c) {
            err(3, "entry is missing 'complete'", "a day mark needs complete: true, false or null");
        } else if (c->nested) {
            err(c->column, "'complete' must be a single value");
        } else if (!c->null && c->value != "true" && c->value != "false") {
            err(c->column, fmt::format("complete '{}' must be true, false or null", c->value));
        } else if (!c->null) {
            e.complete = c->value == "true";
        }
    }

    void read_intake(JournalEntry& e, std::string_view kind) {
        if (kind == "food")
            e.kind = EntryKind::food;
        else if (kind == "supplement")
            e.kind = EntryKind::supplement;
        else if (!kind.empty())
            err(col(kKind), fmt::format("kind '{}' must be food, supplement, total or day", kind));
        if (const FlatFieldView* c = get(kComplete))
            err(c->key_column, "'complete' belongs on day marks only",
                "mark a day with 'mgcalc log day --complete'");
        e.meal = text(kMeal, false);
        if (e.kind == EntryKind::food && kind == "food") e.food_id = text(kFood, true);
        e.name = text(kName, true);
        e.amount = text(kAmount, true);
        const std::string_view grams = text(kGrams, false);
        if (!grams.empty() && !parse_thousandths(grams, e.food_mg))
            err(col(kGrams), fmt::format("grams '{}' must be a non-negative number", grams));
        read_mg(e);
        e.form = text(kForm, false);
        const std::string_view units = text(kUnits, false);
        if (!units.empty()) {
            int u = 0;
            auto [p, ec] = std::from_chars(units.data(), units.data() + units.size(), u);
            if (ec != std::errc() || p != units.data() + units.size() || u < 1 || u > 1000)
                err(col(kUnits),
                    fmt::format("units '{}' must be a whole number from 1 to 1000", units));
            else
                e.units = u;
        }
        e.compound = text(kCompound, false) == "true";
    }

    const std::string& path_;
    std::string_view line_text_;
    int line_no_;
    std::span<const FlatFieldView> m_;
    std::vector<Diagnostic>& errs_;
    const FlatFieldView* fields_[kKeyCount] = {};  // each journal key's field, or nullptr
};

}  // namespace

namespace {

// Views of owned fields (the yaml-cpp path, importers), for EntryReader.
void view_fields(const FlatMap& fields, std::vector<FlatFieldView>& out) {
    out.clear();
    for (const auto& f : fields)
        out.push_back({.key = f.key,
                       .value = f.value,
                       .key_column = f.key_column,
                       .column = f.column,
                       .null = f.null,
                       .nested = f.nested});
}

}  // namespace

bool read_entry(const std::string& path, std::string_view line_text, int line_no,
                const FlatMap& fields, JournalEntry& e, std::vector<Diagnostic>& errors) {
    std::vector<FlatFieldView> views;
    view_fields(fields, views);
    return EntryReader(path, line_text, line_no, views, errors).read(e);
}

JournalFile parse_journal(const std::string& path, std::string_view raw) {
    JournalFile out;
    // BOM, CRLF, invalid UTF-8, NUL bytes and oversize files are handled as in every file.
    std::string cleaned;  // only when the text needed cleaning (rare): else `raw` is read
    const std::string_view text =
        clean_text(path, raw, InputLimits{64u << 20, 64u << 10, 32, 0}, out.errors, cleaned);
    if (!out.errors.empty()) return out;
    constexpr int kMaxLines = 200000;  // a month holds at most a few thousand entries
    int line_no = 0;
    size_t start = 0;
    // Reused for every line, so that reading allocates only for the entries themselves.
    FlatViews flat;
    FlatMap slow;                           // a line read by yaml-cpp; `flat.fields` then views it
    out.entries.reserve(text.size() / 96);  // lines are about 130 bytes: grow at most once
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        const bool torn = nl == std::string_view::npos;
        if (torn) nl = text.size();
        std::string_view line = text.substr(start, nl - start);
        start = nl + 1;
        if (++line_no > kMaxLines) {
            out.errors.push_back(
                {.file = path,
                 .line = line_no,
                 .column = 1,
                 .message = fmt::format("more than {} lines in one journal file", kMaxLines),
                 .hint = "a month's file holds a few thousand entries at most; is this the right "
                         "file?"});
            return out;
        }
        const std::string_view t = trim(line);
        if (t.empty() || t[0] == '#') continue;
        if (torn) {
            out.errors.push_back(
                {.file = path,
                 .line = line_no,
                 .column = 1,
                 .message = "last line is incomplete (no newline): a write was interrupted",
                 .source_line = std::string(line),
                 .hint = "check the line; complete it or delete it, then save the file"});
            continue;
        }
        if (line.rfind("- ", 0) != 0) {
            out.errors.push_back({.file = path,
                                  .line = line_no,
                                  .column = 1,
                                  .message = "a journal line must start with '- '",
                                  .source_line = std::string(line),
                                  .hint = "each entry is one line: - {id: ..., date: ..., ...}"});
            continue;
        }
        if (!parse_flat_map(line, 2, flat)) {
            // Anything beyond our flat subset goes through yaml-cpp, the parser of record.
            std::optional<YNode> node;
            try {
                const YamlDoc doc = parse_yaml(path, line.substr(2));
                node = from_yaml(doc.root);
            } catch (const InputError& e) {
                const Diagnostic& d = e.diagnostics().front();
                out.errors.push_back({.file = path,
                                      .line = line_no,
                                      .column = d.column > 0 ? d.column + 2 : 3,
                                      .message = d.message,
                                      .source_line = std::string(line),
                                      .hint = "fix or delete this line"});
                continue;
            }
            std::optional<FlatMap> owned = flatten(*node);
            if (!owned) {
                out.errors.push_back(
                    {.file = path,
                     .line = line_no,
                     .column = 3,
                     .message = "a journal entry must be a mapping {id: ..., date: ..., ...}",
                     .source_line = std::string(line),
                     .hint = "each entry is one line: - {id: ..., date: ..., ...}"});
                continue;
            }
            slow = std::move(*owned);
            // yaml-cpp counted columns from the text after "- ".
            for (auto& f : slow) f.column += 2, f.key_column += 2;
            view_fields(slow, flat.fields);
        }
        const std::vector<FlatFieldView>& fields = flat.fields;
        auto field = [&](std::string_view key) -> const FlatFieldView* {
            for (const auto& f : fields)
                if (f.key == key) return &f;
            return nullptr;
        };
        if (!out.has_header) {
            const FlatFieldView* f = field("format");
            const FlatFieldView* v = field("version");
            if (!f || f->value != "mgcalc-journal") {
                out.errors.push_back(
                    {.file = path,
                     .line = line_no,
                     .column = 3,
                     .message = "journal does not start with its format line",
                     .source_line = std::string(line),
                     .hint = fmt::format("the first entry line must be: {}", kJournalHeader)});
                return out;
            }
            if (!v || v->value != "1") {
                out.errors.push_back(
                    {.file = path,
                     .line = line_no,
                     .column = v ? v->column : 3,
                     .message = fmt::format("journal format version '{}' is not supported (this "
                                            "mgcalc reads version 1); the file is left untouched",
                                            v ? v->value : ""),
                     .source_line = std::string(line),
                     .hint = "use the mgcalc version that wrote it"});
                return out;
            }
            out.has_header = true;
            continue;
        }
        JournalEntry e;
        if (EntryReader(path, line, line_no, fields, out.errors).read(e))
            out.entries.push_back(std::move(e));
    }
    return out;
}

std::optional<IdNumber> id_number(std::string_view id) {
    constexpr size_t kPrefix = 9;  // "YYYYMMDD-"
    if (id.size() < kPrefix || id[kPrefix - 1] != '-') return std::nullopt;
    IdNumber out{.prefix = id.substr(0, kPrefix)};
    std::from_chars(id.data() + kPrefix, id.data() + id.size(), out.number);
    return out;
}

std::string next_entry_id(std::span<const JournalEntry> entries, Date date) {
    const std::string prefix = date.compact() + "-";
    int max_n = 0;
    for (const auto& e : entries)
        if (const auto n = id_number(e.id); n && n->prefix == prefix)
            max_n = std::max(max_n, n->number);
    return prefix + std::to_string(max_n + 1);
}

}  // namespace mg
