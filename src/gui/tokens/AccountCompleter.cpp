#include "AccountCompleter.h"

#include "Session.h"
#include "WhenFinished.h"

#include <QLineEdit>
#include <QStringListModel>

namespace {

constexpr int maxSuggestions = 12;
constexpr int typingDelayMs = 250;

} // namespace

AccountCompleter::AccountCompleter(Session& session, QLineEdit* edit)
    : QCompleter(edit)
    , m_session(session)
    , m_edit(edit)
    , m_names(new QStringListModel(this))
{
    setModel(m_names);
    // The service has matched already (also by full name): show its answer as it is.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    // Not edit->setCompleter(): the edit would pop up the previous answer on every keystroke.
    setWidget(edit);
    connect(this, qOverload<const QString&>(&QCompleter::activated), edit, &QLineEdit::setText);
    m_delay.setSingleShot(true);
    m_delay.setInterval(typingDelayMs);
    connect(edit, &QLineEdit::textEdited, &m_delay, qOverload<>(&QTimer::start));
    connect(&m_delay, &QTimer::timeout, this, &AccountCompleter::lookUp);
}

void AccountCompleter::lookUp()
{
    const QString text = m_edit->text().trimmed();
    const quint64 generation = ++m_generation;
    if (text.isEmpty()) {
        m_names->setStringList({});
        return;
    }
    AccountFilter filter;
    filter.search = text;
    PageRequest page;
    page.limit = maxSuggestions;
    whenFinished(
        this, m_session.services().accounts().list(m_session.actor(), filter, page),
        [this, generation, text](const Page<AccountRecord>& found) {
            if (generation != m_generation)
                return;
            QStringList names;
            for (const AccountRecord& account : found.rows)
                names << account.username;
            m_names->setStringList(names);
            const bool exact =
                names.size() == 1 && names.constFirst().compare(text, Qt::CaseInsensitive) == 0;
            if (m_edit->hasFocus() && !names.isEmpty() && !exact)
                complete();
        },
        // Suggestions are a convenience: the field works without them.
        [](const Failure&) {});
}
