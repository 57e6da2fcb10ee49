#pragma once

namespace relay::core {

// Process hardening every executable runs first: libsodium initialised, core
// dumps off (a dump could hold keys or decrypted rows), files created
// owner-only. Returns false when libsodium cannot start.
bool bootstrap();

} // namespace relay::core
