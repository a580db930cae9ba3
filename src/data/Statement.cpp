#include "Statement.h"

#include <QSqlRecord>

Statement::Statement(std::shared_ptr<QSqlQuery> query)
    : m_query(std::move(query))
{
}

Statement::~Statement()
{
    m_query->finish();
}

int Statement::columnCount() const
{
    return m_query->record().count();
}
