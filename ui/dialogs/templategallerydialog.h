#pragma once

#include "templates/journeytemplates.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace waymark {

// File → New from Template… and the start page's "Start from a template": the templates as
// a grid of cards (name, description, stage and card counts, the stages in order), a search
// box over names, descriptions and stages, and Create. Enter or a double-click creates from
// the selected template; a broken user template is shown with its problem and cannot be
// chosen.
class TemplateGalleryDialog : public QDialog
{
    Q_OBJECT
public:
    TemplateGalleryDialog(const JourneyTemplates &catalogue, QWidget *parent = nullptr);

    // The template chosen when the dialog was accepted.
    std::optional<JourneyTemplate> chosen() const;

    QLineEdit *searchField() const { return mSearch; }
    QListWidget *templateList() const { return mList; }
    QPushButton *createButton() const { return mCreate; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void updateCreate();
    void createFromCurrent();

    std::vector<JourneyTemplate> mTemplates;
    QLineEdit *mSearch = nullptr;
    QListWidget *mList = nullptr;
    QLabel *mNothingFound = nullptr;
    QPushButton *mCreate = nullptr;
};

} // namespace waymark
