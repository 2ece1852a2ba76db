#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace mg {

/// The longest name, in bytes, that may become a file or folder name.
inline constexpr size_t kMaxNameBytes = 64;

/// What a name may be, in words, for the hint of an error about one.
inline constexpr std::string_view kNameRule =
    "a name is 1 to 64 bytes of letters (any script), digits and hyphens, e.g. maria or "
    "my-granola; it may not contain '/', '\\', '..' or control characters, nor start with '.'";

/// Why `name` (a profile name, food id or recipe id) cannot become one file or folder name
/// inside the data directory, or nullopt when it can. The answer is a predicate that names
/// the culprit, e.g. "'../x' contains '/'", with the name quoted and its control bytes shown
/// as \xNN, so that it can follow "profile name ". Refused: the empty name; more than 64
/// bytes; NUL and other control characters (C0, DEL, and C1 in UTF-8); '/' and '\'; "..";
/// a leading '.'. Bytes >= 0x80 are allowed otherwise (UTF-8 letters). Pure: it looks at no
/// file.
std::optional<std::string> name_problem(std::string_view name);

/// Why typed text (a food, an amount, a phrase) cannot be read, or nullopt: it holds a
/// control character (C0 but tab, DEL, C1 in UTF-8), which would rewrite the terminal when
/// echoed in a message. The answer names the text quoted, control bytes as \xNN:
/// "'1 cup \x1B[2J' contains a control character". Pure.
std::optional<std::string> typed_text_problem(std::string_view text);

}  // namespace mg
