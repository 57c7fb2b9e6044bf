#include "templatecarddelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace waymark {

namespace {

constexpr int templateCardMargin = 6;   // between cards
constexpr int templateCardPadding = 12; // inside a card

QFont scaled(QFont font, qreal factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// `text` broken into at most `maxLines` lines of `width` pixels (QTextLayout: breaks Hangul
// and Cyrillic where the script allows), the last one elided when the text goes on.
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const bool last = lines.size() == maxLines - 1;
        const QString rest = text.mid(line.textStart());
        lines << (last ? QFontMetrics(font).elidedText(rest.simplified(), Qt::ElideRight, width)
                       : text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

int drawLines(QPainter *painter, const QStringList &lines, const QFont &font, const QColor &colour, int x, int y, int width)
{
    painter->setFont(font);
    painter->setPen(colour);
    const QFontMetrics metrics(font);
    for (const QString &line : lines) {
        painter->drawText(QRect(x, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.height();
    }
    return y;
}

} // namespace

QSize TemplateCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics body(option.font);
    const QFontMetrics title(scaled(option.font, 1.15, true));
    const QFontMetrics small(scaled(option.font, 0.9));
    const int height = 2 * (templateCardMargin + templateCardPadding) + title.height() + 4 + descriptionLines * body.height() + 6
                       + small.height() + 4 + previewLines * small.height();
    // From the line height, not the average character: a Korean font's average is twice a
    // Latin one's, which made cards twice as wide. Two cards fit side by side in 900 pixels.
    return {body.height() * 21 + 2 * (templateCardMargin + templateCardPadding), height};
}

void TemplateCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF card = QRectF(option.rect).adjusted(templateCardMargin + 0.5, templateCardMargin + 0.5, -templateCardMargin - 0.5, -templateCardMargin - 0.5);
    QColor fill = palette.color(QPalette::Base);
    if (selected) {
        fill = palette.color(QPalette::Highlight);
        fill.setAlpha(40);
    } else if (option.state & QStyle::State_MouseOver) {
        fill = palette.color(QPalette::AlternateBase);
    }
    QPainterPath outline;
    outline.addRoundedRect(card, 6, 6);
    painter->fillPath(outline, fill);
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), selected ? 2 : 1));
    painter->drawPath(outline);

    const int x = option.rect.x() + templateCardMargin + templateCardPadding;
    const int width = option.rect.width() - 2 * (templateCardMargin + templateCardPadding);
    int y = option.rect.y() + templateCardMargin + templateCardPadding;
    const QFont titleFont = scaled(option.font, 1.15, true);
    const QFont smallFont = scaled(option.font, 0.9);
    const QColor text = palette.color(QPalette::Text);
    const QColor quiet = palette.color(QPalette::PlaceholderText);

    const QString name = index.data(Qt::DisplayRole).toString();
    y = drawLines(painter, {QFontMetrics(titleFont).elidedText(name, Qt::ElideRight, width)}, titleFont, text, x, y, width) + 4;

    const QString problem = index.data(ProblemRole).toString();
    if (!problem.isEmpty()) {
        // Room of the description, stats and preview together for the whole message.
        const int lines = descriptionLines + 1 + previewLines;
        drawLines(painter, wrapped(tr("Cannot be used: %1").arg(problem), smallFont, width, lines), smallFont,
                  QColor(0xb0, 0x20, 0x20), x, y, width);
        painter->restore();
        return;
    }
    y = drawLines(painter, wrapped(index.data(DescriptionRole).toString(), option.font, width, descriptionLines),
                  option.font, text, x, y, width);
    y = option.rect.y() + templateCardMargin + templateCardPadding + QFontMetrics(titleFont).height() + 4
        + descriptionLines * QFontMetrics(option.font).height() + 6;

    const QStringList stages = index.data(StagesRole).toStringList();
    // "Stages: 6", not "6 stages": no plural forms to get wrong in any language.
    QString stats = tr("Stages: %1 · cards: %2").arg(stages.size()).arg(index.data(CardCountRole).toInt());
    if (!index.data(BuiltInRole).toBool())
        stats += QStringLiteral(" · ") + tr("your template");
    y = drawLines(painter, {QFontMetrics(smallFont).elidedText(stats, Qt::ElideRight, width)}, smallFont, quiet, x, y, width) + 4;
    drawLines(painter, wrapped(stages.join(QStringLiteral(" → ")), smallFont, width, previewLines), smallFont,
              palette.color(QPalette::Text), x, y, width);
    painter->restore();
}

} // namespace waymark
