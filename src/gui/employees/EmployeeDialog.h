#pragma once

#include "DepartmentRecord.h"
#include "EmployeeInput.h"
#include "EmployeeRecord.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class Failure;
class Session;

namespace Ui {
class EmployeeDialog;
}

// Adds an employee or edits one. Problems the rules can see are shown at their fields as the
// person types; Save sends the input to EmployeeService and keeps the dialog open (busy) until
// the answer: a refusal is shown at the field it names and everything typed stays; the dialog
// closes only once the employee is stored. An edit names the version it started from, so
// someone else's change in between is reported, never overwritten unseen.
class EmployeeDialog : public QDialog {
    Q_OBJECT

public:
    // `employee`: the one to edit, or none for a new one (in `departmentId`, 0 for none).
    EmployeeDialog(Session& session, const QList<DepartmentRecord>& departments,
                   const std::optional<EmployeeRecord>& employee, qint64 departmentId = 0,
                   QWidget* parent = nullptr);
    ~EmployeeDialog() override;

public Q_SLOTS:
    // Saves when the input passes the rules; closes once the service has stored it.
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void saved(const EmployeeRecord& employee);

private:
    enum Field { Form = 0, Id = 1, Code = 2, NameEn = 4, NameAr = 8, Title = 16, Department = 32 };
    struct Problems {
        QString id, code, nameEn, nameAr, title;
        bool isEmpty() const;
    };

    void fillDepartments(const QList<DepartmentRecord>& departments, qint64 selected);
    // Asks the service for the next free id and puts it in the id field, unless typed in first.
    void proposeId();
    void edited(Field field);
    Problems problems() const;
    void validate();
    void setBusy(bool busy);
    EmployeeInput input() const;
    void failed(const Failure& error);
    // After a conflict: what someone else changed, read again; the next save replaces it.
    void reread();
    // The input widget of a field; nullptr for Form.
    QWidget* editorOf(Field field) const;
    // The department as the list names it.
    QString departmentName(qint64 id) const;

    std::unique_ptr<Ui::EmployeeDialog> m_ui;
    Session& m_session;
    // The employee as it was read (edits only): its version is what an update expects.
    std::optional<EmployeeRecord> m_original;
    // Fields the person has changed, or all after a first Save: their problems are shown.
    int m_edited = 0;
    bool m_busy = false;
    // The service's last refusal and the field it named (Form: under the form).
    QString m_refusal;
    Field m_refusedField = Form;
};
