#pragma once

#include "DepartmentRecord.h"
#include "EmployeeFilter.h"
#include "EmployeeRecord.h"
#include "Screen.h"

#include <QList>
#include <QTimer>

#include <memory>
#include <optional>

class EmployeesModel;

namespace Ui {
class EmployeesScreen;
}

// The employees: a department tree beside a table that the service filters (department with
// its sub-departments, code or name as you type, active or not) and sorts; adding, editing,
// deactivating and deleting (for those the role map lets manage employees), CSV import with
// a preview and a per-row report, and CSV export of what the filter selects.
class EmployeesScreen : public Screen {
    Q_OBJECT

public:
    explicit EmployeesScreen(Session& session, QWidget* parent = nullptr);
    ~EmployeesScreen() override;

    Commands commands() const override;
    void focusFilter() override;
    void reload() override;
    void refresh() override;
    void createItem() override;
    void deleteItem() override;
    void editItem() override;

private:
    void loadDepartments();
    void showDepartments(const QList<DepartmentRecord>& departments);
    qint64 selectedDepartment() const;
    EmployeeFilter currentFilter() const;
    // Sends the filter to the model when it differs from the one shown.
    void applyFilter();
    // The selected employee when exactly one is selected, once its row has loaded.
    std::optional<EmployeeRecord> selectedEmployee() const;
    // The ids of the active employees among those selected whose rows have loaded.
    QList<qint64> activeSelected() const;
    void updateActions();
    void updateStatus();
    void openDialog(const std::optional<EmployeeRecord>& employee);
    void setActive(const EmployeeRecord& employee, bool active);
    // Selects the employee m_selectAfterSave names once its row has loaded.
    void selectSaved();
    void toggleActive();
    // Several selected: their active ones deactivated in one call, asked once.
    void deactivateSelected();
    void deactivateAll(const QList<qint64>& ids);
    void remove(const EmployeeRecord& employee);
    // The import dialog, previewing `path` when given (a file dropped onto the screen).
    void openImport(const QString& path = {});
    void chooseExportFile();

    std::unique_ptr<Ui::EmployeesScreen> m_ui;
    EmployeesModel* m_model;
    // Typing restarts it; the filter is sent when it runs out.
    QTimer m_searchDelay;
    QList<DepartmentRecord> m_departments;
    // Drops department lists that a newer load has overtaken.
    quint64 m_departmentsGeneration = 0;
    Commands m_commands;
    // The employee just saved, to select when its row arrives; 0: none.
    qint64 m_selectAfterSave = 0;
};
