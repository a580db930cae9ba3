#include "RevokeListDialog.h"

#include "ui_RevokeListDialog.h"

#include "FieldMessage.h"
#include "Session.h"
#include "TokenService.h"
#include "WhenFinished.h"

#include <QPushButton>

#include <algorithm>

RevokeListDialog::RevokeListDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevokeListDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Revoke"));
    m_ui->reasonEdit->setMaxLength(TokenService::maxReasonLength);
    FieldMessage::show(m_ui->reasonError, {});
    FieldMessage::show(m_ui->formError, {});
    FieldMessage::clearWhenEdited(m_ui->reasonError, m_ui->reasonEdit);
    connect(m_ui->tokensEdit, &QPlainTextEdit::textChanged, this, &RevokeListDialog::updateOk);
    setBusy(false);
}

RevokeListDialog::~RevokeListDialog() = default;

int RevokeListDialog::lineCount() const
{
    const QStringList lines = m_ui->tokensEdit->toPlainText().split(QLatin1Char('\n'));
    return static_cast<int>(std::count_if(lines.cbegin(), lines.cend(), [](const QString& line) {
        return !line.trimmed().isEmpty();
    }));
}

void RevokeListDialog::updateOk()
{
    const int lines = lineCount();
    m_ui->countLabel->setText(tr("%n line(s) to revoke.", nullptr, lines));
    FieldMessage::show(m_ui->formError, {});
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && lines > 0);
}

void RevokeListDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->tokensEdit->setEnabled(!busy);
    m_ui->reasonEdit->setEnabled(!busy);
    m_ui->progressLabel->setVisible(busy);
    updateOk();
}

void RevokeListDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const QString what = tr("Revoking %n token(s)", nullptr, lineCount());
    setBusy(true);
    whenFinished(
        this,
        m_session.jobs().track(what, m_session.services().tokens().revokeAll(
                                         m_session.actor(), m_ui->tokensEdit->toPlainText(),
                                         m_ui->reasonEdit->text().trimmed())),
        [this, what](const BulkResult& result) {
            Q_EMIT revoked(what, result);
            QDialog::accept();
        },
        [this](const Failure& error) {
            setBusy(false);
            showRefusal(error);
        });
}

void RevokeListDialog::showRefusal(const Failure& error)
{
    FieldMessage::showRefusal(error.field(), error.message(),
                              {{QStringLiteral("text"), m_ui->formError, m_ui->tokensEdit},
                               {QStringLiteral("reason"), m_ui->reasonError, m_ui->reasonEdit}},
                              m_ui->formError);
}
