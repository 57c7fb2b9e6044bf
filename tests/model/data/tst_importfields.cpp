// The importer's inner loop on UTF-8 bytes: cell parsing, UTF-8 checking and interning.
#include "data/importfields.h"
#include "data/textdecoding.h"
#include "data/utf8interner.h"

#include <QDate>
#include <QTest>

using namespace waymark;

class TestImportFields : public QObject
{
    Q_OBJECT

private slots:
    void datesInTheFormatsExportsUse()
    {
        const auto day = [](const char *text, bool dayFirst = true) { return parseDay(QByteArrayView(text), dayFirst); };
        QCOMPARE(day("2024-03-01"), QDate(2024, 3, 1).toJulianDay());
        QCOMPARE(day(" 2024-03-01T10:15:00Z "), QDate(2024, 3, 1).toJulianDay());
        QCOMPARE(day("2024-03-01 10:15"), QDate(2024, 3, 1).toJulianDay());
        QCOMPARE(day("01.03.2024"), QDate(2024, 3, 1).toJulianDay());
        QCOMPARE(day("1.3.2024", false), QDate(2024, 3, 1).toJulianDay()); // dots are always day first
        QCOMPARE(day("1/3/2024"), QDate(2024, 3, 1).toJulianDay());
        QCOMPARE(day("1/3/2024", false), QDate(2024, 1, 3).toJulianDay());
        QCOMPARE(day("1/3/24", false), QDate(2024, 1, 3).toJulianDay());
        QCOMPARE(day(""), noDate);
        QCOMPARE(day("   "), noDate);
        QVERIFY(!day("31.02.2024"));  // impossible
        QVERIFY(!day("2024-13-01"));
        QVERIFY(!day("2024/03/01"));
        QVERIFY(!day("01.03.24"));    // two-digit years only with slashes
        QVERIFY(!day("yesterday"));
        QVERIFY(!day("2024-03-01x"));
    }

    void numbersWithEitherDecimalMark()
    {
        const auto number = [](const char *text) { return parseNumber(QByteArrayView(text)); };
        QCOMPARE(number("1234.5"), 1234.5);
        QCOMPARE(number("1 234,50"), 1234.5);
        QCOMPARE(number("1.234,50"), 1234.5);
        QCOMPARE(number("1,234.50"), 1234.5);
        QCOMPARE(number("1\xC2\xA0" "234,5"), 1234.5);      // no-break space
        QCOMPARE(number("1\xE2\x80\xAF" "234,5"), 1234.5);  // narrow no-break space (French, Russian)
        QCOMPARE(number("1'234.5"), 1234.5);                // Swiss
        QCOMPARE(number("-12,5"), -12.5);
        QCOMPARE(number("+7"), 7.0);
        QVERIFY(!number(""));
        QVERIFY(!number("n/a"));
        QVERIFY(!number("12 EUR"));
        QVERIFY(!number("inf"));
    }

    void scoresAreWholeNumbersFromZeroToTen()
    {
        QCOMPARE(parseScore(" 10 "), 10);
        QCOMPARE(parseScore("0"), 0);
        QVERIFY(!parseScore("11"));
        QVERIFY(!parseScore("7.0"));
        QVERIFY(!parseScore("-1"));
        QVERIFY(!parseScore(""));
        QVERIFY(!parseScore("100"));
    }

    void slashDateOrderFromTheFirstTellingDate()
    {
        SlashDateOrder order;
        QVERIFY(!order.see("01/02/2024"));
        QVERIFY(!order.known());
        QVERIFY(order.see("05/13/2024"));
        QVERIFY(!order.dayFirst());
        SlashDateOrder other;
        QVERIFY(other.see("25/01/2024"));
        QVERIFY(other.dayFirst());
        SlashDateOrder iso;
        QVERIFY(!iso.see("2024-01-25"));
        QVERIFY(iso.sawOtherDates());
        QVERIFY(!iso.sawSlashDates());
    }

    void utf8IsCheckedWhereItBreaks()
    {
        QCOMPARE(firstInvalidUtf8("plain ascii, long enough for the word-at-a-time path"), -1);
        QCOMPARE(firstInvalidUtf8(QStringLiteral("Оценка; 점수; Ocena; 😤").toUtf8()), -1);
        QCOMPARE(firstInvalidUtf8("0123456789abc\xFF"), 13);     // not UTF-8 at all (cp1251 "я")
        QCOMPARE(firstInvalidUtf8("ab\xC0\xAF"), 2);              // overlong "/"
        QCOMPARE(firstInvalidUtf8("ab\xED\xA0\x80"), 2);          // a UTF-16 surrogate
        QCOMPARE(firstInvalidUtf8("ab\xF4\x90\x80\x80"), 2);      // past U+10FFFF
        QCOMPARE(firstInvalidUtf8("ab\xE2\x82"), 2);              // cut short at the end
        QCOMPARE(firstInvalidUtf8("\xD0\x9E\xD0"), 2);

        const Utf8Text text = toUtf8("score\n\xEE\xF6\xE5\xED\xEA\xE0\n");
        QCOMPARE(text.problem, QStringLiteral("The file is not valid UTF-8 (line 2)."));
        const Utf8Text cyrillic = toUtf8("\xEE\xF6\xE5\xED\xEA\xE0", QStringLiteral("windows-1251"));
        QVERIFY(cyrillic.problem.isEmpty());
        QCOMPARE(QString::fromUtf8(cyrillic.utf8), QStringLiteral("оценка"));
        const Utf8Text bom = toUtf8("\xEF\xBB\xBFscore");
        QCOMPARE(bom.utf8, QByteArray("score"));
        const Utf8Text utf16 = toUtf8(QByteArray("\xFF\xFE" "a\0\x1A\x04", 6));
        QCOMPARE(QString::fromUtf8(utf16.utf8), QStringLiteral("aК")); // U+041A
        QCOMPARE(utf16.encoding, QStringLiteral("utf-16le"));
    }

    void internerGivesOneIndexPerDistinctText()
    {
        const QByteArray file = "Premium,Premium,Basic,Премиум";
        StringPool pool;
        Utf8Interner interner(&pool, file, 4);
        const quint32 premium = interner.add(0, QByteArrayView(file).sliced(0, 7));
        QCOMPARE(interner.add(0, QByteArrayView(file).sliced(8, 7)), premium);
        QCOMPARE(interner.add(1, QByteArrayView(file).sliced(8, 7)), premium); // another column, same text
        const quint32 basic = interner.add(0, QByteArrayView(file).sliced(16, 5));
        QVERIFY(basic != premium);
        QCOMPARE(pool.at(interner.add(0, QByteArrayView(file).sliced(22))), QStringLiteral("Премиум"));
        QCOMPARE(interner.add(0, {}), quint32(0));
        {
            // Text from outside the file (an unescaped quoted cell) is copied, so it may die.
            QByteArray scratch("Gold");
            QCOMPARE(pool.at(interner.add(2, scratch)), QStringLiteral("Gold"));
        }
        QCOMPARE(pool.at(interner.add(3, QByteArray("Gold"))), QStringLiteral("Gold"));
        // Growing past the first table keeps every index.
        std::vector<QByteArray> many;
        std::vector<quint32> first;
        for (int i = 0; i < 20000; ++i) {
            many.push_back("id-" + QByteArray::number(i));
            first.push_back(interner.add(4, many.back()));
        }
        for (int i = 0; i < 20000; i += 997)
            QCOMPARE(interner.add(5, many[std::size_t(i)]), first[std::size_t(i)]);
        QCOMPARE(pool.size(), std::size_t(1 + 4 + 20000)); // "", Premium, Basic, Премиум, Gold, ids
        QCOMPARE(pool.at(first[12345]), QStringLiteral("id-12345"));
        // Numbering only (no pool): repeats get the same number.
        Utf8Interner numbers(nullptr, file, 4);
        QCOMPARE(numbers.add(0, "a"), quint32(1));
        QCOMPARE(numbers.add(0, "b"), quint32(2));
        QCOMPARE(numbers.add(0, "a"), quint32(1));
    }

    // Cells that are slices of the file are kept by their place; others (scratch space) are not.
    void aSliceOfTheFileIsToldFromACopy()
    {
        const QByteArray file = "respondent,score\nR-1,9\n";
        const QByteArrayView whole(file);
        QVERIFY(Utf8Interner::liesWithin(whole.sliced(17, 3), whole));
        QVERIFY(Utf8Interner::liesWithin(whole.sliced(file.size() - 2), whole)); // up to the very end
        QVERIFY(Utf8Interner::liesWithin(whole, whole));
        QVERIFY(!Utf8Interner::liesWithin(QByteArrayView(file.constData() + 20, 8), whole)); // runs past the end
        const QByteArray copy = whole.sliced(17, 3).toByteArray();
        QVERIFY(!Utf8Interner::liesWithin(copy, whole));
        QVERIFY(!Utf8Interner::liesWithin(whole.sliced(17, 3), {})); // no file at all
    }

    // The interner compares short cells with word-sized loads: every byte must still count.
    void shortTextsDifferingInAnyByteAreTold()
    {
        for (std::size_t size = 0; size <= 20; ++size) {
            QByteArray a(qsizetype(size), 'x');
            for (std::size_t i = 0; i < size; ++i)
                a[qsizetype(i)] = char('a' + i);
            const QByteArray same = a;
            QVERIFY(Utf8Interner::sameBytes(a.constData(), same.constData(), size));
            for (std::size_t i = 0; i < size; ++i) {
                QByteArray other = a;
                other[qsizetype(i)] = char(other[qsizetype(i)] ^ 0x20);
                QVERIFY2(!Utf8Interner::sameBytes(a.constData(), other.constData(), size),
                         qPrintable(QStringLiteral("size %1, byte %2").arg(size).arg(i)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestImportFields)
#include "tst_importfields.moc"
