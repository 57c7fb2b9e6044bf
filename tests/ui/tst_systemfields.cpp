// The properties dock's system fields (docks/systemfields.h): shown only for cards in a
// Systems lane; the system's age, what it cannot do and the touchpoints it supports, each
// finished change one undo step.
#include "commands/addentity.h"
#include "docks/propertiesdock.h"
#include "journeydocument.h"
#include "testjourneys.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

#include <memory>

using namespace waymark;

namespace {

QUuid cardId(int number)
{
    return QUuid::fromString(QStringLiteral("9a1e0005-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0')));
}

const QUuid checkCard = cardId(6); // an ordinary card of the small journey
const QUuid waitCard = cardId(4);  // a pain point

template <typename T>
T *field(QWidget *dock, const char *name)
{
    T *child = dock->findChild<T *>(QString::fromLatin1(name));
    if (!child)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return child;
}

} // namespace

class TestSystemFields : public QObject
{
    Q_OBJECT

    std::unique_ptr<JourneyDocument> mDocument;
    std::unique_ptr<PropertiesDock> mDock;

    JourneyDocument *doc() { return mDocument.get(); }
    const Touchpoint &card(const QUuid &id) { return *doc()->journey().touchpoint(id); }
    int undoCount() { return doc()->undoStack()->count(); }

private slots:
    void init()
    {
        mDocument = std::make_unique<JourneyDocument>(test::smallJourney());
        mDock = std::make_unique<PropertiesDock>(doc());
        mDock->resize(340, 900);
        mDock->show();
        mDock->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(mDock.get())); // focus changes commit text: they must be real
    }

    void cleanup()
    {
        mDock.reset();
        mDocument.reset();
    }

    void systemCardsTellTheirAgeLimitsAndTouchpoints()
    {
        // A Systems lane with one card: the dock shows its system fields, each edit one undo step.
        Lane systems;
        systems.id = QUuid::createUuid();
        systems.name = QStringLiteral("Core systems");
        systems.kind = LaneKind::Systems;
        systems.zone = OfficeZone::Back;
        QVERIFY(doc()->push(new AddEntity<Lane>(doc(), systems)));
        Touchpoint system;
        system.id = QUuid::createUuid();
        system.title = QStringLiteral("Core banking");
        system.stageId = card(checkCard).stageId;
        system.laneId = systems.id;
        system.effort.money.currency = QStringLiteral("EUR");
        QVERIFY(doc()->push(new AddEntity<Touchpoint>(doc(), system)));

        mDock->setTouchpoints({checkCard});
        auto *group = field<QWidget>(mDock.get(), "systemFields");
        QVERIFY(!group->isVisible()); // an ordinary card has no system
        mDock->setTouchpoints({system.id});
        QVERIFY(group->isVisible());

        const int before = undoCount();
        auto *age = field<QDoubleSpinBox>(mDock.get(), "systemAge");
        age->setFocus();
        age->selectAll();
        QTest::keyClicks(age, QStringLiteral("14"));
        QTest::keyClick(age, Qt::Key_Return);
        QCOMPARE(card(system.id).system.ageYears, 14.0);
        QCOMPARE(undoCount(), before + 1);

        auto *limits = field<QPlainTextEdit>(mDock.get(), "systemLimitations");
        limits->setFocus();
        QTest::keyClicks(limits, QStringLiteral("no status API"));
        field<QLineEdit>(mDock.get(), "titleEdit")->setFocus(); // leaving the box commits it
        QCOMPARE(card(system.id).system.limitations, QStringLiteral("no status API"));
        QCOMPARE(undoCount(), before + 2);

        auto *supports = field<QListWidget>(mDock.get(), "systemSupports");
        QCOMPARE(supports->count(), int(doc()->journey().touchpoints.size()) - 1); // every card but the system itself
        QListWidgetItem *wait = nullptr;
        for (int i = 0; i < supports->count(); ++i)
            if (supports->item(i)->data(Qt::UserRole).toUuid() == waitCard)
                wait = supports->item(i);
        QVERIFY(wait);
        wait->setCheckState(Qt::Checked);
        QCOMPARE(card(system.id).system.supports, std::vector<QUuid>{waitCard});
        QCOMPARE(undoCount(), before + 3);
        doc()->undoStack()->undo();
        QVERIFY(card(system.id).system.supports.empty());
        QCOMPARE(card(system.id).system.limitations, QStringLiteral("no status API"));
    }
};

QTEST_MAIN(TestSystemFields)
#include "tst_systemfields.moc"
