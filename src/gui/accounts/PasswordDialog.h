#pragma once

#include "AccountRecord.h"
#include "FieldMessage.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class Session;

namespace Ui {
class PasswordDialog;
}

// Gives an account a new password. Busy while the service hashes and stores it; a refused
// password (too short, too long) is shown at the field; it closes (accepted) once stored.
class PasswordDialog : public QDialog {
    Q_OBJECT

public:
    PasswordDialog(Session& session, const AccountRecord& account, QWidget* parent = nullptr);
    ~PasswordDialog() override;

    // The confirmation of a new password: "do not match" under it once something is typed
    // there. True when the two agree.
    static bool checkConfirmation(const QLineEdit* password, const QLineEdit* confirm,
                                  QLabel* error);

public Q_SLOTS:
    void accept() override;

private:
    void setBusy(bool busy);
    void updateAcceptable();

    Session& m_session;
    std::unique_ptr<Ui::PasswordDialog> m_ui;
    const AccountRecord m_account;
    // Where the service's refusals are shown.
    QList<FieldMessage::Field> m_fields;
    bool m_busy = false;
};
