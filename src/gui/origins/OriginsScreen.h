#pragma once

#include "Screen.h"

#include <QList>
#include <QTimer>

#include <memory>

class OriginsModel;
struct OriginRecord;

namespace Ui {
class OriginsScreen;
}

// The CORS origins the backend allows (super admins): the list with its filter, adding and
// editing with the normalised form shown as one types, enabling and disabling, removing, the
// tester ("would https://x.example be allowed?"), and import and export of ALLOWED_ORIGINS.
class OriginsScreen : public Screen {
    Q_OBJECT

public:
    explicit OriginsScreen(Session& session, QWidget* parent = nullptr);
    ~OriginsScreen() override;

    Commands commands() const override;
    void focusFilter() override;
    void reload() override;
    void refresh() override;
    void createItem() override;
    void deleteItem() override;
    void editItem() override;

private:
    // The selected origin when exactly one is selected, or nullptr (none or several selected,
    // or its row is not loaded).
    const OriginRecord* selectedOrigin() const;
    // The selected origins whose rows are loaded, top to bottom.
    QList<OriginRecord> selectedOrigins() const;
    void selectionChanged();
    void applyFilter();
    void toggleActive();
    void setActive(const OriginRecord& origin, bool active);
    void remove(const OriginRecord& origin);
    // Several selected origins enabled or disabled, or removed, in one call.
    void setActiveAll(const QList<qint64>& ids, bool active);
    void removeAll(const QList<qint64>& ids);
    void testOrigin();
    // The import dialog, with the value of the file at `path` when given (dropped onto the
    // screen).
    void openImport(const QString& path = {});
    void exportOrigins();

    std::unique_ptr<Ui::OriginsScreen> m_ui;
    OriginsModel* m_model;
    QTimer m_searchDelay;
    // An enable/disable is on its way: the toggle waits for its answer.
    bool m_toggling = false;
    // Drops tester answers that a newer test has overtaken.
    quint64 m_testGeneration = 0;
};
