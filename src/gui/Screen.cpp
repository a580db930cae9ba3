#include "Screen.h"

#include "BulkResult.h"
#include "Failure.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

Screen::Screen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
}

Screen::~Screen()
{
    if (m_layoutRestored)
        saveLayout();
}

void Screen::reportFailure(const QString& what, const Failure& error,
                           const std::function<void()>& retry)
{
    Q_EMIT failed(tr("%1: %2").arg(what, error.message()), retry);
}

void Screen::reportBulk(const QString& what, const BulkResult& result)
{
    const QString outcome = tr("%1: %2").arg(what, result.summary());
    if (result.refused.isEmpty())
        Q_EMIT notified(outcome);
    else
        Q_EMIT informed(outcome);
}

void Screen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_layoutRestored) {
        m_layoutRestored = true;
        restoreLayout();
    }
}

QString Screen::settingsGroup() const
{
    return QStringLiteral("screens/") + objectName();
}

void Screen::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    for (QSplitter* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(splitter->objectName()).toByteArray());
    for (QHeaderView* header : findChildren<QHeaderView*>())
        if (!header->objectName().isEmpty())
            header->restoreState(settings.value(header->objectName()).toByteArray());
}

void Screen::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    for (const QSplitter* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitter->objectName(), splitter->saveState());
    for (const QHeaderView* header : findChildren<QHeaderView*>())
        if (!header->objectName().isEmpty())
            settings.setValue(header->objectName(), header->saveState());
}
