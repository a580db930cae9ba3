#pragma once

#include "Screen.h"

#include <QTimer>

#include <memory>

class TokensModel;

namespace Ui {
class TokensScreen;
}

// The backend's revoked tokens (super admins): the list with its filters, revoking a pasted
// token or a jti (or a pasted list of them), purging the rows of expired tokens, signing an
// account out everywhere, and a CSV export of what the filters select.
class TokensScreen : public Screen {
    Q_OBJECT

public:
    explicit TokensScreen(Session& session, QWidget* parent = nullptr);
    ~TokensScreen() override;

    Commands commands() const override;
    void focusFilter() override;
    void reload() override;
    void refresh() override;
    void createItem() override;

private:
    void accountEdited();
    void applyFilter();
    void revokeList();
    void askToPurge();
    void purge();
    void signOutEverywhere();
    // The tokens the filters select, all of them, in the order shown, to a CSV file.
    void exportShown();
    void setPurging(bool purging);

    std::unique_ptr<Ui::TokensScreen> m_ui;
    TokensModel* m_model;
    QTimer m_searchDelay;
    QTimer m_accountDelay;
    // The account filter: 0 any; the id of the account typed; noSuchAccount when none matched.
    qint64 m_accountId = 0;
    // Drops account look-ups that later typing has overtaken.
    quint64 m_accountGeneration = 0;
};
