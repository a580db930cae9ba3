#include "AuditDetailsTree.h"

#include "CellText.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

// Objects and lists holding objects or lists open into rows; a list of plain values reads best
// on one line.
bool opensIntoRows(const QJsonValue& v)
{
    if (v.isObject())
        return true;
    const QJsonArray array = v.toArray();
    return std::any_of(array.begin(), array.end(),
                       [](const QJsonValue& e) { return e.isObject() || e.isArray(); });
}

QString valueText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return {}; // the field is not on this side
    case QJsonValue::Null:
        return AuditDetailsTree::tr("(none)");
    case QJsonValue::Bool:
        return CellText::yesNo(v.toBool());
    case QJsonValue::Double:
        // Ids and counts: whole numbers without exponent or digit grouping.
        return v.toDouble() == static_cast<double>(v.toInteger())
                   ? QString::number(v.toInteger())
                   : QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString().isEmpty() ? AuditDetailsTree::tr("(empty)") : v.toString();
    case QJsonValue::Array: {
        const QJsonArray array = v.toArray();
        if (opensIntoRows(v))
            return AuditDetailsTree::tr("%n item(s)", nullptr, static_cast<int>(array.size()));
        if (array.isEmpty())
            return AuditDetailsTree::tr("(empty list)");
        QStringList parts;
        for (const auto& element : array)
            parts << valueText(element);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        break;
    }
    return {};
}

// The fields of a value: an object's names, a list's positions counted from 1.
QStringList fieldsOf(const QJsonValue& v)
{
    if (v.isObject())
        return v.toObject().keys();
    QStringList positions;
    if (opensIntoRows(v)) {
        for (qsizetype i = 1; i <= v.toArray().size(); ++i)
            positions << QString::number(i);
    }
    return positions;
}

QJsonValue member(const QJsonValue& v, const QString& field)
{
    if (v.isObject())
        return v.toObject().value(field);
    if (v.isArray())
        return v.toArray().at(field.toInt() - 1);
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

AuditDetailsTree::AuditDetailsTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
    clearDetails();
}

void AuditDetailsTree::clearDetails()
{
    clear();
    setValueColumns({tr("Value")});
}

void AuditDetailsTree::setValueColumns(const QStringList& headers)
{
    setColumnCount(1 + headers.size());
    setHeaderLabels(QStringList{tr("Field")} + headers);
    for (int column = 0; column < columnCount(); ++column)
        setColumnHidden(column, false);
}

void AuditDetailsTree::setDetails(const QString& json)
{
    clear();
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    const QJsonObject details = doc.object();
    const QLatin1String oldKey("old");
    const QLatin1String newKey("new");
    const bool hasOld = details.contains(oldKey);
    const bool hasNew = details.contains(newKey);
    if (!doc.isObject()) {
        // Not what the services write: shown as it is rather than hidden.
        setValueColumns({tr("Value")});
        addTopLevelItem(new QTreeWidgetItem(QStringList{tr("Details"), json}));
    } else if (!hasOld && !hasNew) {
        setValueColumns({tr("Value")});
        addFields(invisibleRootItem(), {QJsonValue(details)}, false);
    } else {
        setValueColumns({tr("Before"), tr("After")});
        setColumnHidden(FirstValueColumn, !hasOld);
        setColumnHidden(FirstValueColumn + 1, !hasNew);
        addFields(invisibleRootItem(), {details.value(oldKey), details.value(newKey)},
                  hasOld && hasNew);
        // Anything else the entry says (a reason) spans a row of its own under the values.
        for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
            if (it.key() == oldKey || it.key() == newKey)
                continue;
            const QString text =
                it->isObject() ? QString::fromUtf8(
                                     QJsonDocument(it->toObject()).toJson(QJsonDocument::Compact))
                : it->isArray()
                    ? QString::fromUtf8(QJsonDocument(it->toArray()).toJson(QJsonDocument::Compact))
                    : valueText(it.value());
            auto* item = new QTreeWidgetItem(invisibleRootItem(),
                                             QStringList{tr("%1: %2").arg(it.key(), text)});
            item->setFirstColumnSpanned(true);
        }
    }
    for (int column = 0; column < columnCount() - 1; ++column)
        resizeColumnToContents(column);
}

void AuditDetailsTree::addFields(QTreeWidgetItem* parent, const QList<QJsonValue>& sides,
                                 bool compare)
{
    QStringList fields;
    for (const QJsonValue& side : sides) {
        for (const QString& field : fieldsOf(side)) {
            if (!fields.contains(field))
                fields << field;
        }
    }
    for (const QString& field : std::as_const(fields)) {
        QList<QJsonValue> members;
        for (const QJsonValue& side : sides)
            members << member(side, field);
        addRow(parent, field, members, compare);
    }
}

void AuditDetailsTree::addRow(QTreeWidgetItem* parent, const QString& field,
                              const QList<QJsonValue>& sides, bool compare)
{
    auto* item = new QTreeWidgetItem(parent, QStringList{field});
    for (int i = 0; i < sides.size(); ++i) {
        const QString text = valueText(sides.at(i));
        item->setText(FirstValueColumn + i, text);
        // Long values (a note, a list of ids) are read whole in the tooltip.
        item->setToolTip(FirstValueColumn + i, text);
    }
    addFields(item, sides, compare);
    if (compare && sides.first() != sides.last()) {
        QFont bold = font();
        bold.setBold(true);
        for (int column = 0; column < columnCount(); ++column)
            item->setFont(column, bold);
        // The way to what changed is open.
        item->setExpanded(true);
    }
}
