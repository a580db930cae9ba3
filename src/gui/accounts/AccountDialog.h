#pragma once

#include "AccountInput.h"
#include "AccountRecord.h"
#include "DepartmentRecord.h"
#include "FieldMessage.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

class Failure;
class QTreeWidgetItem;
class Session;

namespace Ui {
class AccountDialog;
}

// Creates an account, or edits one (names, role, super admin, departments) at the version it
// was read. It saves itself: while the service works the form is busy; a refusal is shown at
// its field and everything typed stays; it closes only once the account is stored.
class AccountDialog : public QDialog {
    Q_OBJECT

public:
    // Without `account`: a new one, with its password.
    AccountDialog(Session& session, std::optional<AccountRecord> account,
                  QWidget* parent = nullptr);
    ~AccountDialog() override;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void saved(const AccountRecord& account);

private:
    void loadDepartments();
    void showDepartments(const QList<DepartmentRecord>& departments);
    void showAccount(const AccountRecord& account);
    AccountInput input() const;
    void saveFailed(const Failure& error);
    // Someone else saved the account first: its current values replace the form's.
    void reloadAfterConflict();
    void setBusy(bool busy);
    void updateAcceptable();

    Session& m_session;
    std::unique_ptr<Ui::AccountDialog> m_ui;
    std::optional<AccountRecord> m_account;
    // Where the service's refusals are shown.
    QList<FieldMessage::Field> m_fields;
    bool m_busy = false;
    bool m_departmentsLoaded = false;
};
