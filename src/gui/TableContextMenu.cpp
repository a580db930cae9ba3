#include "TableContextMenu.h"

#include "Icons.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMap>
#include <QMenu>
#include <QTableView>
#include <QTreeView>

namespace {

// The view's horizontal header, if it has one.
const QHeaderView* headerOf(const QAbstractItemView* view)
{
    if (const auto* table = qobject_cast<const QTableView*>(view))
        return table->horizontalHeader();
    if (const auto* tree = qobject_cast<const QTreeView*>(view))
        return tree->header();
    return nullptr;
}

// One line per cell: a tab or line break inside a cell would split it.
QString cellText(const QModelIndex& index)
{
    QString text = index.data().toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

TableContextMenu* TableContextMenu::install(QAbstractItemView* view,
                                            const QList<QAbstractButton*>& buttons)
{
    return new TableContextMenu(view, buttons);
}

TableContextMenu::TableContextMenu(QAbstractItemView* view, const QList<QAbstractButton*>& buttons)
    : QObject(view)
    , m_view(view)
    , m_copy(new QAction(Icons::themed(QStringLiteral("edit-copy")), tr("&Copy"), view))
    , m_menu(new QMenu(view))
{
    setObjectName(QStringLiteral("tableContextMenu"));
    for (QAbstractButton* button : buttons)
        m_buttons << button;
    m_copy->setObjectName(QStringLiteral("copyCells"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(m_copy);
    connect(m_copy, &QAction::triggered, this, &TableContextMenu::copy);
    m_menu->setObjectName(QStringLiteral("tableMenu"));
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &TableContextMenu::showMenu);
}

void TableContextMenu::showMenu(const QPoint& position)
{
    // Rebuilt each time: the buttons' state follows the selection.
    m_menu->clear();
    for (QAbstractButton* button : m_buttons) {
        if (!button || !button->isVisibleTo(m_view->window()))
            continue;
        QAction* action = m_menu->addAction(button->icon(), button->text());
        action->setEnabled(button->isEnabled());
        connect(action, &QAction::triggered, button, &QAbstractButton::click);
    }
    if (!m_menu->isEmpty())
        m_menu->addSeparator();
    m_menu->addAction(m_copy);
    m_copy->setEnabled(m_view->selectionModel() && m_view->selectionModel()->hasSelection());
    m_menu->popup(m_view->viewport()->mapToGlobal(position));
}

QString TableContextMenu::selectedText() const
{
    if (!m_view->selectionModel())
        return {};
    const QHeaderView* header = headerOf(m_view);
    // Rows top to bottom (a tree's by their path from the top), cells by visual column.
    QMap<QList<int>, QMap<int, QString>> rows;
    QList<int> columns;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes()) {
        if (header && header->isSectionHidden(index.column()))
            continue;
        const int visual = header ? header->visualIndex(index.column()) : index.column();
        QList<int> path;
        for (QModelIndex i = index; i.isValid(); i = i.parent())
            path.prepend(i.row());
        rows[path][visual] = cellText(index);
        if (!columns.contains(visual))
            columns << visual;
    }
    std::sort(columns.begin(), columns.end());
    QStringList lines;
    for (const QMap<int, QString>& row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns))
            cells << row.value(column);
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void TableContextMenu::copy() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}
