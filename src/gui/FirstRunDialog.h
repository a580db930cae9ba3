#pragma once

#include <QDialog>
#include <QString>

#include <memory>

class QLabel;

namespace Ui {
class FirstRunDialog;
}

// Asks for the first super admin of a database without accounts. It only collects and checks
// input: `submitted` hands it on, and the dialog stays open (busy) until its owner calls done()
// or showError(), so a refused attempt loses nothing that was typed.
class FirstRunDialog : public QDialog {
    Q_OBJECT

public:
    explicit FirstRunDialog(const QString& databaseUrl, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    // Shows why the database refused the account, at the field it names ("username",
    // "password") or under the form, and makes the dialog editable again.
    void showError(const QString& message, const QString& field);

public Q_SLOTS:
    // Emits `submitted` when the input is valid; does not close the dialog.
    void accept() override;

Q_SIGNALS:
    void submitted(const QString& username, const QString& password);

private:
    enum Field { Username = 1, Password = 2, Confirm = 4 };

    void edited(Field field);
    void validate();
    void setBusy(bool busy);

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    // Fields the user has changed: their problems are shown, untouched ones stay quiet.
    int m_edited = 0;
    bool m_busy = false;
    // The database's last refusal and the field it named (Username, Password or 0 for the form).
    QString m_refusal;
    int m_refusedField = 0;
};
