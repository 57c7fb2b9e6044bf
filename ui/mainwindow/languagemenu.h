#pragma once

#include <QMenu>

namespace waymark {

// View → Language: the system's language or one of Waymark's, each named in itself. The
// choice is saved and applies from the next start (the window's texts are set once).
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // Chooses (as a click does); empty: the system's language.
    void choose(const QString &language);

signals:
    void chosen(const QString &language);
};

} // namespace waymark
