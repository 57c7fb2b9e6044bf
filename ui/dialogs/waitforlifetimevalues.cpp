#include "dialogs/waitforlifetimevalues.h"

#include "clv/journeyclv.h"
#include "data/statisticsbehind.h"
#include "journeydocument.h"
#include "dialogs/backgroundworktext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>

namespace waymark {

bool waitForLifetimeValues(QWidget *parent, JourneyDocument &document)
{
    const auto fitted = [&document] {
        const Journey &journey = document.journey();
        return !journey.newestDataset(QStringLiteral("transactions")) || clv::journeyClvModelIfReady(journey, document.statistics());
    };
    if (fitted())
        return true;
    StatisticsBehind *behind = document.statistics().behind();
    if (!behind) // a cache that computes where asked has it by now
        return true;
    const DatasetRef *purchases = document.journey().newestDataset(QStringLiteral("transactions"));
    // A busy bar: the optimiser stops when it converges, not after a known number of steps.
    QProgressDialog bar(BackgroundWorkText::tr("Fitting the lifetime-value model to %L1 customers…").arg(clv::customersIn((*purchases)->transactions)),
                        BackgroundWorkText::tr("Cancel"), 0, 0, parent);
    bar.setWindowModality(Qt::WindowModal);
    bar.setAutoClose(false);
    bar.setAutoReset(false);
    bar.setMinimumDuration(0);
    bar.setValue(0);
    bar.show();
    QEventLoop loop;
    bool done = false;
    // Asked again on each result: the journey may have changed meanwhile (a new fit starts).
    QObject::connect(behind, &StatisticsBehind::ready, &loop, [&] {
        done = fitted();
        if (done)
            loop.quit();
    });
    QObject::connect(&bar, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    loop.exec();
    bar.reset();
    return done;
}

} // namespace waymark
