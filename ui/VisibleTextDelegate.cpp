#include "VisibleTextDelegate.h"

#include "VisibleText.h"

#include <QAbstractItemView>

namespace relay::ui {

QString VisibleTextDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    return core::visibleText(QStyledItemDelegate::displayText(value, locale));
}

void showControlsVisibly(QWidget *root)
{
    VisibleTextDelegate *delegate = nullptr; // one for all views, owned by root
    const auto views = root->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (qobject_cast<QStyledItemDelegate *>(view->itemDelegate())
            && !qobject_cast<VisibleTextDelegate *>(view->itemDelegate())
            && view->itemDelegate()->parent() == view) {
            if (!delegate)
                delegate = new VisibleTextDelegate(root);
            view->setItemDelegate(delegate);
        }
    }
}

} // namespace relay::ui
