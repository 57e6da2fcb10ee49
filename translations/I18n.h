#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace relay::i18n {

// The languages shipped in :/i18n, as locale names ("en", "es", "de").
QStringList availableLanguages();

// Installs Qt's own and Relay Audit's translators for `language` (a locale
// name; empty means the system locale). Returns the language actually used.
QString install(QCoreApplication &app, const QString &language = {});

} // namespace relay::i18n
