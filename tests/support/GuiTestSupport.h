#pragma once

#include "Database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QList>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QWidget>

// What the widget tests (tests/gui) share. Header-only: the support library itself has no
// widgets.

// Runs a helper that may fail the test, and ends the test when it did.
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace GuiTest {

// Waiting for the database: generous, the machine may be busy (and sanitized).
constexpr int serviceTimeout = 30000;

// For initTestCase: database work on the main thread is fatal, and QSettings and the standard
// folders (remembered layouts, the last username, the demo database) are test locations named
// after `application`, never the person's.
inline void initProcess(const QString& application)
{
    Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
    qRegisterMetaType<QList<qint64>>();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MealDesk"));
    QCoreApplication::setApplicationName(application);
}

// Saves a picture of `widget` for review when MEALDESK_SCREENSHOT_DIR names a folder.
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MEALDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Lay out what the last steps changed (an answer that grew a line) before painting.
    QCoreApplication::sendPostedEvents();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// The child of `parent` named `name`; a warning says which is missing.
template <typename T> T* find(const QObject* parent, const char* name)
{
    T* child = parent->findChild<T*>(QLatin1String(name));
    if (!child)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return child;
}

// The Ok button of a dialog's button box (named "buttonBox").
inline QPushButton* okButton(const QDialog* dialog)
{
    return find<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

// The action button of a ConfirmationBox (the one that is not Cancel).
inline QAbstractButton* confirmButton(const QMessageBox* box)
{
    for (QAbstractButton* button : box->buttons())
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            return button;
    return nullptr;
}

// The entry reading `text` of the context menu `view` shows now (TableContextMenu), or nullptr.
// The menu is closed again; the entry stays valid until the menu opens next.
inline QAction* contextMenuEntry(QAbstractItemView* view, const QString& text)
{
    Q_EMIT view->customContextMenuRequested(view->viewport()->rect().center());
    auto* menu = view->findChild<QMenu*>(QStringLiteral("tableMenu"));
    if (!menu || !QTest::qWaitFor([menu] { return menu->isVisible(); }))
        return nullptr;
    menu->close();
    for (QAction* action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

// Drags `urls` onto `target` and drops them there, as a file manager would; true when the
// target accepted the drag (and so took the drop).
inline bool dropOnto(QWidget* target, const QList<QUrl>& urls)
{
    QMimeData data;
    data.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace GuiTest
