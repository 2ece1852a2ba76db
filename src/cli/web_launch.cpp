// `mgcalc web` in mgcalc: runs mgcalc-web, the same program with the web app linked in, on
// the same command line. The HTTP library and what it loads (TLS, compression) cost every
// other command start-up time and memory (docs/performance.md), so only mgcalc-web links it.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "core/diagnostic.hpp"

namespace mg::cli {
namespace {

int launch(Context& ctx, const po::variables_map&) {
    // Beside mgcalc, both in the build directory and in an installed prefix (bin/).
    const std::string exe = ctx.exe_dir() + "/mgcalc-web";
    if (access(exe.c_str(), X_OK) != 0)
        throw SystemError("the web app is not installed: " + exe +
                          " is missing; build or install it beside mgcalc (README.md)");
    std::vector<std::string> args = ctx.args();
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(exe.c_str()));
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    ctx.out.flush();
    ctx.err.flush();
    execv(exe.c_str(), argv.data());
    throw SystemError("could not run " + exe + ": " + std::strerror(errno));
}

}  // namespace

Command web_command() {
    return web_command_entry(launch);
}

}  // namespace mg::cli
