#include "web/errors.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "core/diagnostic.hpp"

namespace mg::web {
namespace {

void replace_all(std::string& s, const std::string& from, const std::string& to) {
    if (from.empty()) return;
    for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
}

// "--mg-per-serving" -> "mg per serving": an option named in a message becomes the words
// of the field it is on a form, when the thrower gave no form words of its own.
std::string options_as_fields(std::string text) {
    for (size_t pos = text.find("--"); pos != std::string::npos; pos = text.find("--", pos)) {
        const bool starts_word =
            pos == 0 || std::string_view(" '(\"[").find(text[pos - 1]) != std::string_view::npos;
        size_t end = pos + 2;
        while (end < text.size() &&
               (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-'))
            ++end;
        if (!starts_word || end == pos + 2) {
            pos += 2;
            continue;
        }
        std::string name = text.substr(pos + 2, end - pos - 2);
        std::replace(name.begin(), name.end(), '-', ' ');
        text.replace(pos, end - pos, name);
        pos += name.size();
    }
    return text;
}

// A hint that tells the user to run a command ("see 'mgcalc log show'") says nothing to
// someone in a browser: without form words, it is left out.
bool names_command(const std::string& hint) {
    return hint.find("'mgcalc ") != std::string::npos || hint.rfind("mgcalc ", 0) == 0;
}

// What a form shows: the thrower's form words, else the CLI's with options as field names.
std::string form_message(const std::string& cli, const std::string& form) {
    return form.empty() ? options_as_fields(cli) : form;
}

std::string form_hint(const std::string& cli, const std::string& form) {
    if (!form.empty()) return form;
    return names_command(cli) ? std::string() : options_as_fields(cli);
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
        auto message = [&](const Diagnostic& d) {
            return without_paths(form_message(d.message, d.form_message), paths);
        };
        auto hint = [&](const Diagnostic& d) {
            return without_paths(form_hint(d.hint, d.form_hint), paths);
        };
        for (const auto& d : err.diagnostics())
            problems.push_back({{"message", message(d)},
                                {"line", d.line == 0 ? nlohmann::json() : nlohmann::json(d.line)},
                                {"hint", hint(d)}});
        if (err.diagnostics().empty()) return reply(400, "bad input", "");
        const Diagnostic& first = err.diagnostics().front();
        return reply(400, message(first), hint(first), problems);
    } catch (const UsageError& err) {
        return reply(400, without_paths(form_message(err.what(), err.form_message()), paths),
                     without_paths(form_hint(err.hint(), err.form_hint()), paths));
    } catch (const nlohmann::json::exception&) {
        // A field of the wrong type in a request body ("units": "two").
        return reply(400, "a field of the request has the wrong type",
                     "see docs/web.md for the fields each route takes");
    } catch (const SystemError&) {
        return reply(500, "the data directory could not be read or written",
                     "see the terminal that started the web app");
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
