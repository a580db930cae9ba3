#pragma once

#include <QList>
#include <QString>

// What the request screens offer to choose from: the meal types and the accounts that have
// made requests. Small tables, read in one go.
struct MealRequestChoices {
    struct MealType {
        qint64 id = 0;
        QString nameEn;
        QString nameAr;
        bool active = true;

        // In the language of the interface.
        QString name() const;
    };
    struct Requester {
        qint64 id = 0;
        QString username;
    };

    QList<MealType> mealTypes;    // by id: the order of the day (Breakfast, Lunch, Dinner)
    QList<Requester> requesters;  // by username
    qint64 defaultMealTypeId = 0; // the active meal type of highest priority; 0 when none is
};
