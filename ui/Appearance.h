#pragma once

#include <QString>
#include <QStringList>

namespace relay::ui {

// The system's palette (the desktop's own, high contrast included), light,
// dark or high contrast, chosen in Settings. The fixed ones use the Fusion
// style, whose palette every widget and chart follows; the charts pick their
// dark theme from the palette.
namespace appearance {
inline constexpr const char *kSettingsKey = "app/appearance";
QStringList modes(); // "system", "light", "dark", "high-contrast"
void apply(const QString &mode);
} // namespace appearance

} // namespace relay::ui
