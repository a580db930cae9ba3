#pragma once

#include <QString>

class QLabel;

// The message line under a form field ("The port 0 is out of range…"): shown with its text,
// hidden while there is nothing to say, so an empty line takes no room.
class FieldMessage {
public:
    static void show(QLabel* label, const QString& message);
};
