#include "CountLabel.h"

#include "AsyncTableModelBase.h"

#include <QLabel>

void CountLabel::follow(QLabel* label, const AsyncTableModelBase* model,
                        const std::function<QString(int rows)>& countText)
{
    const auto update = [label, model, countText] {
        using State = AsyncTableModelBase::State;
        if (model->state() == State::Error)
            label->setText(tr("Not all rows could be loaded (F5 tries again)."));
        else if (model->isCountKnown())
            label->setText(countText(model->rowCount()));
        else if (model->state() == State::Loading)
            label->setText(tr("Counting…"));
        else
            label->clear();
    };
    // The count changes with the rows, which do not always change the state.
    QObject::connect(model, &AsyncTableModelBase::stateChanged, label, update);
    QObject::connect(model, &QAbstractItemModel::modelReset, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, label, update);
    update();
}
