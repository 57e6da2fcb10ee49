#pragma once

#include "Result.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace relay::core {

// Browser data of a link click, parsed from its User-Agent with the ua-parser
// project's maintained regexes (Debian's uap-core, /usr/share/uap-core/
// regexes.yaml), following the ua-parser specification: the first matching
// parser wins, "$N" in a replacement is the N-th group, a missing field falls
// back to the group in its position, and no match is "Other". The raw
// User-Agent is never kept: only what this returns.
struct BrowserData {
    QString family = QStringLiteral("Other"); // Chrome, Mobile Safari, Firefox
    QString version; // major[.minor[.patch]]
    QString os = QStringLiteral("Other"); // Windows, iOS, Android, Mac OS X
    QString osVersion;
    QString device = QStringLiteral("Other"); // iPhone, Samsung SM-G991B, Other
};

class UserAgentParser
{
public:
    // The parser for RELAYAUDIT_UAP_REGEXES, loaded once (thread-safe).
    // InvalidInput (naming the file) when it is missing or malformed.
    [[nodiscard]] static Result<const UserAgentParser *> shared();
    [[nodiscard]] static Result<UserAgentParser> load(const QString &path);

    BrowserData parse(QStringView userAgent) const;

    struct Versioned {
        QString family;
        QString major, minor, patch, patchMinor;
    };
    // The parts, as uap-core's own test files state them.
    Versioned parseBrowser(QStringView userAgent) const;
    Versioned parseOs(QStringView userAgent) const;
    QString parseDevice(QStringView userAgent) const;

    int parserCount() const
    {
        return static_cast<int>(m_browsers.size() + m_oses.size() + m_devices.size());
    }

    // A User-Agent longer than this is cut before matching (real ones are
    // well under 1 KiB; the cut keeps a hostile header cheap).
    static constexpr int kMaxLength = 2048;

private:
    struct Rule {
        QRegularExpression regex;
        QString replacements[5]; // family/os/device, then v1..v4 (brand, model for devices)
    };
    static Versioned apply(const QList<Rule> &rules, QStringView userAgent, int versions);

    QList<Rule> m_browsers;
    QList<Rule> m_oses;
    QList<Rule> m_devices;
};

} // namespace relay::core
