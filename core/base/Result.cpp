#include "Result.h"

#include <QCoreApplication>

namespace relay::core {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::WrongKey:
        return QStringLiteral("wrong-key");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::NotEncrypted:
        return QStringLiteral("not-encrypted");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already-exists");
    case ErrorCode::Sql:
        return QStringLiteral("sql");
    case ErrorCode::Keychain:
        return QStringLiteral("keychain");
    case ErrorCode::NoPassphrase:
        return QStringLiteral("no-passphrase");
    case ErrorCode::NoCredentials:
        return QStringLiteral("no-credentials");
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::Migration:
        return QStringLiteral("migration");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::Remote:
        return QStringLiteral("remote");
    }
    return QStringLiteral("unknown");
}

QString errorMessage(const Error &error)
{
    QString headline;
    switch (error.code) {
    case ErrorCode::Io:
        headline = QCoreApplication::translate(
            "relay::core::Error", "A file could not be read or written.");
        break;
    case ErrorCode::WrongKey:
        headline = QCoreApplication::translate(
            "relay::core::Error", "Wrong passphrase, or not a Relay Audit workspace.");
        break;
    case ErrorCode::Corrupt:
        headline = QCoreApplication::translate("relay::core::Error",
            "The workspace database is damaged; 'relayaudit-cli workspace check' (or "
            "Retention > Files > Check Pages) names the damaged pages.");
        break;
    case ErrorCode::NotEncrypted:
        headline = QCoreApplication::translate("relay::core::Error",
            "The database is not encrypted; Relay Audit only opens encrypted workspaces.");
        break;
    case ErrorCode::NotFound:
        headline = QCoreApplication::translate("relay::core::Error", "Not found.");
        break;
    case ErrorCode::AlreadyExists:
        headline = QCoreApplication::translate(
            "relay::core::Error", "It already exists; nothing was overwritten.");
        break;
    case ErrorCode::Sql:
        headline
            = QCoreApplication::translate("relay::core::Error", "The database reported an error.");
        break;
    case ErrorCode::Keychain:
        headline = QCoreApplication::translate(
            "relay::core::Error", "The system keychain did not answer.");
        break;
    case ErrorCode::NoPassphrase:
        headline = QCoreApplication::translate("relay::core::Error",
            "A passphrase is needed: set RELAYAUDIT_PASSPHRASE or enter it when asked.");
        break;
    case ErrorCode::NoCredentials:
        headline = QCoreApplication::translate("relay::core::Error",
            "Credentials are needed and none were found in the environment or the keychain.");
        break;
    case ErrorCode::InvalidInput:
        headline = QCoreApplication::translate("relay::core::Error", "Invalid input.");
        break;
    case ErrorCode::Migration:
        headline = QCoreApplication::translate(
            "relay::core::Error", "The workspace schema could not be brought up to date.");
        break;
    case ErrorCode::Cancelled:
        headline = QCoreApplication::translate("relay::core::Error", "Cancelled.");
        break;
    case ErrorCode::Busy:
        headline = QCoreApplication::translate("relay::core::Error",
            "Another process (the app or relayaudit-cli) kept the workspace busy for too long; "
            "nothing was changed. Try again when it has finished.");
        break;
    case ErrorCode::Remote:
        headline = QCoreApplication::translate("relay::core::Error",
            "A remote service (a provider or a Salesforce org) refused the request or could not "
            "be reached.");
        break;
    }
    if (error.detail.isEmpty())
        return headline;
    //: %1 is a sentence saying what went wrong, %2 a technical detail (a file name, an SQLite
    //: message)
    return QCoreApplication::translate("relay::core::Error", "%1 (%2)").arg(headline, error.detail);
}

} // namespace relay::core
