#include "web/errors.hpp"

#include "core/diagnostic.hpp"

namespace mg::web {
namespace {

void replace_all(std::string& s, const std::string& from, const std::string& to) {
    if (from.empty()) return;
    for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
}

ErrorReply reply(int status, std::string message, std::string hint,
                 nlohmann::json problems = nlohmann::json::array()) {
    nlohmann::json j{{"message", message}, {"hint", hint}, {"problems", problems}};
    return {.status = status, .message = std::move(message), .hint = std::move(hint), .json = j};
}

}  // namespace

std::string without_paths(std::string text, const app::DataPaths& paths) {
    // Longest first: the data directory's subfolders before the data directory itself.
    replace_all(text, paths.profiles_dir, "the profiles folder");
    replace_all(text, paths.journal_dir, "the journal folder");
    replace_all(text, paths.custom_foods_dir, "your foods folder");
    replace_all(text, paths.data_dir, "the data directory");
    replace_all(text, paths.examples_dir, "the example profiles");
    replace_all(text, paths.foods, "the food database");
    replace_all(text, paths.cache_dir, "the cache");
    return text;
}

ErrorReply error_reply(std::exception_ptr e, const app::DataPaths& paths) {
    try {
        std::rethrow_exception(e);
    } catch (const InputError& err) {
        nlohmann::json problems = nlohmann::json::array();
        for (const auto& d : err.diagnostics())
            problems.push_back({{"message", without_paths(d.message, paths)},
                                {"line", d.line == 0 ? nlohmann::json() : nlohmann::json(d.line)},
                                {"hint", without_paths(d.hint, paths)}});
        if (err.diagnostics().empty()) return reply(400, "bad input", "");
        const Diagnostic& first = err.diagnostics().front();
        return reply(400, without_paths(first.message, paths), without_paths(first.hint, paths),
                     problems);
    } catch (const UsageError& err) {
        return reply(400, without_paths(err.what(), paths), without_paths(err.hint(), paths));
    } catch (const nlohmann::json::exception&) {
        // A field of the wrong type in a request body ("units": "two").
        return reply(400, "a field of the request has the wrong type",
                     "see docs/web.md for the fields each route takes");
    } catch (const SystemError&) {
        return reply(500, "the data directory could not be read or written",
                     "see the terminal running 'mgcalc web', and 'mgcalc paths'");
    } catch (...) {
        return reply(500, "internal error", "please report it; the server log has no details");
    }
}

ErrorReply status_reply(int status) {
    switch (status) {
        case 404:
            return reply(404, "not found", "");
        case 405:
            return reply(405, "method not allowed", "");
        case 413:
            return reply(413, "the request body is larger than 64 KiB", "");
        case 414:
            return reply(414, "the request URI is too long", "");
        case 503:
            return reply(503, "the server is serving as many connections as it can",
                         "try again in a moment");
        default:
            return reply(status, "the request could not be served", "");
    }
}

}  // namespace mg::web
