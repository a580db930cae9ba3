#pragma once

#include "FieldMessage.h"
#include "MealRequestInput.h"
#include "MealRequestRecord.h"

#include <QDialog>
#include <QFuture>

#include <memory>

class Failure;
class QStandardItemModel;
class QTimer;
class Session;

namespace Ui {
class NewRequestDialog;
}

// A new meal request: the meal type, employees found by a search, whole departments, and notes
// per line. While whole departments are chosen, it says how many employees will get a line;
// a request of more than a few hundred lines is created only once confirmed. Creating runs
// with the dialog open and busy; a refusal is shown at the field or the lines it names, and
// everything typed stays. created() then the dialog closes on success.
class NewRequestDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewRequestDialog(Session& session, QWidget* parent = nullptr);
    ~NewRequestDialog() override;

    void accept() override;

Q_SIGNALS:
    void created(const MealRequestRecord& request);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    enum LineRole {
        EmployeeIdRole = Qt::UserRole + 1, // on an employee's line
        DepartmentIdRole,                  // on a whole department's line
        LabelRole,                         // how the service's messages name the employee
        NameRole,                          // the code and the name, as shown
        DepartmentNameRole,
    };

    void loadChoices();
    void search();
    void addSelectedEmployees();
    void addDepartment();
    void removeSelectedLines();
    // The line of this employee or department, or -1.
    int rowOf(int role, qint64 id) const;
    MealRequestInput input() const;
    // How many lines `in` makes: its employees and the active employees of its departments,
    // each once (counted on a worker when there are departments).
    QFuture<qint64> lineCount(const MealRequestInput& in) const;
    // Shows lineCount() of the lines now while departments are chosen; answers overtaken by a
    // later change of the lines are dropped.
    void countLines();
    void create(const MealRequestInput& in);
    void setBusy(bool busy);
    void clearErrors();
    void showError(const Failure& error);
    // Marks the lines whose employee the message names; true if there were any.
    bool markLines(const QString& message);
    void updateButtons();

    Session& m_session;
    std::unique_ptr<Ui::NewRequestDialog> m_ui;
    QStandardItemModel* m_lines;
    // Where the service's refusals are shown; "lines" for those about the lines.
    QList<FieldMessage::Field> m_fields;
    QTimer* m_searchTimer;
    quint64 m_searchTicket = 0;
    quint64 m_countTicket = 0;
    bool m_busy = false;
};
