#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <memory>

// A lease on one of a Connection's cached prepared statements, handed out by Connection::exec
// with the statement run. Its result ends when the lease goes out of scope: an unfinished SELECT
// keeps SQLite's read snapshot open, so later reads on that connection would miss newer commits.
// Only the reading calls are offered, so that no caller can run, rebind or finish the cached
// query behind the connection's back. Neither copied nor moved: the lease ends where its scope
// does (Connection::exec hands it out by guaranteed copy elision).
class Statement {
public:
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    int columnCount() const;
    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    friend class Connection;
    explicit Statement(std::shared_ptr<QSqlQuery> query);

    // Shared with the connection's cache: while a lease holds it, the statement is being read.
    std::shared_ptr<QSqlQuery> m_query;
};
