#include "AuditScreen.h"

#include "ui_AuditScreen.h"

#include "AsyncTableBinding.h"
#include "AuditModel.h"
#include "AuditService.h"
#include "CountLabel.h"
#include "Failure.h"
#include "Session.h"
#include "TableContextMenu.h"
#include "WhenFinished.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

#include <iterator>

namespace {

constexpr int accountsPerPage = 500;

// In the order of AuditModel::Column; the last one stretches.
constexpr int columnWidths[] = {180, 80, 160, 110};

// Local days to the UTC instants the filter compares.
QDateTime startOfDay(const QDate& day)
{
    return day.startOfDay().toUTC();
}

} // namespace

AuditScreen::AuditScreen(Session& session, QWidget* parent)
    : Screen(session, parent)
    , m_ui(std::make_unique<Ui::AuditScreen>())
    , m_model(new AuditModel(session.services().audit(), session.actor(), session.feed(), this))
    , m_actionDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->accountCombo->addItem(tr("Any account"), qint64(0));
    m_ui->actionCombo->addItem(QString());
    for (const QString& action : AuditModel::knownActions())
        m_ui->actionCombo->addItem(AuditModel::actionTitle(action), action);
    m_ui->actionCombo->lineEdit()->setPlaceholderText(tr("Any action"));
    m_ui->actionCombo->lineEdit()->setClearButtonEnabled(true);
    m_ui->entityCombo->addItem(tr("Any entity"), QString());
    for (const QString& entity : AuditModel::knownEntities())
        m_ui->entityCombo->addItem(AuditModel::entityTitle(entity), entity);
    const QDate today = QDate::currentDate();
    m_ui->fromEdit->setDate(today.addDays(-7));
    m_ui->toEdit->setDate(today);
    m_ui->fromEdit->setEnabled(false);
    m_ui->toEdit->setEnabled(false);

    QTableView* table = m_ui->table;
    AsyncTableBinding::bind(table, m_model, QStringLiteral("auditColumns"));
    TableContextMenu::install(table);
    TableContextMenu::install(m_ui->changesTree);
    QHeaderView* header = table->horizontalHeader();
    table->verticalHeader()->hide();
    header->setStretchLastSection(true);
    for (int column = 0; column < int(std::size(columnWidths)); ++column)
        header->resizeSection(column, columnWidths[column]);
    m_ui->auditSplitter->setStretchFactor(0, 3);
    m_ui->auditSplitter->setStretchFactor(1, 2);
    m_ui->auditSplitter->setSizes({660, 440});
    session.jobs().watch(m_model, tr("Loading the audit log"));
    clearDetails(tr("Select an entry to see its details."));

    // Typing an action pauses before the service is asked; choices apply at once.
    m_actionDelay->setSingleShot(true);
    m_actionDelay->setInterval(300);
    connect(m_actionDelay, &QTimer::timeout, this, &AuditScreen::applyFilter);
    connect(m_ui->actionCombo, &QComboBox::editTextChanged, m_actionDelay,
            qOverload<>(&QTimer::start));
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, &AuditScreen::applyFilter);
    connect(m_ui->entityCombo, &QComboBox::currentIndexChanged, this, &AuditScreen::applyFilter);
    for (QCheckBox* check : {m_ui->fromCheck, m_ui->toCheck})
        connect(check, &QCheckBox::toggled, this, &AuditScreen::applyFilter);
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromEdit, &QWidget::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toEdit, &QWidget::setEnabled);
    for (QDateEdit* edit : {m_ui->fromEdit, m_ui->toEdit})
        connect(edit, &QDateEdit::dateChanged, this, &AuditScreen::applyFilter);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &AuditScreen::clearFilters);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditScreen::exportShown);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditScreen::currentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AuditScreen::followShownEntry);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditScreen::followShownEntry);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { clearDetails(tr("Select an entry to see its details.")); });
    CountLabel::follow(m_ui->countLabel, m_model,
                       [](int rows) { return tr("Entries: %1").arg(QLocale().toString(rows)); });
    connect(m_model, &AsyncTableModelBase::errorOccurred, this, [this](const QString& message) {
        Q_EMIT failed(tr("Loading the audit log: %1").arg(message), [this] { reload(); });
    });
    // A new or renamed account is a new choice.
    connect(&session.feed(), &ChangeFeed::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("account"))
            loadAccounts(++m_accountsGeneration, {}, {});
    });
    loadAccounts(++m_accountsGeneration, {}, {});
}

AuditScreen::~AuditScreen() = default;

Screen::Commands AuditScreen::commands() const
{
    return Command::Filter | Command::Reload;
}

void AuditScreen::focusFilter()
{
    m_ui->actionCombo->setFocus();
    m_ui->actionCombo->lineEdit()->selectAll();
}

void AuditScreen::reload()
{
    m_model->reload();
    loadAccounts(++m_accountsGeneration, {}, {});
}

void AuditScreen::refresh()
{
    m_model->refreshAll();
    loadAccounts(++m_accountsGeneration, {}, {});
}

void AuditScreen::applyFilter()
{
    m_actionDelay->stop();
    AuditFilter filter;
    filter.accountId = m_ui->accountCombo->currentData().toLongLong();
    // A title chosen or typed stands for its action; any other text is an action as written.
    const QString action = m_ui->actionCombo->currentText().trimmed();
    const int known = action.isEmpty() ? -1 : m_ui->actionCombo->findText(action);
    filter.action = known > 0 ? m_ui->actionCombo->itemData(known).toString() : action;
    filter.entity = m_ui->entityCombo->currentData().toString();
    if (m_ui->fromCheck->isChecked())
        filter.from = startOfDay(m_ui->fromEdit->date());
    // Until the end of that day: the filter's end is exclusive.
    if (m_ui->toCheck->isChecked())
        filter.to = startOfDay(m_ui->toEdit->date().addDays(1));
    m_model->setFilter(filter);
}

void AuditScreen::clearFilters()
{
    // One new filter, not one per control.
    const QSignalBlocker blockAccount(m_ui->accountCombo);
    const QSignalBlocker blockAction(m_ui->actionCombo);
    const QSignalBlocker blockEntity(m_ui->entityCombo);
    const QSignalBlocker blockFrom(m_ui->fromCheck);
    const QSignalBlocker blockTo(m_ui->toCheck);
    m_ui->accountCombo->setCurrentIndex(0);
    m_ui->actionCombo->setCurrentIndex(0);
    m_ui->actionCombo->setEditText(QString());
    m_ui->entityCombo->setCurrentIndex(0);
    m_ui->fromCheck->setChecked(false);
    m_ui->toCheck->setChecked(false);
    m_ui->fromEdit->setEnabled(false);
    m_ui->toEdit->setEnabled(false);
    applyFilter();
}

void AuditScreen::exportShown()
{
    AuditService& audit = session().services().audit();
    exportCsv({tr("Export the audit log to"),
               QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
               tr("Exporting the audit log"), tr("Audit log exported to %1."),
               [&audit, actor = session().actor(), filter = m_model->filter(),
                order = m_model->order()] { return audit.exportCsv(actor, filter, order); }});
}

void AuditScreen::loadAccounts(quint64 generation, PageRequest request,
                               QList<AccountRecord> accounts)
{
    request.limit = accountsPerPage;
    whenFinished(
        this, session().services().accounts().list(session().actor(), {}, request),
        [this, generation, accounts](const Page<AccountRecord>& page) mutable {
            if (generation != m_accountsGeneration)
                return;
            accounts += page.rows;
            if (!page.hasMore) {
                showAccounts(accounts);
                return;
            }
            PageRequest next;
            next.hasCursor = true;
            next.afterValue = page.lastValue;
            next.afterId = page.lastId;
            loadAccounts(generation, next, accounts);
        },
        [this, generation](const Failure& e) {
            if (generation == m_accountsGeneration)
                reportFailure(tr("Reading the accounts to filter by"), e,
                              [this] { loadAccounts(++m_accountsGeneration, {}, {}); });
        });
}

void AuditScreen::showAccounts(const QList<AccountRecord>& accounts)
{
    QComboBox* combo = m_ui->accountCombo;
    const qint64 chosen = combo->currentData().toLongLong();
    // The choice stays: refilling the list is no new filter.
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Any account"), qint64(0));
    for (const AccountRecord& account : accounts)
        combo->addItem(account.username, account.id);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(qMax(0, index));
    if (index < 0 && chosen != 0)
        applyFilter();
}

void AuditScreen::currentChanged(const QModelIndex& current)
{
    if (!current.isValid())
        return; // what is shown stays until another entry is chosen
    const AuditRecord* entry = m_model->record(current.row());
    if (entry)
        showEntry(*entry);
    else
        clearDetails(tr("Loading the entry…"));
}

void AuditScreen::followShownEntry()
{
    const QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid())
        return;
    const AuditRecord* entry = m_model->record(current.row());
    if (!entry || entry->id == m_shownId)
        return;
    if (m_shownId == 0) {
        // The row the person chose has come.
        showEntry(*entry);
        return;
    }
    // Entries written since moved the one shown: the selection follows it while it is near.
    const int row = rowOf(m_shownId, current.row());
    if (row >= 0) {
        m_ui->table->setCurrentIndex(m_model->index(row, current.column()));
    } else if (row == -1) {
        m_ui->table->selectionModel()->clearSelection();
        m_ui->table->selectionModel()->clearCurrentIndex();
    }
}

int AuditScreen::rowOf(qint64 id, int from) const
{
    const int end = from + m_model->pageSize();
    for (int row = from; row < end; ++row) {
        // Past the rows counted so far: more may be on their way.
        if (row >= m_model->rowCount())
            return -2;
        const AuditRecord* entry = m_model->record(row);
        if (!entry)
            return -2;
        if (entry->id == id)
            return row;
    }
    return -1;
}
void AuditScreen::showEntry(const AuditRecord& entry)
{
    m_shownId = entry.id;
    m_ui->detailsHeading->setText(tr("Entry %1").arg(entry.id));
    m_ui->timeValue->setText(AuditModel::timeText(entry.at));
    m_ui->accountValue->setText(AuditModel::accountText(entry));
    m_ui->actionValue->setText(AuditModel::actionTitle(entry.action));
    m_ui->entityValue->setText(
        entry.entityId.isEmpty()
            ? AuditModel::entityTitle(entry.entity)
            : tr("%1 %2").arg(AuditModel::entityTitle(entry.entity), entry.entityId));
    m_ui->changesTree->setDetails(entry.details);
}

void AuditScreen::clearDetails(const QString& heading)
{
    m_shownId = 0;
    m_ui->detailsHeading->setText(heading);
    for (QLabel* value :
         {m_ui->timeValue, m_ui->accountValue, m_ui->actionValue, m_ui->entityValue})
        value->clear();
    m_ui->changesTree->clearDetails();
}
