#pragma once

#include <QStyledItemDelegate>

namespace relay::ui {

// Table and tree cells show a value's control characters and bidi overrides
// as visible escapes (core::visibleText()): an imported name cannot reverse
// the rest of its row or hide what follows it. Copying a cell copies the
// value as stored.
class VisibleTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
};

// Sets the delegate on every item view under `root` that has the default one.
void showControlsVisibly(QWidget *root);

} // namespace relay::ui
