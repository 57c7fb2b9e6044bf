#include "filedrop.h"

#include <QDropEvent>
#include <QMimeData>
#include <QTimer>
#include <QUrl>
#include <QWidget>

namespace waymark {

FileDrop::FileDrop(QObject *parent)
    : QObject(parent)
{
}

void FileDrop::watch(QWidget *widget)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

FileDrop::Kind FileDrop::kindOf(const QMimeData *mime, QString *path)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return Kind::None;
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return Kind::None;
    const QString file = url.toLocalFile();
    const QString lower = file.toLower();
    Kind kind = Kind::None;
    if (lower.endsWith(QLatin1String(".waymark")) || lower.endsWith(QLatin1String(".waymark.json")))
        kind = Kind::Journey;
    else if (lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".tsv")) || lower.endsWith(QLatin1String(".xlsx")))
        kind = Kind::Survey;
    if (kind != Kind::None && path)
        *path = file;
    return kind;
}

bool FileDrop::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (kindOf(drag->mimeData()) == Kind::None)
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        QString path;
        const Kind kind = kindOf(drop->mimeData(), &path);
        if (kind == Kind::None)
            break;
        drop->acceptProposedAction();
        // After the drop returns: the drag source (a file manager) must not wait on the
        // unsaved-changes question or the import dialog.
        QTimer::singleShot(0, this, [this, kind, path] {
            if (kind == Kind::Journey)
                emit journeyDropped(path);
            else
                emit surveyDropped(path);
        });
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace waymark
