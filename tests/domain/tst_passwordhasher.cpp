#include "PasswordHasher.h"

#include <QByteArray>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QTest>

#include <stdexcept>

// Hashing at the default cost takes about 0.2 s: the tests use the lowest cost but once.
static constexpr int fastCost = 4;

class tst_PasswordHasher : public QObject {
    Q_OBJECT

private:
    static QString repeated(const QString& unit, int times)
    {
        QString out;
        for (int i = 0; i < times; ++i)
            out += unit;
        return out;
    }

    // bcrypt's own base64: 22 salt and 31 hash characters after "$2b$NN$".
    static bool isBcryptShape(const QByteArray& hash, const QByteArray& prefix)
    {
        static const QRegularExpression shape(
            QStringLiteral("^\\$2b\\$\\d\\d\\$[./A-Za-z0-9]{53}$"));
        return hash.startsWith(prefix) && hash.size() == 60 &&
               shape.match(QString::fromLatin1(hash)).hasMatch();
    }

private Q_SLOTS:
    void hashAtDefaultCost()
    {
        const QString password = QStringLiteral("correct horse battery");
        const QByteArray hash = PasswordHasher::hash(password);
        QVERIFY2(isBcryptShape(hash, "$2b$12$"), hash.constData());
        QVERIFY(PasswordHasher::verify(password, hash));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse battery!"), hash));
    }

    void hashAndVerify_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << QStringLiteral("s3cret-Passw0rd");
        QTest::newRow("arabic") << QStringLiteral("كلمة المرور السرية");
        QTest::newRow("mixed scripts and symbols") << QStringLiteral("Pässwörd ✓ كلمة 🔑");
        QTest::newRow("72 bytes") << repeated(QStringLiteral("x"), 72);
    }
    void hashAndVerify()
    {
        QFETCH(QString, password);
        const QByteArray hash = PasswordHasher::hash(password, fastCost);
        QVERIFY2(isBcryptShape(hash, "$2b$04$"), hash.constData());
        QVERIFY(PasswordHasher::verify(password, hash));
        QVERIFY(!PasswordHasher::verify(password.chopped(1), hash));
        QVERIFY(!PasswordHasher::verify(password.toUpper() + QStringLiteral("?"), hash));
        QVERIFY(!PasswordHasher::verify(QString(), hash));
    }

    void saltMakesEveryHashDifferent()
    {
        const QString password = QStringLiteral("same password twice");
        const QByteArray first = PasswordHasher::hash(password, fastCost);
        const QByteArray second = PasswordHasher::hash(password, fastCost);
        QVERIFY(first != second);
        // The salt (22 characters after "$2b$04$") differs, not only the hash.
        QVERIFY(first.mid(7, 22) != second.mid(7, 22));
        QVERIFY(PasswordHasher::verify(password, first));
        QVERIFY(PasswordHasher::verify(password, second));
    }

    void bcryptIgnoresBytesAfter72()
    {
        // Why checkStrength refuses longer passwords: bcrypt would silently accept a prefix.
        const QString password = repeated(QStringLiteral("0123456789"), 8);
        const QByteArray hash = PasswordHasher::hash(password, fastCost);
        QVERIFY(PasswordHasher::verify(password.left(72), hash));
        QVERIFY(!PasswordHasher::verify(password.left(71), hash));
    }

    void costOutOfRangeThrows()
    {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 PasswordHasher::hash(QStringLiteral("password"), 3));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 PasswordHasher::hash(QStringLiteral("password"), 32));
    }

    // Published vectors of the OpenBSD-derived suites (pyca/bcrypt, Openwall crypt_blowfish
    // as kept by passlib, jBCrypt): hashes made elsewhere verify here, $2a$ and $2b$ alike.
    void knownVectors_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("hash");
        QTest::newRow("pyca 2b #1")
            << QStringLiteral("Kk4DQuMMfZL9o")
            << QByteArray("$2b$04$cVWp4XaNU8a4v1uMRum2SO026BWLIoQMD/TXg5uZV.0P.uO8m3YEm");
        QTest::newRow("pyca 2b #2")
            << QStringLiteral("9IeRXmnGxMYbs")
            << QByteArray("$2b$04$pQ7gRO7e6wx/936oXhNjrOUNOHL1D0h1N2IDbJZYs.1ppzSof6SPy");
        QTest::newRow("pyca 2b #3")
            << QStringLiteral("xVQVbwa1S0M8r")
            << QByteArray("$2b$04$SQe9knOzepOVKoYXo9xTteNYr6MBwVz4tpriJVe3PNgYufGIsgKcW");
        QTest::newRow("openwall U*U")
            << QStringLiteral("U*U")
            << QByteArray("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW");
        QTest::newRow("openwall U*U*")
            << QStringLiteral("U*U*")
            << QByteArray("$2a$05$CCCCCCCCCCCCCCCCCCCCC.VGOzA784oUp/Z0DY336zx7pLYAy0lwK");
        QTest::newRow("openwall U*U*U")
            << QStringLiteral("U*U*U")
            << QByteArray("$2a$05$XXXXXXXXXXXXXXXXXXXXXOAcXxm9kjPGEMsLznoKqmqw7tc8WCx4a");
        QTest::newRow("openwall empty")
            << QString()
            << QByteArray("$2a$05$CCCCCCCCCCCCCCCCCCCCC.7uG0VCzI2bS7j6ymqJi9CdcdxiRTWNy");
        QTest::newRow("openwall 72 bytes and more")
            << QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                              "0123456789chars after 72 are ignored")
            << QByteArray("$2a$05$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui");
        QTest::newRow("jbcrypt abc")
            << QStringLiteral("abc")
            << QByteArray("$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i");
        QTest::newRow("jbcrypt symbols")
            << QStringLiteral("~!@#$%^&*()      ~!@#$%^&*()PNBFRD")
            << QByteArray("$2a$06$fPIsBO8qRqkjj273rfaOI.HtSV9jLDpTbZn782DC6/t7qT67P6FfO");
        // passlib's: the password reaches bcrypt as UTF-8.
        QTest::newRow("passlib utf-8 2a")
            << QStringLiteral("t\u00e1\u0411\u2113\u0259")
            << QByteArray("$2a$05$Z17AXnnlpzddNUvnC6cZNOSwMA/8oNiKnHTHTwLlBijfucQQlHjaG");
        QTest::newRow("passlib utf-8 2b")
            << QStringLiteral("t\u00e1\u0411\u2113\u0259")
            << QByteArray("$2b$05$Z17AXnnlpzddNUvnC6cZNOSwMA/8oNiKnHTHTwLlBijfucQQlHjaG");
    }
    void knownVectors()
    {
        QFETCH(QString, password);
        QFETCH(QByteArray, hash);
        QVERIFY(PasswordHasher::verify(password, hash));
        const QString wrong = password.isEmpty()
                                  ? QStringLiteral("U")
                                  : QChar(password.at(0).unicode() ^ 1) + password.mid(1);
        QVERIFY(!PasswordHasher::verify(wrong, hash));
    }

    void malformedHashesNeverVerify_data()
    {
        QTest::addColumn<QByteArray>("hash");
        const QByteArray good("$2b$04$cVWp4XaNU8a4v1uMRum2SO026BWLIoQMD/TXg5uZV.0P.uO8m3YEm");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain text") << QByteArray("Kk4DQuMMfZL9o");
        QTest::newRow("salt only") << good.left(29);
        QTest::newRow("one character short") << good.chopped(1);
        QTest::newRow("one character more") << good + 'x';
        QTest::newRow("unknown variant") << QByteArray(good).replace(2, 1, "z");
        QTest::newRow("cost too low") << QByteArray(good).replace(4, 2, "03");
        QTest::newRow("bad salt character") << QByteArray(good).replace(8, 1, "?");
        // A genuine crypt(3) hash of "password" in another scheme (openssl passwd -1 -salt
        // saltsalt password): only bcrypt is accepted.
        QTest::newRow("md5-crypt") << QByteArray("$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/");
    }
    void malformedHashesNeverVerify()
    {
        QFETCH(QByteArray, hash);
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Kk4DQuMMfZL9o"), hash));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("password"), hash));
    }

    void checkStrength_data()
    {
        QTest::addColumn<QString>("password");
        // Empty when accepted, else a piece of the reason.
        QTest::addColumn<QString>("refusal");
        const QString arabicLetter = QStringLiteral("\u0628"); // 2 bytes in UTF-8
        const QString emoji = QStringLiteral("\U0001F511");    // 4 bytes, 2 UTF-16 units
        QTest::newRow("empty") << QString() << QStringLiteral("8 characters");
        QTest::newRow("7 characters")
            << QStringLiteral("abcdefg") << QStringLiteral("8 characters");
        QTest::newRow("8 characters") << QStringLiteral("abcdefgh") << QString();
        QTest::newRow("72 ascii bytes") << repeated(QStringLiteral("a"), 72) << QString();
        QTest::newRow("73 ascii bytes")
            << repeated(QStringLiteral("a"), 73) << QStringLiteral("72 bytes");
        QTest::newRow("7 arabic letters")
            << repeated(arabicLetter, 7) << QStringLiteral("8 characters");
        QTest::newRow("25 arabic letters, 50 bytes") << repeated(arabicLetter, 25) << QString();
        QTest::newRow("36 arabic letters, 72 bytes") << repeated(arabicLetter, 36) << QString();
        QTest::newRow("37 arabic letters, 74 bytes")
            << repeated(arabicLetter, 37) << QStringLiteral("72 bytes");
        QTest::newRow("40 arabic letters, 80 bytes")
            << repeated(arabicLetter, 40) << QStringLiteral("72 bytes");
        // Characters, not UTF-16 units: 4 emoji are 8 units but 4 characters.
        QTest::newRow("4 emoji") << repeated(emoji, 4) << QStringLiteral("8 characters");
        QTest::newRow("7 emoji") << repeated(emoji, 7) << QStringLiteral("8 characters");
        QTest::newRow("8 emoji, 32 bytes") << repeated(emoji, 8) << QString();
        QTest::newRow("18 emoji, 72 bytes") << repeated(emoji, 18) << QString();
        QTest::newRow("19 emoji, 76 bytes") << repeated(emoji, 19) << QStringLiteral("72 bytes");
    }
    void checkStrength()
    {
        QFETCH(QString, password);
        QFETCH(QString, refusal);
        const QString reason = PasswordHasher::checkStrength(password);
        if (refusal.isEmpty())
            QVERIFY2(reason.isEmpty(), qPrintable(reason));
        else
            QVERIFY2(reason.contains(refusal), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"
