#include "RequestDetailPane.h"

#include "ui_RequestDetailPane.h"

#include "CellText.h"
#include "ConfirmationBox.h"
#include "Failure.h"
#include "FieldMessage.h"
#include "MealRequestsModel.h"
#include "RejectRequestDialog.h"
#include "RequestLinesModel.h"
#include "Session.h"
#include "StateColors.h"
#include "TableContextMenu.h"
#include "WhenFinished.h"

#include <QAbstractItemDelegate>
#include <QHeaderView>
#include <QPushButton>

#include <algorithm>

namespace {

// The title's look: bold, and in the colours of the status it names, if any.
QString titleStyle(std::optional<StateColors::Hue> hue = std::nullopt)
{
    QString style = QStringLiteral("font-weight: bold;");
    if (hue)
        style += QStringLiteral(" color: %1; background-color: %2; padding: 2px 4px;")
                     .arg(StateColors::text(*hue).name(), StateColors::background(*hue).name());
    return style;
}

} // namespace

RequestDetailPane::RequestDetailPane(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::RequestDetailPane>())
    , m_lines(new RequestLinesModel(this))
{
    m_ui->setupUi(this);

    QTableView* lines = m_ui->linesView;
    lines->setModel(m_lines);
    lines->horizontalHeader()->setObjectName(QStringLiteral("requestLinesColumns"));
    TableContextMenu::install(lines, {m_ui->acceptLinesButton, m_ui->rejectLinesButton});
    lines->setColumnWidth(RequestLinesModel::EmployeeColumn, 220);
    lines->setColumnWidth(RequestLinesModel::DepartmentColumn, 160);
    lines->setColumnWidth(RequestLinesModel::AttendanceColumn, 140);
    lines->setColumnWidth(RequestLinesModel::NotesColumn, 260);
    connect(lines->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequestDetailPane::updateActions);
    connect(m_lines, &RequestLinesModel::acceptedEdited, this, &RequestDetailPane::setLineAccepted);
    connect(m_lines, &RequestLinesModel::notesEdited, this, &RequestDetailPane::setLineNotes);
    // Queued: the editor's text is committed (and its save started) before the read.
    connect(
        lines->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
        [this] {
            if (m_reloadAfterEdit && m_request) {
                m_reloadAfterEdit = false;
                loadRequest(m_request->id);
            }
        },
        Qt::QueuedConnection);

    connect(m_ui->acceptLinesButton, &QPushButton::clicked, this,
            [this] { acceptSelectedLines(true); });
    connect(m_ui->rejectLinesButton, &QPushButton::clicked, this,
            [this] { acceptSelectedLines(false); });
    connect(m_ui->approveButton, &QPushButton::clicked, this,
            [this] { decide(MealRequestStatus::Approved); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this,
            [this] { decide(MealRequestStatus::Rejected); });
    connect(&session.feed(), &ChangeFeed::changed, this, &RequestDetailPane::onChanged);

    clear();
}

RequestDetailPane::~RequestDetailPane() = default;

QList<QAbstractButton*> RequestDetailPane::decisionButtons() const
{
    return {m_ui->approveButton, m_ui->rejectButton};
}

void RequestDetailPane::loadRequest(qint64 id)
{
    const quint64 ticket = ++m_ticket;
    if (!m_request || m_request->id != id) {
        setMessage({});
        m_ui->detailTitle->setText(tr("Meal request %1").arg(id));
        m_ui->detailTitle->setStyleSheet(titleStyle());
        m_ui->detailInfo->setText(tr("Loading…"));
    }
    whenFinished(
        this,
        m_session.jobs().track(tr("Loading meal request %1").arg(id),
                               m_session.services().mealRequests().get(m_session.actor(), id)),
        [this, ticket](const MealRequestRecord& request) {
            if (ticket == m_ticket)
                display(request);
        },
        [this, ticket, id](const Failure& e) {
            if (ticket != m_ticket)
                return;
            if (e.kind() == Failure::Kind::NotFound || e.kind() == Failure::Kind::Permission) {
                clear();
                setMessage(e.message());
                return;
            }
            reportFailure(tr("Loading meal request %1").arg(id), e,
                          [this, id] { loadRequest(id); });
        });
}

void RequestDetailPane::showRequest(const MealRequestRecord& request)
{
    ++m_ticket;
    display(request);
}

void RequestDetailPane::clear()
{
    m_request.reset();
    m_lines->clear();
    m_ui->detailTitle->setText(tr("No request selected"));
    m_ui->detailTitle->setStyleSheet(titleStyle());
    m_ui->detailInfo->setText(tr("Select a request above to see its lines here."));
    updateActions();
}

void RequestDetailPane::reload()
{
    if (m_request)
        loadRequest(m_request->id);
}

void RequestDetailPane::setSelection(const QList<MealRequestSeen>& selected)
{
    m_selection = selected;
    updateActions();
}

void RequestDetailPane::focusLines()
{
    m_ui->linesView->setFocus(Qt::OtherFocusReason);
    if (!m_ui->linesView->currentIndex().isValid() && m_lines->rowCount() > 0)
        m_ui->linesView->selectRow(0);
}

JobTracker& RequestDetailPane::jobs() const
{
    return m_session.jobs();
}

void RequestDetailPane::setChanging(bool changing)
{
    m_changing = changing;
    updateActions();
}

void RequestDetailPane::changeFailed(qint64 id, const QString& what, const Failure& error,
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

void RequestDetailPane::onChanged(const QString& entity, const QList<qint64>& ids)
{
    if (!m_request || m_changing)
        return;
    bool shown = false;
    if (entity == QLatin1String("meal_request")) {
        shown = ids.isEmpty() || ids.contains(m_request->id);
    } else if (entity == QLatin1String("meal_request_line")) {
        for (const MealLineRecord& line : m_request->lines)
            shown = shown || ids.isEmpty() || ids.contains(line.id);
    }
    if (shown)
        loadRequest(m_request->id);
}

void RequestDetailPane::display(const MealRequestRecord& request)
{
    // Replacing the lines would close an open editor (the current cell's index widget) and drop
    // what is being typed.
    const QModelIndex editing = m_ui->linesView->currentIndex();
    if (m_request && m_request->id == request.id && editing.isValid() &&
        m_ui->linesView->indexWidget(editing)) {
        m_reloadAfterEdit = true;
        return;
    }
    if (!m_request || m_request->id != request.id)
        setMessage({});
    m_request = request;
    const QString status = MealRequestsModel::statusText(request.status);
    m_ui->detailTitle->setText(tr("Meal request %1 · %2 · %3")
                                   .arg(request.id)
                                   .arg(MealRequestsModel::mealTypeText(request), status));
    m_ui->detailTitle->setStyleSheet(titleStyle(MealRequestsModel::statusHue(request.status)));
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

void RequestDetailPane::reloadAfterConflict(qint64 id)
{
    const quint64 ticket = ++m_ticket;
    whenFinished(
        this, m_session.services().mealRequests().get(m_session.actor(), id),
        [this, ticket, id](const MealRequestRecord& request) {
            if (ticket != m_ticket)
                return;
            display(request);
            const QString who =
                request.closedByName.isEmpty() ? tr("someone else") : request.closedByName;
            const QString now =
                request.deleted ? tr("deleted") : MealRequestsModel::statusText(request.status);
            setMessage(tr("Meal request %1 was changed by %2, reloaded: it is %3 now.")
                           .arg(id)
                           .arg(who, now));
        },
        [this, ticket, id](const Failure& e) {
            if (ticket != m_ticket)
                return;
            clear();
            setMessage(tr("Meal request %1 was changed by someone else and cannot be shown: %2")
                           .arg(id)
                           .arg(e.message()));
        });
}

void RequestDetailPane::setMessage(const QString& message)
{
    FieldMessage::show(m_ui->detailMessage, message);
}

void RequestDetailPane::updateActions()
{
    const bool editable = m_request && !m_changing && isEditable(*m_request);
    const bool linesSelected = m_ui->linesView->selectionModel()->hasSelection();
    // Several requests selected: the decisions are theirs, not only the shown one's.
    const bool decidable = m_selection.size() > 1
                               ? !m_changing && m_session.may(Operation::DecideMealRequest) &&
                                     !openSelection().isEmpty()
                               : editable;
    m_ui->approveButton->setEnabled(decidable);
    m_ui->rejectButton->setEnabled(decidable);
    m_ui->acceptLinesButton->setEnabled(editable && linesSelected);
    m_ui->rejectLinesButton->setEnabled(editable && linesSelected);
    Q_EMIT actionsChanged();
}

void RequestDetailPane::reportFailure(const QString& what, const Failure& error,
                                      const std::function<void()>& retry)
{
    Q_EMIT failed(tr("%1: %2").arg(what, error.message()), retry);
}

void RequestDetailPane::setLineAccepted(qint64 lineId, bool accepted)
{
    saveLine(lineId, accepted ? tr("Accepting a line") : tr("Rejecting a line"),
             [this, lineId, accepted] {
                 return m_session.services().mealRequests().setLineAccepted(m_session.actor(),
                                                                            lineId, accepted);
             });
}

void RequestDetailPane::setLineNotes(qint64 lineId, const QString& notes)
{
    saveLine(lineId, tr("Saving a line's notes"), [this, lineId, notes] {
        return m_session.services().mealRequests().setLineNotes(m_session.actor(), lineId, notes);
    });
}

void RequestDetailPane::saveLine(qint64 lineId, const QString& what,
                                 const std::function<QFuture<MealLineRecord>()>& save)
{
    if (!m_request)
        return;
    const qint64 requestId = m_request->id;
    m_lines->setSaving(lineId, true);
    whenFinished(
        this, m_session.jobs().track(what, save()),
        [this, lineId](const MealLineRecord& line) {
            m_lines->setSaving(lineId, false);
            if (m_request && m_request->id == line.requestId) {
                std::replace_if(
                    m_request->lines.begin(), m_request->lines.end(),
                    [&](const MealLineRecord& l) { return l.id == line.id; }, line);
                display(*m_request);
            }
        },
        [this, lineId, requestId, what, save](const Failure& e) {
            m_lines->setSaving(lineId, false);
            changeFailed(requestId, what, e,
                         [this, lineId, what, save] { saveLine(lineId, what, save); });
        });
}

void RequestDetailPane::acceptSelectedLines(bool accepted)
{
    if (!m_request || m_changing)
        return;
    QList<qint64> ids;
    for (const QModelIndex& index : m_ui->linesView->selectionModel()->selectedRows()) {
        const MealLineRecord& line = m_lines->line(index.row());
        if (line.accepted != accepted)
            ids.append(line.id);
    }
    if (ids.isEmpty())
        return;
    // Every selected line in one call; those refused are said in the pane, the request shown
    // again as it now is.
    runChange(
        m_request->id, accepted ? tr("Accepting lines") : tr("Rejecting lines"),
        m_session.services().mealRequests().setLinesAccepted(m_session.actor(), ids, accepted),
        [this](const BulkResult& result) {
            reload();
            if (!result.refused.isEmpty())
                setMessage(result.summary());
        },
        [this, accepted] { acceptSelectedLines(accepted); });
}

void RequestDetailPane::decide(MealRequestStatus target)
{
    if (m_selection.size() > 1) {
        decideSelected(target);
        return;
    }
    if (!m_request || m_changing || !isEditable(*m_request))
        return;
    const MealRequestRecord& r = *m_request;
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

void RequestDetailPane::runDecision(qint64 id, MealRequestStatus target, const QString& reason)
{
    MealRequestService& service = m_session.services().mealRequests();
    const bool approve = target == MealRequestStatus::Approved;
    const QString what =
        approve ? tr("Approving meal request %1").arg(id) : tr("Rejecting meal request %1").arg(id);
    runChange(
        id, what,
        approve ? service.approve(m_session.actor(), id)
                : service.reject(m_session.actor(), id, reason),
        [this, approve](const MealRequestRecord& request) {
            if (m_request && m_request->id == request.id)
                showRequest(request);
            Q_EMIT notified(approve ? tr("Meal request %1 approved with %2 of %n line(s) "
                                         "accepted.",
                                         nullptr, request.lines.size())
                                          .arg(request.id)
                                          .arg(request.acceptedLines())
                                    : tr("Meal request %1 rejected.").arg(request.id));
        },
        [this, id, target, reason] { runDecision(id, target, reason); });
}

QList<MealRequestSeen> RequestDetailPane::openSelection() const
{
    QList<MealRequestSeen> open;
    for (const MealRequestSeen& seen : m_selection)
        if (isOpenMealRequestStatus(seen.status))
            open.append(seen);
    return open;
}

void RequestDetailPane::decideSelected(MealRequestStatus target)
{
    const QList<MealRequestSeen> requests = openSelection();
    if (requests.isEmpty() || m_changing || !m_session.may(Operation::DecideMealRequest))
        return;
    const int n = static_cast<int>(requests.size());
    if (target == MealRequestStatus::Rejected) {
        auto* dialog = new RejectRequestDialog(n, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RejectRequestDialog::confirmed, this,
                [this, requests](const QString& reason) {
                    runDecisions(requests, MealRequestStatus::Rejected, reason);
                });
        dialog->open();
        return;
    }
    ConfirmationBox::ask(this, tr("Approve Meal Requests"),
                         tr("Approve the %n Pending meal request(s) selected? Each keeps its line "
                            "decisions; the requests are closed and this cannot be undone.",
                            nullptr, n),
                         tr("&Approve"), [this, requests] {
                             runDecisions(requests, MealRequestStatus::Approved, {});
                         });
}

void RequestDetailPane::runDecisions(const QList<MealRequestSeen>& requests,
                                     MealRequestStatus target, const QString& reason)
{
    const int n = static_cast<int>(requests.size());
    const QString what = target == MealRequestStatus::Approved
                             ? tr("Approving %n meal request(s)", nullptr, n)
                             : tr("Rejecting %n meal request(s)", nullptr, n);
    // Each with the status its row showed: one changed meanwhile is refused, the rest done.
    runChange(
        requests.constFirst().id, what,
        m_session.services().mealRequests().changeStatuses(m_session.actor(), requests, target,
                                                           reason),
        [this, what](const BulkResult& result) {
            reload();
            Q_EMIT decided(what, result);
        },
        [this, requests, target, reason] { runDecisions(requests, target, reason); });
}

bool RequestDetailPane::isEditable(const MealRequestRecord& request) const
{
    return m_session.may(Operation::DecideMealRequest) && !request.deleted &&
           isOpenMealRequestStatus(request.status);
}
