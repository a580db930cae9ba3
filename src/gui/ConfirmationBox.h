#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

// Asks before a step that cannot be undone (purge, remove, sign out everywhere) without a nested
// event loop: the box opens window-modal with open(), and `confirmed` runs only when its action
// button is clicked. The action button names the step; Cancel (and Esc) does nothing.
class ConfirmationBox {
public:
    // The box deletes itself when closed; objectName "confirmationBox" (for tests).
    static QMessageBox* ask(QWidget* parent, const QString& title, const QString& text,
                            const QString& action, std::function<void()> confirmed);
};
