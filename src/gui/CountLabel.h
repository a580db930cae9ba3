#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class AsyncTableModelBase;
class QLabel;

// The label beside a screen's table that says how many rows its filter selects ("Entries:
// 1,234"), "Counting…" while the count is on its way, and that not every row came after a failed
// load (the banner says why). Follows the model by itself.
class CountLabel {
    Q_DECLARE_TR_FUNCTIONS(CountLabel)

public:
    // `countText`: the label's text once the model's count is known.
    static void follow(QLabel* label, const AsyncTableModelBase* model,
                       const std::function<QString(int rows)>& countText);
};
