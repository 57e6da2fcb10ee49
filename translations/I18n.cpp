#include "I18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <cstring>

namespace relay::i18n {

namespace {

// English plurals without an English translation: "%n day(s)" reads "1 day"
// and "6 days". Installed first, so a real translation always wins.
class EnglishPlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }

    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (n < 0 || !sourceText || !std::strstr(sourceText, "(s)"))
            return {};
        QString text = QString::fromUtf8(sourceText);
        text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        return text;
    }
};

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("relayaudit_*.qm") });
    for (const QString &file : files)
        languages.append(file.mid(11, file.size() - 11 - 3));
    return languages;
}

QString install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    QCoreApplication::installTranslator(new EnglishPlurals(&app));

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    // The package installs the .qm files beside the copies built into the
    // executable; the installed ones are read first, so a corrected
    // translation can be dropped in without a rebuild.
    auto *translator = new QTranslator(&app);
    const QString installed = QCoreApplication::applicationDirPath()
        + QStringLiteral("/../share/relayaudit/translations");
    if (translator->load(locale, QStringLiteral("relayaudit"), QStringLiteral("_"), installed)
        || translator->load(
            locale, QStringLiteral("relayaudit"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return translator->language();
    }
    return QStringLiteral("en");
}

} // namespace relay::i18n
