#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_CliAccounts : public QObject {
    Q_OBJECT

private:
    CliRunner m_cli;

    CliRunner::Result accounts(const QStringList& arguments, const QByteArray& input = {}) const
    {
        return m_cli.asAdmin(QStringList{QStringLiteral("accounts")} + arguments, input);
    }

    // Whether `user` signs in with `password` (listing employees, which every role may).
    CliRunner::Result signIn(const QString& user, const QString& password) const
    {
        return m_cli.as(user, password,
                        {QStringLiteral("employees"), QStringLiteral("list"),
                         QStringLiteral("--limit"), QStringLiteral("1")});
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void addPasswdBlockSignOut_data() { TestBackend::addColumns(); }
    void addPasswdBlockSignOut()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const QString user = QStringLiteral("newbie");
        const QString first = QStringLiteral("first password");
        const QString second = QStringLiteral("second password");

        // The sign-in password is the first line of standard input, the new one the second.
        const CliRunner::Result added = m_cli.withInput(
            {QStringLiteral("accounts"), QStringLiteral("add"), user, QStringLiteral("--role"),
             QStringLiteral("captain"), QStringLiteral("--full-name"), QStringLiteral("New Bee"),
             QStringLiteral("--title"), QStringLiteral("Chef"), QStringLiteral("--user"),
             QStringLiteral("admin")},
            CliRunner::demoPassword(QStringLiteral("admin")).toUtf8() + '\n' + first.toUtf8() +
                '\n');
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.startsWith(QStringLiteral("Created the account 'newbie' (id ")),
                 qPrintable(added.out));
        QVERIFY(!added.out.contains(first));
        QCOMPARE(m_cli.scalar(QStringLiteral("SELECT role FROM account WHERE username = ?"), {user})
                     .toString(),
                 QStringLiteral("Captain"));
        QVERIFY2(signIn(user, first).exitCode == 0, "the new account signs in");

        const CliRunner::Result passwd =
            accounts({QStringLiteral("passwd"), QStringLiteral("NEWBIE")}, second.toUtf8() + '\n');
        QVERIFY2(passwd.exitCode == 0, qPrintable(passwd.err));
        QCOMPARE(passwd.out, QStringLiteral("Changed the password of 'newbie'.\n"));
        const CliRunner::Result old = signIn(user, first);
        QCOMPARE(old.exitCode, 1);
        QVERIFY2(old.err.contains(QStringLiteral("Wrong username or password")),
                 qPrintable(old.err));
        QVERIFY2(signIn(user, second).exitCode == 0, "the new password signs in");

        const CliRunner::Result signedOut = accounts({QStringLiteral("signout"), user});
        QVERIFY2(signedOut.exitCode == 0, qPrintable(signedOut.err));
        QVERIFY2(signedOut.out.contains(QStringLiteral("out everywhere")),
                 qPrintable(signedOut.out));
        QVERIFY(!m_cli
                     .scalar(QStringLiteral("SELECT tokens_valid_after FROM account WHERE "
                                            "username = ?"),
                             {user})
                     .isNull());

        const CliRunner::Result blocked = accounts({QStringLiteral("block"), user});
        QVERIFY2(blocked.exitCode == 0, qPrintable(blocked.err));
        const CliRunner::Result refused = signIn(user, second);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(refused.err), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("blocked")), qPrintable(refused.err));
        const CliRunner::Result self = accounts({QStringLiteral("block"), QStringLiteral("admin")});
        QCOMPARE(self.exitCode, 1);
        QVERIFY2(self.err.contains(QStringLiteral("yourself")), qPrintable(self.err));

        const CliRunner::Result list = accounts({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), m_cli.count(QStringLiteral("account")));
        bool found = false;
        for (const auto& row : rows) {
            const QJsonObject a = row.toObject();
            QVERIFY(!a.contains(QStringLiteral("password_hash")));
            if (a.value(QStringLiteral("username")).toString() != user)
                continue;
            found = true;
            QCOMPARE(a.value(QStringLiteral("full_name")).toString(), QStringLiteral("New Bee"));
            QCOMPARE(a.value(QStringLiteral("is_blocked")).toBool(), true);
            QVERIFY(!a.value(QStringLiteral("tokens_valid_after")).isNull());
        }
        QVERIFY(found);

        const CliRunner::Result unblocked = accounts({QStringLiteral("unblock"), user});
        QVERIFY2(unblocked.exitCode == 0, qPrintable(unblocked.err));
        QVERIFY2(signIn(user, second).exitCode == 0, "signs in once unblocked");
        const CliRunner::Result text =
            accounts({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("bee")});
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("newbie ")) &&
                     lines.at(1).contains(QStringLiteral("Captain")),
                 qPrintable(text.out));
        // create, set_password, sign_out_everywhere, block, unblock (sign-ins are audited apart).
        const QString id =
            m_cli.scalar(QStringLiteral("SELECT id FROM account WHERE username = ?"), {user})
                .toString();
        QCOMPARE(m_cli.count(QStringLiteral("audit_log"),
                             QStringLiteral("entity = ? AND entity_id = ? AND action NOT LIKE ?"),
                             {QStringLiteral("account"), id, QStringLiteral("account.sign_in%")}),
                 5);
    }

    void unlockLiftsALock_data() { TestBackend::addColumns(); }
    void unlockLiftsALock()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const QString user = QStringLiteral("taker");
        const QString password = CliRunner::demoPassword(user);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(signIn(user, QStringLiteral("not the password")).exitCode, 1);
        QCOMPARE(signIn(user, password).exitCode, 1); // locked

        const CliRunner::Result unlocked =
            accounts({QStringLiteral("unlock"), QStringLiteral("Taker")});
        QVERIFY2(unlocked.exitCode == 0, qPrintable(unlocked.err));
        QCOMPARE(unlocked.out, QStringLiteral("Unlocked 'taker'.\n"));
        QVERIFY(m_cli
                    .scalar(QStringLiteral("SELECT locked_until FROM account WHERE username = ?"),
                            {user})
                    .isNull());
        QVERIFY2(signIn(user, password).exitCode == 0, "signs in once unlocked");
        QCOMPARE(m_cli.count(QStringLiteral("audit_log"), QStringLiteral("action = ?"),
                             {QStringLiteral("account.unlock")}),
                 1);

        const CliRunner::Result unknown =
            accounts({QStringLiteral("unlock"), QStringLiteral("nobody")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("There is no account 'nobody'")),
                 qPrintable(unknown.err));
    }

    void refusedAccountsChangeNothing_data() { TestBackend::addColumns(); }
    void refusedAccountsChangeNothing()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const qint64 before = m_cli.count(QStringLiteral("account"));
        const CliRunner::Result shortPassword =
            accounts({QStringLiteral("add"), QStringLiteral("shorty"), QStringLiteral("--role"),
                      QStringLiteral("Requester")},
                     "short\n");
        QCOMPARE(shortPassword.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(shortPassword.err), qPrintable(shortPassword.err));
        QVERIFY2(shortPassword.err.contains(QStringLiteral("at least 8")),
                 qPrintable(shortPassword.err));
        const CliRunner::Result taken =
            accounts({QStringLiteral("add"), QStringLiteral("Taker"), QStringLiteral("--role"),
                      QStringLiteral("Requester")},
                     "a fine password\n");
        QCOMPARE(taken.exitCode, 1);
        QVERIFY2(taken.err.contains(QStringLiteral("is taken")), qPrintable(taken.err));
        const CliRunner::Result noPassword =
            accounts({QStringLiteral("add"), QStringLiteral("silent"), QStringLiteral("--role"),
                      QStringLiteral("Requester")});
        QCOMPARE(noPassword.exitCode, 1);
        QVERIFY2(noPassword.err.contains(QStringLiteral("no new password for 'silent'")),
                 qPrintable(noPassword.err));
        const CliRunner::Result unknown =
            accounts({QStringLiteral("passwd"), QStringLiteral("nobody")}, "a fine password\n");
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("There is no account 'nobody'")),
                 qPrintable(unknown.err));
        const CliRunner::Result captain =
            m_cli.as(QStringLiteral("captain"), CliRunner::demoPassword(QStringLiteral("captain")),
                     {QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY(captain.exitCode != 0);
        QVERIFY2(captain.err.contains(QStringLiteral("Your role (Captain) may not do this")),
                 qPrintable(captain.err));
        QCOMPARE(m_cli.count(QStringLiteral("account")), before);
    }
};

QTEST_GUILESS_MAIN(tst_CliAccounts)
#include "tst_cliaccounts.moc"
