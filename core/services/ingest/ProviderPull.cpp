#include "ProviderPull.h"

#include "activity/ActivityLog.h"
#include "ingest/ProviderApi.h"
#include "providers/BulkDayReader.h"
#include "providers/RecordParsers.h"
#include "reports/IngestSession.h"
#include "reports/ReportCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace relay::core {

using namespace simdjson;

namespace {

const char *const kUsageCategories[] = { "sms", "mms", "channels-whatsapp" };

QString jsonProblemAt(const QByteArray &body)
{
    QJsonParseError error {};
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError
        ? QStringLiteral("unexpected JSON shape")
        : QStringLiteral("not valid JSON at byte %1 (%2)")
              .arg(error.offset)
              .arg(error.errorString());
}

std::string_view view(const QString &text, QByteArray &storage)
{
    storage = text.toUtf8();
    return std::string_view(storage.constData(), static_cast<std::size_t>(storage.size()));
}

} // namespace

Status ProviderPull::validateRange(const QDate &from, const QDate &to, const QDate &todayUtc)
{
    if (!from.isValid() || !to.isValid())
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("a pull needs a first and a last day"));
    if (from > to) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the range ends (%1) before it starts (%2)")
                .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    }
    if (to > todayUtc) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1 is in the future (today is %2 UTC)")
                .arg(to.toString(Qt::ISODate), todayUtc.toString(Qt::ISODate)));
    }
    const qint64 days = from.daysTo(to) + 1;
    if (days > kMaxRangeDays) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral(
                "%1 days is more than one pull covers (%2); split the range into several pulls")
                .arg(days)
                .arg(kMaxRangeDays));
    }
    return {};
}

ProviderPull::ProviderPull(
    ReportCache &cache, ActivityLog &log, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_cache(cache), m_log(log), m_fetch(network), m_campaigns(m_fetch)
{ }

ProviderPull::~ProviderPull() = default;

Result<qint64> ProviderPull::create(const Options &options, const QString &client)
{
    ReportCache::NewPull request;
    request.provider = options.provider == ProviderKind::Twilio ? QStringLiteral("twilio")
        : options.provider == ProviderKind::TwilioBulk          ? QStringLiteral("twilio-bulk")
                                                                : QStringLiteral("telnyx");
    request.account = options.account;
    request.client = client;
    request.from = options.from;
    request.to = options.to;
    request.senders = options.senders;
    request.baseUrl = options.baseUrl.toString();
    return m_cache.createPull(request);
}

QByteArray ProviderPull::authorization() const
{
    const QByteArray secret(reinterpret_cast<const char *>(m_credentials.secret.data()),
        static_cast<qsizetype>(m_credentials.secret.size()));
    if (m_options.provider == ProviderKind::Telnyx)
        return "Bearer " + secret;
    // Twilio, REST and BulkExport alike.
    return "Basic " + QByteArray(m_credentials.user.toUtf8() + ':' + secret).toBase64();
}

void ProviderPull::start(qint64 pullId, ProviderCredentials credentials)
{
    m_pullId = pullId;
    m_credentials = std::move(credentials);
    ReportCache &cache = m_cache;
    auto pull = cache.pull(pullId);
    if (!pull) {
        stop(pull.error());
        return;
    }
    const bool bulk
        = pull->provider == QLatin1String("twilio-bulk") && pull->account != QLatin1String("file");
    if (pull->provider != QLatin1String("twilio") && pull->provider != QLatin1String("telnyx")
        && !bulk) {
        stop(makeError(ErrorCode::InvalidInput,
            QStringLiteral("pull %1 is a %2 import, not a provider pull")
                .arg(pullId)
                .arg(pull->provider)));
        return;
    }
    if (pull->state == ReportCache::State::Complete) {
        stop(makeError(
            ErrorCode::InvalidInput, QStringLiteral("pull %1 is already complete").arg(pullId)));
        return;
    }
    const int pageSize = m_options.pageSize;
    m_options.provider = pull->provider == QLatin1String("telnyx") ? ProviderKind::Telnyx
        : bulk                                                     ? ProviderKind::TwilioBulk
                                                                   : ProviderKind::Twilio;
    m_options.account = pull->account;
    m_options.baseUrl = QUrl(pull->baseUrl);
    m_options.from = pull->from;
    m_options.to = pull->to;
    m_options.senders = pull->senders;
    m_options.pageSize
        = pageSize > 0 ? pageSize : (m_options.provider == ProviderKind::Telnyx ? 50 : 1000);
    ProviderFetcher::Policy policy;
    policy.maxAttempts = m_options.maxAttempts;
    policy.baseDelayMs = m_options.baseDelayMs;
    policy.maxDelayMs = m_options.maxDelayMs;
    policy.timeoutMs = m_options.timeoutMs;
    m_fetch.setPolicy(policy);
    m_fetch.setAccount(m_options.account);

    const QJsonObject checkpoint = QJsonDocument::fromJson(pull->checkpoint.toUtf8()).object();
    m_stage = checkpoint.value(QStringLiteral("stage")).toString(QStringLiteral("messages"));
    m_sender = checkpoint.value(QStringLiteral("sender")).toInt();
    m_next = checkpoint.value(QStringLiteral("next")).toString();
    m_page = checkpoint.value(QStringLiteral("page")).toInt(1);
    m_pages = pull->pages;
    m_records = pull->records;

    if (auto status = cache.reopenPull(pullId); !status) {
        stop(status.error());
        return;
    }
    auto mappings = cache.mappings(pullId);
    if (!mappings) {
        stop(mappings.error());
        return;
    }
    for (const auto &m : mappings.value())
        m_mapped.insert(m.service);
    auto session = cache.ingest(pullId);
    if (!session) {
        stop(session.error());
        return;
    }
    m_session = std::move(session.value());
    nextStep();
}

void ProviderPull::cancel()
{
    m_fetch.cancel();
    // Recorded as cancelled (resumable) from the event loop, as an answer would be.
    QTimer::singleShot(0, this, [this] { stop(makeError(ErrorCode::Cancelled, {})); });
}

void ProviderPull::abandon()
{
    m_fetch.cancel();
    stop(makeError(ErrorCode::Cancelled, {}));
}

void ProviderPull::get(const QUrl &url, bool authenticated, Handler handler)
{
    m_fetch.get(url, authenticated ? authorization() : QByteArray(), std::move(handler),
        [this](const Error &error) { stop(error); });
}

void ProviderPull::stop(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_pullId > 0) {
        const auto state = error.code == ErrorCode::Cancelled ? ReportCache::State::Cancelled
                                                              : ReportCache::State::Failed;
        (void)m_cache.finishPull(m_pullId, state, errorMessage(error));
        (void)m_log.append(QStringLiteral("report.pull"),
            { { QStringLiteral("pull"), m_pullId }, { QStringLiteral("pages"), m_pages },
                { QStringLiteral("records"), m_records },
                { QStringLiteral("state"), ReportCache::stateName(state) } });
    }
    Q_EMIT failed(error);
    Q_EMIT finished(false);
}

void ProviderPull::complete()
{
    if (m_done)
        return;
    m_done = true;
    if (auto status = m_cache.finishPull(m_pullId, ReportCache::State::Complete); !status) {
        m_done = false;
        stop(status.error());
        return;
    }
    (void)m_log.append(QStringLiteral("report.pull"),
        { { QStringLiteral("pull"), m_pullId }, { QStringLiteral("pages"), m_pages },
            { QStringLiteral("records"), m_records },
            { QStringLiteral("state"), QStringLiteral("complete") } });
    Q_EMIT finished(true);
}

void ProviderPull::saveCheckpoint()
{
    const QJsonObject checkpoint { { QStringLiteral("stage"), m_stage },
        { QStringLiteral("sender"), m_sender }, { QStringLiteral("next"), m_next },
        { QStringLiteral("page"), m_page } };
    auto written = m_session->commit(
        QString::fromUtf8(QJsonDocument(checkpoint).toJson(QJsonDocument::Compact)), m_pages);
    if (!written)
        stop(written.error());
    else
        m_records += written->records;
}

void ProviderPull::nextStep()
{
    if (m_done)
        return;
    if (m_fetch.isCancelled()) {
        stop(makeError(ErrorCode::Cancelled, {}));
        return;
    }
    if (m_stage == QLatin1String("messages")) {
        if (m_options.provider == ProviderKind::Twilio)
            fetchTwilioPage();
        else if (m_options.provider == ProviderKind::TwilioBulk)
            fetchBulkDay();
        else
            fetchTelnyxPage();
    } else if (m_stage == QLatin1String("usage") && m_options.provider != ProviderKind::Telnyx) {
        fetchUsage(m_page - 1);
    } else {
        complete();
    }
}

void ProviderPull::fetchTwilioPage()
{
    QUrl url;
    if (!m_next.isEmpty()) {
        url = ProviderApi { m_options.baseUrl }.twilio(m_next);
    } else {
        // The filter names are literally "DateSent>" and "DateSent<" (the
        // '=' is the separator): DateSent%3E=2026-11-01 means on or after.
        QByteArray query
            = "/2010-04-01/Accounts/" + ProviderApi::encoded(m_options.account) + "/Messages.json?";
        if (m_options.from.isValid())
            query += "DateSent%3E=" + m_options.from.toString(Qt::ISODate).toLatin1() + '&';
        if (m_options.to.isValid())
            query += "DateSent%3C=" + m_options.to.toString(Qt::ISODate).toLatin1() + '&';
        // Two passes per gateway: what it sent (From) and what it received
        // (To); m_sender counts passes.
        if (m_sender / 2 < m_options.senders.size()) {
            query += QByteArray(m_sender % 2 == 0 ? "From=" : "To=")
                + ProviderApi::encoded(m_options.senders.at(m_sender / 2)) + '&';
        }
        query += "PageSize=" + QByteArray::number(m_options.pageSize);
        url = ProviderApi { m_options.baseUrl }.twilio(QString::fromUtf8(query));
    }
    get(url, true, [this, url](int status, const QByteArray &body) {
        if (status != 200) {
            stop(makeError(status == 401 || status == 403 ? ErrorCode::WrongKey : ErrorCode::Remote,
                QStringLiteral("HTTP %1 from Twilio account %2 on %3: %4")
                    .arg(status)
                    .arg(m_options.account, url.path(), ProviderApi::problem(body))));
            return;
        }
        handlePage(body);
    });
}

void ProviderPull::fetchTelnyxPage()
{
    QByteArray query = "/v2/detail_records?filter%5Brecord_type%5D=messaging";
    if (m_options.from.isValid())
        query += "&filter%5Bcreated_at%5D%5Bgte%5D="
            + m_options.from.toString(Qt::ISODate).toLatin1() + "T00:00:00Z";
    if (m_options.to.isValid())
        query += "&filter%5Bcreated_at%5D%5Blt%5D="
            + m_options.to.addDays(1).toString(Qt::ISODate).toLatin1() + "T00:00:00Z";
    if (m_sender / 2 < m_options.senders.size()) {
        // Sent by the gateway (cli), then received by it (inbound to cld).
        const QByteArray number = ProviderApi::encoded(m_options.senders.at(m_sender / 2));
        if (m_sender % 2 == 0)
            query += "&filter%5Bcli%5D=" + number;
        else
            query += "&filter%5Bcld%5D=" + number + "&filter%5Bdirection%5D=inbound";
    }
    query += "&page%5Bnumber%5D=" + QByteArray::number(m_page)
        + "&page%5Bsize%5D=" + QByteArray::number(m_options.pageSize);
    const QUrl url = ProviderApi { m_options.baseUrl }.telnyx(QString::fromUtf8(query));
    get(url, true, [this, url](int status, const QByteArray &body) {
        if (status != 200) {
            stop(makeError(status == 401 || status == 403 ? ErrorCode::WrongKey : ErrorCode::Remote,
                QStringLiteral("HTTP %1 from Telnyx (%2) on %3: %4")
                    .arg(status)
                    .arg(m_options.account, url.path(), ProviderApi::problem(body))));
            return;
        }
        handlePage(body);
    });
}

bool ProviderPull::readBulkDay(const QByteArray &gz, QStringList *services)
{
    const std::string problem
        = providers::readBulkDay(gz, [&](const UsageRecordView &record, qint64) {
              if (services) {
                  const QString service = QString::fromUtf8(
                      record.service.data(), static_cast<qsizetype>(record.service.size()));
                  if (!service.isEmpty() && !m_mapped.contains(service)
                      && !services->contains(service))
                      services->append(service);
              } else {
                  m_session->add(record);
              }
              return true;
          });
    if (problem.empty())
        return true;
    m_session->takeBatch(); // nothing of a broken day is kept
    stop(makeError(ErrorCode::InvalidInput,
        QStringLiteral("BulkExport day %1: %2").arg(m_next, QString::fromStdString(problem))));
    return false;
}

void ProviderPull::fetchBulkDay()
{
    if (m_next.isEmpty())
        m_next = m_options.from.toString(Qt::ISODate);
    const QDate day = QDate::fromString(m_next, Qt::ISODate);
    if (!day.isValid() || day > m_options.to) {
        m_stage = QStringLiteral("usage");
        m_next.clear();
        m_page = 1;
        saveCheckpoint();
        nextStep();
        return;
    }
    const QUrl url = ProviderApi { m_options.baseUrl }.twilioBulkExports(
        QStringLiteral("/v1/Exports/Messages/Days/") + m_next);
    const auto nextDay = [this, day] {
        m_next = day.addDays(1).toString(Qt::ISODate);
        ++m_pages;
        saveCheckpoint();
        if (m_done)
            return;
        Q_EMIT estimated(static_cast<double>(m_options.from.daysTo(day) + 1)
            / static_cast<double>(m_options.from.daysTo(m_options.to) + 1));
        Q_EMIT progressed(m_pages, m_records);
        nextStep();
    };
    get(url, true, [this, url, nextDay](int status, const QByteArray &body) {
        if (status == 404) {
            nextDay(); // no export for that day
            return;
        }
        // The Days resource answers 307 with {"redirect_to": signed URL};
        // the signed URL takes no Authorization header.
        const QString target = QJsonDocument::fromJson(body)
                                   .object()
                                   .value(QStringLiteral("redirect_to"))
                                   .toString();
        if ((status != 307 && status != 200) || target.isEmpty()) {
            stop(makeError(status == 401 || status == 403 ? ErrorCode::WrongKey : ErrorCode::Remote,
                QStringLiteral("HTTP %1 from Twilio account %2 on %3: %4")
                    .arg(status)
                    .arg(m_options.account, url.path(), ProviderApi::problem(body))));
            return;
        }
        const QUrl file(target, QUrl::StrictMode);
        get(file, false, [this, file, nextDay](int fileStatus, const QByteArray &gz) {
            if (fileStatus != 200) {
                stop(makeError(ErrorCode::Remote,
                    QStringLiteral("HTTP %1 on the BulkExport file for %2 (%3)")
                        .arg(fileStatus)
                        .arg(m_next, file.host())));
                return;
            }
            QStringList services;
            if (!readBulkDay(gz, &services))
                return;
            resolveMappings(services, [this, gz, nextDay] {
                if (readBulkDay(gz, nullptr))
                    nextDay();
            });
        });
    });
}

void ProviderPull::handlePage(const QByteArray &body)
{
    m_pageBody = body;
    const bool twilio = m_options.provider == ProviderKind::Twilio;
    dom::parser parser;
    dom::object root;
    dom::array records;
    const padded_string json(body.constData(), static_cast<std::size_t>(body.size()));
    if (parser.parse(json).get_object().get(root)
        || root[twilio ? "messages" : "data"].get_array().get(records)) {
        stop(makeError(ErrorCode::InvalidInput,
            QStringLiteral("page %1 of pull %2: %3")
                .arg(m_pages + 1)
                .arg(m_pullId)
                .arg(jsonProblemAt(body))));
        return;
    }
    // Which mappings this page needs that the pull does not have yet.
    QStringList missing;
    UsageRecordView record;
    for (dom::element element : records) {
        dom::object object;
        if (element.get_object().get(object))
            continue; // reported by ingestPage()
        const std::string why = twilio ? providers::readTwilioMessage(object, record)
                                       : providers::readTelnyxRecord(object, record);
        if (!why.empty())
            continue;
        const std::string_view key = twilio ? record.service : record.gateway;
        const QString k = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
        if (!k.isEmpty() && !m_mapped.contains(k) && !missing.contains(k))
            missing.append(k);
    }
    // How far through the range the pull is, for a progress bar: Twilio
    // lists newest first, so the oldest day seen so far; Telnyx counts pages.
    const int passes = std::max<int>(1, static_cast<int>(m_options.senders.size()) * 2);
    const int pass = m_options.senders.isEmpty() ? 0 : m_sender;
    double within = -1;
    if (twilio && m_options.from.isValid() && m_options.to.isValid()) {
        qint64 oldest = std::numeric_limits<qint64>::max();
        for (dom::element element : records) {
            dom::object object;
            if (!element.get_object().get(object)
                && providers::readTwilioMessage(object, record).empty() && record.day() >= 0)
                oldest = std::min(oldest, record.day());
        }
        const QDate epoch(1970, 1, 1);
        const double days = static_cast<double>(m_options.from.daysTo(m_options.to) + 1);
        if (oldest != std::numeric_limits<qint64>::max())
            within = std::clamp(
                static_cast<double>(epoch.daysTo(m_options.to) + 1 - oldest) / days, 0.0, 1.0);
    }
    if (twilio) {
        std::string_view next;
        m_morePages = !root["next_page_uri"].get_string().get(next) && !next.empty();
        m_next = m_morePages ? QString::fromUtf8(next.data(), static_cast<qsizetype>(next.size()))
                             : QString();
    } else {
        int64_t pageNumber = 0, totalPages = 0;
        m_morePages = !root["meta"]["page_number"].get_int64().get(pageNumber)
            && !root["meta"]["total_pages"].get_int64().get(totalPages) && pageNumber < totalPages;
        if (totalPages > 0)
            within = std::clamp(
                static_cast<double>(pageNumber) / static_cast<double>(totalPages), 0.0, 1.0);
    }
    if (within >= 0)
        Q_EMIT estimated((pass + (m_morePages ? within : 1.0)) / passes);
    resolveMappings(missing, [this] { ingestPage(); });
}

void ProviderPull::resolveMappings(QStringList keys, std::function<void()> then)
{
    if (m_done)
        return;
    if (keys.isEmpty()) {
        then();
        return;
    }
    const QString key = keys.takeFirst();
    const CampaignLookup::Found store
        = [this, key, keys, then](const QString &campaign, const QString &brand) {
              if (auto status = m_cache.addMapping(m_pullId, { key, campaign, brand }); !status) {
                  stop(status.error());
                  return;
              }
              QByteArray k, c, b;
              m_session->setMapping(view(key, k), view(campaign, c), view(brand, b));
              m_mapped.insert(key);
              resolveMappings(keys, then);
          };
    m_campaigns.lookUp({ m_options.provider, m_options.account, ProviderApi { m_options.baseUrl },
                           authorization() },
        key, store, [this](const Error &error) { stop(error); });
}

void ProviderPull::ingestPage()
{
    if (m_done)
        return;
    const bool twilio = m_options.provider == ProviderKind::Twilio;
    dom::parser parser;
    dom::array records;
    const padded_string json(m_pageBody.constData(), static_cast<std::size_t>(m_pageBody.size()));
    if (parser.parse(json)[twilio ? "messages" : "data"].get_array().get(records)) {
        stop(makeError(ErrorCode::InvalidInput,
            QStringLiteral("page %1: %2").arg(m_pages + 1).arg(jsonProblemAt(m_pageBody))));
        return;
    }
    UsageRecordView record;
    qint64 index = 0;
    for (dom::element element : records) {
        ++index;
        dom::object object;
        std::string why
            = element.get_object().get(object) ? std::string("not a JSON object") : std::string();
        if (why.empty())
            why = twilio ? providers::readTwilioMessage(object, record)
                         : providers::readTelnyxRecord(object, record);
        if (!why.empty()) {
            // Nothing of this page is stored; the pages before it are.
            m_session->takeBatch();
            stop(makeError(ErrorCode::InvalidInput,
                QStringLiteral("page %1 record %2: %3")
                    .arg(m_pages + 1)
                    .arg(index)
                    .arg(QString::fromStdString(why))));
            return;
        }
        m_session->add(record);
    }
    m_pageBody.clear(); // the raw page (bodies, recipients) goes as soon as it is parsed
    ++m_pages;
    if (m_morePages) {
        if (!twilio)
            ++m_page;
    } else if (m_sender + 1 < 2 * m_options.senders.size()) {
        ++m_sender;
        m_next.clear();
        m_page = 1;
    } else {
        m_stage = twilio ? QStringLiteral("usage") : QStringLiteral("done");
        m_next.clear();
        m_page = 1;
    }
    saveCheckpoint();
    if (m_done)
        return;
    Q_EMIT progressed(m_pages, m_records);
    nextStep();
}

void ProviderPull::fetchUsage(int categoryIndex)
{
    if (categoryIndex >= static_cast<int>(std::size(kUsageCategories))) {
        m_stage = QStringLiteral("done");
        saveCheckpoint();
        nextStep();
        return;
    }
    const QString category = QLatin1String(kUsageCategories[categoryIndex]);
    const QUrl url = ProviderApi { m_options.baseUrl }.twilio(
        QStringLiteral("/2010-04-01/Accounts/%1/Usage/Records/"
                       "Daily.json?Category=%2&StartDate=%3&EndDate=%4&PageSize=1000")
            .arg(QString::fromLatin1(ProviderApi::encoded(m_options.account)), category,
                m_options.from.toString(Qt::ISODate), m_options.to.toString(Qt::ISODate)));
    get(url, true, [this, url, categoryIndex, category](int status, const QByteArray &body) {
        if (status != 200) {
            stop(makeError(ErrorCode::Remote,
                QStringLiteral("HTTP %1 from Twilio account %2 on %3: %4")
                    .arg(status)
                    .arg(m_options.account, url.path(), ProviderApi::problem(body))));
            return;
        }
        QList<ReportCache::Aggregate> rows;
        const auto text = [](const QJsonValue &v) {
            return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
        };
        for (const QJsonValue &value : QJsonDocument::fromJson(body)
                                           .object()
                                           .value(QStringLiteral("usage_records"))
                                           .toArray()) {
            const QJsonObject o = value.toObject();
            rows.append(
                { QDate::fromString(o.value(QStringLiteral("start_date")).toString(), Qt::ISODate),
                    o.value(QStringLiteral("category")).toString(),
                    text(o.value(QStringLiteral("count"))).toLongLong(),
                    o.value(QStringLiteral("count_unit")).toString(),
                    text(o.value(QStringLiteral("usage"))),
                    o.value(QStringLiteral("usage_unit")).toString(),
                    text(o.value(QStringLiteral("price"))),
                    o.value(QStringLiteral("price_unit")).toString() });
        }
        if (auto stored = m_cache.addAggregates(m_pullId, rows, category); !stored) {
            stop(stored.error());
            return;
        }
        m_page = categoryIndex + 2; // the next category, 1-based, as the checkpoint
        saveCheckpoint();
        if (!m_done)
            fetchUsage(categoryIndex + 1);
    });
}

} // namespace relay::core
