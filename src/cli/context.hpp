#pragma once
#include <boost/program_options/variables_map.hpp>
#include <iosfwd>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/inputs.hpp"
#include "app/workspace.hpp"
#include "cli/command.hpp"
#include "cli/data_paths.hpp"
#include "core/date.hpp"
#include "dri/dri.hpp"
#include "profile/profile.hpp"
#include "store/journal_store.hpp"

namespace mg {
class FoodDb;
struct SuggestionPool;
}  // namespace mg

namespace mg::cli {

/// Everything a command may need from the outside world, gathered once in main:
/// options, environment, today's date. Commands read files through it, never via getenv.
struct Environment {
    std::map<std::string, std::string> vars;  ///< the process environment
    std::string exe_dir;                      ///< directory of the running binary
    Date today;                               ///< the real date, unless --today/MGCALC_TODAY
    std::string now_utc;                      ///< ISO 8601 timestamp used for `added:` stamps
    bool stdout_is_tty = false;
    bool stdin_is_tty = false;
    /// The command line without the program name; run() sets it (`mgcalc web` hands it on
    /// to mgcalc-web unchanged).
    std::vector<std::string> args{};
};

/// Per-invocation state shared by commands: resolved paths, lazily loaded data.
class Context {
  public:
    Context(Environment env, std::istream& in, std::ostream& out, std::ostream& err);
    ~Context();

    /// Reads the global options (all but --format, which the dispatcher checks).
    void configure(const boost::program_options::variables_map& vm);

    /// Sets the command about to run and its output format (one it declares). From then on,
    /// loading data that its table entry does not declare (Command::needs) throws
    /// std::logic_error: a bug in the table, reported as an internal error.
    void start(const Command& cmd, Format format);

    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    /// True when a person can answer prompts (stdin and stdout are terminals).
    bool interactive() const { return env_.stdin_is_tty && env_.stdout_is_tty; }

    Date today() const { return today_; }
    /// True when --today or MGCALC_TODAY fixed the date (else it is the clock's).
    bool today_fixed() const { return today_fixed_; }
    const std::string& now_utc() const { return env_.now_utc; }
    /// The directory of the running binary, and the command line it was given.
    const std::string& exe_dir() const { return env_.exe_dir; }
    const std::vector<std::string>& args() const { return env_.args; }
    Format format() const { return format_; }
    bool color() const { return color_; }
    /// True when --profile or MGCALC_PROFILE named a profile (not just the only one there).
    bool profile_named() const { return ws_ && !ws_->options().profile_arg.empty(); }
    /// " --profile NAME" when a profile was named (double-quoted when it is a path with
    /// characters a shell would split or expand), else empty: for commands mgcalc suggests.
    std::string profile_option() const;
    bool ascii() const { return ascii_; }
    std::optional<Standard> standard_override() const { return standard_; }

    /// Where mgcalc reads and writes (data directory and what is under it, the food
    /// database, the example profiles, the cache), resolved once by configure.
    const DataPaths& paths() const { return paths_; }

    // The data, each checked against the running command's declared needs, then taken
    // from the workspace (app/workspace.hpp documents what each returns and throws).
    // --profile or MGCALC_PROFILE selects the profile.
    const FoodDb& foods();
    const SuggestionPool* suggestion_pool();
    const Profile& profile();
    const std::string& profile_name();
    const std::string& profile_path();
    store::JournalStore journal();
    Targets targets();

    /// Prints a JSON document (pretty, one document, trailing newline). An object gets the
    /// `schema_version` (docs/json.md) here, so that commands never stamp it themselves.
    void print_json(const nlohmann::json& j) const;

    /// Writes a warning line to stderr (`mgcalc: warning: ...`).
    void warn(const std::string& msg) const;

    /// The workspace the commands read (configure must have run); `mgcalc web` serves it.
    app::Workspace& workspace();

  private:
    /// What the running command declared; everything when no command runs (unit tests).
    Needs declared() const {
        return command_ ? command_->needs : Needs{.foods = true, .profile = true, .journal = true};
    }
    /// Throws std::logic_error naming the command and `what` unless `declared`.
    void check_needs(bool declared, const char* what) const;

    Environment env_;
    Date today_;
    bool today_fixed_ = false;
    Format format_ = Format::text;
    const Command* command_ = nullptr;  ///< the running command; null outside a command
    bool color_ = false;
    bool ascii_ = false;
    std::optional<Standard> standard_;
    DataPaths paths_;
    /// The data itself (src/app, shared with the web app); set by configure.
    std::optional<app::Workspace> ws_;
};

// Date options are checked by the application layer, the same for the web app.
using app::parse_date_option;

}  // namespace mg::cli
