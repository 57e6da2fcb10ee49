#pragma once

#include <atomic>

namespace relay::cli {

// Ctrl-C for long commands: the first SIGINT sets the flag (the command
// stops at its next safe point and leaves a resumable state); a second one
// ends the process the default way.
std::atomic_bool &interruptFlag();
void installInterruptHandler();

} // namespace relay::cli
