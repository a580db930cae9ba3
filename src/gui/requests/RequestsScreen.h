#pragma once

#include "MealRequestFilter.h"
#include "MealRequestRecord.h"
#include "Screen.h"

#include <QList>

#include <memory>
#include <optional>

class MealRequestsModel;
class QTimer;
class QToolButton;
class RequestDetailPane;

namespace Ui {
class RequestsScreen;
}

// Meal requests: the queue with its filters and status counters, and below it the selected
// request (RequestDetailPane), where request takers decide its lines and the request.
// Requesters create, copy and delete their requests here. Export saves what the filters select
// as CSV.
class RequestsScreen : public Screen {
    Q_OBJECT

public:
    explicit RequestsScreen(Session& session, QWidget* parent = nullptr);
    ~RequestsScreen() override;

    Commands commands() const override;
    void focusFilter() override;
    void reload() override;
    void refresh() override;
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
    // What the screen shows beside the list: the status counts, the filter's choices, the
    // detail pane.
    void loadBesideTheList();
    void onChanged(const QString& entity);
    void onCurrentRowChanged();
    // Tells the detail pane which requests the queue has selected, as their rows show them.
    void onSelectionChanged();
    // The queue's buttons and the window's commands, after the shown request or what may be
    // done with it changed.
    void updateActions();

    void copyRequest(qint64 id);
    void removeRequest(qint64 id);
    // The requests the filters select, all of them, in the order shown, to a CSV file.
    void exportShown();

    bool severalSelected() const;
    bool mayCopy(const MealRequestRecord& request) const;
    bool mayDelete(const MealRequestRecord& request) const;

    std::unique_ptr<Ui::RequestsScreen> m_ui;
    MealRequestsModel* m_model;
    RequestDetailPane* m_detail = nullptr;
    QTimer* m_countsTimer;
    QList<std::pair<MealRequestStatus, QToolButton*>> m_counters;
    // Drop counts a newer count has overtaken.
    quint64 m_countsTicket = 0;
};
