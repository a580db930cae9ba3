#include "OriginList.h"

#include "InputLimits.h"
#include "OriginNormalizer.h"

#include <QHash>
#include <QStringView>

#include <algorithm>

OriginList OriginList::parse(const QString& value)
{
    OriginList list;
    // The first entry of each accepted origin: linear, as the dialog parses on every keystroke.
    QHash<QString, qsizetype> first;
    for (const QStringView item : QStringView(value).split(u',')) {
        const QStringView text = item.trimmed();
        if (text.isEmpty())
            continue;
        OriginCheck check = OriginNormalizer::normalize(text.toString());
        qsizetype duplicateOf = -1;
        if (check.isOk()) {
            const auto earlier = first.constFind(check.origin());
            if (earlier != first.cend())
                duplicateOf = *earlier;
            else
                first.insert(check.origin(), list.m_entries.size());
        }
        list.m_entries.append({text.toString(), std::move(check), duplicateOf});
    }
    return list;
}

QString OriginList::checkSize(const QString& value)
{
    if (value.size() > InputLimits::maxOriginsValueLength)
        return tr("The value has %1 characters; at most %2 are taken.")
            .arg(value.size())
            .arg(InputLimits::maxOriginsValueLength);
    qsizetype entries = 0;
    for (const QStringView item : QStringView(value).split(u',')) {
        if (!item.trimmed().isEmpty())
            ++entries;
    }
    if (entries > InputLimits::maxOriginEntries)
        return tr("The value has %1 entries; at most %2 are taken.")
            .arg(entries)
            .arg(InputLimits::maxOriginEntries);
    return {};
}

QString OriginList::format(QStringList origins)
{
    std::sort(origins.begin(), origins.end());
    return origins.join(u',');
}

bool OriginList::hasRefused() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry& e) { return !e.check.isOk(); });
}

QStringList OriginList::origins() const
{
    QStringList result;
    for (const Entry& e : m_entries) {
        if (e.check.isOk() && e.duplicateOf < 0)
            result << e.check.origin();
    }
    return result;
}
