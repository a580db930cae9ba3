#pragma once

#include "BulkResult.h"
#include "JobTracker.h"
#include "MealLineRecord.h"
#include "MealRequestRecord.h"
#include "MealRequestSeen.h"
#include "WhenFinished.h"

#include <QFuture>
#include <QList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class Failure;
class QAbstractButton;
class RequestLinesModel;
class Session;

namespace Ui {
class RequestDetailPane;
}

// The meal request the requests screen has selected, below its queue: what it is, its lines,
// and what request takers do with it (accept or reject lines, annotate them, approve or reject
// the request). Keeps itself current: a change announced for the request or its lines reads it
// again.
class RequestDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit RequestDetailPane(Session& session, QWidget* parent = nullptr);
    ~RequestDetailPane() override;

    // The request shown; none before one is chosen, after clear() or when it cannot be read.
    const std::optional<MealRequestRecord>& request() const { return m_request; }
    // Reads request `id` and shows it.
    void loadRequest(qint64 id);
    // Shows `request` as just returned by a change (created, copied): a read on its way is
    // dropped.
    void showRequest(const MealRequestRecord& request);
    void clear();
    // Reads the shown request again.
    void reload();
    // To the lines, with the first selected when none is current.
    void focusLines();
    // The requests selected in the queue, with the status their rows show: when there are
    // several, Approve and Reject decide the open ones among them in one call.
    void setSelection(const QList<MealRequestSeen>& selected);

    // Runs `change` of the shown request `id` (a decision, a copy, a deletion) as the job
    // `what`: no other change of it, and no reload that would race it, until it is done. `done`
    // gets what the change returns; a Conflict shows the request as it is now, a refusal is said
    // in the pane, anything else is failed() with `retry`.
    template <typename T, typename Done>
    void runChange(qint64 id, const QString& what, const QFuture<T>& change, Done done,
                   const std::function<void()>& retry)
    {
        setChanging(true);
        whenFinished(
            this, jobs().track(what, change),
            [this, done](const auto&... result) {
                m_changing = false;
                done(result...);
                updateActions();
            },
            [this, id, what, retry](const Failure& e) {
                setChanging(false);
                changeFailed(id, what, e, retry);
            });
    }
    bool isChanging() const { return m_changing; }
    // Approve and Reject, for the context menu of the requests' list.
    QList<QAbstractButton*> decisionButtons() const;

Q_SIGNALS:
    // The shown request, or what may be done with it, changed.
    void actionsChanged();
    // As Screen's.
    void failed(const QString& message, const std::function<void()>& retry);
    void notified(const QString& message);
    // Several selected requests decided in one call (`what`: "Approving 3 meal requests"),
    // for the screen to report.
    void decided(const QString& what, const BulkResult& result);

private:
    JobTracker& jobs() const;
    void setChanging(bool changing);
    // A failed change of request `id`.
    void changeFailed(qint64 id, const QString& what, const Failure& error,
                      const std::function<void()>& retry);
    void onChanged(const QString& entity, const QList<qint64>& ids);
    void display(const MealRequestRecord& request);
    // After a Conflict: the request as it is now, and who changed it.
    void reloadAfterConflict(qint64 id);
    void setMessage(const QString& message);
    void updateActions();
    void reportFailure(const QString& what, const Failure& error,
                       const std::function<void()>& retry);

    void setLineAccepted(qint64 lineId, bool accepted);
    void setLineNotes(qint64 lineId, const QString& notes);
    // Runs `save` for a line of the shown request and shows the line it returns.
    void saveLine(qint64 lineId, const QString& what,
                  const std::function<QFuture<MealLineRecord>()>& save);
    void acceptSelectedLines(bool accepted);
    // Approving asks for confirmation, rejecting for an optional reason too.
    void decide(MealRequestStatus target);
    // `reason`: of a rejection; empty for none.
    void runDecision(qint64 id, MealRequestStatus target, const QString& reason);
    // The selected requests that are open, as their rows showed them.
    QList<MealRequestSeen> openSelection() const;
    // decide() for several selected requests: asked once, decided in one call.
    void decideSelected(MealRequestStatus target);
    void runDecisions(const QList<MealRequestSeen>& requests, MealRequestStatus target,
                      const QString& reason);

    bool isEditable(const MealRequestRecord& request) const;

    Session& m_session;
    std::unique_ptr<Ui::RequestDetailPane> m_ui;
    RequestLinesModel* m_lines;
    std::optional<MealRequestRecord> m_request;
    QList<MealRequestSeen> m_selection;
    // Drop results a newer load has overtaken.
    quint64 m_ticket = 0;
    // A decision, copy or delete of the shown request is on its way.
    bool m_changing = false;
    // The shown request changed while a line's editor was open: read again once it closes.
    bool m_reloadAfterEdit = false;
};
