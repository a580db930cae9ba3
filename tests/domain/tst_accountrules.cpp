#include "AccountRules.h"

#include <QString>
#include <QTest>

class tst_AccountRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void username_data()
    {
        QTest::addColumn<QString>("username");
        // What the refusal names; empty when the username is accepted.
        QTest::addColumn<QString>("mention");
        const auto row = [](const char* name, const QString& username, const char* mention) {
            QTest::newRow(name) << username << QString::fromUtf8(mention);
        };
        row("plain", QStringLiteral("ali.hassan"), "");
        row("Arabic", QStringLiteral("علي"), "");
        row("emoji", QStringLiteral("chef🍲"), "");
        row("empty", QString(), "empty");
        row("too long", QString(AccountRules::maxUsername + 1, QLatin1Char('a')), "at most 64");
        row("space", QStringLiteral("ali hassan"), "spaces");
        row("no-break space", QStringLiteral("ali\u00a0hassan"), "spaces");
        row("TAB", QStringLiteral("ali\thassan"), "control");
        row("NUL", QString::fromUtf16(u"ali\u0000", 4), "control");
        row("ESC", QStringLiteral("ali\x1b[31m"), "control");
        row("DEL", QStringLiteral("ali\x7f"), "control");
        row("C1 control", QStringLiteral("ali\u0085"), "control");
        row("zero width space", QStringLiteral("ali\u200bhassan"), "U+200B");
        row("zero width joiner", QStringLiteral("\u200dali"), "U+200D");
        row("right-to-left override", QStringLiteral("admin\u202etxt.exe"), "U+202E");
        row("left-to-right mark", QStringLiteral("\u200eali"), "U+200E");
        row("byte order mark", QStringLiteral("\ufeffali"), "U+FEFF");
        row("soft hyphen", QStringLiteral("al\u00adi"), "U+00AD");
        row("word joiner", QStringLiteral("ali\u2060"), "U+2060");
        row("language tag (outside the BMP)", QStringLiteral("ali\U000E0001"), "U+E0001");
    }
    void username()
    {
        QFETCH(QString, username);
        QFETCH(QString, mention);
        const QString error = AccountRules::checkUsername(username);
        if (mention.isEmpty()) {
            QCOMPARE(error, QString());
            return;
        }
        QVERIFY2(error.contains(mention), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("The username")), qPrintable(error));
    }

    // The message says where the invisible character is: it cannot be seen in the field.
    void invisibleCharacterIsLocated()
    {
        const QString error = AccountRules::checkUsername(QStringLiteral("ab\u200bc"));
        QVERIFY2(error.contains(QStringLiteral("invisible")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("character 3")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_AccountRules)
#include "tst_accountrules.moc"
