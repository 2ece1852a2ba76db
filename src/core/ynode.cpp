#include "core/ynode.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace mg {

const YNode* YNode::get(std::string_view key) const {
    for (const auto& [k, v] : entries)
        if (k.text == key) return &v;
    return nullptr;
}

namespace {

struct FlowReader {
    std::string_view s;
    size_t i;
    int line;
    std::string error;
    size_t error_pos = 0;

    bool fail(std::string msg) {
        if (error.empty()) error = std::move(msg), error_pos = i;
        return false;
    }
    void ws() {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    }
    bool value(YNode& out, int depth) {
        if (depth > 16) return fail("nesting too deep");
        ws();
        if (i >= s.size()) return fail("value expected");
        out.line = line;
        out.column = static_cast<int>(i) + 1;
        const char c = s[i];
        if (c == '{') return map(out, depth);
        if (c == '[') return seq(out, depth);
        if (c == '"') return dquoted(out);
        return plain(out);
    }
    bool map(YNode& out, int depth) {
        out.kind = YNode::Kind::map;
        out.entries.reserve(16);
        ++i;
        ws();
        if (i < s.size() && s[i] == '}') return ++i, true;
        while (true) {
            YNode k, v;
            if (!value(k, depth + 1)) return false;
            if (!k.is_scalar()) return fail("mapping key must be a scalar");
            ws();
            if (i >= s.size() || s[i] != ':') return fail("':' expected after key");
            ++i;
            ws();
            if (i < s.size() && (s[i] == ',' || s[i] == '}')) {
                v.kind = YNode::Kind::null, v.line = line, v.column = static_cast<int>(i) + 1;
            } else if (!value(v, depth + 1)) {
                return false;
            }
            out.entries.push_back({std::move(k), std::move(v)});
            ws();
            if (i < s.size() && s[i] == ',') {
                ++i;
                continue;
            }
            if (i < s.size() && s[i] == '}') return ++i, true;
            return fail("',' or '}' expected");
        }
    }
    bool seq(YNode& out, int depth) {
        out.kind = YNode::Kind::seq;
        ++i;
        ws();
        if (i < s.size() && s[i] == ']') return ++i, true;
        while (true) {
            YNode v;
            if (!value(v, depth + 1)) return false;
            out.items.push_back(std::move(v));
            ws();
            if (i < s.size() && s[i] == ',') {
                ++i;
                continue;
            }
            if (i < s.size() && s[i] == ']') return ++i, true;
            return fail("',' or ']' expected");
        }
    }
    bool dquoted(YNode& out) {
        out.kind = YNode::Kind::scalar;
        out.quoted = true;
        ++i;
        while (i < s.size() && s[i] != '"') {
            if (s[i] == '\\') {
                if (i + 1 >= s.size()) return fail("unfinished escape");
                const char e = s[i + 1];
                if (e == '"' || e == '\\' || e == '/')
                    out.text += e;
                else if (e == 'n')
                    out.text += '\n';
                else if (e == 't')
                    out.text += '\t';
                else
                    return fail("unsupported escape");
                i += 2;
            } else {
                out.text += s[i++];
            }
        }
        if (i >= s.size()) return fail("closing '\"' missing");
        ++i;
        return true;
    }
    bool plain(YNode& out) {
        const char c = s[i];
        // Indicators that start constructs outside our subset: let yaml-cpp decide.
        if (std::string_view("&*!|>%@`'#,]}:-?").find(c) != std::string_view::npos) {
            if (!(c == '-' && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9'))
                return fail(fmt::format("unexpected '{}'", c));
        }
        const size_t start = i;
        while (i < s.size()) {
            const char ch = s[i];
            if (ch == ',' || ch == ']' || ch == '}' || ch == '[' || ch == '{') break;
            if (ch == ':' && (i + 1 >= s.size() || s[i + 1] == ' ' || s[i + 1] == ',' ||
                              s[i + 1] == '}' || s[i + 1] == ']'))
                break;
            if (ch == '#' && i > start && s[i - 1] == ' ') break;
            if (ch == '"' || ch == '\t') return fail("unexpected character in plain value");
            ++i;
        }
        std::string_view t = s.substr(start, i - start);
        while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
        out.kind = (t == "null" || t == "~") ? YNode::Kind::null : YNode::Kind::scalar;
        out.text = std::string(t);
        return true;
    }
};

bool rest_is_blank(std::string_view s, size_t i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    return i >= s.size() || s[i] == '#';
}

}  // namespace

std::optional<FlatMap> parse_flat_map(std::string_view s, size_t i) {
    auto ws = [&] {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    };
    ws();
    if (i >= s.size() || s[i] != '{') return std::nullopt;
    ++i;
    FlatMap out;
    out.reserve(16);
    ws();
    if (i < s.size() && s[i] == '}') {
        ++i;
        return rest_is_blank(s, i) ? std::optional(out) : std::nullopt;
    }
    while (true) {
        ws();
        FlatField f;
        const size_t key_start = i;
        while (i < s.size() &&
               (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' || s[i] == '-'))
            ++i;
        if (i == key_start || i >= s.size() || s[i] != ':') return std::nullopt;
        f.key = std::string(s.substr(key_start, i - key_start));
        f.key_column = static_cast<int>(key_start) + 1;
        ++i;
        ws();
        f.column = static_cast<int>(i) + 1;
        if (i >= s.size()) return std::nullopt;
        if (s[i] == ',' || s[i] == '}') {
            f.null = true;
        } else if (s[i] == '"') {
            ++i;
            while (i < s.size() && s[i] != '"') {
                if (s[i] == '\\') {
                    if (i + 1 >= s.size()) return std::nullopt;
                    const char e = s[i + 1];
                    if (e == '"' || e == '\\' || e == '/')
                        f.value += e;
                    else if (e == 'n')
                        f.value += '\n';
                    else if (e == 't')
                        f.value += '\t';
                    else
                        return std::nullopt;
                    i += 2;
                } else {
                    f.value += s[i++];
                }
            }
            if (i >= s.size()) return std::nullopt;
            ++i;
        } else {
            if (std::string_view("&*!|>%@`'#[{]}:?\"").find(s[i]) != std::string_view::npos)
                return std::nullopt;
            if (s[i] == '-' && !(i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9'))
                return std::nullopt;
            const size_t start = i;
            while (i < s.size() && s[i] != ',' && s[i] != '}') {
                const char c = s[i];
                if (c == '[' || c == '{' || c == ']' || c == '"' || c == '\t') return std::nullopt;
                if (c == ':' && (i + 1 >= s.size() || s[i + 1] == ' ')) return std::nullopt;
                if (c == '#' && s[i - 1] == ' ') return std::nullopt;
                ++i;
            }
            std::string_view t = s.substr(start, i - start);
            while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
            if (t == "null" || t == "~")
                f.null = true;
            else
                f.value = std::string(t);
        }
        out.push_back(std::move(f));
        ws();
        if (i < s.size() && s[i] == ',') {
            ++i;
            continue;
        }
        if (i < s.size() && s[i] == '}') {
            ++i;
            break;
        }
        return std::nullopt;
    }
    return rest_is_blank(s, i) ? std::optional(std::move(out)) : std::nullopt;
}

std::optional<FlatMap> flatten(const YNode& n) {
    if (!n.is_map()) return std::nullopt;
    FlatMap out;
    for (const auto& [k, v] : n.entries) {
        FlatField f;
        f.key = k.text;
        f.key_column = k.column;
        f.value = v.text;
        f.column = v.kind == YNode::Kind::null ? k.column : v.column;
        f.null = v.kind == YNode::Kind::null;
        f.nested = v.is_map() || v.is_seq();
        if (f.nested) f.column = v.column;
        out.push_back(std::move(f));
    }
    return out;
}

FlowParse parse_flow(std::string_view line, size_t pos, int line_number) {
    FlowReader r{line, pos, line_number, {}, 0};
    YNode v;
    FlowParse out;
    if (r.value(v, 0) && rest_is_blank(line, r.i)) {
        out.value = std::move(v);
        return out;
    }
    if (r.error.empty()) r.error = "unexpected text after the value", r.error_pos = r.i;
    out.error = r.error;
    out.error_column = static_cast<int>(r.error_pos) + 1;
    return out;
}

std::optional<YNode> fast_parse_document(std::string_view text) {
    YNode root;
    root.kind = YNode::Kind::map;
    root.line = root.column = 1;
    YNode* current_seq = nullptr;
    int line_no = 0;
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        const std::string_view line = text.substr(start, nl - start);
        start = nl + 1;
        ++line_no;
        if (rest_is_blank(line, 0)) continue;
        if (line.size() >= 2 && line[0] == '-' && line[1] == ' ') {
            if (!current_seq) return std::nullopt;
            FlowParse p = parse_flow(line, 2, line_no);
            if (!p.value) return std::nullopt;
            current_seq->items.push_back(std::move(*p.value));
            continue;
        }
        if (line[0] == ' ' || line[0] == '\t') return std::nullopt;
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0) return std::nullopt;
        YNode key;
        key.kind = YNode::Kind::scalar;
        key.text = std::string(line.substr(0, colon));
        key.line = line_no, key.column = 1;
        for (char c : key.text)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'))
                return std::nullopt;
        if (root.get(key.text)) return std::nullopt;  // duplicate key: let yaml-cpp complain
        if (rest_is_blank(line, colon + 1)) {
            YNode seq;
            seq.kind = YNode::Kind::seq;
            seq.line = line_no, seq.column = static_cast<int>(colon) + 2;
            root.entries.push_back({std::move(key), std::move(seq)});
            current_seq = &root.entries.back().second;
            continue;
        }
        current_seq = nullptr;
        FlowParse p = parse_flow(line, colon + 1, line_no);
        if (!p.value || p.value->kind == YNode::Kind::map || p.value->kind == YNode::Kind::seq)
            return std::nullopt;
        root.entries.push_back({std::move(key), std::move(*p.value)});
    }
    return root;
}

YNode from_yaml(const YAML::Node& n) {
    YNode out;
    const YAML::Mark m = n.Mark();
    if (!m.is_null()) out.line = m.line + 1, out.column = m.column + 1;
    if (n.IsScalar()) {
        out.kind = YNode::Kind::scalar;
        out.text = n.Scalar();
        out.quoted = n.Tag() == "!";
    } else if (n.IsSequence()) {
        out.kind = YNode::Kind::seq;
        for (const auto& v : n) out.items.push_back(from_yaml(v));
    } else if (n.IsMap()) {
        out.kind = YNode::Kind::map;
        for (const auto& kv : n) out.entries.push_back({from_yaml(kv.first), from_yaml(kv.second)});
    }
    return out;
}

std::string yaml_quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\', out += c;
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else
            out += c;
    }
    return out + "\"";
}

std::string yaml_scalar(std::string_view s) {
    bool safe = !s.empty() && s.front() != ' ' && s.back() != ' ';
    if (safe) {
        const char c0 = s.front();
        if (!(std::isalnum(static_cast<unsigned char>(c0)))) safe = false;
    }
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' ||
              c == ' ' || c == '/' || c == '+'))
            safe = false;
    if (s == "null" || s == "true" || s == "false" || s == "yes" || s == "no" || s == "on" ||
        s == "off" || s == "~")
        safe = false;
    return safe ? std::string(s) : yaml_quote(s);
}

}  // namespace mg
