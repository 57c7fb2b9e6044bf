#include "voice/voicedock.h"

#include "data/metrics/metric.h"
#include "journeydocument.h"
#include "text/commentcorpuscache.h"
#include "text/commentgroups.h"
#include "text/personaldata.h"
#include "text/touchpointcomplaints.h"
#include "voice/voiceterms.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <set>

namespace waymark {

namespace {

constexpr int termsShown = 15;        // a dock's height of bars; the command line shows more
constexpr int quotesShown = 5;        // sentences behind a clicked term
constexpr int searchResultsShown = 200; // the count says how many more matched
constexpr int searchPauseMs = 200;      // a search per word typed, not per key

Dimension dimensionOf(VoiceDock::Scope scope)
{
    switch (scope) {
    case VoiceDock::Scope::SelectedCard: return Dimension::Touchpoint;
    case VoiceDock::Scope::Stage: return Dimension::Stage;
    case VoiceDock::Scope::Segment: return Dimension::Segment;
    case VoiceDock::Scope::Quarter: return Dimension::Quarter;
    }
    return Dimension::Touchpoint;
}

QString answerLine(const QString &text, double score, const QDate &date, const QString &where = {})
{
    QStringList about{VoiceDock::tr("score %1").arg(QLocale().toString(score))};
    if (date.isValid())
        about << QLocale().toString(date, QLocale::ShortFormat);
    if (!where.isEmpty())
        about << where;
    return VoiceDock::tr("“%1” — %2").arg(text, about.join(QStringLiteral(" · ")));
}

} // namespace

VoiceDock::VoiceDock(JourneyDocument *document, QWidget *parent)
    : QDockWidget(tr("What Customers Say"), parent)
{
    setObjectName(QStringLiteral("voiceDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);

    auto *form = new QFormLayout;
    mScope = new QComboBox(body);
    mScope->setObjectName(QStringLiteral("voiceScope"));
    mScope->addItem(tr("Selected card"), int(Scope::SelectedCard));
    mScope->addItem(tr("Stage"), int(Scope::Stage));
    mScope->addItem(tr("Segment"), int(Scope::Segment));
    mScope->addItem(tr("Quarter"), int(Scope::Quarter));
    mGroup = new QComboBox(body);
    mGroup->setObjectName(QStringLiteral("voiceGroup"));
    mGroup->setVisible(false); // only for a stage, segment or quarter
    mCategory = new QComboBox(body);
    mCategory->setObjectName(QStringLiteral("voiceCategory"));
    form->addRow(tr("Comments of:"), mScope);
    form->addRow(QString(), mGroup);
    form->addRow(tr("From:"), mCategory);
    layout->addLayout(form);

    mStatus = new QLabel(body);
    mStatus->setObjectName(QStringLiteral("voiceStatus"));
    mStatus->setWordWrap(true);
    layout->addWidget(mStatus);
    mBusy = new QProgressBar(body);
    mBusy->setRange(0, 0); // busy: how long the split takes is not known
    mBusy->setTextVisible(false);
    mBusy->setMaximumHeight(8);
    mBusy->hide();
    layout->addWidget(mBusy);

    auto *splitter = new QSplitter(Qt::Vertical, body);
    auto *termsPane = new QWidget(splitter);
    auto *termsLayout = new QVBoxLayout(termsPane);
    termsLayout->setContentsMargins(0, 0, 0, 0);
    mTermsModel = new VoiceTermsModel(this);
    mTerms = new QListView(termsPane);
    mTerms->setObjectName(QStringLiteral("voiceTerms"));
    mTerms->setModel(mTermsModel);
    mTerms->setItemDelegate(new VoiceTermDelegate(mTerms));
    mTerms->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTerms->setUniformItemSizes(true);
    termsLayout->addWidget(mTerms);
    mSelectCards = new QPushButton(tr("Select Cards Where This Term Stands Out"), termsPane);
    mSelectCards->setObjectName(QStringLiteral("voiceSelectCards"));
    mSelectCards->setToolTip(tr("Selects on the map every card whose comments (in this category) use the term distinctly often"));
    mSelectCards->setEnabled(false);
    termsLayout->addWidget(mSelectCards);

    auto *quotesPane = new QWidget(splitter);
    auto *quotesLayout = new QVBoxLayout(quotesPane);
    quotesLayout->setContentsMargins(0, 0, 0, 0);
    mQuotesTitle = new QLabel(tr("Click a term to read what customers wrote."), quotesPane);
    mQuotesTitle->setWordWrap(true);
    mQuotes = new QListWidget(quotesPane);
    mQuotes->setObjectName(QStringLiteral("voiceQuotes"));
    mQuotes->setWordWrap(true);
    quotesLayout->addWidget(mQuotesTitle);
    quotesLayout->addWidget(mQuotes);

    auto *searchPane = new QWidget(splitter);
    auto *searchLayout = new QVBoxLayout(searchPane);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    mFilter = new QLineEdit(searchPane);
    mFilter->setObjectName(QStringLiteral("voiceFilter"));
    mFilter->setPlaceholderText(tr("Search every comment…"));
    mFilter->setClearButtonEnabled(true);
    mResultsTitle = new QLabel(searchPane);
    mResults = new QListWidget(searchPane);
    mResults->setObjectName(QStringLiteral("voiceResults"));
    mResults->setWordWrap(true);
    searchLayout->addWidget(mFilter);
    searchLayout->addWidget(mResultsTitle);
    searchLayout->addWidget(mResults);
    // The ranked terms are what the panel is for: half the height, the rest shared.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({400, 200, 200});
    layout->addWidget(splitter, 1);
    setWidget(body);

    connect(mScope, &QComboBox::currentIndexChanged, this, [this] {
        mGroup->setVisible(Scope(mScope->currentData().toInt()) != Scope::SelectedCard);
        fillGroups();
        refresh();
    });
    connect(mGroup, &QComboBox::currentIndexChanged, this, &VoiceDock::refresh);
    connect(mCategory, &QComboBox::currentIndexChanged, this, &VoiceDock::refresh);
    connect(mTerms->selectionModel(), &QItemSelectionModel::currentChanged, this, &VoiceDock::showQuotes);
    connect(mSelectCards, &QPushButton::clicked, this, &VoiceDock::selectCardsWithTerm);
    mSearchDelay.setSingleShot(true);
    mSearchDelay.setInterval(searchPauseMs);
    connect(&mSearchDelay, &QTimer::timeout, this, &VoiceDock::runSearch);
    connect(mFilter, &QLineEdit::textChanged, this, [this] {
        mSearchPending = true; // busy from the key on, so nobody reads the old list as the answer
        mSearchDelay.start();
    });
    connect(&mTermsJob, &QFutureWatcher<std::vector<CommentGroup>>::finished, this, [this] {
        if (mTermsRunning != mTermsAsked)
            return; // the question changed since (and needed no job): its answer is shown already
        mTermsPending = false;
        showTerms(mTermsJob.result());
    });
    connect(&mSearchJob, &QFutureWatcher<std::vector<qint64>>::finished, this, [this] {
        mSearchPending = mSearchDelay.isActive();
        showSearchResults(mSearchQuery, mSearchJob.result());
    });
    connect(&mSelectJob, &QFutureWatcher<std::set<QString>>::finished, this, [this] {
        const DistinctiveTerm *current = mTermsModel->term(mTerms->currentIndex().row());
        mSelectCards->setEnabled(current && current->z > 0);
        unsetCursor();
        const std::set<QString> keys = mSelectJob.result();
        QList<QUuid> ids;
        if (mDocument)
            for (const Touchpoint &card : mDocument->journey().touchpoints)
                if (!card.dataKey.isEmpty() && keys.count(card.dataKey))
                    ids << card.id;
        emit cardsRequested(ids);
    });
    connect(&mBuild, &QFutureWatcher<std::shared_ptr<const CommentCorpus>>::finished, this, [this] {
        mBusy->hide();
        mReading = false;
        readComments(); // the corpus is kept now; or the dataset changed meanwhile and needs its own
    });
    setDocument(document);
}

VoiceDock::~VoiceDock()
{
    // The workers hold only shared tables and copies, but must not outlive the application.
    mBuild.waitForFinished();
    mTermsJob.waitForFinished();
    mSearchJob.waitForFinished();
    mSelectJob.waitForFinished();
}

void VoiceDock::setDocument(JourneyDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mSelection.clear();
    if (mDocument) {
        for (auto signal : {&JourneyDocument::datasetInserted, &JourneyDocument::datasetRemoved, &JourneyDocument::datasetChanged})
            connect(mDocument, signal, this, &VoiceDock::datasetsChanged);
        connect(mDocument, &JourneyDocument::journeyReset, this, &VoiceDock::datasetsChanged);
        // A card's data key or stage decides which comments it shows.
        connect(mDocument, &JourneyDocument::touchpointFieldsChanged, this, [this] { refresh(); });
    }
    datasetsChanged();
}

const DatasetRef *VoiceDock::dataset() const
{
    return mDocument ? commentDataset(mDocument->journey()) : nullptr;
}

void VoiceDock::datasetsChanged()
{
    const DatasetRef *current = dataset();
    const bool same = current && mDataset.shared() && (*current)->sharedAnswerRows() == mDataset->sharedAnswerRows()
        && (*current)->metricKey == mDataset->metricKey;
    if (!same) {
        mDataset = current ? *current : DatasetRef();
        mCorpus.reset();
        const int band = mCategory->currentIndex() < 0 ? 0 : mCategory->currentData().toInt();
        const QSignalBlocker blocker(mCategory);
        mCategory->clear();
        if (const Metric *metric = current ? (*current)->metric() : nullptr) {
            const QStringList names = metric->bandNames();
            for (int i = 0; i < names.size(); ++i)
                mCategory->addItem(names[i], i);
            mCategory->addItem(tr("All answers"), -1);
            mCategory->setCurrentIndex(std::max(0, mCategory->findData(band)));
        }
        if (isVisible())
            readComments();
    }
    fillGroups();
    refresh();
}

void VoiceDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    readComments(); // built lazily: a workshop that never opens the dock never pays for it
}

bool VoiceDock::isBuilding() const
{
    return mReading || mTermsPending || mSearchPending || mSelectJob.isRunning();
}

void VoiceDock::readComments()
{
    if (!mDataset.shared() || mCorpus || mReading)
        return;
    const std::shared_ptr<const AnswerTable> table = mDataset->sharedAnswerRows();
    if ((mCorpus = CommentCorpusCache::find(table))) {
        fillGroups();
        refresh();
        emit commentsRead();
        return;
    }
    mBusy->show();
    mReading = true; // until the finished signal is handled, not only until the thread ends
    mStatus->setText(tr("Reading %L1 answers' comments…").arg(qint64(table->size())));
    mBuild.setFuture(QtConcurrent::run([table] { return CommentCorpusCache::corpus(table); }));
}

void VoiceDock::fillGroups()
{
    const QString previous = mGroup->currentText();
    const QSignalBlocker blocker(mGroup);
    mGroup->clear();
    const Scope scope = Scope(mScope->currentData().toInt());
    if (!mDataset.shared() || scope == Scope::SelectedCard)
        return;
    const RowGroups groups = groupRows(mDataset->answerRows(), dimensionOf(scope), mDocument ? &mDocument->journey() : nullptr);
    for (const QString &label : groups.labels)
        mGroup->addItem(label);
    mGroup->setCurrentIndex(std::max(0, mGroup->findText(previous)));
}

void VoiceDock::setSelectedCards(const QList<QUuid> &ids)
{
    mSelection = ids;
    if (Scope(mScope->currentData().toInt()) == Scope::SelectedCard)
        refresh();
}

void VoiceDock::showCard(const QUuid &cardId)
{
    mSelection = {cardId};
    setScope(Scope::SelectedCard);
    show();
    raise();
    refresh();
}

void VoiceDock::setScope(Scope scope)
{
    mScope->setCurrentIndex(mScope->findData(int(scope)));
}

void VoiceDock::setCategory(int band)
{
    mCategory->setCurrentIndex(mCategory->findData(band));
}

SayRequest VoiceDock::request() const
{
    SayRequest r;
    const Scope scope = Scope(mScope->currentData().toInt());
    r.by = dimensionOf(scope);
    const int band = mCategory->currentData().toInt();
    r.category = band < 0 ? std::nullopt : std::optional<Band>(Band(band));
    r.top = termsShown;
    r.quotesPerTerm = quotesShown;
    if (scope != Scope::SelectedCard)
        r.onlyGroup = mGroup->currentText();
    else if (mDocument && mSelection.size() == 1)
        if (const Touchpoint *card = mDocument->journey().touchpoint(mSelection.first()))
            r.onlyGroup = card->dataKey;
    return r;
}

void VoiceDock::refresh()
{
    ++mTermsAsked;
    mTermsPending = false;
    mTermsModel->setTerms({});
    mGroupRows.clear();
    mQuotes->clear();
    mSelectCards->setEnabled(false);
    runSearch();
    if (!mDataset.shared()) {
        // A large file's answers read behind the window: their comments come with them
        // (the document's datasetChanged brings them here).
        if (const DatasetRef *reading = mDocument ? commentDatasetBeingRead(mDocument->journey()) : nullptr)
            mStatus->setText(tr("Reading the %L1 survey answers… Their comments are shown here when they are read.")
                                 .arg(qint64((*reading)->rows())));
        else
            mStatus->setText(tr("No survey answers with comments in this journey: import a file with a comment column (Data → Import Survey…)."));
        return;
    }
    if (!mCorpus) {
        if (!isBuilding())
            mStatus->setText(tr("Comments are read when this panel is shown."));
        return;
    }
    const Scope scope = Scope(mScope->currentData().toInt());
    const SayRequest r = request();
    if (scope == Scope::SelectedCard && r.onlyGroup.isEmpty()) {
        mStatus->setText(mSelection.size() == 1 ? tr("This card has no data key, so no survey answers belong to it (set one in Properties).")
                                                : tr("Select one card on the map, or choose a stage, segment or quarter above."));
        return;
    }
    // Only the stage scope needs the journey (which card sits in which stage): a copy, so the
    // worker never reads a journey the window is editing.
    std::shared_ptr<const Journey> journey;
    if (scope == Scope::Stage && mDocument)
        journey = std::make_shared<const Journey>(mDocument->journey());
    mStatus->setText(tr("Comparing the comments…"));
    mTermsPending = true;
    mTermsRunning = mTermsAsked;
    mTermsJob.setFuture(QtConcurrent::run([table = mDataset->sharedAnswerRows(), corpus = mCorpus, metric = mDataset->metric(), r, journey] {
        return distinctiveTerms(*table, *corpus, *metric, r, journey.get());
    }));
}

void VoiceDock::showTerms(const std::vector<CommentGroup> &groups)
{
    const CommentGroup *group = groups.empty() ? nullptr : &groups.front();
    mStatus->setText(scopeDescription(group));
    if (!group) {
        emit refreshed();
        return;
    }
    mGroupRows = group->rows;
    mTermsModel->setTerms(group->terms);
    if (mTermsModel->rowCount() > 0)
        mTerms->setCurrentIndex(mTermsModel->index(0));
    emit refreshed();
}

QString VoiceDock::scopeDescription(const CommentGroup *group) const
{
    const QString category = mCategory->currentText();
    QString label = request().onlyGroup;
    if (Scope(mScope->currentData().toInt()) == Scope::SelectedCard && mDocument && mSelection.size() == 1)
        if (const Touchpoint *card = mDocument->journey().touchpoint(mSelection.first()))
            label = card->title; // the workshop knows the card by its title, not its data key
    if (!group)
        return tr("No comments from %1 for “%2”.").arg(category.toLower(), label);
    const QLocale locale;
    QString text = tr("“%1”: %n comment(s) from %2", nullptr, int(group->comments)).arg(label, category.toLower());
    text += QLatin1Char(' ') + tr("against %1 others.").arg(locale.toString(group->otherComments));
    if (group->otherComments == 0)
        text += QLatin1Char(' ') + tr("Nothing to compare them with: choose another category.");
    else if (group->terms.empty())
        text += QLatin1Char(' ') + tr("No word stands out (|z| ≥ 1.96, seen at least %1 times).").arg(minimumTermCount);
    return text;
}

void VoiceDock::showQuotes()
{
    mQuotes->clear();
    const DistinctiveTerm *term = mTermsModel->term(mTerms->currentIndex().row());
    mSelectCards->setEnabled(term && term->z > 0);
    if (!term) {
        mQuotesTitle->setText(tr("Click a term to read what customers wrote."));
        return;
    }
    mQuotesTitle->setText(tr("What customers wrote with “%1”:").arg(term->term));
    for (const Quote &quote : term->quotes)
        mQuotes->addItem(answerLine(quote.text, quote.score, quote.date));
}

void VoiceDock::runSearch()
{
    mSearchDelay.stop();
    mResults->clear();
    const QString query = mFilter->text().trimmed();
    if (query.isEmpty() || !mCorpus || !mDataset.shared()) {
        mSearchPending = false;
        mResultsTitle->setText(query.isEmpty() ? tr("Type a word to find it in every comment, whatever the card or score.") : QString());
        return;
    }
    mResultsTitle->setText(tr("Searching…"));
    mSearchQuery = query;
    mSearchPending = true;
    mSearchJob.setFuture(QtConcurrent::run([table = mDataset->sharedAnswerRows(), corpus = mCorpus, query] {
        std::vector<qint64> rows;
        for (std::size_t row = 0; row < table->size(); ++row)
            if (table->comment[row] != 0)
                rows.push_back(qint64(row));
        return searchComments(*table, *corpus, query, rows);
    }));
}

void VoiceDock::showSearchResults(const QString &query, const std::vector<qint64> &hits)
{
    mResults->clear();
    if (!mDataset.shared())
        return;
    const AnswerTable &table = mDataset->answerRows();
    mResultsTitle->setText(tr("%n comment(s) contain “%1”", nullptr, int(hits.size())).arg(query)
                           + (hits.size() > std::size_t(searchResultsShown) ? QLatin1Char(' ') + tr("(the first %1 shown)").arg(searchResultsShown)
                                                                             : QString()));
    QHash<QString, QString> titles; // the card a comment was given at, by its title
    if (mDocument)
        for (const Touchpoint &card : mDocument->journey().touchpoints)
            if (!card.dataKey.isEmpty())
                titles.insert(card.dataKey, card.title);
    for (std::size_t i = 0; i < hits.size() && i < std::size_t(searchResultsShown); ++i) {
        const auto row = std::size_t(hits[i]);
        const QString key = table.touchpoint.empty() ? QString() : table.strings.at(table.touchpoint[row]);
        const QString touchpoint = titles.value(key, key);
        mResults->addItem(answerLine(maskPersonalData(table.strings.at(table.comment[row])), table.score[row], dateOf(table.day[row]), touchpoint));
    }
}

void VoiceDock::selectCardsWithTerm()
{
    const DistinctiveTerm *term = mTermsModel->term(mTerms->currentIndex().row());
    if (!term || !mCorpus || !mDocument)
        return;
    SayRequest r = request();
    r.by = Dimension::Touchpoint;
    r.onlyGroup.clear();
    r.top = -1;          // every distinctive term of every touchpoint
    r.quotesPerTerm = 0; // only which touchpoints, not what they said
    mSelectCards->setEnabled(false); // once: a second click would select the same cards again
    setCursor(Qt::BusyCursor);
    mSelectJob.setFuture(QtConcurrent::run([table = mDataset->sharedAnswerRows(), corpus = mCorpus, metric = mDataset->metric(), r, id = term->id] {
        std::set<QString> keys;
        for (const CommentGroup &group : distinctiveTerms(*table, *corpus, *metric, r, nullptr))
            for (const DistinctiveTerm &t : group.terms)
                if (t.id == id && t.z > 0)
                    keys.insert(group.label);
        return keys;
    }));
}

} // namespace waymark
