#include "portfoliomodel.h"

#include "business/opportunity.h"
#include "efforttotals.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QLocale>

namespace waymark {

QString opportunityProgress(const JourneyHeadline &h)
{
    QStringList parts;
    for (std::size_t i = 0; i < h.opportunitiesByStatus.size(); ++i) {
        const int n = h.opportunitiesByStatus[i];
        if (n == 0)
            continue;
        switch (OpportunityStatus(i)) {
        case OpportunityStatus::Idea: parts << PortfolioModel::tr("%n idea(s)", nullptr, n); break;
        case OpportunityStatus::Approved: parts << PortfolioModel::tr("%n approved", nullptr, n); break;
        case OpportunityStatus::InProgress: parts << PortfolioModel::tr("%n in progress", nullptr, n); break;
        case OpportunityStatus::Done: parts << PortfolioModel::tr("%n done", nullptr, n); break;
        case OpportunityStatus::Measured: parts << PortfolioModel::tr("%n measured", nullptr, n); break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

PortfolioModel::PortfolioModel(QObject *parent) : QAbstractTableModel(parent) {}

void PortfolioModel::setEntries(std::vector<PortfolioEntry> entries)
{
    beginResetModel();
    mEntries = std::move(entries);
    endResetModel();
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mEntries.size());
}

int PortfolioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioModel::display(const PortfolioEntry &entry, int column) const
{
    const QLocale locale;
    if (column == File)
        return QFileInfo(entry.path).fileName();
    if (!entry.headline)
        return column == Title ? QVariant(tr("Cannot be read: %1").arg(entry.problem)) : QVariant();
    const JourneyHeadline &h = *entry.headline;
    switch (column) {
    case Title: return h.title;
    case Owner: return h.owner.isEmpty() ? QStringLiteral("–") : h.owner;
    case Saved: return h.savedAt.isValid() ? locale.toString(h.savedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case Stages: return locale.toString(h.stages);
    case Cards: return locale.toString(h.cards);
    case CustomerTime: return formatMinutes(h.effortMinutes);
    case Nps:
        return h.hasNps ? QStringLiteral("%1%2 ± %3").arg(h.nps > 0 ? QStringLiteral("+") : QString(), locale.toString(h.nps, 'f', 0),
                                                           locale.toString(h.npsMargin, 'f', 0))
                        : QStringLiteral("–");
    case ClvAtRisk: return h.clvAtRisk > 0 ? QStringLiteral("%1 %2").arg(h.currency, locale.toString(h.clvAtRisk, 'f', 0)) : QStringLiteral("–");
    case OpenComments: return locale.toString(h.openComments);
    case Opportunities: return locale.toString(h.opportunities);
    case Progress: return opportunityProgress(h);
    default: return {};
    }
}

QVariant PortfolioModel::raw(const PortfolioEntry &entry, int column) const
{
    if (!entry.headline)
        return column == Title || column == File ? display(entry, column) : QVariant(-1e300); // unreadable files sort last
    const JourneyHeadline &h = *entry.headline;
    switch (column) {
    case Saved: return h.savedAt;
    case Stages: return h.stages;
    case Cards: return h.cards;
    case CustomerTime: return h.effortMinutes;
    case Nps: return h.hasNps ? h.nps : -1e300;
    case ClvAtRisk: return h.clvAtRisk;
    case OpenComments: return h.openComments;
    case Opportunities: return h.opportunities;
    default: return display(entry, column);
    }
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PortfolioEntry &entry = mEntries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(entry, index.column());
    case Qt::EditRole: return raw(entry, index.column());
    case Qt::ToolTipRole:
        return entry.headline ? QVariant(QStringLiteral("%1\n%2").arg(entry.headline->title, entry.path))
                              : QVariant(QStringLiteral("%1\n%2").arg(entry.path, entry.problem));
    case Qt::ForegroundRole:
        return entry.headline ? QVariant() : QVariant(QBrush(QColor(0xb0, 0x1e, 0x1e)));
    case Qt::TextAlignmentRole: {
        const bool number = index.column() >= Stages && index.column() <= Opportunities;
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    case PathRole: return entry.path;
    case EntryRole: return QVariant::fromValue(static_cast<const void *>(&entry));
    default: return {};
    }
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Journey");
    case Owner: return tr("Owner");
    case Saved: return tr("Last saved");
    case Stages: return tr("Stages");
    case Cards: return tr("Cards");
    case CustomerTime: return tr("Customer time");
    case Nps: return tr("NPS ± margin");
    case ClvAtRisk: return tr("CLV at risk");
    case OpenComments: return tr("Open comments");
    case Opportunities: return tr("Opportunities");
    case Progress: return tr("Being done");
    case File: return tr("File");
    default: return {};
    }
}

} // namespace waymark
