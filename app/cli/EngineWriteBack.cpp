// `engine writeback`: every org with pending work, one after the other.

#include "EngineCommands.h"

#include "EnvCredentials.h"
#include "deliveries/DeliveryLog.h"
#include "deliveries/Orgs.h"
#include "salesforce/WriteBack.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace relay::cli {

using namespace relay::core;

// One `engine writeback` over several orgs: each org has its own login and
// field map, and one org's outage or expired credentials stop only that org.
struct EngineCommand::WriteBackRun {
    std::optional<EngineSide> engine;
    QStringList orgs; // still to do; "" is the default org
    bool checkOnly = false;
    SalesforceClient::Login defaultLogin; // the default org's URL and audience
    SmsFields defaultFields; // the default org's names, with the command's flags
    QNetworkAccessManager *network = nullptr;
    // What each org did, as --json prints it, and the sums.
    QJsonArray results;
    BatchWriteBack::Totals totals;
    SalesforceWriteBack::Check checked;
    QStringList examples;
    std::optional<Error> firstError;
    QStringList failedOrgs;
};

QString EngineCommand::orgLabel(const QString &org)
{
    return org.isEmpty() ? tr("the default org") : tr("org %1").arg(org);
}

void EngineCommand::writeBack(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes each SMS record's status back to its org (sObject Collections PATCH, 200 a "
           "request) until nothing is pending: the Status picklist value the provider's status "
           "maps to, and the provider's status, error code, message id and segments in their own "
           "fields. Every org with pending work is written in one run, each with its own login "
           "and field map ('engine org fields'); one org's failure holds back only that org. "
           "--check reads the records back instead (SOQL) and compares.\n"
           "A registered org's secrets come from the keychain. The default org (the gateways "
           "without an org) signs in with SALESFORCE_CLIENT_ID with SALESFORCE_CLIENT_SECRET and "
           "SALESFORCE_REFRESH_TOKEN (refresh-token flow), or with SALESFORCE_USERNAME and "
           "SALESFORCE_JWT_KEY_FILE (JWT bearer flow, RS256; the file readable by you only); its "
           "names are the package's unless the options below say otherwise."));
    const SalesforceLoginOptions login;
    const QCommandLineOption check(
        QStringLiteral("check"), tr("Compare what the orgs hold with the log; write nothing."));
    const SmsFields defaults;
    const auto nameOption = [](const char *name, const QString &fallback) {
        return QCommandLineOption(QLatin1String(name),
            tr("The default org's; default %1.").arg(fallback), QStringLiteral("name"), fallback);
    };
    const QCommandLineOption object = nameOption("object", defaults.object);
    const QCommandLineOption statusField = nameOption("status-field", defaults.statusField);
    const QCommandLineOption providerStatusField
        = nameOption("provider-status-field", defaults.providerStatusField);
    const QCommandLineOption errorField = nameOption("error-field", defaults.errorField);
    const QCommandLineOption idField = nameOption("message-id-field", defaults.messageIdField);
    const QCommandLineOption segmentsField = nameOption("segments-field", defaults.segmentsField);
    const QCommandLineOption storeOption = engineStoreOption();
    parser.addOptions({ login.org, login.loginUrl, login.audience, check, object, statusField,
        providerStatusField, errorField, idField, segmentsField, storeOption });
    if (!parse(parser, arguments))
        return;
    auto run = std::make_shared<WriteBackRun>();
    if (const QString problem = login.read(parser, &run->defaultLogin); !problem.isEmpty()) {
        usageError(problem);
        return;
    }
    for (const QCommandLineOption *option :
        { &object, &statusField, &providerStatusField, &errorField, &idField, &segmentsField }) {
        if (const QString problem
            = run->defaultFields.set(option->names().constFirst(), parser.value(*option));
            !problem.isEmpty()) {
            usageError(problem);
            return;
        }
    }
    run->checkOnly = parser.isSet(check);
    const QString only = parser.value(login.org);
    withEngine(parser.value(storeOption), [this, run, only](const EngineSide &engine) {
        run->engine = engine;
        auto orgs = writeBackOrgs(engine.orgs(), only, [&engine, &run] {
            return engine.deliveries().orgsWithWriteBacks(
                run->checkOnly ? DeliveryLog::WriteBack::Written : DeliveryLog::WriteBack::Pending);
        });
        if (!orgs) {
            fail(orgs.error());
            return;
        }
        run->orgs = std::move(orgs.value());
        run->network = new QNetworkAccessManager(this);
        nextWriteBackOrg(run);
    });
}

void EngineCommand::nextWriteBackOrg(const std::shared_ptr<WriteBackRun> &run)
{
    if (run->orgs.isEmpty()) {
        finishWriteBacks(*run);
        return;
    }
    const QString org = run->orgs.takeFirst();
    SalesforceWriteBack::Config config;
    config.org = org;
    if (org.isEmpty()) {
        config.fields = run->defaultFields;
        config.login = run->defaultLogin;
        if (Status s = salesforceLoginFromEnvironment(&config.login); !s) {
            writeBackOrgFailed(run, org, s.error());
            return;
        }
        startWriteBack(run, config);
        return;
    }
    auto fields = run->engine->orgs().fields(org);
    if (!fields) {
        writeBackOrgFailed(run, org, fields.error());
        return;
    }
    config.fields = fields.value();
    resolveSalesforceLogin(m_ctx.secrets, run->engine->orgs(), org, {},
        [this, run, config](Result<SalesforceClient::Login> resolved) mutable {
            if (!resolved) {
                writeBackOrgFailed(run, config.org, resolved.error());
                return;
            }
            config.login = std::move(resolved.value());
            startWriteBack(run, config);
        });
}

void EngineCommand::writeBackOrgFailed(
    const std::shared_ptr<WriteBackRun> &run, const QString &org, const Error &error)
{
    if (!run->firstError)
        run->firstError = error;
    run->failedOrgs.append(QStringLiteral("%1: %2").arg(orgLabel(org), error.detail));
    run->results.append(QJsonObject {
        { QStringLiteral("org"), org }, { QStringLiteral("error"), errorMessage(error) } });
    nextWriteBackOrg(run);
}

void EngineCommand::startWriteBack(
    const std::shared_ptr<WriteBackRun> &run, const SalesforceWriteBack::Config &config)
{
    auto *job = new SalesforceWriteBack(run->engine->deliveries(), *run->network, config, this);
    const QString org = config.org;
    if (run->checkOnly) {
        job->check([this, run, job, org](Result<SalesforceWriteBack::Check> result) {
            job->deleteLater();
            if (!result) {
                writeBackOrgFailed(run, org, result.error());
                return;
            }
            const SalesforceWriteBack::Check &c = result.value();
            const QJsonObject counts { { QStringLiteral("checked"), c.checked },
                { QStringLiteral("matching"), c.matching },
                { QStringLiteral("differing"), c.differing },
                { QStringLiteral("missing"), c.missing } };
            QJsonObject detail = counts;
            detail.insert(QStringLiteral("org"), org);
            logActivity(*run->engine, QStringLiteral("engine.writeback.check"), detail);
            detail.insert(QStringLiteral("examples"), QJsonArray::fromStringList(c.examples));
            run->results.append(detail);
            run->checked.checked += c.checked;
            run->checked.matching += c.matching;
            run->checked.differing += c.differing;
            run->checked.missing += c.missing;
            run->examples += c.examples;
            if (!m_ctx.json) {
                m_ctx.out << tr("Checked %1 written-back SMS records in %5: %2 match the log, %3 "
                                "differ, %4 missing in the org.")
                                 .arg(c.checked)
                                 .arg(c.matching)
                                 .arg(c.differing)
                                 .arg(c.missing)
                                 .arg(orgLabel(org))
                          << Qt::endl;
                for (const QString &example : c.examples)
                    m_ctx.out << QStringLiteral("  ") << example << Qt::endl;
            }
            nextWriteBackOrg(run);
        });
        return;
    }
    connect(
        job, &BatchWriteBack::finished, this, [this, run, job, org](bool ok, const QString &error) {
            job->deleteLater();
            const BatchWriteBack::Totals t = job->totals();
            logActivity(*run->engine, QStringLiteral("engine.writeback"),
                { { QStringLiteral("org"), org }, { QStringLiteral("written"), t.written },
                    { QStringLiteral("retried"), t.retried },
                    { QStringLiteral("failed"), t.failed },
                    { QStringLiteral("requests"), t.requests } });
            run->totals.written += t.written;
            run->totals.retried += t.retried;
            run->totals.failed += t.failed;
            run->totals.deferred += t.deferred;
            run->totals.reopened += t.reopened;
            run->totals.sessionRefreshes += t.sessionRefreshes;
            if (!m_ctx.json) {
                m_ctx.out << tr("Wrote back %1 SMS records to %5 (%2 refusals retried, %3 given "
                                "up, %4 session refreshes).")
                                 .arg(t.written)
                                 .arg(t.retried)
                                 .arg(t.failed)
                                 .arg(t.sessionRefreshes)
                                 .arg(orgLabel(org))
                          << Qt::endl;
            }
            if (t.failed > 0 && !m_ctx.json) {
                m_ctx.err << tr("relayaudit-cli: %1 refused %n SMS record(s) for good; the last "
                                "reason: %2. 'deliveries find' shows each one's.",
                    nullptr, int(t.failed))
                                 .arg(orgLabel(org), t.lastRefusal)
                          << Qt::endl;
            }
            if (!ok) {
                writeBackOrgFailed(run, org, makeError(ErrorCode::Remote, error));
                return;
            }
            run->results.append(QJsonObject { { QStringLiteral("org"), org },
                { QStringLiteral("written"), t.written }, { QStringLiteral("retried"), t.retried },
                { QStringLiteral("failed"), t.failed } });
            nextWriteBackOrg(run);
        });
    job->run();
}

void EngineCommand::finishWriteBacks(const WriteBackRun &run)
{
    if (m_ctx.json) {
        const QJsonValue error
            = run.firstError ? QJsonValue(run.failedOrgs.join(QStringLiteral("; "))) : QJsonValue();
        if (run.checkOnly) {
            printJson(QJsonObject { { QStringLiteral("checked"), run.checked.checked },
                { QStringLiteral("matching"), run.checked.matching },
                { QStringLiteral("differing"), run.checked.differing },
                { QStringLiteral("missing"), run.checked.missing },
                { QStringLiteral("examples"), QJsonArray::fromStringList(run.examples) },
                { QStringLiteral("orgs"), run.results }, { QStringLiteral("error"), error } });
        } else {
            const BatchWriteBack::Totals &t = run.totals;
            printJson(QJsonObject { { QStringLiteral("written"), t.written },
                { QStringLiteral("retried"), t.retried }, { QStringLiteral("failed"), t.failed },
                { QStringLiteral("deferred"), t.deferred },
                { QStringLiteral("reopened"), t.reopened },
                { QStringLiteral("session_refreshes"), t.sessionRefreshes },
                { QStringLiteral("orgs"), run.results }, { QStringLiteral("error"), error } });
        }
    }
    if (run.firstError) {
        // The first org's error decides the exit code (3: missing secrets);
        // what the failed orgs have pending waits for the next run.
        fail(makeError(run.firstError->code,
            tr("%n org(s) not done, their write-backs wait for the next run: %1", nullptr,
                int(run.failedOrgs.size()))
                .arg(run.failedOrgs.join(QStringLiteral("; ")))));
        return;
    }
    const bool clean = run.checkOnly ? run.checked.differing == 0 && run.checked.missing == 0
                                     : run.totals.failed == 0;
    finish(clean ? ExitOk : ExitFailure);
}

} // namespace relay::cli
