#include "FieldErrors.h"

#include "DbError.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>

namespace {

void setMessage(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

FieldErrors::FieldErrors(QLabel* formLabel, QObject* parent)
    : QObject(parent)
    , m_formLabel(formLabel)
{
    setMessage(m_formLabel, {});
}

void FieldErrors::add(const QString& field, QLabel* label, QWidget* input)
{
    m_fields.insert(field, {label, input});
    setMessage(label, {});
    const auto edited = [label] { setMessage(label, {}); };
    if (auto* edit = qobject_cast<QLineEdit*>(input))
        connect(edit, &QLineEdit::textEdited, label, edited);
    else if (auto* button = qobject_cast<QAbstractButton*>(input))
        connect(button, &QAbstractButton::toggled, label, edited);
    else if (auto* combo = qobject_cast<QComboBox*>(input))
        connect(combo, &QComboBox::currentIndexChanged, label, edited);
    else if (auto* tree = qobject_cast<QTreeWidget*>(input))
        connect(tree, &QTreeWidget::itemChanged, label, edited);
}

void FieldErrors::showRefusal(const DbError& error)
{
    const auto field = m_fields.constFind(error.field());
    if (field == m_fields.cend()) {
        showFormError(error.message());
        return;
    }
    setMessage(field->label, error.message());
    field->input->setFocus();
    if (auto* edit = qobject_cast<QLineEdit*>(field->input))
        edit->selectAll();
}

void FieldErrors::showFormError(const QString& message)
{
    setMessage(m_formLabel, message);
}

void FieldErrors::clear()
{
    setMessage(m_formLabel, {});
    for (const Field& field : std::as_const(m_fields))
        setMessage(field.label, {});
}

bool FieldErrors::checkConfirmation(const QLineEdit* password, const QLineEdit* confirm,
                                    QLabel* error)
{
    const bool agree = confirm->text() == password->text();
    setMessage(error,
               agree || confirm->text().isEmpty() ? QString() : tr("The passwords do not match."));
    return agree;
}
