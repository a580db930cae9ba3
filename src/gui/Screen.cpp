#include "Screen.h"

#include "BulkResult.h"
#include "Failure.h"
#include "JobTracker.h"
#include "LeftToRight.h"
#include "Session.h"
#include "WhenFinished.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QThreadPool>

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

void Screen::exportCsv(const Export& how)
{
    auto* dialog = new QFileDialog(this, how.dialogTitle, QDir::home().filePath(how.fileName),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, how](const QString& path) { saveExport(how, path); });
    dialog->open();
}

void Screen::saveExport(const Export& how, const QString& path)
{
    const QPointer<Screen> self(this);
    const auto retry = [self, how, path] {
        if (self)
            self->saveExport(how, path);
    };
    const QString shownPath = LeftToRight::isolated(QDir::toNativeSeparators(path));
    // A large file takes a while to write: a worker of the global pool does it, not the GUI
    // thread and not the database's worker.
    const QFuture<void> saved =
        session()
            .jobs()
            .track(how.description, how.start())
            .then(QThreadPool::globalInstance(), [path, shownPath](const QByteArray& csv) {
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() ||
                    !file.commit())
                    throw Failure(Failure::Kind::Unavailable,
                                  tr("Cannot save %1: %2").arg(shownPath, file.errorString()));
            });
    whenFinished(
        this, saved, [this, how, shownPath] { Q_EMIT informed(how.done.arg(shownPath)); },
        [this, how, retry](const Failure& error) { reportFailure(how.description, error, retry); });
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
