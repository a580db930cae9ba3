#include "RequestsScreen.h"

#include "ui_RequestsScreen.h"

#include "AsyncTableBinding.h"
#include "CellText.h"
#include "ConfirmationBox.h"
#include "DepartmentCombo.h"
#include "Failure.h"
#include "FieldMessage.h"
#include "MealRequestsModel.h"
#include "NewRequestDialog.h"
#include "RejectRequestDialog.h"
#include "RequestLinesModel.h"
#include "Session.h"
#include "WhenFinished.h"

#include <QAbstractItemDelegate>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace {

// Changes often come in bursts (a decision touches the request and its lines): one recount.
constexpr int refreshDelayMs = 150;

const QString requestEntity = QStringLiteral("meal_request");
const QString lineEntity = QStringLiteral("meal_request_line");

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
    , m_lines(new RequestLinesModel(this))
    , m_countsTimer(new QTimer(this))
{
    m_ui->setupUi(this);
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
    requests->setColumnWidth(MealRequestsModel::IdColumn, 70);
    requests->setColumnWidth(MealRequestsModel::RequestTimeColumn, 150);
    requests->setColumnWidth(MealRequestsModel::StatusColumn, 110);
    requests->setColumnWidth(MealRequestsModel::LinesColumn, 60);
    connect(requests->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsScreen::onCurrentRowChanged);
    connect(requests, &QTableView::activated, this, &RequestsScreen::editItem);
    session.jobs().watch(m_model, tr("Loading meal requests"));
    connect(m_model, &AsyncTableModelBase::stateChanged, this, &RequestsScreen::updateQueueStatus);
    connect(m_model, &AsyncTableModelBase::errorOccurred, this, [this](const QString& message) {
        Q_EMIT failed(tr("Loading the meal requests: %1").arg(message), [this] { reload(); });
    });

    QTableView* lines = m_ui->linesView;
    lines->setModel(m_lines);
    lines->horizontalHeader()->setObjectName(QStringLiteral("requestLinesColumns"));
    lines->setColumnWidth(RequestLinesModel::EmployeeColumn, 220);
    lines->setColumnWidth(RequestLinesModel::DepartmentColumn, 160);
    lines->setColumnWidth(RequestLinesModel::AttendanceColumn, 140);
    lines->setColumnWidth(RequestLinesModel::NotesColumn, 260);
    connect(lines->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequestsScreen::updateActions);
    connect(m_lines, &RequestLinesModel::acceptedEdited, this, &RequestsScreen::setLineAccepted);
    connect(m_lines, &RequestLinesModel::notesEdited, this, &RequestsScreen::setLineNotes);
    // Queued: the editor's text is committed (and its save started) before the read.
    connect(
        lines->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
        [this] {
            if (m_reloadAfterEdit && m_current) {
                m_reloadAfterEdit = false;
                loadRequest(m_current->id);
            }
        },
        Qt::QueuedConnection);

    connect(m_ui->newButton, &QPushButton::clicked, this, &RequestsScreen::createItem);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        if (m_current)
            copyRequest(m_current->id);
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &RequestsScreen::deleteItem);
    connect(m_ui->acceptLinesButton, &QPushButton::clicked, this,
            [this] { acceptSelectedLines(true); });
    connect(m_ui->rejectLinesButton, &QPushButton::clicked, this,
            [this] { acceptSelectedLines(false); });
    connect(m_ui->approveButton, &QPushButton::clicked, this,
            [this] { decide(MealRequestStatus::Approved); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this,
            [this] { decide(MealRequestStatus::Rejected); });

    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(refreshDelayMs);
    connect(m_countsTimer, &QTimer::timeout, this, [this] {
        loadCounts();
        loadChoices();
    });
    connect(&session.feed(), &ChangeFeed::changed, this, &RequestsScreen::onChanged);

    clearRequest();
    updateQueueStatus();
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
    if (m_current && !m_changing && mayDelete(*m_current))
        available |= Command::Delete;
    if (m_current)
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
    loadCounts();
    loadChoices();
    loadDepartments();
    if (m_current)
        loadRequest(m_current->id);
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
        ++m_requestTicket;
        showRequest(request);
        Q_EMIT notified(tr("Meal request %1 created with %n line(s).", nullptr, request.lineCount)
                            .arg(request.id));
    });
    dialog->open();
}

void RequestsScreen::deleteItem()
{
    if (!m_current || m_changing || !mayDelete(*m_current))
        return;
    const MealRequestRecord& r = *m_current;
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
    if (!m_current)
        return;
    m_ui->linesView->setFocus(Qt::OtherFocusReason);
    if (!m_ui->linesView->currentIndex().isValid() && m_lines->rowCount() > 0)
        m_ui->linesView->selectRow(0);
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

void RequestsScreen::onChanged(const QString& entity, const QList<qint64>& ids)
{
    if (entity == QLatin1String("department")) {
        loadDepartments();
        return;
    }
    if (entity == requestEntity)
        m_countsTimer->start();
    if (!m_current || m_changing)
        return;
    bool shown = false;
    if (entity == requestEntity) {
        shown = ids.isEmpty() || ids.contains(m_current->id);
    } else if (entity == lineEntity) {
        for (const MealLineRecord& line : m_current->lines)
            shown = shown || ids.isEmpty() || ids.contains(line.id);
    }
    if (shown)
        loadRequest(m_current->id);
}

void RequestsScreen::onCurrentRowChanged()
{
    const QModelIndex current = m_ui->requestsView->currentIndex();
    const QVariant id = current.data(AsyncTableModelBase::IdRole);
    if (!id.isValid() || (m_current && m_current->id == id.toLongLong()))
        return;
    loadRequest(id.toLongLong());
}

void RequestsScreen::updateQueueStatus()
{
    switch (m_model->state()) {
    case AsyncTableModelBase::State::Loading:
        m_ui->queueStatus->setText(tr("Loading…"));
        break;
    case AsyncTableModelBase::State::Error:
        m_ui->queueStatus->setText(tr("Not all requests could be loaded (F5 tries again)."));
        break;
    case AsyncTableModelBase::State::Idle:
        m_ui->queueStatus->setText(m_model->isCountKnown()
                                       ? tr("%n request(s)", nullptr, m_model->rowCount())
                                       : QString());
        break;
    }
}

void RequestsScreen::loadRequest(qint64 id)
{
    const quint64 ticket = ++m_requestTicket;
    if (!m_current || m_current->id != id) {
        setMessage({});
        m_ui->detailTitle->setText(tr("Meal request %1").arg(id));
        m_ui->detailInfo->setText(tr("Loading…"));
    }
    whenFinished(
        this,
        session().jobs().track(tr("Loading meal request %1").arg(id),
                               session().services().mealRequests().get(session().actor(), id)),
        [this, ticket](const MealRequestRecord& request) {
            if (ticket == m_requestTicket)
                showRequest(request);
        },
        [this, ticket, id](const Failure& e) {
            if (ticket != m_requestTicket)
                return;
            if (e.kind() == Failure::Kind::NotFound || e.kind() == Failure::Kind::Permission) {
                clearRequest();
                setMessage(e.message());
                return;
            }
            reportFailure(tr("Loading meal request %1").arg(id), e,
                          [this, id] { loadRequest(id); });
        });
}

void RequestsScreen::showRequest(const MealRequestRecord& request)
{
    // Replacing the lines would close an open editor (the current cell's index widget) and drop
    // what is being typed.
    const QModelIndex editing = m_ui->linesView->currentIndex();
    if (m_current && m_current->id == request.id && editing.isValid() &&
        m_ui->linesView->indexWidget(editing)) {
        m_reloadAfterEdit = true;
        return;
    }
    if (!m_current || m_current->id != request.id)
        setMessage({});
    m_current = request;
    const QString status = MealRequestsModel::statusText(request.status);
    m_ui->detailTitle->setText(tr("Meal request %1 · %2 · %3")
                                   .arg(request.id)
                                   .arg(MealRequestsModel::mealTypeText(request), status));
    QStringList info;
    info << tr("Requested by %1 on %2.")
                .arg(request.requesterName, CellText::dateTime(request.requestTime));
    if (request.closedById)
        info << tr("%1 by %2 on %3.")
                    .arg(status, request.closedByName, CellText::dateTime(request.closedTime));
    if (request.originalRequestId)
        info << tr("A copy of request %1.").arg(request.originalRequestId);
    if (request.deleted)
        info << tr("Deleted.");
    info << tr("%1 of %n line(s) accepted.", nullptr, request.lines.size())
                .arg(request.acceptedLines());
    if (!request.notes.isEmpty())
        info << tr("Notes: %1").arg(request.notes);
    m_ui->detailInfo->setText(info.join(QLatin1Char(' ')));
    m_lines->setRequest(request, isEditable(request));
    updateActions();
}

void RequestsScreen::clearRequest()
{
    m_current.reset();
    m_lines->clear();
    m_ui->detailTitle->setText(tr("No request selected"));
    m_ui->detailInfo->setText(tr("Select a request above to see its lines here."));
    updateActions();
}

void RequestsScreen::reloadAfterConflict(qint64 id)
{
    const quint64 ticket = ++m_requestTicket;
    whenFinished(
        this, session().services().mealRequests().get(session().actor(), id),
        [this, ticket, id](const MealRequestRecord& request) {
            if (ticket != m_requestTicket)
                return;
            showRequest(request);
            const QString who =
                request.closedByName.isEmpty() ? tr("someone else") : request.closedByName;
            const QString now =
                request.deleted ? tr("deleted") : MealRequestsModel::statusText(request.status);
            setMessage(tr("Meal request %1 was changed by %2, reloaded: it is %3 now.")
                           .arg(id)
                           .arg(who, now));
        },
        [this, ticket, id](const Failure& e) {
            if (ticket != m_requestTicket)
                return;
            clearRequest();
            setMessage(tr("Meal request %1 was changed by someone else and cannot be shown: %2")
                           .arg(id)
                           .arg(e.message()));
        });
}

void RequestsScreen::setMessage(const QString& message)
{
    FieldMessage::show(m_ui->detailMessage, message);
}

void RequestsScreen::updateActions()
{
    const bool shown = m_current.has_value();
    const bool editable = shown && !m_changing && isEditable(*m_current);
    const bool linesSelected = m_ui->linesView->selectionModel()->hasSelection();
    m_ui->newButton->setEnabled(session().may(Operation::CreateMealRequest));
    m_ui->copyButton->setEnabled(shown && !m_changing && mayCopy(*m_current));
    m_ui->deleteButton->setEnabled(shown && !m_changing && mayDelete(*m_current));
    m_ui->approveButton->setEnabled(editable);
    m_ui->rejectButton->setEnabled(editable);
    m_ui->acceptLinesButton->setEnabled(editable && linesSelected);
    m_ui->rejectLinesButton->setEnabled(editable && linesSelected);
    Q_EMIT commandsChanged();
}

void RequestsScreen::setLineAccepted(qint64 lineId, bool accepted)
{
    saveLine(lineId, accepted ? tr("Accepting a line") : tr("Rejecting a line"),
             [this, lineId, accepted] {
                 return session().services().mealRequests().setLineAccepted(session().actor(),
                                                                            lineId, accepted);
             });
}

void RequestsScreen::setLineNotes(qint64 lineId, const QString& notes)
{
    saveLine(lineId, tr("Saving a line's notes"), [this, lineId, notes] {
        return session().services().mealRequests().setLineNotes(session().actor(), lineId, notes);
    });
}

void RequestsScreen::saveLine(qint64 lineId, const QString& what,
                              const std::function<QFuture<MealLineRecord>()>& save)
{
    if (!m_current)
        return;
    const qint64 requestId = m_current->id;
    m_lines->setSaving(lineId, true);
    whenFinished(
        this, session().jobs().track(what, save()),
        [this, lineId](const MealLineRecord& line) {
            m_lines->setSaving(lineId, false);
            if (m_current && m_current->id == line.requestId) {
                std::replace_if(
                    m_current->lines.begin(), m_current->lines.end(),
                    [&](const MealLineRecord& l) { return l.id == line.id; }, line);
                showRequest(*m_current);
            }
        },
        [this, lineId, requestId, what, save](const Failure& e) {
            m_lines->setSaving(lineId, false);
            changeFailed(requestId, what, e,
                         [this, lineId, what, save] { saveLine(lineId, what, save); });
        });
}

void RequestsScreen::acceptSelectedLines(bool accepted)
{
    for (const QModelIndex& index : m_ui->linesView->selectionModel()->selectedRows()) {
        const MealLineRecord& line = m_lines->line(index.row());
        if (line.accepted != accepted)
            setLineAccepted(line.id, accepted);
    }
}

void RequestsScreen::decide(MealRequestStatus target)
{
    if (!m_current || m_changing || !isEditable(*m_current))
        return;
    const MealRequestRecord& r = *m_current;
    if (target == MealRequestStatus::Rejected) {
        auto* dialog = new RejectRequestDialog(r, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RejectRequestDialog::confirmed, this,
                [this, id = r.id](const QString& reason) {
                    runDecision(id, MealRequestStatus::Rejected, reason);
                });
        dialog->open();
        return;
    }
    // The lines as decided so far: approving keeps every decision.
    ConfirmationBox::ask(
        this, tr("Approve Meal Request"),
        tr("Approve meal request %1 (%3) with %2 of %n line(s) accepted? Rejected lines stay "
           "rejected; the request is closed and this cannot be undone.",
           nullptr, r.lines.size())
            .arg(r.id)
            .arg(r.acceptedLines())
            .arg(MealRequestsModel::mealTypeText(r)),
        tr("&Approve"), [this, id = r.id, target] { runDecision(id, target, {}); });
}

void RequestsScreen::runDecision(qint64 id, MealRequestStatus target, const QString& reason)
{
    MealRequestService& service = session().services().mealRequests();
    const bool approve = target == MealRequestStatus::Approved;
    const QString what =
        approve ? tr("Approving meal request %1").arg(id) : tr("Rejecting meal request %1").arg(id);
    m_changing = true;
    updateActions();
    whenFinished(
        this,
        session().jobs().track(what, approve ? service.approve(session().actor(), id)
                                             : service.reject(session().actor(), id, reason)),
        [this, approve](const MealRequestRecord& request) {
            m_changing = false;
            if (m_current && m_current->id == request.id) {
                ++m_requestTicket;
                showRequest(request);
            }
            updateActions();
            Q_EMIT notified(approve ? tr("Meal request %1 approved with %2 of %n line(s) "
                                         "accepted.",
                                         nullptr, request.lines.size())
                                          .arg(request.id)
                                          .arg(request.acceptedLines())
                                    : tr("Meal request %1 rejected.").arg(request.id));
        },
        [this, id, target, reason, what](const Failure& e) {
            m_changing = false;
            updateActions();
            changeFailed(id, what, e,
                         [this, id, target, reason] { runDecision(id, target, reason); });
        });
}

void RequestsScreen::copyRequest(qint64 id)
{
    if (!m_current || m_changing || !mayCopy(*m_current))
        return;
    const QString what = tr("Copying meal request %1").arg(id);
    m_changing = true;
    updateActions();
    whenFinished(
        this,
        session().jobs().track(what,
                               session().services().mealRequests().copy(session().actor(), id)),
        [this, id](const MealRequestRecord& copy) {
            m_changing = false;
            m_ui->requestsView->selectionModel()->clear();
            ++m_requestTicket;
            showRequest(copy);
            Q_EMIT notified(tr("Meal request %1 copied as request %2.").arg(id).arg(copy.id));
        },
        [this, id, what](const Failure& e) {
            m_changing = false;
            updateActions();
            changeFailed(id, what, e, [this, id] { copyRequest(id); });
        });
}

void RequestsScreen::removeRequest(qint64 id)
{
    const QString what = tr("Deleting meal request %1").arg(id);
    m_changing = true;
    updateActions();
    whenFinished(
        this,
        session().jobs().track(what,
                               session().services().mealRequests().remove(session().actor(), id)),
        [this, id] {
            m_changing = false;
            if (m_current && m_current->id == id)
                clearRequest();
            updateActions();
            Q_EMIT notified(tr("Meal request %1 deleted.").arg(id));
        },
        [this, id, what](const Failure& e) {
            m_changing = false;
            updateActions();
            changeFailed(id, what, e, [this, id] { removeRequest(id); });
        });
}

void RequestsScreen::changeFailed(qint64 id, const QString& what, const Failure& error,
                                  const std::function<void()>& retry)
{
    switch (error.kind()) {
    case Failure::Kind::Conflict:
        reloadAfterConflict(id);
        break;
    case Failure::Kind::Validation:
    case Failure::Kind::Constraint:
    case Failure::Kind::Permission:
        // Refused, not failed: trying again would not help.
        setMessage(tr("%1: %2").arg(what, error.message()));
        break;
    default:
        reportFailure(what, error, retry);
        break;
    }
}

bool RequestsScreen::isEditable(const MealRequestRecord& request) const
{
    return session().may(Operation::DecideMealRequest) && !request.deleted &&
           isOpenMealRequestStatus(request.status);
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
