#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRect>
#include <QString>
#include <QWidget>

#include <vector>

namespace waymark {

// The caption of presentation mode: a dark bar across the top of the canvas naming the stage
// (left) and the time left and who speaks (right). A bar and not a box over a corner, so the
// fitted stage gets the room below it and no caption ever lies over a card.
class PresentationCaption : public QWidget
{
public:
    enum class Place { Title, Left, Right };
    struct Line {
        Line(QString text_, Place place_ = Place::Left, QColor colour_ = Qt::white, QColor dot_ = {})
            : text(std::move(text_)), place(place_), colour(colour_), dot(dot_)
        {
        }
        QString text;
        Place place;
        QColor colour;
        QColor dot; // invalid: no dot
    };

    explicit PresentationCaption(QWidget *parent);

    // Lays the bar out `width` pixels wide, its type sized from the viewport's height.
    void setLines(std::vector<Line> lines, int viewportHeight, int width);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const QFont &fontOf(const Line &line) const { return line.place == Place::Title ? mTitleFont : mFont; }
    int lineWidth(const Line &line) const;
    int gap() const { return mPadding * 2; }

    std::vector<Line> mLines;
    QFont mFont;
    QFont mTitleFont;
    int mPadding = 12;
};

} // namespace waymark

namespace waymark {

// Presentation mode's spotlight: a translucent veil over the map outside the stage shown (and
// outside the lane names along the left edge), so the room sees which column is being talked
// about when the whole height of the map leaves the neighbouring stages in view.
class PresentationSpotlight : public QWidget
{
public:
    explicit PresentationSpotlight(QWidget *parent);
    // Viewport pixels that stay bright; an empty list hides the veil.
    void setSpots(const QList<QRect> &spots);
    QList<QRect> spots() const { return mSpots; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QRect> mSpots;
};

} // namespace waymark
