// The data dock lists the journey's datasets and renames and deletes them through commands.
#include "commands/datasetcommands.h"
#include "docks/datadock.h"
#include "journeydocument.h"
#include "testjourneys.h"

#include <QTest>
#include <QTreeWidget>

using namespace waymark;

class TestDataDock : public QObject
{
    Q_OBJECT

private slots:
    void listsRenamesAndDeletes()
    {
        JourneyDocument document(test::smallJourney());
        DataDock dock(&document);
        QCOMPARE(dock.list()->topLevelItemCount(), 0);

        Dataset data;
        data.id = QUuid::createUuid();
        data.name = QStringLiteral("Anketa 2024");
        data.kind = DatasetKind::Clv;
        data.currency = QStringLiteral("RSD");
        data.source.fileName = QStringLiteral("kupci.csv");
        data.clv.customer = {data.clv.strings.add(QStringLiteral("K-1"))};
        data.clv.value = {12.5};
        data.clv.currency = {0};
        data.clv.segment = {0};
        data.clv.acquired = {noDate};
        document.push(new AddDataset(&document, data));
        QCOMPARE(dock.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *item = dock.list()->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("Anketa 2024"));
        QCOMPARE(item->text(3), QStringLiteral("kupci.csv"));

        // Renaming in the list is a command; an empty name is refused.
        item->setText(0, QStringLiteral("Анкета 2024"));
        QCOMPARE(document.journey().datasets[0]->name, QStringLiteral("Анкета 2024"));
        dock.list()->topLevelItem(0)->setText(0, QStringLiteral("  "));
        QCOMPARE(document.journey().datasets[0]->name, QStringLiteral("Анкета 2024"));
        QCOMPARE(dock.list()->topLevelItem(0)->text(0), QStringLiteral("Анкета 2024"));

        // Delete asks; no keeps it, yes removes it; undo brings it back.
        bool answer = false;
        int asked = 0;
        dock.setConfirm([&](const QString &) { ++asked; return answer; });
        dock.deleteDataset(0);
        QCOMPARE(asked, 1);
        QCOMPARE(document.journey().datasets.size(), std::size_t(1));
        answer = true;
        dock.deleteDataset(0);
        QVERIFY(document.journey().datasets.empty());
        QCOMPARE(dock.list()->topLevelItemCount(), 0);
        document.undoStack()->undo();
        QCOMPARE(dock.list()->topLevelItemCount(), 1);
        document.undoStack()->undo();
        QCOMPARE(dock.list()->topLevelItem(0)->text(0), QStringLiteral("Anketa 2024"));
    }
};

QTEST_MAIN(TestDataDock)
#include "tst_datadock.moc"
