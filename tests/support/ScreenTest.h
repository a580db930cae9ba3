#pragma once

#include "AsyncTableModelBase.h"
#include "GuiTestSupport.h"
#include "PendingRowDelegate.h"
#include "Screen.h"
#include "ServiceFixture.h"
#include "Session.h"
#include "TestCsv.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QObject>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

// The base of a screen's test object: a fresh SQLite database with the fixture's accounts, a
// session signed in as its administrator, and the screen S shown at the size of the main
// window's screen area. Header-only, for tests/gui/<screen>/ (they link the screen's library).
template <typename S> class ScreenTest : public QObject {
protected:
    void openSession()
    {
        m_fx = std::make_unique<ServiceFixture>();
        QVERIFY(m_fx->open(QStringLiteral("sqlite")));
        m_session = std::make_unique<Session>(m_fx->host());
        m_session->setActor(m_fx->admin);
    }

    // `name`: the objectName the main window gives the screen (its layout is remembered under
    // it).
    void openScreen(const QString& name = {})
    {
        m_screen = std::make_unique<S>(*m_session);
        m_screen->setObjectName(name);
        m_screen->resize(1100, 700);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
        // Every screen paints the rows of its asynchronous tables that have not come the same way.
        for (const QTableView* view : m_screen->template findChildren<QTableView*>())
            if (qobject_cast<const AsyncTableModelBase*>(view->model()))
                QVERIFY2(qobject_cast<PendingRowDelegate*>(view->itemDelegate()),
                         qPrintable(view->objectName()));
    }

    // For cleanup().
    void closeScreen()
    {
        // Nothing may be left running when the screen, then the session, then the database go.
        if (m_session)
            QTRY_VERIFY_WITH_TIMEOUT(m_session->jobs().isEmpty(), GuiTest::serviceTimeout);
        m_screen.reset();
        m_session.reset();
        m_fx.reset();
    }

    // The file dialog the screen or a dialog of it opened, answered with `path`.
    static void answerFileDialog(QWidget* owner, const QString& path)
    {
        QFileDialog* files = nullptr;
        QTRY_VERIFY((files = owner->findChild<QFileDialog*>()) && files->isVisible());
        files->selectFile(path);
        // QFileDialog::accept() is protected; through QDialog it is the same virtual.
        static_cast<QDialog*>(files)->accept();
    }

    // Clicks `button`, answers the file dialog with `fileName` in a folder of its own and waits
    // for the outcome shown, `done` with the file's path for %1; then the file's records
    // (TestCsv), header first.
    void exportThrough(const char* button, const QString& fileName, const QString& done,
                       QList<QStringList>* records)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(fileName);
        QSignalSpy informed(m_screen.get(), &Screen::informed);
        QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
        CHECKED(answerFileDialog(m_screen.get(), path));
        QTRY_COMPARE_WITH_TIMEOUT(informed.size(), 1, GuiTest::serviceTimeout);
        QCOMPARE(informed.at(0).at(0).toString(), done.arg(QDir::toNativeSeparators(path)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        *records = TestCsv::records(file.readAll());
    }

    template <typename T> static T* find(const QObject* parent, const char* name)
    {
        return GuiTest::find<T>(parent, name);
    }
    template <typename T> T* find(const char* name) const { return find<T>(m_screen.get(), name); }

    std::unique_ptr<ServiceFixture> m_fx;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<S> m_screen;
};
