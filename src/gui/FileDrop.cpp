#include "FileDrop.h"

#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace {

// The local file a drag carries, or empty when it carries anything else.
QString fileOf(const QMimeData* data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1)
        return {};
    const QUrl url = data->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

FileDrop::FileDrop(QWidget* target, std::function<void(const QString& path)> opened)
    : QObject(target)
    , m_opened(std::move(opened))
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

void FileDrop::install(QWidget* target, std::function<void(const QString& path)> opened)
{
    // Owned by the target.
    new FileDrop(target, std::move(opened));
}

bool FileDrop::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (fileOf(drag->mimeData()).isEmpty())
            drag->ignore();
        else
            drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QString path = fileOf(drop->mimeData());
        if (path.isEmpty())
            return false;
        drop->acceptProposedAction();
        m_opened(path);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}
