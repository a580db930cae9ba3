#include "ConfirmationBox.h"

#include <QMessageBox>
#include <QPushButton>

QMessageBox* ConfirmationBox::ask(QWidget* parent, const QString& title, const QString& text,
                                  const QString& action, std::function<void()> confirmed)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmationBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton* const go = box->addButton(action, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [go, confirmed = std::move(confirmed)](QAbstractButton* clicked) {
                         if (clicked == go)
                             confirmed();
                     });
    box->open();
    return box;
}
