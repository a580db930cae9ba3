#pragma once

#include "KitchenSheet.h"
#include "Screen.h"

#include <QTimer>

#include <memory>

class QPrinter;

namespace Ui {
class KitchenScreen;
}

// The kitchen's sheet for one office day: meals by department and meal type, then the names;
// printed (QPrintDialog) or exported as a PDF. Follows changes of meal requests as they come.
class KitchenScreen : public Screen {
    Q_OBJECT

public:
    explicit KitchenScreen(Session& session, QWidget* parent = nullptr);
    ~KitchenScreen() override;

    void reload() override;

    // The sheet on screen; isLoaded() says whether it is the chosen day's.
    const KitchenSheet& sheet() const { return m_sheet; }
    bool isLoaded() const { return m_loaded; }

    // Writes the sheet on screen to `path` as a PDF (what "Export PDF…" does once a file is
    // chosen); false, with failed(), when the file could not be written.
    bool exportPdf(const QString& path);

private:
    void openPrintDialog();
    void openExportDialog();
    void showSheet();
    void fillCounts();
    void fillNames();
    void setLoaded(bool loaded);

    std::unique_ptr<Ui::KitchenScreen> m_ui;
    KitchenSheet m_sheet;
    bool m_loaded = false;
    // Drops sheets that a newer reload has overtaken.
    quint64 m_generation = 0;
    // Date changes (spinning through days) and bursts of changes reload once.
    QTimer m_reloadTimer;
    // Kept between prints: the person's printer and its settings.
    std::unique_ptr<QPrinter> m_printer;
};
