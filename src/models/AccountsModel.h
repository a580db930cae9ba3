#pragma once

#include "AccountFilter.h"
#include "AccountRecord.h"
#include "ServiceTableModel.h"

class AccountService;

// The accounts (super admins), by username.
class AccountsModel : public ServiceTableModel<AccountService, AccountRecord, AccountFilter> {
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
};
