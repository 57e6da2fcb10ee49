#pragma once

#include "Result.h"
#include "model/UsageRecord.h"

#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace relay::core {

class Database;
class ReportCache;

// Writes records into one pull. Two halves, so parsing can run beside
// writing: add() (one producer thread) compacts a record — strings become
// dictionary ids (provisional until written) — and takeBatch() hands the batch
// over; write() (the thread that owns the database) stores a batch, its new
// dictionary entries, the roll-up deltas and the pull's checkpoint in one
// transaction.
class IngestSession
{
public:
    struct Compact {
        std::string msgId; // encoded, see encodeMessageId()
        qint32 gateway = 0;
        qint32 service = 0; // 0: none
        qint32 campaign = 0;
        qint32 brand = 0;
        qint32 status = 0;
        qint32 priceUnit = 0;
        qint32 tags = 0;
        qint32 segments = 0;
        qint32 media = 0;
        qint32 errorCode = UsageRecordView::kNoError;
        quint8 provider = 0;
        quint8 direction = 0;
        quint8 channel = 0;
        qint64 day = -1;
        qint64 createdAt = UsageRecordView::kNoTime;
        qint64 sentAt = UsageRecordView::kNoTime;
        qint64 updatedAt = UsageRecordView::kNoTime;
        qint64 priceMicros = UsageRecordView::kNoPrice;
    };

    struct DictEntry {
        qint32 id;
        qint32 kind;
        std::string value;
    };

    struct Batch {
        std::vector<Compact> records;
        std::vector<DictEntry> newEntries; // provisional (negative) ids
    };

    // What a write stored: records new to the cache, and the duplicates it
    // found (already cached by any pull, of any process, or twice in it).
    struct Written {
        qint64 records = 0;
        qint64 duplicates = 0;
        qint64 segments = 0;
    };

    enum DictKind : qint32 {
        Gateway = 1,
        Service = 2,
        StatusKind = 3,
        PriceUnit = 4,
        Campaign = 5,
        Brand = 6,
        IdPrefix = 7,
        Tags = 8
    };

    ~IngestSession();

    // Producer side. Whether it is a duplicate is decided when it is written.
    void add(const UsageRecordView &record);
    std::size_t pending() const { return m_batch.records.size(); }
    // A campaign/brand mapping learnt during the pull (producer side).
    void setMapping(std::string_view key, std::string_view campaign, std::string_view brand);
    Batch takeBatch();

    // Database side: one transaction under the write lock.
    [[nodiscard]] Result<Written> write(Batch batch, const QString &checkpoint, qint64 pagesDone);
    // Both halves on one thread.
    [[nodiscard]] Result<Written> commit(const QString &checkpoint, qint64 pagesDone)
    {
        return write(takeBatch(), checkpoint, pagesDone);
    }

    qint64 pullId() const { return m_pullId; }

    // Binary message id: kind byte + 16 bytes for "XX" + 32 hex and UUIDs,
    // kind 0 + the text otherwise. decode is its inverse.
    std::string encodeMessageId(std::string_view id);
    // The same, with the id of a two-letter prefix looked up by the caller.
    static std::string encodeMessageId(
        std::string_view id, const std::function<qint32(std::string_view)> &prefixId);
    static QString decodeMessageId(
        const QByteArray &encoded, const std::vector<std::string> &prefixes);

private:
    friend class ReportCache;
    IngestSession(Database &db, qint64 pullId);
    [[nodiscard]] Status load();
    [[nodiscard]] Status loadDictionary();
    [[nodiscard]] Status loadPull();
    [[nodiscard]] Status loadRollups();
    qint32 intern(qint32 kind, std::string_view value);

    struct RollupKey {
        qint64 day;
        qint32 gateway, service, campaign, brand, status, errorCode, segments;
        quint8 direction, channel;
        bool operator==(const RollupKey &) const = default;
    };
    struct RollupKeyHash {
        std::size_t operator()(const RollupKey &k) const noexcept;
    };
    struct RollupValue {
        qint64 rowId = 0;
        qint64 messages = 0;
        qint64 segments = 0;
    };
    using Rollups = std::unordered_map<RollupKey, RollupValue, RollupKeyHash>;
    [[nodiscard]] Status writeDictionary(const std::vector<DictEntry> &entries);
    qint32 realId(qint32 id) const;
    void resolve(Compact &c) const;
    [[nodiscard]] Status writeRecords(
        const std::vector<Compact> &records, Rollups &deltas, Written &written);
    [[nodiscard]] Status writeRollups(
        const Rollups &deltas, std::vector<std::pair<RollupKey, qint64>> &added);
    [[nodiscard]] Status writeProgress(
        const Written &written, const QString &checkpoint, qint64 pagesDone);
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view> {}(s);
        }
    };

    Database &m_db;
    qint64 m_pullId;
    // producer side
    std::array<std::unordered_map<std::string, qint32, StringHash, std::equal_to<>>, 9> m_dict;
    qint32 m_nextProvisional = -1;
    std::unordered_map<std::string, std::pair<qint32, qint32>, StringHash, std::equal_to<>>
        m_mapping; // service/gateway -> campaign, brand
    bool m_mapByGateway = false;
    Batch m_batch;
    // database side
    Rollups m_rollup;
    std::unordered_map<qint32, qint32> m_realIds; // provisional -> the database's, committed
    std::unordered_map<qint32, qint32> m_pendingIds; // the same, for the batch being written
};

} // namespace relay::core
