#pragma once

#include "CliCommand.h"

#include <QString>

#include <memory>
#include <vector>

class ServiceHost;
class QCoreApplication;

// mealdesk-cli: finds the subcommand, checks its options, migrates the database, starts the
// command and prints its result when its future resolves. Nothing blocks the main thread: the
// event loop runs until the command's continuation calls exit().
class Cli {
public:
    Cli();
    ~Cli();
    Cli(const Cli&) = delete;
    Cli& operator=(const Cli&) = delete;

    // Runs the command line of `app`; returns the process exit code.
    int run(QCoreApplication& app);
    // Ends the application's event loop with `code` once it runs. A command whose future has
    // finished before its continuations are attached runs them at once, before exec():
    // QCoreApplication::exit() there would be lost, and the program would wait forever.
    static void exit(int code);

private:
    CliCommand* find(const QString& name) const;
    QString commandList() const;
    // The general --help: the commands and what they do.
    QString usage() const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
    std::unique_ptr<ServiceHost> m_host;
};
