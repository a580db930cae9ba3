#pragma once

#include "AsyncTableModelBase.h"
#include "GuiTestSupport.h"
#include "PendingRowDelegate.h"
#include "ServiceFixture.h"
#include "Session.h"

#include <QObject>
#include <QTableView>

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

    template <typename T> static T* find(const QObject* parent, const char* name)
    {
        return GuiTest::find<T>(parent, name);
    }
    template <typename T> T* find(const char* name) const { return find<T>(m_screen.get(), name); }

    std::unique_ptr<ServiceFixture> m_fx;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<S> m_screen;
};
