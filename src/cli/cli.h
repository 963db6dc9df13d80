// Entry point of the command-line interface, shared by the stagecraft executable.
#pragma once

namespace stagecraft::cli {

// True when argv names a subcommand (or --help / --version): then the CLI handles the
// process and no window is created.
bool isCommandLine(int argc, char **argv);
int main(int argc, char **argv);

} // namespace stagecraft::cli
