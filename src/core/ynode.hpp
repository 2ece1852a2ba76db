#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/yaml_doc.hpp"

namespace mg {

struct YEntry;

/// A parsed YAML value with its 1-based position (line, byte column), produced either by the
/// fast reader or from yaml-cpp, so that validation code is shared by both paths.
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

// The fast reader (docs/file-formats.md, "One reading"): yaml-cpp's reading is the definition
// of every file; the fast reader is a strict subset of it for speed. It accepts only the
// layout mgcalc's writers emit (entry_to_line, food_to_line, food_file_header) and declines
// everything else — returning nullopt, never an error — so that the caller hands the text to
// yaml-cpp. Whatever it accepts, yaml-cpp reads to the same tree (tests/fuzz/
// fuzz_differential.cpp checks it). The rules, shared by food files and journal lines:
//  - flow collections exactly as written: "{k: v, k: v}", "[a, b]", "{}", "[]" (one space
//    after ':' and ',', none inside the brackets, nothing after the closing bracket);
//  - plain scalars as plain_scalar_ok() says; `null` is the null value;
//  - double-quoted scalars with only the escapes yaml_quote() writes;
//  - no duplicate key in any mapping (yaml-cpp's path reports them as errors).

/// Whether `s` is a plain (unquoted) scalar the fast reader accepts: ASCII letters, digits and
/// ` -_./+`, starting with a letter or digit, not ending with a space; not a YAML 1.1/1.2
/// bool or null spelling other than `true`, `false`, `null`; when it starts with a digit and
/// has no space, only a decimal (`0`, `12`, `78.3`) or digit groups joined by `-` (dates, ids).
bool plain_scalar_ok(std::string_view s);

/// One field of a flat flow mapping.
struct FlatField {
    std::string key;
    std::string value;
    int key_column = 0;   ///< 1-based column of the key
    int column = 0;       ///< 1-based column of the value (of the key when null)
    bool null = false;    ///< no value, or `null`/`~`
    bool nested = false;  ///< the value is a sequence or mapping (only from `flatten`)
};
using FlatMap = std::vector<FlatField>;

/// Reads a journal line's `{key: scalar, ...}` starting at `pos` and running to the end of
/// `line`, without building a tree: the journal's hot path. nullopt: declined (see above).
std::optional<FlatMap> parse_flat_map(std::string_view line, size_t pos);
/// One field of a flat flow mapping as read in place (see FlatViews).
struct FlatFieldView {
    std::string_view key;
    std::string_view value;
    int key_column = 0;
    int column = 0;
    bool null = false;
    bool nested = false;
};
/// A flat flow mapping read without copying: keys and values view the line, or `keys` and
/// `values` (one buffer per field, reused from line to line) when a quoted scalar's escapes
/// had to be undone. Valid while the line and this object are unchanged.
struct FlatViews {
    std::vector<FlatFieldView> fields;
    std::vector<std::string> keys, values;
};
/// The same reading as parse_flat_map (which is built on it), into `out`: the journal's loop,
/// with no allocation per line. Returns false when declined (`out` then holds unspecified
/// fields).
bool parse_flat_map(std::string_view line, size_t pos, FlatViews& out);

/// A parsed mapping as a FlatMap (non-scalar values are marked `nested`); nullopt if `n`
/// is not a mapping.
std::optional<FlatMap> flatten(const YNode& n);

/// Reads a whole food file of the generated layout: `#` comment lines, empty lines, top-level
/// `key: scalar` lines, and `key:` followed by `- {flow mapping}` lines, all at column 0.
/// nullopt: declined (see above). Positions are yaml-cpp's: the root at its first key, a list
/// at its first item.
std::optional<YNode> fast_parse_document(std::string_view text);
/// Called with the root read so far and one item of the streamed list; false declines the
/// whole text (fast_parse_document then returns nullopt).
using ItemSink = std::function<bool(const YNode& root, const YNode& item)>;
/// fast_parse_document, handing each item of the top-level list under `list_key` to `take` as
/// it is read instead of keeping it: a file of tens of thousands of items is read without
/// holding its tree. In the tree returned, that list has no items (its position is still its
/// first item's). The item is valid only during the call. When the result is nullopt, the
/// items already taken must be discarded: the caller reads the text with yaml-cpp instead.
std::optional<YNode> fast_parse_document(std::string_view text, std::string_view list_key,
                                         const ItemSink& take);

/// Converts a yaml-cpp tree (already checked for aliases and depth) into a YNode.
YNode from_yaml(const YAML::Node& n);

/// Whether two trees are the same: kinds, texts, quoting, positions, order. The differential
/// checks (fuzz_differential, test_ynode) compare the fast reader and yaml-cpp with it.
bool same_tree(const YNode& a, const YNode& b);

/// Quotes a string as a YAML double-quoted scalar: `\"`, `\\`, `\n`, `\t`, and `\xNN` for any
/// other control character; everything else (UTF-8 included) as is.
std::string yaml_quote(std::string_view s);
/// Writes `s` plain when the fast reader accepts it as plain text (plain_scalar_ok, and not
/// `null`, `true` or `false`), else double-quoted.
std::string yaml_scalar(std::string_view s);

}  // namespace mg
