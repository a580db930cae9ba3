#include "KitchenScreen.h"

#include "ui_KitchenScreen.h"

#include "Failure.h"
#include "LeftToRight.h"
#include "Session.h"
#include "TableContextMenu.h"
#include "WhenFinished.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTableWidgetItem>
#include <QTreeWidgetItem>

namespace {

constexpr int reloadDelayMs = 300;

QTableWidgetItem* countItem(qsizetype n, bool bold = false)
{
    auto* item = new QTableWidgetItem(n ? QLocale().toString(qint64(n)) : QStringLiteral("–"));
    item->setTextAlignment(Qt::AlignCenter);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

} // namespace

KitchenScreen::KitchenScreen(Session& session, QWidget* parent)
    : Screen(session, parent)
    , m_ui(std::make_unique<Ui::KitchenScreen>())
{
    m_ui->setupUi(this);
    m_ui->namesTree->header()->setObjectName(QStringLiteral("kitchenNamesColumns"));
    TableContextMenu::install(m_ui->countsTable);
    TableContextMenu::install(m_ui->namesTree);
    m_ui->namesTree->header()->setStretchLastSection(false);
    m_ui->namesTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->namesTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->namesTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // The counts table's columns are the day's meal types: fitted to their contents each time
    // rather than remembered (so its header has no objectName).
    m_ui->countsTable->verticalHeader()->hide();
    m_ui->countsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->countsTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->kitchenSplitter->setStretchFactor(0, 3);
    m_ui->kitchenSplitter->setStretchFactor(1, 2);

    const QTimeZone& office = session.services().mealRequests().officeZone();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(office).date();
    // With the weekday: the kitchen plans by weekday.
    m_ui->dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_ui->dateEdit->setDate(today);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(reloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &KitchenScreen::reload);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, [this] {
        setLoaded(false);
        m_reloadTimer.start();
    });
    connect(m_ui->todayButton, &QToolButton::clicked, this, [this, office] {
        m_ui->dateEdit->setDate(QDateTime::currentDateTimeUtc().toTimeZone(office).date());
    });
    connect(&session.feed(), &ChangeFeed::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("meal_request") || entity == QLatin1String("meal_request_line"))
            m_reloadTimer.start();
    });
    connect(m_ui->printButton, &QPushButton::clicked, this, &KitchenScreen::openPrintDialog);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &KitchenScreen::openExportDialog);
    setLoaded(false);
    reload();
}

KitchenScreen::~KitchenScreen() = default;

void KitchenScreen::reload()
{
    m_reloadTimer.stop();
    const quint64 generation = ++m_generation;
    const QDate day = m_ui->dateEdit->date();
    whenFinished(
        this,
        session().jobs().track(
            tr("Loading the kitchen sheet"),
            session().services().mealRequests().dailySummary(session().actor(), day)),
        [this, generation](const DailySummary& summary) {
            if (generation != m_generation)
                return;
            m_sheet = KitchenSheet(summary);
            showSheet();
            setLoaded(true);
        },
        [this, generation](const Failure& e) {
            if (generation != m_generation)
                return;
            m_ui->totalLabel->setText(tr("The sheet could not be loaded."));
            reportFailure(tr("Loading the kitchen sheet"), e, [this] { reload(); });
        });
}

void KitchenScreen::setLoaded(bool loaded)
{
    m_loaded = loaded;
    m_ui->printButton->setEnabled(loaded);
    m_ui->exportButton->setEnabled(loaded);
    if (!loaded)
        m_ui->totalLabel->setText(tr("Loading…"));
}

void KitchenScreen::showSheet()
{
    m_ui->totalLabel->setText(m_sheet.total() ? tr("%n meal(s)", nullptr, int(m_sheet.total()))
                                              : tr("No meals on this day"));
    fillCounts();
    fillNames();
}

void KitchenScreen::fillCounts()
{
    QTableWidget* table = m_ui->countsTable;
    const QList<KitchenSheet::Heading>& mealTypes = m_sheet.mealTypes();
    const QList<KitchenSheet::Heading>& departments = m_sheet.departments();
    table->clear();
    table->setColumnCount(int(mealTypes.size()) + 2);
    table->setRowCount(departments.isEmpty() ? 0 : int(departments.size()) + 1);
    QStringList headers{tr("Department")};
    for (const KitchenSheet::Heading& mealType : mealTypes)
        headers << mealType.name;
    headers << tr("Total");
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (departments.isEmpty())
        return;
    const int last = int(mealTypes.size()) + 1;
    for (int row = 0; row < departments.size(); ++row) {
        const KitchenSheet::Heading& department = departments.at(row);
        table->setItem(row, 0, new QTableWidgetItem(department.name));
        for (int column = 1; column < last; ++column)
            table->setItem(row, column,
                           countItem(m_sheet.count(mealTypes.at(column - 1).id, department.id)));
        table->setItem(row, last, countItem(m_sheet.departmentTotal(department.id), true));
    }
    const int totals = int(departments.size());
    auto* totalName = new QTableWidgetItem(tr("Total"));
    QFont bold = totalName->font();
    bold.setBold(true);
    totalName->setFont(bold);
    table->setItem(totals, 0, totalName);
    for (int column = 1; column < last; ++column)
        table->setItem(totals, column,
                       countItem(m_sheet.mealTypeTotal(mealTypes.at(column - 1).id), true));
    table->setItem(totals, last, countItem(m_sheet.total(), true));
}

void KitchenScreen::fillNames()
{
    QTreeWidget* tree = m_ui->namesTree;
    tree->clear();
    const QLocale locale;
    QTreeWidgetItem* mealTypeItem = nullptr;
    qint64 mealTypeId = -1;
    for (const DailySummaryRow& row : m_sheet.summary().rows) {
        if (row.mealTypeId != mealTypeId) {
            mealTypeId = row.mealTypeId;
            mealTypeItem = new QTreeWidgetItem(
                tree, {KitchenSheet::mealTypeName(row), QString(),
                       locale.toString(qint64(m_sheet.mealTypeTotal(mealTypeId)))});
            QFont bold = mealTypeItem->font(0);
            bold.setBold(true);
            mealTypeItem->setFont(0, bold);
            mealTypeItem->setFont(2, bold);
        }
        auto* departmentItem =
            new QTreeWidgetItem(mealTypeItem, {KitchenSheet::departmentName(row), QString(),
                                               locale.toString(qint64(row.count()))});
        for (const DailySummaryEmployee& e : row.employees)
            new QTreeWidgetItem(departmentItem,
                                {KitchenSheet::employeeName(e), QString::number(e.code)});
    }
    tree->expandAll();
}

void KitchenScreen::openPrintDialog()
{
    if (!m_loaded)
        return;
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setDocName(tr("Kitchen sheet %1").arg(m_sheet.day().toString(Qt::ISODate)));
    auto* dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print the Kitchen Sheet"));
    connect(dialog, qOverload<QPrinter*>(&QPrintDialog::accepted), this, [this](QPrinter* printer) {
        m_sheet.print(*printer, layoutDirection());
        Q_EMIT notified(tr("Kitchen sheet of %1 sent to the printer.").arg(m_sheet.dayText()));
    });
    dialog->open();
}

void KitchenScreen::openExportDialog()
{
    if (!m_loaded)
        return;
    auto* dialog =
        new QFileDialog(this, tr("Export the Kitchen Sheet as PDF"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("PDF files (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(tr("kitchen-sheet-%1.pdf").arg(m_sheet.day().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, &KitchenScreen::exportPdf);
    dialog->open();
}

bool KitchenScreen::exportPdf(const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(tr("Kitchen sheet %1").arg(m_sheet.day().toString(Qt::ISODate)));
    printer.setCreator(QCoreApplication::applicationName());
    m_sheet.print(printer, layoutDirection());
    const QString shown = LeftToRight::isolated(QDir::toNativeSeparators(path));
    if (printer.printerState() == QPrinter::Error || QFileInfo(path).size() == 0) {
        Q_EMIT failed(tr("Exporting the kitchen sheet: %1 could not be written.").arg(shown),
                      [this, path] { exportPdf(path); });
        return false;
    }
    Q_EMIT informed(tr("Kitchen sheet saved as %1.").arg(shown));
    return true;
}
