// The differential check of the one-reading rule (docs/file-formats.md): whatever the fast
// reader accepts, yaml-cpp — the reading of record — must read to the same tree. Shared by
// tests/fuzz/fuzz_differential.cpp and tests/unit/test_ynode.cpp.
#pragma once
#include <fmt/format.h>

#include <string>
#include <string_view>

#include "core/yaml_doc.hpp"
#include "core/ynode.hpp"

namespace mg::differential {

enum class Verdict { declined, same, different };

struct Result {
    Verdict verdict = Verdict::declined;
    std::string why;  ///< for `different`: what differs
};

/// The first difference between two trees, or "" when same_tree(a, b).
inline std::string tree_difference(const YNode& a, const YNode& b, const std::string& where) {
    auto describe = [](const YNode& n) {
        static const char* kKinds[] = {"null", "scalar", "seq", "map"};
        return fmt::format("{} '{}'{} at {}:{}", kKinds[static_cast<int>(n.kind)], n.text,
                           n.quoted ? " (quoted)" : "", n.line, n.column);
    };
    if (a.kind != b.kind || a.text != b.text || a.quoted != b.quoted || a.line != b.line ||
        a.column != b.column || a.items.size() != b.items.size() ||
        a.entries.size() != b.entries.size())
        return fmt::format("{}: fast {} ({} items, {} entries), yaml-cpp {} ({} items, {} entries)",
                           where, describe(a), a.items.size(), a.entries.size(), describe(b),
                           b.items.size(), b.entries.size());
    for (size_t i = 0; i < a.items.size(); ++i)
        if (auto d = tree_difference(a.items[i], b.items[i], fmt::format("{}[{}]", where, i));
            !d.empty())
            return d;
    for (size_t i = 0; i < a.entries.size(); ++i) {
        const std::string w = fmt::format("{}.{}", where, a.entries[i].first.text);
        if (auto d = tree_difference(a.entries[i].first, b.entries[i].first, w + " (key)");
            !d.empty())
            return d;
        if (auto d = tree_difference(a.entries[i].second, b.entries[i].second, w); !d.empty())
            return d;
    }
    return {};
}

inline std::string flat_difference(const FlatMap& fast, const FlatMap& slow) {
    if (fast.size() != slow.size())
        return fmt::format("fast reads {} fields, yaml-cpp {}", fast.size(), slow.size());
    for (size_t i = 0; i < fast.size(); ++i) {
        const FlatField &a = fast[i], &b = slow[i];
        if (a.key != b.key || a.value != b.value || a.null != b.null || a.nested != b.nested ||
            a.key_column != b.key_column || a.column != b.column)
            return fmt::format("field {}: fast {}@{}={}{}@{}, yaml-cpp {}@{}={}{}@{}", i, a.key,
                               a.key_column, a.null ? "null" : "'" + a.value + "'",
                               a.nested ? " nested" : "", a.column, b.key, b.key_column,
                               b.null ? "null" : "'" + b.value + "'", b.nested ? " nested" : "",
                               b.column);
    }
    return {};
}

/// One journal line (no newline; as parse_journal sees it, after clean_text).
inline Result journal_line(std::string_view line) {
    if (!line.starts_with("- ")) return {};  // parse_journal refuses these before reading
    const std::optional<FlatMap> fast = parse_flat_map(line, 2);
    if (!fast) return {};
    try {
        // As parse_journal's fallback reads it: the text after "- ".
        const YamlDoc alone = parse_yaml("line.yaml", line.substr(2));
        std::optional<FlatMap> slow = flatten(from_yaml(alone.root));
        if (!slow) return {Verdict::different, "yaml-cpp: not a mapping"};
        for (auto& f : *slow) f.column += 2, f.key_column += 2;
        if (auto d = flat_difference(*fast, *slow); !d.empty()) return {Verdict::different, d};
        // As an item of the month file's sequence.
        const YamlDoc item = parse_yaml("line.yaml", line);
        if (!item.root.IsSequence() || item.root.size() != 1)
            return {Verdict::different, "yaml-cpp: the line is not one list item"};
        slow = flatten(from_yaml(item.root[0]));
        if (!slow) return {Verdict::different, "yaml-cpp: the item is not a mapping"};
        if (auto d = flat_difference(*fast, *slow); !d.empty())
            return {Verdict::different, "as a list item: " + d};
    } catch (const InputError& e) {
        return {Verdict::different, "yaml-cpp refuses it: " + e.diagnostics().front().message};
    }
    return {Verdict::same, {}};
}

/// A whole food file (as parse_food_file sees it, after clean_text).
inline Result food_file(std::string_view text) {
    const std::optional<YNode> fast = fast_parse_document(text);
    if (!fast) return {};
    // The streamed reading of every top-level list hands over the tree's items, one by one,
    // into a node it reuses, and accepts exactly what the whole reading accepts.
    for (const YEntry& e : fast->entries) {
        const YNode& list = e.second;  // (no structured binding: clang 14 cannot capture one)
        if (!list.is_seq()) continue;
        size_t n = 0;
        std::string diff;
        const auto streamed =
            fast_parse_document(text, e.first.text, [&](const YNode&, const YNode& item) {
                if (n >= list.items.size())
                    diff = "more items streamed than the tree holds";
                else if (diff.empty())
                    diff = tree_difference(item, list.items[n], "streamed item");
                ++n;
                return true;
            });
        if (!streamed) return {Verdict::different, "the streamed reading declined"};
        if (diff.empty() && n != list.items.size()) diff = "fewer items streamed";
        if (!diff.empty()) return {Verdict::different, diff};
    }
    try {
        const YamlDoc doc = parse_yaml("foods.yaml", text);
        if (auto d = tree_difference(*fast, from_yaml(doc.root), "root"); !d.empty())
            return {Verdict::different, d};
    } catch (const InputError& e) {
        return {Verdict::different, "yaml-cpp refuses it: " + e.diagnostics().front().message};
    }
    return {Verdict::same, {}};
}

/// One food line ("- {...}") in a food file of the generated layout.
inline Result food_line(std::string_view line) {
    return food_file("format: mgcalc-foods\nversion: 1\nfoods:\n" + std::string(line) + "\n");
}

}  // namespace mg::differential
