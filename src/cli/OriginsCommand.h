#pragma once

#include "OriginService.h"
#include "ServiceCommand.h"

#include <optional>
#include <utility>

// mealdesk-cli origins add|list|remove|enable|disable|test|import|export: the CORS origins the
// backend allows (super admins).
class OriginsCommand : public ServiceCommand {
public:
    QString name() const override { return QStringLiteral("origins"); }
    QString description() const override;

protected:
    QList<Action> actions() const override;
    QList<QCommandLineOption> groupOptions() const override;
    void prepareAction(const QCommandLineParser& parser, const QStringList& arguments) override;
    void readInput() override;
    QFuture<Output> startAction(ServiceRegistry& services, const Actor& actor) override;

private:
    QFuture<Output> add(const Actor& actor);
    QFuture<Output> list(const Actor& actor);
    // remove, enable and disable: the origins named by m_ids and m_origins in one call.
    QFuture<Output> changeAll(const Actor& actor);
    QFuture<Output> test(const Actor& actor);
    QFuture<Output> importValue(const Actor& actor);
    QFuture<Output> exportValue(const Actor& actor);
    // The ids of m_targets, each origin that is not in the list refused (NotFound).
    QFuture<std::pair<QList<qint64>, BulkResult>> find(const Actor& actor);

    OriginService* m_origins = nullptr;
    QString m_argument;
    // remove, enable, disable: each argument as an id in decimal, or as its origin normalised
    // (as it is stored).
    QStringList m_targets;
    QString m_note;
    std::optional<bool> m_active;
    bool m_skipInvalid = false;
};
