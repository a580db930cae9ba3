#pragma once

#include "AccountRecord.h"
#include "Screen.h"

#include <QFuture>

#include <functional>
#include <memory>

class AccountsModel;
class QTimer;

namespace Ui {
class AccountsScreen;
}

// The accounts (super admins): a filtered list; create and edit in AccountDialog; reset a
// password; block, deactivate and sign out everywhere after a confirmation, and undo the first
// two; unlock an account locked by failed sign-ins. The service has the last word (nobody blocks
// themself): its refusals go to the banner.
class AccountsScreen : public Screen {
    Q_OBJECT

public:
    explicit AccountsScreen(Session& session, QWidget* parent = nullptr);
    ~AccountsScreen() override;

    Commands commands() const override;
    void focusFilter() override;
    void reload() override;
    void refresh() override;
    void createItem() override;
    void editItem() override;

private:
    // The account of the current row, once loaded.
    const AccountRecord* selected() const;
    void applyFilter();
    void updateActions();
    // Makes the account current once its row has come (after it was created).
    void selectPending();
    void resetPassword();
    void toggleBlocked();
    void toggleActive();
    void signOutEverywhere();
    void unlock();
    enum class Change { Block, Unblock, Activate, Deactivate, SignOut, Unlock };
    // Makes `change` to `account`; blocking, deactivating and signing out are confirmed first.
    void changeAccount(const AccountRecord& account, Change change);
    // The service call that makes `change` to account `id`, as the signed-in actor.
    std::function<QFuture<AccountRecord>()> serviceCall(qint64 id, Change change) const;
    // Runs a change of one account; `what` describes it in the jobs indicator and on failure.
    void perform(const QString& what, const QString& done,
                 const std::function<QFuture<AccountRecord>()>& change);

    std::unique_ptr<Ui::AccountsScreen> m_ui;
    AccountsModel* m_model;
    QTimer* m_searchDelay;
    qint64 m_pendingSelection = 0;
};
