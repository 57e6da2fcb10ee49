#pragma once

#include "reports/ReportCache.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QPushButton;

namespace relay::core {
class ReportCache;
}

namespace relay::ui {

// The filters of the breakdown page: UTC days, sending gateway, campaign,
// brand, status, direction and channel. The choices are the values the
// cache holds for the current scope (one pull or all live pulls). Emits
// changed() once per user change; setScope() does not emit.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Fills the choices from the cache for this scope (one pull's coverage,
    // or every live pull), keeping what is chosen where it still exists.
    void setScope(core::ReportCache *cache, const core::ReportCache::Filter &scope);
    // What the bar narrows by (days and values; no pulls).
    core::ReportCache::Filter filter() const;
    bool isNarrowed() const;

    QDateEdit *from() const { return m_from; }
    QDateEdit *to() const { return m_to; }
    QComboBox *gateway() const { return m_gateway; }
    QComboBox *campaign() const { return m_campaign; }
    QComboBox *brand() const { return m_brand; }
    QComboBox *status() const { return m_status; }
    QComboBox *direction() const { return m_direction; }
    QComboBox *channel() const { return m_channel; }
    QPushButton *clearButton() const { return m_clear; }

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill(QComboBox *combo, const QList<core::ReportCache::BreakdownRow> &rows);
    void emitChanged();

    bool m_updating = false;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_gateway;
    QComboBox *m_campaign;
    QComboBox *m_brand;
    QComboBox *m_status;
    QComboBox *m_direction;
    QComboBox *m_channel;
    QPushButton *m_clear;
};

} // namespace relay::ui
