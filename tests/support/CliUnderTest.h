#pragma once

// The relayaudit-cli a harness drives: this build's, or the one named by
// RELAYAUDIT_TEST_CLI (CI points the harnesses at the installed package's
// /usr/bin/relayaudit-cli: the optimised program that ships, while the
// harness itself is the sanitized dev build).

#include <QByteArray>
#include <QString>
#include <QtGlobal>

inline QByteArray cliUnderTest()
{
    const QByteArray chosen = qgetenv("RELAYAUDIT_TEST_CLI");
    return chosen.isEmpty() ? QByteArrayLiteral(RELAYAUDIT_CLI_PATH) : chosen;
}

inline QString cliUnderTestPath()
{
    return QString::fromLocal8Bit(cliUnderTest());
}
