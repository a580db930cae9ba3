#include "FirstRunDialog.h"
#include "PasswordHasher.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class tst_FirstRunDialog : public QObject {
    Q_OBJECT

private:
    struct Form {
        explicit Form(FirstRunDialog& d)
            : username(d.findChild<QLineEdit*>(QStringLiteral("usernameEdit")))
            , password(d.findChild<QLineEdit*>(QStringLiteral("passwordEdit")))
            , confirm(d.findChild<QLineEdit*>(QStringLiteral("confirmEdit")))
            , usernameError(d.findChild<QLabel*>(QStringLiteral("usernameError")))
            , passwordError(d.findChild<QLabel*>(QStringLiteral("passwordError")))
            , confirmError(d.findChild<QLabel*>(QStringLiteral("confirmError")))
            , formError(d.findChild<QLabel*>(QStringLiteral("formError")))
            , ok(d.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                     ->button(QDialogButtonBox::Ok))
        {
        }
        void fill(const QString& user, const QString& pass, const QString& again) const
        {
            username->setText(user);
            password->setText(pass);
            confirm->setText(again);
        }
        QLineEdit* username;
        QLineEdit* password;
        QLineEdit* confirm;
        QLabel* usernameError;
        QLabel* passwordError;
        QLabel* confirmError;
        QLabel* formError;
        QPushButton* ok;
    };

    const QString m_goodPassword = QStringLiteral("kitchen-ledger-42");

private Q_SLOTS:
    void untouchedFormIsQuietButNotAcceptable()
    {
        FirstRunDialog dialog(QStringLiteral("sqlite:///tmp/x.db"));
        dialog.show();
        const Form form(dialog);
        QVERIFY(form.username && form.password && form.confirm && form.ok);
        QVERIFY(!form.ok->isEnabled());
        QVERIFY(form.usernameError->isHidden());
        QVERIFY(form.passwordError->isHidden());
        QVERIFY(form.confirmError->isHidden());
        QVERIFY(form.formError->isHidden());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("introLabel"))
                    ->text()
                    .contains(QStringLiteral("sqlite:///tmp/x.db")));
    }

    void eachProblemIsShownAtItsField()
    {
        FirstRunDialog dialog(QStringLiteral("sqlite:///tmp/x.db"));
        dialog.show();
        const Form form(dialog);
        QSignalSpy submitted(&dialog, &FirstRunDialog::submitted);

        form.fill(QStringLiteral("   "), QStringLiteral("short"), QStringLiteral("shorter"));
        QCOMPARE(form.usernameError->text(), QStringLiteral("Enter a username."));
        QVERIFY(form.usernameError->isVisible());
        QCOMPARE(form.passwordError->text(),
                 PasswordHasher::checkStrength(QStringLiteral("short")));
        QVERIFY(form.passwordError->isVisible());
        QCOMPARE(form.confirmError->text(), QStringLiteral("The passwords do not match."));
        QVERIFY(!form.ok->isEnabled());

        const QString tooLong(73, QLatin1Char('p'));
        form.fill(QStringLiteral("admin"), tooLong, tooLong);
        QVERIFY(form.usernameError->isHidden());
        QCOMPARE(form.passwordError->text(), PasswordHasher::checkStrength(tooLong));
        QVERIFY(form.confirmError->isHidden());
        QVERIFY(!form.ok->isEnabled());

        form.fill(QStringLiteral("admin"), m_goodPassword, m_goodPassword + QLatin1Char('!'));
        QVERIFY(form.passwordError->isHidden());
        QVERIFY(form.confirmError->isVisible());
        QVERIFY(!form.ok->isEnabled());

        // Enter presses the default button, which stays disabled: nothing is submitted.
        QTest::keyClick(form.confirm, Qt::Key_Return);
        dialog.accept();
        QCOMPARE(submitted.count(), 0);
    }

    void validInputIsSubmittedTrimmedAndTheDialogWaits()
    {
        FirstRunDialog dialog(QStringLiteral("sqlite:///tmp/x.db"));
        dialog.show();
        const Form form(dialog);
        QSignalSpy submitted(&dialog, &FirstRunDialog::submitted);

        form.fill(QStringLiteral("  admin "), m_goodPassword, m_goodPassword);
        QVERIFY(form.ok->isEnabled());
        QTest::mouseClick(form.ok, Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.at(0).at(0).toString(), QStringLiteral("admin"));
        QCOMPARE(submitted.at(0).at(1).toString(), m_goodPassword);
        // Busy until its owner answers: still open, nothing editable, no second submission.
        QVERIFY(dialog.isVisible());
        QVERIFY(!form.ok->isEnabled());
        QVERIFY(!form.username->isEnabled());
        dialog.accept();
        QCOMPARE(submitted.count(), 1);
    }

    void refusalAtAFieldKeepsInputUntilThatFieldChanges()
    {
        FirstRunDialog dialog(QStringLiteral("sqlite:///tmp/x.db"));
        dialog.show();
        const Form form(dialog);
        form.fill(QStringLiteral("admin"), m_goodPassword, m_goodPassword);
        form.ok->click();

        dialog.showError(QStringLiteral("The username 'admin' is reserved"),
                         QStringLiteral("username"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(form.username->text(), QStringLiteral("admin"));
        QCOMPARE(form.password->text(), m_goodPassword);
        QCOMPARE(form.usernameError->text(), QStringLiteral("The username 'admin' is reserved"));
        QVERIFY(form.usernameError->isVisible());
        QVERIFY(form.formError->isHidden());
        QVERIFY(form.username->isEnabled());
        QVERIFY(form.ok->isEnabled());

        // Editing another field leaves the refusal; editing the username answers it.
        form.confirm->setText(m_goodPassword);
        QVERIFY(form.usernameError->isVisible());
        form.username->setText(QStringLiteral("chef"));
        QVERIFY(form.usernameError->isHidden());
    }

    void refusalOfTheWholeFormIsShownUnderIt()
    {
        FirstRunDialog dialog(QStringLiteral("sqlite:///tmp/x.db"));
        dialog.show();
        const Form form(dialog);
        form.fill(QStringLiteral("admin"), m_goodPassword, m_goodPassword);
        form.ok->click();

        dialog.showError(QStringLiteral("An account already exists"), QString());
        QCOMPARE(form.formError->text(), QStringLiteral("An account already exists"));
        QVERIFY(form.formError->isVisible());
        QVERIFY(form.usernameError->isHidden());
        QVERIFY(form.ok->isEnabled());
        form.password->setText(m_goodPassword + QLatin1Char('x'));
        QVERIFY(form.formError->isHidden());
    }
};

QTEST_MAIN(tst_FirstRunDialog)
#include "tst_firstrundialog.moc"
