#pragma once

#include "AccountRecord.h"

#include <QDialog>

#include <memory>

class FieldErrors;
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

public Q_SLOTS:
    void accept() override;

private:
    void setBusy(bool busy);
    void updateAcceptable();

    Session& m_session;
    std::unique_ptr<Ui::PasswordDialog> m_ui;
    const AccountRecord m_account;
    FieldErrors* m_errors;
    bool m_busy = false;
};
