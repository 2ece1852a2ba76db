// The fast reader: a strict subset of yaml-cpp's reading (contract in core/ynode.hpp).
// Every rule here declines — returns false, so that the whole text goes to yaml-cpp — rather
// than guesses: when in doubt, decline.
#include <algorithm>
#include <array>
#include <cstdint>

#include "core/ynode.hpp"

namespace mg {

namespace {

using namespace std::string_view_literals;

constexpr bool ascii_digit(char c) {
    return c >= '0' && c <= '9';
}
constexpr bool ascii_alnum(char c) {
    return ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// The characters of a plain scalar: ASCII letters, digits and " -_./+".
bool plain_char(char c) {
    static constexpr auto kTable = [] {
        std::array<bool, 256> t{};
        for (int i = 0; i < 256; ++i) t[i] = ascii_alnum(static_cast<char>(i));
        for (unsigned char x : " -_./+"sv) t[x] = true;
        return t;
    }();
    return kTable[static_cast<unsigned char>(c)];
}

// Whether `s` is `word` (lower-case letters) in any case. `s` holds only plain_char
// characters, none of which turns into a lower-case letter when OR-ed with 0x20.
bool any_case(std::string_view s, std::string_view word) {
    if (s.size() != word.size()) return false;
    for (size_t i = 0; i < s.size(); ++i)
        if ((s[i] | 0x20) != word[i]) return false;
    return true;
}

// YAML 1.1 bool and null words in any case (y, No, ON, NULL, True...), except the three
// spellings the writer emits, which yaml-cpp reads as we do.
bool reserved_word(std::string_view s) {
    switch (s.size()) {
        case 1:
            return any_case(s, "y") || any_case(s, "n");
        case 2:
            return any_case(s, "no") || any_case(s, "on");
        case 3:
            return any_case(s, "yes") || any_case(s, "off");
        case 4:
            return (any_case(s, "true") && s != "true") || (any_case(s, "null") && s != "null");
        case 5:
            return any_case(s, "false") && s != "false";
        default:
            return false;
    }
}

// A token starting with a digit and without spaces: only what the writer emits, a decimal
// (0, 12, 78.3) or digit groups joined by '-' (2026-03-04, 20260304-1); not 012, 1e3, 0x1F,
// 1_000, 1.2.3 (numbers in one YAML version or another).
bool digit_token_ok(std::string_view s) {
    size_t i = 0;
    auto digits = [&] {
        const size_t from = i;
        while (i < s.size() && ascii_digit(s[i])) ++i;
        return i - from;
    };
    const size_t lead = digits();
    if (i == s.size()) return lead == 1 || s[0] != '0';
    if (s[i] == '.') {
        if (lead > 1 && s[0] == '0') return false;
        ++i;
        return digits() > 0 && i == s.size();
    }
    while (i < s.size() && s[i] == '-') {
        ++i;
        if (digits() == 0) return false;
    }
    return i == s.size();
}

// plain_scalar_ok for a token already known to hold only plain_char characters.
bool plain_token_ok(std::string_view s) {
    if (s.empty() || !ascii_alnum(s.front()) || s.back() == ' ') return false;
    // digit_token_ok stops at a space, so it runs first: most digit tokens (dates, ids,
    // amounts) pass it without a search for a space.
    if (ascii_digit(s.front())) return digit_token_ok(s) || s.find(' ') != std::string_view::npos;
    return !reserved_word(s);
}

// A scalar as read: `text` views the line, or the scanner's buffer when escapes had to be
// undone, so it is valid until the next scalar read into the same buffer.
struct Scalar {
    std::string_view text;
    size_t pos = 0;
    bool quoted = false;
    bool null = false;
};

// A cursor over one line with the subset's scalar and punctuation rules.
class Scanner {
  public:
    Scanner(std::string_view s, size_t i) : s_(s), i_(i) {}
    size_t pos() const { return i_; }
    bool at_end() const { return i_ == s_.size(); }
    bool next_is(char c) const { return i_ < s_.size() && s_[i_] == c; }
    bool eat(char c) { return next_is(c) ? (++i_, true) : false; }
    /// `a` then `b`, as ", " or ": ".
    bool eat(char a, char b) {
        if (i_ + 1 >= s_.size() || s_[i_] != a || s_[i_ + 1] != b) return false;
        i_ += 2;
        return true;
    }

    /// A double-quoted scalar, or a plain one up to the first character plain text cannot
    /// hold (the caller then checks that a separator follows). A value's text is valid until
    /// the next value is read.
    bool scalar(Scalar& out) { return scalar(out, value_buf_); }

    /// A mapping key (a non-null scalar of sane length) and the ": " after it. Its text is
    /// valid until the next key is read.
    bool key(Scalar& out) { return key(out, key_buf_); }
    bool key(Scalar& out, std::string& buf) {
        // YAML caps implicit keys at 1024 characters; stay well below.
        return scalar(out, buf) && !out.null && i_ - out.pos <= 1000 && eat(':', ' ');
    }

    /// A scalar whose text, when it had escapes to undo, is kept in `buf` (else it views the
    /// line).
    bool scalar(Scalar& out, std::string& buf) {
        out.pos = i_;
        if (next_is('"')) return out.quoted = true, quoted(out.text, buf);
        const size_t start = i_;
        while (i_ < s_.size() && plain_char(s_[i_])) ++i_;
        const std::string_view t = s_.substr(start, i_ - start);
        if (!plain_token_ok(t)) return false;
        if (t == "null"sv)
            out.null = true;
        else
            out.text = t;
        return true;
    }

  private:
    // The text between the quotes is viewed in place unless it holds an escape; then it is
    // unescaped into `buf`.
    bool quoted(std::string_view& out, std::string& buf) {
        ++i_;
        const size_t first = i_;
        size_t run = i_;
        bool escaped = false;
        while (i_ < s_.size()) {
            const auto c = static_cast<unsigned char>(s_[i_]);
            if (c == '"') {
                if (escaped) {
                    buf.append(s_.substr(run, i_ - run));
                    out = buf;
                } else {
                    out = s_.substr(first, i_ - first);
                }
                ++i_;
                return true;
            }
            if (c == '\\') {
                if (!escaped) buf.clear();
                escaped = true;
                buf.append(s_.substr(run, i_ - run));
                if (!escape(buf)) return false;
                run = i_;
                continue;
            }
            if (c < 0x20 || c == 0x7F) return false;  // yaml_quote escapes these
            ++i_;
        }
        return false;
    }
    // Only the escapes yaml_quote writes: \" \\ \n \t, and \xNN (upper-case hex) for the
    // other control characters.
    bool escape(std::string& out) {
        if (i_ + 1 >= s_.size()) return false;
        const char e = s_[i_ + 1];
        if (e == '"' || e == '\\' || e == 'n' || e == 't') {
            out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
            i_ += 2;
            return true;
        }
        if (e != 'x' || i_ + 3 >= s_.size()) return false;
        auto hex = [](char h) {
            return ascii_digit(h) ? h - '0' : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
        };
        const int hi = hex(s_[i_ + 2]), lo = hex(s_[i_ + 3]);
        if (hi < 0 || lo < 0) return false;
        const int v = hi * 16 + lo;
        if (!(v < 0x20 || v == 0x7F) || v == '\n' || v == '\t') return false;
        out += static_cast<char>(v);
        i_ += 4;
        return true;
    }

    std::string_view s_;
    size_t i_;
    std::string key_buf_, value_buf_;  // unescaped quoted scalars (rare)
};

// Reads "{k: v, ...}"; `entry` reads each value after its key (and refuses duplicates);
// `key` reads each key.
template <class Entry, class Key>
bool flow_map(Scanner& c, Entry&& entry, Key&& key) {
    if (!c.eat('{')) return false;
    if (c.eat('}')) return true;
    do {
        Scalar k;
        if (!key(k) || !entry(std::move(k))) return false;
    } while (c.eat(',', ' '));
    return c.eat('}');
}
template <class Entry>
bool flow_map(Scanner& c, Entry&& entry) {
    return flow_map(c, entry, [&](Scalar& k) { return c.key(k); });
}

int col(size_t pos) {
    return static_cast<int>(pos) + 1;
}

// The writer's mappings have at most 16 keys; more is declined, which also keeps the
// duplicate checks (linear per key) from turning quadratic on hostile input.
constexpr size_t kMaxKeys = 32;

// Builds YNode trees of flow values (food lines). A node read into again (the streamed item)
// is overwritten in place: its strings and vectors keep their room, so reading thousands of
// lines into one node allocates almost nothing.
struct TreeReader {
    Scanner c;
    int line;

    bool value(YNode& out, int depth) {
        if (depth > 8) return false;  // the writer nests three deep
        out.line = line;
        out.column = col(c.pos());
        if (c.next_is('{')) return map(out, depth);
        if (c.next_is('[')) return seq(out, depth);
        Scalar s;
        if (!c.scalar(s)) return false;
        out.kind = s.null ? YNode::Kind::null : YNode::Kind::scalar;
        out.text.assign(s.text);
        out.quoted = s.quoted;
        out.items.clear();
        out.entries.clear();
        return true;
    }
    bool map(YNode& out, int depth) {
        out.kind = YNode::Kind::map;
        out.text.clear();
        out.quoted = false;
        out.items.clear();
        // A food line has 8-13 keys: grow once, not four times.
        if (depth == 0) out.entries.reserve(13);
        size_t n = 0;
        const bool ok = flow_map(c, [&](Scalar&& k) {
            if (n >= kMaxKeys) return false;
            for (size_t i = 0; i < n; ++i)
                if (out.entries[i].first.text == k.text)
                    return false;  // duplicate: yaml-cpp's path reports it
            if (n == out.entries.size()) out.entries.emplace_back();
            YNode& key = out.entries[n].first;
            key.kind = YNode::Kind::scalar;
            key.text.assign(k.text);
            key.quoted = k.quoted;
            key.line = line;
            key.column = col(k.pos);
            if (!value(out.entries[n].second, depth + 1)) return false;
            ++n;
            return true;
        });
        out.entries.resize(n);
        return ok;
    }
    bool seq(YNode& out, int depth) {
        out.kind = YNode::Kind::seq;
        out.text.clear();
        out.quoted = false;
        out.entries.clear();
        c.eat('[');
        size_t n = 0;
        bool ok = c.eat(']');
        if (!ok) {
            do {
                if (n == out.items.size()) out.items.emplace_back();
                if (!value(out.items[n], depth + 1)) return false;
                ++n;
            } while (c.eat(',', ' '));
            ok = c.eat(']');
        }
        out.items.resize(n);
        return ok;
    }
};

}  // namespace

bool plain_scalar_ok(std::string_view s) {
    return std::all_of(s.begin(), s.end(), plain_char) && plain_token_ok(s);
}

bool parse_flat_map(std::string_view line, size_t pos, FlatViews& out) {
    Scanner c(line, pos);
    out.fields.clear();
    if (out.keys.size() < kMaxKeys) out.keys.resize(kMaxKeys), out.values.resize(kMaxKeys);
    // Keys seen, by a hash of length and first byte: the duplicate check compares texts only
    // when two keys share one (rare), not every pair (a hot path of reading a journal).
    std::uint64_t seen = 0;
    const bool ok =
        flow_map(
            c,
            [&](Scalar&& k) {
                const size_t n = out.fields.size();
                if (n >= kMaxKeys) return false;
                const std::uint64_t bit =
                    std::uint64_t{1}
                    << ((k.text.size() * 7 +
                         (k.text.empty() ? 0u : static_cast<unsigned char>(k.text[0]))) &
                        63);
                if (seen & bit)
                    for (const auto& f : out.fields)
                        if (f.key == k.text) return false;  // duplicate: yaml-cpp's path reports it
                seen |= bit;
                Scalar v;
                if (!c.scalar(v, out.values[n])) return false;
                out.fields.push_back({.key = k.text,
                                      .value = v.text,
                                      .key_column = col(k.pos),
                                      .column = col(v.null ? k.pos : v.pos),
                                      .null = v.null});
                return true;
            },
            [&](Scalar& k) { return c.key(k, out.keys[out.fields.size() % kMaxKeys]); });
    return ok && c.at_end();
}

std::optional<FlatMap> parse_flat_map(std::string_view line, size_t pos) {
    FlatViews views;
    if (!parse_flat_map(line, pos, views)) return std::nullopt;
    FlatMap out;
    out.reserve(views.fields.size());
    for (const auto& f : views.fields)
        out.push_back(FlatField{.key = std::string(f.key),
                                .value = std::string(f.value),
                                .key_column = f.key_column,
                                .column = f.column,
                                .null = f.null});
    return out;
}

namespace {

// fast_parse_document's state: the root mapping and the list being filled.
struct DocReader {
    YNode root;
    YNode* list = nullptr;  // the value of the last `key:` line, while its items follow
    size_t list_items = 0;
    bool list_streamed = false;  // its items go to `take`, not into the tree
    std::string_view streamed_key;
    const ItemSink* take = nullptr;

    // A `key:` with no item is null to yaml-cpp: rare, so declined rather than mimicked.
    bool close_list() {
        const bool ok = !list || list_items > 0;
        list = nullptr;
        return ok;
    }
    bool item(std::string_view line, int line_no) {
        if (!list) return false;
        TreeReader r{Scanner(line, 2), line_no};
        YNode fresh;
        YNode& v = list_streamed ? scratch : fresh;
        if (!line.substr(2).starts_with('{') || !r.value(v, 0) || !r.c.at_end()) return false;
        if (list_items++ == 0) list->line = line_no, list->column = 1;
        if (list_streamed) return (*take)(root, v);
        list->items.push_back(std::move(v));
        return true;
    }
    bool key_line(std::string_view line, int line_no) {
        if (!close_list()) return false;
        Scanner c(line, 0);
        Scalar k;
        if (!c.scalar(k) || k.quoted || k.null || c.pos() > 1000 || !c.eat(':')) return false;
        if (root.entries.size() >= kMaxKeys || root.get(k.text))
            return false;  // a duplicate is reported by yaml-cpp's path
        YNode key;
        key.kind = YNode::Kind::scalar;
        key.text = k.text;
        key.line = line_no, key.column = 1;
        if (root.entries.empty()) root.line = line_no, root.column = 1;
        YNode v;
        if (c.at_end()) {
            v.kind = YNode::Kind::seq;
            list_streamed = take && k.text == streamed_key;
            list_items = 0;
            root.entries.push_back({std::move(key), std::move(v)});
            list = &root.entries.back().second;
            return true;
        }
        TreeReader r{c, line_no};
        if (!r.c.eat(' ') || r.c.next_is('{') || r.c.next_is('[') || !r.value(v, 0) ||
            !r.c.at_end())
            return false;
        root.entries.push_back({std::move(key), std::move(v)});
        return true;
    }
    YNode scratch;  // the streamed item, reused: its vectors keep their room
};

std::optional<YNode> read_document(std::string_view text, DocReader& d) {
    d.root.kind = YNode::Kind::map;
    int line_no = 0;
    for (size_t start = 0; start < text.size();) {
        size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        const std::string_view line = text.substr(start, nl - start);
        start = nl + 1;
        ++line_no;
        if (line.empty() || line[0] == '#') continue;
        const bool ok = line.starts_with("- ") ? d.item(line, line_no) : d.key_line(line, line_no);
        if (!ok) return std::nullopt;
    }
    if (!d.close_list() || d.root.entries.empty()) return std::nullopt;
    return std::move(d.root);
}

}  // namespace

std::optional<YNode> fast_parse_document(std::string_view text) {
    DocReader d;
    return read_document(text, d);
}

std::optional<YNode> fast_parse_document(std::string_view text, std::string_view list_key,
                                         const ItemSink& take) {
    DocReader d{.streamed_key = list_key, .take = &take};
    return read_document(text, d);
}

}  // namespace mg
