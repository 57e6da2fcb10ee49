#include "UserAgent.h"

#include <QFile>
#include <QRegularExpressionMatch>

#include <yaml-cpp/yaml.h>

#include <mutex>
#include <optional>

namespace relay::core {

namespace {

// ua-parser's replacement rule: "$N" is group N (empty when it did not take
// part), the result is trimmed, and empty means "not given".
QString substitute(const QString &replacement, const QRegularExpressionMatch &match)
{
    QString out;
    out.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c == QLatin1Char('$') && i + 1 < replacement.size()
            && replacement.at(i + 1).isDigit()) {
            const int group = replacement.at(i + 1).digitValue();
            if (group <= match.lastCapturedIndex())
                out += match.captured(group);
            ++i;
            continue;
        }
        out += c;
    }
    return out.trimmed();
}

Result<QList<QList<std::pair<QString, QString>>>> section(
    const YAML::Node &root, const char *name, const QString &path)
{
    const YAML::Node list = root[name];
    if (!list || !list.IsSequence())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1 has no '%2' list").arg(path, QLatin1String(name)));
    QList<QList<std::pair<QString, QString>>> out;
    for (const YAML::Node &entry : list) {
        if (!entry.IsMap())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("%1: an entry of '%2' is not a map").arg(path, QLatin1String(name)));
        QList<std::pair<QString, QString>> fields;
        for (const auto &kv : entry) {
            fields.append({ QString::fromStdString(kv.first.as<std::string>()),
                kv.second.IsNull() ? QString()
                                   : QString::fromStdString(kv.second.as<std::string>()) });
        }
        out.append(fields);
    }
    return out;
}

} // namespace

Result<UserAgentParser> UserAgentParser::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("cannot read the User-Agent regexes %1 (install uap-core): %2")
                .arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    YAML::Node root;
    try {
        root = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1 is not valid YAML: %2").arg(path, QString::fromStdString(e.what())));
    }
    UserAgentParser parser;
    const struct {
        const char *name;
        QList<Rule> *rules;
        const char *keys[5];
    } sections[] = {
        { "user_agent_parsers", &parser.m_browsers,
            { "family_replacement", "v1_replacement", "v2_replacement", "v3_replacement",
                "v4_replacement" } },
        { "os_parsers", &parser.m_oses,
            { "os_replacement", "os_v1_replacement", "os_v2_replacement", "os_v3_replacement",
                "os_v4_replacement" } },
        { "device_parsers", &parser.m_devices,
            { "device_replacement", "brand_replacement", "model_replacement", "", "" } },
    };
    try {
        for (const auto &s : sections) {
            auto entries = section(root, s.name, path);
            if (!entries)
                return entries.error();
            for (const auto &fields : entries.value()) {
                Rule rule;
                QString pattern;
                bool caseless = false;
                for (const auto &[key, value] : fields) {
                    if (key == QLatin1String("regex"))
                        pattern = value;
                    else if (key == QLatin1String("regex_flag"))
                        caseless = value == QLatin1String("i");
                    for (int k = 0; k < 5; ++k) {
                        if (*s.keys[k] && key == QLatin1String(s.keys[k]))
                            rule.replacements[k] = value;
                    }
                }
                rule.regex.setPattern(pattern);
                if (caseless)
                    rule.regex.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
                if (pattern.isEmpty() || !rule.regex.isValid()) {
                    return makeError(ErrorCode::InvalidInput,
                        QStringLiteral("%1: a %2 regex does not compile: %3")
                            .arg(path, QLatin1String(s.name), rule.regex.errorString()));
                }
                s.rules->append(std::move(rule));
            }
        }
    } catch (const YAML::Exception &e) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1: %2").arg(path, QString::fromStdString(e.what())));
    }
    return parser;
}

Result<const UserAgentParser *> UserAgentParser::shared()
{
    static std::once_flag once;
    static std::optional<Result<UserAgentParser>> loaded;
    std::call_once(once, [] { loaded.emplace(load(QStringLiteral(RELAYAUDIT_UAP_REGEXES))); });
    if (!loaded->ok())
        return loaded->error();
    return &loaded->value();
}

UserAgentParser::Versioned UserAgentParser::apply(
    const QList<Rule> &rules, QStringView userAgent, int versions)
{
    const QString ua = userAgent.left(kMaxLength).toString();
    for (const Rule &rule : rules) {
        const QRegularExpressionMatch match = rule.regex.match(ua);
        if (!match.hasMatch())
            continue;
        QString parts[5];
        for (int k = 0; k < versions; ++k) {
            if (!rule.replacements[k].isNull())
                parts[k] = substitute(rule.replacements[k], match);
            else if (k + 1 <= match.lastCapturedIndex())
                parts[k] = match.captured(k + 1);
        }
        Versioned v;
        v.family = parts[0].isEmpty() ? QStringLiteral("Other") : parts[0];
        v.major = parts[1];
        v.minor = parts[2];
        v.patch = parts[3];
        v.patchMinor = parts[4];
        return v;
    }
    return { QStringLiteral("Other"), {}, {}, {}, {} };
}

UserAgentParser::Versioned UserAgentParser::parseBrowser(QStringView userAgent) const
{
    // The browser rules have no v4 in uap-core; patch_minor is never set.
    return apply(m_browsers, userAgent, 4);
}

UserAgentParser::Versioned UserAgentParser::parseOs(QStringView userAgent) const
{
    return apply(m_oses, userAgent, 5);
}

QString UserAgentParser::parseDevice(QStringView userAgent) const
{
    return apply(m_devices, userAgent, 1).family;
}

BrowserData UserAgentParser::parse(QStringView userAgent) const
{
    const auto join = [](const Versioned &v) {
        QStringList parts;
        for (const QString *p : { &v.major, &v.minor, &v.patch }) {
            if (p->isEmpty())
                break;
            parts << *p;
        }
        return parts.join(QLatin1Char('.'));
    };
    const Versioned browser = parseBrowser(userAgent);
    const Versioned os = parseOs(userAgent);
    return { browser.family, join(browser), os.family, join(os), parseDevice(userAgent) };
}

} // namespace relay::core
