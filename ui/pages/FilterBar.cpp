#include "FilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace relay::ui {

using core::ReportCache;

namespace {

// Combo data: an invalid QVariant is "any", an empty string "(none)".
const QDate kAnyDay(2000, 1, 1);

QDate dayOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

QString chosen(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? data.toString() : QString();
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_gateway(new QComboBox(this))
    , m_campaign(new QComboBox(this))
    , m_brand(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_clear(new QPushButton(tr("C&lear Filters"), this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(kAnyDay);
        edit->setSpecialValueText(tr("any day"));
        edit->setDate(kAnyDay);
        edit->installEventFilter(this);
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
    }
    m_direction->addItem(tr("Any"));
    m_direction->addItem(tr("Outbound"), static_cast<int>(core::Direction::Outbound));
    m_direction->addItem(tr("Inbound"), static_cast<int>(core::Direction::Inbound));
    m_channel->addItem(tr("Any"));
    m_channel->addItem(tr("SMS"), static_cast<int>(core::Channel::Sms));
    m_channel->addItem(tr("MMS"), static_cast<int>(core::Channel::Mms));
    m_channel->addItem(tr("WhatsApp"), static_cast<int>(core::Channel::WhatsApp));
    for (QComboBox *combo : { m_gateway, m_campaign, m_brand, m_status }) {
        combo->addItem(tr("Any"));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(10);
    }
    const std::pair<QString, QWidget *> fields[] = {
        { tr("&From:"), m_from },
        { tr("&To:"), m_to },
        { tr("&Gateway:"), m_gateway },
        { tr("Ca&mpaign:"), m_campaign },
        { tr("&Brand:"), m_brand },
        { tr("&Status:"), m_status },
        { tr("&Direction:"), m_direction },
        { tr("C&hannel:"), m_channel },
    };
    int column = 0;
    for (const auto &[text, widget] : fields) {
        auto *label = new QLabel(text, this);
        label->setBuddy(widget);
        const int row = column / 8;
        grid->addWidget(label, row * 2, column % 8);
        grid->addWidget(widget, row * 2 + 1, column % 8);
        widget->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        ++column;
    }
    grid->addWidget(m_clear, 1, 8);
    grid->setColumnStretch(9, 1);
    for (QComboBox *combo : { m_gateway, m_campaign, m_brand, m_status, m_direction, m_channel })
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clear);
}

// A date edit showing its special value ("any day") keeps Tab to itself
// (QDateTimeEdit takes it for its sections): here it moves the focus on.
bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    auto *edit = qobject_cast<QDateEdit *>(watched);
    if (edit && (edit == m_from || edit == m_to) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            && edit->date() == edit->minimumDate()) {
            focusNextPrevChild(
                key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::emitChanged()
{
    if (!m_updating)
        Q_EMIT changed();
}

void FilterBar::fill(QComboBox *combo, const QList<ReportCache::BreakdownRow> &rows)
{
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(tr("Any"));
    for (const auto &r : rows) {
        if (r.key.isNull())
            combo->addItem(tr("(none)"), QStringLiteral(""));
        else
            combo->addItem(r.key, r.key);
    }
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(qMax(0, index));
}

void FilterBar::setScope(ReportCache *cache, const ReportCache::Filter &scope)
{
    m_updating = true;
    const std::pair<QComboBox *, ReportCache::Dimension> combos[] = {
        { m_gateway, ReportCache::Dimension::Sender },
        { m_campaign, ReportCache::Dimension::Campaign },
        { m_brand, ReportCache::Dimension::Brand },
        { m_status, ReportCache::Dimension::StatusOf },
    };
    for (const auto &[combo, by] : combos) {
        QList<ReportCache::BreakdownRow> rows;
        if (cache) {
            auto result = cache->breakdown(by, scope);
            if (result)
                rows = std::move(result.value());
        }
        fill(combo, rows);
    }
    m_updating = false;
}

ReportCache::Filter FilterBar::filter() const
{
    ReportCache::Filter f;
    f.from = dayOf(m_from);
    f.to = dayOf(m_to);
    f.gateway = chosen(m_gateway);
    f.campaign = chosen(m_campaign);
    f.brand = chosen(m_brand);
    f.status = chosen(m_status);
    if (m_direction->currentData().isValid())
        f.direction = static_cast<core::Direction>(m_direction->currentData().toInt());
    if (m_channel->currentData().isValid())
        f.channel = static_cast<core::Channel>(m_channel->currentData().toInt());
    return f;
}

bool FilterBar::isNarrowed() const
{
    const ReportCache::Filter f = filter();
    return f.from.isValid() || f.to.isValid() || !f.gateway.isNull() || !f.campaign.isNull()
        || !f.brand.isNull() || !f.status.isNull() || f.direction || f.channel;
}

void FilterBar::clear()
{
    m_updating = true;
    m_from->setDate(kAnyDay);
    m_to->setDate(kAnyDay);
    for (QComboBox *combo : { m_gateway, m_campaign, m_brand, m_status, m_direction, m_channel })
        combo->setCurrentIndex(0);
    m_updating = false;
    Q_EMIT changed();
}

} // namespace relay::ui
