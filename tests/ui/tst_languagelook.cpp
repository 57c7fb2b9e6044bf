// The main window and the dialogs in each language: every label and button shows its whole
// text (Russian and Serbian run long). Writes language-*.png next to the test for a person to
// look at (docs/screenshots/ has copies).
#include "canvas/journeyscene.h"
#include "commands/addentity.h"
#include "workshop/commentsdock.h"
#include "workshop/workshopdock.h"
#include "data/dataset.h"
#include "dialogs/departmentsdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/heatmapweightsdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/lanedialog.h"
#include "dialogs/npstargetsdialog.h"
#include "dialogs/stagedialog.h"
#include "i18n/translations.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QToolBar>
#include <QtTest>

using namespace waymark;

namespace {

// The widgets narrower than their text needs: "what" names each for the failure message.
QStringList clipped(QWidget *top)
{
    QStringList found;
    const auto check = [&](QWidget *widget, const QString &text) {
        if (!widget->isVisibleTo(top) || text.isEmpty())
            return;
        if (widget->width() + 1 < widget->sizeHint().width())
            found << QStringLiteral("%1 “%2”: %3 px wide, needs %4")
                         .arg(QString::fromLatin1(widget->metaObject()->className()), text)
                         .arg(widget->width())
                         .arg(widget->sizeHint().width());
    };
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (!label->wordWrap() && label->pixmap().isNull())
            check(label, label->text());
    }
    for (QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
        // Tool-bar buttons that do not fit move into the bar's overflow menu, by design.
        if (!qobject_cast<QToolBar *>(button->parentWidget()))
            check(button, button->text());
    }
    // Column titles of tables and lists.
    for (QHeaderView *header : top->findChildren<QHeaderView *>()) {
        if (header->orientation() != Qt::Horizontal || !header->isVisibleTo(top) || !header->model())
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            if (!text.isEmpty() && header->sectionSize(section) + 1 < header->sectionSizeHint(section))
                found << QStringLiteral("column “%1”: %2 px wide, needs %3").arg(text).arg(header->sectionSize(section)).arg(header->sectionSizeHint(section));
        }
    }
    return found;
}

QString sampleFor(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json");
    return QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/i18n/retail-bank-account.%1.waymark.json").arg(language);
}

void look(QWidget *widget, const QString &name)
{
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QApplication::processEvents();
    widget->grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(name + QStringLiteral(".png")));
    const QStringList problems = clipped(widget);
    QVERIFY2(problems.isEmpty(), qPrintable(name + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
}

} // namespace

class TestLanguageLook : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void everythingFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Translations::languages())
            QTest::newRow(qPrintable(language)) << language;
    }
    void everythingFits()
    {
        QFETCH(QString, language);
        Translations::install(language);
        const QString tag = QStringLiteral("language-") + language;

        MainWindow window;
        QVERIFY(window.openFile(sampleFor(language)));
        window.resize(1680, 1050);
        window.journeyScene()->selectTouchpoints({window.document()->journey().touchpoints[6].id});
        look(&window, tag);
        // The workshop and review docks in front, with people and a thread to show.
        JourneyDocument *document = window.document();
        document->push(new AddEntity<Participant>(document, Participant{{}, QStringLiteral("Ана"), document->journey().departments[0].id, QColor(Qt::red)}));
        Comment comment;
        comment.target = CommentTarget::Card;
        comment.targetId = document->journey().touchpoints[6].id;
        comment.author = QStringLiteral("Ivan");
        comment.time = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
        comment.text = QStringLiteral("?");
        document->push(new AddEntity<Comment>(document, comment));
        window.workshopDock()->raise();
        window.commentsDock()->raise();
        look(&window, tag + QStringLiteral("-workshop"));
        window.workshopDock()->raise(); // shares its place with the comments
        for (int tab = 0; tab < window.workshopDock()->tabs()->count(); ++tab) {
            window.workshopDock()->tabs()->setCurrentIndex(tab);
            look(&window, tag + QStringLiteral("-workshop-%1").arg(tab));
        }
        document->markSaved();

        const Journey &journey = window.document()->journey();
        ExportDialog exportDialog(journey, ExportOptions{});
        look(&exportDialog, tag + QStringLiteral("-export"));
        LaneDialog lane(journey, journey.lanes[4]);
        look(&lane, tag + QStringLiteral("-lane"));
        StageDialog stage(journey.stages[2]);
        look(&stage, tag + QStringLiteral("-stage"));
        HeatmapWeightsDialog weights(EffortWeights{}, journey.currency);
        look(&weights, tag + QStringLiteral("-weights"));
        NpsTargetsDialog targets(NpsTargets{}, {QStringLiteral("Newcomers")});
        look(&targets, tag + QStringLiteral("-goals"));
        DepartmentsDialog departments(window.document());
        look(&departments, tag + QStringLiteral("-departments"));
        ImportDialog import(DatasetKind::Answers, QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"));
        look(&import, tag + QStringLiteral("-import"));
    }
};

QTEST_MAIN(TestLanguageLook)
#include "tst_languagelook.moc"
