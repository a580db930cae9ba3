#pragma once

#include "MealLineRecord.h"
#include "MealRequestStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// A meal_request row with the names a screen shows. Lists leave `lines` empty (lineCount says
// how many there are); get() and the changes fill it.
struct MealRequestRecord {
    qint64 id = 0;
    qint64 requesterId = 0;
    QString requesterName; // username
    MealRequestStatus status = MealRequestStatus::Pending;
    qint64 mealTypeId = 0;
    QString mealTypeNameEn;
    QString mealTypeNameAr;
    QDateTime requestTime;
    qint64 closedById = 0; // 0: not closed
    QString closedByName;
    QDateTime closedTime;
    QString notes;
    qint64 originalRequestId = 0; // 0: not a copy
    bool deleted = false;
    int version = 0;
    int lineCount = 0; // lines not deleted
    QList<MealLineRecord> lines;

    // Of `lines`: those accepted.
    int acceptedLines() const;

    // The audited fields, for audit_log details.
    QJsonObject toJson() const;
};
