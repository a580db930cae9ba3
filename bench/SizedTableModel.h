#pragma once

#include <QAbstractTableModel>

// A table of a given number of rows and no data source (each cell shows its row number): what
// a QTableView costs when rows are announced, with no database and no model work behind it.
class SizedTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit SizedTableModel(int columns, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Announces rows up to `rows` in one insertion, as a model does when its count arrives.
    void growTo(int rows);

private:
    int m_columns;
    int m_rows = 0;
};
