#include "RequestsScreen.h"

#include "ui_RequestsScreen.h"

#include "AsyncTableBinding.h"
#include "ConfirmationBox.h"
#include "CountLabel.h"
#include "DepartmentCombo.h"
#include "Failure.h"
#include "MealRequestsModel.h"
#include "NewRequestDialog.h"
#include "RequestDetailPane.h"
#include "Session.h"
#include "TableContextMenu.h"
#include "WhenFinished.h"

#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

#include <algorithm>

namespace {

// Changes often come in bursts (a decision touches the request and its lines): one recount.
constexpr int refreshDelayMs = 150;

// Replaces a filter's choices after `anyText` (id 0), keeping the chosen id when it is still
// offered; true when the choice had to change.
bool refill(QComboBox* combo, const QString& anyText,
            const QList<std::pair<QString, qint64>>& items)
{
    const qint64 chosen = combo->currentData().toLongLong();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, qint64(0));
    for (const auto& [text, id] : items)
        combo->addItem(text, id);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    return index < 0;
}

} // namespace

RequestsScreen::RequestsScreen(Session& session, QWidget* parent)
    : Screen(session, parent)
    , m_ui(std::make_unique<Ui::RequestsScreen>())
    , m_model(new MealRequestsModel(session.services().mealRequests(), session.actor(),
                                    session.feed(), this))
    , m_countsTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // Made after the form's widgets, so that Tab reaches it after the queue.
    m_detail = new RequestDetailPane(session, m_ui->requestsSplitter);
    m_ui->requestsSplitter->addWidget(m_detail);
    m_counters = {{MealRequestStatus::Pending, m_ui->pendingCount},
                  {MealRequestStatus::Approved, m_ui->approvedCount},
                  {MealRequestStatus::Rejected, m_ui->rejectedCount},
                  {MealRequestStatus::OnProgress, m_ui->onProgressCount}};

    m_ui->statusFilter->addItem(tr("Any status"), 0);
    for (const auto& [status, button] : m_counters) {
        m_ui->statusFilter->addItem(MealRequestsModel::statusText(status),
                                    static_cast<int>(status));
        button->setCheckable(true);
        connect(button, &QToolButton::clicked, this,
                [this, status = status] { showStatus(status); });
    }
    m_ui->totalCount->setCheckable(true);
    m_ui->totalCount->setChecked(true);
    connect(m_ui->totalCount, &QToolButton::clicked, this, [this] { showStatus(std::nullopt); });
    refill(m_ui->mealTypeFilter, tr("Any meal"), {});
    refill(m_ui->requesterFilter, tr("Anyone"), {});
    DepartmentCombo::fill(m_ui->departmentFilter, {}, tr("Any department"));
    m_ui->fromDate->setDate(QDate::currentDate());
    m_ui->toDate->setDate(QDate::currentDate());
    for (QComboBox* combo :
         {m_ui->statusFilter, m_ui->mealTypeFilter, m_ui->requesterFilter, m_ui->departmentFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &RequestsScreen::applyFilter);
    for (const auto& [check, date] :
         {std::pair{m_ui->fromCheck, m_ui->fromDate}, std::pair{m_ui->toCheck, m_ui->toDate}}) {
        connect(check, &QCheckBox::toggled, this, &RequestsScreen::applyFilter);
        // A date that is not in use filters nothing: no reload.
        connect(date, &QDateEdit::dateChanged, this, [this, check = check] {
            if (check->isChecked())
                applyFilter();
        });
    }

    QTableView* requests = m_ui->requestsView;
    AsyncTableBinding::bind(requests, m_model, QStringLiteral("requestsColumns"));
    TableContextMenu::install(requests,
                              m_detail->decisionButtons() +
                                  QList<QAbstractButton*>{m_ui->copyButton, m_ui->deleteButton});
    requests->setColumnWidth(MealRequestsModel::IdColumn, 70);
    requests->setColumnWidth(MealRequestsModel::RequestTimeColumn, 150);
    requests->setColumnWidth(MealRequestsModel::StatusColumn, 110);
    requests->setColumnWidth(MealRequestsModel::LinesColumn, 60);
    connect(requests->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsScreen::onCurrentRowChanged);
    // The selected rows may load or change (decided elsewhere) while selected.
    connect(requests->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequestsScreen::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RequestsScreen::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsScreen::onSelectionChanged);
    connect(requests, &QTableView::activated, this, &RequestsScreen::editItem);
    session.jobs().watch(m_model, tr("Loading meal requests"));
    CountLabel::follow(m_ui->queueStatus, m_model,
                       [](int rows) { return tr("%n request(s)", nullptr, rows); });
    connect(m_model, &AsyncTableModelBase::errorOccurred, this, [this](const QString& message) {
        Q_EMIT failed(tr("Loading the meal requests: %1").arg(message), [this] { reload(); });
    });

    connect(m_detail, &RequestDetailPane::actionsChanged, this, &RequestsScreen::updateActions);
    connect(m_detail, &RequestDetailPane::failed, this, &Screen::failed);
    connect(m_detail, &RequestDetailPane::notified, this, &Screen::notified);
    connect(m_detail, &RequestDetailPane::decided, this,
            [this](const QString& what, const BulkResult& result) {
                // Decided requests may leave the list (a status filter): the rows taking their
                // places must not stay selected for the next decision.
                m_ui->requestsView->clearSelection();
                reportBulk(what, result);
            });

    connect(m_ui->newButton, &QPushButton::clicked, this, &RequestsScreen::createItem);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        if (m_detail->request())
            copyRequest(m_detail->request()->id);
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &RequestsScreen::deleteItem);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &RequestsScreen::exportShown);

    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(refreshDelayMs);
    connect(m_countsTimer, &QTimer::timeout, this, [this] {
        loadCounts();
        loadChoices();
    });
    connect(&session.feed(), &ChangeFeed::changed, this, &RequestsScreen::onChanged);

    updateActions();
    loadChoices();
    loadDepartments();
    loadCounts();
}

RequestsScreen::~RequestsScreen() = default;

Screen::Commands RequestsScreen::commands() const
{
    Commands available = Command::Filter | Command::Reload;
    if (session().may(Operation::CreateMealRequest))
        available |= Command::New;
    const std::optional<MealRequestRecord>& shown = m_detail->request();
    if (shown && !m_detail->isChanging() && !severalSelected() && mayDelete(*shown))
        available |= Command::Delete;
    if (shown)
        available |= Command::Edit;
    return available;
}

void RequestsScreen::focusFilter()
{
    m_ui->statusFilter->setFocus(Qt::ShortcutFocusReason);
}

void RequestsScreen::reload()
{
    m_model->reload();
    loadBesideTheList();
}

void RequestsScreen::refresh()
{
    m_model->refreshAll();
    loadBesideTheList();
}

void RequestsScreen::loadBesideTheList()
{
    loadCounts();
    loadChoices();
    loadDepartments();
    m_detail->reload();
}

void RequestsScreen::createItem()
{
    if (!session().may(Operation::CreateMealRequest))
        return;
    auto* dialog = new NewRequestDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewRequestDialog::created, this, [this](const MealRequestRecord& request) {
        // The new request is shown below whether or not the queue's filter shows it.
        m_ui->requestsView->selectionModel()->clear();
        m_detail->showRequest(request);
        Q_EMIT notified(tr("Meal request %1 created with %n line(s).", nullptr, request.lineCount)
                            .arg(request.id));
    });
    dialog->open();
}

void RequestsScreen::deleteItem()
{
    const std::optional<MealRequestRecord>& shown = m_detail->request();
    if (!shown || m_detail->isChanging() || severalSelected() || !mayDelete(*shown))
        return;
    const MealRequestRecord& r = *shown;
    ConfirmationBox::ask(
        this, tr("Delete Meal Request"),
        tr("Delete meal request %1 (%2, %n line(s))? It leaves the queue and the kitchen "
           "does not see it.",
           nullptr, r.lineCount)
            .arg(r.id)
            .arg(MealRequestsModel::mealTypeText(r)),
        tr("&Delete"), [this, id = r.id] { removeRequest(id); });
}

void RequestsScreen::editItem()
{
    if (m_detail->request())
        m_detail->focusLines();
}

MealRequestFilter RequestsScreen::filter() const
{
    MealRequestFilter f;
    f.status = mealRequestStatusFromId(m_ui->statusFilter->currentData().toInt());
    f.mealTypeId = m_ui->mealTypeFilter->currentData().toLongLong();
    f.requesterId = m_ui->requesterFilter->currentData().toLongLong();
    f.departmentId = m_ui->departmentFilter->currentData().toLongLong();
    if (m_ui->fromCheck->isChecked())
        f.from = m_ui->fromDate->date();
    if (m_ui->toCheck->isChecked())
        f.to = m_ui->toDate->date();
    return f;
}

void RequestsScreen::applyFilter()
{
    const MealRequestFilter f = filter();
    for (const auto& [status, button] : m_counters)
        button->setChecked(f.status == status);
    m_ui->totalCount->setChecked(!f.status);
    m_model->setFilter(f);
    loadCounts();
}

void RequestsScreen::showStatus(std::optional<MealRequestStatus> status)
{
    const int index = m_ui->statusFilter->findData(status ? static_cast<int>(*status) : 0);
    if (index == m_ui->statusFilter->currentIndex())
        applyFilter(); // the buttons' check marks back as they were
    else
        m_ui->statusFilter->setCurrentIndex(index);
}

void RequestsScreen::loadChoices()
{
    whenFinished(
        this, session().services().mealRequests().choices(session().actor()),
        [this](const MealRequestChoices& choices) {
            QList<std::pair<QString, qint64>> types;
            for (const MealRequestChoices::MealType& type : choices.mealTypes)
                types.append({type.name(), type.id});
            QList<std::pair<QString, qint64>> requesters;
            for (const MealRequestChoices::Requester& requester : choices.requesters)
                requesters.append({requester.username, requester.id});
            const bool typeChanged = refill(m_ui->mealTypeFilter, tr("Any meal"), types);
            const bool requesterChanged = refill(m_ui->requesterFilter, tr("Anyone"), requesters);
            if (typeChanged || requesterChanged)
                applyFilter();
        },
        [this](const Failure& e) {
            reportFailure(tr("Reading the meals and requesters"), e, [this] { loadChoices(); });
        });
}

void RequestsScreen::loadDepartments()
{
    whenFinished(
        this, session().services().departments().list(session().actor()),
        [this](const QList<DepartmentRecord>& departments) {
            const qint64 chosen = filter().departmentId;
            DepartmentCombo::fill(m_ui->departmentFilter, departments, tr("Any department"));
            if (filter().departmentId != chosen)
                applyFilter();
        },
        [this](const Failure& e) {
            reportFailure(tr("Reading the departments"), e, [this] { loadDepartments(); });
        });
}

void RequestsScreen::loadCounts()
{
    const quint64 ticket = ++m_countsTicket;
    whenFinished(
        this, session().services().mealRequests().statusCounts(session().actor(), filter()),
        [this, ticket](const MealRequestStatusCounts& counts) {
            if (ticket != m_countsTicket)
                return;
            const QLocale locale;
            for (const auto& [status, button] : m_counters)
                button->setText(tr("%1: %2").arg(MealRequestsModel::statusText(status),
                                                 locale.toString(counts.of(status))));
            m_ui->totalCount->setText(tr("All: %1").arg(locale.toString(counts.total())));
        },
        [this, ticket](const Failure& e) {
            if (ticket != m_countsTicket)
                return;
            for (const auto& [status, button] : m_counters)
                button->setText(tr("%1: —").arg(MealRequestsModel::statusText(status)));
            m_ui->totalCount->setText(tr("All: —"));
            reportFailure(tr("Counting the meal requests"), e, [this] { loadCounts(); });
        });
}

void RequestsScreen::onChanged(const QString& entity)
{
    if (entity == QLatin1String("department")) {
        loadDepartments();
        return;
    }
    // The shown request follows its own changes (RequestDetailPane).
    if (entity == QLatin1String("meal_request"))
        m_countsTimer->start();
}

void RequestsScreen::onCurrentRowChanged()
{
    const QModelIndex current = m_ui->requestsView->currentIndex();
    const QVariant id = current.data(AsyncTableModelBase::IdRole);
    const std::optional<MealRequestRecord>& shown = m_detail->request();
    if (!id.isValid() || (shown && shown->id == id.toLongLong()))
        return;
    m_detail->loadRequest(id.toLongLong());
}

void RequestsScreen::onSelectionChanged()
{
    QModelIndexList rows = m_ui->requestsView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QList<MealRequestSeen> selected;
    for (const QModelIndex& index : std::as_const(rows))
        if (const MealRequestRecord* r = m_model->record(index.row()); r && !r->deleted)
            selected.append({r->id, r->status});
    m_detail->setSelection(selected);
    updateActions();
}

bool RequestsScreen::severalSelected() const
{
    return m_ui->requestsView->selectionModel()->selectedRows().size() > 1;
}

void RequestsScreen::updateActions()
{
    const std::optional<MealRequestRecord>& shown = m_detail->request();
    // Copy and Delete act on the shown request alone: not while several are selected.
    const bool idle = shown && !m_detail->isChanging() && !severalSelected();
    m_ui->newButton->setEnabled(session().may(Operation::CreateMealRequest));
    m_ui->copyButton->setEnabled(idle && mayCopy(*shown));
    m_ui->deleteButton->setEnabled(idle && mayDelete(*shown));
    Q_EMIT commandsChanged();
}

void RequestsScreen::copyRequest(qint64 id)
{
    const std::optional<MealRequestRecord>& shown = m_detail->request();
    if (!shown || m_detail->isChanging() || !mayCopy(*shown))
        return;
    m_detail->runChange(
        id, tr("Copying meal request %1").arg(id),
        session().services().mealRequests().copy(session().actor(), id),
        [this, id](const MealRequestRecord& copy) {
            m_ui->requestsView->selectionModel()->clear();
            m_detail->showRequest(copy);
            Q_EMIT notified(tr("Meal request %1 copied as request %2.").arg(id).arg(copy.id));
        },
        [this, id] { copyRequest(id); });
}

void RequestsScreen::removeRequest(qint64 id)
{
    m_detail->runChange(
        id, tr("Deleting meal request %1").arg(id),
        session().services().mealRequests().remove(session().actor(), id),
        [this, id] {
            if (m_detail->request() && m_detail->request()->id == id)
                m_detail->clear();
            Q_EMIT notified(tr("Meal request %1 deleted.").arg(id));
        },
        [this, id] { removeRequest(id); });
}

void RequestsScreen::exportShown()
{
    MealRequestService& requests = session().services().mealRequests();
    exportCsv(
        {tr("Export the meal requests to"),
         QStringLiteral("meal-requests-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
         tr("Exporting the meal requests"), tr("Meal requests exported to %1."),
         [&requests, actor = session().actor(), filter = m_model->filter(),
          order = m_model->order()] { return requests.exportCsv(actor, filter, order); }});
}

bool RequestsScreen::mayCopy(const MealRequestRecord& request) const
{
    return session().may(Operation::CreateMealRequest) && !request.deleted &&
           request.requesterId == session().actor().accountId && canCopyMealRequest(request.status);
}

bool RequestsScreen::mayDelete(const MealRequestRecord& request) const
{
    return session().may(Operation::CreateMealRequest) && !request.deleted &&
           isOpenMealRequestStatus(request.status) &&
           (request.requesterId == session().actor().accountId || session().actor().superAdmin);
}
