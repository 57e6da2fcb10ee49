#include "IngestSession.h"

#include "storage/Database.h"

#include <QByteArray>

#include <cstring>

namespace relay::core {

namespace {

constexpr unsigned char kTextId = 0;
constexpr unsigned char kUuidId = 1;
constexpr int kFirstPrefixKind = 2;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// 32 hex digits (dashes skipped at the UUID positions) to 16 bytes.
bool packHex(std::string_view hex, unsigned char *out)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < hex.size(); ++i) {
        if (hex[i] == '-')
            continue;
        const int hi = hexValue(hex[i]);
        const int lo = i + 1 < hex.size() ? hexValue(hex[i + 1]) : -1;
        if (hi < 0 || lo < 0 || n == 16)
            return false;
        out[n++] = static_cast<unsigned char>((hi << 4) | lo);
        ++i;
    }
    return n == 16;
}

bool isUuid(std::string_view id)
{
    return id.size() == 36 && id[8] == '-' && id[13] == '-' && id[18] == '-' && id[23] == '-';
}

bool isSidLike(std::string_view id)
{
    return id.size() == 34 && id[0] >= 'A' && id[0] <= 'Z' && id[1] >= 'A' && id[1] <= 'Z';
}

template <typename T> void mix(std::size_t &seed, T value)
{
    seed ^= std::hash<T> {}(value) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
}

} // namespace

std::size_t IngestSession::RollupKeyHash::operator()(const RollupKey &k) const noexcept
{
    std::size_t seed = 0;
    mix(seed, k.day);
    mix(seed, k.gateway);
    mix(seed, k.service);
    mix(seed, k.campaign);
    mix(seed, k.brand);
    mix(seed, k.status);
    mix(seed, k.errorCode);
    mix(seed, k.segments);
    mix(seed, (k.direction << 8) | k.channel);
    return seed;
}

IngestSession::IngestSession(Database &db, qint64 pullId) : m_db(db), m_pullId(pullId) { }

IngestSession::~IngestSession() = default;

Status IngestSession::load()
{
    for (Status (IngestSession::*step)() :
        { &IngestSession::loadDictionary, &IngestSession::loadPull, &IngestSession::loadRollups }) {
        if (auto status = (this->*step)(); !status)
            return status;
    }
    return {};
}

Status IngestSession::loadDictionary()
{
    auto dict = m_db.prepare(QStringLiteral("SELECT id, kind, value FROM report_dict"));
    if (!dict)
        return dict.error();
    if (auto status = dict->each([&] {
            const auto id = static_cast<qint32>(dict->int64(0));
            const auto kind = static_cast<std::size_t>(dict->int64(1));
            if (kind < m_dict.size())
                m_dict[kind].emplace(dict->blob(2).toStdString(), id);
        });
        !status) {
        return status.error();
    }
    return {};
}

// The provider family and mapping style of this pull, and its mappings.
Status IngestSession::loadPull()
{
    auto pull = m_db.prepare(QStringLiteral("SELECT provider FROM report_pull WHERE id = ?1"));
    if (!pull)
        return pull.error();
    pull->bind(1, m_pullId);
    auto row = pull->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("pull %1").arg(m_pullId));
    m_mapByGateway = pull->text(0).startsWith(QLatin1String("telnyx"));
    pull = Statement();

    auto mappings = m_db.prepare(
        QStringLiteral("SELECT service, campaign, brand FROM report_mapping WHERE pull_id = ?1"));
    if (!mappings)
        return mappings.error();
    mappings->bind(1, m_pullId);
    if (auto status = mappings->each([&] {
            const std::string campaign = mappings->text(1).toStdString();
            const std::string brand = mappings->text(2).toStdString();
            m_mapping.emplace(mappings->text(0).toStdString(),
                std::make_pair(campaign.empty() ? 0 : intern(Campaign, campaign),
                    brand.empty() ? 0 : intern(Brand, brand)));
        });
        !status) {
        return status.error();
    }
    return {};
}

// Roll-up rows of this pull, so deltas update them in place.
Status IngestSession::loadRollups()
{
    auto rollup = m_db.prepare(QStringLiteral("SELECT rowid, day, gateway, ifnull(service, 0), "
                                              "ifnull(campaign, 0), ifnull(brand, 0), status, "
                                              "ifnull(error_code, ?2), segments, direction, "
                                              "channel FROM report_rollup WHERE pull_id = ?1"));
    if (!rollup)
        return rollup.error();
    rollup->bind(1, m_pullId).bind(2, qint64 { UsageRecordView::kNoError });
    if (auto status = rollup->each([&] {
            RollupKey key { rollup->int64(1), static_cast<qint32>(rollup->int64(2)),
                static_cast<qint32>(rollup->int64(3)), static_cast<qint32>(rollup->int64(4)),
                static_cast<qint32>(rollup->int64(5)), static_cast<qint32>(rollup->int64(6)),
                static_cast<qint32>(rollup->int64(7)), static_cast<qint32>(rollup->int64(8)),
                static_cast<quint8>(rollup->int64(9)), static_cast<quint8>(rollup->int64(10)) };
            m_rollup[key].rowId = rollup->int64(0);
        });
        !status) {
        return status.error();
    }
    return {};
}

qint32 IngestSession::intern(qint32 kind, std::string_view value)
{
    auto &map = m_dict[static_cast<std::size_t>(kind)];
    if (const auto it = map.find(value); it != map.end())
        return it->second;
    // Provisional (negative) until written: the real id is the database's,
    // given under its write lock, so another writer's ids never clash.
    const qint32 id = m_nextProvisional--;
    map.emplace(std::string(value), id);
    m_batch.newEntries.push_back({ id, kind, std::string(value) });
    return id;
}

std::string IngestSession::encodeMessageId(std::string_view id)
{
    return encodeMessageId(
        id, [this](std::string_view prefix) { return intern(IdPrefix, prefix); });
}

std::string IngestSession::encodeMessageId(
    std::string_view id, const std::function<qint32(std::string_view)> &prefixId)
{
    std::string out;
    unsigned char packed[16];
    if (isSidLike(id) && packHex(id.substr(2), packed)) {
        const qint32 prefix = prefixId(id.substr(0, 2));
        // Prefix ids are small dictionary ids; kinds 0 and 1 are reserved.
        out.push_back(static_cast<char>(kFirstPrefixKind));
        out.append(reinterpret_cast<const char *>(&prefix), sizeof(prefix));
        out.append(reinterpret_cast<const char *>(packed), 16);
    } else if (isUuid(id) && packHex(id, packed)) {
        out.push_back(static_cast<char>(kUuidId));
        out.append(reinterpret_cast<const char *>(packed), 16);
    } else {
        out.push_back(static_cast<char>(kTextId));
        out.append(id);
    }
    return out;
}

QString IngestSession::decodeMessageId(
    const QByteArray &encoded, const std::vector<std::string> &prefixes)
{
    if (encoded.isEmpty())
        return {};
    const auto kind = static_cast<unsigned char>(encoded.at(0));
    if (kind == kTextId)
        return QString::fromUtf8(encoded.mid(1));
    if (kind == kUuidId && encoded.size() == 17) {
        const QByteArray hex = encoded.mid(1).toHex();
        return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
            + hex.mid(16, 4) + '-' + hex.mid(20));
    }
    if (kind == kFirstPrefixKind && encoded.size() == 21) {
        qint32 prefix = 0;
        std::memcpy(&prefix, encoded.constData() + 1, sizeof(prefix));
        const std::string name = prefix >= 0 && static_cast<std::size_t>(prefix) < prefixes.size()
            ? prefixes[static_cast<std::size_t>(prefix)]
            : std::string("??");
        return QString::fromStdString(name) + QString::fromLatin1(encoded.mid(5).toHex());
    }
    return QString::fromLatin1(encoded.toHex());
}

void IngestSession::add(const UsageRecordView &record)
{
    Compact c;
    c.provider = static_cast<quint8>(record.provider);
    c.msgId = encodeMessageId(record.messageId);
    c.gateway = intern(Gateway, record.gateway);
    c.service = record.service.empty() ? 0 : intern(Service, record.service);
    const auto mapped = m_mapping.find(m_mapByGateway ? record.gateway : record.service);
    if (mapped != m_mapping.end()) {
        c.campaign = mapped->second.first;
        c.brand = mapped->second.second;
    }
    c.status = intern(StatusKind, record.status);
    c.priceUnit = record.priceUnit.empty() ? 0 : intern(PriceUnit, record.priceUnit);
    c.tags = record.tags.empty() ? 0 : intern(Tags, record.tags);
    c.segments = record.segments;
    c.media = record.media;
    c.errorCode = record.errorCode;
    c.direction = static_cast<quint8>(record.direction);
    c.channel = static_cast<quint8>(record.channel);
    c.day = record.day();
    c.createdAt = record.createdAt;
    c.sentAt = record.sentAt;
    c.updatedAt = record.updatedAt;
    c.priceMicros = record.priceMicros;
    m_batch.records.push_back(std::move(c));
}

void IngestSession::setMapping(
    std::string_view key, std::string_view campaign, std::string_view brand)
{
    m_mapping[std::string(key)] = std::make_pair(campaign.empty() ? 0 : intern(Campaign, campaign),
        brand.empty() ? 0 : intern(Brand, brand));
}

IngestSession::Batch IngestSession::takeBatch()
{
    Batch batch = std::move(m_batch);
    m_batch = Batch();
    return batch;
}

namespace {
template <typename T> void bindOrNull(Statement &stmt, int index, T value, T none)
{
    if (value == none)
        stmt.bindNull(index);
    else
        stmt.bind(index, static_cast<qint64>(value));
}
} // namespace

Result<IngestSession::Written> IngestSession::write(
    Batch batch, const QString &checkpoint, qint64 pagesDone)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto status = writeDictionary(batch.newEntries); !status)
        return status.error();
    for (Compact &c : batch.records)
        resolve(c);
    // The roll-up deltas of the records stored (not of the duplicates).
    Rollups deltas;
    Written written;
    if (auto status = writeRecords(batch.records, deltas, written); !status)
        return status.error();
    std::vector<std::pair<RollupKey, qint64>> added;
    if (auto status = writeRollups(deltas, added); !status)
        return status.error();
    if (auto status = writeProgress(written, checkpoint, pagesDone); !status)
        return status.error();
    if (auto status = tx->commit(); !status)
        return status.error();
    // Only once committed do the new roll-up rows and dictionary ids become known.
    for (const auto &[key, rowId] : added)
        m_rollup[key].rowId = rowId;
    for (const auto &[provisional, real] : m_pendingIds)
        m_realIds[provisional] = real;
    m_pendingIds.clear();
    return written;
}

// Each new entry is claimed under the write lock: a value another writer
// stored first keeps its id, and this session uses that id.
Status IngestSession::writeDictionary(const std::vector<DictEntry> &entries)
{
    m_pendingIds.clear();
    if (entries.empty())
        return {};
    auto insert = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO report_dict(kind, value) VALUES (?1, ?2)"));
    if (!insert)
        return insert.error();
    auto find
        = m_db.prepare(QStringLiteral("SELECT id FROM report_dict WHERE kind = ?1 AND value = ?2"));
    if (!find)
        return find.error();
    for (const DictEntry &entry : entries) {
        const QByteArrayView value(entry.value.data(), static_cast<qsizetype>(entry.value.size()));
        insert->reset();
        insert->bind(1, entry.kind).bindBlob(2, value);
        if (auto status = insert->run(); !status)
            return status;
        find->reset();
        find->bind(1, entry.kind).bindBlob(2, value);
        auto row = find->step();
        if (!row)
            return row.error();
        if (!row.value())
            return makeError(ErrorCode::Sql, QStringLiteral("a dictionary entry was not stored"));
        m_pendingIds[entry.id] = static_cast<qint32>(find->int64(0));
    }
    return {};
}

qint32 IngestSession::realId(qint32 id) const
{
    if (id >= 0)
        return id;
    if (const auto pending = m_pendingIds.find(id); pending != m_pendingIds.end())
        return pending->second;
    const auto known = m_realIds.find(id);
    return known == m_realIds.end() ? id : known->second;
}

void IngestSession::resolve(Compact &c) const
{
    for (qint32 *field :
        { &c.gateway, &c.service, &c.campaign, &c.brand, &c.status, &c.priceUnit, &c.tags })
        *field = realId(*field);
    // A message id's two-letter prefix is a dictionary id inside its bytes.
    if (c.msgId.size() == 21 && static_cast<unsigned char>(c.msgId[0]) == kFirstPrefixKind) {
        qint32 prefix = 0;
        std::memcpy(&prefix, c.msgId.data() + 1, sizeof prefix);
        prefix = realId(prefix);
        std::memcpy(c.msgId.data() + 1, &prefix, sizeof prefix);
    }
}

Status IngestSession::writeRecords(
    const std::vector<Compact> &records, Rollups &deltas, Written &written)
{
    // The unique index on (provider, msg_id) decides what is a duplicate,
    // whichever process stored it first: nothing is counted twice.
    auto insert
        = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO report_record(pull_id, provider, "
                                      "msg_id, gateway, service, campaign, brand, status, "
                                      "direction, channel, segments, media, error_code, "
                                      "created_at, sent_at, updated_at, price_micros, price_unit, "
                                      "tags) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                                      "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)"));
    if (!insert)
        return insert.error();
    for (const Compact &c : records) {
        insert->reset();
        insert->bind(1, m_pullId).bind(2, int { c.provider });
        insert->bindBlob(3, QByteArrayView(c.msgId.data(), static_cast<qsizetype>(c.msgId.size())));
        insert->bind(4, c.gateway);
        bindOrNull(*insert, 5, c.service, 0);
        bindOrNull(*insert, 6, c.campaign, 0);
        bindOrNull(*insert, 7, c.brand, 0);
        insert->bind(8, c.status).bind(9, int { c.direction }).bind(10, int { c.channel });
        insert->bind(11, c.segments).bind(12, c.media);
        bindOrNull(*insert, 13, c.errorCode, UsageRecordView::kNoError);
        bindOrNull(*insert, 14, c.createdAt, UsageRecordView::kNoTime);
        bindOrNull(*insert, 15, c.sentAt, UsageRecordView::kNoTime);
        bindOrNull(*insert, 16, c.updatedAt, UsageRecordView::kNoTime);
        bindOrNull(*insert, 17, c.priceMicros, UsageRecordView::kNoPrice);
        bindOrNull(*insert, 18, c.priceUnit, 0);
        bindOrNull(*insert, 19, c.tags, 0);
        if (auto status = insert->run(); !status)
            return status;
        if (m_db.changes() == 0) {
            ++written.duplicates;
            continue;
        }
        ++written.records;
        written.segments += c.segments;
        RollupValue &delta = deltas[RollupKey { c.day, c.gateway, c.service, c.campaign, c.brand,
            c.status, c.errorCode, c.segments, c.direction, c.channel }];
        ++delta.messages;
        delta.segments += c.segments;
    }
    return {};
}

Status IngestSession::writeRollups(
    const Rollups &deltas, std::vector<std::pair<RollupKey, qint64>> &added)
{
    auto update
        = m_db.prepare(QStringLiteral("UPDATE report_rollup SET messages = messages + ?2, "
                                      "segments_total = segments_total + ?3 WHERE rowid = ?1"));
    if (!update)
        return update.error();
    auto add
        = m_db.prepare(QStringLiteral("INSERT INTO report_rollup(pull_id, day, gateway, service, "
                                      "campaign, brand, status, direction, channel, "
                                      "error_code, segments, messages, segments_total) VALUES (?1, "
                                      "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"));
    if (!add)
        return add.error();
    for (const auto &[key, delta] : deltas) {
        const auto known = m_rollup.find(key);
        if (known != m_rollup.end() && known->second.rowId != 0) {
            update->reset();
            update->bind(1, known->second.rowId).bind(2, delta.messages).bind(3, delta.segments);
            if (auto status = update->run(); !status)
                return status;
            continue;
        }
        add->reset();
        add->bind(1, m_pullId).bind(2, key.day).bind(3, key.gateway);
        bindOrNull(*add, 4, key.service, 0);
        bindOrNull(*add, 5, key.campaign, 0);
        bindOrNull(*add, 6, key.brand, 0);
        add->bind(7, key.status).bind(8, int { key.direction }).bind(9, int { key.channel });
        bindOrNull(*add, 10, key.errorCode, UsageRecordView::kNoError);
        add->bind(11, key.segments).bind(12, delta.messages).bind(13, delta.segments);
        if (auto status = add->run(); !status)
            return status;
        added.emplace_back(key, m_db.lastInsertRowId());
    }
    return {};
}

Status IngestSession::writeProgress(
    const Written &written, const QString &checkpoint, qint64 pagesDone)
{
    auto progress
        = m_db.prepare(QStringLiteral("UPDATE report_pull SET records = records + ?2, segments = "
                                      "segments + ?3, duplicates = duplicates + ?4, "
                                      "pages = ?5, checkpoint = ?6 WHERE id = ?1"));
    if (!progress)
        return progress.error();
    progress->bind(1, m_pullId).bind(2, written.records).bind(3, written.segments);
    progress->bind(4, written.duplicates).bind(5, pagesDone).bind(6, checkpoint);
    if (auto status = progress->run(); !status)
        return status;
    if (m_db.changes() != 1) {
        // Purged (or deleted) while this session was writing: store nothing
        // that no pull would own.
        return makeError(ErrorCode::NotFound,
            QStringLiteral("pull %1 was deleted while it was being written").arg(m_pullId));
    }
    return {};
}

} // namespace relay::core
