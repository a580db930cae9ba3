#pragma once

#include "AccountFilter.h"
#include "AccountRecord.h"
#include "Actor.h"
#include "AsyncTableModel.h"

class AccountService;

// The accounts (super admins), by username.
class AccountsModel : public AsyncTableModel<AccountRecord, AccountFilter> {
public:
    enum Column {
        UsernameColumn,
        FullNameColumn,
        TitleColumn,
        RoleColumn,
        SuperAdminColumn,
        DepartmentsColumn,
        ActiveColumn,
        BlockedColumn,
        CreatedAtColumn,
    };

    AccountsModel(AccountService& service, const Actor& actor, ChangeFeed& feed,
                  QObject* parent = nullptr);

    // A role as people read it ("Request taker"), in the language of the interface.
    static QString roleTitle(Role role);

protected:
    QFuture<Page<AccountRecord>> fetchPage(const AccountFilter& filter,
                                           const PageRequest& request) override;
    QFuture<qint64> fetchCount(const AccountFilter& filter) override;

private:
    AccountService& m_service;
    const Actor m_actor;
};
