#pragma once

#include <QStyledItemDelegate>

// Paints the rows of an asynchronous table that have not arrived: "Loading…" while their page
// is on its way, the reason when it cannot come (AsyncTableModelBase's LoadingRole/ErrorRole),
// in the first column, so that a jump through a large table never shows a blank grid.
class PendingRowDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
