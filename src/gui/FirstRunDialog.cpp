#include "FirstRunDialog.h"

#include "ui_FirstRunDialog.h"

#include "LeftToRight.h"
#include "PasswordHasher.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {

void showProblem(QLabel* label, const QString& problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace

FirstRunDialog::FirstRunDialog(const QString& databaseUrl, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("The database %1 has no accounts yet.\n\nCreate its first super administrator: this "
           "account may do everything in MealDesk, including creating the other accounts.")
            .arg(LeftToRight::isolated(databaseUrl)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create administrator"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit MealDesk"));
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, [this] { edited(Username); });
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, [this] { edited(Password); });
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, [this] { edited(Confirm); });
    setBusy(false);
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::edited(Field field)
{
    m_edited |= field;
    // A refusal is about what was sent: changing the field it named answers it.
    if (m_refusedField == 0 || m_refusedField == field) {
        m_refusal.clear();
        m_refusedField = 0;
    }
    validate();
}

void FirstRunDialog::validate()
{
    const QString password = m_ui->passwordEdit->text();
    const QString usernameProblem =
        m_ui->usernameEdit->text().trimmed().isEmpty() ? tr("Enter a username.") : QString();
    const QString passwordProblem = PasswordHasher::checkStrength(password);
    const QString confirmProblem =
        m_ui->confirmEdit->text() != password ? tr("The passwords do not match.") : QString();
    const auto shown = [this](Field field, const QString& problem) {
        if (!(m_edited & field))
            return QString();
        return problem.isEmpty() && m_refusedField == field ? m_refusal : problem;
    };
    showProblem(m_ui->usernameError, shown(Username, usernameProblem));
    showProblem(m_ui->passwordError, shown(Password, passwordProblem));
    showProblem(m_ui->confirmError, shown(Confirm, confirmProblem));
    showProblem(m_ui->formError, m_refusedField == 0 ? m_refusal : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && usernameProblem.isEmpty() && passwordProblem.isEmpty() &&
                     confirmProblem.isEmpty());
}

void FirstRunDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->usernameEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->confirmEdit->setEnabled(!busy);
    m_ui->progressLabel->setVisible(busy);
    validate();
}

void FirstRunDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_refusal.clear();
    m_refusedField = 0;
    setBusy(true);
    Q_EMIT submitted(m_ui->usernameEdit->text().trimmed(), m_ui->passwordEdit->text());
}

void FirstRunDialog::showError(const QString& message, const QString& field)
{
    m_refusal = message;
    if (field == QLatin1String("username"))
        m_refusedField = Username;
    else if (field == QLatin1String("password"))
        m_refusedField = Password;
    else
        m_refusedField = 0;
    // Shown even on a field the user never edited: the refusal is about what was sent.
    m_edited |= m_refusedField;
    setBusy(false);
    QLineEdit* const focus = m_refusedField == Password ? m_ui->passwordEdit : m_ui->usernameEdit;
    focus->setFocus();
    focus->selectAll();
}
