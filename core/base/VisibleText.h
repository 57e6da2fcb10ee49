#pragma once

#include <QString>
#include <QStringView>

namespace relay::core {

// Text that came from outside (an imported file, a client label, a provider's
// answer) shown to a person: control characters and the invisible characters
// that reorder or hide text become visible escapes, so a value cannot move
// the cursor, clear the screen, recolour a line or reverse what follows it.
//
//   C0 controls and DEL  ->  \x1b, \x7f, ...
//   C1 controls          ->  \u009b, ...
//   bidi and invisible format characters (U+061C, U+200B..U+200F,
//   U+202A..U+202E, U+2060..U+2069, U+FEFF)  ->  \u202e, ...
//
// Tab and line feed stay as they are when `lines` is KeepLines (a whole
// screen of output); a single value (a table cell, a label) shows them too.
enum class VisibleLines { Escape, Keep };

[[nodiscard]] QString visibleText(QStringView text, VisibleLines lines = VisibleLines::Escape);

// Whether visibleText() would change the text.
[[nodiscard]] bool needsEscaping(QStringView text, VisibleLines lines = VisibleLines::Escape);

} // namespace relay::core
