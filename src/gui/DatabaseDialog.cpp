#include "DatabaseDialog.h"

#include "ui_DatabaseDialog.h"

#include "ConfirmationBox.h"
#include "ConnectionProfiles.h"
#include "Failure.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QPushButton>

namespace {

// The profile combo's data: the URL (Qt::UserRole, also the tooltip) and whether the profile
// remembers its password.
constexpr int rememberRole = Qt::UserRole + 1;

} // namespace

DatabaseDialog::DatabaseDialog(const ConnectionSettings& current, bool demo, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DatabaseDialog>())
    , m_settings(current)
{
    m_ui->setupUi(this);
    if (demo)
        m_ui->demoRadio->setChecked(true);
    else if (current.dialect() == Dialect::SQLite)
        m_ui->sqliteRadio->setChecked(true);
    else
        m_ui->postgresRadio->setChecked(true);
    if (!demo && current.dialect() == Dialect::SQLite)
        m_ui->sqlitePathEdit->setText(current.sqlitePath());
    if (current.dialect() == Dialect::PostgreSQL)
        m_ui->urlEdit->setText(current.displayUrl());
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, m_ui->deleteProfileButton,
            [this](int index) { m_ui->deleteProfileButton->setEnabled(index >= 0); });
    fillProfiles();
    if (!demo) {
        const std::optional<ConnectionProfiles::Profile> profile =
            ConnectionProfiles::find(current);
        m_nameChosen = profile.has_value();
        m_ui->nameEdit->setText(profile ? profile->name : ConnectionProfiles::defaultName(current));
        if (profile)
            m_ui->profileCombo->setCurrentIndex(m_ui->profileCombo->findText(profile->name));
        m_ui->rememberCheck->setChecked(profile && profile->rememberPassword);
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DatabaseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        auto* chooser =
            new QFileDialog(this, tr("SQLite database file"), m_ui->sqlitePathEdit->text(),
                            tr("SQLite databases (*.db *.sqlite);;All files (*)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        chooser->setOption(QFileDialog::DontConfirmOverwrite);
        connect(chooser, &QFileDialog::fileSelected, m_ui->sqlitePathEdit, &QLineEdit::setText);
        chooser->open();
    });
    for (QRadioButton* radio : {m_ui->demoRadio, m_ui->sqliteRadio, m_ui->postgresRadio})
        connect(radio, &QRadioButton::toggled, this, &DatabaseDialog::update);
    for (QLineEdit* edit : {m_ui->sqlitePathEdit, m_ui->urlEdit})
        connect(edit, &QLineEdit::textChanged, this, &DatabaseDialog::update);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { m_nameChosen = true; });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &DatabaseDialog::updateRemember);
    connect(m_ui->rememberCheck, &QCheckBox::toggled, this, &DatabaseDialog::updateRemember);
    connect(m_ui->profileCombo, &QComboBox::activated, this, &DatabaseDialog::pickProfile);
    connect(m_ui->deleteProfileButton, &QPushButton::clicked, this, &DatabaseDialog::deleteProfile);
    update();
}

DatabaseDialog::~DatabaseDialog() = default;

void DatabaseDialog::fillProfiles()
{
    m_ui->profileCombo->clear();
    for (const ConnectionProfiles::Profile& profile : ConnectionProfiles::load()) {
        m_ui->profileCombo->addItem(profile.name, profile.url);
        m_ui->profileCombo->setItemData(m_ui->profileCombo->count() - 1, profile.url,
                                        Qt::ToolTipRole);
        m_ui->profileCombo->setItemData(m_ui->profileCombo->count() - 1, profile.rememberPassword,
                                        rememberRole);
    }
    m_ui->profileCombo->setPlaceholderText(m_ui->profileCombo->count() == 0
                                               ? tr("No saved connection")
                                               : tr("Choose a saved connection"));
    m_ui->profileCombo->setCurrentIndex(-1);
    m_ui->profileCombo->setEnabled(m_ui->profileCombo->count() > 0);
}

void DatabaseDialog::pickProfile(int index)
{
    const QString url = m_ui->profileCombo->itemData(index).toString();
    try {
        const ConnectionSettings picked = ConnectionSettings::parse(url);
        const bool sqlite = picked.dialect() == Dialect::SQLite;
        (sqlite ? m_ui->sqliteRadio : m_ui->postgresRadio)->setChecked(true);
        (sqlite ? m_ui->sqlitePathEdit : m_ui->urlEdit)
            ->setText(sqlite ? picked.sqlitePath() : picked.displayUrl());
    } catch (const Failure&) {
        // Stored by another version and no longer valid: shown in the URL field, with why.
        m_ui->postgresRadio->setChecked(true);
        m_ui->urlEdit->setText(url);
    }
    m_ui->dbPasswordEdit->clear();
    m_ui->rememberCheck->setChecked(m_ui->profileCombo->itemData(index, rememberRole).toBool());
    m_ui->nameEdit->setText(m_ui->profileCombo->itemText(index));
    m_nameChosen = true;
}

void DatabaseDialog::deleteProfile()
{
    if (m_ui->profileCombo->currentIndex() < 0)
        return;
    const QString name = m_ui->profileCombo->currentText();
    ConfirmationBox::ask(this, tr("Delete the Saved Connection"),
                         tr("Delete the saved connection “%1”? The database itself is not "
                            "changed.")
                             .arg(name),
                         tr("Delete"), [this, name] {
                             ConnectionProfiles::remove(name);
                             // Opening the form now must not save it again.
                             if (m_ui->nameEdit->text().trimmed() == name) {
                                 m_ui->nameEdit->clear();
                                 m_nameChosen = true;
                             }
                             fillProfiles();
                         });
}

bool DatabaseDialog::isDemo() const
{
    return m_ui->demoRadio->isChecked();
}

QString DatabaseDialog::check()
{
    try {
        if (m_ui->demoRadio->isChecked()) {
            m_settings = ConnectionSettings::demoDatabase();
        } else if (m_ui->sqliteRadio->isChecked()) {
            const QString path = m_ui->sqlitePathEdit->text().trimmed();
            if (path.isEmpty())
                return tr("Name the SQLite file to open or create.");
            m_settings = ConnectionSettings::sqliteFile(path);
        } else {
            const QString url = m_ui->urlEdit->text().trimmed();
            if (url.isEmpty())
                return tr("Type the server's URL, e.g. postgresql://mealdesk@db:5432/mealdesk.");
            m_settings = ConnectionSettings::parse(url);
            if (m_settings.dialect() != Dialect::PostgreSQL)
                return tr("The URL must start with postgresql://.");
            if (!m_ui->dbPasswordEdit->text().isEmpty())
                m_settings.setPassword(m_ui->dbPasswordEdit->text());
        }
    } catch (const Failure& e) {
        return e.message();
    }
    return {};
}

void DatabaseDialog::update()
{
    m_ui->sqlitePathEdit->setEnabled(m_ui->sqliteRadio->isChecked());
    m_ui->browseButton->setEnabled(m_ui->sqliteRadio->isChecked());
    m_ui->urlEdit->setEnabled(m_ui->postgresRadio->isChecked());
    m_ui->dbPasswordEdit->setEnabled(m_ui->postgresRadio->isChecked());
    m_ui->nameEdit->setEnabled(!m_ui->demoRadio->isChecked());
    const QString problem = check();
    if (problem.isEmpty() && !m_nameChosen && !m_ui->demoRadio->isChecked())
        m_ui->nameEdit->setText(ConnectionProfiles::defaultName(m_settings));
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Open)->setEnabled(problem.isEmpty());
    updateRemember();
}

void DatabaseDialog::updateRemember()
{
    m_ui->rememberCheck->setEnabled(m_ui->postgresRadio->isChecked() &&
                                    !m_ui->nameEdit->text().trimmed().isEmpty());
    m_ui->dbPasswordEdit->setPlaceholderText(m_ui->rememberCheck->isEnabled() &&
                                                     m_ui->rememberCheck->isChecked()
                                                 ? tr("Remembered in the desktop's keyring")
                                                 : tr("Used for this session only, never saved"));
}

void DatabaseDialog::askForPassword(const QString& why)
{
    m_ui->errorLabel->setText(why);
    m_ui->errorLabel->show();
    m_ui->dbPasswordEdit->setFocus();
}

void DatabaseDialog::accept()
{
    if (!check().isEmpty())
        return;
    const QString name = m_ui->nameEdit->text().trimmed();
    // Unticked, a password remembered for this profile is deleted from the keyring; ticked,
    // it is written there once it opened the database (StartupController).
    if (!isDemo() && !name.isEmpty())
        ConnectionProfiles::save(
            name, m_settings, m_ui->rememberCheck->isEnabled() && m_ui->rememberCheck->isChecked());
    QDialog::accept();
}
