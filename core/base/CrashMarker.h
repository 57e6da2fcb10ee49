#pragma once

#include <QString>

#include <optional>

namespace relay::core {

// What a crash leaves behind, and all it leaves: a marker file naming the
// signal. Core dumps are off (bootstrap()), so no memory image holding keys
// or decrypted rows is written; the marker lets the next start say so.
namespace crash {

struct Previous {
    int signal = 0;
    QString version;
};

// The marker of this user's Relay Audit processes.
QString markerPath();

// Reads and removes the marker a crashed run left; nullopt when the last
// run ended normally.
std::optional<Previous> takePrevious(const QString &path = markerPath());

// Installs handlers, on their own stack, for every signal that would dump
// core (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGQUIT, SIGSYS, SIGTRAP,
// SIGXCPU, SIGXFSZ). They write the marker (signal number and version only,
// with async-signal-safe calls) and exit with 128 + the signal, never
// through the kernel's core-dump path. Sanitizer builds keep the sanitizers'
// own handlers.
void arm(const QString &path = markerPath());

} // namespace crash
} // namespace relay::core
