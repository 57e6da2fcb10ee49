#include "Bootstrap.h"

#include <sodium.h>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace relay::core {

bool bootstrap()
{
    // No core files, and no ptrace by other processes of the same user.
    const rlimit noCore { 0, 0 };
    setrlimit(RLIMIT_CORE, &noCore);
#ifndef RELAYAUDIT_SANITIZED
    // LeakSanitizer needs to ptrace the process, so sanitizer builds keep it.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    umask(077);
    return sodium_init() >= 0;
}

} // namespace relay::core
