#pragma once

#include <QByteArray>
#include <QFlags>
#include <QFuture>
#include <QString>
#include <QWidget>

#include <functional>

class BulkResult;
class Failure;
class Session;

// One screen of the main window (employees, meal requests, ...). The main window's menus and
// shortcuts (the standard Find, Refresh, New and Delete keys, Enter) call the current screen's
// commands; a screen says which it offers now and announces failures and results that must be
// read for the window's banner.
//
// Splitter positions and table column widths are remembered by the base: every QSplitter and
// QHeaderView inside the screen that has an objectName is saved when the screen is destroyed and
// restored the first time it is shown.
class Screen : public QWidget {
    Q_OBJECT

public:
    enum class Command {
        Filter = 0x1, // focus the search/filter box
        Reload = 0x2,
        New = 0x4,
        Delete = 0x8,
        Edit = 0x10,
    };
    Q_DECLARE_FLAGS(Commands, Command)

    Screen(Session& session, QWidget* parent = nullptr);
    ~Screen() override;

    // The commands available now (they may depend on the selection: commandsChanged()).
    virtual Commands commands() const { return Command::Reload; }
    virtual void focusFilter() {}
    virtual void reload() = 0;
    // What the screen shows, read again without losing the reader's place: a table keeps its
    // rows, selection and scroll position while they are refilled. For a screen shown again, and
    // F5.
    virtual void refresh() { reload(); }
    virtual void createItem() {}
    virtual void deleteItem() {}
    virtual void editItem() {}

Q_SIGNALS:
    void commandsChanged();
    // Something failed: `message` names what and why; `retry` (may be empty) tries it again.
    void failed(const QString& message, const std::function<void()>& retry);
    // A short message for the status bar ("Origin added").
    void notified(const QString& message);
    // A result the user must read (a file name, a date, what did not happen): shown above the
    // screen until dismissed, where it is not cut off as in the status bar.
    void informed(const QString& message);

protected:
    // A CSV export of what the screen shows (see exportCsv()).
    struct Export {
        QString dialogTitle; // "Export the audit log to"
        QString fileName;    // offered in the home folder
        QString description; // the job, and the start of a failure: "Exporting the audit log"
        QString done;        // the outcome; %1 is the file: "Audit log exported to %1."
        // Reads the CSV; it holds the filter of the moment Export was chosen, whatever happens
        // while the person picks the file.
        std::function<QFuture<QByteArray>()> start;
    };

    Session& session() const { return m_session; }
    // Asks where to save (a save dialog named exportFileDialog), then start()s the export and
    // saves the file on a worker, never the GUI thread: informed() names the file, or failed()
    // says why, with a retry.
    void exportCsv(const Export& how);
    // failed() with "<what>: <the error's message>".
    void reportFailure(const QString& what, const Failure& error,
                       const std::function<void()>& retry = {});
    // What a bulk action (`what`: "Removing 3 origins") did: notified() when all was done,
    // informed() when some items were refused, so that their list can be read whole.
    void reportBulk(const QString& what, const BulkResult& result);
    void showEvent(QShowEvent* event) override;

private:
    void saveExport(const Export& how, const QString& path);
    QString settingsGroup() const;
    void restoreLayout();
    void saveLayout() const;

    Session& m_session;
    bool m_layoutRestored = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Screen::Commands)
