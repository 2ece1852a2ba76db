#pragma once
#include <exception>
#include <nlohmann/json.hpp>
#include <string>

#include "app/data_paths.hpp"

namespace mg::web {

/// What the browser is told when a request fails: a status and the CLI's message and hint
/// in a form's words (the thrower's form_message and form_hint, else options named as
/// fields and no hint that names a command), with the data directory and food paths
/// replaced by words. Never a stack trace.
struct ErrorReply {
    int status = 500;
    std::string message{};
    std::string hint{};
    nlohmann::json json{};  ///< {message, hint, problems: [{message, hint}]}
};

/// The reply for an exception thrown by a handler: 400 for InputError, UsageError and a JSON
/// field of the wrong type (the input was wrong), 500 for SystemError and anything else
/// (without its text).
ErrorReply error_reply(std::exception_ptr e, const app::DataPaths& paths);

/// The reply for a status the server produced itself (404, 405, 413, ...).
ErrorReply status_reply(int status);

/// `text` with every occurrence of the data directory, the food database and the example
/// profiles' directory replaced by "the data directory", ... (paths never reach a browser).
std::string without_paths(std::string text, const app::DataPaths& paths);

}  // namespace mg::web
