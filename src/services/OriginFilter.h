#pragma once

#include <QString>

#include <optional>

struct OriginFilter {
    QString search; // part of the origin or the note, any case
    std::optional<bool> active;
};
