#include "VisibleText.h"

namespace relay::core {

namespace {

bool isHidden(char16_t c, VisibleLines lines)
{
    if (c == u'\t' || c == u'\n')
        return lines == VisibleLines::Escape;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || (c >= 0x200b && c <= 0x200f)
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069) || c == 0xfeff;
}

} // namespace

bool needsEscaping(QStringView text, VisibleLines lines)
{
    for (const QChar c : text) {
        if (isHidden(c.unicode(), lines))
            return true;
    }
    return false;
}

QString visibleText(QStringView text, VisibleLines lines)
{
    if (!needsEscaping(text, lines))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isHidden(u, lines))
            out.append(c);
        else if (u <= 0x7f)
            out.append(QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0')));
        else
            out.append(QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0')));
    }
    return out;
}

} // namespace relay::core
