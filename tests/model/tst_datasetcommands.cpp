// Importing, renaming, replacing and deleting datasets are undoable steps.
#include "commands/datasetcommands.h"
#include "journeydocument.h"
#include "testjourneys.h"

#include <QSignalSpy>
#include <QTest>

using namespace waymark;

namespace {
Dataset responses(const QString &name, std::initializer_list<int> scores)
{
    Dataset data;
    data.id = QUuid::createUuid();
    data.name = name;
    for (int score : scores) {
        data.answers.edit().score.push_back(quint8(score));
        data.answers.edit().day.push_back(noDate);
        for (auto *column : {&data.answers.edit().respondent, &data.answers.edit().customer, &data.answers.edit().segment, &data.answers.edit().touchpoint,
                             &data.answers.edit().stage, &data.answers.edit().channel, &data.answers.edit().department, &data.answers.edit().location, &data.answers.edit().comment})
            column->push_back(0);
    }
    return data;
}
} // namespace

class TestDatasetCommands : public QObject
{
    Q_OBJECT

private slots:
    void addRenameReplaceDeleteUndo()
    {
        JourneyDocument document(test::smallJourney());
        const Journey before = document.journey();
        QSignalSpy inserted(&document, &JourneyDocument::datasetInserted);
        QSignalSpy changed(&document, &JourneyDocument::datasetChanged);
        QSignalSpy removed(&document, &JourneyDocument::datasetRemoved);

        const Dataset first = responses(QStringLiteral("Q1"), {10, 9, 3});
        document.push(new AddDataset(&document, first));
        QCOMPARE(document.journey().datasets.size(), std::size_t(1));
        QCOMPARE(inserted.count(), 1);
        QVERIFY(document.journey().problems().empty());

        Dataset renamed = *document.journey().datasets[0];
        renamed.name = QStringLiteral("Опрос Q1");
        document.push(new ReplaceDataset(&document, renamed, QStringLiteral("Rename dataset")));
        QCOMPARE(document.journey().datasets[0]->name, QStringLiteral("Опрос Q1"));
        QCOMPARE(changed.count(), 1);

        // Replacing from a newer file keeps the id (and what points at it) but not the rows.
        Dataset newer = responses(QStringLiteral("Опрос Q1"), {0, 0, 10, 8});
        newer.id = first.id;
        document.push(new ReplaceDataset(&document, newer, QStringLiteral("Replace dataset")));
        QCOMPARE(document.journey().datasets[0]->answers->size(), std::size_t(4));

        // Replacing with the same contents adds no step.
        const int steps = document.undoStack()->count();
        document.push(new ReplaceDataset(&document, newer, QStringLiteral("Replace dataset")));
        QCOMPARE(document.undoStack()->count(), steps);

        document.push(new RemoveDataset(&document, first.id));
        QVERIFY(document.journey().datasets.empty());
        QCOMPARE(removed.count(), 1);

        document.undoStack()->undo();
        QCOMPARE(document.journey().datasets[0]->answers->size(), std::size_t(4));
        document.undoStack()->undo();
        QCOMPARE(document.journey().datasets[0]->answers->size(), std::size_t(3));
        QCOMPARE(document.journey().datasets[0]->name, QStringLiteral("Опрос Q1"));
        document.undoStack()->undo();
        QCOMPARE(document.journey().datasets[0]->name, QStringLiteral("Q1"));
        document.undoStack()->undo();
        QVERIFY(document.journey() == before);
    }
};

QTEST_GUILESS_MAIN(TestDatasetCommands)
#include "tst_datasetcommands.moc"
