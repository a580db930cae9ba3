#include "RejectRequestDialog.h"

#include "ui_RejectRequestDialog.h"

#include "FieldMessage.h"
#include "MealRequestRules.h"
#include "MealRequestsModel.h"

#include <QPushButton>

RejectRequestDialog::RejectRequestDialog(const MealRequestRecord& request, QWidget* parent)
    : RejectRequestDialog(
          tr("Reject meal request %1 (%2)? Its %n line(s) are all rejected and the request is "
             "closed; this cannot be undone.",
             nullptr, request.lines.size())
              .arg(request.id)
              .arg(MealRequestsModel::mealTypeText(request)),
          request.notes, parent)
{
}

RejectRequestDialog::RejectRequestDialog(int count, QWidget* parent)
    : RejectRequestDialog(tr("Reject the %n Pending meal request(s) selected? Every line of "
                             "them is rejected and each request is closed; this cannot be "
                             "undone.",
                             nullptr, count),
                          QString(), parent)
{
}

RejectRequestDialog::RejectRequestDialog(const QString& question, const QString& notes,
                                         QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RejectRequestDialog>())
    , m_notes(notes)
{
    m_ui->setupUi(this);
    m_ui->questionLabel->setText(question);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Reject"));
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &RejectRequestDialog::checkReason);
    checkReason();
}

RejectRequestDialog::~RejectRequestDialog() = default;

void RejectRequestDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    Q_EMIT confirmed(m_ui->reasonEdit->text());
    QDialog::accept();
}

void RejectRequestDialog::checkReason()
{
    const QString problem =
        MealRequestRules::checkRejectionReason(m_notes, m_ui->reasonEdit->text());
    FieldMessage::show(m_ui->reasonError, problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
