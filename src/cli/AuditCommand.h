#pragma once

#include "AccountService.h"
#include "AuditFilter.h"
#include "AuditService.h"
#include "ServiceCommand.h"

// mealdesk-cli audit list|export: the audit log (super admins), filtered as on the Audit
// screen, as a table, JSON or CSV.
class AuditCommand : public ServiceCommand {
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString description() const override;

protected:
    QList<Action> actions() const override;
    QList<QCommandLineOption> groupOptions() const override;
    void prepareAction(const QCommandLineParser& parser, const QStringList& arguments) override;
    QFuture<Output> startAction(ServiceRegistry& services, const Actor& actor) override;

private:
    enum class Format { Table, Json, Csv };

    // The filter with --actor's account id in it.
    QFuture<AuditFilter> resolvedFilter(const Actor& actor) const;
    QFuture<Output> list(const Actor& actor, const AuditFilter& filter) const;
    QFuture<Output> exportCsv(const Actor& actor, const AuditFilter& filter) const;

    AuditService* m_audit = nullptr;
    AccountService* m_accounts = nullptr;
    AuditFilter m_filter;
    QString m_actor; // --actor: a username
    Format m_format = Format::Table;
    QString m_output; // export --output: a path, or "-" for standard output
    int m_limit = 0;
};
