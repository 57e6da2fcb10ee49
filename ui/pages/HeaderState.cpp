#include "HeaderState.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>

namespace relay::ui {

namespace {

const QString kState = QStringLiteral("state");
const QString kSections = QStringLiteral("sections");

// The settings to use now: the given ones, or the app's file. Nothing when
// given settings have gone away (a test's, after its window).
template <typename F> void withSettings(const QPointer<QSettings> &given, bool external, F f)
{
    if (external) {
        if (given)
            f(*given);
        return;
    }
    QSettings settings(QStringLiteral("relayaudit"), QStringLiteral("relayaudit"));
    f(settings);
}

} // namespace

HeaderState::HeaderState(QHeaderView *header, const QString &key, QSettings *settings)
    : QObject(header)
    , m_header(header)
    , m_key(key)
    , m_settings(settings)
    , m_external(settings != nullptr)
{
    // Only what the user does on the header counts: the page's own fitting
    // (to contents, on refresh) and a stretched last column do not.
    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, &HeaderState::changedByUser);
    connect(header, &QHeaderView::sectionMoved, this, &HeaderState::changedByUser);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &HeaderState::changedByUser);
    // A table that gets its columns later takes its layout then.
    connect(header, &QHeaderView::sectionCountChanged, this, [this] {
        if (!m_restored)
            restore();
    });
    restore();
}

QString HeaderState::settingsGroup(const QString &key)
{
    return QStringLiteral("ui/columns/") + key;
}

HeaderState *HeaderState::of(const QHeaderView *header)
{
    return header ? header->findChild<HeaderState *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void HeaderState::setSettings(QSettings *settings)
{
    m_settings = settings;
    m_external = settings != nullptr;
    m_restored = false;
    restore();
}

bool HeaderState::restore()
{
    QByteArray state;
    int sections = -1;
    withSettings(m_settings, m_external, [&](QSettings &settings) {
        settings.beginGroup(settingsGroup(m_key));
        state = settings.value(kState).toByteArray();
        sections = settings.value(kSections, -1).toInt();
        settings.endGroup();
    });
    // A layout saved for other columns (an older version's) is not forced
    // on these.
    if (state.isEmpty() || sections <= 0 || sections != m_header->count())
        return false;
    if (!m_header->restoreState(state))
        return false;
    m_restored = true;
    m_customised = true;
    return true;
}

void HeaderState::save()
{
    m_dirty = false;
    const QByteArray state = m_header->saveState();
    const int sections = m_header->count();
    withSettings(m_settings, m_external, [&](QSettings &settings) {
        settings.beginGroup(settingsGroup(m_key));
        settings.setValue(kState, state);
        settings.setValue(kSections, sections);
        settings.endGroup();
    });
}

bool HeaderState::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        m_pressed = true;
        break;
    case QEvent::MouseButtonRelease:
        // A click sorts while the header handles the release: look after it.
        QTimer::singleShot(0, this, &HeaderState::finishInteraction);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void HeaderState::changedByUser()
{
    if (!m_pressed)
        return;
    m_dirty = true;
    m_customised = true;
}

void HeaderState::finishInteraction()
{
    m_pressed = false;
    if (m_dirty)
        save();
}

} // namespace relay::ui
