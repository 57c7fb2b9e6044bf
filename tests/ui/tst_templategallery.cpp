// Issue 19: File → New from Template… and the start page's "Start from a template": the
// gallery of templates, its search, Enter creating an untitled journey as File → New does,
// a broken user template shown with its problem, and Save as Template….
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "dialogs/templategallerydialog.h"
#include "format/journeyjson.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/startpage.h"
#include "modalanswer.h"
#include "templates/journeytemplates.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <utility>

using namespace waymark;
using waymark::test::ModalAnswer;

namespace {

QStringList shownTitles(const QListWidget *list)
{
    QStringList titles;
    for (int row = 0; row < list->count(); ++row)
        if (!list->item(row)->isHidden())
            titles << list->item(row)->text();
    return titles;
}

} // namespace

class TestTemplateGallery : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

private slots:
    void initTestCase()
    {
        // Settings and user templates go to throw-away folders, never the user's.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("data"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkTemplateTest"));
        QVERIFY(JourneyTemplates::userTemplatesFolder().startsWith(mDir.path()));
    }

    // Typing narrows the grid, Enter takes the template in view; nothing found disables Create.
    void searchAndEnter()
    {
        QTemporaryDir folder;
        const JourneyTemplates catalogue(QStringLiteral("en"), folder.path());
        TemplateGalleryDialog dialog(catalogue);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QListWidget *list = dialog.templateList();
        QCOMPARE(shownTitles(list).size(), JourneyTemplates::builtInIds().size());
        QVERIFY(dialog.searchField()->hasFocus());

        QTest::keyClicks(dialog.searchField(), QStringLiteral("zzz nothing"));
        QVERIFY(shownTitles(list).isEmpty());
        QVERIFY(!dialog.createButton()->isEnabled());
        QTest::keyClick(dialog.searchField(), Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // nothing to create from

        dialog.searchField()->clear();
        // Words match the name, the description or a stage ("Assessment" is a stage only).
        QTest::keyClicks(dialog.searchField(), QStringLiteral("assessment"));
        QCOMPARE(shownTitles(list), QStringList{QStringLiteral("Make a motor insurance claim")});
        QVERIFY(dialog.createButton()->isEnabled());
        QTest::keyClick(dialog.searchField(), Qt::Key_Down); // into the grid
        QVERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.chosen());
        QCOMPARE(dialog.chosen()->path, QStringLiteral(":/templates/insurance-claim/en.waymark.json"));
    }

    // A double-click on a card creates from it, whichever was selected before.
    void doubleClickCreates()
    {
        QTemporaryDir folder;
        const JourneyTemplates catalogue(QStringLiteral("ko"), folder.path());
        TemplateGalleryDialog dialog(catalogue);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QListWidget *list = dialog.templateList();
        QListWidgetItem *last = list->item(list->count() - 1);
        const QPoint centre = list->visualItemRect(last).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosen()->path, QStringLiteral(":/templates/b2b-onboarding/ko.waymark.json"));
        QCOMPARE(dialog.chosen()->title, last->text());
    }

    // A user template that cannot be read is in the grid, says why, and cannot be created from.
    void brokenUserTemplateCannotBeChosen()
    {
        QTemporaryDir folder;
        QFile broken(folder.filePath(QStringLiteral("Old map.waymark.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"waymark-journey\", \"version\": 99}");
        broken.close();
        const JourneyTemplates catalogue(QStringLiteral("en"), folder.path());
        TemplateGalleryDialog dialog(catalogue);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.searchField(), QStringLiteral("old map"));
        QListWidget *list = dialog.templateList();
        QCOMPARE(shownTitles(list), QStringList{QStringLiteral("Old map")});
        QVERIFY(list->currentItem()->toolTip().contains(QStringLiteral("newer Waymark")));
        QVERIFY(!dialog.createButton()->isEnabled());
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.chosen());
    }

    // Ctrl+Alt+N, a search, Enter: an untitled journey with the template's map, an empty undo
    // history, unmodified — as File → New leaves it — and Save asks where.
    void newFromTemplateInTheWindow()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        JourneyDocument *before = window.document();
        ModalAnswer answer([](QWidget *modal) {
            auto *dialog = qobject_cast<TemplateGalleryDialog *>(modal);
            QVERIFY(dialog);
            QTest::keyClicks(dialog->searchField(), QStringLiteral("mobile"));
            QTest::keyClick(dialog->searchField(), Qt::Key_Return);
        });
        QTest::keyClick(window.journeyView(), Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(answer.seen, QStringLiteral("waymark::TemplateGalleryDialog"));
        QTRY_VERIFY(window.document() != before);

        JourneyDocument *document = window.document();
        QCOMPARE(document->journey().title, QStringLiteral("Switch mobile operator"));
        QCOMPARE(document->journey().stages.size(), std::size_t(6));
        QCOMPARE(window.journeyScene()->cardCount(), int(document->journey().touchpoints.size()));
        QVERIFY(document->filePath().isEmpty());
        QVERIFY(!document->isModified());
        QCOMPARE(document->undoStack()->count(), 0);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Untitled")));
        // Fresh ids: not the template's own.
        FormatError error;
        const std::optional<Journey> original = JourneyJson::read(QStringLiteral(":/templates/mobile-telecom/en.waymark.json"), &error);
        QVERIFY(original);
        QVERIFY(document->journey().id != original->id);
        QVERIFY(document->journey().touchpoints.front().id != original->touchpoints.front().id);
    }

    // The start page's button opens the same gallery; Escape keeps the journey there was.
    void startPageOpensTheGallery()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showStartPage();
        StartPage *page = window.startPage();
        QVERIFY(page->templateButton()->isVisible());
        JourneyDocument *before = window.document();
        ModalAnswer cancel([](QWidget *modal) { QTest::keyClick(modal, Qt::Key_Escape); });
        QTest::mouseClick(page->templateButton(), Qt::LeftButton);
        QCOMPARE(cancel.seen, QStringLiteral("waymark::TemplateGalleryDialog"));
        QCOMPARE(window.document(), before);
        QVERIFY(page->isVisible());

        ModalAnswer create([](QWidget *modal) {
            auto *dialog = qobject_cast<TemplateGalleryDialog *>(modal);
            QTest::keyClicks(dialog->searchField(), QStringLiteral("child benefit"));
            QTest::keyClick(dialog->searchField(), Qt::Key_Return);
        });
        QTest::mouseClick(page->templateButton(), Qt::LeftButton);
        QCOMPARE(window.document()->journey().title, QStringLiteral("Apply for a child benefit"));
        QVERIFY(!page->isVisible());
    }

    // Save as Template… writes to the user folder, and the gallery then offers it.
    void saveAsTemplateThenUseIt()
    {
        QDir(JourneyTemplates::userTemplatesFolder()).removeRecursively();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ModalAnswer name([](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            QVERIFY(input);
            auto *edit = input->findChild<QLineEdit *>();
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("Workshop starter"));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        QAction *save = window.findChild<QAction *>(QStringLiteral("saveAsTemplate"));
        QVERIFY(save);
        save->trigger();
        QCOMPARE(name.seen, QStringLiteral("QInputDialog"));
        QVERIFY(QFile::exists(JourneyTemplates::userTemplatesFolder() + QStringLiteral("/Workshop starter.waymark.json")));

        const JourneyTemplates catalogue(QStringLiteral("en"));
        TemplateGalleryDialog dialog(catalogue);
        dialog.show();
        QTest::keyClicks(dialog.searchField(), QStringLiteral("starter"));
        QCOMPARE(shownTitles(dialog.templateList()), QStringList{QStringLiteral("Workshop starter")});
        QVERIFY(dialog.createButton()->isEnabled());
    }
};

QTEST_MAIN(TestTemplateGallery)
#include "tst_templategallery.moc"
