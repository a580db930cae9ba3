#pragma once

#include "AccountRecord.h"
#include "PageRequest.h"
#include "Screen.h"

#include <QList>

#include <memory>

class AuditModel;
class QModelIndex;
class QTimer;
struct AuditRecord;

namespace Ui {
class AuditScreen;
}

// The audit log (super admins): filters for account, action, entity and days, and an export of
// what they select; beside the list, the selected entry's old and new values. New entries come
// in as they are written.
class AuditScreen : public Screen {
    Q_OBJECT

public:
    explicit AuditScreen(Session& session, QWidget* parent = nullptr);
    ~AuditScreen() override;

    Commands commands() const override;
    void focusFilter() override;
    void reload() override;
    void refresh() override;

private:
    void applyFilter();
    void clearFilters();
    // The entries the filter selects, all of them, in the order shown, to a CSV file.
    void exportShown();
    // The account choices, read page after page (accounts are few); the choice made stays.
    void loadAccounts(quint64 generation, PageRequest request, QList<AccountRecord> accounts);
    void showAccounts(const QList<AccountRecord>& accounts);
    void currentChanged(const QModelIndex& current);
    // Keeps the details and the current row together when rows change under them.
    void followShownEntry();
    // The row of entry `id` at `from` or below it (new entries only push older ones down); -1
    // when it is not near, -2 while rows on the way are still loading.
    int rowOf(qint64 id, int from) const;
    void showEntry(const AuditRecord& entry);
    void clearDetails(const QString& heading);

    std::unique_ptr<Ui::AuditScreen> m_ui;
    AuditModel* m_model;
    QTimer* m_actionDelay;
    quint64 m_accountsGeneration = 0;
    // The entry the details show; 0: none, or the current row is still loading.
    qint64 m_shownId = 0;
};
