#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

#include <random>

namespace relay::core::sandbox {

// The managed package's callout, as the sandbox plays it for one org: the
// SMS records a user or a Flow set to "Queued", posted to the engine's
// intake (POST /salesforce/sms) in batches of up to 200, signed with the
// org's intake secret (X-Relay-Org, X-Relay-Timestamp, X-Relay-Signature).
// As on a busy day, a share of callouts is posted a second time (Apex
// retrying after a timeout: a new timestamp, a new signature) and a share
// never leaves the org (the sweep must find those records). The records
// hold numbers and texts: the sandbox stands in for the org.
class PackageCallout final : public QObject
{
    Q_OBJECT
public:
    struct Record {
        QString id; // the SMS record's id in the org
        QString batchGroupId;
        QString gateway; // the Gateway record id it looks up
        QString phoneNumber;
        QString message;
        QString sourceRecordId;
    };
    struct Behaviour {
        double twice = 0.10; // callouts posted a second time
        double never = 0.0; // callouts lost before they leave the org
    };
    // What the engine answered, summed over every posting.
    struct Answers {
        qint64 callouts = 0; // postings made (a second posting counts)
        qint64 lost = 0; // callouts never posted
        qint64 accepted = 0; // records
        qint64 duplicate = 0;
        qint64 refused = 0;
        QHash<int, qint64> byStatus; // HTTP status -> postings (0: no answer)
    };

    PackageCallout(
        QString org, QByteArray secret, QUrl intake, quint64 seed, QObject *parent = nullptr);

    void setBehaviour(const Behaviour &behaviour) { m_behaviour = behaviour; }
    // One callout for these records (at most 200), posted once, twice or
    // never as the behaviour rolls; how many times (0: lost).
    int post(const QList<Record> &records);
    // The request body the package sends for these records.
    static QByteArray body(const QList<Record> &records);
    // Every posting answered.
    bool idle() const { return m_inFlight == 0; }
    const Answers &answers() const { return m_answers; }

Q_SIGNALS:
    void answered();

private:
    void send(const QByteArray &body);

    QString m_org;
    QByteArray m_secret;
    QUrl m_intake;
    std::mt19937_64 m_random;
    Behaviour m_behaviour;
    QNetworkAccessManager m_network;
    int m_inFlight = 0;
    Answers m_answers;
};

} // namespace relay::core::sandbox
