#pragma once

#include <QRectF>
#include <QUuid>

#include <vector>

class QPainter;

namespace waymark {

class Journey;
struct Touchpoint;

// "Who goes through this journey" for a board member: one card per persona side by side
// (photo or initials, name, description, goals, frustrations) with the steps that hurt that
// persona most (the cards that happen to them with the highest negative emotion as they feel
// it). As many pages as the personas need, a few to a page.
namespace PersonaPage {

inline constexpr int stepsShown = 3;
// A persona card is never narrower than this (page units, 96 dpi): a portrait A4 takes two.
inline constexpr double minimumCardWidth = 320;
inline constexpr double maximumCardWidth = 600;
inline constexpr int mostCardsAPage = 3;

struct PainfulStep {
    const Touchpoint *card = nullptr;
    int emotion = 0; // as the persona feels it, 1..10
};

// The cards that happen to `persona` with a negative emotion above 0 as they feel it, the
// worst first (pain points first among equals, then the map's order), at most `count`.
std::vector<PainfulStep> painfulSteps(const Journey &journey, const QUuid &persona, int count = stepsShown);

// Some persona has something to say: a description, goals, frustrations or a photo. A
// journey whose personas are only names gets no page.
bool applies(const Journey &journey);
// How many personas go on one page `areaWidth` wide, and how many pages they all need.
int cardsAPage(double areaWidth);
int pageCount(const Journey &journey, double areaWidth);
// Page `page` (0-based) of the persona pages.
void paint(QPainter &painter, const QRectF &area, const Journey &journey, int page);

} // namespace PersonaPage

} // namespace waymark
