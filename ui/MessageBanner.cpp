#include "MessageBanner.h"

#include "VisibleText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace relay::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    // Messages quote what they are about (a file's line, a provider's
    // answer): plain text, controls shown as escapes.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    setAccessibleName(tr("Message"));
    hide();
}

QWidget *MessageBanner::closeButton() const
{
    return m_close;
}

QString MessageBanner::text() const
{
    return m_label->text();
}

void MessageBanner::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_label->setText(core::visibleText(text, core::VisibleLines::Keep));
    // Tinted from the palette so it reads in light and dark themes alike.
    QColor tint;
    switch (kind) {
    case Kind::Information:
        tint = palette().color(QPalette::Highlight);
        break;
    case Kind::Positive:
        tint = QColor(0x2e, 0x9e, 0x4f);
        break;
    case Kind::Warning:
        tint = QColor(0xd8, 0x9b, 0x1c);
        break;
    case Kind::Error:
        tint = QColor(0xc9, 0x3a, 0x3a);
        break;
    }
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 3 + b) / 4; };
    pal.setColor(QPalette::Window,
        QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
            mix(base.blue(), tint.blue())));
    setPalette(pal);
    setAccessibleDescription(text);
    show();
}

void MessageBanner::dismiss()
{
    hide();
    m_label->clear();
}

} // namespace relay::ui
