#include "languagemenu.h"

#include "i18n/translations.h"

#include <QActionGroup>

namespace waymark {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = Translations::chosen();
    const auto add = [&](const QString &text, const QString &language) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setData(language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    add(tr("System Language"), QString());
    addSeparator();
    for (const QString &language : Translations::languages())
        add(Translations::nativeName(language), language);
}

void LanguageMenu::choose(const QString &language)
{
    if (language == Translations::chosen())
        return;
    Translations::setChosen(language);
    for (QAction *action : actions())
        if (action->isCheckable())
            action->setChecked(action->data().toString() == language);
    emit chosen(language);
}

} // namespace waymark
