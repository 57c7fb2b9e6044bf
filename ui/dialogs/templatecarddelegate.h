#pragma once

#include <QStyledItemDelegate>

namespace waymark {

// Draws one template of the gallery as a card: its name, a description of up to three lines, how many
// stages and cards it has, and its stages in order as a preview of the map. A user template
// that cannot be read shows why instead, in the warning colour.
class TemplateCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The item data the card reads (besides Qt::DisplayRole, the name).
    enum Role {
        DescriptionRole = Qt::UserRole + 1,
        StagesRole,     // QStringList
        CardCountRole,  // int
        ProblemRole,    // QString, empty when usable
        BuiltInRole,    // bool
    };

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Lines of text a card shows at most, so every card has the same height.
    static constexpr int descriptionLines = 3;
    static constexpr int previewLines = 3;
};

} // namespace waymark
