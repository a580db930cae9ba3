#include "BulkResult.h"

#include <algorithm>

void BulkResult::refuse(const QString& key, const Failure& failure)
{
    refused.append({key, failure.kind(), failure.message(), failure.field()});
}

bool BulkResult::isRefused(const QString& key) const
{
    return std::any_of(refused.cbegin(), refused.cend(),
                       [&](const Refusal& r) { return r.key == key; });
}

QString BulkResult::summary() const
{
    if (refused.isEmpty())
        return tr("%1 done.").arg(done.size());
    QString text = tr("%1 done, %2 refused:").arg(done.size()).arg(refused.size());
    // A message that does not name its item (a pasted line that is no token) gets its key.
    for (const Refusal& r : refused)
        text += QStringLiteral("\n- ") +
                (r.message.contains(r.key) ? r.message : tr("%1: %2").arg(r.key, r.message));
    return text;
}
