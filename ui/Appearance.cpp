#include "Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace relay::ui::appearance {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6b, 0xc0)); // white on it: 5.3:1
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role :
        { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// Black and white with yellow selection and links: well over the 7:1
// contrast of WCAG AAA for text, and disabled text still at 4.5:1.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xeb, 0x3b);
    for (const QPalette::ColorRole role :
        { QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
            QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow })
        p.setColor(role, black);
    for (const QPalette::ColorRole role :
        { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
            QPalette::BrightText, QPalette::Light, QPalette::Midlight, QPalette::Mid })
        p.setColor(role, white);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, yellow);
    p.setColor(QPalette::LinkVisited, yellow);
    for (const QPalette::ColorRole role :
        { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

// Fusion's light palette with a darker selection: white on Fusion's own
// blue is 3.7:1, under the 4.5:1 WCAG AA asks of text.
QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Active, QPalette::Highlight, QColor(0x1f, 0x5f, 0x99));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x1f, 0x5f, 0x99));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

QStringList modes()
{
    return { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
        QStringLiteral("high-contrast") };
}

void apply(const QString &mode)
{
    static const QString systemStyle = QApplication::style()->name();
    if (mode == QLatin1String("dark") || mode == QLatin1String("light")
        || mode == QLatin1String("high-contrast")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(mode == QLatin1String("dark") ? darkPalette()
                : mode == QLatin1String("high-contrast")       ? highContrastPalette()
                                                               : lightPalette());
    } else {
        // An empty palette: Qt fills every role from the desktop's theme, so
        // the system's own colours, dark or high-contrast, apply.
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(QPalette());
    }
}

} // namespace relay::ui::appearance
