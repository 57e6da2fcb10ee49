#include "SessionBuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace relay::core {

namespace {

constexpr std::pair<SessionFlag, const char *> kFlagNames[] = {
    { SessionFlag::NoLogin, "no-login" },
    { SessionFlag::NoLogout, "no-logout" },
    { SessionFlag::OutsideGrant, "outside-grant" },
    { SessionFlag::SensitiveSection, "sensitive-section" },
    { SessionFlag::ManyChanges, "many-changes" },
    { SessionFlag::AfterHours, "after-hours" },
    { SessionFlag::ReviewStale, "review-stale" },
    { SessionFlag::ReviewUnverified, "review-unverified" },
};

// Login-As and subscriber-support logins and logouts, by API code and by
// the sentence the trail writes (the CSV carries only the sentence).
bool isLogin(const AuditTrailRow &row)
{
    static const QSet<QString> codes { QStringLiteral("suOrgAdminLogin"),
        QStringLiteral("suNetworkAdminLogin"), QStringLiteral("suPRMAdminLogin"),
        QStringLiteral("suloginaccessused") };
    return codes.contains(row.action)
        || row.display.startsWith(QLatin1String("Logged in using Login-As access for "));
}

bool isLogout(const AuditTrailRow &row)
{
    static const QSet<QString> codes { QStringLiteral("suOrgAdminLogout"),
        QStringLiteral("suNetworkAdminLogout"), QStringLiteral("suPRMAdminLogout"),
        QStringLiteral("suLogout") };
    return codes.contains(row.action)
        || row.display.startsWith(QLatin1String("Logged out using Login-As access for "));
}

QString actingAs(const QString &display)
{
    const qsizetype at = display.indexOf(QLatin1String(" access for "));
    return at < 0 ? QString() : display.mid(at + 12).trimmed();
}

// "admin@x has granted user login access through 11/9/2024 to package
// publisher Mogli (00D…)", "… has changed user login access through …",
// "… has revoked user login access to package publisher …".
struct TrailGrant {
    enum Kind { Granted, Changed, Revoked } kind;
    QString by;
    QString publisher; // "Mogli Technologies (00D…)"
    QDate through; // invalid when the sentence's date could not be read
};

std::optional<TrailGrant> trailGrant(const AuditTrailRow &row)
{
    static const QRegularExpression granted(QStringLiteral(
        R"(^(\S+) has (granted|changed) user login access through (\d{1,2})/(\d{1,2})/(\d{4}) to package publisher (.+)$)"));
    static const QRegularExpression revoked(
        QStringLiteral(R"(^(\S+) has revoked user login access to package publisher (.+)$)"));
    if (const QRegularExpressionMatch m = granted.match(row.display); m.hasMatch()) {
        const QDate through(m.captured(5).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        return TrailGrant { m.captured(2) == QLatin1String("granted") ? TrailGrant::Granted
                                                                      : TrailGrant::Changed,
            m.captured(1), m.captured(6).trimmed(), through };
    }
    if (const QRegularExpressionMatch m = revoked.match(row.display); m.hasMatch())
        return TrailGrant { TrailGrant::Revoked, m.captured(1), m.captured(2).trimmed(), {} };
    return std::nullopt;
}

// The trail has whole seconds and the CSV runs newest first: within a
// second, a login comes before the changes and a logout after them.
void sortForSessions(QList<AuditTrailRow> &rows)
{
    const auto rank = [](const AuditTrailRow &row) {
        return isLogin(row) ? 0 : isLogout(row) ? 2 : 1;
    };
    std::stable_sort(
        rows.begin(), rows.end(), [&rank](const AuditTrailRow &a, const AuditTrailRow &b) {
            if (a.org != b.org)
                return a.org < b.org;
            if (a.at != b.at)
                return a.at < b.at;
            return rank(a) < rank(b);
        });
}

// Walks the rows once, opening a session at each staff login and closing it
// at the logout, the next login or the idle gap.
class SessionWalk
{
public:
    SessionWalk(const QList<StaffMember> &staff, const SessionOptions &options)
        : m_staff(staff)
        , m_options(options)
        , m_sensitive(options.sensitiveSections.isEmpty()
                  ? SessionBuilder::builtInSensitiveSections()
                  : options.sensitiveSections)
    { }

    void add(const AuditTrailRow &row)
    {
        const bool login = isLogin(row);
        const bool logout = isLogout(row);
        // The vendor person: the delegate user during Login-As; on the
        // login and logout rows themselves, the user who logged in.
        const QString staffUser = SessionBuilder::isStaff(m_staff, row.delegateUser)
            ? row.delegateUser.toLower()
            : (login || logout) && SessionBuilder::isStaff(m_staff, row.user) ? row.user.toLower()
                                                                              : QString();
        if (staffUser.isEmpty())
            return; // an ordinary admin's row: in no session
        const auto key = std::make_pair(row.org, staffUser);
        auto it = m_open.find(key);
        // Past the idle gap, what was open ends without a logout.
        if (it != m_open.end()
            && it->second.lastActivity.secsTo(row.at) > m_options.idleGapSeconds) {
            closeAt(it);
            it = m_open.end();
        }
        if (login) {
            if (it != m_open.end())
                closeAt(it);
            AccessSession s = startAt(row, staffUser);
            s.actingAs = actingAs(row.display);
            s.rowIds.append(row.id);
            m_open.emplace(key, std::move(s));
            return;
        }
        if (it == m_open.end()) {
            AccessSession s = startAt(row, staffUser);
            s.flags.insert(SessionFlag::NoLogin);
            it = m_open.emplace(key, std::move(s)).first;
        }
        AccessSession &s = it->second;
        s.rowIds.append(row.id);
        s.lastActivity = row.at;
        if (logout) {
            if (s.actingAs.isEmpty())
                s.actingAs = actingAs(row.display);
            s.end = row.at;
            closeAt(it);
            return;
        }
        ++s.changes;
        if (!row.section.isEmpty() && !s.sections.contains(row.section))
            s.sections.append(row.section);
    }

    // Every session, oldest first; the open ones closed as they stand.
    QList<AccessSession> finish()
    {
        while (!m_open.empty())
            closeAt(m_open.begin());
        std::sort(m_done.begin(), m_done.end(), [](const AccessSession &a, const AccessSession &b) {
            return a.start < b.start || (a.start == b.start && a.id < b.id);
        });
        return std::move(m_done);
    }

private:
    using Open = std::map<std::pair<QString, QString>, AccessSession>;

    static AccessSession startAt(const AuditTrailRow &row, const QString &staffUser)
    {
        AccessSession s;
        s.id = row.id;
        s.org = row.org;
        s.staffUser = staffUser;
        s.start = s.lastActivity = row.at;
        return s;
    }

    void closeAt(Open::iterator it)
    {
        AccessSession session = std::move(it->second);
        m_open.erase(it);
        if (!session.end.isValid())
            session.flags.insert(SessionFlag::NoLogout);
        for (const QString &section : std::as_const(session.sections)) {
            if (m_sensitive.contains(section, Qt::CaseInsensitive)) {
                session.flags.insert(SessionFlag::SensitiveSection);
                break;
            }
        }
        if (session.changes > m_options.manyChanges)
            session.flags.insert(SessionFlag::ManyChanges);
        m_done.append(std::move(session));
    }

    const QList<StaffMember> &m_staff;
    const SessionOptions &m_options;
    const QStringList m_sensitive;
    Open m_open;
    QList<AccessSession> m_done;
};

QString grantInWords(const AccessGrant &g)
{
    return QStringLiteral("%1 grant by %2 from %3%4")
        .arg(g.source, g.grantedBy, g.start.toUTC().toString(Qt::ISODate),
            g.expiry.isValid() ? QStringLiteral(" until ") + g.expiry.toUTC().toString(Qt::ISODate)
                               : QString());
}

bool afterHours(
    const AccessSession &session, const OrgHours &hours, const QHash<qint64, QDateTime> &rowTimes)
{
    for (const qint64 id : session.rowIds) {
        const QDateTime local = rowTimes.value(id).toTimeZone(hours.timeZone);
        if (local.date().dayOfWeek() > 5 || local.time() < hours.hoursStart
            || local.time() >= hours.hoursEnd)
            return true;
    }
    return false;
}

// Grant, business hours and review: what a session's rows alone cannot say.
void judge(AccessSession &session, const SessionBuilder::Input &input,
    const QHash<qint64, QDateTime> &rowTimes)
{
    const AccessGrant *within = nullptr;
    for (const AccessGrant &g : input.grants) {
        if (g.org == session.org && g.start <= session.start
            && (!g.expiry.isValid() || session.start < g.expiry))
            within = &g;
    }
    if (within)
        session.grant = grantInWords(*within);
    else
        session.flags.insert(SessionFlag::OutsideGrant);
    if (const auto hours = input.hours.constFind(session.org); hours != input.hours.constEnd()) {
        if (afterHours(session, hours.value(), rowTimes))
            session.flags.insert(SessionFlag::AfterHours);
    }
    const auto stored = input.reviews.constFind(SessionBuilder::reviewKey(session.org, session.id));
    if (stored == input.reviews.constEnd())
        return;
    session.review = stored->review;
    if (stored->rowsDigest != SessionBuilder::rowsDigest(session.rowIds))
        session.flags.insert(SessionFlag::ReviewStale);
    const QString logKey
        = SessionBuilder::reviewLogKey(SessionBuilder::reviewLogDetail(stored->review));
    if (!input.loggedReviews.contains(logKey))
        session.flags.insert(SessionFlag::ReviewUnverified);
}

} // namespace

QStringList SessionFlags::names() const
{
    QStringList list;
    for (const auto &[flag, name] : kFlagNames) {
        if (contains(flag))
            list.append(QLatin1String(name));
    }
    return list;
}

QString SessionFlags::name(SessionFlag flag)
{
    for (const auto &[value, name] : kFlagNames) {
        if (value == flag)
            return QLatin1String(name);
    }
    return {};
}

std::optional<SessionFlag> SessionFlags::fromName(QStringView name)
{
    for (const auto &[value, text] : kFlagNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QList<SessionFlag> SessionFlags::all()
{
    QList<SessionFlag> list;
    for (const auto &[flag, name] : kFlagNames)
        list.append(flag);
    return list;
}

QList<AccessSession> SessionBuilder::build(Input input)
{
    sortForSessions(input.rows);
    SessionWalk walk(input.staff, input.options);
    QHash<qint64, QDateTime> rowTimes;
    for (const AuditTrailRow &row : std::as_const(input.rows)) {
        rowTimes.insert(row.id, row.at);
        walk.add(row);
    }
    QList<AccessSession> sessions = walk.finish();
    for (AccessSession &session : sessions)
        judge(session, input, rowTimes);
    return sessions;
}

QList<AccessGrant> SessionBuilder::trailGrants(const QList<AuditTrailRow> &trail,
    const QList<StaffMember> &staff, const std::function<QTimeZone(const QString &)> &zoneOf)
{
    QList<AccessGrant> list;
    // Grants to other package publishers are not this vendor's: with
    // publishers configured (access staff add --publisher), only theirs count.
    QStringList publishers;
    for (const StaffMember &s : staff) {
        if (s.kind == StaffKind::Publisher)
            publishers.append(s.value);
    }
    const auto ours = [&publishers](const QString &publisher) {
        return publishers.isEmpty()
            || std::any_of(publishers.cbegin(), publishers.cend(),
                [&](const QString &p) { return publisher.toLower().startsWith(p); });
    };
    // The latest trail grant per (org, publisher).
    QHash<QString, qsizetype> latest;
    for (const AuditTrailRow &row : trail) {
        const auto g = trailGrant(row);
        if (!g || !ours(g->publisher))
            continue;
        // The sentence's date ends at midnight after it, in the org's zone when known.
        QDateTime endOfDay;
        if (g->through.isValid())
            endOfDay = QDateTime(g->through.addDays(1), QTime(0, 0), zoneOf(row.org)).toUTC();
        else if (g->kind != TrailGrant::Revoked)
            endOfDay = row.at; // an unreadable date never makes a grant open-ended
        const QString key = row.org + QChar(0x1f) + g->publisher;
        const auto it = latest.constFind(key);
        AccessGrant *current = it == latest.constEnd() ? nullptr : &list[it.value()];
        const bool open = current && (!current->expiry.isValid() || current->expiry > row.at);
        // A revocation ends what was open; a new grant, or a change, ends
        // it too and starts afresh: an ended window is never reopened from
        // its old start.
        if (open)
            current->expiry = row.at;
        if (g->kind == TrailGrant::Revoked)
            continue;
        list.append({ 0, row.org, g->by, row.at, endOfDay, QStringLiteral("trail") });
        latest.insert(key, list.size() - 1);
    }
    return list;
}

bool SessionBuilder::isStaff(const QList<StaffMember> &staff, const QString &username)
{
    const QString u = username.toLower();
    if (u.isEmpty())
        return false;
    for (const StaffMember &s : staff) {
        if (s.kind == StaffKind::Publisher)
            continue;
        if (s.kind == StaffKind::User
                ? u == s.value
                : u.endsWith(QLatin1Char('@') + s.value) || u.endsWith(QLatin1Char('.') + s.value))
            return true;
    }
    return false;
}

QString SessionBuilder::rowsDigest(const QList<qint64> &rowIds)
{
    QByteArray ids;
    for (const qint64 id : rowIds)
        ids += QByteArray::number(id) + ',';
    return QString::fromLatin1(
        QCryptographicHash::hash(ids, QCryptographicHash::Sha256).toHex().left(16));
}

QString SessionBuilder::reviewKey(const QString &org, qint64 sessionId)
{
    return org + QChar(0x1f) + QString::number(sessionId);
}

QJsonObject SessionBuilder::reviewLogDetail(const SessionReview &review)
{
    const QByteArray digest
        = QCryptographicHash::hash(review.note.trimmed().toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    return { { QStringLiteral("session"), review.sessionId },
        { QStringLiteral("status"), reviewStatusName(review.status) },
        { QStringLiteral("note_sha256"), QString::fromLatin1(digest) } };
}

QString SessionBuilder::reviewLogKey(const QJsonObject &d)
{
    return QString::number(d.value(QStringLiteral("session")).toInteger()) + QLatin1Char('/')
        + d.value(QStringLiteral("status")).toString() + QLatin1Char('/')
        + d.value(QStringLiteral("note_sha256")).toString();
}

QString SessionBuilder::reviewStatusName(ReviewStatus status)
{
    return status == ReviewStatus::Reviewed ? QStringLiteral("reviewed")
                                            : QStringLiteral("escalated");
}

QString SessionBuilder::staffKindName(StaffKind kind)
{
    switch (kind) {
    case StaffKind::User:
        return QStringLiteral("user");
    case StaffKind::Domain:
        return QStringLiteral("domain");
    case StaffKind::Publisher:
        return QStringLiteral("publisher");
    }
    return {};
}

StaffKind SessionBuilder::staffKindFrom(const QString &name)
{
    return name == QLatin1String("user")  ? StaffKind::User
        : name == QLatin1String("domain") ? StaffKind::Domain
                                          : StaffKind::Publisher;
}

Result<QStringList> SessionBuilder::sensitiveSectionsFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > (qint64 { 1 } << 20))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1 is larger than 1 MiB; a list of section names is not").arg(path));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    QStringList sections;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("sections")).toArray())
        sections.append(v.toString());
    sections.removeAll(QString());
    if (sections.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1 has no \"sections\" list of section names").arg(path));
    return sections;
}

QStringList SessionBuilder::builtInSensitiveSections()
{
    // Compiled in: read and parsed once, by the same reader as a reviewer's own file.
    static const QStringList sections = [] {
        auto parsed = sensitiveSectionsFromFile(
            QStringLiteral(":/relayaudit/access/sensitive-sections.json"));
        return parsed ? parsed.value() : QStringList();
    }();
    return sections;
}

} // namespace relay::core
