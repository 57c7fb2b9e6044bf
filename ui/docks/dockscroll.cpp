#include "docks/dockscroll.h"

#include <QDockWidget>
#include <QScrollArea>

namespace waymark {

void scrollWhenTooShort(QDockWidget *dock)
{
    QWidget *contents = dock->widget();
    if (!contents || qobject_cast<QScrollArea *>(contents))
        return;
    auto *scroll = new QScrollArea(dock);
    scroll->setObjectName(dock->objectName() + QStringLiteral("Scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true); // as large as the dock whenever the dock is large enough
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    dock->setWidget(scroll);
    scroll->setWidget(contents);
}

} // namespace waymark
