#pragma once

#include <QObject>
#include <QPointer>
#include <QSettings>

class QHeaderView;

namespace relay::ui {

// Keeps the layout a user gives a table's columns (widths, order, sort
// column) across runs: QHeaderView::saveState() in QSettings under
// "ui/columns/<key>", written when a drag, double-click or sort click on the
// header ends, and read back once the header has as many columns as were
// saved. Only the header's own layout is stored: no cell, no row, no secret.
// A page that fits its columns to their contents asks isCustomised() first,
// so the user's widths win over the fitting.
class HeaderState final : public QObject
{
    Q_OBJECT
public:
    // settings: the app's settings; nullptr opens the file the app uses,
    // QSettings("relayaudit", "relayaudit"), for each read and write.
    HeaderState(QHeaderView *header, const QString &key, QSettings *settings = nullptr);

    // "ui/columns/<key>": the group holding the state and its column count.
    static QString settingsGroup(const QString &key);
    // The state attached to this header, if any.
    static HeaderState *of(const QHeaderView *header);

    QString key() const { return m_key; }
    QHeaderView *header() const { return m_header; }
    // The layout is the user's: restored from the settings, or changed on
    // the header by hand.
    bool isCustomised() const { return m_customised; }
    // Reads and writes these settings from now on, and takes the layout
    // saved there, if any.
    void setSettings(QSettings *settings);

public Q_SLOTS:
    // Writes the header's layout now.
    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changedByUser();
    void finishInteraction();
    bool restore();

    QHeaderView *m_header;
    QString m_key;
    QPointer<QSettings> m_settings;
    bool m_external = false; // m_settings was given (it may go away first)
    bool m_pressed = false;
    bool m_dirty = false;
    bool m_customised = false;
    bool m_restored = false;
};

} // namespace relay::ui
