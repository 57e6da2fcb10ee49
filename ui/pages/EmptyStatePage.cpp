#include "EmptyStatePage.h"

#include <QFont>
#include <QIcon>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace relay::ui {

EmptyStatePage::EmptyStatePage(const QString &title, const QString &explanation, const QString &iconPath,
                               QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(72, 72));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);
    QFont heading = m_title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_title->setFont(heading);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(title);
    m_title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_title);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    // A centred, wrapped label gets its size hint, not its height for the
    // width it has: put it in a row with stretches instead.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(text, 4);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    setAccessibleName(title);
    setAccessibleDescription(explanation);
}

} // namespace relay::ui
