#pragma once

#include "OriginService.h"
#include "ServiceCommand.h"

#include <optional>

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
    QFuture<Output> remove(const Actor& actor);
    // enable and disable.
    QFuture<Output> setActive(const Actor& actor, bool active);
    QFuture<Output> test(const Actor& actor);
    QFuture<Output> importValue(const Actor& actor);
    QFuture<Output> exportValue(const Actor& actor);
    // The stored row of m_origin (normalised); NotFound when it is not in the list.
    QFuture<OriginRecord> find(const Actor& actor);

    OriginService* m_origins = nullptr;
    QString m_argument;
    // remove, enable, disable: the argument normalised, as it is stored.
    QString m_origin;
    QString m_note;
    std::optional<bool> m_active;
    bool m_skipInvalid = false;
};
