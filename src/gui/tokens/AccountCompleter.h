#pragma once

#include <QCompleter>
#include <QTimer>

class QLineEdit;
class QStringListModel;
class Session;

// Suggests usernames under a line edit as the user types: a few accounts whose username or full
// name contains the text, asked from the service each time (the accounts are never all loaded).
// Picking a suggestion puts its username into the edit.
class AccountCompleter : public QCompleter {
    Q_OBJECT

public:
    AccountCompleter(Session& session, QLineEdit* edit);

private:
    void lookUp();

    Session& m_session;
    QLineEdit* m_edit;
    QStringListModel* m_names;
    QTimer m_delay;
    // Drops answers that later typing has overtaken.
    quint64 m_generation = 0;
};
