#include "personapage.h"

#include "canvas/cardsymbols.h"
#include "docks/personaavatar.h"
#include "journey.h"
#include "printtext.h"
#include "print/printpagestext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <climits>
#include <cmath>

namespace waymark::PersonaPage {

namespace {


using namespace PrintText;

const QColor accent(0x2f, 0x5d, 0x8a);
constexpr double gap = 16;     // between cards
constexpr double padding = 14; // inside a card

// Lays one persona's card out in `box`, painting it when `draw`; returns the height it
// needs. Fonts are `scale` times their size, so a long persona can be fitted to the page.
// `frame`: the height of the card's border (the page's tallest card, so the cards line up).
double layOutCard(QPainter &painter, const QRectF &box, const Journey &journey, const Persona &persona, double scale, bool draw,
                  double frame = 0)
{
    const auto f = [scale](double points, bool bold = false) { return font(points * scale, bold); };
    const QRectF inner = box.adjusted(padding, padding, -padding, -padding);
    // Measures wrapped text, and paints it when drawing.
    const auto text = [&](double left, double top, double width, const QString &content, const QFont &textFont, const QColor &colour) {
        if (content.isEmpty())
            return 0.0;
        const QRectF bounds = QFontMetricsF(textFont, painter.device()).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, content);
        if (draw) {
            painter.setFont(textFont);
            painter.setPen(colour);
            painter.drawText(QRectF(left, top, width, bounds.height()), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, content);
        }
        return bounds.height();
    };

    // The face and who it is: the avatar on the left, the name and description beside it.
    const double avatar = std::round(84 * scale);
    double y = inner.top();
    if (draw)
        PersonaAvatar::paint(painter, QRectF(inner.left(), y, avatar, avatar), persona.name, PersonaAvatar::photo(persona));
    const double besideLeft = inner.left() + avatar + 12;
    const double besideWidth = inner.right() - besideLeft;
    double beside = y;
    beside += text(besideLeft, beside, besideWidth, persona.name, f(14, true), ink) + 4;
    beside += text(besideLeft, beside, besideWidth, persona.description, f(9.5), ink);
    y = std::max(y + avatar, beside) + 12;

    const auto section = [&](const QString &heading, const QString &body) {
        if (body.trimmed().isEmpty())
            return;
        y += text(inner.left(), y, inner.width(), heading.toUpper(), f(8.5, true), accent) + 3;
        y += text(inner.left(), y, inner.width(), body.trimmed(), f(9.5), ink) + 10;
    };
    section(PrintPagesText::tr("Goals"), persona.goals);
    section(PrintPagesText::tr("Frustrations"), persona.frustrations);

    // The steps that hurt them most, with the emotion disc the map draws.
    y += text(inner.left(), y, inner.width(), PrintPagesText::tr("Where it hurts them most").toUpper(), f(8.5, true), accent) + 5;
    const std::vector<PainfulStep> steps = painfulSteps(journey, persona.id);
    if (steps.empty())
        y += text(inner.left(), y, inner.width(), PrintPagesText::tr("No step on the map weighs on %1: every card they go through has a negative emotion of 0.")
                                                      .arg(persona.name.section(u',', 0, 0)),
                  f(9), quiet) + 6;
    const double disc = std::round(22 * scale);
    const QLocale locale;
    for (const PainfulStep &step : steps) {
        const double textLeft = inner.left() + disc + 8;
        const double textWidth = inner.right() - textLeft;
        const double top = y;
        if (draw)
            paintEmotionDisc(&painter, QRectF(inner.left(), top, disc, disc), step.emotion, f(8, true));
        double height = text(textLeft, y, textWidth, step.card->title, f(9.5, true), ink);
        QStringList about;
        if (const Stage *stage = journey.stage(step.card->stageId))
            about << PrintPagesText::tr("Stage “%1”").arg(stage->name);
        about << PrintPagesText::tr("negative emotion %1 of 10").arg(locale.toString(step.emotion));
        if (step.emotion != step.card->effort.emotion)
            about << PrintPagesText::tr("%1 for everyone else").arg(locale.toString(step.card->effort.emotion));
        if (step.card->painPoint)
            about << PrintPagesText::tr("pain point");
        height += text(textLeft, y + height, textWidth, about.join(QStringLiteral(" · ")), f(8.5), quiet);
        y = top + std::max(disc, height) + 8;
    }
    const double needed = y - box.top() + padding - 8;
    if (draw) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(rule, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(box.left(), box.top(), box.width(), std::min(box.height(), std::max(needed, frame))), 8, 8);
        painter.restore();
    }
    return needed;
}

} // namespace

std::vector<PainfulStep> painfulSteps(const Journey &journey, const QUuid &persona, int count)
{
    std::vector<PainfulStep> steps;
    for (const Touchpoint &card : journey.touchpoints)
        if (card.appliesTo(persona) && card.emotionFor(persona) > 0)
            steps.push_back({&card, card.emotionFor(persona)});
    const auto order = [&](const Touchpoint &card) {
        return std::pair(journey.stageIndex(card.stageId).value_or(INT_MAX), journey.laneIndex(card.laneId).value_or(INT_MAX));
    };
    std::stable_sort(steps.begin(), steps.end(), [&](const PainfulStep &a, const PainfulStep &b) {
        if (a.emotion != b.emotion)
            return a.emotion > b.emotion;
        if (a.card->painPoint != b.card->painPoint)
            return a.card->painPoint;
        return order(*a.card) < order(*b.card);
    });
    if (steps.size() > std::size_t(std::max(0, count)))
        steps.resize(std::size_t(std::max(0, count)));
    return steps;
}

bool applies(const Journey &journey)
{
    return std::any_of(journey.personas.begin(), journey.personas.end(), [](const Persona &persona) {
        return !persona.description.trimmed().isEmpty() || !persona.goals.trimmed().isEmpty()
            || !persona.frustrations.trimmed().isEmpty() || !persona.photo.isNull();
    });
}

int cardsAPage(double areaWidth)
{
    return std::clamp(int((areaWidth + gap) / (minimumCardWidth + gap)), 1, mostCardsAPage);
}

int pageCount(const Journey &journey, double areaWidth)
{
    const int perPage = cardsAPage(areaWidth);
    return int((journey.personas.size() + std::size_t(perPage) - 1) / std::size_t(perPage));
}

void paint(QPainter &painter, const QRectF &area, const Journey &journey, int page)
{
    double y = area.top();
    y += paragraph(painter, QRectF(area.left(), y, area.width(), 0), PrintPagesText::tr("Who goes through this journey"), font(13, true), ink) + 4;
    y += paragraph(painter, QRectF(area.left(), y, area.width(), 0),
                   PrintPagesText::tr("Each persona with what they want, what gets in their way, and the %n step(s) of the map that weigh on "
                            "them most: the highest negative emotion as that persona feels it (0 calm – 10 worst).",
                            nullptr, stepsShown),
                   font(9), quiet)
        + 12;

    const int perPage = cardsAPage(area.width());
    const std::size_t first = std::size_t(page) * std::size_t(perPage);
    const std::size_t last = std::min(journey.personas.size(), first + std::size_t(perPage));
    if (first >= last)
        return;
    // Cards as wide as a full page of them would be (so a last page of one matches the others),
    // but no wider than a comfortable line: a board member reads 60–90 characters a line best.
    const int columns = std::min<int>(perPage, int(journey.personas.size()));
    const double width = std::min(maximumCardWidth, (area.width() - gap * (columns - 1)) / columns);
    const double height = area.bottom() - y;
    // One font scale for the page: larger on a large page (an A3 is read from further away),
    // then small enough for its longest persona (down to 60 %).
    double scale = std::clamp(width / 480, 1.0, 1.3);
    double tallest = 0;
    for (; scale > 0.6; scale -= 0.05) {
        tallest = 0;
        for (std::size_t i = first; i < last; ++i)
            tallest = std::max(tallest, layOutCard(painter, QRectF(0, 0, width, height), journey, journey.personas[i], scale, false));
        if (tallest <= height)
            break;
    }
    painter.save();
    painter.setClipRect(QRectF(area.left(), y, area.width(), height)); // a persona longer than a page is cut, not overprinted
    for (std::size_t i = first; i < last; ++i) {
        const QRectF box(area.left() + double(i - first) * (width + gap), y, width, height);
        layOutCard(painter, box, journey, journey.personas[i], scale, true, tallest);
    }
    painter.restore();
}

} // namespace waymark::PersonaPage
