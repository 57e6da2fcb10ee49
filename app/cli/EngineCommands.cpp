#include "EngineCommands.h"

#include "messaging/Segments.h"
#include "privacy/RecipientHash.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace relay::cli {

using namespace relay::core;

namespace {

QJsonArray charactersJson(const QList<SegmentCount::Character> &characters)
{
    QJsonArray array;
    for (const auto &c : characters) {
        array.append(QJsonObject{{QStringLiteral("character"), c.text},
                                 {QStringLiteral("codepoint"), QStringLiteral("U+%1").arg(c.codePoint, 4, 16, QLatin1Char('0')).toUpper()},
                                 {QStringLiteral("index"), c.index}});
    }
    return array;
}

QString describeCharacters(const QList<SegmentCount::Character> &characters, int total)
{
    QStringList parts;
    for (const auto &c : characters) {
        const QString shown = c.text.at(0).isPrint() ? c.text : QString();
        parts << QStringLiteral("%1U+%2 at %3")
                     .arg(shown.isEmpty() ? QString() : QLatin1Char('\'') + shown + QStringLiteral("' "))
                     .arg(c.codePoint, 4, 16, QLatin1Char('0'))
                     .arg(c.index);
    }
    if (total > characters.size())
        parts << EngineCommand::tr("and %n more", nullptr, static_cast<int>(total - characters.size()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString EngineCommand::summary() const
{
    return tr("The messaging engine: explain a text's segment count (sending comes with the send pipeline).");
}

void EngineCommand::start(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("segments")) {
        segments(arguments.mid(1));
    } else if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        m_ctx.out << tr("Usage: relayaudit-cli engine <action> [options]\n\n"
                        "Actions:\n"
                        "  segments    How many SMS segments a text takes, and why.\n");
        finish(action.isEmpty() ? ExitUsage : ExitOk);
    } else {
        usageError(tr("unknown engine action '%1'").arg(action));
    }
}

void EngineCommand::segments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Counts the SMS segments of a text as providers bill them: GSM-7 (160 "
                                        "characters, 153 per part; extension characters cost two) or UCS-2 (70, 67 "
                                        "per part) when any character is outside GSM-7. Shows which characters forced "
                                        "UCS-2 or cost two. The text is not stored or logged."));
    const QCommandLineOption text(QStringLiteral("text"), tr("The text."), QStringLiteral("text"));
    const QCommandLineOption file(QStringLiteral("text-file"), tr("Read the text from a file (UTF-8)."),
                                  QStringLiteral("file"));
    parser.addOptions({text, file});
    if (!parse(parser, arguments))
        return;
    if (parser.isSet(text) == parser.isSet(file)) {
        usageError(tr("engine segments needs exactly one of --text and --text-file"));
        return;
    }
    QString body;
    if (parser.isSet(text)) {
        body = parser.value(text);
    } else {
        QFile in(parser.value(file));
        if (!in.open(QIODevice::ReadOnly)) {
            fail(makeError(ErrorCode::Io, parser.value(file) + QStringLiteral(": ") + in.errorString()));
            return;
        }
        const QByteArray bytes = in.read(1 << 20);
        body = QString::fromUtf8(bytes);
        if (body.toUtf8() != bytes) {
            fail(makeError(ErrorCode::InvalidInput, parser.value(file) + QStringLiteral(": not UTF-8 text")));
            return;
        }
    }
    const SegmentCount count = SegmentCount::of(body);
    if (m_ctx.json) {
        QJsonArray parts;
        for (int units : count.unitsPerSegment)
            parts.append(units);
        printJson(QJsonObject{{QStringLiteral("encoding"), SegmentCount::encodingName(count.encoding)},
                              {QStringLiteral("segments"), count.segments},
                              {QStringLiteral("units"), count.units},
                              {QStringLiteral("unitsPerSegment"), parts},
                              {QStringLiteral("forcedUcs2"), charactersJson(count.forcedUcs2)},
                              {QStringLiteral("forcedUcs2Total"), count.forcedUcs2Total},
                              {QStringLiteral("costTwo"), charactersJson(count.costTwo)},
                              {QStringLiteral("costTwoTotal"), count.costTwoTotal}});
        finish(ExitOk);
        return;
    }
    const bool gsm = count.encoding == SegmentCount::Encoding::Gsm7;
    m_ctx.out << tr("Encoding: %1").arg(SegmentCount::encodingName(count.encoding)) << '\n';
    m_ctx.out << tr("Segments: %1").arg(count.segments) << '\n';
    QStringList parts;
    for (int units : count.unitsPerSegment)
        parts << QString::number(units);
    m_ctx.out << (gsm ? tr("Septets: %1 (parts: %2; a single part holds %3, each part of a longer message %4)")
                      : tr("UTF-16 units: %1 (parts: %2; a single part holds %3, each part of a longer message %4)"))
                         .arg(count.units)
                         .arg(parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(" + ")))
                         .arg(gsm ? SegmentCount::kSingleGsm : SegmentCount::kSingleUcs2)
                         .arg(gsm ? SegmentCount::kPartGsm : SegmentCount::kPartUcs2)
                  << '\n';
    if (!gsm) {
        m_ctx.out << tr("Forced UCS-2 (not in GSM-7): %1").arg(describeCharacters(count.forcedUcs2, count.forcedUcs2Total))
                  << '\n';
    }
    if (count.costTwoTotal > 0) {
        m_ctx.out << tr("Cost two septets (GSM-7 extension table): %1").arg(describeCharacters(count.costTwo, count.costTwoTotal))
                  << '\n';
    }
    finish(ExitOk);
}

QString HashCommand::summary() const
{
    return tr("Normalise a phone number and print its v1 recipient hash (nothing else about it is kept or logged).");
}

void HashCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Normalises NUMBER to E.164 (libphonenumber; numbers without a country code "
                                        "are read in --region) and prints the workspace's v1 hash of it: HMAC-SHA-256 "
                                        "keyed with the workspace's pepper from the keychain (or RELAYAUDIT_PEPPER). "
                                        "The number is not stored or logged."));
    parser.addPositionalArgument(QStringLiteral("number"), tr("The phone number."));
    const QCommandLineOption region(QStringLiteral("region"), tr("Region for numbers without a country code (default US)."),
                                    QStringLiteral("code"), QStringLiteral("US"));
    parser.addOption(region);
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments().size() != 1) {
        usageError(tr("hash takes one phone number"));
        return;
    }
    auto number = RecipientNumber::parse(parser.positionalArguments().first(), parser.value(region));
    if (!number) {
        fail(number.error());
        return;
    }
    // Only the workspace's id is needed (it names the pepper), not its key.
    auto meta = Workspace::inspect(m_ctx.workspaceDir);
    if (!meta) {
        fail(meta.error());
        return;
    }
    const RecipientNumber recipient = number.value();
    Pepper::load(m_ctx.secrets, meta->id, true, [this, recipient](Result<SecretBytes> pepper) {
        if (!pepper) {
            fail(pepper.error());
            return;
        }
        const RecipientHasher hasher(std::move(pepper.value()));
        const QString hash = hasher.hash(recipient);
        if (m_ctx.json) {
            printJson(QJsonObject{{QStringLiteral("e164"), QString(recipient.channelPrefix + recipient.e164)},
                                  {QStringLiteral("hash"), hash},
                                  {QStringLiteral("assigned"), recipient.assigned}});
        } else {
            m_ctx.out << QString(recipient.channelPrefix + recipient.e164) << '\n' << hash << '\n';
            if (!recipient.assigned) {
                m_ctx.err << tr("relayaudit-cli: warning: the number is possible but not in an assigned range "
                                "(such as the 555-01xx fiction range)")
                          << Qt::endl;
            }
        }
        finish(ExitOk);
    });
}

} // namespace relay::cli
