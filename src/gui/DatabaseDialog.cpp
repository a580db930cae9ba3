#include "DatabaseDialog.h"

#include "ui_DatabaseDialog.h"

#include "Failure.h"

#include <QFileDialog>
#include <QPushButton>

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
    update();
}

DatabaseDialog::~DatabaseDialog() = default;

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
    const QString problem = check();
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Open)->setEnabled(problem.isEmpty());
}

void DatabaseDialog::accept()
{
    if (check().isEmpty())
        QDialog::accept();
}
