#pragma once

#include <QWidget>

class QLabel;

namespace waymark {

// A page that says what is being computed behind the window: a centred, wrapped note over a
// busy bar (no steps to count: an optimiser stops when it converges), for a stacked widget
// that shows the figures once they are there.
class BusyPage : public QWidget
{
    Q_OBJECT
public:
    explicit BusyPage(QWidget *parent = nullptr);
    QLabel *note() const { return mNote; }

private:
    QLabel *mNote;
};

} // namespace waymark
