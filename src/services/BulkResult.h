#pragma once

#include "Failure.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What one bulk action (one service call, one transaction) did: the items it changed and each
// item it refused with why, so that a refusal never stops the others. Items are named by their
// key as the caller gave them: an id in decimal, a token's jti.
class BulkResult {
    Q_DECLARE_TR_FUNCTIONS(BulkResult)

public:
    struct Refusal {
        QString key;
        // Conflict, Permission, NotFound or Validation; the message names the item.
        Failure::Kind kind = Failure::Kind::Validation;
        QString message;
        QString field;

        Failure failure() const { return Failure(kind, message, field); }
    };

    QStringList done;
    QList<Refusal> refused;

    void refuse(const QString& key, const Failure& failure);
    bool isRefused(const QString& key) const;

    // "3 done, 2 refused:" and a line per refusal: what the CLI prints and the screens show.
    QString summary() const;
};
