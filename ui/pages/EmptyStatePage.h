#pragma once

#include <QWidget>

class QLabel;

namespace relay::ui {

// A page's state when its store holds nothing yet: what the area is for and
// what fills it.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT
public:
    EmptyStatePage(const QString &title, const QString &explanation, const QString &iconPath,
                   QWidget *parent = nullptr);

private:
    QLabel *m_title;
};

} // namespace relay::ui
