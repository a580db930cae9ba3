#pragma once

#include "MealRequestService.h"
#include "ServiceCommand.h"

#include <QList>

// mealdesk-cli requests approve|reject|accept-lines|reject-lines: decisions on Pending meal
// requests and their lines, several in one call (one transaction); those refused are listed.
class RequestsCommand : public ServiceCommand {
public:
    QString name() const override { return QStringLiteral("requests"); }
    QString description() const override;

protected:
    QList<Action> actions() const override;
    QList<QCommandLineOption> groupOptions() const override;
    void prepareAction(const QCommandLineParser& parser, const QStringList& arguments) override;
    QFuture<Output> startAction(ServiceRegistry& services, const Actor& actor) override;

private:
    QList<qint64> m_ids;
    QString m_reason;
};
