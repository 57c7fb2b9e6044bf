#include "server/replayreportdialog.h"

#include "journey.h"
#include "server/sharednotices.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

constexpr int longestValue = 40;

QString valueText(const QJsonValue &value)
{
    if (value.isString()) {
        QString text = value.toString();
        if (text.size() > longestValue)
            text = text.left(longestValue - 1) + QChar(0x2026);
        return ReplayReportDialog::tr("“%1”").arg(text);
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? ReplayReportDialog::tr("on") : ReplayReportDialog::tr("off");
    if (value.isNull() || value.isUndefined())
        return ReplayReportDialog::tr("nothing");
    return ReplayReportDialog::tr("another value");
}

QString whatText(const QString &field)
{
    if (field == ServerChangeKind::comment)
        return ReplayReportDialog::tr("a comment");
    if (field == ServerChangeKind::dot)
        return ReplayReportDialog::tr("a dot");
    if (field == ServerChangeField::added)
        return ReplayReportDialog::tr("the new card");
    if (field == ServerChangeField::deleted)
        return ReplayReportDialog::tr("the deletion");
    return SharedNotices::fieldName(field);
}

} // namespace

QString ReplayReportDialog::summary(const ReplayReport &report)
{
    QString text = report.sent > 0 ? tr("%n change(s) made while offline reached the server", nullptr, report.sent) : tr("Back online");
    if (!report.conflicts.empty())
        text = tr("%1; %n met changes by others (see the report)", nullptr, int(report.conflicts.size())).arg(text);
    if (report.remaining > 0)
        text = tr("%1; %n still wait for the connection", nullptr, report.remaining).arg(text);
    return text + QLatin1Char('.');
}

QString ReplayReportDialog::keptText(const ReplayConflict &conflict)
{
    switch (conflict.kept) {
    case ReplayConflict::Kept::Yours:
        return tr("Yours: %1 (theirs was %2)").arg(valueText(conflict.yours), valueText(conflict.theirs));
    case ReplayConflict::Kept::Theirs:
        return tr("Theirs: %1 (yours was %2)").arg(valueText(conflict.theirs), valueText(conflict.yours));
    case ReplayConflict::Kept::Neither:
        break;
    }
    return tr("Not saved: %1").arg(conflict.why);
}

ReplayReportDialog::ReplayReportDialog(const ReplayReport &report, const Journey &journey, QWidget *parent)
    : QDialog(parent)
    , mSummary(new QLabel(summary(report), this))
    , mTable(new QTreeWidget(this))
{
    setWindowTitle(tr("Changes made offline"));
    setObjectName(QStringLiteral("replayReport"));
    mSummary->setWordWrap(true);
    auto *explain = new QLabel(tr("While you were offline, others changed some of the same things. Where both changed one "
                                  "field, the change made later stays."),
                               this);
    explain->setWordWrap(true);
    mTable->setRootIsDecorated(false);
    mTable->setHeaderLabels({tr("Card"), tr("What"), tr("Changed by"), tr("Kept")});
    for (const ReplayConflict &conflict : report.conflicts) {
        const Touchpoint *card = journey.touchpoint(conflict.card);
        const QString title = card ? card->title : conflict.title;
        auto *row = new QTreeWidgetItem(mTable, {title, whatText(conflict.field), conflict.by.isEmpty() ? tr("the server") : conflict.by,
                                                 keptText(conflict)});
        row->setToolTip(3, row->text(3));
    }
    mTable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addWidget(explain);
    layout->addWidget(mTable, 1);
    layout->addWidget(buttons);
    resize(760, 320);
}

} // namespace waymark
