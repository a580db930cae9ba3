#include "FieldMessage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>

void FieldMessage::show(QLabel* label, const QString& message)
{
    // Messages carry text from the database: never rendered as HTML.
    label->setTextFormat(Qt::PlainText);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void FieldMessage::clear(const QList<Field>& fields, QLabel* formLabel)
{
    show(formLabel, {});
    for (const Field& field : fields)
        show(field.label, {});
}

void FieldMessage::clearWhenEdited(QLabel* label, QWidget* input)
{
    const auto edited = [label] { show(label, {}); };
    if (auto* edit = qobject_cast<QLineEdit*>(input))
        QObject::connect(edit, &QLineEdit::textChanged, label, edited);
    else if (auto* button = qobject_cast<QAbstractButton*>(input))
        QObject::connect(button, &QAbstractButton::toggled, label, edited);
    else if (auto* combo = qobject_cast<QComboBox*>(input))
        QObject::connect(combo, &QComboBox::currentIndexChanged, label, edited);
    else if (auto* tree = qobject_cast<QTreeWidget*>(input))
        QObject::connect(tree, &QTreeWidget::itemChanged, label, edited);
}

QWidget* FieldMessage::showRefusal(const QString& field, const QString& message,
                                   const QList<Field>& fields, QLabel* formLabel)
{
    for (const Field& f : fields) {
        if (f.name == field) {
            show(f.label, message);
            f.input->setFocus();
            return f.input;
        }
    }
    show(formLabel, message);
    return nullptr;
}
