// `engine org`: the client orgs the engine works for.
#include "EngineCommands.h"

#include "Terminal.h"
#include "deliveries/Orgs.h"
#include "engine/SmsIntake.h"
#include "privacy/SecretStore.h"
#include "salesforce/OrgKeychain.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

namespace relay::cli {

using namespace relay::core;

namespace {

QJsonObject orgJson(const Orgs::Org &org)
{
    return QJsonObject { { QStringLiteral("name"), org.name },
        { QStringLiteral("instanceUrl"), org.instanceUrl.toString() },
        { QStringLiteral("loginUrl"), org.loginUrl.toString() },
        { QStringLiteral("audience"),
            org.audience.isEmpty() ? QJsonValue() : QJsonValue(org.audience) },
        { QStringLiteral("flow"), Orgs::flowName(org.flow) },
        { QStringLiteral("clientId"), org.clientId },
        { QStringLiteral("username"),
            org.username.isEmpty() ? QJsonValue() : QJsonValue(org.username) } };
}

} // namespace

void EngineCommand::org(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("engine org add NAME --instance-url URL [--login-url URL] [--audience URL]\n"
           "engine org list\nengine org check NAME [--object NAME]\n"
           "engine org fields NAME [--set KEY=VALUE]... [--reset KEY]...\n"
           "engine org intake-secret NAME\n"
           "engine org remove NAME\n"
           "The client orgs the engine works for. 'add' takes the connected app from the "
           "SALESFORCE_* variables of 'engine writeback' (refresh-token or JWT bearer flow): "
           "the consumer key and username are kept in the workspace, the secrets (client secret "
           "and refresh token, or the JWT key) in the system keychain, never in a file. 'check' "
           "signs in and reads one record of the SMS object. 'fields' shows or changes the org's "
           "SMS object, field names and Status picklist values (status:PROVIDER-STATUS=VALUE). "
           "'intake-secret' keeps the secret the org's package signs its callout with in the "
           "system keychain, read from RELAYAUDIT_INTAKE_SECRET or typed with echo off (at "
           "least 32 characters); 'engine serve' reads it there, or from "
           "RELAYAUDIT_INTAKE_SECRET_<ORG>."));
    parser.addPositionalArgument(
        QStringLiteral("action"), tr("add, list, check, fields, intake-secret or remove"));
    const SalesforceLoginOptions login;
    const QCommandLineOption instance(QStringLiteral("instance-url"),
        tr("The org's own URL (https://acme.my.salesforce.com)."), QStringLiteral("url"));
    const QCommandLineOption object(QStringLiteral("object"),
        tr("check: the SMS object to read (default: the org's, 'engine org fields')."),
        QStringLiteral("name"));
    const QCommandLineOption set(QStringLiteral("set"),
        tr("fields: set a name or a Status value (object=…, status-field=…, "
           "status:delivered=Sent Successfully); repeatable."),
        QStringLiteral("key=value"));
    const QCommandLineOption reset(QStringLiteral("reset"),
        tr("fields: put a key back to its default; repeatable."), QStringLiteral("key"));
    const QCommandLineOption storeOption = engineStoreOption();
    parser.addOptions(
        { instance, login.loginUrl, login.audience, object, set, reset, storeOption });
    if (!parse(parser, arguments))
        return;
    m_store = parser.value(storeOption);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList actions { QStringLiteral("add"), QStringLiteral("list"),
        QStringLiteral("check"), QStringLiteral("fields"), QStringLiteral("intake-secret"),
        QStringLiteral("remove") };
    if (!actions.contains(action)) {
        usageError(tr("engine org takes add, list, check, fields, intake-secret or remove"));
        return;
    }
    if (action != QLatin1String("list") && positional.size() != 2) {
        usageError(tr("engine org %1 takes one org name").arg(action));
        return;
    }
    const QString name = positional.value(1);
    if (action == QLatin1String("add")) {
        addOrg(name, parser, instance, login);
    } else if (action == QLatin1String("intake-secret")) {
        intakeSecret(name);
    } else if (action == QLatin1String("fields")) {
        QList<std::pair<QString, QString>> values;
        for (const QString &pair : parser.values(set)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                usageError(tr("--set takes KEY=VALUE, not '%1'").arg(pair));
                return;
            }
            values.append({ pair.left(eq).trimmed(), pair.mid(eq + 1) });
        }
        orgFields(name, values, parser.values(reset));
    } else if (action == QLatin1String("check")) {
        if (parser.isSet(object) && !isSalesforceApiName(parser.value(object))) {
            usageError(tr("'%1' is not a Salesforce API name").arg(parser.value(object)));
            return;
        }
        checkOrg(name, parser.value(object));
    } else if (action == QLatin1String("list")) {
        withEngine(m_store, [this](const EngineSide &engine) {
            auto all = engine.orgs().list();
            if (!all) {
                fail(all.error());
                return;
            }
            if (m_ctx.json) {
                QJsonArray array;
                for (const Orgs::Org &o : std::as_const(all.value()))
                    array.append(orgJson(o));
                printJson(array);
            } else if (all->isEmpty()) {
                m_ctx.out << tr("No orgs. Add one with 'engine org add NAME --instance-url URL'.")
                          << Qt::endl;
            } else {
                for (const Orgs::Org &o : std::as_const(all.value()))
                    m_ctx.out << QStringLiteral("%1  %2  %3  %4  %5")
                                     .arg(o.name, -16)
                                     .arg(o.instanceUrl.toString(), -40)
                                     .arg(Orgs::flowName(o.flow), -7)
                                     .arg(o.clientId, -24)
                                     .arg(o.username)
                                     .trimmed()
                              << Qt::endl;
            }
            finish(ExitOk);
        });
    } else {
        withEngine(m_store, [this, name](const EngineSide &engine) {
            if (const Status removed = engine.orgs().remove(name); !removed) {
                fail(removed.error());
                return;
            }
            logActivity(engine, QStringLiteral("engine.org"),
                { { QStringLiteral("action"), QStringLiteral("remove") },
                    { QStringLiteral("org"), name } });
            // Its secrets go too; a keychain that is not there holds none.
            OrgKeychain::remove(m_ctx.secrets, name, [this, name](Status status) {
                if (!status)
                    m_ctx.err << tr("relayaudit-cli: warning: the org's keychain entry was not "
                                    "removed: %1")
                                     .arg(errorMessage(status.error()))
                              << Qt::endl;
                m_ctx.secrets.remove(SmsIntake::keychainEntry(name), [this, name](Status) {
                    // An org without an intake secret has no entry to remove.
                    m_ctx.out << tr("Removed org %1.").arg(name) << Qt::endl;
                    finish(ExitOk);
                });
            });
        });
    }
}

void EngineCommand::intakeSecret(const QString &name)
{
    auto secret = qEnvironmentVariableIsSet("RELAYAUDIT_INTAKE_SECRET")
        ? Result<SecretBytes>(SecretBytes::fromUtf8(qgetenv("RELAYAUDIT_INTAKE_SECRET")))
        : Terminal::readHidden(tr("Intake secret of org %1: ").arg(name));
    if (!secret) {
        fail(secret.error());
        return;
    }
    if (secret->size() < SmsIntake::kMinSecretBytes) {
        usageError(
            tr("an intake secret has at least 32 characters; this one has %1").arg(secret->size()));
        return;
    }
    withEngine(m_store,
        [this, name, key = std::make_shared<SecretBytes>(std::move(secret.value()))](
            const EngineSide &engine) {
            if (auto known = engine.orgs().find(name); !known) {
                fail(known.error());
                return;
            }
            m_ctx.secrets.write(
                SmsIntake::keychainEntry(name), *key, [this, engine, name](Status kept) {
                    if (!kept) {
                        fail(makeError(ErrorCode::Keychain,
                            tr("the intake secret was not kept: %1; give 'engine serve' %2 "
                               "instead")
                                .arg(errorMessage(kept.error()),
                                    QString::fromLatin1(SmsIntake::environmentVariable(name)))));
                        return;
                    }
                    logActivity(engine, QStringLiteral("engine.org"),
                        { { QStringLiteral("action"), QStringLiteral("intake-secret") },
                            { QStringLiteral("org"), name } });
                    m_ctx.out << tr("Org %1's intake secret is in the system keychain.").arg(name)
                              << Qt::endl;
                    finish(ExitOk);
                });
        });
}

void EngineCommand::orgFields(
    const QString &name, const QList<std::pair<QString, QString>> &values, const QStringList &reset)
{
    withEngine(m_store, [this, name, values, reset](const EngineSide &engine) {
        if (!values.isEmpty() || !reset.isEmpty()) {
            if (Status changed = engine.orgs().setFields(name, values, reset); !changed) {
                fail(changed.error());
                return;
            }
            // Records the org refused a Status value for try again under the new map.
            auto reopened = engine.deliveries().reopenWriteBacks(
                name, { QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST") });
            if (!reopened) {
                fail(reopened.error());
                return;
            }
            QJsonObject detail { { QStringLiteral("org"), name },
                { QStringLiteral("reopened"), reopened.value() } };
            detail.insert(QStringLiteral("set"), values.size());
            detail.insert(QStringLiteral("reset"), reset.size());
            logActivity(engine, QStringLiteral("engine.org.fields"), detail);
            if (reopened.value() > 0 && !m_ctx.json)
                m_ctx.out << tr("%n write-back(s) the org refused a Status value for will be "
                                "tried again.",
                    nullptr, int(reopened.value()))
                          << Qt::endl;
        }
        auto fields = engine.orgs().fields(name);
        if (!fields) {
            fail(fields.error());
            return;
        }
        if (m_ctx.json) {
            printJson(fields->toJson());
            finish(ExitOk);
            return;
        }
        for (const SmsFields::Key &key : SmsFields::keys()) {
            m_ctx.out << QStringLiteral("%1  %2")
                             .arg(QLatin1String(key.name), -28)
                             .arg(fields.value().*key.member);
            if (key.assumed)
                m_ctx.out << QStringLiteral("  ") << tr("(assumed name)");
            m_ctx.out << Qt::endl;
        }
        QStringList statuses = fields->statusValues.keys();
        statuses.sort();
        for (const QString &status : std::as_const(statuses)) {
            const QString value = fields->statusValues.value(status);
            m_ctx.out << QStringLiteral("%1  %2")
                             .arg(QLatin1String(SmsFields::kStatusPrefix) + status, -28)
                             .arg(value.isEmpty() ? tr("(Status not written)") : value)
                      << Qt::endl;
        }
        finish(ExitOk);
    });
}

void EngineCommand::addOrg(const QString &name, const QCommandLineParser &parser,
    const QCommandLineOption &instance, const SalesforceLoginOptions &login)
{
    if (const QString problem = Orgs::checkName(name); !problem.isEmpty()) {
        usageError(problem);
        return;
    }
    if (!parser.isSet(instance)) {
        usageError(tr("engine org add needs --instance-url"));
        return;
    }
    SalesforceClient::Login secrets;
    if (const QString problem = login.read(parser, &secrets); !problem.isEmpty()) {
        usageError(problem);
        return;
    }
    if (auto s = salesforceLoginFromEnvironment(&secrets); !s) {
        fail(s.error());
        return;
    }
    Orgs::Org org;
    org.name = name;
    org.instanceUrl = QUrl(parser.value(instance));
    org.loginUrl = secrets.loginUrl;
    org.audience = secrets.audience;
    org.flow = secrets.flow == SalesforceClient::Login::Flow::JwtBearer ? Orgs::Flow::JwtBearer
                                                                        : Orgs::Flow::RefreshToken;
    org.clientId = secrets.clientId;
    org.username = secrets.username;
    withEngine(m_store, [this, org, secrets](const EngineSide &engine) {
        if (const Status added = engine.orgs().add(org); !added) {
            if (added.error().code == ErrorCode::InvalidInput)
                usageError(added.error().detail);
            else
                fail(added.error());
            return;
        }
        // Then its secrets; without a keychain they stay in the environment.
        OrgKeychain::store(m_ctx.secrets, org.name, secrets, [this, engine, org](Status kept) {
            if (!kept)
                m_ctx.err << tr("relayaudit-cli: warning: the org's secrets are not in the "
                                "keychain (%1); set the SALESFORCE_* variables for each command "
                                "that reaches it, or run 'credentials set salesforce --org %2' "
                                "where a keychain answers.")
                                 .arg(errorMessage(kept.error()), org.name)
                          << Qt::endl;
            logActivity(engine, QStringLiteral("engine.org"),
                { { QStringLiteral("action"), QStringLiteral("add") },
                    { QStringLiteral("org"), org.name },
                    { QStringLiteral("flow"), Orgs::flowName(org.flow) } });
            m_ctx.out << (kept ? tr("Added org %1 (%2); its secrets are in the system keychain.")
                               : tr("Added org %1 (%2)."))
                             .arg(org.name, org.instanceUrl.toString())
                      << Qt::endl;
            finish(ExitOk);
        });
    });
}

void EngineCommand::checkOrg(const QString &name, const QString &object)
{
    SalesforceClient::Login registeredOnly; // no URL of its own: the org must be registered
    registeredOnly.loginUrl = QUrl();
    withEngine(m_store, [this, name, registeredOnly, given = object](const EngineSide &engine) {
        resolveSalesforceLogin(m_ctx.secrets, engine.orgs(), name, registeredOnly,
            [this, engine, name, given](Result<SalesforceClient::Login> login) {
                if (!login) {
                    fail(login.error());
                    return;
                }
                QString sms = given;
                if (sms.isEmpty()) {
                    auto fields = engine.orgs().fields(name);
                    if (!fields) {
                        fail(fields.error());
                        return;
                    }
                    sms = fields->object;
                }
                auto *network = new QNetworkAccessManager(this);
                auto *client = new SalesforceClient(*network, login.value(), this);
                client->query(QStringLiteral("SELECT Id FROM %1 LIMIT 1").arg(sms),
                    [this, name, sms](Result<QJsonArray> rows) {
                        if (!rows) {
                            fail(rows.error());
                            return;
                        }
                        m_ctx.out << tr("Org %1: signed in, and %2 can be read.").arg(name, sms)
                                  << Qt::endl;
                        finish(ExitOk);
                    });
            });
    });
}

} // namespace relay::cli
