#include "core/ynode.hpp"

#include <fmt/format.h>

namespace mg {

const YNode* YNode::get(std::string_view key) const {
    for (const auto& [k, v] : entries)
        if (k.text == key) return &v;
    return nullptr;
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

bool same_tree(const YNode& a, const YNode& b) {
    if (a.kind != b.kind || a.text != b.text || a.quoted != b.quoted || a.line != b.line ||
        a.column != b.column || a.items.size() != b.items.size() ||
        a.entries.size() != b.entries.size())
        return false;
    for (size_t i = 0; i < a.items.size(); ++i)
        if (!same_tree(a.items[i], b.items[i])) return false;
    for (size_t i = 0; i < a.entries.size(); ++i)
        if (!same_tree(a.entries[i].first, b.entries[i].first) ||
            !same_tree(a.entries[i].second, b.entries[i].second))
            return false;
    return true;
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
        else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            // Raw, YAML folds some (CR is a line break) and the fast reader declines them all.
            out += fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
        else
            out += c;
    }
    return out + "\"";
}

std::string yaml_scalar(std::string_view s) {
    // `null` would read back as no value; `true`/`false` are booleans to other YAML readers.
    const bool plain = plain_scalar_ok(s) && s != "null" && s != "true" && s != "false";
    return plain ? std::string(s) : yaml_quote(s);
}

}  // namespace mg
