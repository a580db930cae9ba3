#include "EmployeesScreen.h"

#include "ui_EmployeesScreen.h"

#include "AsyncTableBinding.h"
#include "BulkResult.h"
#include "ConfirmationBox.h"
#include "DepartmentOutline.h"
#include "EmployeeDialog.h"
#include "EmployeeImportDialog.h"
#include "EmployeesModel.h"
#include "Failure.h"
#include "FileDrop.h"
#include "Session.h"
#include "TableContextMenu.h"
#include "WhenFinished.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include <algorithm>

namespace {

const QString departmentEntity = QStringLiteral("department");

// The active filter's choices (the combo's item data).
enum ActiveChoice { ActiveOnly = 1, InactiveOnly = 0, AnyActive = -1 };

// Default widths before the person's own are remembered.
constexpr int columnWidths[] = {70, 70, 170, 170, 130, 140, 60};

} // namespace

EmployeesScreen::EmployeesScreen(Session& session, QWidget* parent)
    : Screen(session, parent)
    , m_ui(std::make_unique<Ui::EmployeesScreen>())
    , m_model(
          new EmployeesModel(session.services().employees(), session.actor(), session.feed(), this))
{
    m_ui->setupUi(this);
    m_ui->activeCombo->addItem(tr("Active employees"), int(ActiveOnly));
    m_ui->activeCombo->addItem(tr("Inactive employees"), int(InactiveOnly));
    m_ui->activeCombo->addItem(tr("All employees"), int(AnyActive));

    auto* root = new QTreeWidgetItem(m_ui->departmentTree, {tr("All departments")});
    root->setData(0, Qt::UserRole, qint64(0));
    m_ui->departmentTree->setCurrentItem(root);

    QTableView* table = m_ui->table;
    AsyncTableBinding::bind(table, m_model, QStringLiteral("employeesColumns"));
    TableContextMenu::install(table, {m_ui->editButton, m_ui->activeButton, m_ui->deleteButton});
    for (int column = 0; column < int(std::size(columnWidths)); ++column)
        table->horizontalHeader()->resizeSection(column, columnWidths[column]);
    m_ui->employeesSplitter->setStretchFactor(1, 1);
    m_ui->employeesSplitter->setSizes({220, 880});

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &EmployeesScreen::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilter();
    });
    connect(m_ui->activeCombo, &QComboBox::currentIndexChanged, this,
            &EmployeesScreen::applyFilter);
    connect(m_ui->departmentTree, &QTreeWidget::currentItemChanged, this,
            &EmployeesScreen::applyFilter);

    const bool manage = session.may(Operation::ManageEmployees);
    for (QPushButton* button : {m_ui->addButton, m_ui->editButton, m_ui->activeButton,
                                m_ui->deleteButton, m_ui->importButton})
        button->setVisible(manage);
    connect(m_ui->addButton, &QPushButton::clicked, this, &EmployeesScreen::createItem);
    connect(m_ui->editButton, &QPushButton::clicked, this, &EmployeesScreen::editItem);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &EmployeesScreen::toggleActive);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &EmployeesScreen::deleteItem);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] { openImport(); });
    FileDrop::install(this, [this](const QString& path) { openImport(path); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &EmployeesScreen::chooseExportFile);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &EmployeesScreen::reload);
    // Enter or a double click on a row edits it.
    connect(table, &QAbstractItemView::activated, this, &EmployeesScreen::editItem);

    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EmployeesScreen::updateActions);
    // The selected row may arrive, change or go with the model's updates.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EmployeesScreen::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EmployeesScreen::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EmployeesScreen::selectSaved);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EmployeesScreen::selectSaved);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EmployeesScreen::selectSaved);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EmployeesScreen::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EmployeesScreen::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EmployeesScreen::updateStatus);
    connect(m_model, &AsyncTableModelBase::stateChanged, this, &EmployeesScreen::updateStatus);
    session.jobs().watch(m_model, tr("Loading employees"));

    connect(&session.feed(), &ChangeFeed::changed, this, [this](const QString& entity) {
        if (entity == departmentEntity)
            loadDepartments();
    });

    m_model->setFilter(currentFilter());
    loadDepartments();
    updateActions();
    updateStatus();
}

EmployeesScreen::~EmployeesScreen() = default;

Screen::Commands EmployeesScreen::commands() const
{
    return m_commands;
}

void EmployeesScreen::focusFilter()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void EmployeesScreen::reload()
{
    loadDepartments();
    m_model->reload();
}

void EmployeesScreen::refresh()
{
    loadDepartments();
    m_model->refreshAll();
}

void EmployeesScreen::loadDepartments()
{
    const quint64 generation = ++m_departmentsGeneration;
    whenFinished(
        this,
        session().jobs().track(tr("Loading departments"),
                               session().services().departments().list(session().actor())),
        [this, generation](const QList<DepartmentRecord>& departments) {
            if (generation == m_departmentsGeneration)
                showDepartments(departments);
        },
        [this, generation](const Failure& error) {
            if (generation != m_departmentsGeneration)
                return;
            const QPointer<EmployeesScreen> self(this);
            reportFailure(tr("Loading the departments"), error, [self] {
                if (self)
                    self->loadDepartments();
            });
        });
}

void EmployeesScreen::showDepartments(const QList<DepartmentRecord>& departments)
{
    m_departments = departments;
    const qint64 selected = selectedDepartment();
    QTreeWidget* tree = m_ui->departmentTree;
    QTreeWidgetItem* root = tree->topLevelItem(0);
    {
        // Rebuilding is not a choice of the person: the filter follows only if the selected
        // department is gone.
        const QSignalBlocker blocker(tree);
        qDeleteAll(root->takeChildren());
        QList<QTreeWidgetItem*> parents = {root};
        QTreeWidgetItem* current = root;
        for (const DepartmentOutline::Entry& entry : DepartmentOutline::of(departments)) {
            parents.resize(entry.depth + 1);
            const DepartmentRecord& d = entry.department;
            auto* item =
                new QTreeWidgetItem(parents.at(entry.depth), {DepartmentOutline::displayName(d)});
            item->setData(0, Qt::UserRole, d.id);
            item->setToolTip(0, tr("%1 / %2").arg(d.nameEn, d.nameAr));
            parents.append(item);
            if (d.id == selected)
                current = item;
        }
        tree->expandAll();
        tree->setCurrentItem(current);
    }
    applyFilter();
}

qint64 EmployeesScreen::selectedDepartment() const
{
    const QTreeWidgetItem* item = m_ui->departmentTree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

EmployeeFilter EmployeesScreen::currentFilter() const
{
    EmployeeFilter filter;
    filter.search = m_ui->searchEdit->text().trimmed();
    filter.departmentId = selectedDepartment();
    const int active = m_ui->activeCombo->currentData().toInt();
    if (active != AnyActive)
        filter.active = active == ActiveOnly;
    return filter;
}

void EmployeesScreen::applyFilter()
{
    const EmployeeFilter filter = currentFilter();
    const EmployeeFilter& shown = m_model->filter();
    if (filter.search == shown.search && filter.departmentId == shown.departmentId &&
        filter.includeSubDepartments == shown.includeSubDepartments &&
        filter.active == shown.active)
        return;
    // Another list: a saved employee not found by now is not looked for in it.
    m_selectAfterSave = 0;
    m_model->setFilter(filter);
}

std::optional<EmployeeRecord> EmployeesScreen::selectedEmployee() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    const EmployeeRecord* record = m_model->record(rows.constFirst().row());
    return record ? std::optional<EmployeeRecord>(*record) : std::nullopt;
}

QList<qint64> EmployeesScreen::activeSelected() const
{
    QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const QModelIndex& index : std::as_const(rows))
        if (const EmployeeRecord* record = m_model->record(index.row()); record && record->active)
            ids.append(record->id);
    return ids;
}

void EmployeesScreen::updateActions()
{
    const bool manage = session().may(Operation::ManageEmployees);
    const std::optional<EmployeeRecord> employee = manage ? selectedEmployee() : std::nullopt;
    // Several selected: only deactivating applies to them all.
    const bool deactivateSeveral = manage && !employee && !activeSelected().isEmpty();
    m_ui->editButton->setEnabled(employee.has_value());
    m_ui->deleteButton->setEnabled(employee.has_value());
    m_ui->activeButton->setEnabled(employee.has_value() || deactivateSeveral);
    const bool activate = employee && !employee->active;
    m_ui->activeButton->setText(activate ? tr("&Activate") : tr("&Deactivate"));
    m_ui->activeButton->setToolTip(
        activate ? tr("Make the selected employee active again")
                 : tr("Deactivate the selected employee: kept, but no longer offered for new "
                      "meal requests"));

    Commands commands = Command::Filter | Command::Reload;
    if (manage)
        commands |= Command::New;
    if (employee)
        commands |= Command::Edit | Command::Delete;
    if (commands != m_commands) {
        m_commands = commands;
        Q_EMIT commandsChanged();
    }
}

void EmployeesScreen::updateStatus()
{
    const QLocale locale;
    const int rows = m_model->rowCount();
    const bool error = m_model->state() == AsyncTableModelBase::State::Error;
    QString text;
    if (error) {
        text = tr("The employees could not be loaded: %1").arg(m_model->error());
    } else if (!m_model->isCountKnown()) {
        text = rows == 0 ? tr("Loading employees…")
                         : tr("Employees: %1 so far, counting…").arg(locale.toString(rows));
    } else if (rows == 0) {
        const EmployeeFilter& filter = m_model->filter();
        const bool filtered =
            !filter.search.isEmpty() || filter.departmentId != 0 || filter.active.has_value();
        text = filtered ? tr("No employees match this filter.") : tr("No employees yet.");
    } else {
        text = tr("Employees: %1").arg(locale.toString(rows));
    }
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_ui->retryButton->setVisible(error);
}

void EmployeesScreen::createItem()
{
    if (session().may(Operation::ManageEmployees))
        openDialog(std::nullopt);
}

void EmployeesScreen::editItem()
{
    if (!session().may(Operation::ManageEmployees))
        return;
    if (const std::optional<EmployeeRecord> employee = selectedEmployee())
        openDialog(employee);
}

void EmployeesScreen::openDialog(const std::optional<EmployeeRecord>& employee)
{
    auto* dialog =
        new EmployeeDialog(session(), m_departments, employee, selectedDepartment(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EmployeeDialog::saved, this, [this](const EmployeeRecord& saved) {
        Q_EMIT notified(tr("Employee %1 saved.").arg(saved.id));
        m_selectAfterSave = saved.id;
        selectSaved();
    });
    dialog->open();
}

void EmployeesScreen::selectSaved()
{
    if (!m_selectAfterSave)
        return;
    // Rows not loaded yet have no record; the one saved comes with the model's update.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const EmployeeRecord* record = m_model->record(row);
        if (record && record->id == m_selectAfterSave) {
            m_selectAfterSave = 0;
            m_ui->table->selectRow(row);
            m_ui->table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void EmployeesScreen::toggleActive()
{
    const std::optional<EmployeeRecord> employee = selectedEmployee();
    if (!employee) {
        deactivateSelected();
        return;
    }
    if (!employee->active) {
        setActive(*employee, true);
        return;
    }
    const QString name = employee->nameEn.isEmpty() ? employee->nameAr : employee->nameEn;
    const QPointer<EmployeesScreen> self(this);
    QMessageBox* box = ConfirmationBox::ask(
        this, tr("Deactivate employee"),
        tr("Deactivate employee %1, %2 (code %3)?")
            .arg(QString::number(employee->id), name, QString::number(employee->code)),
        tr("&Deactivate"), [self, record = *employee] {
            if (self)
                self->setActive(record, false);
        });
    box->setInformativeText(tr("The employee is kept, but no longer offered for new meal "
                               "requests. Activate brings them back."));
}

void EmployeesScreen::deactivateSelected()
{
    const QList<qint64> ids = activeSelected();
    if (ids.isEmpty() || !session().may(Operation::ManageEmployees))
        return;
    const int n = static_cast<int>(ids.size());
    const QPointer<EmployeesScreen> self(this);
    QMessageBox* box =
        ConfirmationBox::ask(this, tr("Deactivate employees"),
                             tr("Deactivate the %n active employee(s) selected?", nullptr, n),
                             tr("&Deactivate %n employee(s)", nullptr, n), [self, ids] {
                                 if (self)
                                     self->deactivateAll(ids);
                             });
    box->setInformativeText(tr("They are kept, but no longer offered for new meal requests. "
                               "Activate brings each back."));
}

void EmployeesScreen::deactivateAll(const QList<qint64>& ids)
{
    const QString what = tr("Deactivating %n employee(s)", nullptr, static_cast<int>(ids.size()));
    whenFinished(
        this,
        session().jobs().track(
            what, session().services().employees().deactivateAll(session().actor(), ids)),
        [this, what](const BulkResult& result) {
            // Deactivated employees may leave the list (active only): the rows taking their
            // places must not stay selected.
            m_ui->table->clearSelection();
            reportBulk(what, result);
        },
        [this, ids, what](const Failure& error) {
            const QPointer<EmployeesScreen> self(this);
            reportFailure(what, error, [self, ids] {
                if (self)
                    self->deactivateAll(ids);
            });
        });
}

void EmployeesScreen::setActive(const EmployeeRecord& employee, bool active)
{
    const qint64 id = employee.id;
    const QString description =
        active ? tr("Activating employee %1").arg(id) : tr("Deactivating employee %1").arg(id);
    whenFinished(
        this,
        session().jobs().track(
            description, session().services().employees().setActive(session().actor(), id, active)),
        [this, id, active](const EmployeeRecord&) {
            Q_EMIT notified(active ? tr("Employee %1 activated.").arg(id)
                                   : tr("Employee %1 deactivated.").arg(id));
        },
        [this, employee, active, description](const Failure& error) {
            const QPointer<EmployeesScreen> self(this);
            reportFailure(description, error, [self, employee, active] {
                if (self)
                    self->setActive(employee, active);
            });
        });
}

void EmployeesScreen::deleteItem()
{
    if (!session().may(Operation::ManageEmployees))
        return;
    const std::optional<EmployeeRecord> employee = selectedEmployee();
    if (!employee)
        return;
    const QString name = employee->nameEn.isEmpty() ? employee->nameAr : employee->nameEn;
    const QPointer<EmployeesScreen> self(this);
    QMessageBox* box = ConfirmationBox::ask(
        this, tr("Delete employee"),
        tr("Delete employee %1, %2 (code %3)?")
            .arg(QString::number(employee->id), name, QString::number(employee->code)),
        tr("&Delete"), [self, record = *employee] {
            if (self)
                self->remove(record);
        });
    box->setInformativeText(tr("An employee named on a meal request is not deleted but "
                               "deactivated, so that the request keeps its lines."));
}

void EmployeesScreen::remove(const EmployeeRecord& employee)
{
    const qint64 id = employee.id;
    const QString description = tr("Deleting employee %1").arg(id);
    whenFinished(
        this,
        session().jobs().track(description,
                               session().services().employees().remove(session().actor(), id)),
        [this, id](EmployeeRemoval removal) {
            if (removal == EmployeeRemoval::Deleted) {
                Q_EMIT notified(tr("Employee %1 deleted.").arg(id));
                return;
            }
            const QString text = tr("Employee %1 is named on meal requests, so it was "
                                    "deactivated instead of deleted.")
                                     .arg(id);
            Q_EMIT notified(text);
            auto* box = new QMessageBox(QMessageBox::Information, tr("Employee deactivated"), text,
                                        QMessageBox::Close, this);
            box->setObjectName(QStringLiteral("deactivatedNotice"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        },
        [this, employee, description](const Failure& error) {
            const QPointer<EmployeesScreen> self(this);
            reportFailure(description, error, [self, employee] {
                if (self)
                    self->remove(employee);
            });
        });
}

void EmployeesScreen::openImport(const QString& path)
{
    if (!session().may(Operation::ManageEmployees))
        return;
    auto* dialog = new EmployeeImportDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EmployeeImportDialog::imported, this,
            [this](const EmployeeImportReport& report) {
                using Outcome = EmployeeImportReport::Outcome;
                Q_EMIT notified(tr("Employees imported: %1 added, %2 updated.")
                                    .arg(report.countOf(Outcome::Created))
                                    .arg(report.countOf(Outcome::Updated)));
            });
    dialog->open();
    if (!path.isEmpty())
        dialog->loadFile(path);
}

void EmployeesScreen::chooseExportFile()
{
    EmployeeService& employees = session().services().employees();
    exportCsv({tr("Export employees to"), QStringLiteral("employees.csv"),
               tr("Exporting employees"), tr("Employees exported to %1."),
               [&employees, actor = session().actor(), filter = currentFilter()] {
                   return employees.exportCsv(actor, filter);
               }});
}
