#include "AsyncTableBinding.h"

#include "AsyncTableModelBase.h"
#include "PendingRowDelegate.h"

#include <QHeaderView>
#include <QTableView>

void AsyncTableBinding::bind(QTableView* view, AsyncTableModelBase* model,
                             const QString& headerName)
{
    view->setModel(model);
    view->setItemDelegate(new PendingRowDelegate(view));
    QHeaderView* const header = view->horizontalHeader();
    header->setObjectName(headerName);
    header->setSortIndicator(model->sortColumn(), model->sortOrder());
    view->setSortingEnabled(true);
    // Runs after the view's own handler has asked the model to sort: a column the model cannot
    // sort by gets its indicator taken back.
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, model, [header, model] {
        if (header->sortIndicatorSection() != model->sortColumn() ||
            header->sortIndicatorOrder() != model->sortOrder())
            header->setSortIndicator(model->sortColumn(), model->sortOrder());
    });
}
