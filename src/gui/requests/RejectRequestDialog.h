#pragma once

#include "MealRequestRecord.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RejectRequestDialog;
}

// Asks before a meal request is rejected (every line rejected, the request closed), with an
// optional reason that the service keeps in the request's notes (MealRequestRules). Opened
// window-modal with open(); `confirmed` comes only from its Reject button (accept(), also Enter),
// which waits while the reason does not fit beside the notes. Cancel and Esc (QDialog::reject())
// leave the request as it is.
class RejectRequestDialog : public QDialog {
    Q_OBJECT

public:
    explicit RejectRequestDialog(const MealRequestRecord& request, QWidget* parent = nullptr);
    // For `count` requests rejected at once: one reason for all. Their notes are not known here,
    // so only the reason's own length is checked; the service refuses a request whose notes
    // leave no room for it.
    explicit RejectRequestDialog(int count, QWidget* parent = nullptr);
    ~RejectRequestDialog() override;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void confirmed(const QString& reason);

private:
    RejectRequestDialog(const QString& question, const QString& notes, QWidget* parent);
    void checkReason();

    std::unique_ptr<Ui::RejectRequestDialog> m_ui;
    QString m_notes;
};
