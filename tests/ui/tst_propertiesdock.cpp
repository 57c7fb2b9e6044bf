// The Properties and Journey docks: editing through the real widgets, one undo step per
// edit, errors shown at the field and never written, refreshes from the document.
#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/editjourneyinfo.h"
#include "commands/removedepartment.h"
#include "commands/removeentity.h"
#include "commands/removetouchpoints.h"
#include "docks/journeyinfodock.h"
#include "docks/propertiesdock.h"
#include "journeydocument.h"
#include "testjourneys.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace waymark;

namespace {

QUuid cardId(int number)
{
    return QUuid::fromString(QStringLiteral("9a1e0005-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0')));
}

// Card 6 of the small journey: 45 minutes, EUR 5.00, emotion 5, channel Branch, department 1.
const QUuid checkCard = cardId(6);
// Card 4: 2880 minutes, a pain point, department 2.
const QUuid waitCard = cardId(4);

template <typename T>
T *field(QWidget *dock, const char *name)
{
    T *child = dock->findChild<T *>(QString::fromLatin1(name));
    if (!child)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return child;
}

// QTest::keyClicks only knows ASCII: other characters arrive as key events that carry
// their text, as an input method delivers them.
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

// Types into a line edit as a person would: focus, select all, type, Enter.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QVERIFY(edit->hasFocus());
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Enter);
}

} // namespace

class TestPropertiesDock : public QObject
{
    Q_OBJECT

    std::unique_ptr<JourneyDocument> mDocument;
    std::unique_ptr<PropertiesDock> mDock;

    JourneyDocument *doc() { return mDocument.get(); }
    const Touchpoint &card(const QUuid &id) { return *doc()->journey().touchpoint(id); }
    int undoCount() { return doc()->undoStack()->count(); }

    // The dock alone in a window that has the focus, so focus changes are real.
    void showDock(QWidget *dock)
    {
        dock->resize(340, 760);
        dock->show();
        dock->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dock));
    }

private slots:
    void init()
    {
        QLocale::setDefault(QLocale::c());
        mDocument = std::make_unique<JourneyDocument>(test::smallJourney());
        mDock = std::make_unique<PropertiesDock>(doc());
        showDock(mDock.get());
    }

    void cleanup()
    {
        mDock.reset();
        mDocument.reset();
        QLocale::setDefault(QLocale::c());
    }

    void identity()
    {
        QCOMPARE(mDock->objectName(), QStringLiteral("propertiesDock"));
        QCOMPARE(mDock->windowTitle(), QStringLiteral("Properties"));
        QVERIFY(qobject_cast<QScrollArea *>(mDock->widget()));
        QCOMPARE(mDock->document(), doc());
    }

    void selectionStates()
    {
        auto *hint = field<QLabel>(mDock.get(), "propertiesHint");
        auto *title = field<QLineEdit>(mDock.get(), "titleEdit");

        mDock->setTouchpoints({});
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("Select a card to edit it"));
        QVERIFY(!title->isVisible());
        QVERIFY(mDock->touchpointId().isNull());

        mDock->setTouchpoints({checkCard, waitCard});
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("2 cards selected"));
        QVERIFY(title->isVisible());
        QVERIFY(!title->isEnabled());
        QVERIFY(title->text().isEmpty());

        mDock->setTouchpoints({checkCard});
        QVERIFY(!hint->isVisible());
        QVERIFY(title->isEnabled());
        QCOMPARE(mDock->touchpointId(), checkCard);
        QCOMPARE(title->text(), QStringLiteral("Proverava dokumenta"));
        QCOMPARE(field<QLineEdit>(mDock.get(), "timeEdit")->text(), QStringLiteral("45m"));
        QCOMPARE(field<QLineEdit>(mDock.get(), "amountEdit")->text(), QStringLiteral("5"));
        QCOMPARE(field<QComboBox>(mDock.get(), "currencyCombo")->currentText(), QStringLiteral("EUR"));
        QCOMPARE(field<QComboBox>(mDock.get(), "channelCombo")->currentText(), displayName(Channel::Branch));
        QCOMPARE(field<QComboBox>(mDock.get(), "departmentCombo")->currentText(), QStringLiteral("Служба подршке"));
        QCOMPARE(field<QSlider>(mDock.get(), "emotionSlider")->value(), 5);
        QCOMPARE(field<QSpinBox>(mDock.get(), "emotionSpin")->value(), 5);
        QVERIFY(!field<QCheckBox>(mDock.get(), "painPointCheck")->isChecked());

        mDock->setTouchpoints({waitCard});
        QCOMPARE(title->text(), QStringLiteral("Čeka odobrenje ⏳"));
        QCOMPARE(field<QLineEdit>(mDock.get(), "timeEdit")->text(), QStringLiteral("48h"));
        QVERIFY(field<QCheckBox>(mDock.get(), "painPointCheck")->isChecked());
        QCOMPARE(field<QPlainTextEdit>(mDock.get(), "notesEdit")->toPlainText(), QStringLiteral("Најчешћа жалба у анкетама 😤"));
        // A selection of an unknown id shows the hint, not a stale card.
        mDock->setTouchpoints({QUuid::createUuid()});
        QVERIFY(hint->isVisible());
        QVERIFY(!title->isVisible());
    }

    void everyFieldHasALabelWithAMnemonic()
    {
        mDock->setTouchpoints({checkCard});
        const char *buddies[] = {"titleEdit", "descriptionEdit", "channelCombo", "departmentCombo", "timeEdit",
                                 "amountEdit", "emotionSlider", "dataKeyEdit", "notesEdit"};
        QSet<QChar> mnemonics;
        for (const char *name : buddies) {
            QWidget *buddy = field<QWidget>(mDock.get(), name);
            QLabel *label = nullptr;
            for (QLabel *candidate : mDock->findChildren<QLabel *>())
                if (candidate->buddy() == buddy)
                    label = candidate;
            QVERIFY2(label, name);
            const qsizetype amp = label->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0, qPrintable(label->text()));
            const QChar key = label->text().at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(key), qPrintable(label->text()));
            mnemonics.insert(key);
        }
    }

    void titleEditIsOneUndoStep()
    {
        mDock->setTouchpoints({checkCard});
        auto *title = field<QLineEdit>(mDock.get(), "titleEdit");
        const int before = undoCount();
        typeInto(title, QStringLiteral("Provera — 확인"));
        QCOMPARE(card(checkCard).title, QStringLiteral("Provera — 확인"));
        QCOMPARE(undoCount(), before + 1);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Change card title"));

        // Enter again, then leaving the field, writes nothing more.
        QTest::keyClick(title, Qt::Key_Enter);
        field<QLineEdit>(mDock.get(), "dataKeyEdit")->setFocus();
        QCOMPARE(undoCount(), before + 1);

        doc()->undoStack()->undo();
        QCOMPARE(card(checkCard).title, QStringLiteral("Proverava dokumenta"));
        QCOMPARE(title->text(), QStringLiteral("Proverava dokumenta"));
        doc()->undoStack()->redo();
        QCOMPARE(title->text(), QStringLiteral("Provera — 확인"));
    }

    void time_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("minutes");
        QTest::addColumn<QString>("shown");
        QTest::newRow("hours and minutes") << QStringLiteral("1h 30m") << 90.0 << QStringLiteral("1h 30m");
        QTest::newRow("bare minutes") << QStringLiteral("90") << 90.0 << QStringLiteral("1h 30m");
        QTest::newRow("clock") << QStringLiteral("2:05") << 125.0 << QStringLiteral("2h 5m");
        QTest::newRow("russian decimal hours") << QStringLiteral("1,5 ч") << 90.0 << QStringLiteral("1h 30m");
        QTest::newRow("empty is zero") << QString() << 0.0 << QStringLiteral("0m");
    }

    void time()
    {
        QFETCH(QString, typed);
        QFETCH(double, minutes);
        QFETCH(QString, shown);
        mDock->setTouchpoints({checkCard});
        auto *edit = field<QLineEdit>(mDock.get(), "timeEdit");
        const int before = undoCount();
        typeInto(edit, typed);
        QCOMPARE(card(checkCard).effort.minutes, minutes);
        QCOMPARE(undoCount(), before + 1);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Change card time"));
        QCOMPARE(edit->text(), shown);
        doc()->undoStack()->undo();
        QCOMPARE(card(checkCard).effort.minutes, 45.0);
        QCOMPARE(edit->text(), QStringLiteral("45m"));
    }

    void anErrorMovesNoFieldUnderThePointer()
    {
        // The next field clicked after a refused value must still be where it was when the
        // press came: the error shows in a line kept free for it, not between the fields.
        mDock->setTouchpoints({checkCard});
        const auto positions = [this] {
            QList<QPoint> at;
            for (const char *name : {"amountEdit", "emotionSlider", "painPointCheck", "dataKeyEdit", "notesEdit"}) {
                auto *widget = field<QWidget>(mDock.get(), name);
                at << widget->mapTo(mDock.get(), QPoint(0, 0));
            }
            return at;
        };
        QApplication::processEvents(); // the form laid out for the card
        const QList<QPoint> before = positions();
        typeInto(field<QLineEdit>(mDock.get(), "timeEdit"), QStringLiteral("3 dayz"));
        QVERIFY(field<QLabel>(mDock.get(), "timeError")->isVisible());
        QApplication::processEvents();
        QCOMPARE(positions(), before);
    }

    void badTimeIsShownAtTheFieldAndNeverWritten()
    {
        mDock->setTouchpoints({checkCard});
        auto *edit = field<QLineEdit>(mDock.get(), "timeEdit");
        auto *error = field<QLabel>(mDock.get(), "timeError");
        QVERIFY(!error->isVisible());
        const QString normalToolTip = edit->toolTip();
        const Journey journeyBefore = doc()->journey();
        const int before = undoCount();

        typeInto(edit, QStringLiteral("abc"));
        QCOMPARE(undoCount(), before);
        QVERIFY(doc()->journey() == journeyBefore);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(edit->toolTip(), error->text());
        QVERIFY(edit->property("invalid").toBool());
        QCOMPARE(edit->text(), QStringLiteral("abc"));

        // Leaving the field keeps the user's text and the error; so does an unrelated
        // change of the same card.
        auto *title = field<QLineEdit>(mDock.get(), "titleEdit");
        title->setFocus();
        QCOMPARE(edit->text(), QStringLiteral("abc"));
        Touchpoint renamed = card(checkCard);
        renamed.title = QStringLiteral("Renamed elsewhere");
        doc()->push(new EditTouchpoint(doc(), renamed));
        QCOMPARE(title->text(), QStringLiteral("Renamed elsewhere"));
        QCOMPARE(edit->text(), QStringLiteral("abc"));
        QVERIFY(error->isVisible());

        // "1:75" is refused too; Escape puts the card's value back and clears the error.
        typeInto(edit, QStringLiteral("1:75"));
        QVERIFY(error->isVisible());
        QCOMPARE(card(checkCard).effort.minutes, 45.0);
        QTest::keyClick(edit, Qt::Key_Escape);
        QCOMPARE(edit->text(), QStringLiteral("45m"));
        QVERIFY(!error->isVisible());
        QVERIFY(!edit->property("invalid").toBool());
        QCOMPARE(edit->toolTip(), normalToolTip);

        // Correcting the text clears the error and writes.
        typeInto(edit, QStringLiteral("abc"));
        QVERIFY(error->isVisible());
        typeInto(edit, QStringLiteral("1:30"));
        QVERIFY(!error->isVisible());
        QCOMPARE(card(checkCard).effort.minutes, 90.0);
    }

    void moneyInTheUserLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        // A dock made under the German locale, as the app would be.
        mDock = std::make_unique<PropertiesDock>(doc());
        showDock(mDock.get());
        mDock->setTouchpoints({checkCard});
        auto *amount = field<QLineEdit>(mDock.get(), "amountEdit");
        auto *error = field<QLabel>(mDock.get(), "amountError");
        QVERIFY(amount->placeholderText().contains(QStringLiteral("12,50")));

        typeInto(amount, QStringLiteral("12,50"));
        QCOMPARE(card(checkCard).effort.money.hundredths, qint64(1250));
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Change card cost"));
        QCOMPARE(amount->text(), QStringLiteral("12,50"));

        typeInto(amount, QStringLiteral("1.234,5"));
        QCOMPARE(card(checkCard).effort.money.hundredths, qint64(123450));
        QCOMPARE(amount->text(), QStringLiteral("1234,50"));

        typeInto(amount, QStringLiteral("7.25")); // a dot also works as the decimal point
        QCOMPARE(card(checkCard).effort.money.hundredths, qint64(725));

        const int before = undoCount();
        for (const QString &bad : {QStringLiteral("12,505"), QStringLiteral("-3"), QStringLiteral("zwölf")}) {
            typeInto(amount, bad);
            QCOMPARE(undoCount(), before);
            QCOMPARE(card(checkCard).effort.money.hundredths, qint64(725));
            QVERIFY2(error->isVisible(), qPrintable(bad));
            QVERIFY(amount->property("invalid").toBool());
            QCOMPARE(amount->text(), bad);
        }
        QTest::keyClick(amount, Qt::Key_Escape);
        QCOMPARE(amount->text(), QStringLiteral("7,25"));
        QVERIFY(!error->isVisible());
    }

    void russianGroupSeparator()
    {
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        mDock->setTouchpoints({checkCard});
        auto *amount = field<QLineEdit>(mDock.get(), "amountEdit");
        typeInto(amount, QStringLiteral("1\u00a0500,75"));
        QCOMPARE(card(checkCard).effort.money.hundredths, qint64(150075));
        QCOMPARE(amount->text(), QStringLiteral("1500,75"));
    }

    void currency()
    {
        mDock->setTouchpoints({checkCard});
        auto *combo = field<QComboBox>(mDock.get(), "currencyCombo");
        auto *error = field<QLabel>(mDock.get(), "currencyError");
        for (const char *code : {"EUR", "USD", "GBP", "RUB", "UAH", "RSD", "KRW"})
            QVERIFY2(combo->findText(QString::fromLatin1(code)) >= 0, code);

        typeInto(combo->lineEdit(), QStringLiteral("chf"));
        QCOMPARE(card(checkCard).effort.money.currency, QStringLiteral("CHF"));
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Change card currency"));
        QCOMPARE(combo->currentText(), QStringLiteral("CHF"));

        const int before = undoCount();
        typeInto(combo->lineEdit(), QStringLiteral("EURO"));
        QCOMPARE(undoCount(), before);
        QCOMPARE(card(checkCard).effort.money.currency, QStringLiteral("CHF"));
        QVERIFY(error->isVisible());
        QVERIFY(combo->property("invalid").toBool());
        QTest::keyClick(combo->lineEdit(), Qt::Key_Escape);
        QCOMPARE(combo->currentText(), QStringLiteral("CHF"));
        QVERIFY(!error->isVisible());

        // Picking a suggestion from the list commits at once.
        combo->setFocus();
        const int usd = combo->findText(QStringLiteral("USD"));
        combo->setCurrentIndex(usd);
        emit combo->activated(usd);
        QCOMPARE(card(checkCard).effort.money.currency, QStringLiteral("USD"));
    }

    void sliderDragIsOneUndoStep()
    {
        mDock->setTouchpoints({checkCard});
        auto *slider = field<QSlider>(mDock.get(), "emotionSlider");
        auto *spin = field<QSpinBox>(mDock.get(), "emotionSpin");
        const int before = undoCount();

        slider->setSliderDown(true);
        for (int value : {6, 7, 9, 8})
            slider->setValue(value);
        QCOMPARE(card(checkCard).effort.emotion, 8); // the canvas sees the drag live
        QCOMPARE(spin->value(), 8);
        slider->setSliderDown(false);
        QCOMPARE(undoCount(), before + 1);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Change negative emotion"));

        // The next drag is its own step.
        slider->setSliderDown(true);
        slider->setValue(2);
        slider->setValue(1);
        slider->setSliderDown(false);
        QCOMPARE(undoCount(), before + 2);
        QCOMPARE(card(checkCard).effort.emotion, 1);

        doc()->undoStack()->undo();
        QCOMPARE(card(checkCard).effort.emotion, 8);
        QCOMPARE(slider->value(), 8);
        QCOMPARE(spin->value(), 8);
        doc()->undoStack()->undo();
        QCOMPARE(card(checkCard).effort.emotion, 5);
        QCOMPARE(slider->value(), 5);

        // A drag that ends where it began leaves no step behind.
        slider->setSliderDown(true);
        slider->setValue(9);
        slider->setValue(5);
        slider->setSliderDown(false);
        QCOMPARE(undoCount(), before);
        QVERIFY(!doc()->undoStack()->canUndo() || doc()->undoStack()->undoText() != QStringLiteral("Change negative emotion"));

        // Keys on the slider are one step each.
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Right);
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(card(checkCard).effort.emotion, 7);
        QCOMPARE(undoCount(), before + 2);
    }

    void emotionStaysWithinZeroToTen()
    {
        mDock->setTouchpoints({checkCard});
        auto *slider = field<QSlider>(mDock.get(), "emotionSlider");
        auto *spin = field<QSpinBox>(mDock.get(), "emotionSpin");
        QCOMPARE(slider->minimum(), minEmotion);
        QCOMPARE(slider->maximum(), maxEmotion);
        QCOMPARE(spin->minimum(), minEmotion);
        QCOMPARE(spin->maximum(), maxEmotion);

        slider->setValue(42);
        QCOMPARE(card(checkCard).effort.emotion, 10);
        QCOMPARE(spin->value(), 10);
        slider->setValue(-3);
        QCOMPARE(card(checkCard).effort.emotion, 0);
        QCOMPARE(spin->value(), 0);

        // Typing in the number box: "15" is not accepted past "1".
        spin->setFocus();
        spin->selectAll();
        typeText(spin, QStringLiteral("15"));
        QTest::keyClick(spin, Qt::Key_Enter);
        QVERIFY(card(checkCard).effort.emotion <= maxEmotion);
        QCOMPARE(slider->value(), card(checkCard).effort.emotion);

        spin->selectAll();
        typeText(spin, QStringLiteral("10"));
        const int before = undoCount();
        QTest::keyClick(spin, Qt::Key_Enter);
        QCOMPARE(card(checkCard).effort.emotion, 10);
        QCOMPARE(slider->value(), 10);
        QCOMPARE(undoCount(), before + 1); // one step, not one per digit
    }

    void checkBoxesAndCombosCommitAtOnce()
    {
        mDock->setTouchpoints({checkCard});
        auto *pain = field<QCheckBox>(mDock.get(), "painPointCheck");
        auto *truth = field<QCheckBox>(mDock.get(), "momentOfTruthCheck");
        const int before = undoCount();

        QTest::mouseClick(pain, Qt::LeftButton, {}, QPoint(6, pain->height() / 2)); // on the box
        QVERIFY(card(checkCard).painPoint);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Mark card as pain point"));
        truth->setFocus();
        QTest::keyClick(truth, Qt::Key_Space);
        QVERIFY(card(checkCard).momentOfTruth);
        QCOMPARE(undoCount(), before + 2);
        doc()->undoStack()->undo();
        QVERIFY(!truth->isChecked());

        auto *channel = field<QComboBox>(mDock.get(), "channelCombo");
        QCOMPARE(channel->count(), int(allChannels.size()));
        channel->setFocus();
        QTest::keyClick(channel, Qt::Key_Down);
        QCOMPARE(card(checkCard).channel, Channel::Email); // the one after Branch
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Change card channel"));

        auto *department = field<QComboBox>(mDock.get(), "departmentCombo");
        QCOMPARE(department->count(), 3); // None + 2
        QCOMPARE(department->itemText(0), QStringLiteral("None"));
        department->setFocus();
        QTest::keyClick(department, Qt::Key_Up);
        QVERIFY(card(checkCard).departmentId.isNull());
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Change card department"));
        doc()->undoStack()->undo();
        QCOMPARE(department->currentText(), QStringLiteral("Служба подршке"));
    }

    void textBoxesCommitWhenTheFocusLeaves()
    {
        mDock->setTouchpoints({checkCard});
        auto *description = field<QPlainTextEdit>(mDock.get(), "descriptionEdit");
        auto *notes = field<QPlainTextEdit>(mDock.get(), "notesEdit");
        const int before = undoCount();

        description->setFocus();
        typeText(description, QStringLiteral("Šalter 2"));
        QTest::keyClick(description, Qt::Key_Return);
        typeText(description, QStringLiteral("drugi red"));
        QCOMPARE(undoCount(), before); // still typing
        notes->setFocus();
        QCOMPARE(card(checkCard).description, QStringLiteral("Šalter 2\ndrugi red"));
        QCOMPARE(undoCount(), before + 1);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Change card description"));

        typeText(notes, QStringLiteral("заметка"));
        QTest::keyClick(notes, Qt::Key_Escape);
        QVERIFY(notes->toPlainText().isEmpty());
        description->setFocus();
        QCOMPARE(undoCount(), before + 1);

        auto *dataKey = field<QLineEdit>(mDock.get(), "dataKeyEdit");
        typeInto(dataKey, QStringLiteral("branch-check"));
        QCOMPARE(card(checkCard).dataKey, QStringLiteral("branch-check"));
    }

    void changingTheSelectionKeepsWhatWasTyped()
    {
        mDock->setTouchpoints({checkCard});
        auto *title = field<QLineEdit>(mDock.get(), "titleEdit");
        title->setFocus();
        title->selectAll();
        typeText(title, QStringLiteral("Typed, no Enter"));
        mDock->setTouchpoints({waitCard});
        QCOMPARE(card(checkCard).title, QStringLiteral("Typed, no Enter"));
        QCOMPARE(title->text(), card(waitCard).title);
    }

    void refreshesFromChangesMadeElsewhere()
    {
        mDock->setTouchpoints({checkCard});
        auto *title = field<QLineEdit>(mDock.get(), "titleEdit");
        auto *time = field<QLineEdit>(mDock.get(), "timeEdit");
        auto *slider = field<QSlider>(mDock.get(), "emotionSlider");

        Touchpoint changed = card(checkCard);
        changed.title = QStringLiteral("From the canvas");
        changed.effort.minutes = 150;
        changed.effort.emotion = 9;
        changed.painPoint = true;
        doc()->push(new EditTouchpoint(doc(), changed));
        QCOMPARE(title->text(), QStringLiteral("From the canvas"));
        QCOMPARE(time->text(), QStringLiteral("2h 30m"));
        QCOMPARE(slider->value(), 9);
        QVERIFY(field<QCheckBox>(mDock.get(), "painPointCheck")->isChecked());

        // A field being typed in keeps the typing when another value changes...
        title->setFocus();
        title->selectAll();
        typeText(title, QStringLiteral("half-typed"));
        changed = card(checkCard);
        changed.notes = QStringLiteral("new note");
        doc()->push(new EditTouchpoint(doc(), changed));
        QCOMPARE(field<QPlainTextEdit>(mDock.get(), "notesEdit")->toPlainText(), QStringLiteral("new note"));
        QCOMPARE(title->text(), QStringLiteral("half-typed"));
        // ...but shows its own value when that changed.
        changed.title = QStringLiteral("Renamed on the canvas");
        doc()->push(new EditTouchpoint(doc(), changed));
        QCOMPARE(title->text(), QStringLiteral("Renamed on the canvas"));

        // Changes to other cards leave the form alone.
        Touchpoint other = card(waitCard);
        other.title = QStringLiteral("Other card");
        title->selectAll();
        typeText(title, QStringLiteral("mine"));
        doc()->push(new EditTouchpoint(doc(), other));
        QCOMPARE(title->text(), QStringLiteral("mine"));
    }

    void departmentsRefresh()
    {
        mDock->setTouchpoints({checkCard});
        auto *department = field<QComboBox>(mDock.get(), "departmentCombo");
        doc()->push(new AddDepartment(doc(), Department{{}, QStringLiteral("IT 운영"), QColor(Qt::green)}));
        QCOMPARE(department->count(), 4);
        QCOMPARE(department->itemText(3), QStringLiteral("IT 운영"));
        QCOMPARE(department->currentText(), QStringLiteral("Служба подршке"));

        Department renamed = doc()->journey().departments.front();
        renamed.name = QStringLiteral("Support");
        doc()->push(new EditDepartment(doc(), renamed));
        QCOMPARE(department->currentText(), QStringLiteral("Support"));
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QCOMPARE(department->count(), 3);
        QCOMPARE(department->currentText(), QStringLiteral("Служба подршке"));
    }

    void removingTheCardClearsTheDock()
    {
        mDock->setTouchpoints({checkCard});
        auto *hint = field<QLabel>(mDock.get(), "propertiesHint");
        auto *title = field<QLineEdit>(mDock.get(), "titleEdit");
        doc()->push(new RemoveTouchpoints(doc(), {checkCard}));
        QVERIFY(mDock->touchpointId().isNull());
        QVERIFY(hint->isVisible());
        QVERIFY(!title->isVisible());
        QVERIFY(title->text().isEmpty());

        doc()->undoStack()->undo(); // the card is back, but no longer selected
        QVERIFY(mDock->touchpointId().isNull());
        QVERIFY(hint->isVisible());

        mDock->setTouchpoints({checkCard, waitCard});
        doc()->push(new RemoveTouchpoints(doc(), {waitCard}));
        QCOMPARE(mDock->touchpointId(), checkCard); // one card left: edit it
        QVERIFY(title->isEnabled());

        doc()->resetJourney(test::smallJourney());
        QVERIFY(mDock->touchpointId().isNull());
        QVERIFY(hint->isVisible());
    }

    void swappingDocuments()
    {
        mDock->setTouchpoints({checkCard});
        auto *title = field<QLineEdit>(mDock.get(), "titleEdit");
        mDock->setDocument(nullptr);
        QVERIFY(mDock->touchpointId().isNull());
        QVERIFY(title->text().isEmpty());

        JourneyDocument other(test::smallJourney());
        mDock->setDocument(&other);
        mDock->setTouchpoints({checkCard});
        typeInto(title, QStringLiteral("In the other document"));
        QCOMPARE(other.journey().touchpoint(checkCard)->title, QStringLiteral("In the other document"));
        QCOMPARE(card(checkCard).title, QStringLiteral("Proverava dokumenta"));
        QCOMPARE(undoCount(), 0);
        // The old document's changes no longer reach the dock.
        Touchpoint changed = card(checkCard);
        changed.title = QStringLiteral("Old document");
        doc()->push(new EditTouchpoint(doc(), changed));
        QCOMPARE(title->text(), QStringLiteral("In the other document"));
        mDock->setDocument(doc());
    }

    void screenshot()
    {
        // WAYMARK_DOCK_SCREENSHOT=dir saves what the docks look like, for a person to check.
        const QString dir = qEnvironmentVariable("WAYMARK_DOCK_SCREENSHOT");
        if (dir.isEmpty())
            QSKIP("set WAYMARK_DOCK_SCREENSHOT to a folder to save screenshots");
        mDock->setTouchpoints({waitCard});
        typeInto(field<QLineEdit>(mDock.get(), "timeEdit"), QStringLiteral("abc"));
        mDock->resize(300, 820);
        QVERIFY(mDock->grab().save(dir + QStringLiteral("/props.png")));
        mDock->resize(220, 500);
        QVERIFY(mDock->grab().save(dir + QStringLiteral("/props-narrow.png")));
        JourneyInfoDock info(doc());
        showDock(&info);
        info.resize(300, 520);
        QVERIFY(info.grab().save(dir + QStringLiteral("/journeyinfo.png")));
    }
};

class TestJourneyInfoDock : public QObject
{
    Q_OBJECT

    std::unique_ptr<JourneyDocument> mDocument;
    std::unique_ptr<JourneyInfoDock> mDock;

    JourneyDocument *doc() { return mDocument.get(); }
    const Journey &journey() { return mDocument->journey(); }

private slots:
    void init()
    {
        mDocument = std::make_unique<JourneyDocument>(test::smallJourney());
        mDock = std::make_unique<JourneyInfoDock>(doc());
        mDock->resize(320, 520);
        mDock->show();
        mDock->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(mDock.get()));
    }

    void cleanup()
    {
        mDock.reset();
        mDocument.reset();
    }

    void showsTheHeader()
    {
        QCOMPARE(mDock->objectName(), QStringLiteral("journeyInfoDock"));
        QCOMPARE(mDock->windowTitle(), QStringLiteral("Journey"));
        QCOMPARE(field<QLineEdit>(mDock.get(), "journeyTitleEdit")->text(), journey().title);
        QCOMPARE(field<QPlainTextEdit>(mDock.get(), "scenarioEdit")->toPlainText(), journey().description);
        QCOMPARE(field<QComboBox>(mDock.get(), "journeyCurrencyCombo")->currentText(), QStringLiteral("EUR"));
        QCOMPARE(field<QLineEdit>(mDock.get(), "personaNameEdit")->text(), QStringLiteral("Ана Петровић"));
        QCOMPARE(field<QPlainTextEdit>(mDock.get(), "personaDescriptionEdit")->toPlainText(),
                 journey().personas.front().description);
    }

    void editsAreSeparateUndoSteps()
    {
        const QString oldTitle = journey().title;
        auto *title = field<QLineEdit>(mDock.get(), "journeyTitleEdit");
        typeInto(title, QStringLiteral("Open an account"));
        QCOMPARE(journey().title, QStringLiteral("Open an account"));
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Change journey title"));

        auto *currency = field<QComboBox>(mDock.get(), "journeyCurrencyCombo");
        typeInto(currency->lineEdit(), QStringLiteral("rsd"));
        QCOMPARE(journey().currency, QStringLiteral("RSD"));
        QCOMPARE(doc()->undoStack()->count(), 2);

        auto *scenario = field<QPlainTextEdit>(mDock.get(), "scenarioEdit");
        scenario->setFocus();
        scenario->selectAll();
        typeText(scenario, QStringLiteral("From ad to first payment"));
        title->setFocus();
        QCOMPARE(journey().description, QStringLiteral("From ad to first payment"));
        QCOMPARE(doc()->undoStack()->count(), 3);

        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QCOMPARE(journey().currency, QStringLiteral("EUR"));
        QCOMPARE(journey().title, QStringLiteral("Open an account"));
        QCOMPARE(currency->currentText(), QStringLiteral("EUR"));
        doc()->undoStack()->undo();
        QCOMPARE(journey().title, oldTitle);
        QCOMPARE(title->text(), oldTitle);
    }

    void badCurrencyIsNotWritten()
    {
        auto *currency = field<QComboBox>(mDock.get(), "journeyCurrencyCombo");
        auto *error = field<QLabel>(mDock.get(), "journeyCurrencyError");
        typeInto(currency->lineEdit(), QStringLiteral("€"));
        QCOMPARE(journey().currency, QStringLiteral("EUR"));
        QCOMPARE(doc()->undoStack()->count(), 0);
        QVERIFY(error->isVisible());
        QCOMPARE(currency->currentText(), QStringLiteral("€"));
        QTest::keyClick(currency->lineEdit(), Qt::Key_Escape);
        QCOMPARE(currency->currentText(), QStringLiteral("EUR"));
        QVERIFY(!error->isVisible());
    }

    void editsThePersona()
    {
        auto *name = field<QLineEdit>(mDock.get(), "personaNameEdit");
        typeInto(name, QStringLiteral("Ana"));
        QCOMPARE(journey().personas.size(), size_t(1));
        QCOMPARE(journey().personas.front().name, QStringLiteral("Ana"));
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Rename persona"));
        doc()->undoStack()->undo();
        QCOMPARE(journey().personas.front().name, QStringLiteral("Ана Петровић"));
        QCOMPARE(name->text(), QStringLiteral("Ана Петровић"));

        auto *description = field<QPlainTextEdit>(mDock.get(), "personaDescriptionEdit");
        description->setFocus();
        description->selectAll();
        typeText(description, QStringLiteral("학생"));
        name->setFocus();
        QCOMPARE(journey().personas.front().description, QStringLiteral("학생"));
        QCOMPARE(journey().personas.front().name, QStringLiteral("Ана Петровић"));
    }

    void addPersonaThenTypeItsName()
    {
        doc()->push(new RemovePersona(doc(), journey().personas.front().id));
        auto *name = field<QLineEdit>(mDock.get(), "personaNameEdit");
        QVERIFY(!name->isVisible()); // nobody to edit: the dock says how to start instead
        const int before = doc()->undoStack()->count();

        QTest::mouseClick(field<QPushButton>(mDock.get(), "addPersonaButton"), Qt::LeftButton);
        QVERIFY(name->isVisible());
        QVERIFY(name->hasFocus());
        typeText(name, QStringLiteral("Jovan"));
        QTest::keyClick(name, Qt::Key_Enter);
        QCOMPARE(journey().personas.size(), size_t(1));
        QCOMPARE(journey().personas.front().name, QStringLiteral("Jovan"));
        QVERIFY(!journey().personas.front().id.isNull());
        QCOMPARE(doc()->undoStack()->count(), before + 1);
        doc()->undoStack()->undo();
        QVERIFY(journey().personas.empty());
        QVERIFY(name->text().isEmpty());
    }

    void refreshesFromElsewhere()
    {
        doc()->push(new EditJourneyInfo(doc(), {QStringLiteral("Elsewhere"), QStringLiteral("Scenario"), QStringLiteral("KRW")}));
        QCOMPARE(field<QLineEdit>(mDock.get(), "journeyTitleEdit")->text(), QStringLiteral("Elsewhere"));
        QCOMPARE(field<QPlainTextEdit>(mDock.get(), "scenarioEdit")->toPlainText(), QStringLiteral("Scenario"));
        QCOMPARE(field<QComboBox>(mDock.get(), "journeyCurrencyCombo")->currentText(), QStringLiteral("KRW"));

        Persona persona = journey().personas.front();
        persona.name = QStringLiteral("Mina");
        doc()->push(new EditPersona(doc(), persona));
        QCOMPARE(field<QLineEdit>(mDock.get(), "personaNameEdit")->text(), QStringLiteral("Mina"));

        Journey empty;
        doc()->resetJourney(empty);
        QVERIFY(field<QLineEdit>(mDock.get(), "journeyTitleEdit")->text().isEmpty());
        QVERIFY(field<QLineEdit>(mDock.get(), "personaNameEdit")->text().isEmpty());

        mDock->setDocument(nullptr);
        QVERIFY(!field<QLineEdit>(mDock.get(), "journeyTitleEdit")->isEnabled());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int status = 0;
    {
        TestPropertiesDock test;
        status |= QTest::qExec(&test, argc, argv);
    }
    {
        TestJourneyInfoDock test;
        status |= QTest::qExec(&test, argc, argv);
    }
    return status;
}

#include "tst_propertiesdock.moc"
