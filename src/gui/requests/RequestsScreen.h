#pragma once

#include "MealLineRecord.h"
#include "MealRequestFilter.h"
#include "MealRequestRecord.h"
#include "Screen.h"

#include <QFuture>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

class MealRequestsModel;
class QTimer;
class QToolButton;
class RequestLinesModel;

namespace Ui {
class RequestsScreen;
}

// Meal requests: the queue with its filters and status counters, and below it the selected
// request with its lines, where request takers accept or reject lines, annotate them and
// decide the request. Requesters create, copy and delete their requests here.
class RequestsScreen : public Screen {
    Q_OBJECT

public:
    explicit RequestsScreen(Session& session, QWidget* parent = nullptr);
    ~RequestsScreen() override;

    Commands commands() const override;
    void focusFilter() override;
    void reload() override;
    void createItem() override;
    void deleteItem() override;
    void editItem() override;

private:
    MealRequestFilter filter() const;
    void applyFilter();
    void showStatus(std::optional<MealRequestStatus> status);
    void loadChoices();
    void loadDepartments();
    void loadCounts();
    void onChanged(const QString& entity, const QList<qint64>& ids);
    void onCurrentRowChanged();
    void updateQueueStatus();

    // The detail pane.
    void loadRequest(qint64 id);
    void showRequest(const MealRequestRecord& request);
    void clearRequest();
    // After a Conflict: the request as it is now, and who changed it.
    void reloadAfterConflict(qint64 id);
    void setMessage(const QString& message);
    void updateActions();

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
    void copyRequest(qint64 id);
    void removeRequest(qint64 id);
    // A failed change of request `id`: a Conflict reloads it, anything else goes to the banner.
    void changeFailed(qint64 id, const QString& what, const Failure& error,
                      const std::function<void()>& retry);

    bool isEditable(const MealRequestRecord& request) const;
    bool mayCopy(const MealRequestRecord& request) const;
    bool mayDelete(const MealRequestRecord& request) const;

    std::unique_ptr<Ui::RequestsScreen> m_ui;
    MealRequestsModel* m_model;
    RequestLinesModel* m_lines;
    QTimer* m_countsTimer;
    QList<std::pair<MealRequestStatus, QToolButton*>> m_counters;
    std::optional<MealRequestRecord> m_current;
    // Drop results a newer load has overtaken.
    quint64 m_requestTicket = 0;
    quint64 m_countsTicket = 0;
    // A decision, copy or delete of the current request is on its way.
    bool m_changing = false;
    // The current request changed while a line's editor was open: read again once it closes.
    bool m_reloadAfterEdit = false;
};
