// Persona cards in the Journey dock (issue 19): every persona as a small card, Add Persona and
// Remove (asking, with the number of cards, when cards name it), the chosen persona's name,
// description, goals, frustrations and photo edited through real key events and the real file
// dialog or a drop — each one undo step, all of it undone — and review mode showing without editing.
#include "commands/editentity.h"
#include "docks/journeyinfodock.h"
#include "docks/personacards.h"
#include "docks/personaeditor.h"
#include "format/journeyfiles.h"
#include "i18n/translations.h"
#include "media/cardimageimport.h"
#include "print/journeyprint.h"
#include "journeydocument.h"
#include "media/cardimage.h"
#include "modalanswer.h"
#include "testjourneys.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace waymark;

namespace {

template <typename T>
T *field(QWidget *parent, const char *name)
{
    T *child = parent->findChild<T *>(QString::fromLatin1(name));
    if (!child)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return child;
}

// QTest::keyClicks only knows ASCII: other characters arrive as key events carrying their text.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x20 && c.unicode() < 0x7f) {
            QTest::keyClick(widget, char(c.unicode()));
        } else if (c == QLatin1Char(' ')) {
            QTest::keyClick(widget, Qt::Key_Space);
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

// A text box as a person fills it: focus, select all, type, Tab away (which commits it).
void typeIntoBox(QPlainTextEdit *box, const QString &text)
{
    box->setFocus();
    QVERIFY(box->hasFocus());
    box->selectAll();
    typeText(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
    QVERIFY(!box->hasFocus());
}

// The small journey with a second persona; the first one is named on two cards and feels a
// third one in its own way.
Journey journeyWithPersonas()
{
    Journey journey = test::smallJourney();
    journey.personas.push_back({QUuid::createUuid(), QStringLiteral("Marco, the small-business owner"), QStringLiteral("Runs a bakery"), {}, {}});
    const QUuid ana = journey.personas.front().id;
    journey.touchpoints[0].personaIds = {ana};
    journey.touchpoints[1].personaIds = {ana, journey.personas.back().id};
    journey.touchpoints[2].personaEmotions = {{ana, 9}};
    return journey;
}

QString writePng(const QTemporaryDir &dir, const QString &name, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x2f, 0x5d, 0x8a));
    QPainter painter(&image);
    painter.setBrush(QColor(0xf2, 0xc1, 0x4e));
    painter.drawEllipse(QRect(QPoint(0, 0), size).adjusted(size.width() / 4, size.height() / 6, -size.width() / 4, -size.height() / 3));
    painter.end();
    const QString path = dir.filePath(name);
    if (!image.save(path, "PNG"))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestPersonaCards : public QObject
{
    Q_OBJECT

    std::unique_ptr<JourneyDocument> mDocument;
    std::unique_ptr<JourneyInfoDock> mDock;
    QTemporaryDir mDir;

    JourneyDocument *doc() { return mDocument.get(); }
    const Journey &journey() { return mDocument->journey(); }
    QUndoStack *undo() { return mDocument->undoStack(); }
    PersonaCards *cards() { return mDock->personaCards(); }
    QListWidget *list() { return cards()->list(); }

private slots:
    void init()
    {
        mDocument = std::make_unique<JourneyDocument>(journeyWithPersonas());
        mDock = std::make_unique<JourneyInfoDock>(doc());
        mDock->resize(320, 900);
        mDock->show();
        mDock->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(mDock.get()));
    }

    void cleanup()
    {
        mDock.reset();
        mDocument.reset();
    }

    void showsEveryPersonaAsACard()
    {
        QCOMPARE(list()->count(), 2);
        for (int row = 0; row < 2; ++row) {
            const Persona &persona = journey().personas[std::size_t(row)];
            QListWidgetItem *item = list()->item(row);
            QCOMPARE(item->text(), persona.name);
            QCOMPARE(item->data(Qt::AccessibleTextRole).toString(), persona.name);
            QCOMPARE(item->toolTip(), persona.description);
            QVERIFY(!item->data(Qt::DecorationRole).value<QPixmap>().isNull());
        }
        // The first persona is chosen and its fields are shown.
        QCOMPARE(cards()->currentPersona(), journey().personas.front().id);
        QCOMPARE(field<QLineEdit>(mDock.get(), "personaNameEdit")->text(), journey().personas.front().name);
        QCOMPARE(field<QPlainTextEdit>(mDock.get(), "personaGoalsEdit")->toPlainText(), journey().personas.front().goals);
        // The keyboard walks the list, and the editor follows.
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_Down);
        QCOMPARE(cards()->currentPersona(), journey().personas.back().id);
        QCOMPARE(field<QLineEdit>(mDock.get(), "personaNameEdit")->text(), QStringLiteral("Marco, the small-business owner"));
        QVERIFY(field<QPlainTextEdit>(mDock.get(), "personaGoalsEdit")->toPlainText().isEmpty());
    }

    void addsAndEditsAPersonaOneStepEach()
    {
        const Journey before = journey();
        QTest::mouseClick(field<QPushButton>(mDock.get(), "addPersonaButton"), Qt::LeftButton);
        QCOMPARE(journey().personas.size(), std::size_t(3));
        const QUuid id = journey().personas.back().id;
        QCOMPARE(cards()->currentPersona(), id);
        auto *name = field<QLineEdit>(mDock.get(), "personaNameEdit");
        QVERIFY(name->hasFocus()); // the new persona's name is ready to be typed over
        typeText(name, QStringLiteral("Лена"));
        QTest::keyClick(name, Qt::Key_Enter);
        QCOMPARE(journey().personas.back().name, QStringLiteral("Лена"));
        QCOMPARE(undo()->count(), 1); // adding and naming are one step
        QCOMPARE(list()->item(2)->text(), QStringLiteral("Лена"));

        typeIntoBox(field<QPlainTextEdit>(mDock.get(), "personaDescriptionEdit"), QStringLiteral("29, UX designer 이사"));
        QCOMPARE(journey().personas.back().description, QStringLiteral("29, UX designer 이사"));
        QCOMPARE(undo()->count(), 2);
        QCOMPARE(undo()->undoText(), QStringLiteral("Change persona description"));
        typeIntoBox(field<QPlainTextEdit>(mDock.get(), "personaGoalsEdit"), QStringLiteral("A card before payday"));
        QCOMPARE(journey().personas.back().goals, QStringLiteral("A card before payday"));
        QCOMPARE(undo()->count(), 3);
        typeIntoBox(field<QPlainTextEdit>(mDock.get(), "personaFrustrationsEdit"), QStringLiteral("Письма по почте"));
        QCOMPARE(journey().personas.back().frustrations, QStringLiteral("Письма по почте"));
        QCOMPARE(undo()->count(), 4);
        QCOMPARE(list()->item(2)->data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("29, UX designer 이사"));

        // Renaming later is a step of its own; Escape takes typing back; an empty name is refused at the field.
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QTest::keyClick(name, Qt::Key_Enter);
        QCOMPARE(journey().personas.back().name, QStringLiteral("Лена"));
        QVERIFY(field<QLabel>(mDock.get(), "personaNameError")->isVisible());
        QTest::keyClick(name, Qt::Key_Escape);
        QCOMPARE(name->text(), QStringLiteral("Лена"));
        QVERIFY(!field<QLabel>(mDock.get(), "personaNameError")->isVisible());
        QCOMPARE(undo()->count(), 4);

        // Undo restores every field, one step at a time, then takes the persona away.
        undo()->undo();
        QVERIFY(journey().personas.back().frustrations.isEmpty());
        QVERIFY(field<QPlainTextEdit>(mDock.get(), "personaFrustrationsEdit")->toPlainText().isEmpty());
        undo()->undo();
        undo()->undo();
        QVERIFY(journey().personas.back().description.isEmpty());
        QVERIFY(field<QPlainTextEdit>(mDock.get(), "personaDescriptionEdit")->toPlainText().isEmpty());
        undo()->undo();
        QVERIFY(journey() == before);
        QCOMPARE(list()->count(), 2);
        undo()->redo();
        QCOMPARE(journey().personas.back().name, QStringLiteral("Лена"));
    }

    void photoFromAPngFile()
    {
        const QString path = writePng(mDir, QStringLiteral("ana.png"), QSize(1200, 900));
        const QUuid ana = journey().personas.front().id;
        // Choose Photo… opens the file dialog; the test picks the file in it as a person would.
        test::ModalAnswer answer([path](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            if (!files)
                return dialog->close();
            // The path typed into the file name field, as a person can: selectFile() leaves that
            // field alone while it has the focus and finds nothing before the dialog has listed
            // the folder on its own thread, so under load the dialog stayed open until the test
            // timed out. Typed again until the dialog closes.
            const auto choose = [files, path] {
                if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    name->setText(path);
                else
                    files->selectFile(path);
                QMetaObject::invokeMethod(files, "accept"); // its Open button
            };
            auto *again = new QTimer(files); // goes with the dialog
            QObject::connect(again, &QTimer::timeout, files, choose);
            again->start(100);
            choose();
            return true;
        });
        QSignalSpy finished(cards()->editor(), &PersonaEditor::photoImportFinished);
        QTest::mouseClick(field<QPushButton>(mDock.get(), "choosePersonaPhotoButton"), Qt::LeftButton);
        QCOMPARE(answer.seen, QStringLiteral("QFileDialog"));
        QVERIFY(finished.count() == 1 || finished.wait());
        QCOMPARE(finished.front().front().toBool(), true);
        const CardImage &photo = journey().personas.front().photo;
        QVERIFY(!photo.isNull());
        QCOMPARE(photo.originalName, QStringLiteral("ana.png"));
        QVERIFY(!cardImageThumbnail(photo).isNull());
        QCOMPARE(journey().personas.front().id, ana);
        QCOMPARE(undo()->count(), 1);
        QCOMPARE(undo()->undoText(), QStringLiteral("Change persona photo"));
        QVERIFY(field<QPushButton>(mDock.get(), "removePersonaPhotoButton")->isEnabled());
        QVERIFY(field<QLabel>(mDock.get(), "personaPhoto")->accessibleName().contains(journey().personas.front().name));

        QTest::mouseClick(field<QPushButton>(mDock.get(), "removePersonaPhotoButton"), Qt::LeftButton);
        QVERIFY(journey().personas.front().photo.isNull());
        QVERIFY(!field<QPushButton>(mDock.get(), "removePersonaPhotoButton")->isEnabled());
        undo()->undo();
        QCOMPARE(journey().personas.front().photo, photo);
        undo()->undo();
        QVERIFY(journey().personas.front().photo.isNull());

        // A file that is no picture is refused with a message naming it; nothing changes.
        QFile broken(mDir.filePath(QStringLiteral("not-a-photo.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("these are not the pixels you are looking for");
        broken.close();
        finished.clear();
        cards()->editor()->importPhoto(broken.fileName());
        QVERIFY(finished.count() == 1 || finished.wait());
        QCOMPARE(finished.front().front().toBool(), false);
        QVERIFY2(cards()->editor()->photoMessage().contains(QStringLiteral("not-a-photo.png")), qPrintable(cards()->editor()->photoMessage()));
        QVERIFY(field<QLabel>(mDock.get(), "personaPhotoMessage")->isVisible());
        QVERIFY(journey().personas.front().photo.isNull());
        QCOMPARE(undo()->index(), 0);

        // Another journey opened while a photo is read: the photo goes to neither.
        JourneyDocument other(journeyWithPersonas());
        const Journey otherBefore = other.journey();
        finished.clear();
        cards()->editor()->importPhoto(path);
        mDock->setDocument(&other);
        QVERIFY(finished.count() == 1 || finished.wait());
        QCOMPARE(finished.front().front().toBool(), false);
        QVERIFY(other.journey() == otherBefore);
        QVERIFY(journey().personas.front().photo.isNull());
        mDock->setDocument(doc());
    }

    void dropAPictureOnThePhoto()
    {
        const QString path = writePng(mDir, QStringLiteral("marco.png"), QSize(800, 600));
        cards()->selectPersona(journey().personas.back().id);
        QWidget *target = field<QWidget>(mDock.get(), "personaPhotoRow");
        QMimeData file;
        file.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &file, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy finished(cards()->editor(), &PersonaEditor::photoImportFinished);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &file, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(finished.count() == 1 || finished.wait());
        QCOMPARE(finished.front().front().toBool(), true);
        QCOMPARE(journey().personas.back().photo.originalName, QStringLiteral("marco.png"));
        QVERIFY(journey().personas.front().photo.isNull());
        QCOMPARE(undo()->count(), 1);

        // A web address is not a file: named, and nothing changes.
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.com/face.png"))});
        QDragEnterEvent enterFromWeb(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enterFromWeb);
        QVERIFY(enterFromWeb.isAccepted()); // the refusal says why, rather than a silent "no entry" cursor
        QDropEvent fromWeb(QPointF(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &fromWeb);
        QVERIFY2(cards()->editor()->photoMessage().contains(QStringLiteral("face.png")), qPrintable(cards()->editor()->photoMessage()));
        QCOMPARE(undo()->count(), 1);

        // Review mode takes no drop.
        doc()->setReviewOnly(true);
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &file, Qt::LeftButton, Qt::NoModifier);
        refused.ignore();
        QApplication::sendEvent(target, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void removeAsksWhenCardsNameThePersona()
    {
        const Journey before = journey();
        const QUuid ana = journey().personas.front().id;
        const auto naming = [&](const Touchpoint &card) {
            return std::find(card.personaIds.begin(), card.personaIds.end(), ana) != card.personaIds.end()
                || std::any_of(card.personaEmotions.begin(), card.personaEmotions.end(), [&](const PersonaEmotion &e) { return e.personaId == ana; });
        };
        const auto named = std::count_if(before.touchpoints.begin(), before.touchpoints.end(), naming);
        QVERIFY(named >= 3); // the small journey's own, and the three this test adds
        cards()->selectPersona(ana);
        // Cancel keeps everything.
        {
            QString question;
            test::ModalAnswer answer([&question](QWidget *dialog) {
                auto *box = qobject_cast<QMessageBox *>(dialog);
                question = box ? box->text() : QString();
                dialog->close();
            });
            QTest::mouseClick(field<QPushButton>(mDock.get(), "removePersonaButton"), Qt::LeftButton);
            QCOMPARE(answer.seen, QStringLiteral("QMessageBox"));
            QVERIFY2(question.contains(QStringLiteral("named on %1 card").arg(named)), qPrintable(question));
            QVERIFY2(question.contains(QStringLiteral("Ана Петровић")), qPrintable(question));
            QVERIFY(journey() == before);
        }
        // Remove Persona (the destructive button, from the keyboard: Delete in the list) takes it off the cards.
        {
            test::ModalAnswer answer([](QWidget *dialog) {
                auto *box = qobject_cast<QMessageBox *>(dialog);
                for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>())
                    if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                        return button->click();
                dialog->close();
            });
            list()->setFocus();
            QTest::keyClick(list(), Qt::Key_Delete);
            QCOMPARE(answer.seen, QStringLiteral("QMessageBox"));
        }
        QCOMPARE(journey().personas.size(), std::size_t(1));
        QCOMPARE(list()->count(), 1);
        QCOMPARE(cards()->currentPersona(), journey().personas.front().id);
        for (const Touchpoint &card : journey().touchpoints) {
            QVERIFY(std::find(card.personaIds.begin(), card.personaIds.end(), ana) == card.personaIds.end());
            QVERIFY(card.personaEmotions.empty());
        }
        QCOMPARE(undo()->count(), 1);
        undo()->undo();
        QVERIFY(journey() == before); // the persona, its place, its cards' choices and its emotion
        QCOMPARE(list()->count(), 2);
        QCOMPARE(cards()->currentPersona(), ana);

        // A persona no card names (Marco, once the one card naming him no longer does) goes without a question.
        test::ModalAnswer none([](QWidget *dialog) { dialog->close(); });
        cards()->selectPersona(journey().personas.back().id);
        doc()->undoStack()->clear();
        Touchpoint card = journey().touchpoints[1];
        card.personaIds = {ana};
        doc()->push(new EditTouchpoint(doc(), card));
        QTest::mouseClick(field<QPushButton>(mDock.get(), "removePersonaButton"), Qt::LeftButton);
        QVERIFY(none.seen.isEmpty());
        QCOMPARE(journey().personas.size(), std::size_t(1));
        QCOMPARE(journey().personas.front().id, ana);
    }

    void reviewModeShowsButDoesNotEdit()
    {
        const Journey before = journey();
        doc()->setReviewOnly(true);
        auto *name = field<QLineEdit>(mDock.get(), "personaNameEdit");
        auto *goals = field<QPlainTextEdit>(mDock.get(), "personaGoalsEdit");
        QVERIFY(name->isReadOnly());
        QVERIFY(goals->isReadOnly());
        QVERIFY(field<QLineEdit>(mDock.get(), "journeyTitleEdit")->isReadOnly());
        QVERIFY(!field<QComboBox>(mDock.get(), "journeyCurrencyCombo")->isEnabled());
        for (const char *button : {"addPersonaButton", "removePersonaButton", "choosePersonaPhotoButton", "removePersonaPhotoButton"})
            QVERIFY2(!field<QPushButton>(mDock.get(), button)->isEnabled(), button);

        name->setFocus();
        typeText(name, QStringLiteral("X"));
        QTest::keyClick(name, Qt::Key_Enter);
        typeIntoBox(goals, QStringLiteral("nothing"));
        QTest::mouseClick(field<QPushButton>(mDock.get(), "addPersonaButton"), Qt::LeftButton);
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_Delete); // no question: nothing to remove in review
        cards()->editor()->importPhoto(writePng(mDir, QStringLiteral("review.png"), QSize(64, 64)));
        QVERIFY(!cards()->editor()->isImportingPhoto());
        QVERIFY(journey() == before);
        QCOMPARE(undo()->count(), 0);
        QCOMPARE(name->text(), before.personas.front().name);

        // Still readable: the reviewer goes through every persona.
        QTest::keyClick(list(), Qt::Key_Down);
        QCOMPARE(name->text(), before.personas.back().name);
        QCOMPARE(field<QPlainTextEdit>(mDock.get(), "personaDescriptionEdit")->toPlainText(), before.personas.back().description);

        doc()->setReviewOnly(false);
        QVERIFY(!name->isReadOnly());
        QVERIFY(field<QPushButton>(mDock.get(), "addPersonaButton")->isEnabled());
    }

    void noPersonasSaysHowToStart()
    {
        Journey empty = journey();
        empty.personas.clear();
        for (Touchpoint &card : empty.touchpoints) {
            card.personaIds.clear();
            card.personaEmotions.clear();
        }
        doc()->resetJourney(empty);
        QVERIFY(field<QLabel>(mDock.get(), "noPersonasHint")->isVisible());
        QVERIFY(!cards()->editor()->isVisible());
        QTest::mouseClick(field<QPushButton>(mDock.get(), "addPersonaButton"), Qt::LeftButton);
        QCOMPARE(journey().personas.size(), std::size_t(1));
        QVERIFY(!field<QLabel>(mDock.get(), "noPersonasHint")->isVisible());
        QVERIFY(cards()->editor()->isVisible());
    }

    void screenshots()
    {
        // WAYMARK_PERSONA_SCREENSHOT=dir saves the Journey dock (wide and narrow) and the persona
        // PDF for a person to look at; WAYMARK_SCREENSHOT_LANG picks the language (the bundled
        // sample in it) and WAYMARK_EXTRA_QM a .qm with strings not merged into translations/ yet.
        const QString dir = qEnvironmentVariable("WAYMARK_PERSONA_SCREENSHOT");
        if (dir.isEmpty())
            QSKIP("set WAYMARK_PERSONA_SCREENSHOT to a folder to save screenshots");
        const QString language = qEnvironmentVariable("WAYMARK_SCREENSHOT_LANG", QStringLiteral("en"));
        Translations::install(language);
        QTranslator extra;
        if (qEnvironmentVariableIsSet("WAYMARK_EXTRA_QM") && extra.load(qEnvironmentVariable("WAYMARK_EXTRA_QM")))
            QCoreApplication::installTranslator(&extra);
        const QString file = language == QLatin1String("en")
            ? QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json")
            : QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/i18n/retail-bank-account.%1.waymark.json").arg(language);
        FormatError error;
        std::optional<Journey> sample = readJourneyFile(file, &error);
        QVERIFY2(sample, qPrintable(error.toString()));
        // Lena with a photo, Marco with his initials: both looks on one screen.
        const QString photo = writePng(mDir, QStringLiteral("lena.png"), QSize(600, 800));
        const CardImageImport imported = importCardImageFile(photo);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        sample->personas.front().photo = imported.image;
        JourneyDocument document(*sample);
        JourneyInfoDock dock(&document);
        dock.resize(330, 1000);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(dock.grab().save(dir + QStringLiteral("/personas-dock-%1.png").arg(language)));
        dock.resize(250, 1000);
        QApplication::processEvents();
        QVERIFY(dock.grab().save(dir + QStringLiteral("/personas-dock-narrow-%1.png").arg(language)));
        ExportOptions options;
        options.personas = true;
        for (const auto &[page, name] : {std::pair(QPageSize::A4, QStringLiteral("a4")), std::pair(QPageSize::A3, QStringLiteral("a3"))}) {
            options.page = page;
            QString writeError;
            QVERIFY2(JourneyPrint(document.journey(), options).writePdf(dir + QStringLiteral("/personas-%1-%2.pdf").arg(name, language), &writeError),
                     qPrintable(writeError));
        }
        QCoreApplication::removeTranslator(&extra);
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestPersonaCards)
#include "tst_personacards.moc"
