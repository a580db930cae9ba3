#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractButton;
class QAbstractItemView;
class QAction;
class QMenu;
class QPoint;

// The context menu of a table (or tree) of a screen: the screen's buttons that act on the
// selection, as they stand when the menu opens (text, icon, enabled, shown), then Copy. Copy
// (QKeySequence::Copy, also while the view has the focus) puts the selected cells on the
// clipboard as tab-separated lines, the columns in the header's visible order.
class TableContextMenu : public QObject {
    Q_OBJECT

public:
    // Installs the menu and Copy on `view`, which owns them.
    static TableContextMenu* install(QAbstractItemView* view,
                                     const QList<QAbstractButton*>& buttons = {});

    QAction* copyAction() const { return m_copy; }
    // The selected cells as the clipboard gets them.
    QString selectedText() const;

private:
    TableContextMenu(QAbstractItemView* view, const QList<QAbstractButton*>& buttons);
    void showMenu(const QPoint& position);
    void copy() const;

    QAbstractItemView* m_view;
    QList<QPointer<QAbstractButton>> m_buttons;
    QAction* m_copy;
    QMenu* m_menu;
};
