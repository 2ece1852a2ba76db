#include "core/yaml_doc.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <cstring>
#include <unordered_map>

#include "core/swar.hpp"

namespace mg {

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        lines.emplace_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

namespace {

// Length of a valid UTF-8 sequence starting at s[i], or 0 when invalid.
size_t utf8_len(std::string_view s, size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    if (n == 2 && c < 0xC2) return 0;
    for (size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return 0;
    return n;
}

}  // namespace

std::string clean_text(const std::string& path, std::string_view bytes, const InputLimits& limits,
                       std::vector<Diagnostic>& errors) {
    std::string storage;
    const std::string_view text = clean_text(path, bytes, limits, errors, storage);
    if (text.data() == storage.data()) return storage;
    return std::string(text);
}

std::string_view clean_text(const std::string& path, std::string_view bytes,
                            const InputLimits& limits, std::vector<Diagnostic>& errors,
                            std::string& storage) {
    storage.clear();
    if (bytes.size() > limits.max_file_bytes) {
        errors.push_back({.file = path,
                          .line = 0,
                          .column = 0,
                          .message = fmt::format("file is {} bytes, over the limit of {} bytes",
                                                 bytes.size(), limits.max_file_bytes),
                          .hint = "is this the right file?"});
        return {};
    }
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    {
        // Fast path for the common case: valid UTF-8, LF line ends, short lines. Whole 8-byte
        // words of printable ASCII are skipped at once.
        bool plain = true;
        size_t line_len = 0;
        for (size_t i = 0; i < bytes.size();) {
            if (i + 8 <= bytes.size() && line_len + 8 <= limits.max_line_bytes) {
                // No byte from 0x80 up (UTF-8) and none below 0x20 (NUL, CR, LF, TAB ...).
                const std::uint64_t w = swar::load(bytes.data() + i);
                if (!(w & swar::kHigh) && !swar::any_below(w, 0x20)) {
                    i += 8, line_len += 8;
                    continue;
                }
            }
            const auto u = static_cast<unsigned char>(bytes[i]);
            if (u == '\n') {
                line_len = 0, ++i;
                continue;
            }
            const size_t n = u < 0x80 ? 1 : utf8_len(bytes, i);
            if (n == 0 || u == 0 || u == '\r' || (line_len += n) > limits.max_line_bytes) {
                plain = false;
                break;
            }
            i += n;
        }
        if (plain) return bytes;
    }
    std::string& out = storage;
    out.reserve(bytes.size());
    int line = 1;
    size_t line_start = 0;
    bool reported_line = false;
    for (size_t i = 0; i < bytes.size();) {
        const char c = bytes[i];
        if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') {
            ++i;
            continue;
        }
        if (c == '\n') {
            out += c;
            ++line;
            ++i;
            line_start = out.size();
            reported_line = false;
            continue;
        }
        if (c == '\0' || utf8_len(bytes, i) == 0) {
            if (!reported_line)
                errors.push_back({.file = path,
                                  .line = line,
                                  .column = static_cast<int>(out.size() - line_start) + 1,
                                  .message = c == '\0' ? "binary data (NUL byte): not a text file"
                                                       : "invalid UTF-8 byte sequence",
                                  .hint = "save the file as UTF-8 text"});
            reported_line = true;
            if (errors.size() > 20) return {};
            ++i;
            continue;
        }
        const size_t n = utf8_len(bytes, i);
        out.append(bytes.substr(i, n));
        i += n;
        if (out.size() - line_start > limits.max_line_bytes && !reported_line) {
            errors.push_back(
                {.file = path,
                 .line = line,
                 .column = 0,
                 .message = fmt::format("line longer than {} bytes", limits.max_line_bytes)});
            reported_line = true;
        }
    }
    return out;
}

Diagnostic YamlDoc::at_line(int line, int column, std::string message, std::string hint) const {
    Diagnostic d{.file = path,
                 .line = line,
                 .column = column,
                 .message = std::move(message),
                 .hint = std::move(hint)};
    if (line >= 1 && static_cast<size_t>(line) <= lines.size()) d.source_line = lines[line - 1];
    return d;
}

Diagnostic YamlDoc::at(const YAML::Node& node, std::string message, std::string hint) const {
    const YAML::Mark m = node.Mark();
    if (m.is_null()) return at_line(0, 0, std::move(message), std::move(hint));
    return at_line(m.line + 1, m.column + 1, std::move(message), std::move(hint));
}

namespace {

// Rough pre-scan of flow/indent nesting: yaml-cpp recurses per level and reports deep input
// as "bad file" (or overflows the stack), so refuse it first with a real message.
void check_depth(const YamlDoc& doc, std::string_view text, int max_depth) {
    // Block nesting grows with indentation and "- - -" runs at the start of a line.
    for (size_t i = 0; i < doc.lines.size(); ++i) {
        const std::string& l = doc.lines[i];
        size_t lead = 0;
        while (lead < l.size() &&
               (l[lead] == ' ' || l[lead] == '-' || l[lead] == '?' || l[lead] == ':'))
            ++lead;
        if (lead > static_cast<size_t>(max_depth) * 8)
            throw InputError(
                doc.at_line(static_cast<int>(i) + 1, 1,
                            fmt::format("indented or nested deeper than {} levels", max_depth),
                            "mgcalc files are shallow; is this the right file?"));
    }
    // Flow nesting: brackets outside quoted scalars and comments. A quote opens a scalar only
    // where a token starts (not in "it's"); in double quotes, \" does not close it.
    int depth = 0, line = 1, col = 0;
    bool in_quote = false, escaped = false, in_comment = false;
    char quote = 0, prev = '\n';
    for (char c : text) {
        ++col;
        const char before = prev;
        prev = c;
        if (c == '\n') {
            ++line, col = 0, in_comment = false;
            continue;
        }
        if (in_comment) continue;
        if (in_quote) {
            if (escaped)
                escaped = false;
            else if (quote == '"' && c == '\\')
                escaped = true;
            else if (c == quote)
                in_quote = false;
            continue;
        }
        const bool token_start = before == '\n' || before == ' ' || before == '\t' ||
                                 before == '[' || before == '{' || before == ',' || before == ':';
        if ((c == '"' || c == '\'') && token_start) {
            in_quote = true, quote = c;
        } else if (c == '#' && (before == '\n' || before == ' ' || before == '\t')) {
            in_comment = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth)
                throw InputError(
                    doc.at_line(line, col, fmt::format("nesting deeper than {} levels", max_depth),
                                "mgcalc files are shallow; is this the right file?"));
        } else if (c == ']' || c == '}') {
            if (depth > 0) --depth;
        }
    }
}

// yaml-cpp keeps every pair of a mapping, duplicates included, while lookups see only the
// first: a second `mg:` would be silently ignored. Every duplicate is an error, located.
void check_duplicate_keys(const YamlDoc& doc, const YAML::Node& map,
                          std::vector<Diagnostic>& errors) {
    std::unordered_map<std::string, YAML::Mark> seen;
    for (const auto& kv : map) {
        const YAML::Node& k = kv.first;
        if (!k.IsScalar() && !k.IsNull()) continue;  // complex keys: the readers refuse them
        const std::string text = k.IsNull() ? "null" : k.Scalar();
        const auto [first, fresh] = seen.emplace((k.IsNull() ? "n" : "s") + text, k.Mark());
        if (!fresh)
            errors.push_back(
                doc.at(k, fmt::format("duplicate key '{}'", text),
                       fmt::format("'{}' is already given at line {}, column {}; "
                                   "keep one of them",
                                   text, first->second.line + 1, first->second.column + 1)));
    }
}

// Walks the tree once: refuses trees too big or too deep (a last guard; aliases, which could
// expand without bound, were refused before parsing) and collects duplicate keys.
void check_tree(const YamlDoc& doc, const YAML::Node& n, int depth, size_t& count,
                const InputLimits& limits, std::vector<Diagnostic>& duplicates) {
    if (++count > limits.max_nodes) throw InputError(doc.at(n, "document has too many nodes"));
    if (depth > limits.max_depth)
        throw InputError(doc.at(n, fmt::format("nesting deeper than {} levels", limits.max_depth)));
    if (n.IsMap()) {
        check_duplicate_keys(doc, n, duplicates);
        for (const auto& kv : n) {
            check_tree(doc, kv.first, depth + 1, count, limits, duplicates);
            check_tree(doc, kv.second, depth + 1, count, limits, duplicates);
        }
    } else if (n.IsSequence()) {
        for (const auto& v : n) check_tree(doc, v, depth + 1, count, limits, duplicates);
    }
}

void scan_for_alias_tokens(const YamlDoc& doc) {
    for (size_t i = 0; i < doc.lines.size(); ++i) {
        const std::string& l = doc.lines[i];
        bool in_quote = false;
        char q = 0;
        for (size_t c = 0; c < l.size(); ++c) {
            const char ch = l[c];
            if (in_quote) {
                if (q == '"' && ch == '\\')
                    ++c;  // \" does not end a double-quoted scalar
                else if (ch == q)
                    in_quote = false;
                continue;
            }
            if (ch == '#' && (c == 0 || l[c - 1] == ' ')) break;
            if (ch == '"' || ch == '\'') {
                if (c == 0 || l[c - 1] == ' ' || l[c - 1] == '[' || l[c - 1] == '{' ||
                    l[c - 1] == ',' || l[c - 1] == ':')
                    in_quote = true, q = ch;
                continue;
            }
            const bool token_start =
                c == 0 || l[c - 1] == ' ' || l[c - 1] == '[' || l[c - 1] == '{' || l[c - 1] == ',';
            if ((ch == '&' || ch == '*') && token_start && c + 1 < l.size() && l[c + 1] != ' ')
                throw InputError(doc.at_line(static_cast<int>(i) + 1, static_cast<int>(c) + 1,
                                             "YAML anchors and aliases are not allowed",
                                             "write the value out in full, or quote it"));
        }
    }
}

}  // namespace

YamlDoc parse_yaml(const std::string& path, std::string_view text, const InputLimits& limits) {
    YamlDoc doc;
    doc.path = path;
    doc.lines = split_lines(text);
    check_depth(doc, text, limits.max_depth);
    scan_for_alias_tokens(doc);
    try {
        // Never YAML::LoadAll: it hangs on some one-byte inputs (docs/hardening.md).
        doc.root = YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
        throw InputError(doc.at_line(
            e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1,
            "YAML syntax error: " + e.msg, "check indentation, colons and quotes on this line"));
    }
    size_t count = 0;
    std::vector<Diagnostic> duplicates;
    check_tree(doc, doc.root, 0, count, limits, duplicates);
    if (!duplicates.empty()) throw InputError(duplicates);
    return doc;
}

}  // namespace mg
