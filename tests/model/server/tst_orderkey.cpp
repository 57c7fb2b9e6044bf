#include "server/orderkey.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

using namespace waymark;

class TestOrderKey : public QObject
{
    Q_OBJECT

private slots:
    void betweenNeighbours_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("empty cell") << QString() << QString();
        QTest::newRow("before the first") << QString() << QStringLiteral("i");
        QTest::newRow("after the last") << QStringLiteral("i") << QString();
        QTest::newRow("neighbouring digits") << QStringLiteral("a") << QStringLiteral("b");
        QTest::newRow("prefix") << QStringLiteral("a") << QStringLiteral("a1");
        QTest::newRow("zeros inside") << QString() << QStringLiteral("001");
        QTest::newRow("last digit") << QStringLiteral("z") << QString();
        QTest::newRow("long") << QStringLiteral("azzzzz") << QStringLiteral("b");
    }

    void betweenNeighbours()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QString key = OrderKey::between(before, after);
        QVERIFY2(OrderKey::isValid(key), qPrintable(key));
        QVERIFY2(key > before, qPrintable(key));
        if (!after.isEmpty())
            QVERIFY2(key < after, qPrintable(key));
    }

    // Random inserts anywhere keep the cell sorted, distinct and valid, and keys stay short
    // enough for an index.
    void randomInsertsKeepOrder()
    {
        QRandomGenerator random(21);
        QStringList keys; // sorted
        for (int i = 0; i < 3000; ++i) {
            const int at = int(random.bounded(keys.size() + 1));
            const QString before = at == 0 ? QString() : keys[at - 1];
            const QString after = at == keys.size() ? QString() : keys[at];
            const QString key = OrderKey::between(before, after);
            QVERIFY2(OrderKey::isValid(key), qPrintable(key));
            QVERIFY2(key > before && (after.isEmpty() || key < after), qPrintable(before + u' ' + key + u' ' + after));
            keys.insert(at, key);
        }
        QVERIFY(std::is_sorted(keys.cbegin(), keys.cend()));
        QVERIFY(std::adjacent_find(keys.cbegin(), keys.cend()) == keys.cend());
        const auto longest = std::max_element(keys.cbegin(), keys.cend(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
        QVERIFY2(longest->size() < 64, qPrintable(*longest));
    }

    void insertsAtOneSpotGrowSlowly()
    {
        // Everyone adding "after the first card": keys grow by about one digit per five.
        QString first = OrderKey::between({}, {});
        QString next;
        for (int i = 0; i < 500; ++i)
            next = OrderKey::between(first, next);
        QVERIFY(next > first);
        QVERIFY2(next.size() <= 110, qPrintable(QString::number(next.size())));
    }

    void spreadKeys_data()
    {
        QTest::addColumn<int>("count");
        for (int count : {0, 1, 2, 35, 36, 37, 1295, 1296, 5000})
            QTest::addRow("%d", count) << count;
    }

    void spreadKeys()
    {
        QFETCH(int, count);
        const QStringList keys = OrderKey::spread(count);
        QCOMPARE(keys.size(), count);
        for (const QString &key : keys)
            QVERIFY2(OrderKey::isValid(key), qPrintable(key));
        QVERIFY(std::is_sorted(keys.cbegin(), keys.cend()));
        QVERIFY(std::adjacent_find(keys.cbegin(), keys.cend()) == keys.cend());
        // Room before the first and after the last.
        if (count > 0) {
            QVERIFY(OrderKey::between({}, keys.front()) < keys.front());
            QVERIFY(OrderKey::between(keys.back(), {}) > keys.back());
        }
    }

    void strangeKeysStillSortAfterBefore()
    {
        // Keys not made by Waymark (a hand-edited database): still after `before`.
        QVERIFY(OrderKey::between(QStringLiteral("B!"), QStringLiteral("a")) > QStringLiteral("B!"));
        QVERIFY(OrderKey::between(QStringLiteral("b"), QStringLiteral("a")) > QStringLiteral("b"));
        QVERIFY(!OrderKey::isValid(QStringLiteral("a0")));
        QVERIFY(!OrderKey::isValid(QString()));
    }
};

QTEST_GUILESS_MAIN(TestOrderKey)
#include "tst_orderkey.moc"
