#pragma once

#include <QString>
#include <QStringList>

namespace relay::ui {

// Light, dark or the system's palette, chosen in Settings. Light and dark
// use the Fusion style, whose palette every widget and chart follows; the
// charts pick their dark theme from the palette.
namespace appearance {
inline constexpr const char *kSettingsKey = "app/appearance";
QStringList modes(); // "system", "light", "dark"
void apply(const QString &mode);
} // namespace appearance

} // namespace relay::ui
