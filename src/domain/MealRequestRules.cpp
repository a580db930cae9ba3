#include "MealRequestRules.h"

namespace {

QString marker()
{
    return QStringLiteral("Rejected: ");
}

} // namespace

qsizetype MealRequestRules::characters(const QString& text)
{
    return text.toUcs4().size();
}

QString MealRequestRules::rejectionReason(const QString& reason)
{
    return reason.simplified();
}

QString MealRequestRules::notesWithRejection(const QString& notes, const QString& reason)
{
    const QString kept = rejectionReason(reason);
    if (kept.isEmpty())
        return notes;
    return notes.isEmpty() ? marker() + kept : notes + QLatin1Char('\n') + marker() + kept;
}

QString MealRequestRules::checkRejectionReason(const QString& notes, const QString& reason)
{
    const qsizetype length = characters(rejectionReason(reason));
    const qsizetype room =
        maxNotes - characters(marker()) - (notes.isEmpty() ? 0 : characters(notes) + 1);
    if (length == 0 || length <= room)
        return {};
    if (notes.isEmpty())
        return tr("The reason has %1 characters; at most %2 are allowed.").arg(length).arg(room);
    if (room <= 0)
        return tr("The request's notes leave no room for a reason (notes hold at most %1 "
                  "characters).")
            .arg(maxNotes);
    return tr("The reason has %1 characters; beside the request's notes at most %2 fit.")
        .arg(length)
        .arg(room);
}
