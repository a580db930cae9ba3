#pragma once

#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTreeWidget>

// An audit entry's details (JSON text) as people read them. Old and new values side by side:
// one row per field (objects and lists of objects open into child rows), the changed ones in
// bold and expanded; the Before or After column is hidden when the entry has no such side (a
// creation, a deletion). Details without old and new values (the counts of an import) are
// listed as field and value.
class AuditDetailsTree : public QTreeWidget {
    Q_OBJECT

public:
    explicit AuditDetailsTree(QWidget* parent = nullptr);

    void setDetails(const QString& json);
    void clearDetails();

private:
    enum Column { FieldColumn, FirstValueColumn };

    void setValueColumns(const QStringList& headers);
    // Rows under `parent` for the fields of `sides` (one value per side), compared when
    // `compare` is set.
    void addFields(QTreeWidgetItem* parent, const QList<QJsonValue>& sides, bool compare);
    void addRow(QTreeWidgetItem* parent, const QString& field, const QList<QJsonValue>& sides,
                bool compare);
};
