#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/yaml_doc.hpp"

namespace mg {

struct YEntry;

/// A parsed YAML value with its 1-based position, produced either by the fast flow-line
/// reader or from yaml-cpp, so that validation code is shared by both paths.
struct YNode {
    enum class Kind { null, scalar, seq, map };
    Kind kind = Kind::null;
    std::string text;  ///< scalar text
    bool quoted = false;
    int line = 0;
    int column = 0;
    std::vector<YNode> items;     ///< sequence items
    std::vector<YEntry> entries;  ///< mapping entries, in order

    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_map() const { return kind == Kind::map; }
    bool is_seq() const { return kind == Kind::seq; }
    /// Mapping value for `key`, or nullptr.
    const YNode* get(std::string_view key) const;
};

/// One key: value pair of a mapping.
struct YEntry {
    YNode first;
    YNode second;
};

/// Result of reading one flow value ("{a: 1, b: [x, y]}") from one line.
struct FlowParse {
    std::optional<YNode> value;
    int error_column = 0;  ///< 1-based column of the first problem, when `value` is empty
    std::string error;
};

/// Parses the YAML flow value starting at `pos` of `line`: the subset mgcalc writes
/// (plain and double-quoted scalars, flow sequences and mappings, trailing comment).
/// Anything outside that subset (anchors, tags, single quotes with escapes...) fails, and the
/// caller falls back to yaml-cpp.
FlowParse parse_flow(std::string_view line, size_t pos, int line_number);

/// One field of a flat flow mapping.
struct FlatField {
    std::string key;
    std::string value;
    int key_column = 0;   ///< 1-based column of the key
    int column = 0;       ///< 1-based column of the value
    bool null = false;    ///< no value, `null` or `~`
    bool nested = false;  ///< the value is a sequence or mapping (only from `flatten`)
};
using FlatMap = std::vector<FlatField>;

/// Reads `{key: scalar, ...}` at `pos` without building a tree: the journal's hot path.
/// nullopt for anything else (nesting, single quotes, anchors ...): use parse_flow / yaml-cpp.
std::optional<FlatMap> parse_flat_map(std::string_view line, size_t pos);

/// A parsed mapping as a FlatMap (non-scalar values are marked `nested`); nullopt if `n`
/// is not a mapping.
std::optional<FlatMap> flatten(const YNode& n);

/// Reads a whole document of the generated layout: comment lines, top-level `key: scalar`
/// lines, and `key:` followed by `- {flow}` lines. Returns nullopt when the text uses anything
/// else, so the caller can fall back to yaml-cpp (the parser of record).
std::optional<YNode> fast_parse_document(std::string_view text);

/// Converts a yaml-cpp tree (already checked for aliases and depth) into a YNode.
YNode from_yaml(const YAML::Node& n);

/// Quotes a string as a YAML double-quoted scalar.
std::string yaml_quote(std::string_view s);
/// Writes `s` plain when it is safe to read back unchanged, else double-quoted.
std::string yaml_scalar(std::string_view s);

}  // namespace mg
