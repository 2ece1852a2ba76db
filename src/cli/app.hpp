#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "cli/context.hpp"

namespace mg::cli {

/// Runs one mgcalc invocation: parses `args` (without the program name), dispatches to the
/// command, renders errors. Returns the process exit code (docs/exit-codes.md); never throws.
int run(const std::vector<std::string>& args, Environment env, std::istream& in, std::ostream& out,
        std::ostream& err);

}  // namespace mg::cli
