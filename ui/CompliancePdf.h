#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace relay::ui {

// The signed compliance report as a PDF for people: each check with its
// result, counts and evidence, the purges of the last 30 days, and the
// signature's algorithm, fingerprint and value. The PDF itself is a
// rendering; the signed JSON (written beside it) is what
// `relayaudit-cli retention verify-report` checks, and the PDF says so.
// Written through core::PrivateFile (0600). Needs a QGuiApplication.
[[nodiscard]] core::Status writeCompliancePdf(const QJsonObject &signedReport, const QString &path);

} // namespace relay::ui
