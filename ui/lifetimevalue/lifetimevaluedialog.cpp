#include "lifetimevaluedialog.h"

#include "charts/clvcharts.h"
#include "clv/clvbreakdown.h"
#include "clv/journeyclv.h"
#include "clv/repeattracking.h"
#include "clvcustomermodel.h"
#include "commands/editjourneysettings.h"
#include "data/statisticsbehind.h"
#include "dialogs/busypage.h"
#include "journeydocument.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace waymark {

using namespace clv;

namespace {

QString lifetimeMoney(double value, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(currency, QLocale().toString(value, 'f', 0));
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + QStringLiteral(" %");
}

QString estimate(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', 4) : QStringLiteral("–");
}

QTreeWidget *newTree(const QStringList &headers)
{
    auto *tree = new QTreeWidget;
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < headers.size(); ++column)
        tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return tree;
}

void alignNumbers(QTreeWidgetItem *item)
{
    for (int column = 1; column < item->columnCount(); ++column)
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

QWidget *LifetimeValueDialog::busyPage() const
{
    return mPages->widget(1);
}

QWidget *LifetimeValueDialog::currentPage() const
{
    return mPages->currentWidget();
}

LifetimeValueDialog::~LifetimeValueDialog()
{
    // QDialog's destructor hides the window, the focus leaves a settings box, and its
    // editingFinished would reach this dialog after its own part is gone (UBSan in CI).
    for (QWidget *child : findChildren<QWidget *>())
        child->disconnect(this);
}

LifetimeValueDialog::LifetimeValueDialog(JourneyDocument *document, QWidget *parent)
    : QDialog(parent)
    , mDocument(document)
{
    setWindowTitle(tr("Lifetime Value and Churn"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildSettings());

    mPages = new QStackedWidget;
    // Page 0: no purchases yet — say what the window needs and offer the import.
    auto *empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *explanation = new QLabel(tr("This journey holds no purchases yet. Import them (customer, date, amount; CSV, Excel or "
                                      "JSON) and Waymark estimates each customer's lifetime value and the chance they are still a "
                                      "customer, with the BG/NBD or Pareto/NBD model and the Gamma-Gamma spend model."));
    explanation->setWordWrap(true);
    auto *import = new QPushButton(tr("Import Purchases…"));
    connect(import, &QPushButton::clicked, this, &LifetimeValueDialog::importPurchasesRequested);
    emptyLayout->addWidget(explanation);
    emptyLayout->addWidget(import, 0, Qt::AlignLeft);
    emptyLayout->addStretch();
    mPages->addWidget(empty);
    // Page 1: the model is being fitted behind the window — say so, with a busy bar.
    auto *busy = new BusyPage;
    mBusyNote = busy->note();
    mPages->addWidget(busy);

    auto *tabs = new QTabWidget;
    tabs->addTab(buildOverview(), tr("Overview"));
    mGroups = newTree({tr("Customers"), tr("Count"), tr("Mean P(alive)"), tr("Mean CLV"), tr("At risk"), tr("At risk: CLV if retained")});
    tabs->addTab(mGroups, tr("By NPS category and segment"));
    tabs->addTab(buildLeaving(), tr("Why customers leave"));
    auto *fit = new QWidget;
    auto *fitLayout = new QVBoxLayout(fit);
    mFit = new QChartView;
    mFit->setRenderHint(QPainter::Antialiasing);
    mFit->setMinimumHeight(280);
    mHoldout = new QLabel;
    mHoldout->setWordWrap(true);
    fitLayout->addWidget(mFit, 1);
    fitLayout->addWidget(mHoldout);
    tabs->addTab(fit, tr("Fit"));
    mCustomers = new QTableView;
    mCustomerModel = new ClvCustomerModel(this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(mCustomerModel);
    sorted->setSortRole(Qt::EditRole);
    mCustomers->setModel(sorted);
    mCustomers->setSortingEnabled(true);
    mCustomers->sortByColumn(ClvCustomerModel::LifetimeValue, Qt::DescendingOrder);
    mCustomers->setAlternatingRowColors(true);
    mCustomers->verticalHeader()->hide();
    mCustomers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mCustomers->horizontalHeader()->setSectionResizeMode(ClvCustomerModel::Customer, QHeaderView::Stretch);
    tabs->addTab(mCustomers, tr("Customers"));
    mPages->addWidget(tabs);
    layout->addWidget(mPages, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 640);

    connect(mDocument, &JourneyDocument::settingsChanged, this, [this](const QString &key) {
        if (key.startsWith(QLatin1String("clv/")) || key.isEmpty())
            refresh();
    });
    connect(mDocument, &JourneyDocument::datasetInserted, this, &LifetimeValueDialog::refresh);
    connect(mDocument, &JourneyDocument::datasetRemoved, this, &LifetimeValueDialog::refresh);
    connect(mDocument, &JourneyDocument::datasetChanged, this, &LifetimeValueDialog::refresh);
    connect(mDocument, &JourneyDocument::journeyReset, this, &LifetimeValueDialog::refresh);
    // The model is fitted behind the window: the busy page gives way to the figures.
    if (StatisticsBehind *behind = mDocument->statistics().behind())
        connect(behind, &StatisticsBehind::ready, this, &LifetimeValueDialog::refresh);
    refresh();
}

QWidget *LifetimeValueDialog::buildSettings()
{
    auto *box = new QWidget;
    auto *form = new QHBoxLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    mCalibrationSet = new QCheckBox(tr("Calibration ends"));
    mCalibrationSet->setToolTip(tr("Purchases after this day are kept aside to check the forecast (the holdout). "
                                   "Unticked: the model learns from every purchase."));
    mCalibrationEnd = new QDateEdit;
    mCalibrationEnd->setCalendarPopup(true);
    mCalibrationEnd->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mHorizon = new QSpinBox;
    mHorizon->setRange(1, 600);
    mHorizon->setToolTip(tr("Lifetime value counts the purchases expected in this many months"));
    mDiscount = new QDoubleSpinBox;
    mDiscount->setRange(0, 100);
    mDiscount->setDecimals(1);
    mDiscount->setSuffix(QStringLiteral(" %"));
    mDiscount->setToolTip(tr("Annual discount rate: money a year from now is worth this much less than today"));
    mUnit = new QComboBox;
    mUnit->addItem(tr("days"), timeUnitKey(TimeUnit::Days));
    mUnit->addItem(tr("weeks"), timeUnitKey(TimeUnit::Weeks));
    mUnit->addItem(tr("months"), timeUnitKey(TimeUnit::Months));
    mUnit->setToolTip(tr("The unit the model measures time in; lifetime values do not depend on it"));
    mModel = new QComboBox;
    mModel->addItem(purchaseModelName(PurchaseModel::BgNbd), purchaseModelKey(PurchaseModel::BgNbd));
    mModel->addItem(purchaseModelName(PurchaseModel::ParetoNbd), purchaseModelKey(PurchaseModel::ParetoNbd));
    form->addWidget(mCalibrationSet);
    form->addWidget(mCalibrationEnd);
    form->addSpacing(12);
    form->addWidget(new QLabel(tr("Horizon (months)")));
    form->addWidget(mHorizon);
    form->addWidget(new QLabel(tr("Discount a year")));
    form->addWidget(mDiscount);
    form->addWidget(new QLabel(tr("Time unit")));
    form->addWidget(mUnit);
    form->addWidget(new QLabel(tr("Model")));
    form->addWidget(mModel);
    form->addStretch();
    const auto changed = [this] {
        if (!mUpdating)
            applySettings();
    };
    connect(mCalibrationSet, &QCheckBox::toggled, this, [this, changed] {
        mCalibrationEnd->setEnabled(mCalibrationSet->isChecked());
        changed();
    });
    connect(mCalibrationEnd, &QDateEdit::editingFinished, this, changed);
    connect(mHorizon, &QSpinBox::editingFinished, this, changed);
    connect(mDiscount, &QDoubleSpinBox::editingFinished, this, changed);
    connect(mUnit, &QComboBox::activated, this, changed);
    connect(mModel, &QComboBox::activated, this, changed);
    return box;
}

QWidget *LifetimeValueDialog::buildOverview()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    mHeadline = new QLabel;
    mHeadline->setWordWrap(true);
    mHeadline->setTextFormat(Qt::RichText);
    mWarnings = new QLabel;
    mWarnings->setWordWrap(true);
    mWarnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    mParameters = newTree({tr("Parameter"), tr("Estimate"), tr("Standard error")});
    layout->addWidget(mHeadline);
    layout->addWidget(mWarnings);
    layout->addWidget(mParameters, 1);
    return page;
}

QWidget *LifetimeValueDialog::buildLeaving()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *about = new QLabel(tr("Touchpoints where customers who are probably gone (P(alive) below %1) answered as detractors, "
                                "with what those customers would be worth if won back.")
                                 .arg(percent(lowAliveProbability)));
    about->setWordWrap(true);
    mLeaving = newTree({tr("Touchpoint"), tr("Customers"), tr("Mean P(alive)"), tr("CLV if retained")});
    mSelectCards = new QPushButton(tr("Select These Cards on the Map"));
    connect(mSelectCards, &QPushButton::clicked, this, [this] {
        QList<QUuid> ids;
        for (int i = 0; i < mLeaving->topLevelItemCount(); ++i)
            for (const QVariant &id : mLeaving->topLevelItem(i)->data(0, Qt::UserRole).toList())
                ids << id.toUuid();
        emit selectCardsRequested(ids);
    });
    layout->addWidget(about);
    layout->addWidget(mLeaving, 1);
    layout->addWidget(mSelectCards, 0, Qt::AlignLeft);
    return page;
}

void LifetimeValueDialog::showSettings()
{
    const ClvModelSettings s = ClvModelSettings::fromSettings(mDocument->journey().settings);
    mUpdating = true;
    mCalibrationSet->setChecked(s.calibrationEnd.has_value());
    mCalibrationEnd->setEnabled(s.calibrationEnd.has_value());
    if (s.calibrationEnd)
        mCalibrationEnd->setDate(QDate::fromJulianDay(*s.calibrationEnd));
    else if (mShown)
        mCalibrationEnd->setDate(QDate::fromJulianDay(mShown->analysis.summary.lastDay));
    mHorizon->setValue(s.horizonMonths);
    mDiscount->setValue(s.annualDiscountRate * 100);
    mUnit->setCurrentIndex(mUnit->findData(timeUnitKey(s.unit)));
    mModel->setCurrentIndex(mModel->findData(purchaseModelKey(s.model)));
    mUpdating = false;
}

void LifetimeValueDialog::applySettings()
{
    ClvModelSettings s;
    if (mCalibrationSet->isChecked())
        s.calibrationEnd = mCalibrationEnd->date().toJulianDay();
    s.horizonMonths = mHorizon->value();
    s.annualDiscountRate = mDiscount->value() / 100;
    s.unit = timeUnitFromKey(mUnit->currentData().toString()).value_or(TimeUnit::Weeks);
    s.model = mModel->currentData().toString() == purchaseModelKey(PurchaseModel::ParetoNbd) ? PurchaseModel::ParetoNbd : PurchaseModel::BgNbd;
    const ClvModelSettings now = ClvModelSettings::fromSettings(mDocument->journey().settings);
    if (s == now)
        return;
    QMap<QString, QString> changes;
    s.writeTo(changes);
    mDocument->push(new EditJourneySettings(mDocument, changes, tr("Change Lifetime Value Model")));
}

void LifetimeValueDialog::refresh()
{
    const Journey &journey = mDocument->journey();
    if (!journey.newestDataset(QStringLiteral("transactions"))) {
        mShown.reset();
        mPages->setCurrentIndex(0);
        mCustomerModel->setModel(nullptr);
        showSettings();
        return;
    }
    // Fitting takes seconds on a large file: it runs behind the window (the cache keeps the
    // result, and its ready() brings this back here); the settings stay usable meanwhile.
    mShown = journeyClvModelIfReady(journey, mDocument->statistics());
    showSettings();
    if (!mShown) {
        const DatasetRef *purchases = journey.newestDataset(QStringLiteral("transactions"));
        mBusyNote->setText(tr("Fitting the lifetime-value model to %L1 customers…").arg(customersIn((*purchases)->transactions)));
        mPages->setCurrentIndex(1);
        mCustomerModel->setModel(nullptr);
        return;
    }
    mPages->setCurrentIndex(2);
    const DatasetRef *nps = journey.newestDataset(QStringLiteral("nps"));
    // The NPS categories need each answer's customer: not waited for while a large file's
    // rows are read behind the window; the dialog follows datasetChanged when they are.
    const qint64 reading = nps && (*nps)->rowsPending() ? qint64((*nps)->rows()) : 0;
    const ClvBreakdown breakdown = breakDownClv(*mShown, nps && reading == 0 ? &(*nps)->answerRows() : nullptr);
    fillOverview(*mShown, breakdown);
    fillGroups(breakdown, nps != nullptr, reading);
    fillLeaving(breakdown, nps != nullptr, reading);
    fillFit(*mShown);
    mCustomerModel->setModel(mShown);
}

void LifetimeValueDialog::fillOverview(const JourneyClvModel &model, const ClvBreakdown &all)
{
    const ClvAnalysis &a = model.analysis;
    const QLocale locale;
    const ClvModelSettings s = ClvModelSettings::fromSettings(mDocument->journey().settings);
    QString text = tr("<b>%1</b>: %2 customers, %3 of whom bought again, from %4 to %5.")
                       .arg(model.datasetName.toHtmlEscaped(), locale.toString(qint64(a.summary.customers.size())),
                            locale.toString(a.summary.repeatBuyers()),
                            QDate::fromJulianDay(a.summary.firstDay).toString(Qt::ISODate),
                            QDate::fromJulianDay(a.summary.lastDay).toString(Qt::ISODate));
    text += QStringLiteral("<br>")
          + tr("Lifetime value over the next %n month(s): <b>%1</b> in all, %2 per customer on average.", nullptr, s.horizonMonths)
                .arg(lifetimeMoney(a.totalValue, model.file.currency), lifetimeMoney(all.all.meanClv, model.file.currency));
    text += QStringLiteral("<br>")
          + tr("On average a customer is still buying with a probability of %1; <b>%2</b> valuable customers are probably gone "
               "(at risk), worth %3 if won back.")
                .arg(percent(all.all.meanAlive), locale.toString(all.all.atRisk), lifetimeMoney(all.all.atRiskValue, model.file.currency));
    if (a.betterFit() != a.model)
        text += QStringLiteral("<br>") + tr("%1 fits these purchases better (log-likelihood %2 against %3).")
                                             .arg(purchaseModelName(a.betterFit()))
                                             .arg(locale.toString(std::max(a.bgnbd.logLikelihood, a.paretoNbd.logLikelihood), 'f', 1))
                                             .arg(locale.toString(std::min(a.bgnbd.logLikelihood, a.paretoNbd.logLikelihood), 'f', 1));
    // Every row accounted for: what the model used and what it left out, on purpose.
    const SummaryCounts &c = a.summary.counts;
    text += QStringLiteral("<br><span style='color:#5f6b7a'>")
          + tr("Rows: %1 used before the calibration end, %2 after it (the holdout); %3 returns or refunds (negative amounts) left "
               "out; %4 worth 0 and %5 repeated rows kept; %6 customers first bought after the calibration end and are not modelled.")
                .arg(locale.toString(c.rowsUsed), locale.toString(c.holdoutRows), locale.toString(c.negativeAmountRows),
                     locale.toString(c.zeroAmountRows), locale.toString(c.repeatedRows), locale.toString(c.customersAfterCalibration))
          + QStringLiteral("</span>");
    mHeadline->setText(text);
    mWarnings->setText(a.warnings.join(QLatin1Char('\n')));
    mWarnings->setVisible(!a.warnings.isEmpty());

    mParameters->clear();
    const auto section = [&](const QString &name, const QStringList &names, const std::vector<double> &values,
                             const std::vector<double> &errors, double logLikelihood) {
        auto *head = new QTreeWidgetItem(mParameters, {name});
        QFont bold = head->font(0);
        bold.setBold(true);
        head->setFont(0, bold);
        for (qsizetype i = 0; i < names.size(); ++i)
            alignNumbers(new QTreeWidgetItem(mParameters, {QStringLiteral("    ") + names[i], estimate(values[std::size_t(i)]),
                                                           estimate(errors[std::size_t(i)])}));
        alignNumbers(new QTreeWidgetItem(mParameters, {QStringLiteral("    ") + tr("log-likelihood"), locale.toString(logLikelihood, 'f', 2)}));
    };
    const BgNbdFit &bg = a.bgnbd;
    section(purchaseModelName(PurchaseModel::BgNbd), {QStringLiteral("r"), QStringLiteral("α"), QStringLiteral("a"), QStringLiteral("b")},
            {bg.parameters.r, bg.parameters.alpha, bg.parameters.a, bg.parameters.b},
            {bg.standardErrors.r, bg.standardErrors.alpha, bg.standardErrors.a, bg.standardErrors.b}, bg.logLikelihood);
    const ParetoNbdFit &pn = a.paretoNbd;
    section(purchaseModelName(PurchaseModel::ParetoNbd), {QStringLiteral("r"), QStringLiteral("α"), QStringLiteral("s"), QStringLiteral("β")},
            {pn.parameters.r, pn.parameters.alpha, pn.parameters.s, pn.parameters.beta},
            {pn.standardErrors.r, pn.standardErrors.alpha, pn.standardErrors.s, pn.standardErrors.beta}, pn.logLikelihood);
    const GammaGammaFit &gg = a.spend;
    section(tr("Gamma-Gamma spend (%n repeat buyer(s))", nullptr, int(gg.fittedOn)),
            {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("γ")}, {gg.parameters.p, gg.parameters.q, gg.parameters.gamma},
            {gg.standardErrors.p, gg.standardErrors.q, gg.standardErrors.gamma}, gg.logLikelihood);
}

void LifetimeValueDialog::fillGroups(const ClvBreakdown &b, bool hasAnswers, qint64 reading)
{
    const QLocale locale;
    mGroups->clear();
    const auto row = [&](const QString &name, const ClvGroupFigures &f) {
        if (f.customers == 0 && !name.isEmpty())
            return;
        alignNumbers(new QTreeWidgetItem(mGroups, {name, locale.toString(f.customers), percent(f.meanAlive), lifetimeMoney(f.meanClv, b.currency),
                                                   locale.toString(f.atRisk), lifetimeMoney(f.atRiskValue, b.currency)}));
    };
    row(tr("All customers"), b.all);
    // Without answers (none, or not read yet) the categories are empty and nameless.
    if (hasAnswers && reading == 0)
        for (NpsCategory category : {NpsCategory::Promoter, NpsCategory::Passive, NpsCategory::Detractor})
            row(b.byCategory[std::size_t(category)].name, b.byCategory[std::size_t(category)]);
    if (reading > 0) {
        auto *note = new QTreeWidgetItem(mGroups, {readingText(reading)});
        note->setFlags(Qt::NoItemFlags);
        note->setFirstColumnSpanned(true);
        note->setToolTip(0, note->text(0)); // a narrow window cuts the line: the whole of it here
    } else if (hasAnswers) {
        row(tr("No NPS answer"), b.withoutAnswer);
    }
    for (const ClvGroupFigures &segment : b.bySegment)
        row(tr("Segment: %1").arg(segment.name), segment);
    mGroups->setToolTip(tr("At risk: P(alive) below %1 and, if retained, worth at least %2 (the top quarter of customers).")
                            .arg(percent(lowAliveProbability), lifetimeMoney(b.atRiskThreshold, b.currency)));
}

void LifetimeValueDialog::fillLeaving(const ClvBreakdown &b, bool hasAnswers, qint64 reading)
{
    const Journey &journey = mDocument->journey();
    const QLocale locale;
    mLeaving->clear();
    for (const LeavingTouchpoint &leaving : b.leaving) {
        QString title;
        QVariantList ids;
        for (const Touchpoint &card : journey.touchpoints)
            if (card.dataKey == leaving.touchpoint) {
                if (title.isEmpty())
                    title = card.title;
                ids << card.id;
            }
        auto *item = new QTreeWidgetItem(mLeaving, {title.isEmpty() ? tr("%1 (no card has this data key)").arg(leaving.touchpoint) : title,
                                                    locale.toString(leaving.customers), percent(leaving.meanAlive),
                                                    lifetimeMoney(leaving.valueIfRetained, b.currency)});
        item->setToolTip(0, leaving.touchpoint);
        item->setData(0, Qt::UserRole, ids);
        alignNumbers(item);
    }
    if (reading > 0) {
        auto *note = new QTreeWidgetItem(mLeaving, {readingText(reading)});
        note->setFlags(Qt::NoItemFlags);
        note->setFirstColumnSpanned(true);
        note->setToolTip(0, note->text(0));
    } else if (!hasAnswers) {
        auto *none = new QTreeWidgetItem(mLeaving, {tr("Import NPS answers with customer ids to see where leaving customers were detractors.")});
        none->setFlags(Qt::NoItemFlags);
    }
    mSelectCards->setEnabled(!b.leaving.empty());
}

QString LifetimeValueDialog::readingText(qint64 answers)
{
    return tr("Reading the %L1 survey answers… The NPS categories appear here when they are read.").arg(answers);
}

void LifetimeValueDialog::fillFit(const JourneyClvModel &model)
{
    const RepeatTracking tracking = trackRepeatPurchases(model.file, model.analysis);
    QChart *old = mFit->chart();
    mFit->setChart(repeatPurchasesChart(tracking, purchaseModelName(model.analysis.model)));
    delete old;
    const Holdout &h = model.analysis.holdout;
    const QLocale locale;
    if (h.length > 0 && h.predictedPurchases > 0)
        mHoldout->setText(tr("Holdout after the calibration end: %1 repeat purchases happened, the model expected %2 (%3).")
                              .arg(locale.toString(h.actualPurchases), locale.toString(h.predictedPurchases, 'f', 0),
                                   QStringLiteral("%1%2 %").arg(h.actualPurchases >= h.predictedPurchases ? QStringLiteral("+") : QString(),
                                                                locale.toString((double(h.actualPurchases) / h.predictedPurchases - 1) * 100, 'f', 1))));
    else
        mHoldout->setText(tr("No holdout: set a calibration end before the last purchase to check the forecast against what happened."));
}

} // namespace waymark
