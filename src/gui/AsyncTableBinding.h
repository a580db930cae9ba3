#pragma once

#include <QString>

class AsyncTableModelBase;
class QTableView;

// Shows an AsyncTableModelBase in a table view the way every screen does: sorted by clicking a
// header (the sort runs in the service), the header's sort indicator always telling the model's
// real order (columns without a sort key keep it where it was), rows not loaded yet painted by
// PendingRowDelegate, and the header named so that the Screen base remembers its column widths
// and sort (a remembered sort reaches the model through the header when it is restored).
class AsyncTableBinding {
public:
    static void bind(QTableView* view, AsyncTableModelBase* model, const QString& headerName);
};
