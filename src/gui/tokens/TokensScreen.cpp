#include "TokensScreen.h"

#include "ui_TokensScreen.h"

#include "AccountCompleter.h"
#include "AsyncTableBinding.h"
#include "CellText.h"
#include "ConfirmationBox.h"
#include "CountLabel.h"
#include "FieldMessage.h"
#include "RevokeListDialog.h"
#include "RevokeTokenDialog.h"
#include "Session.h"
#include "SignOutEverywhereDialog.h"
#include "TableContextMenu.h"
#include "TokensModel.h"
#include "WhenFinished.h"

#include <QHeaderView>

namespace {

// No account has this id: while the typed account does not exist, the list shows nothing.
constexpr qint64 noSuchAccount = -1;
constexpr int typingDelayMs = 300;

} // namespace

TokensScreen::TokensScreen(Session& session, QWidget* parent)
    : Screen(session, parent)
    , m_ui(std::make_unique<Ui::TokensScreen>())
    , m_model(new TokensModel(session.services().tokens(), session.actor(), session.feed(), this))
{
    m_ui->setupUi(this);
    FieldMessage::show(m_ui->accountError, {});
    m_ui->typeCombo->addItem(tr("All types"));
    m_ui->typeCombo->addItem(tr("Access"), static_cast<int>(TokenType::Access));
    m_ui->typeCombo->addItem(tr("Refresh"), static_cast<int>(TokenType::Refresh));
    // The data is TokenFilter::expired.
    m_ui->stateCombo->addItem(tr("Active and expired"));
    m_ui->stateCombo->addItem(tr("Active"), false);
    m_ui->stateCombo->addItem(tr("Expired"), true);
    new AccountCompleter(session, m_ui->accountEdit);

    AsyncTableBinding::bind(m_ui->table, m_model, QStringLiteral("tokensColumns"));
    TableContextMenu::install(m_ui->table, {m_ui->signOutButton});
    QHeaderView* const header = m_ui->table->horizontalHeader();
    header->resizeSection(TokensModel::JtiColumn, 250);
    header->resizeSection(TokensModel::TypeColumn, 80);
    header->resizeSection(TokensModel::AccountColumn, 120);
    header->resizeSection(TokensModel::RevokedAtColumn, 150);
    // Room for "(expired)" after the date.
    header->resizeSection(TokensModel::ExpiresAtColumn, 220);
    header->resizeSection(TokensModel::ReasonColumn, 200);
    session.jobs().watch(m_model, tr("Loading revoked tokens"));
    connect(m_model, &AsyncTableModelBase::errorOccurred, this, [this](const QString& message) {
        Q_EMIT failed(tr("Loading the revoked tokens: %1").arg(message), [this] { reload(); });
    });
    CountLabel::follow(m_ui->countLabel, m_model,
                       [](int rows) { return tr("%n revoked token(s)", nullptr, rows); });

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(typingDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &TokensScreen::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    m_accountDelay.setSingleShot(true);
    m_accountDelay.setInterval(typingDelayMs);
    connect(&m_accountDelay, &QTimer::timeout, this, &TokensScreen::accountEdited);
    connect(m_ui->accountEdit, &QLineEdit::textChanged, &m_accountDelay,
            qOverload<>(&QTimer::start));
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &TokensScreen::applyFilter);
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, &TokensScreen::applyFilter);

    connect(m_ui->revokeButton, &QPushButton::clicked, this, &TokensScreen::createItem);
    connect(m_ui->revokeListButton, &QPushButton::clicked, this, &TokensScreen::revokeList);
    connect(m_ui->purgeButton, &QPushButton::clicked, this, &TokensScreen::askToPurge);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &TokensScreen::signOutEverywhere);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &TokensScreen::exportShown);
}

TokensScreen::~TokensScreen() = default;

Screen::Commands TokensScreen::commands() const
{
    return Command::Filter | Command::Reload | Command::New;
}

void TokensScreen::focusFilter()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void TokensScreen::reload()
{
    m_model->reload();
}

void TokensScreen::refresh()
{
    m_model->refreshAll();
}

void TokensScreen::accountEdited()
{
    const QString username = m_ui->accountEdit->text().trimmed();
    const quint64 generation = ++m_accountGeneration;
    if (username.isEmpty()) {
        m_accountId = 0;
        FieldMessage::show(m_ui->accountError, {});
        applyFilter();
        return;
    }
    whenFinished(
        this, session().services().accounts().findByUsername(session().actor(), username),
        [this, generation](const AccountRecord& account) {
            if (generation != m_accountGeneration)
                return;
            m_accountId = account.id;
            FieldMessage::show(m_ui->accountError, {});
            applyFilter();
        },
        [this, generation, username](const Failure& error) {
            if (generation != m_accountGeneration)
                return;
            if (error.kind() != Failure::Kind::NotFound) {
                reportFailure(tr("Looking up the account %1").arg(username), error,
                              [this] { accountEdited(); });
                return;
            }
            m_accountId = noSuchAccount;
            FieldMessage::show(m_ui->accountError, error.message());
            applyFilter();
        });
}

void TokensScreen::applyFilter()
{
    m_searchDelay.stop();
    TokenFilter filter;
    filter.search = m_ui->searchEdit->text().trimmed();
    filter.accountId = m_accountId;
    const QVariant type = m_ui->typeCombo->currentData();
    if (type.isValid())
        filter.type = static_cast<TokenType>(type.toInt());
    const QVariant expired = m_ui->stateCombo->currentData();
    if (expired.isValid())
        filter.expired = expired.toBool();
    m_model->setFilter(filter);
}

void TokensScreen::createItem()
{
    auto* dialog = new RevokeTokenDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevokeTokenDialog::revoked, this, [this](const RevokeResult& result) {
        const RevokedTokenRecord& token = result.token;
        if (!result.alreadyRevoked) {
            Q_EMIT notified(tr("Revoked the token %1.").arg(token.jti));
            return;
        }
        const QString revoker = token.revokedById ? token.revokedByName : tr("the backend");
        Q_EMIT informed(tr("The token %1 was already revoked (%2, by %3); it is kept as it was.")
                            .arg(token.jti, CellText::dateTime(token.revokedAt), revoker));
    });
    dialog->open();
}

void TokensScreen::revokeList()
{
    auto* dialog = new RevokeListDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevokeListDialog::revoked, this, &TokensScreen::reportBulk);
    dialog->open();
}

void TokensScreen::setPurging(bool purging)
{
    m_ui->purgeButton->setEnabled(!purging);
}

void TokensScreen::askToPurge()
{
    TokenFilter expired;
    expired.expired = true;
    setPurging(true);
    whenFinished(
        this,
        session().jobs().track(tr("Counting expired tokens"),
                               session().services().tokens().count(session().actor(), expired)),
        [this](qint64 count) {
            setPurging(false);
            if (count == 0) {
                Q_EMIT informed(tr("There are no expired tokens to purge."));
                return;
            }
            const int n = static_cast<int>(count);
            ConfirmationBox::ask(this, tr("Purge expired tokens"),
                                 tr("Delete the rows of %n expired token(s)? The backend refuses "
                                    "these tokens anyway: they have expired.",
                                    nullptr, n),
                                 tr("&Purge %n token(s)", nullptr, n), [this] { purge(); });
        },
        [this](const Failure& error) {
            setPurging(false);
            reportFailure(tr("Counting the expired tokens"), error, [this] { askToPurge(); });
        });
}

void TokensScreen::purge()
{
    setPurging(true);
    whenFinished(
        this,
        session().jobs().track(tr("Purging expired tokens"),
                               session().services().tokens().purgeExpired(session().actor())),
        [this](int purged) {
            setPurging(false);
            Q_EMIT notified(tr("Purged %n expired token(s).", nullptr, purged));
        },
        [this](const Failure& error) {
            setPurging(false);
            reportFailure(tr("Purging the expired tokens"), error, [this] { purge(); });
        });
}

void TokensScreen::signOutEverywhere()
{
    // Proposed: the selected token's account, else the account the list is filtered by.
    QString username = m_ui->accountEdit->text().trimmed();
    const QModelIndexList selected = m_ui->table->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        if (const RevokedTokenRecord* token = m_model->record(selected.constFirst().row());
            token && token->accountId)
            username = token->accountName;
    }
    auto* dialog = new SignOutEverywhereDialog(session(), username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignOutEverywhereDialog::signedOut, this, [this](const AccountRecord& a) {
        Q_EMIT informed(tr("%1 is signed out everywhere: the tokens issued before %2 no longer "
                           "work.")
                            .arg(a.username, CellText::dateTime(a.tokensValidAfter)));
    });
    dialog->open();
}

void TokensScreen::exportShown()
{
    TokenService& tokens = session().services().tokens();
    exportCsv(
        {tr("Export the revoked tokens to"),
         QStringLiteral("revoked-tokens-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
         tr("Exporting the revoked tokens"), tr("Revoked tokens exported to %1."),
         [&tokens, actor = session().actor(), filter = m_model->filter(),
          order = m_model->order()] { return tokens.exportCsv(actor, filter, order); }});
}
