#pragma once

#include "Failure.h"

class QSqlError;
enum class Dialect;

// Maps a driver error of either dialect to a Failure with its kind and cause.
class SqlFailure {
public:
    // `what` names the operation for the message.
    static Failure from(const QSqlError& error, Dialect dialect, const QString& what);
    // Whether a PostgreSQL server could not be opened because it wanted a password and had
    // none, or refused the one given: the person can do something about it (type it again).
    static bool isPasswordRefused(const QSqlError& error);
};
