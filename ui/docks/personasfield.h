#pragma once

#include <QUuid>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;

namespace waymark {

class Journey;
struct Touchpoint;

// Who a card's step happens to, in the properties dock: "For: All personas", or the ones ticked
// in the button's menu. It shares the channel's row (a 1366×768 screen has no row to spare) and
// hides while the journey has no personas.
class PersonasField : public QWidget
{
    Q_OBJECT
public:
    explicit PersonasField(QWidget *parent = nullptr);

    void showCard(const Journey &journey, const Touchpoint &card);
    QPushButton *button() const { return mButton; }

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    // Empty: every persona.
    void personasChosen(const std::vector<QUuid> &personas);

private:
    QLabel *mLabel;
    QPushButton *mButton;
    QString mText; // whole; the button shows it elided to its width
    void showText();
};

} // namespace waymark
