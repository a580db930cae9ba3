#pragma once

#include "BulkResult.h"

#include <QDialog>

#include <memory>

class Failure;
class Session;

namespace Ui {
class RevokeListDialog;
}

// Revokes a pasted list of tokens in one call: JWTs or jtis, one per line, with one reason for
// all. The dialog stays open and busy while the service works and keeps the text when the call
// fails as a whole; once done it closes, and `revoked` tells what was revoked and what refused
// (a line that is neither a JWT nor a jti), for the screen to show.
class RevokeListDialog : public QDialog {
    Q_OBJECT

public:
    explicit RevokeListDialog(Session& session, QWidget* parent = nullptr);
    ~RevokeListDialog() override;

public Q_SLOTS:
    // Starts revoking when there is a line to revoke; does not close the dialog.
    void accept() override;

Q_SIGNALS:
    // `what`: "Revoking 3 tokens", as the screen reports it.
    void revoked(const QString& what, const BulkResult& result);

private:
    // The non-blank lines pasted.
    int lineCount() const;
    void updateOk();
    void setBusy(bool busy);
    void showRefusal(const Failure& error);

    std::unique_ptr<Ui::RevokeListDialog> m_ui;
    Session& m_session;
    bool m_busy = false;
};
