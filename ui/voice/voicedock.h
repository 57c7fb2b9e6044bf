#pragma once

#include "data/dataset.h"
#include "text/commentanalysis.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <set>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace waymark {

class CommentCorpus;
class JourneyDocument;
class VoiceTermsModel;

// "What customers say": for the selected card (or a stage, segment or quarter) and an answer
// category (detractors, passives, promoters; CSAT and CES bands alike), the words and phrases
// that set its comments apart as a ranked bar list, the customers' sentences behind a clicked
// term, and a search over every comment. Reads the newest survey dataset with comments; its
// comments are split once (CommentCorpusCache) in a worker thread the first time the dock is
// shown, so a million answers do not freeze the window.
class VoiceDock : public QDockWidget
{
    Q_OBJECT
public:
    enum class Scope { SelectedCard, Stage, Segment, Quarter };

    explicit VoiceDock(JourneyDocument *document, QWidget *parent = nullptr);
    ~VoiceDock() override;

    void setDocument(JourneyDocument *document);
    // The canvas's selection: followed while the scope is "selected card".
    void setSelectedCards(const QList<QUuid> &ids);
    // Shows the comments of this card (the card's "Show Comments").
    void showCard(const QUuid &cardId);
    void setScope(Scope scope);
    // The answer category by band index (low, middle, high) or -1 for every answer.
    void setCategory(int band);
    // True while the comments are read, or terms or a search are worked out, in the
    // background (tests wait on it).
    bool isBuilding() const;
    // Reads the journey's comments in the background if they are not read yet (the dock does
    // so when shown; the map's complaint badges ask without showing it).
    void readComments();

signals:
    // "Select cards where this term stands out": the window selects them on the map.
    void cardsRequested(const QList<QUuid> &ids);
    // Emitted when the comments have been read and the lists filled (tests wait on it).
    void refreshed();
    // The comments of the current dataset have been read (CommentCorpusCache holds them).
    void commentsRead();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const DatasetRef *dataset() const;
    void datasetsChanged();
    void fillGroups();
    void refresh();
    void showTerms(const std::vector<CommentGroup> &groups);
    void showQuotes();
    void runSearch();
    void showSearchResults(const QString &query, const std::vector<qint64> &hits);
    void selectCardsWithTerm();
    SayRequest request() const;
    QString scopeDescription(const CommentGroup *group) const;

    QPointer<JourneyDocument> mDocument;
    QList<QUuid> mSelection;
    DatasetRef mDataset;                         // the one the lists show
    std::shared_ptr<const CommentCorpus> mCorpus;
    QFutureWatcher<std::shared_ptr<const CommentCorpus>> mBuild;
    bool mReading = false;
    // A million answers take a noticeable moment to compare or search: worked out in a worker
    // thread; a newer question replaces the one running (its answer is never shown).
    QFutureWatcher<std::vector<CommentGroup>> mTermsJob;
    bool mTermsPending = false;
    quint64 mTermsAsked = 0;                     // counts refreshes: an older job's answer is stale
    quint64 mTermsRunning = 0;                   // the refresh the running job answers
    QFutureWatcher<std::vector<qint64>> mSearchJob;
    QString mSearchQuery;                        // what the running search looks for
    bool mSearchPending = false;
    QTimer mSearchDelay;                         // typing: search once the keys pause
    QFutureWatcher<std::set<QString>> mSelectJob; // keys of the cards where a term stands out
    std::vector<qint64> mGroupRows;              // the group's commented rows in its category

    QComboBox *mScope = nullptr;
    QComboBox *mGroup = nullptr;
    QComboBox *mCategory = nullptr;
    QLabel *mStatus = nullptr;
    QProgressBar *mBusy = nullptr;
    QListView *mTerms = nullptr;
    VoiceTermsModel *mTermsModel = nullptr;
    QPushButton *mSelectCards = nullptr;
    QLabel *mQuotesTitle = nullptr;
    QListWidget *mQuotes = nullptr;
    QLineEdit *mFilter = nullptr;
    QLabel *mResultsTitle = nullptr;
    QListWidget *mResults = nullptr;
};

} // namespace waymark
