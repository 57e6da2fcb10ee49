#pragma once

#include <QList>

namespace relay::core {

// A half-open span of time, [start, end), in UTC milliseconds since the epoch.
struct TimeSpan {
    qint64 start = 0;
    qint64 end = 0;
};

// In order of start, spans that overlap or touch joined into one.
QList<TimeSpan> mergedSpans(QList<TimeSpan> spans);

} // namespace relay::core
