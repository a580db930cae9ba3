#pragma once

#include "AccountRecord.h"

#include <QDialog>

#include <memory>

class Failure;
class Session;

namespace Ui {
class SignOutEverywhereDialog;
}

// Asks which account to sign out everywhere (its tokens issued before now stop working) and
// does it once confirmed; stays open and busy meanwhile, and shows a refusal at the account field.
class SignOutEverywhereDialog : public QDialog {
    Q_OBJECT

public:
    // `username`: the account proposed (e.g. the selected token's); may be empty.
    SignOutEverywhereDialog(Session& session, const QString& username, QWidget* parent = nullptr);
    ~SignOutEverywhereDialog() override;

public Q_SLOTS:
    // Starts signing out the account typed; does not close the dialog.
    void accept() override;

Q_SIGNALS:
    void signedOut(const AccountRecord& account);

private:
    void updateOk();
    void setBusy(bool busy);
    void showRefusal(const Failure& error);

    std::unique_ptr<Ui::SignOutEverywhereDialog> m_ui;
    Session& m_session;
    bool m_busy = false;
};
