#include "server/replayreportdialog.h"

#include "journey.h"
#include "server/serverjourneyfields.h"
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

QString whatText(const ReplayConflict &conflict)
{
    const QString &field = conflict.field;
    if (field == ServerChangeKind::comment)
        return ReplayReportDialog::tr("a comment");
    if (field == ServerChangeKind::dot)
        return ReplayReportDialog::tr("a dot");
    if (conflict.kind.isEmpty() || conflict.kind == ServerChangeKind::card) {
        if (field == ServerChangeField::added)
            return ReplayReportDialog::tr("the new card");
        if (field == ServerChangeField::deleted)
            return ReplayReportDialog::tr("the deletion");
        return SharedNotices::fieldName(field);
    }
    // A stage, lane, department, vote, comment, arrow, persona, participant, agenda step,
    // opportunity, scenario or the journey itself (or a dot taken back).
    if (conflict.kind == ServerChangeKind::dot)
        return ReplayReportDialog::tr("a dot taken back");
    if (conflict.kind == ServerChangeKind::journey) {
        if (field == QLatin1String("currency"))
            return ReplayReportDialog::tr("the currency");
        if (field.startsWith(ServerJourneyFields::settingsPrefix))
            return ReplayReportDialog::tr("the setting “%1”").arg(field.mid(ServerJourneyFields::settingsPrefix.size()));
        return SharedNotices::fieldName(field); // the title, the description
    }
    if (field == ServerChangeField::added)
        return ReplayReportDialog::tr("adding it");
    if (field == ServerChangeField::deleted)
        return ReplayReportDialog::tr("removing it");
    if (field == QLatin1String("name"))
        return ReplayReportDialog::tr("the name");
    if (field == QLatin1String("label"))
        return ReplayReportDialog::tr("the label");
    if (field == QLatin1String("text"))
        return ReplayReportDialog::tr("the text");
    if (field == QLatin1String("closed"))
        return ReplayReportDialog::tr("closing or reopening it");
    if (field == QLatin1String("resolved"))
        return ReplayReportDialog::tr("resolving or reopening it");
    if (field == QLatin1String("colour"))
        return ReplayReportDialog::tr("the colour");
    if (field == QLatin1String("done"))
        return ReplayReportDialog::tr("ticking it off or reopening it");
    static const QStringList figures{QStringLiteral("oneOffCost"), QStringLiteral("runningCostPerYear"), QStringLiteral("monthsToDeliver"),
                                     QStringLiteral("confidence"), QStringLiteral("changes"), QStringLiteral("addedCards")};
    if (conflict.kind == ServerChangeKind::opportunity && figures.contains(field))
        return ReplayReportDialog::tr("its figures");
    if (conflict.kind == ServerChangeKind::scenario && field == QLatin1String("opportunities"))
        return ReplayReportDialog::tr("its opportunities");
    return SharedNotices::fieldName(field);
}

QString elided(const QString &text)
{
    return text.size() > longestValue ? text.left(longestValue - 1) + QChar(0x2026) : text;
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

QString ReplayReportDialog::itemText(const ReplayConflict &conflict, const Journey &journey)
{
    const QString &kind = conflict.kind;
    if (kind.isEmpty() || kind == ServerChangeKind::card || (kind == ServerChangeKind::comment && conflict.field == ServerChangeKind::comment)
        || (kind == ServerChangeKind::dot && conflict.field == ServerChangeKind::dot)) {
        const Touchpoint *card = journey.touchpoint(conflict.card);
        return elided(card ? card->title : conflict.title);
    }
    const QString name = elided(conflict.title);
    if (kind == ServerChangeKind::stage)
        return tr("Stage “%1”").arg(name);
    if (kind == ServerChangeKind::lane)
        return tr("Lane “%1”").arg(name);
    if (kind == ServerChangeKind::department)
        return tr("Department “%1”").arg(name);
    if (kind == ServerChangeKind::vote)
        return tr("Vote “%1”").arg(name);
    if (kind == ServerChangeKind::dot)
        return tr("Dot on “%1”").arg(name);
    if (kind == ServerChangeKind::comment)
        return tr("Comment “%1”").arg(name);
    if (kind == ServerChangeKind::arrow)
        return tr("Arrow “%1”").arg(name);
    if (kind == ServerChangeKind::persona)
        return tr("Persona “%1”").arg(name);
    if (kind == ServerChangeKind::participant)
        return tr("Participant “%1”").arg(name);
    if (kind == ServerChangeKind::agenda)
        return tr("Agenda step “%1”").arg(name);
    if (kind == ServerChangeKind::opportunity)
        return tr("Opportunity “%1”").arg(name);
    if (kind == ServerChangeKind::scenario)
        return tr("Scenario “%1”").arg(name);
    if (kind == ServerChangeKind::journey)
        return tr("Journey “%1”").arg(name);
    return name;
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
                                  "field, the change made later stays. What was not saved says why."),
                               this);
    explain->setWordWrap(true);
    mTable->setRootIsDecorated(false);
    mTable->setHeaderLabels({tr("Card or item"), tr("What"), tr("Changed by"), tr("Kept")});
    for (const ReplayConflict &conflict : report.conflicts) {
        auto *row = new QTreeWidgetItem(mTable, {itemText(conflict, journey), whatText(conflict),
                                                 conflict.by.isEmpty() ? tr("the server") : conflict.by, keptText(conflict)});
        row->setToolTip(3, row->text(3));
    }
    mTable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->header()->setStretchLastSection(true);
    // A refusal's reason is a sentence that a column cuts off: the chosen row's whole text
    // stands under the table (the first row's at first), wrapped.
    auto *detail = new QLabel(this);
    detail->setObjectName(QStringLiteral("replayDetail"));
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(mTable, &QTreeWidget::currentItemChanged, detail, [detail](QTreeWidgetItem *row) {
        detail->setText(row ? tr("%1 — %2: %3").arg(row->text(0), row->text(1), row->text(3)) : QString());
    });
    if (mTable->topLevelItemCount() > 0)
        mTable->setCurrentItem(mTable->topLevelItem(0));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addWidget(explain);
    layout->addWidget(mTable, 1);
    layout->addWidget(detail);
    layout->addWidget(buttons);
    resize(760, 320);
}

} // namespace waymark
