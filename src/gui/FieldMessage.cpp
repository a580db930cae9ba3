#include "FieldMessage.h"

#include <QLabel>

void FieldMessage::show(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}
