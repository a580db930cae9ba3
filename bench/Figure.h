#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One measured number beside the number it is compared with (one JSON line of the output).
struct Figure {
    QString bench;   // stable name, e.g. "gui_stall" or "W3_token_check.ops"
    QString backend; // "sqlite" or "postgresql"
    qint64 n = 0;    // rows or operations measured
    double value = 0;
    QString unit;
    std::optional<double> baseline;
    QString baselineIs; // what the baseline measured
    QString goal;       // the goal, if it sets one
    QJsonObject config; // pool size, operations in flight, step times ...

    std::optional<double> ratio() const
    {
        if (!baseline || *baseline == 0)
            return std::nullopt;
        return value / *baseline;
    }
};
