#include "OriginDialog.h"

#include "ui_OriginDialog.h"

#include "FieldMessage.h"
#include "LeftToRight.h"
#include "OriginNormalizer.h"
#include "Session.h"
#include "WhenFinished.h"

#include <QPushButton>

namespace {

// allowed_origins.note is varchar(256); the service refuses longer text.
constexpr int maxNote = 256;

} // namespace

OriginDialog::OriginDialog(Session& session, std::optional<OriginRecord> editing, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OriginDialog>())
    , m_session(session)
    , m_editing(std::move(editing))
{
    m_ui->setupUi(this);
    m_ui->noteEdit->setMaxLength(maxNote);
    QPushButton* const ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (m_editing) {
        setWindowTitle(tr("Edit allowed origin"));
        ok->setText(tr("&Save"));
        m_ui->originEdit->setText(m_editing->origin);
        m_ui->originEdit->setReadOnly(true);
        m_ui->originEdit->setToolTip(tr("A stored origin is not renamed: remove it and add the "
                                        "new one."));
        m_ui->noteEdit->setText(m_editing->note);
        m_ui->noteEdit->setFocus();
    } else {
        setWindowTitle(tr("Add allowed origin"));
        ok->setText(tr("&Add"));
    }
    for (QLabel* label : {m_ui->originPreview, m_ui->originError, m_ui->noteError, m_ui->formError})
        FieldMessage::show(label, {});
    connect(m_ui->originEdit, &QLineEdit::textChanged, this, &OriginDialog::validate);
    FieldMessage::clearWhenEdited(m_ui->noteError, m_ui->noteEdit);
    setBusy(false);
}

OriginDialog::~OriginDialog() = default;

void OriginDialog::validate()
{
    FieldMessage::show(m_ui->formError, {});
    bool acceptable = true;
    if (!m_editing) {
        const QString text = m_ui->originEdit->text();
        const OriginCheck check = OriginNormalizer::normalize(text);
        acceptable = check.isOk();
        // An empty field is not a mistake yet: it only keeps Add disabled.
        const bool untouched = text.trimmed().isEmpty();
        FieldMessage::show(
            m_ui->originPreview,
            acceptable ? tr("Stored as %1").arg(LeftToRight::isolated(check.origin())) : QString());
        FieldMessage::show(m_ui->originError, untouched ? QString() : check.error());
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && acceptable);
}

void OriginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->originEdit->setEnabled(!busy);
    m_ui->noteEdit->setEnabled(!busy);
    m_ui->progressLabel->setVisible(busy);
    validate();
}

void OriginDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    OriginService& origins = m_session.services().origins();
    const QString note = m_ui->noteEdit->text().trimmed();
    const QFuture<OriginRecord> saving =
        m_editing ? m_session.jobs().track(
                        tr("Saving the note of %1").arg(m_editing->origin),
                        origins.setNote(m_session.actor(), m_editing->id, m_editing->version, note))
                  : m_session.jobs().track(
                        tr("Adding an allowed origin"),
                        origins.add(m_session.actor(), m_ui->originEdit->text(), note));
    setBusy(true);
    whenFinished(
        this, saving,
        [this](const OriginRecord& origin) {
            Q_EMIT saved(origin);
            QDialog::accept();
        },
        [this](const Failure& error) {
            setBusy(false);
            showRefusal(error);
        });
}

void OriginDialog::showRefusal(const Failure& error)
{
    if (error.kind() == Failure::Kind::Conflict && m_editing) {
        takeNewerVersion();
        return;
    }
    const QWidget* refused =
        FieldMessage::showRefusal(error.field(), error.message(),
                                  {{QStringLiteral("origin"), m_ui->originError, m_ui->originEdit},
                                   {QStringLiteral("note"), m_ui->noteError, m_ui->noteEdit}},
                                  m_ui->formError);
    // "Stored as …" beside a refused origin would contradict the refusal.
    if (refused == m_ui->originEdit)
        FieldMessage::show(m_ui->originPreview, {});
}

void OriginDialog::takeNewerVersion()
{
    setBusy(true);
    whenFinished(
        this, m_session.services().origins().get(m_session.actor(), m_editing->id),
        [this](const OriginRecord& current) {
            m_editing = current;
            setBusy(false);
            FieldMessage::show(
                m_ui->formError,
                current.note.isEmpty()
                    ? tr("Someone else changed this origin meanwhile; it has no note now. Save "
                         "again to give it yours.")
                    : tr("Someone else changed this origin meanwhile; its note is now \"%1\". "
                         "Save again to replace it with yours.")
                          .arg(current.note));
        },
        [this](const Failure& error) {
            setBusy(false);
            FieldMessage::show(m_ui->formError, error.message());
        });
}
