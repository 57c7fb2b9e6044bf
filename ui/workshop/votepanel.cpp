#include "votepanel.h"

#include "commands/changedot.h"

#include "commands/addentity.h"
#include "commands/editentity.h"
#include "business/opportunityedits.h"
#include "journeydocument.h"
#include "timebox.h"
#include "workshop/voting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QRadioButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {
constexpr int VoteIdRole = Qt::UserRole;
constexpr int maxBudget = 10;
constexpr int maxRoomBudget = 50; // the room's shared dots: a dozen people's worth
constexpr int defaultRoomBudget = 10;
constexpr int maxVoteMinutes = 240;

template <typename Widget>
Widget *namedVoteWidget(Widget *widget, const char *name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}
} // namespace

VotePanel::VotePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("votePanel"));
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    mStart = namedVoteWidget(new QPushButton(tr("Start Vote…"), this), "startVote");
    mClose = namedVoteWidget(new QPushButton(tr("Close Vote"), this), "closeVote");
    buttons->addWidget(mStart);
    buttons->addWidget(mClose);
    buttons->addStretch();
    layout->addLayout(buttons);
    mStatus = namedVoteWidget(new QLabel(this), "voteStatus");
    mStatus->setWordWrap(true);
    layout->addWidget(mStatus);
    mVoters = namedVoteWidget(new QLabel(this), "votersLabel");
    mVoters->setTextFormat(Qt::RichText);
    layout->addWidget(mVoters);

    auto *results = new QFormLayout;
    mRounds = namedVoteWidget(new QComboBox(this), "voteRounds");
    mRounds->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mRounds->setMinimumContentsLength(12); // long titles elide instead of widening the dock
    results->addRow(tr("&Results of:"), mRounds);
    layout->addLayout(results);
    mNote = namedVoteWidget(new QLabel(this), "voteNote");
    mNote->setWordWrap(true);
    layout->addWidget(mNote);
    mRanking = namedVoteWidget(new QTreeWidget(this), "rankingTable");
    mRanking->setHeaderLabels({tr("Rank"), tr("Dots"), tr("Card"), tr("Stage")});
    mRanking->setRootIsDecorated(false);
    mRanking->setUniformRowHeights(true);
    mRanking->setAlternatingRowColors(true);
    QHeaderView *header = mRanking->header();
    header->setStretchLastSection(false);
    for (const auto &[column, mode] : {std::pair{RankColumn, QHeaderView::ResizeToContents},
                                       {DotsColumn, QHeaderView::ResizeToContents},
                                       {CardColumn, QHeaderView::Stretch},
                                       {StageColumn, QHeaderView::Interactive}})
        header->setSectionResizeMode(column, mode);
    header->resizeSection(StageColumn, 100);
    layout->addWidget(mRanking, 1);
    auto *after = new QHBoxLayout;
    mOpportunities = namedVoteWidget(new QPushButton(tr("Opportunities from Top Cards…"), this), "opportunitiesFromVote");
    mOpportunities->setToolTip(tr("Turn the cards with the most dots into opportunities for the business case"));
    mExport = namedVoteWidget(new QPushButton(tr("Export CSV…"), this), "exportVote");
    after->addWidget(mOpportunities);
    after->addStretch();
    after->addWidget(mExport);
    layout->addLayout(after);

    mMessage = [this](const QString &title, const QString &text) { QMessageBox::warning(this, title, text); };
    connect(mStart, &QPushButton::clicked, this, &VotePanel::showStartDialog);
    connect(mClose, &QPushButton::clicked, this, &VotePanel::closeVote);
    connect(mExport, &QPushButton::clicked, this, &VotePanel::showExportDialog);
    connect(mOpportunities, &QPushButton::clicked, this, &VotePanel::showOpportunitiesDialog);
    connect(mRounds, &QComboBox::activated, this, [this](int index) { showRound(mRounds->itemData(index).toUuid()); });
    connect(mRanking, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { emit touchpointActivated(item->data(CardColumn, VoteIdRole).toUuid()); });
    mRefreshTimer.setSingleShot(true); // one refresh for a burst of signals
    mRefreshTimer.setInterval(0);
    connect(&mRefreshTimer, &QTimer::timeout, this, &VotePanel::refresh);
    refresh();
}

void VotePanel::setDocument(JourneyDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mShownRound = {};
    if (document) {
        // Names, titles, stages and lane kinds (which cards a round is about) show in the results.
        for (auto signal : {&JourneyDocument::participantInserted, &JourneyDocument::participantRemoved,
                            &JourneyDocument::participantChanged, &JourneyDocument::touchpointInserted,
                            &JourneyDocument::touchpointRemoved, &JourneyDocument::touchpointChanged,
                            &JourneyDocument::stageChanged, &JourneyDocument::laneChanged,
                            &JourneyDocument::activeParticipantChanged})
            connect(document, signal, this, &VotePanel::scheduleRefresh);
        for (auto signal : {&JourneyDocument::voteInserted, &JourneyDocument::voteRemoved, &JourneyDocument::voteChanged})
            connect(document, signal, this, [this] {
                scheduleRefresh();
                emit votingChanged();
            });
        // A new round (started here, or back by redo) is the one to watch.
        connect(document, &JourneyDocument::voteInserted, this, [this](const QUuid &id) { mShownRound = id; });
        connect(document, &JourneyDocument::journeyReset, this, [this] {
            mShownRound = {};
            scheduleRefresh();
            emit votingChanged();
        });
        connect(document, &JourneyDocument::reviewOnlyChanged, this, &VotePanel::scheduleRefresh);
    }
    refresh();
    emit votingChanged();
}

void VotePanel::setTimebox(Timebox *timebox)
{
    mTimebox = timebox;
    delete mTimeboxView;
    mTimeboxView = nullptr;
    if (timebox) {
        // The time left, right where people vote; the controls are on the Timer tab.
        mTimeboxView = new TimeboxWidget(timebox, this);
        mTimeboxView->setCompact(true);
        static_cast<QVBoxLayout *>(layout())->insertWidget(2, mTimeboxView);
    }
    refresh();
}

const VoteRound *VotePanel::openRound() const
{
    return mDocument ? Voting::openRound(mDocument->journey()) : nullptr;
}

std::optional<QString> VotePanel::whyNoVote() const
{
    if (!mDocument || mDocument->isReviewOnly())
        return tr("The journey is open for review only: no vote can be started.");
    if (!mSharedLimits.isEmpty())
        return mSharedLimits;
    if (const VoteRound *open = openRound())
        return tr("“%1” is still open: close it before starting another vote.").arg(open->title);
    return std::nullopt;
}

QString VotePanel::roomName()
{
    return tr("The room", "the participant standing for everyone when the room votes as one");
}

bool VotePanel::startRoomVote(VoteRound round, QString *why)
{
    if (const auto reason = whyNoVote()) {
        if (why)
            *why = *reason;
        return false;
    }
    if (round.id.isNull())
        round.id = QUuid::createUuid();
    if (!round.startedAt.isValid())
        round.startedAt = QDateTime::currentDateTimeUtc();
    round.closed = false;
    round.budget = std::clamp(round.budget, 1, maxRoomBudget);
    const Journey &journey = mDocument->journey();
    const auto existing = std::find_if(journey.participants.begin(), journey.participants.end(),
                                       [](const Participant &p) { return p.name == roomName(); });
    QUuid room = existing != journey.participants.end() ? existing->id : QUuid();
    auto *step = new QUndoCommand(tr("Start vote as the room"));
    if (room.isNull()) {
        Participant participant;
        participant.id = room = QUuid::createUuid();
        participant.name = roomName();
        participant.colour = QColor(0x6a, 0x3d, 0x9a);
        new AddEntity<Participant>(mDocument, participant, step);
    }
    new AddEntity<VoteRound>(mDocument, round, step);
    if (!mDocument->push(step))
        return false;
    mDocument->setActiveParticipant(room); // the room has the floor: clicks place its dots
    startTimebox(round);
    return true;
}

void VotePanel::startTimebox(const VoteRound &round)
{
    if (round.minutes > 0 && mTimebox) {
        mTimebox->reset(); // whatever ran before, this vote's time starts now
        mTimebox->setDuration(round.minutes * 60);
        mTimebox->start();
        mTimedRound = round.id;
    }
}

void VotePanel::setSharedClock(std::function<QDateTime()> now)
{
    mSharedClock = std::move(now);
    refresh();
}

void VotePanel::followSharedTimeLimit(const VoteRound *open)
{
    if (!mSharedClock || !mTimebox)
        return;
    if (!open || open->minutes <= 0 || !open->startedAt.isValid()) {
        if (!mTimedRound.isNull()) { // closed, here or on another laptop: its countdown ends
            mTimebox->reset();
            mTimedRound = {};
        }
        return;
    }
    if (mTimedRound == open->id)
        return;
    // The same moment on every laptop: the vote's start as the server wrote it plus its minutes.
    const qint64 left = mSharedClock().secsTo(open->startedAt.addSecs(qint64(open->minutes) * 60));
    mTimebox->reset();
    mTimebox->setDuration(int(std::clamp<qint64>(left, 1, qint64(open->minutes) * 60)));
    mTimebox->start(); // a vote whose time is up already shows 00:00 at once
    mTimedRound = open->id;
}

bool VotePanel::startVote(VoteRound round, QString *why)
{
    if (const auto reason = whyNoVote()) {
        if (why)
            *why = *reason;
        return false;
    }
    if (round.id.isNull())
        round.id = QUuid::createUuid();
    if (!round.startedAt.isValid())
        round.startedAt = QDateTime::currentDateTimeUtc();
    round.closed = false;
    round.budget = std::clamp(round.budget, 1, maxBudget);
    if (!mDocument->push(new AddEntity<VoteRound>(mDocument, round)))
        return false;
    startTimebox(round);
    return true;
}

bool VotePanel::closeVote()
{
    const VoteRound *open = openRound();
    if (!open || mDocument->isReviewOnly() || !mSharedLimits.isEmpty())
        return false;
    VoteRound closed = *open;
    closed.closed = true;
    mShownRound = closed.id; // the results everybody waited for
    if (!mDocument->push(new EditEntity<VoteRound>(mDocument, closed, tr("Close vote"))))
        return false;
    if (mTimebox && mTimedRound == closed.id) // its time limit ends with it
        mTimebox->reset();
    mTimedRound = {};
    return true;
}

bool VotePanel::changeDot(const QUuid &card, bool cast, QString *why)
{
    return waymark::changeDot(mDocument, card, cast ? DotChange::Place : DotChange::TakeBack, why);
}

bool VotePanel::exportCsv(const QString &path, QString *error) const
{
    const VoteRound *round = mDocument ? mDocument->journey().vote(mShownRound) : nullptr;
    if (!round || !Voting::dotsVisible(*round)) {
        *error = tr("There are no results to export: the dots of an open hidden vote stay secret until it closes.");
        return false;
    }
    // QSaveFile: a full disk or a crash never leaves half a file where the old one was.
    QSaveFile file(path);
    const QByteArray csv = Voting::rankingCsv(mDocument->journey(), *round);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = tr("The results could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void VotePanel::showStartDialog()
{
    if (!mDocument || mDocument->isReviewOnly() || openRound())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("startVoteDialog"));
    dialog.setWindowTitle(tr("Start Vote"));
    dialog.setMinimumWidth(380); // room for a longer title
    auto *form = new QFormLayout(&dialog);
    auto *title = namedVoteWidget(new QLineEdit(tr("Biggest pain points"), &dialog), "voteTitle");
    auto *scope = namedVoteWidget(new QComboBox(&dialog), "voteScope");
    for (const VoteScope each : {VoteScope::PainPoints, VoteScope::Opportunities, VoteScope::AllCards})
        scope->addItem(voteScopeLabel(each), int(each));
    auto *budget = namedVoteWidget(new QSpinBox(&dialog), "voteBudget");
    budget->setRange(1, maxBudget);
    budget->setValue(3);
    auto *minutes = namedVoteWidget(new QSpinBox(&dialog), "voteMinutes");
    minutes->setRange(0, maxVoteMinutes);
    minutes->setSpecialValueText(tr("No limit"));
    minutes->setSuffix(tr(" min"));
    auto *hidden = namedVoteWidget(new QCheckBox(tr("Hide dots until the vote closes"), &dialog), "voteHidden");
    // Nobody on the participants list: clicks would place nobody's dots. The room votes as
    // one with a shared budget, or the facilitator adds people first.
    const bool nobody = mDocument->journey().participants.empty();
    QRadioButton *asRoom = nullptr;
    QRadioButton *addPeople = nullptr;
    auto *budgetLabel = new QLabel(tr("&Dots per person:"), &dialog);
    budgetLabel->setBuddy(budget);
    if (nobody) {
        auto *who = namedVoteWidget(new QGroupBox(tr("Nobody is on the participants list yet. Who votes?"), &dialog), "voteWho");
        auto *choices = new QVBoxLayout(who);
        asRoom = namedVoteWidget(new QRadioButton(tr("The &room, as one: a shared budget of dots, placed by clicking cards"), who), "voteAsRoom");
        addPeople = namedVoteWidget(new QRadioButton(tr("&Add participants first, each with their own dots"), who), "voteAddParticipants");
        asRoom->setChecked(true);
        choices->addWidget(asRoom);
        choices->addWidget(addPeople);
        form->addRow(who);
        const auto roomOrPeople = [=] {
            const bool room = asRoom->isChecked();
            budgetLabel->setText(room ? tr("&Dots for the room:") : tr("&Dots per person:"));
            budget->setRange(1, room ? maxRoomBudget : maxBudget);
            budget->setValue(room ? defaultRoomBudget : 3);
        };
        connect(asRoom, &QRadioButton::toggled, &dialog, roomOrPeople);
        roomOrPeople();
    }
    hidden->setToolTip(tr("Nobody follows the crowd: the dots appear on the map when the vote closes."));
    auto *eligible = namedVoteWidget(new QLabel(&dialog), "voteEligible");
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Vote on:"), scope);
    form->addRow(QString(), eligible);
    form->addRow(budgetLabel, budget);
    form->addRow(tr("Time &limit:"), minutes);
    form->addRow(QString(), hidden);
    // A vote on pain points is pointless when no card is one: say so before it starts.
    const auto updateScope = [this, scope, eligible] {
        if (!mDocument)
            return;
        VoteRound probe;
        probe.scope = VoteScope(scope->currentData().toInt());
        const Journey &journey = mDocument->journey();
        const auto count = std::count_if(journey.touchpoints.begin(), journey.touchpoints.end(),
                                         [&](const Touchpoint &card) { return Voting::isEligible(journey, probe, card.id); });
        eligible->setText(tr("%Ln card(s) on the map can get dots.", nullptr, int(count)));
    };
    connect(scope, &QComboBox::currentIndexChanged, &dialog, updateScope);
    updateScope();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || !mDocument)
        return;
    if (addPeople && addPeople->isChecked()) {
        emit participantsRequested();
        return;
    }
    VoteRound round;
    round.scope = VoteScope(scope->currentData().toInt());
    round.title = title->text().trimmed().isEmpty() ? tr("Biggest pain points") : title->text().trimmed();
    round.budget = budget->value();
    round.minutes = minutes->value();
    round.hidden = hidden->isChecked();
    QString why;
    if (asRoom && asRoom->isChecked() ? !startRoomVote(round, &why) : !startVote(round, &why))
        mMessage(tr("Start Vote"), why);
}

void VotePanel::showExportDialog()
{
    const VoteRound *round = mDocument ? mDocument->journey().vote(mShownRound) : nullptr;
    if (!round)
        return;
    QString name = round->title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString folder = mDocument->filePath().isEmpty() ? QDir::homePath()
                                                           : QFileInfo(mDocument->filePath()).absolutePath();
    const QString suggested = QDir(folder).filePath(name + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Vote Results"), suggested, tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        mMessage(tr("Export CSV"), error);
}

QList<QUuid> VotePanel::createOpportunitiesFromTopCards(int count, QString *why)
{
    const VoteRound *round = mDocument ? mDocument->journey().vote(mShownRound) : nullptr;
    if (!round) {
        if (why)
            *why = tr("There is no vote to take the top cards from.");
        return {};
    }
    const QList<QUuid> ids = opportunityedits::fromTopCards(mDocument, *round, count, why);
    if (!ids.isEmpty())
        emit opportunitiesCreated(ids);
    return ids;
}

void VotePanel::showOpportunitiesDialog()
{
    const VoteRound *round = mDocument ? mDocument->journey().vote(mShownRound) : nullptr;
    if (!round || !round->closed)
        return;
    const int ranked = int(Voting::ranking(mDocument->journey(), *round).size());
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("Opportunities from Top Cards"),
                                           tr("One opportunity for each of the top cards of “%1” (cards that have one already are skipped). How many cards?").arg(round->title),
                                           std::min(3, ranked), 1, std::max(1, ranked), 1, &ok);
    if (!ok)
        return;
    QString why;
    if (createOpportunitiesFromTopCards(count, &why).isEmpty())
        mMessage(tr("Opportunities from Top Cards"), why);
}

QString VotePanel::roundLabel(const VoteRound &round) const
{
    const QString when = QLocale().toString(round.startedAt.toLocalTime(),
                                            tr("d MMM HH:mm", "QDateTime format of a vote's start"));
    return round.closed ? tr("%1 — %2").arg(round.title, when) : tr("%1 — %2 (open)").arg(round.title, when);
}

void VotePanel::setSharedLimits(const QString &why)
{
    mSharedLimits = why;
    refresh();
}

void VotePanel::refresh()
{
    mRefreshTimer.stop();
    const Journey *journey = mDocument ? &mDocument->journey() : nullptr;
    const VoteRound *open = openRound();
    const bool editable = mDocument && !mDocument->isReviewOnly() && mSharedLimits.isEmpty();
    mStart->setEnabled(editable && !open);
    mClose->setEnabled(editable && open);
    for (QPushButton *button : {mStart, mClose})
        button->setToolTip(mSharedLimits);
    if (open) {
        QStringList status{tr("Open: %1 — %2, %Ln dot(s) each.", nullptr, open->budget)
                               .arg(open->title, voteScopeLabel(open->scope))};
        if (open->hidden)
            status << tr("The dots stay hidden until the vote closes.");
        status << tr("Click cards on the map to place the dots of whoever has the floor; right-click takes one back.");
        mStatus->setText(status.join(QLatin1Char(' ')));
    } else {
        mStatus->setText(journey ? tr("No vote is open.") : QString());
    }
    if (mTimeboxView)
        mTimeboxView->setVisible(open && open->minutes > 0);
    followSharedTimeLimit(open);

    // Dots left per participant; the one who has the floor in bold.
    QStringList voters;
    for (const Participant &participant : open ? journey->participants : std::vector<Participant>()) {
        const QString line = tr("%1: %2 of %3 left")
                                 .arg(participant.name, QString::number(Voting::dotsLeft(*open, participant.id)),
                                      QString::number(open->budget));
        const QString dot = QStringLiteral("<span style=\"color:%1\">●</span> ").arg(participant.colour.name());
        const bool hasFloor = participant.id == mDocument->activeParticipant();
        voters << (hasFloor ? QStringLiteral("%1<b>▶ %2</b>") : QStringLiteral("%1%2")).arg(dot, line.toHtmlEscaped());
    }
    mVoters->setText(voters.join(QStringLiteral("<br>")));
    mVoters->setVisible(!voters.isEmpty());

    {
        const QSignalBlocker blocker(mRounds);
        mRounds->clear();
        for (const VoteRound &round : journey ? journey->votes : std::vector<VoteRound>())
            mRounds->addItem(roundLabel(round), round.id);
        if (mRounds->findData(mShownRound) < 0) // gone (undo, another file): the open or the newest round
            mShownRound = open ? open->id : mRounds->itemData(mRounds->count() - 1).toUuid();
        mRounds->setCurrentIndex(mRounds->findData(mShownRound));
        mRounds->setEnabled(mRounds->count() > 0);
    }
    refreshRanking(journey ? journey->vote(mShownRound) : nullptr);
}

void VotePanel::refreshRanking(const VoteRound *shown)
{
    mRanking->clear();
    const bool visible = shown && Voting::dotsVisible(*shown);
    const std::vector<Voting::RankedCard> ranking =
        visible ? Voting::ranking(mDocument->journey(), *shown) : std::vector<Voting::RankedCard>();
    for (const Voting::RankedCard &entry : ranking) {
        const Touchpoint *card = mDocument->journey().touchpoint(entry.touchpointId);
        const Stage *stage = mDocument->journey().stage(card->stageId);
        auto *item = new QTreeWidgetItem(mRanking);
        item->setText(RankColumn, entry.tied ? tr("=%1", "a rank shared by several cards").arg(entry.rank)
                                             : QString::number(entry.rank));
        item->setText(DotsColumn, QString::number(entry.dots));
        item->setText(CardColumn, card->title);
        item->setText(StageColumn, stage ? stage->name : QString());
        item->setData(CardColumn, VoteIdRole, card->id);
        item->setToolTip(CardColumn, card->title);
        item->setToolTip(StageColumn, item->text(StageColumn));
        for (const int column : {RankColumn, DotsColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    mRanking->setVisible(!ranking.empty());
    mExport->setEnabled(visible);
    mOpportunities->setEnabled(shown && shown->closed && !ranking.empty() && !mDocument->isReviewOnly());
    if (!mDocument)
        mNote->setText(QString());
    else if (!shown)
        mNote->setText(tr("No votes yet. Start one to find the pain points the room cares about most."));
    else if (!visible)
        mNote->setText(tr("The dots stay hidden until the vote closes."));
    else if (ranking.empty())
        mNote->setText(tr("No dots yet."));
    mNote->setVisible(ranking.empty() && mDocument);
}

} // namespace waymark
