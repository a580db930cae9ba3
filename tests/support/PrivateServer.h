#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A PostgreSQL server of one test's own (tests/pg-harness.sh in a temporary directory): the
// test may restart, stop or reconfigure it without disturbing the other tests. Removed when
// this object ends, and by the harness once the test process has ended, even by a crash.
class PrivateServer {
public:
    ~PrivateServer() { stop(); }

    // Starts the server; false, after saying why, when it could not.
    bool start();
    // A harness command on the started server (restart, pause, resume, tls, ...) with its
    // arguments after the directory; false, after the harness has said why, when it failed.
    bool run(const QString& command, const QStringList& args = {});
    void stop();

    // postgresql://postgres@127.0.0.1:PORT/postgres; empty when not started.
    const QString& url() const { return m_url; }
    // The directory of the harness's files, where the test may keep its own (certificates, ...).
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_url;
};
