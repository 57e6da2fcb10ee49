#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <random>

namespace relay::core::sandbox {

// The sandbox's send side: accepts Twilio "create Message" and Telnyx
// "send a message" requests and, like the providers, calls the message's
// status callback back with signed requests: Twilio form posts signed with
// X-Twilio-Signature (the sandbox auth token), Telnyx JSON webhooks signed
// with Ed25519 (the sandbox's key; its public half is telnyxPublicKey()).
// Statuses go queued → sent → delivered, undelivered or failed, after
// realistic delays, with occasional duplicates and out-of-order arrival.
class SandboxMessages final : public QObject
{
    Q_OBJECT
public:
    struct Behaviour {
        double undelivered = 0.06;
        double failed = 0.03;
        double duplicate = 0.05; // the final callback arrives twice
        double reorder = 0.05; // the final callback arrives before "sent"
        int minDelayMs = 20;
        int maxDelayMs = 250;
    };

    explicit SandboxMessages(quint64 seed, QObject *parent = nullptr);

    void setBehaviour(const Behaviour &behaviour) { m_behaviour = behaviour; }
    static QByteArray telnyxPublicKey(); // base64

    // Returns the HTTP status and JSON body to answer with.
    QPair<int, QByteArray> createTwilio(const QString &account, const QByteArray &formBody);
    QPair<int, QByteArray> createTelnyx(const QByteArray &jsonBody);

    qint64 created() const { return m_created; }
    // Messages created for each recipient, as the provider would bill them.
    const QHash<QString, int> &createdFor() const { return m_createdFor; }
    qint64 callbacksSent() const { return m_callbacks; }
    qint64 callbacksRejected() const { return m_rejected; } // the receiver answered 403
    // The statuses the receiver answered 2xx to, by provider message id:
    // what it has acknowledged, and so must not lose.
    const QHash<QString, QStringList> &acknowledged() const { return m_acknowledged; }
    // The text of the last message accepted, as a provider would hold it (the
    // sandbox stands in for the provider; nothing of Relay Audit keeps it).
    const QString &lastText() const { return m_lastText; }

    // A recipient's reply, as the provider takes it: held (text and
    // numbers: the sandbox stands in for the provider) and posted to the
    // receiving webhook, signed: Twilio's form to `webhook`, or Telnyx's
    // message.received event. `deliveries` posts of the same message (a
    // provider retrying). Returns the provider message id.
    QString receive(const QString &provider, const QString &account, const QUrl &webhook,
        const QString &from, const QString &to, const QString &text, int deliveries = 1);
    // An incoming message as the provider's API answers GET by id (Twilio's
    // Message resource, Telnyx's {"data": …}); empty when it has none.
    QJsonObject heldTwilio(const QString &sid) const;
    QJsonObject heldTelnyx(const QString &id) const;
    // The provider no longer has the message (its retention ran out).
    void forget(const QString &id) { m_held.remove(id); }
    qint64 inboundPosted() const { return m_inboundPosted; }
    // Answers the receiving webhook gave, by HTTP status.
    const QHash<int, qint64> &inboundAnswers() const { return m_inboundAnswers; }
    // The incoming messages the receiving webhook answered 200 to, at least once.
    const QSet<QString> &inboundAcknowledged() const { return m_inboundAcknowledged; }

private:
    struct Plan {
        QString finalStatus;
        int errorCode = 0;
        bool duplicate = false;
        bool reorder = false;
    };
    Plan plan();
    void scheduleTwilio(const QUrl &callback, const QString &account, const QString &sid,
        const QString &from, const QString &to);
    void scheduleTelnyx(
        const QUrl &webhook, const QString &id, const QString &from, const QString &to);
    void postTwilio(const QUrl &callback, const QList<QPair<QString, QString>> &params);
    void postTelnyx(const QUrl &webhook, const QByteArray &body);
    void postInbound(const QUrl &webhook, const QString &id);
    struct Held {
        QString provider;
        QString account;
        QString from;
        QString to;
        QString text;
        QDateTime at;
    };
    int delay();

    Behaviour m_behaviour;
    std::mt19937_64 m_random;
    QNetworkAccessManager m_network;
    qint64 m_created = 0;
    QHash<QString, int> m_createdFor;
    qint64 m_callbacks = 0;
    qint64 m_rejected = 0;
    QString m_lastText;
    QHash<QString, Held> m_held; // incoming messages, by provider message id
    qint64 m_inboundPosted = 0;
    QHash<int, qint64> m_inboundAnswers;
    QSet<QString> m_inboundAcknowledged;
    QHash<QString, QStringList> m_acknowledged;
};

} // namespace relay::core::sandbox
