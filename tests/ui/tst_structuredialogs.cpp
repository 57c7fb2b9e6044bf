#include "dialogs/departmentsdialog.h"
#include "dialogs/lanedialog.h"
#include "dialogs/stagedialog.h"
#include "journeydocument.h"
#include "testjourneys.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace waymark;

class TestStructureDialogs : public QObject
{
    Q_OBJECT

private slots:
    void departmentLaneNeedsADepartment()
    {
        const Journey journey = test::smallJourney();
        Lane plain;
        for (const Lane &lane : journey.lanes)
            if (lane.kind != LaneKind::Department)
                plain = lane;
        LaneDialog dialog(journey, plain);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("laneKind"));
        auto *department = dialog.findChild<QComboBox *>(QStringLiteral("laneDepartment"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QVERIFY(!department->isEnabled());

        kind->setCurrentIndex(kind->findData(int(LaneKind::Department)));
        QVERIFY(department->isEnabled());
        QVERIFY(!ok->isEnabled()); // no department chosen yet
        department->setCurrentIndex(department->findData(journey.departments[1].id));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.lane().kind, LaneKind::Department);
        QCOMPARE(dialog.lane().departmentId, journey.departments[1].id);

        // Back to a plain lane: the department reference goes, as the model requires.
        kind->setCurrentIndex(kind->findData(int(LaneKind::Touchpoints)));
        QVERIFY(dialog.lane().departmentId.isNull());

        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("laneName"));
        name->setText(QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral("Back office"));
        auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("laneZone"));
        zone->setCurrentIndex(zone->findData(int(OfficeZone::Back)));
        QCOMPARE(dialog.lane().zone, OfficeZone::Back);
        QCOMPARE(dialog.lane().name, QStringLiteral("Back office"));
        QCOMPARE(dialog.lane().id, plain.id);
    }

    void stageNeedsANameAndKeepsItsId()
    {
        const Stage original = test::smallJourney().stages[1];
        StageDialog dialog(original);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("stageName"));
        auto *description = dialog.findChild<QPlainTextEdit *>(QStringLiteral("stageDescription"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(name->text(), original.name);
        name->clear();
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral("  Оформлення  "));
        QVERIFY(ok->isEnabled());
        description->setPlainText(QStringLiteral("Клієнт заповнює анкету"));
        QCOMPARE(dialog.stage().id, original.id);
        QCOMPARE(dialog.stage().name, QStringLiteral("Оформлення"));
        QCOMPARE(dialog.stage().description, QStringLiteral("Клієнт заповнює анкету"));
    }

    void departmentsAreAddedRenamedRecolouredAndRemovedWithUndo()
    {
        JourneyDocument document(test::smallJourney());
        const Journey before = document.journey();
        DepartmentsDialog dialog(&document);
        QCOMPARE(dialog.list()->count(), int(before.departments.size()));

        dialog.addDepartment(QStringLiteral("리스크 관리"));
        QCOMPARE(document.journey().departments.size(), before.departments.size() + 1);
        QCOMPARE(dialog.list()->count(), int(before.departments.size()) + 1);
        QCOMPARE(document.journey().departments.back().name, QStringLiteral("리스크 관리"));
        QVERIFY(document.journey().departments.back().colour.isValid());

        // Renaming in the list is a command.
        dialog.list()->item(0)->setText(QStringLiteral("Podrška korisnicima"));
        QCOMPARE(document.journey().departments[0].name, QStringLiteral("Podrška korisnicima"));
        // An empty name is refused and the list shows the old one again.
        dialog.list()->item(0)->setText(QString());
        QCOMPARE(document.journey().departments[0].name, QStringLiteral("Podrška korisnicima"));
        QCOMPARE(dialog.list()->item(0)->text(), QStringLiteral("Podrška korisnicima"));

        dialog.recolour(0, QColor(0x12, 0x34, 0x56));
        QCOMPARE(document.journey().departments[0].colour, QColor(0x12, 0x34, 0x56));

        // Removing one that owns cards asks; "no" keeps it.
        int asked = 0;
        bool answer = false;
        dialog.setConfirm([&](const QString &) { ++asked; return answer; });
        const QUuid owner = document.journey().departments[0].id;
        dialog.removeRow(0);
        QCOMPARE(asked, 1);
        QVERIFY(document.journey().department(owner));
        answer = true;
        dialog.removeRow(0);
        QVERIFY(!document.journey().department(owner));
        for (const Touchpoint &card : document.journey().touchpoints)
            QVERIFY(card.departmentId != owner); // cards lose their owner, none is lost
        QCOMPARE(document.journey().touchpoints.size(), before.touchpoints.size());
        QVERIFY(document.journey().problems().empty());

        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QVERIFY(document.journey() == before);
        QCOMPARE(dialog.list()->count(), int(before.departments.size()));
    }
};

QTEST_MAIN(TestStructureDialogs)
#include "tst_structuredialogs.moc"
