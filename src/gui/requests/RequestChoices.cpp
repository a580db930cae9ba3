#include "RequestChoices.h"

#include "Database.h"

#include <QLocale>

QString RequestChoices::MealType::name() const
{
    return QLocale().language() == QLocale::Arabic ? nameAr : nameEn;
}

QFuture<RequestChoices> RequestChoices::load(Database& db)
{
    return db.read([](Connection& c) {
        RequestChoices choices;
        QSqlQuery& types = c.exec(QStringLiteral("SELECT id, name_en, name_ar, is_active FROM "
                                                 "meal_type ORDER BY priority DESC, id"));
        while (types.next())
            choices.mealTypes.append({types.value(0).toLongLong(), types.value(1).toString(),
                                      types.value(2).toString(), types.value(3).toBool()});
        types.finish();
        // Accounts are few; each EXISTS is one probe of meal_request_requester_idx.
        QSqlQuery& requesters = c.exec(
            QStringLiteral("SELECT a.id, a.username FROM account a WHERE EXISTS (SELECT 1 FROM "
                           "meal_request r WHERE r.requester_id = a.id) ORDER BY a.username"));
        while (requesters.next())
            choices.requesters.append(
                {requesters.value(0).toLongLong(), requesters.value(1).toString()});
        requesters.finish();
        return choices;
    });
}
