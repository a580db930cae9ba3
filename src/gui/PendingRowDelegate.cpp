#include "PendingRowDelegate.h"

#include "AsyncTableModelBase.h"

#include <QPalette>

void PendingRowDelegate::initStyleOption(QStyleOptionViewItem* option,
                                         const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != 0)
        return;
    const QString error = index.data(AsyncTableModelBase::ErrorRole).toString();
    if (!error.isEmpty()) {
        option->text = error;
        option->palette.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e));
    } else if (index.data(AsyncTableModelBase::LoadingRole).toBool()) {
        option->text = tr("Loading…");
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
    } else {
        return;
    }
    option->features |= QStyleOptionViewItem::HasDisplay;
    option->displayAlignment = Qt::AlignLeading | Qt::AlignVCenter;
}
