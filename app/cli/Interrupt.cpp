#include "Interrupt.h"

#include <csignal>

namespace relay::cli {

namespace {
std::atomic_bool g_interrupted { false };

extern "C" void onInterrupt(int)
{
    if (g_interrupted.exchange(true)) {
        std::signal(SIGINT, SIG_DFL);
        std::raise(SIGINT);
    }
}
} // namespace

std::atomic_bool &interruptFlag()
{
    return g_interrupted;
}

void installInterruptHandler()
{
    std::signal(SIGINT, onInterrupt);
}

} // namespace relay::cli
