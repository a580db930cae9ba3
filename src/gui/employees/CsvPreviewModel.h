#pragma once

#include "CsvPreview.h"

#include <QAbstractTableModel>

// The records of a CsvPreview as a table: the file's line, then its columns as the header
// names them. A record with another number of fields than the header is marked: the import
// refuses it.
class CsvPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const CsvPreview& preview);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<CsvRecord> m_rows;
};
