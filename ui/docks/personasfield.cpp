#include "docks/personasfield.h"

#include "journey.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QLabel>
#include <QPushButton>

namespace waymark {

PersonasField::PersonasField(QWidget *parent)
    : QWidget(parent)
    , mLabel(new QLabel(tr("&For:"), this))
    , mButton(new QPushButton(this))
{
    mButton->setObjectName(QStringLiteral("personasButton"));
    mLabel->setBuddy(mButton);
    mButton->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    mButton->setMinimumWidth(mButton->fontMetrics().horizontalAdvance(QStringLiteral("MMMMM")));
    mButton->setToolTip(tr("The personas this step happens to; with none ticked it happens to every persona"));
    mButton->setMenu(new QMenu(mButton));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(mLabel);
    row->addWidget(mButton, 1);
    setFocusProxy(mButton);
}

void PersonasField::showCard(const Journey &journey, const Touchpoint &card)
{
    QMenu *menu = mButton->menu();
    menu->clear();
    QStringList names;
    std::vector<QUuid> order; // the journey's order of personas, kept in the card's list
    for (const Persona &persona : journey.personas)
        order.push_back(persona.id);
    for (const Persona &persona : journey.personas) {
        const QString name = persona.name.isEmpty() ? tr("(unnamed persona)") : persona.name;
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        const bool named = std::find(card.personaIds.begin(), card.personaIds.end(), persona.id) != card.personaIds.end();
        action->setChecked(named);
        if (named)
            names << name;
        connect(action, &QAction::toggled, this, [this, order, id = persona.id, ids = card.personaIds](bool on) {
            std::vector<QUuid> chosen;
            for (const QUuid &each : order) {
                const bool was = std::find(ids.begin(), ids.end(), each) != ids.end();
                if (each == id ? on : was)
                    chosen.push_back(each);
            }
            emit personasChosen(chosen);
        });
    }
    if (!journey.personas.empty()) {
        menu->addSeparator();
        QAction *everyone = menu->addAction(tr("Every Persona"));
        everyone->setEnabled(!card.personaIds.empty());
        connect(everyone, &QAction::triggered, this, [this] { emit personasChosen({}); });
    }
    mText = names.isEmpty() ? tr("All personas") : names.join(QStringLiteral(", "));
    // Long persona names are elided on the button; the tooltip and the menu say them whole.
    showText();
    mButton->setToolTip(names.isEmpty() ? tr("The personas this step happens to; with none ticked it happens to every persona")
                                        : mText);
    setVisible(!journey.personas.empty());
}

void PersonasField::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showText();
}

void PersonasField::showText()
{
    mButton->setText(mButton->fontMetrics().elidedText(mText, Qt::ElideRight, std::max(20, mButton->width() - 16)));
}

} // namespace waymark
