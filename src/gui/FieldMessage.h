#pragma once

#include <QList>
#include <QString>

class QLabel;
class QWidget;

// The message line under a form field ("The port 0 is out of range…"): shown with its text,
// hidden while there is nothing to say, so an empty line takes no room. A refusal of the
// service (Failure::field() and message()) goes to the line of the field it names, or under the
// form.
class FieldMessage {
public:
    // A field a refusal can name: the line for its messages and its input.
    struct Field {
        QString name;
        QLabel* label = nullptr;
        QWidget* input = nullptr;
    };

    static void show(QLabel* label, const QString& message);
    // Empties the form's line and every field's.
    static void clear(const QList<Field>& fields, QLabel* formLabel);
    // Empties `label` once `input` changes (text, check state, choice, checked items): what was
    // refused has been answered.
    static void clearWhenEdited(QLabel* label, QWidget* input);
    // Shows `message` at the field named `field`, whose input gets the focus, or in `formLabel`
    // when no field has that name. Returns that input; nullptr for the form.
    static QWidget* showRefusal(const QString& field, const QString& message,
                                const QList<Field>& fields, QLabel* formLabel);
};
