// Parsing what people type for a card's time and money, and the edit texts reading back.
#include "effort.h"
#include "effortinput.h"

#include <QTest>

#include <limits>

using namespace waymark;

class TestEffortInput : public QObject
{
    Q_OBJECT

private slots:
    void minutes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("minutes");

        QTest::newRow("bare") << QStringLiteral("90") << 90.0;
        QTest::newRow("zero") << QStringLiteral("0") << 0.0;
        QTest::newRow("min") << QStringLiteral("90 min") << 90.0;
        QTest::newRow("m") << QStringLiteral("90m") << 90.0;
        QTest::newRow("h m") << QStringLiteral("1h 30m") << 90.0;
        QTest::newRow("h then bare") << QStringLiteral("1h30") << 90.0;
        QTest::newRow("h m no space") << QStringLiteral("1h30m") << 90.0;
        QTest::newRow("hours only") << QStringLiteral("2h") << 120.0;
        QTest::newRow("clock") << QStringLiteral("1:30") << 90.0;
        QTest::newRow("clock leading zero") << QStringLiteral("0:05") << 5.0;
        QTest::newRow("clock long") << QStringLiteral("48:00") << 2880.0;
        QTest::newRow("decimal comma hours") << QStringLiteral("1,5 h") << 90.0;
        QTest::newRow("decimal dot hours") << QStringLiteral("1.5h") << 90.0;
        QTest::newRow("fractional minutes") << QStringLiteral("2.5") << 2.5;
        QTest::newRow("whitespace, case") << QStringLiteral("  1 H   30 MIN  ") << 90.0;
        QTest::newRow("words") << QStringLiteral("2 hours 5 minutes") << 125.0;
        QTest::newRow("russian") << QStringLiteral("1 ч 30 мин") << 90.0;
        QTest::newRow("russian decimal") << QStringLiteral("1,5 ч") << 90.0;
        QTest::newRow("russian abbreviated") << QStringLiteral("2 ч. 10 мин.") << 130.0;
        QTest::newRow("ukrainian") << QStringLiteral("1 год 30 хв") << 90.0;
        QTest::newRow("serbian cyrillic") << QStringLiteral("1 сат 15 минута") << 75.0;
        QTest::newRow("serbian latin") << QStringLiteral("2 sata 5 min") << 125.0;
        QTest::newRow("korean") << QStringLiteral("1시간 30분") << 90.0;
        QTest::newRow("korean minutes") << QStringLiteral("45분") << 45.0;
        // Customers wait days (issue 18: "3 days" was refused). A day is 24 h, a week 7 days.
        QTest::newRow("days") << QStringLiteral("3 days") << 3 * 1440.0;
        QTest::newRow("d") << QStringLiteral("2d") << 2880.0;
        QTest::newRow("one day") << QStringLiteral("1 day") << 1440.0;
        QTest::newRow("half a day") << QStringLiteral("0,5 d") << 720.0;
        QTest::newRow("days hours") << QStringLiteral("2d 4h") << 2 * 1440.0 + 240.0;
        QTest::newRow("days hours bare minutes") << QStringLiteral("1d 2h30") << 1440.0 + 150.0;
        QTest::newRow("weeks") << QStringLiteral("2 weeks") << 2 * 10080.0;
        QTest::newRow("week days") << QStringLiteral("1w 3d") << 10080.0 + 3 * 1440.0;
        QTest::newRow("russian days") << QStringLiteral("3 дня") << 3 * 1440.0;
        QTest::newRow("russian many days") << QStringLiteral("5 дней 2 ч") << 5 * 1440.0 + 120.0;
        QTest::newRow("russian weeks") << QStringLiteral("2 недели") << 2 * 10080.0;
        QTest::newRow("ukrainian days") << QStringLiteral("3 дні") << 3 * 1440.0;
        QTest::newRow("ukrainian weeks") << QStringLiteral("1 тиждень") << 10080.0;
        QTest::newRow("serbian cyrillic days") << QStringLiteral("3 дана") << 3 * 1440.0;
        QTest::newRow("serbian latin days") << QStringLiteral("3 dana") << 3 * 1440.0;
        QTest::newRow("serbian latin weeks") << QStringLiteral("2 nedelje") << 2 * 10080.0;
        QTest::newRow("korean days") << QStringLiteral("3일") << 3 * 1440.0;
        QTest::newRow("korean weeks days") << QStringLiteral("1주 2일") << 10080.0 + 2880.0;
    }

    void minutes()
    {
        QFETCH(QString, text);
        QFETCH(double, minutes);
        QString error = QStringLiteral("untouched");
        const auto parsed = parseMinutes(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, minutes);
    }

    void badMinutes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("negative hours") << QStringLiteral("-1h");
        QTest::newRow("unicode minus") << QStringLiteral("\u22125");
        QTest::newRow("garbage") << QStringLiteral("abc");
        QTest::newRow("trailing garbage") << QStringLiteral("90 apples");
        QTest::newRow("clock minutes over 59") << QStringLiteral("1:75");
        QTest::newRow("clock seconds") << QStringLiteral("1:30:00");
        QTest::newRow("clock empty hours") << QStringLiteral(":30");
        QTest::newRow("nan") << QStringLiteral("nan");
        QTest::newRow("inf") << QStringLiteral("inf");
        QTest::newRow("exponent") << QStringLiteral("1e999");
        QTest::newRow("hours twice") << QStringLiteral("1h 2h");
        QTest::newRow("minutes before hours") << QStringLiteral("30m 1h");
        QTest::newRow("minutes over 59 after hours") << QStringLiteral("1h 75m");
        QTest::newRow("two bare numbers") << QStringLiteral("1 30");
        QTest::newRow("bare before unit") << QStringLiteral("30 1h");
        QTest::newRow("unit alone") << QStringLiteral("h");
        QTest::newRow("huge") << QStringLiteral("99999999999999999999999h");
        QTest::newRow("two decimal points") << QStringLiteral("1.5.5");
        QTest::newRow("days after hours") << QStringLiteral("4h 2d");
        QTest::newRow("days twice") << QStringLiteral("1d 2d");
        QTest::newRow("bare after days") << QStringLiteral("2d 30");
        QTest::newRow("too many weeks") << QStringLiteral("1000 weeks");
    }

    void badMinutes()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!parseMinutes(text, &error));
        QVERIFY(!error.isEmpty());
    }

    void minutesErrorsSayWhatIsWrong()
    {
        QString error;
        QVERIFY(!parseMinutes(QStringLiteral("-5"), &error));
        QVERIFY2(error.contains(QStringLiteral("negative")), qPrintable(error));
        QVERIFY(!parseMinutes(QStringLiteral("1:75"), &error));
        QVERIFY2(error.contains(QStringLiteral("59")), qPrintable(error));
        QVERIFY(!parseMinutes(QStringLiteral("5 parsecs"), &error));
        QVERIFY2(error.contains(QStringLiteral("parsecs")), qPrintable(error));
        // No error pointer is fine.
        QVERIFY(!parseMinutes(QStringLiteral("abc")));
    }

    void formatMinutes_data()
    {
        QTest::addColumn<double>("minutes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0m");
        QTest::newRow("minutes") << 45.0 << QStringLiteral("45m");
        QTest::newRow("hours") << 120.0 << QStringLiteral("2h");
        QTest::newRow("both") << 90.0 << QStringLiteral("1h 30m");
        QTest::newRow("fraction") << 2.5 << QStringLiteral("2.5m");
        QTest::newRow("two days") << 2880.0 << QStringLiteral("48h");
        QTest::newRow("fraction after hours") << 61.25 << QStringLiteral("1h 1.25m");
        QTest::newRow("not finite") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("0m");
    }

    void formatMinutes()
    {
        QFETCH(double, minutes);
        QFETCH(QString, text);
        QCOMPARE(formatMinutesForEditing(minutes), text);
    }

    void formattedMinutesReadBack()
    {
        for (double minutes : {0.0, 1.0, 2.5, 10.0, 45.0, 59.0, 60.0, 61.3, 90.0, 119.99, 2880.0, 1234567.0, 0.1}) {
            const QString text = formatMinutesForEditing(minutes);
            const auto parsed = parseMinutes(text);
            QVERIFY2(parsed, qPrintable(text));
            QCOMPARE(*parsed, minutes);
        }
    }

    void money_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("hundredths");

        const QLocale c(QLocale::C);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale russian(QLocale::Russian, QLocale::Russia);
        const QLocale serbian(QLocale::Serbian, QLocale::Serbia);

        QTest::newRow("C whole") << c << QStringLiteral("12") << qint64(1200);
        QTest::newRow("C zero") << c << QStringLiteral("0") << qint64(0);
        QTest::newRow("C two decimals") << c << QStringLiteral("12.50") << qint64(1250);
        QTest::newRow("C one decimal") << c << QStringLiteral("12.5") << qint64(1250);
        QTest::newRow("C leading point") << c << QStringLiteral(".5") << qint64(50);
        QTest::newRow("C trailing point") << c << QStringLiteral("7.") << qint64(700);
        QTest::newRow("C spaces around") << c << QStringLiteral("  19.99 ") << qint64(1999);
        QTest::newRow("en grouped") << english << QStringLiteral("1,234.56") << qint64(123456);
        QTest::newRow("en space grouped") << english << QStringLiteral("1 500") << qint64(150000);
        QTest::newRow("de comma") << german << QStringLiteral("12,50") << qint64(1250);
        QTest::newRow("de dot as decimal") << german << QStringLiteral("12.50") << qint64(1250);
        QTest::newRow("de dot one decimal") << german << QStringLiteral("3.5") << qint64(350);
        QTest::newRow("de grouped") << german << QStringLiteral("1.234,56") << qint64(123456);
        QTest::newRow("de dot groups") << german << QStringLiteral("1.234") << qint64(123400);
        QTest::newRow("de dot groups twice") << german << QStringLiteral("1.234.567") << qint64(123456700);
        QTest::newRow("ru comma") << russian << QStringLiteral("12,50") << qint64(1250);
        QTest::newRow("ru dot") << russian << QStringLiteral("12.50") << qint64(1250);
        QTest::newRow("ru nbsp grouped") << russian << QStringLiteral("1\u00a0500,75") << qint64(150075);
        QTest::newRow("ru space grouped") << russian << QStringLiteral("1 500 000") << qint64(150000000);
        QTest::newRow("ru narrow nbsp grouped") << russian << QStringLiteral("2\u202f000") << qint64(200000);
        QTest::newRow("ru locale's own group") << russian << russian.toString(1234567.25, 'f', 2) << qint64(123456725);
        QTest::newRow("de locale's own group") << german << german.toString(1234567.25, 'f', 2) << qint64(123456725);
        QTest::newRow("sr comma") << serbian << QStringLiteral("1.500,00") << qint64(150000);
        QTest::newRow("maximum") << c << QStringLiteral("9999999999999.99") << Money::maxHundredths;
        QTest::newRow("leading zeros") << c << QStringLiteral("0007.05") << qint64(705);
    }

    void money()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QFETCH(qint64, hundredths);
        QString error;
        const auto parsed = parseMoneyAmount(text, locale, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, hundredths);
    }

    void badMoney_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");

        const QLocale c(QLocale::C);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale russian(QLocale::Russian, QLocale::Russia);

        QTest::newRow("empty") << c << QString();
        QTest::newRow("negative") << c << QStringLiteral("-1");
        QTest::newRow("negative de") << german << QStringLiteral("-1,50");
        QTest::newRow("garbage") << c << QStringLiteral("abc");
        QTest::newRow("currency sign") << c << QStringLiteral("€12");
        QTest::newRow("three decimals") << c << QStringLiteral("1.234");
        QTest::newRow("three decimals de") << german << QStringLiteral("1,234");
        QTest::newRow("three decimals ru") << russian << QStringLiteral("0,125");
        QTest::newRow("two decimal points") << c << QStringLiteral("1.2.3");
        QTest::newRow("two commas de") << german << QStringLiteral("1,2,3");
        QTest::newRow("en comma is not decimal") << english << QStringLiteral("12,50");
        QTest::newRow("bad group") << german << QStringLiteral("1.23.456");
        QTest::newRow("bad group ru") << russian << QStringLiteral("12 34");
        QTest::newRow("decimal before group") << german << QStringLiteral("1,234.567");
        QTest::newRow("point only") << c << QStringLiteral(".");
        QTest::newRow("too large") << c << QStringLiteral("10000000000000");
        QTest::newRow("far too large") << c << QStringLiteral("99999999999999999999999999");
        QTest::newRow("nan") << c << QStringLiteral("nan");
        QTest::newRow("inf") << c << QStringLiteral("inf");
        QTest::newRow("exponent") << c << QStringLiteral("1e3");
        QTest::newRow("non-ascii digits") << c << QStringLiteral("\u0661\u0662");
    }

    void badMoney()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QString error;
        QVERIFY(!parseMoneyAmount(text, locale, &error));
        QVERIFY(!error.isEmpty());
    }

    void moneyErrorsSayWhatIsWrong()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QString error;
        QVERIFY(!parseMoneyAmount(QStringLiteral("-3"), german, &error));
        QVERIFY2(error.contains(QStringLiteral("negative")), qPrintable(error));
        QVERIFY(!parseMoneyAmount(QStringLiteral("1,999"), german, &error));
        QVERIFY2(error.contains(QStringLiteral("two decimal")), qPrintable(error));
        // The example uses the locale's decimal separator.
        QVERIFY(!parseMoneyAmount(QStringLiteral("abc"), german, &error));
        QVERIFY2(error.contains(QStringLiteral("1234,50")), qPrintable(error));
        QVERIFY(!parseMoneyAmount(QStringLiteral("99999999999999"), german, &error));
        QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
    }

    void formatMoney_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("hundredths");
        QTest::addColumn<QString>("text");
        const QLocale c(QLocale::C);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale russian(QLocale::Russian, QLocale::Russia);
        QTest::newRow("zero") << c << qint64(0) << QStringLiteral("0");
        QTest::newRow("whole") << c << qint64(1500) << QStringLiteral("15");
        QTest::newRow("cents") << c << qint64(1250) << QStringLiteral("12.50");
        QTest::newRow("one cent") << c << qint64(1) << QStringLiteral("0.01");
        QTest::newRow("german") << german << qint64(1250) << QStringLiteral("12,50");
        QTest::newRow("german large, no grouping") << german << qint64(123456789) << QStringLiteral("1234567,89");
        QTest::newRow("russian") << russian << qint64(150075) << QStringLiteral("1500,75");
        QTest::newRow("maximum") << c << Money::maxHundredths << QStringLiteral("9999999999999.99");
    }

    void formatMoney()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, hundredths);
        QFETCH(QString, text);
        QCOMPARE(formatMoneyForEditing(hundredths, locale), text);
    }

    void formattedMoneyReadsBack()
    {
        const QList<QLocale> locales{QLocale(QLocale::C), QLocale(QLocale::English, QLocale::UnitedStates),
                                     QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::Russian, QLocale::Russia),
                                     QLocale(QLocale::Ukrainian, QLocale::Ukraine), QLocale(QLocale::Serbian, QLocale::Serbia),
                                     QLocale(QLocale::Korean, QLocale::SouthKorea), QLocale(QLocale::French, QLocale::France)};
        for (const QLocale &locale : locales) {
            for (qint64 hundredths : {qint64(0), qint64(5), qint64(1250), qint64(99999), qint64(123456789), Money::maxHundredths}) {
                const QString text = formatMoneyForEditing(hundredths, locale);
                QString error;
                const auto parsed = parseMoneyAmount(text, locale, &error);
                QVERIFY2(parsed, qPrintable(locale.name() + QLatin1Char(' ') + text + QLatin1Char(' ') + error));
                QCOMPARE(*parsed, hundredths);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEffortInput)
#include "tst_effortinput.moc"
