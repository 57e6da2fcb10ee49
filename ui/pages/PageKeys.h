#pragma once

#include <QAction>
#include <QKeySequence>
#include <QLineEdit>
#include <QWidget>

#include <initializer_list>

namespace relay::ui::keys {

// Tab moves through these in this order (the reading order of the page or
// dialog where the order the widgets were made differs). Null entries are
// skipped; a widget that takes no focus is left where it is.
inline void setTabChain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (!w)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

// A standard key on a page (Find, Refresh): it works anywhere in the window
// while the page shows, and not while another page does.
template <typename Page, typename Slot>
QAction *addPageAction(Page *page, QKeySequence::StandardKey key, const QString &text, Slot slot)
{
    auto *action = new QAction(text, page);
    action->setShortcuts(key);
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, page, slot);
    page->addAction(action);
    return action;
}

// Find: to the field, its text selected to be typed over.
inline void focusField(QLineEdit *field)
{
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
}

} // namespace relay::ui::keys
