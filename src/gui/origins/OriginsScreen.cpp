#include "OriginsScreen.h"

#include "ui_OriginsScreen.h"

#include "AsyncTableBinding.h"
#include "BulkResult.h"
#include "ConfirmationBox.h"
#include "CountLabel.h"
#include "FileDrop.h"
#include "LeftToRight.h"
#include "OriginDialog.h"
#include "OriginsExportDialog.h"
#include "OriginsImportDialog.h"
#include "OriginsModel.h"
#include "Session.h"
#include "TableContextMenu.h"
#include "WhenFinished.h"

#include <QHeaderView>

#include <algorithm>

namespace {

constexpr int typingDelayMs = 300;

} // namespace

OriginsScreen::OriginsScreen(Session& session, QWidget* parent)
    : Screen(session, parent)
    , m_ui(std::make_unique<Ui::OriginsScreen>())
    , m_model(new OriginsModel(session.services().origins(), session.actor(), session.feed(), this))
{
    m_ui->setupUi(this);
    // The data is OriginFilter::active.
    m_ui->activeCombo->addItem(tr("Active and disabled"));
    m_ui->activeCombo->addItem(tr("Active only"), true);
    m_ui->activeCombo->addItem(tr("Disabled only"), false);
    m_ui->testAnswer->hide();

    AsyncTableBinding::bind(m_ui->table, m_model, QStringLiteral("originsColumns"));
    TableContextMenu::install(m_ui->table,
                              {m_ui->editButton, m_ui->toggleButton, m_ui->removeButton});
    QHeaderView* const header = m_ui->table->horizontalHeader();
    header->resizeSection(OriginsModel::OriginColumn, 300);
    header->resizeSection(OriginsModel::NoteColumn, 240);
    header->resizeSection(OriginsModel::ActiveColumn, 70);
    header->resizeSection(OriginsModel::CreatedAtColumn, 170);
    session.jobs().watch(m_model, tr("Loading allowed origins"));
    connect(m_model, &AsyncTableModelBase::errorOccurred, this, [this](const QString& message) {
        Q_EMIT failed(tr("Loading the allowed origins: %1").arg(message), [this] { reload(); });
    });
    CountLabel::follow(m_ui->countLabel, m_model,
                       [](int rows) { return tr("%n origin(s)", nullptr, rows); });
    // The selected row may load, change (enabled elsewhere) or go away.
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OriginsScreen::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OriginsScreen::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OriginsScreen::selectionChanged);
    connect(m_ui->table, &QAbstractItemView::activated, this, &OriginsScreen::editItem);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(typingDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &OriginsScreen::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->activeCombo, &QComboBox::currentIndexChanged, this, &OriginsScreen::applyFilter);

    connect(m_ui->addButton, &QPushButton::clicked, this, &OriginsScreen::createItem);
    connect(m_ui->editButton, &QPushButton::clicked, this, &OriginsScreen::editItem);
    connect(m_ui->toggleButton, &QPushButton::clicked, this, &OriginsScreen::toggleActive);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &OriginsScreen::deleteItem);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] { openImport(); });
    FileDrop::install(this, [this](const QString& path) { openImport(path); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &OriginsScreen::exportOrigins);
    connect(m_ui->testButton, &QPushButton::clicked, this, &OriginsScreen::testOrigin);
    connect(m_ui->testEdit, &QLineEdit::returnPressed, this, &OriginsScreen::testOrigin);
    selectionChanged();
}

OriginsScreen::~OriginsScreen() = default;

Screen::Commands OriginsScreen::commands() const
{
    Commands commands = Command::Filter | Command::Reload | Command::New;
    if (selectedOrigin())
        commands |= Command::Edit;
    if (m_ui->table->selectionModel()->hasSelection())
        commands |= Command::Delete;
    return commands;
}

void OriginsScreen::focusFilter()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void OriginsScreen::reload()
{
    m_model->reload();
}

void OriginsScreen::refresh()
{
    m_model->refreshAll();
}

const OriginRecord* OriginsScreen::selectedOrigin() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_model->record(rows.constFirst().row()) : nullptr;
}

QList<OriginRecord> OriginsScreen::selectedOrigins() const
{
    QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QList<OriginRecord> origins;
    for (const QModelIndex& index : std::as_const(rows))
        if (const OriginRecord* origin = m_model->record(index.row()))
            origins.append(*origin);
    return origins;
}

void OriginsScreen::selectionChanged()
{
    const QList<OriginRecord> origins = selectedOrigins();
    const bool selected = !origins.isEmpty();
    // Disable while any selected origin is allowed; Enable when all are disabled.
    const bool anyActive = std::any_of(origins.cbegin(), origins.cend(),
                                       [](const OriginRecord& o) { return o.active; });
    m_ui->editButton->setEnabled(selectedOrigin() != nullptr);
    m_ui->removeButton->setEnabled(selected);
    m_ui->toggleButton->setEnabled(selected && !m_toggling);
    m_ui->toggleButton->setText(selected && !anyActive ? tr("E&nable") : tr("&Disable"));
    Q_EMIT commandsChanged();
}

void OriginsScreen::applyFilter()
{
    m_searchDelay.stop();
    OriginFilter filter;
    filter.search = m_ui->searchEdit->text().trimmed();
    const QVariant active = m_ui->activeCombo->currentData();
    if (active.isValid())
        filter.active = active.toBool();
    m_model->setFilter(filter);
}

void OriginsScreen::createItem()
{
    auto* dialog = new OriginDialog(session(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OriginDialog::saved, this, [this](const OriginRecord& origin) {
        Q_EMIT notified(
            tr("Added %1 to the allowed origins.").arg(LeftToRight::isolated(origin.origin)));
    });
    dialog->open();
}

void OriginsScreen::editItem()
{
    const OriginRecord* origin = selectedOrigin();
    if (!origin)
        return;
    auto* dialog = new OriginDialog(session(), *origin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OriginDialog::saved, this, [this](const OriginRecord& saved) {
        Q_EMIT notified(tr("Saved the note of %1.").arg(LeftToRight::isolated(saved.origin)));
    });
    dialog->open();
}

void OriginsScreen::toggleActive()
{
    const QList<OriginRecord> origins = selectedOrigins();
    if (origins.isEmpty() || m_toggling)
        return;
    if (origins.size() == 1) {
        setActive(origins.constFirst(), !origins.constFirst().active);
        return;
    }
    // As the button says: Disable while any is allowed, else Enable; only those that change.
    const bool active = std::none_of(origins.cbegin(), origins.cend(),
                                     [](const OriginRecord& o) { return o.active; });
    QList<qint64> ids;
    for (const OriginRecord& origin : origins)
        if (origin.active != active)
            ids.append(origin.id);
    setActiveAll(ids, active);
}

void OriginsScreen::setActiveAll(const QList<qint64>& ids, bool active)
{
    m_toggling = true;
    selectionChanged();
    const int n = static_cast<int>(ids.size());
    const QString what =
        active ? tr("Enabling %n origin(s)", nullptr, n) : tr("Disabling %n origin(s)", nullptr, n);
    whenFinished(
        this,
        session().jobs().track(
            what, session().services().origins().setActiveAll(session().actor(), ids, active)),
        [this, what](const BulkResult& result) {
            m_toggling = false;
            // Changed origins may leave the list (a filter): the rows taking their places must
            // not stay selected.
            m_ui->table->clearSelection();
            selectionChanged();
            reportBulk(what, result);
        },
        [this, ids, active, what](const Failure& error) {
            m_toggling = false;
            selectionChanged();
            reportFailure(what, error, [this, ids, active] { setActiveAll(ids, active); });
        });
}

void OriginsScreen::setActive(const OriginRecord& origin, bool active)
{
    m_toggling = true;
    selectionChanged();
    const QString what = active ? tr("Enabling %1").arg(LeftToRight::isolated(origin.origin))
                                : tr("Disabling %1").arg(LeftToRight::isolated(origin.origin));
    whenFinished(
        this,
        session().jobs().track(what, session().services().origins().setActive(
                                         session().actor(), origin.id, origin.version, active)),
        [this](const OriginRecord& changed) {
            m_toggling = false;
            selectionChanged();
            Q_EMIT notified(
                changed.active
                    ? tr("%1 is allowed again.").arg(LeftToRight::isolated(changed.origin))
                    : tr("%1 is disabled: the backend no longer allows it.")
                          .arg(LeftToRight::isolated(changed.origin)));
        },
        [this, origin, active, what](const Failure& error) {
            m_toggling = false;
            selectionChanged();
            if (error.kind() == Failure::Kind::Conflict) {
                // Retrying with the old version would only conflict again: show the row as it
                // is now and let the administrator decide.
                Q_EMIT failed(tr("%1 was changed by someone else meanwhile; the list shows it as "
                                 "it is now.")
                                  .arg(LeftToRight::isolated(origin.origin)),
                              {});
                m_model->reload();
                return;
            }
            reportFailure(what, error, [this, origin, active] { setActive(origin, active); });
        });
}

void OriginsScreen::deleteItem()
{
    const QList<OriginRecord> selected = selectedOrigins();
    if (selected.size() > 1) {
        QList<qint64> ids;
        for (const OriginRecord& origin : selected)
            ids.append(origin.id);
        const int n = static_cast<int>(ids.size());
        ConfirmationBox::ask(this, tr("Remove allowed origins"),
                             tr("Remove the %n selected origin(s) from the allowed origins? The "
                                "backend stops accepting requests from them at once. To stop "
                                "them for a while instead, disable them.",
                                nullptr, n),
                             tr("&Remove %n origin(s)", nullptr, n),
                             [this, ids] { removeAll(ids); });
        return;
    }
    if (selected.isEmpty())
        return;
    const OriginRecord origin = selected.constFirst();
    ConfirmationBox::ask(this, tr("Remove allowed origin"),
                         tr("Remove %1 from the allowed origins? The backend stops accepting "
                            "requests from it at once. To stop it for a while instead, disable "
                            "it.")
                             .arg(LeftToRight::isolated(origin.origin)),
                         tr("&Remove"), [this, origin] { remove(origin); });
}

void OriginsScreen::remove(const OriginRecord& origin)
{
    const QString what = tr("Removing %1").arg(LeftToRight::isolated(origin.origin));
    whenFinished(
        this,
        session().jobs().track(what,
                               session().services().origins().remove(session().actor(), origin.id)),
        [this, origin] {
            Q_EMIT notified(tr("Removed %1.").arg(LeftToRight::isolated(origin.origin)));
        },
        [this, origin, what](const Failure& error) {
            reportFailure(what, error, [this, origin] { remove(origin); });
        });
}

void OriginsScreen::removeAll(const QList<qint64>& ids)
{
    const QString what = tr("Removing %n origin(s)", nullptr, static_cast<int>(ids.size()));
    whenFinished(
        this,
        session().jobs().track(what,
                               session().services().origins().removeAll(session().actor(), ids)),
        [this, what](const BulkResult& result) {
            // The rows taking the removed ones' places must not stay selected.
            m_ui->table->clearSelection();
            reportBulk(what, result);
        },
        [this, ids, what](const Failure& error) {
            reportFailure(what, error, [this, ids] { removeAll(ids); });
        });
}

void OriginsScreen::testOrigin()
{
    const QString header = m_ui->testEdit->text();
    const quint64 generation = ++m_testGeneration;
    m_ui->testAnswer->setStyleSheet({});
    m_ui->testAnswer->show();
    if (header.trimmed().isEmpty()) {
        m_ui->testAnswer->setText(tr("Type the Origin header to test, like "
                                     "https://app.example.com."));
        return;
    }
    m_ui->testAnswer->setText(tr("Asking…"));
    whenFinished(
        this, session().services().origins().test(session().actor(), header),
        [this, generation, header](const OriginNormalizer::Match& match) {
            if (generation != m_testGeneration)
                return;
            QString answer =
                match.allowed
                    ? tr("Allowed: the backend accepts requests from %1.").arg(header)
                    : tr("Not allowed: the backend refuses requests from %1.").arg(header);
            if (!match.hint.isEmpty())
                answer += QLatin1Char('\n') + match.hint;
            m_ui->testAnswer->setText(answer);
            m_ui->testAnswer->setStyleSheet(match.allowed ? QStringLiteral("color: #1b6e20;")
                                                          : QStringLiteral("color: #b3261e;"));
        },
        [this, generation](const Failure& error) {
            if (generation != m_testGeneration)
                return;
            m_ui->testAnswer->setText(
                tr("The origin could not be tested: %1").arg(error.message()));
            m_ui->testAnswer->setStyleSheet(QStringLiteral("color: #b3261e;"));
        });
}

void OriginsScreen::openImport(const QString& path)
{
    auto* dialog = new OriginsImportDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OriginsImportDialog::imported, this, [this](const OriginImportReport& r) {
        if (r.applied)
            Q_EMIT notified(tr("Imported %n origin(s).", nullptr,
                               r.countOf(OriginImportReport::Outcome::Added)));
    });
    dialog->open();
    if (!path.isEmpty())
        dialog->loadFile(path);
}

void OriginsScreen::exportOrigins()
{
    m_ui->exportButton->setEnabled(false);
    whenFinished(
        this,
        session().jobs().track(tr("Exporting allowed origins"),
                               session().services().origins().exportValue(session().actor())),
        [this](const QString& value) {
            m_ui->exportButton->setEnabled(true);
            auto* dialog = new OriginsExportDialog(value, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        },
        [this](const Failure& error) {
            m_ui->exportButton->setEnabled(true);
            reportFailure(tr("Exporting the allowed origins"), error, [this] { exportOrigins(); });
        });
}
