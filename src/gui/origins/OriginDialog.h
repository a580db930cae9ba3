#pragma once

#include "OriginRecord.h"

#include <QDialog>

#include <memory>
#include <optional>

class Failure;
class Session;

namespace Ui {
class OriginDialog;
}

// Adds an allowed origin, or edits the note of one. While the administrator types, it shows the
// origin as it will be stored (what a browser sends) or why the input is refused, naming the
// part. The dialog stays open and busy while the service works, keeps what was typed when the
// service refuses, and closes once saved.
class OriginDialog : public QDialog {
    Q_OBJECT

public:
    // `editing`: the origin whose note to edit; empty: add a new origin. A stored origin itself
    // is not renamed (remove it and add the new one): only its note changes.
    OriginDialog(Session& session, std::optional<OriginRecord> editing, QWidget* parent = nullptr);
    ~OriginDialog() override;

public Q_SLOTS:
    // Starts saving when the input is acceptable; does not close the dialog.
    void accept() override;

Q_SIGNALS:
    void saved(const OriginRecord& origin);

private:
    void validate();
    void setBusy(bool busy);
    void showRefusal(const Failure& error);
    // Someone else saved the origin first: take their version, keep what was typed.
    void takeNewerVersion();

    std::unique_ptr<Ui::OriginDialog> m_ui;
    Session& m_session;
    std::optional<OriginRecord> m_editing;
    bool m_busy = false;
};
