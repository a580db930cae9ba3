#pragma once

#include <QString>

#include <optional>

struct AccountFilter {
    QString search; // part of the username or full name, any case
    std::optional<bool> active;
    std::optional<bool> blocked;
};
