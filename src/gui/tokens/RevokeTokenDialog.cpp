#include "RevokeTokenDialog.h"

#include "ui_RevokeTokenDialog.h"

#include "CellText.h"
#include "FieldMessage.h"
#include "JwtInspector.h"
#include "Session.h"
#include "TokenService.h"
#include "WhenFinished.h"

#include <QPushButton>

namespace {

QString typeText(TokenType type)
{
    return type == TokenType::Refresh ? RevokeTokenDialog::tr("Refresh")
                                      : RevokeTokenDialog::tr("Access");
}

QString expiryText(const QDateTime& expires)
{
    if (!expires.isValid())
        return RevokeTokenDialog::tr("Never (no exp claim): the row is never purged");
    if (expires <= QDateTime::currentDateTimeUtc())
        return RevokeTokenDialog::tr("%1, already expired: it is recorded all the same and "
                                     "removed by the next purge")
            .arg(CellText::dateTime(expires));
    return CellText::dateTime(expires);
}

} // namespace

RevokeTokenDialog::RevokeTokenDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevokeTokenDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Revoke"));
    m_ui->typeCombo->addItem(typeText(TokenType::Access), static_cast<int>(TokenType::Access));
    m_ui->typeCombo->addItem(typeText(TokenType::Refresh), static_cast<int>(TokenType::Refresh));
    m_ui->expiresEdit->setDateTime(QDateTime::currentDateTime().addDays(1));
    m_ui->expiresEdit->setEnabled(false);
    m_ui->reasonEdit->setMaxLength(TokenService::maxReasonLength);
    FieldMessage::show(m_ui->reasonError, {});
    FieldMessage::show(m_ui->formError, {});
    connect(m_ui->tokenEdit, &QPlainTextEdit::textChanged, this, &RevokeTokenDialog::inspect);
    connect(m_ui->explicitJtiCheck, &QCheckBox::toggled, this, &RevokeTokenDialog::inspect);
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &RevokeTokenDialog::showSignature);
    connect(m_ui->expiresCheck, &QCheckBox::toggled, m_ui->expiresEdit, &QWidget::setEnabled);
    FieldMessage::clearWhenEdited(m_ui->reasonError, m_ui->reasonEdit);
    inspect();
    setBusy(false);
}

RevokeTokenDialog::~RevokeTokenDialog() = default;

void RevokeTokenDialog::inspect()
{
    const QString text = m_ui->tokenEdit->toPlainText();
    m_inspection = m_ui->explicitJtiCheck->isChecked() ? JwtInspector::inspectJti(text)
                                                       : JwtInspector::inspect(text);
    const TokenInspection& t = *m_inspection;
    // An empty field is not a mistake yet: it only keeps Revoke disabled.
    FieldMessage::show(m_ui->tokenError, text.trimmed().isEmpty() ? QString() : t.error());
    FieldMessage::show(m_ui->formError, {});

    const QString none = tr("—");
    const bool jwt = t.isOk() && t.isJwt();
    // A bare jti carries no claims: the administrator gives its type and expiry.
    const bool bareJti = t.isOk() && !t.isJwt();
    m_ui->jtiValue->setText(t.isOk() ? t.jti() : none);
    m_ui->subjectValue->setText(!jwt ? none
                                : t.subject().isEmpty()
                                    ? tr("None (no sub claim): no account is linked")
                                    : t.subject());
    m_ui->typeValue->setText(jwt ? typeText(t.tokenType()) : none);
    m_ui->expiresValue->setText(jwt ? expiryText(t.expiresAt()) : none);
    m_ui->issuedValue->setText(!jwt                     ? none
                               : t.issuedAt().isValid() ? CellText::dateTime(t.issuedAt())
                                                        : tr("Not given (no iat claim)"));
    m_ui->algorithmValue->setText(!jwt                      ? none
                                  : t.algorithm().isEmpty() ? tr("None given")
                                                            : t.algorithm());
    m_ui->typeValue->setVisible(!bareJti);
    m_ui->typeCombo->setVisible(bareJti);
    m_ui->expiresValue->setVisible(!bareJti);
    m_ui->expiresCheck->setVisible(bareJti);
    m_ui->expiresEdit->setVisible(bareJti);
    showSignature();
    updateOk();
}

void RevokeTokenDialog::showSignature()
{
    const TokenInspection& t = *m_inspection;
    QString text;
    if (!t.isOk() || !t.isJwt()) {
        text = tr("—");
    } else if (m_ui->secretEdit->text().isEmpty()) {
        text = tr("Not checked: enter the backend's HS256 secret to check it (optional)");
    } else if (t.algorithm() != u"HS256") {
        text = tr("Not checked: the token says it is signed with %1, not HS256")
                   .arg(t.algorithm().isEmpty() ? tr("no algorithm") : t.algorithm());
    } else if (t.verifyHs256(m_ui->secretEdit->text().toUtf8()) ==
               TokenInspection::Signature::Valid) {
        text = tr("Valid: signed with this secret");
    } else {
        text = tr("Invalid: not signed with this secret (it can be revoked all the same)");
    }
    m_ui->signatureValue->setText(text);
}

void RevokeTokenDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && m_inspection->isOk());
}

void RevokeTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->tokenEdit), static_cast<QWidget*>(m_ui->explicitJtiCheck),
          static_cast<QWidget*>(m_ui->decodedBox), static_cast<QWidget*>(m_ui->secretEdit),
          static_cast<QWidget*>(m_ui->reasonEdit)})
        w->setEnabled(!busy);
    m_ui->progressLabel->setVisible(busy);
    updateOk();
}

void RevokeTokenDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    RevokeInput input;
    input.text = m_ui->tokenEdit->toPlainText();
    input.explicitJti = m_ui->explicitJtiCheck->isChecked();
    input.type = static_cast<TokenType>(m_ui->typeCombo->currentData().toInt());
    if (m_ui->expiresCheck->isChecked())
        input.expiresAt = m_ui->expiresEdit->dateTime().toUTC();
    input.reason = m_ui->reasonEdit->text().trimmed();
    FieldMessage::show(m_ui->formError, {});
    setBusy(true);
    // Without the secret: it only serves the signature check shown in the dialog.
    whenFinished(
        this,
        m_session.jobs().track(tr("Revoking a token"),
                               m_session.services().tokens().revoke(m_session.actor(), input)),
        [this](const RevokeResult& result) {
            Q_EMIT revoked(result);
            QDialog::accept();
        },
        [this](const Failure& error) {
            setBusy(false);
            showRefusal(error);
        });
}

void RevokeTokenDialog::showRefusal(const Failure& error)
{
    FieldMessage::showRefusal(error.field(), error.message(),
                              {{QStringLiteral("token"), m_ui->tokenError, m_ui->tokenEdit},
                               {QStringLiteral("reason"), m_ui->reasonError, m_ui->reasonEdit}},
                              m_ui->formError);
}
