#pragma once

#include "CliCommand.h"
#include "Seeder.h"

// mealdesk-cli demo [--employees N ...]: fills an empty database with the demo data set and
// says what it made and how long it took.
class DemoCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void prepare(const QCommandLineParser& parser) override;
    void checkDatabase(const ConnectionSettings& settings) const override;
    QFuture<Output> start(ServiceHost& host) override;

private:
    Seeder::DemoSizes m_sizes;
    bool m_allowPublishedPasswords = false;
};
