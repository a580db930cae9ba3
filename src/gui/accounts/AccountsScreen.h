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
// two. The service has the last word (nobody blocks themself): its refusals go to the banner.
class AccountsScreen : public Screen {
    Q_OBJECT

public:
    explicit AccountsScreen(Session& session, QWidget* parent = nullptr);
    ~AccountsScreen() override;

    Commands commands() const override;
    void focusFilter() override;
    void reload() override;
    void createItem() override;
    void editItem() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void sortBy(int column, Qt::SortOrder order);
    // The account of the current row, once loaded.
    const AccountRecord* selected() const;
    void applyFilter();
    void updateActions();
    void updateCount();
    // Makes the account current once its row has come (after it was created).
    void selectPending();
    void resetPassword();
    void toggleBlocked();
    void toggleActive();
    void signOutEverywhere();
    // Opens a question; `confirmed` runs only if the person answers with `action`.
    void confirm(const QString& title, const QString& text, const QString& action,
                 const std::function<void()>& confirmed);
    // Runs a change of one account; `what` describes it in the jobs indicator and on failure.
    void perform(const QString& what, const QString& done,
                 const std::function<QFuture<AccountRecord>()>& change);

    std::unique_ptr<Ui::AccountsScreen> m_ui;
    AccountsModel* m_model;
    QTimer* m_searchDelay;
    qint64 m_pendingSelection = 0;
};
