#include "ConnectionProfiles.h"
#include "DatabaseDialog.h"
#include "Failure.h"
#include "GuiTestSupport.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QTest>

namespace {

QStringList namesOf(const QList<ConnectionProfiles::Profile>& profiles)
{
    QStringList names;
    for (const ConnectionProfiles::Profile& p : profiles)
        names << p.name;
    return names;
}

// The settings file as written: what a person (or anyone reading the disk) finds in it.
QByteArray storedText()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ConnectionProfiles : public QObject {
    Q_OBJECT

private:
    const QString m_secret = QStringLiteral("Otter-Lantern-7731");
    const ConnectionSettings m_office = ConnectionSettings::parse(
        QStringLiteral("postgresql://alice:%1@db.example.org:5433/office?sslmode=verify-full")
            .arg(m_secret));
    const ConnectionSettings m_kitchen =
        ConnectionSettings::sqliteFile(QStringLiteral("/srv/md/kitchen.db"));

private Q_SLOTS:
    void initTestCase() { GuiTest::initProcess(QStringLiteral("mealdesk-tests-profiles")); }
    void init() { QSettings().clear(); }

    void savesUpdatesAndDeletesByName()
    {
        QVERIFY(ConnectionProfiles::load().isEmpty());
        ConnectionProfiles::save(QStringLiteral("Office"), m_office);
        ConnectionProfiles::save(QStringLiteral(" Kitchen "), m_kitchen);
        QList<ConnectionProfiles::Profile> profiles = ConnectionProfiles::load();
        QCOMPARE(namesOf(profiles),
                 (QStringList{QStringLiteral("Kitchen"), QStringLiteral("Office")}));
        QCOMPARE(profiles.at(0).url, QStringLiteral("sqlite:///srv/md/kitchen.db"));
        QCOMPARE(
            profiles.at(1).url,
            QStringLiteral("postgresql://alice@db.example.org:5433/office?sslmode=verify-full"));

        // The password is nowhere in the stored text, in any form.
        const QByteArray text = storedText();
        QVERIFY(!text.isEmpty());
        QVERIFY(text.contains("db.example.org"));
        QVERIFY(!text.contains(m_secret.toUtf8()));

        // The same name: that profile's URL is updated, its last account kept.
        ConnectionProfiles::recordSignIn(m_kitchen, false, QStringLiteral("cook"));
        const ConnectionSettings moved =
            ConnectionSettings::sqliteFile(QStringLiteral("/srv/md/kitchen-2.db"));
        ConnectionProfiles::save(QStringLiteral("Kitchen"), moved);
        profiles = ConnectionProfiles::load();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).url, moved.displayUrl());
        QCOMPARE(profiles.at(0).username, QStringLiteral("cook"));
        QVERIFY(!ConnectionProfiles::find(m_kitchen));

        // The same database under a new name: renamed, not listed twice.
        ConnectionProfiles::save(QStringLiteral("Canteen"), moved);
        QCOMPARE(namesOf(ConnectionProfiles::load()),
                 (QStringList{QStringLiteral("Canteen"), QStringLiteral("Office")}));
        QCOMPARE(ConnectionProfiles::find(moved)->username, QStringLiteral("cook"));

        ConnectionProfiles::remove(QStringLiteral("Canteen"));
        QCOMPARE(namesOf(ConnectionProfiles::load()), QStringList{QStringLiteral("Office")});
        ConnectionProfiles::remove(QStringLiteral("Office"));
        QVERIFY(ConnectionProfiles::load().isEmpty());

        try {
            ConnectionProfiles::save(QStringLiteral("  "), m_kitchen);
            QFAIL("a profile without a name was saved");
        } catch (const Failure& e) {
            QCOMPARE(e.kind(), Failure::Kind::Validation);
            QCOMPARE(e.field(), QStringLiteral("name"));
        }
    }

    // An older version's single remembered URL and last account become the first profile, once.
    void migratesTheRememberedUrlOnce()
    {
        QSettings().setValue(QStringLiteral("database/url"),
                             QStringLiteral("postgresql://alice@db1:5432,db2/mealdesk?sslmode="
                                            "verify-full&sslrootcert=/etc/ssl/ca.pem"));
        QSettings().setValue(QStringLiteral("signIn/username"), QStringLiteral("admin"));
        const QList<ConnectionProfiles::Profile> profiles = ConnectionProfiles::load();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0).name, QStringLiteral("db1/mealdesk"));
        QCOMPARE(profiles.at(0).url, QStringLiteral("postgresql://alice@db1:5432,db2:5432/mealdesk"
                                                    "?sslmode=verify-full&sslrootcert=/etc/ssl/"
                                                    "ca.pem"));
        QCOMPARE(profiles.at(0).username, QStringLiteral("admin"));

        // Deleted, it stays deleted although the URL is still the one opened last.
        ConnectionProfiles::remove(QStringLiteral("db1/mealdesk"));
        QVERIFY(ConnectionProfiles::load().isEmpty());
    }

    void staleOrDemoRememberedUrlMigratesToNothing_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("demo") << QString();
        QTest::newRow("stale") << QStringLiteral("mysql://db/mealdesk");
    }
    void staleOrDemoRememberedUrlMigratesToNothing()
    {
        QFETCH(QString, url);
        QSettings().setValue(QStringLiteral("database/url"), url);
        QSettings().setValue(QStringLiteral("signIn/username"), QStringLiteral("admin"));
        QVERIFY(ConnectionProfiles::load().isEmpty());
        // The last account is still offered.
        QCOMPARE(ConnectionProfiles::lastUsername(ConnectionSettings::demoDatabase(), true),
                 QStringLiteral("admin"));
    }

    void offersTheLastAccountOfEachDatabase()
    {
        ConnectionProfiles::save(QStringLiteral("Office"), m_office);
        ConnectionProfiles::save(QStringLiteral("Kitchen"), m_kitchen);
        ConnectionProfiles::recordSignIn(m_office, false, QStringLiteral("alice"));
        ConnectionProfiles::recordSignIn(m_kitchen, false, QStringLiteral("cook"));
        ConnectionProfiles::recordSignIn(ConnectionSettings::demoDatabase(), true,
                                         QStringLiteral("taker"));
        QCOMPARE(ConnectionProfiles::lastUsername(m_office, false), QStringLiteral("alice"));
        QCOMPARE(ConnectionProfiles::lastUsername(m_kitchen, false), QStringLiteral("cook"));
        QCOMPARE(ConnectionProfiles::lastUsername(ConnectionSettings::demoDatabase(), true),
                 QStringLiteral("taker"));
        // A database that is no profile: the last account signed in anywhere.
        const ConnectionSettings loose =
            ConnectionSettings::sqliteFile(QStringLiteral("/tmp/l.db"));
        QCOMPARE(ConnectionProfiles::lastUsername(loose, false), QStringLiteral("taker"));
        ConnectionProfiles::recordSignIn(loose, false, QStringLiteral("dan"));
        QCOMPARE(namesOf(ConnectionProfiles::load()),
                 (QStringList{QStringLiteral("Kitchen"), QStringLiteral("Office")}));
        QCOMPARE(ConnectionProfiles::lastUsername(m_office, false), QStringLiteral("alice"));
    }

    void defaultNameIsHostAndDatabase()
    {
        QCOMPARE(ConnectionProfiles::defaultName(m_office),
                 QStringLiteral("db.example.org/office"));
        QCOMPARE(ConnectionProfiles::defaultName(m_kitchen), QStringLiteral("kitchen.db"));
        QCOMPARE(ConnectionProfiles::defaultName(ConnectionSettings::parse(
                     QStringLiteral("postgresql:///md?host=/var/run/postgresql"))),
                 QStringLiteral("local/md"));
    }

    // The Open Database dialog saves under the name given, which follows the URL until typed.
    void databaseDialogSavesUnderTheNameGiven()
    {
        DatabaseDialog dialog(ConnectionSettings::demoDatabase(), true);
        dialog.show();
        auto* name = GuiTest::find<QLineEdit>(&dialog, "nameEdit");
        QVERIFY(!name->isEnabled());
        QVERIFY(!GuiTest::find<QComboBox>(&dialog, "profileCombo")->isEnabled());
        QVERIFY(!GuiTest::find<QPushButton>(&dialog, "deleteProfileButton")->isEnabled());
        GuiTest::find<QRadioButton>(&dialog, "postgresRadio")->setChecked(true);
        GuiTest::find<QLineEdit>(&dialog, "urlEdit")
            ->setText(QStringLiteral("postgresql://alice@db.example.org/office"));
        QVERIFY(name->isEnabled());
        QCOMPARE(name->text(), QStringLiteral("db.example.org/office"));
        GuiTest::find<QLineEdit>(&dialog, "dbPasswordEdit")->setText(m_secret);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Head office"));
        GuiTest::find<QLineEdit>(&dialog, "urlEdit")
            ->setText(QStringLiteral("postgresql://alice@db.example.org/office?sslmode=require"));
        QCOMPARE(name->text(), QStringLiteral("Head office"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings().password(), m_secret); // for this session only
        const QList<ConnectionProfiles::Profile> profiles = ConnectionProfiles::load();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0).name, QStringLiteral("Head office"));
        QCOMPARE(profiles.at(0).url,
                 QStringLiteral("postgresql://alice@db.example.org:5432/office?sslmode=require"));
        QVERIFY(!storedText().contains(m_secret.toUtf8()));

        // An empty name opens without saving.
        DatabaseDialog unsaved(ConnectionSettings::demoDatabase(), true);
        GuiTest::find<QRadioButton>(&unsaved, "sqliteRadio")->setChecked(true);
        GuiTest::find<QLineEdit>(&unsaved, "sqlitePathEdit")->setText(QStringLiteral("/tmp/x.db"));
        auto* unsavedName = GuiTest::find<QLineEdit>(&unsaved, "nameEdit");
        QCOMPARE(unsavedName->text(), QStringLiteral("x.db"));
        unsavedName->selectAll();
        QTest::keyClick(unsavedName, Qt::Key_Delete);
        QCOMPARE(unsavedName->text(), QString());
        unsaved.accept();
        QCOMPARE(unsaved.result(), int(QDialog::Accepted));
        QCOMPARE(ConnectionProfiles::load().size(), 1);
    }

    // A saved profile fills the form when picked, and is deleted once confirmed.
    void databaseDialogPicksAndDeletesProfiles()
    {
        ConnectionProfiles::save(QStringLiteral("Kitchen"), m_kitchen);
        ConnectionProfiles::save(QStringLiteral("Office"), m_office);
        DatabaseDialog dialog(m_office, false);
        dialog.show();
        auto* combo = GuiTest::find<QComboBox>(&dialog, "profileCombo");
        auto* name = GuiTest::find<QLineEdit>(&dialog, "nameEdit");
        auto* remove = GuiTest::find<QPushButton>(&dialog, "deleteProfileButton");
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentText(), QStringLiteral("Office"));
        QCOMPARE(name->text(), QStringLiteral("Office"));
        QVERIFY(remove->isEnabled());
        GuiTest::screenshot(&dialog, QStringLiteral("database-dialog-profiles"));

        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(combo->currentText(), QStringLiteral("Kitchen"));
        QVERIFY(GuiTest::find<QRadioButton>(&dialog, "sqliteRadio")->isChecked());
        QCOMPARE(GuiTest::find<QLineEdit>(&dialog, "sqlitePathEdit")->text(),
                 m_kitchen.sqlitePath());
        QCOMPARE(name->text(), QStringLiteral("Kitchen"));
        QVERIFY(remove->isEnabled());

        remove->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox*>(QStringLiteral("confirmationBox"))) &&
                    box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("Kitchen")));
        GuiTest::confirmButton(box)->click();
        QCOMPARE(namesOf(ConnectionProfiles::load()), QStringList{QStringLiteral("Office")});
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentIndex(), -1);
        QVERIFY(!remove->isEnabled());
        // The form still names the file, but opening it does not save it again.
        QCOMPARE(name->text(), QString());
        dialog.accept();
        QCOMPARE(dialog.settings().sqlitePath(), m_kitchen.sqlitePath());
        QCOMPARE(namesOf(ConnectionProfiles::load()), QStringList{QStringLiteral("Office")});
    }
};

QTEST_MAIN(tst_ConnectionProfiles)
#include "tst_connectionprofiles.moc"
