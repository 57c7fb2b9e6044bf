#pragma once

#include "journeydocument.h"

#include <QDockWidget>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace waymark {

class PersonaCards;

// Edits the journey's header: title, scenario (the journey's description), default
// currency, owner, and its personas (PersonaCards). Every change is one undo step; in review
// mode everything is shown and nothing edited.
class JourneyInfoDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit JourneyInfoDock(JourneyDocument *document, QWidget *parent = nullptr);
    ~JourneyInfoDock() override;

    // The main window swaps documents on open and new; null disables the form.
    void setDocument(JourneyDocument *document);
    JourneyDocument *document() const { return mDocument; }
    PersonaCards *personaCards() const { return mPersonas; }
    // While the journey is shared: `infoWhy` (translated) makes the journey's own fields
    // read-only (not shared live yet), `personasWhy` the personas (facilitators only); empty
    // lifts each.
    void setSharedLimits(const QString &infoWhy, const QString &personasWhy);

private:
    // What the fields last showed, so a refresh leaves a field being typed in alone
    // unless its own value changed.
    struct Shown {
        QString title;
        QString description;
        QString currency;
    };

    void buildForm();
    void connectDocument();
    void refresh(bool force);
    Shown current() const;
    void revert(QWidget *field);

    void fillOwner();   // the owning department (setting "journey/owner"), for the portfolio
    void commitOwner();
    void commitTitle();
    void commitScenario();
    void commitCurrency();
    void pushInfo(const QString &title, const QString &description, const QString &currency, const QString &undoText);
    void updateEditable(); // review mode: read-only

    QPointer<JourneyDocument> mDocument;
    std::optional<Shown> mShown;

    QWidget *mForm = nullptr;
    QLineEdit *mTitle = nullptr;
    QPlainTextEdit *mScenario = nullptr;
    QComboBox *mCurrency = nullptr;
    QLabel *mCurrencyError = nullptr;
    QComboBox *mOwner = nullptr;
    PersonaCards *mPersonas = nullptr;
    QString mInfoLimit;
};

} // namespace waymark
