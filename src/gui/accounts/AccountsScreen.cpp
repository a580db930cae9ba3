#include "AccountsScreen.h"

#include "ui_AccountsScreen.h"

#include "AccountDialog.h"
#include "AccountsModel.h"
#include "AsyncTableBinding.h"
#include "ConfirmationBox.h"
#include "CountLabel.h"
#include "Failure.h"
#include "PasswordDialog.h"
#include "Session.h"
#include "TableContextMenu.h"
#include "WhenFinished.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

#include <iterator>

namespace {

// The "Show" choices.
enum class Shown { All, Active, Inactive, Blocked };

// In the order of AccountsModel::Column; the last one stretches.
constexpr int columnWidths[] = {120, 170, 130, 110, 90, 120, 70, 70};

} // namespace

AccountsScreen::AccountsScreen(Session& session, QWidget* parent)
    : Screen(session, parent)
    , m_ui(std::make_unique<Ui::AccountsScreen>())
    , m_model(
          new AccountsModel(session.services().accounts(), session.actor(), session.feed(), this))
    , m_searchDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->stateCombo->addItem(tr("All accounts"), static_cast<int>(Shown::All));
    m_ui->stateCombo->addItem(tr("Active"), static_cast<int>(Shown::Active));
    m_ui->stateCombo->addItem(tr("Inactive"), static_cast<int>(Shown::Inactive));
    m_ui->stateCombo->addItem(tr("Blocked"), static_cast<int>(Shown::Blocked));

    QTableView* table = m_ui->table;
    AsyncTableBinding::bind(table, m_model, QStringLiteral("accountsColumns"));
    TableContextMenu::install(table, {m_ui->editButton, m_ui->passwordButton, m_ui->blockButton,
                                      m_ui->activeButton, m_ui->signOutButton, m_ui->unlockButton});
    QHeaderView* header = table->horizontalHeader();
    table->verticalHeader()->hide();
    header->setStretchLastSection(true);
    for (int column = 0; column < int(std::size(columnWidths)); ++column)
        header->resizeSection(column, columnWidths[column]);
    session.jobs().watch(m_model, tr("Loading accounts"));

    // Typing pauses before the service is asked.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &AccountsScreen::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, &AccountsScreen::applyFilter);

    connect(m_ui->newButton, &QPushButton::clicked, this, &AccountsScreen::createItem);
    connect(m_ui->editButton, &QPushButton::clicked, this, &AccountsScreen::editItem);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &AccountsScreen::resetPassword);
    connect(m_ui->blockButton, &QPushButton::clicked, this, &AccountsScreen::toggleBlocked);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &AccountsScreen::toggleActive);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &AccountsScreen::signOutEverywhere);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &AccountsScreen::unlock);
    connect(table, &QTableView::activated, this, &AccountsScreen::editItem);

    // The buttons follow the current account, also when its row changes or comes in.
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsScreen::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        selectPending();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsScreen::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccountsScreen::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AccountsScreen::selectPending);
    CountLabel::follow(m_ui->countLabel, m_model,
                       [](int rows) { return tr("Accounts: %1").arg(QLocale().toString(rows)); });
    connect(m_model, &AsyncTableModelBase::errorOccurred, this, [this](const QString& message) {
        Q_EMIT failed(tr("Loading the accounts: %1").arg(message), [this] { reload(); });
    });
    updateActions();
}

AccountsScreen::~AccountsScreen() = default;

Screen::Commands AccountsScreen::commands() const
{
    Commands available = Command::Filter | Command::Reload | Command::New;
    if (selected())
        available |= Command::Edit;
    return available;
}

void AccountsScreen::focusFilter()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

void AccountsScreen::reload()
{
    m_model->reload();
}

void AccountsScreen::refresh()
{
    m_model->refreshAll();
}

const AccountRecord* AccountsScreen::selected() const
{
    const QModelIndex current = m_ui->table->currentIndex();
    return current.isValid() ? m_model->record(current.row()) : nullptr;
}

void AccountsScreen::applyFilter()
{
    m_searchDelay->stop();
    AccountFilter filter;
    filter.search = m_ui->searchEdit->text().trimmed();
    switch (static_cast<Shown>(m_ui->stateCombo->currentData().toInt())) {
    case Shown::All:
        break;
    case Shown::Active:
        filter.active = true;
        break;
    case Shown::Inactive:
        filter.active = false;
        break;
    case Shown::Blocked:
        filter.blocked = true;
        break;
    }
    m_model->setFilter(filter);
}

void AccountsScreen::updateActions()
{
    const AccountRecord* account = selected();
    for (QPushButton* button : {m_ui->editButton, m_ui->passwordButton, m_ui->blockButton,
                                m_ui->activeButton, m_ui->signOutButton})
        button->setEnabled(account);
    // A lock that has run out is still there until the next sign-in: lifting it is harmless.
    m_ui->unlockButton->setEnabled(account && account->lockedUntil.isValid());
    const bool blocked = account && account->blocked;
    m_ui->blockButton->setText(blocked ? tr("Un&block") : tr("&Block…"));
    m_ui->blockButton->setToolTip(blocked
                                      ? tr("Let the selected account sign in again")
                                      : tr("Stop the selected account from signing in, and sign "
                                           "it out everywhere"));
    const bool inactive = account && !account->active;
    m_ui->activeButton->setText(inactive ? tr("&Activate") : tr("&Deactivate…"));
    m_ui->activeButton->setToolTip(inactive ? tr("Let the selected account be used again")
                                            : tr("Retire the selected account: it can no longer "
                                                 "sign in or be used"));
    Q_EMIT commandsChanged();
}

void AccountsScreen::selectPending()
{
    if (!m_pendingSelection)
        return;
    // Accounts are few: their rows are in the first pages, already loaded.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AccountRecord* account = m_model->record(row);
        if (account && account->id == m_pendingSelection) {
            m_pendingSelection = 0;
            m_ui->table->setCurrentIndex(m_model->index(row, AccountsModel::UsernameColumn));
            m_ui->table->scrollTo(m_ui->table->currentIndex());
            return;
        }
    }
}

void AccountsScreen::createItem()
{
    auto* dialog = new AccountDialog(session(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::saved, this, [this](const AccountRecord& account) {
        m_pendingSelection = account.id;
        selectPending();
        Q_EMIT notified(tr("Account %1 created").arg(account.username));
    });
    dialog->open();
}

void AccountsScreen::editItem()
{
    const AccountRecord* account = selected();
    if (!account)
        return;
    auto* dialog = new AccountDialog(session(), *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::saved, this, [this](const AccountRecord& saved) {
        Q_EMIT notified(tr("Account %1 saved").arg(saved.username));
    });
    dialog->open();
}

void AccountsScreen::resetPassword()
{
    const AccountRecord* account = selected();
    if (!account)
        return;
    auto* dialog = new PasswordDialog(session(), *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, username = account->username] {
        Q_EMIT notified(tr("Password of %1 changed").arg(username));
    });
    dialog->open();
}

void AccountsScreen::toggleBlocked()
{
    if (const AccountRecord* account = selected())
        changeAccount(*account, account->blocked ? Change::Unblock : Change::Block);
}

void AccountsScreen::toggleActive()
{
    if (const AccountRecord* account = selected())
        changeAccount(*account, account->active ? Change::Deactivate : Change::Activate);
}

void AccountsScreen::signOutEverywhere()
{
    if (const AccountRecord* account = selected())
        changeAccount(*account, Change::SignOut);
}

void AccountsScreen::unlock()
{
    if (const AccountRecord* account = selected())
        changeAccount(*account, Change::Unlock);
}

void AccountsScreen::changeAccount(const AccountRecord& account, Change change)
{
    // While it runs, once done; the question asked first (none when the change undoes a block
    // or a deactivation): its title, text and action.
    struct Words {
        QString what, done, title, question, action;
    };
    const Words words = [change]() -> Words {
        switch (change) {
        case Change::Block:
            return {tr("Blocking %1"), tr("%1 blocked"), tr("Block account"),
                    tr("Block %1? The account can no longer sign in, and every token issued to "
                       "it stops working."),
                    tr("&Block")};
        case Change::Unblock:
            return {tr("Unblocking %1"), tr("%1 unblocked"), {}, {}, {}};
        case Change::Activate:
            return {tr("Activating %1"), tr("%1 activated"), {}, {}, {}};
        case Change::Unlock:
            return {tr("Unlocking %1"), tr("%1 unlocked"), {}, {}, {}};
        case Change::Deactivate:
            return {tr("Deactivating %1"), tr("%1 deactivated"), tr("Deactivate account"),
                    tr("Deactivate %1? The account can no longer sign in until it is activated "
                       "again."),
                    tr("&Deactivate")};
        case Change::SignOut:
            break;
        }
        return {tr("Signing %1 out everywhere"), tr("%1 signed out everywhere"),
                tr("Sign out everywhere"),
                tr("Sign %1 out everywhere? Every token issued to the account so far stops "
                   "working; it must sign in again."),
                tr("&Sign out")};
    }();
    const QString& name = account.username;
    const auto run = [this, what = words.what.arg(name), done = words.done.arg(name),
                      call = serviceCall(account.id, change)] { perform(what, done, call); };
    if (words.question.isEmpty())
        run();
    else
        ConfirmationBox::ask(this, words.title, words.question.arg(name), words.action, run);
}

std::function<QFuture<AccountRecord>()> AccountsScreen::serviceCall(qint64 id, Change change) const
{
    AccountService& accounts = session().services().accounts();
    return [&accounts, actor = session().actor(), id, change] {
        switch (change) {
        case Change::Block:
        case Change::Unblock:
            return accounts.setBlocked(actor, id, change == Change::Block);
        case Change::Activate:
        case Change::Deactivate:
            return accounts.setActive(actor, id, change == Change::Activate);
        case Change::Unlock:
            return accounts.unlock(actor, id);
        case Change::SignOut:
            break;
        }
        return accounts.signOutEverywhere(actor, id);
    };
}

void AccountsScreen::perform(const QString& what, const QString& done,
                             const std::function<QFuture<AccountRecord>()>& change)
{
    whenFinished(
        this, session().jobs().track(what, change()),
        [this, done](const AccountRecord&) { Q_EMIT notified(done); },
        [this, what, done, change](const Failure& e) {
            // Trying again helps only when the database was out of reach.
            std::function<void()> retry;
            if (e.kind() == Failure::Kind::Unavailable)
                retry = [this, what, done, change] { perform(what, done, change); };
            reportFailure(what, e, retry);
        });
}
