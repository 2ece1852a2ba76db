#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace mg {

/// A tag that positional braces cannot initialise: a Diagnostic must be built with
/// designated initializers (`{.file = ..., .line = ...}`), so the build, not review,
/// stops `{path, 3, 0, msg}` from silently putting a hint where the message belongs.
struct DesignatedOnly {
    explicit DesignatedOnly() = default;
};

/// One problem found in user input, located as precisely as we know.
/// `line`/`column` are 1-based; 0 means "not known".
struct Diagnostic {
    [[no_unique_address]] DesignatedOnly designated_only{};
    std::string file{};
    int line = 0;
    int column = 0;
    std::string message{};
    std::string source_line{};  ///< the offending line as written, for the caret display
    std::string hint{};         ///< e.g. "did you mean 'female'?"
    /// The message and hint for someone who fills in a form rather than typing a command
    /// (the web app), where `message` or `hint` names a command or an option ("add --force
    /// to replace it"). Empty: the web derives them (src/web/errors.*, docs/web.md).
    std::string form_message{};
    std::string form_hint{};
};

/// Documented process exit codes (docs/exit-codes.md).
enum class ExitCode : int {
    ok = 0,
    bad_input = 1,  ///< bad data: a file, a food, an amount, a date
    usage = 2,      ///< command-line usage error
    strict = 3,     ///< `check --strict`: shortfall or warning flag
    system = 4,     ///< the environment failed us: unreadable/unwritable file, full disk, lock
};

/// Bad input data; carries every problem found, not just the first.
class InputError : public std::runtime_error {
  public:
    explicit InputError(std::vector<Diagnostic> d);
    explicit InputError(Diagnostic d);
    /// The problems `d`, then `closing`: what became of the whole ("nothing was imported"),
    /// shown after them and not counted as a problem.
    InputError(std::vector<Diagnostic> d, Diagnostic closing);
    /// Convenience for a problem with no file position.
    static InputError plain(std::string message, std::string hint = {});
    /// Sets the first problem's form_message and form_hint (either may be empty) and
    /// returns *this, for `throw InputError::plain(...).in_form_words(...)`.
    InputError& in_form_words(std::string message, std::string hint);
    const std::vector<Diagnostic>& diagnostics() const { return diags_; }
    /// The closing line, if any (not one of the problems).
    const std::vector<Diagnostic>& closing() const { return closing_; }

  private:
    std::vector<Diagnostic> diags_;
    std::vector<Diagnostic> closing_;  // zero or one
};

/// Misuse of the command line (exit 2).
class UsageError : public std::runtime_error {
  public:
    explicit UsageError(const std::string& msg, std::string hint = {})
        : std::runtime_error(msg), hint_(std::move(hint)) {}
    const std::string& hint() const { return hint_; }
    /// The message and hint without command or option names, for a form (the web app);
    /// empty: the web derives them. Returns *this, for `throw UsageError(...).in_form_words(...)`.
    UsageError& in_form_words(std::string message, std::string hint) {
        form_message_ = std::move(message);
        form_hint_ = std::move(hint);
        return *this;
    }
    const std::string& form_message() const { return form_message_; }
    const std::string& form_hint() const { return form_hint_; }

  private:
    std::string hint_;
    std::string form_message_{};
    std::string form_hint_{};
};

/// The operating system refused something (exit 4): I/O error, full disk, read-only dir.
class SystemError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// Renders a diagnostic as `file:line:col: message`, the source line with a caret, and the hint.
std::string format_diagnostic(const Diagnostic& d);

}  // namespace mg
