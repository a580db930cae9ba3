#pragma once

#include "RevokeResult.h"
#include "TokenInspection.h"

#include <QDialog>

#include <memory>
#include <optional>

class Failure;
class Session;

namespace Ui {
class RevokeTokenDialog;
}

// Revokes one token: the administrator pastes a JWT (or types a jti) and sees, as they type,
// what it decodes to (jti, subject, type, expiry, issue time, algorithm) or why it is refused,
// and the signature check when they enter the backend's secret (used here only, never saved).
// The dialog stays open and busy while the service works, keeps what was typed when the service
// refuses, and closes once the token is revoked (also when it was revoked before).
class RevokeTokenDialog : public QDialog {
    Q_OBJECT

public:
    explicit RevokeTokenDialog(Session& session, QWidget* parent = nullptr);
    ~RevokeTokenDialog() override;

public Q_SLOTS:
    // Starts revoking when the input is acceptable; does not close the dialog.
    void accept() override;

Q_SIGNALS:
    // The token is in the revoked tokens now; result.alreadyRevoked when it was before.
    void revoked(const RevokeResult& result);

private:
    void inspect();
    void showSignature();
    void updateOk();
    void setBusy(bool busy);
    // Shows a refusal of the service at the field it names, or under the form.
    void showRefusal(const Failure& error);

    std::unique_ptr<Ui::RevokeTokenDialog> m_ui;
    Session& m_session;
    // What the text reads as now; empty until the first inspection.
    std::optional<TokenInspection> m_inspection;
    bool m_busy = false;
};
