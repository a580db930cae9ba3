#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class DbError;
class QLabel;
class QLineEdit;
class QWidget;

// Where a form shows what the database refused: each DbError::field() name has a label beside
// its input, any other refusal goes under the form. A refusal at a field stays until that input
// is edited, so what was typed and why it was refused are seen together.
class FieldErrors : public QObject {
    Q_OBJECT

public:
    explicit FieldErrors(QLabel* formLabel, QObject* parent = nullptr);

    // `input` gets the focus on a refusal; its edits (text, check state, checked items) clear it.
    void add(const QString& field, QLabel* label, QWidget* input);
    void showRefusal(const DbError& error);
    // Shows `message` under the form.
    void showFormError(const QString& message);
    void clear();

    // The confirmation of a new password: "do not match" under it once something is typed
    // there. True when the two agree.
    static bool checkConfirmation(const QLineEdit* password, const QLineEdit* confirm,
                                  QLabel* error);

private:
    struct Field {
        QLabel* label = nullptr;
        QWidget* input = nullptr;
    };

    QLabel* m_formLabel;
    QHash<QString, Field> m_fields;
};
