#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace relay::ui {

// An inline banner for recoverable problems and outcomes (KeePassXC's
// MessageWidget idea): no modal dialog for things that need no decision.
class MessageBanner final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    QString text() const;
    Kind kind() const { return m_kind; }
    // Dismiss: for the tab order of the page that holds the banner.
    QWidget *closeButton() const;

public Q_SLOTS:
    void showMessage(const QString &text, relay::ui::MessageBanner::Kind kind);
    void dismiss();

private:
    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace relay::ui
