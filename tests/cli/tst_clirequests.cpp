#include "CliRunner.h"
#include "MealRequestStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// mealdesk-cli requests: decisions on several meal requests and lines in one call.
class tst_CliRequests : public QObject {
    Q_OBJECT

private:
    CliRunner m_cli;

    CliRunner::Result requests(const QStringList& arguments) const
    {
        return m_cli.asAdmin(QStringList{QStringLiteral("requests")} + arguments);
    }

    // The first `count` requests (by id) in `status`, not deleted.
    QStringList requestsIn(MealRequestStatus status, int count)
    {
        QStringList ids;
        qint64 after = 0;
        while (ids.size() < count) {
            const QVariant next = m_cli.scalar(
                QStringLiteral("SELECT min(id) FROM meal_request WHERE status_id = ? AND "
                               "is_deleted = ? AND id > ?"),
                {static_cast<int>(status), false, after});
            if (next.isNull())
                break;
            after = next.toLongLong();
            ids << QString::number(after);
        }
        return ids;
    }

    int statusOf(const QString& id)
    {
        return m_cli.scalar(QStringLiteral("SELECT status_id FROM meal_request WHERE id = ?"), {id})
            .toInt();
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void decideSeveral_data() { TestBackend::addColumns(); }
    void decideSeveral()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend, {QStringLiteral("--requests"), QStringLiteral("80")}));
        const QStringList pending = requestsIn(MealRequestStatus::Pending, 4);
        QCOMPARE(pending.size(), 4);
        const QStringList approved = requestsIn(MealRequestStatus::Approved, 1);
        QCOMPARE(approved.size(), 1);

        // One refused (already Approved): printed with why, exit 1, the others done.
        const CliRunner::Result mixed =
            requests({QStringLiteral("approve"), pending.at(0), approved.at(0), pending.at(1)});
        QCOMPARE(mixed.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(mixed.err), qPrintable(mixed.err));
        QVERIFY2(mixed.err.contains(QStringLiteral("1 of 3 refused")), qPrintable(mixed.err));
        QVERIFY2(mixed.out.startsWith(QStringLiteral("2 done, 1 refused:")), qPrintable(mixed.out));
        QVERIFY2(
            mixed.out.contains(
                QStringLiteral("Meal request %1 was changed by someone else").arg(approved.at(0))),
            qPrintable(mixed.out));
        const int approvedId = static_cast<int>(MealRequestStatus::Approved);
        QCOMPARE(statusOf(pending.at(0)), approvedId);
        QCOMPARE(statusOf(pending.at(1)), approvedId);

        const CliRunner::Result rejected =
            requests({QStringLiteral("reject"), pending.at(2), QStringLiteral("--reason"),
                      QStringLiteral("kitchen closed"), QStringLiteral("--json")});
        QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.err));
        const QJsonObject json = QJsonDocument::fromJson(rejected.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("done")).toArray(), QJsonArray{pending.at(2)});
        QCOMPARE(json.value(QStringLiteral("refused")).toArray(), QJsonArray());
        QCOMPARE(statusOf(pending.at(2)), static_cast<int>(MealRequestStatus::Rejected));
        QVERIFY(m_cli
                    .scalar(QStringLiteral("SELECT notes FROM meal_request WHERE id = ?"),
                            {pending.at(2)})
                    .toString()
                    .contains(QStringLiteral("kitchen closed")));

        // A line of a Pending request, and one that does not exist.
        const QString line =
            m_cli
                .scalar(QStringLiteral("SELECT min(l.id) FROM meal_request_line l JOIN "
                                       "meal_request r ON r.id = l.meal_request_id WHERE "
                                       "r.status_id = ? AND r.is_deleted = ? AND l.is_deleted = ? "
                                       "AND l.is_accepted = ?"),
                        {static_cast<int>(MealRequestStatus::Pending), false, false, true})
                .toString();
        QVERIFY(!line.isEmpty());
        const CliRunner::Result lines =
            requests({QStringLiteral("reject-lines"), line, QStringLiteral("999999999")});
        QCOMPARE(lines.exitCode, 1);
        QVERIFY2(lines.out.contains(QStringLiteral("Meal request line 999999999 does not exist")),
                 qPrintable(lines.out + lines.err));
        QVERIFY(
            !m_cli
                 .scalar(QStringLiteral("SELECT is_accepted FROM meal_request_line WHERE id = ?"),
                         {line})
                 .toBool());

        const CliRunner::Result bad = requests({QStringLiteral("approve"), QStringLiteral("12x")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(bad.err), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(QStringLiteral("'12x' is not an id")), qPrintable(bad.err));
        const CliRunner::Result reasonless =
            requests({QStringLiteral("approve"), pending.at(3), QStringLiteral("--reason"),
                      QStringLiteral("x")});
        QCOMPARE(reasonless.exitCode, 1);
        QVERIFY2(reasonless.err.contains(QStringLiteral("--reason does not apply")),
                 qPrintable(reasonless.err));
    }
};

QTEST_MAIN(tst_CliRequests)
#include "tst_clirequests.moc"
