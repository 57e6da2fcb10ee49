#include "TimeSpan.h"

#include <algorithm>

namespace relay::core {

QList<TimeSpan> mergedSpans(QList<TimeSpan> spans)
{
    std::sort(spans.begin(), spans.end(), [](const TimeSpan &a, const TimeSpan &b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    QList<TimeSpan> out;
    for (const TimeSpan &s : std::as_const(spans)) {
        if (!out.isEmpty() && s.start <= out.last().end)
            out.last().end = qMax(out.last().end, s.end);
        else
            out.append(s);
    }
    return out;
}

} // namespace relay::core
