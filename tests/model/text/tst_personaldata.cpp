// Masking of e-mail addresses, phone numbers and card numbers in comments before display.
#include "text/personaldata.h"

#include <QTest>

using namespace waymark;

class TestPersonalData : public QObject
{
    Q_OBJECT
private slots:
    void masks_data();
    void masks();
    void findsSpansInOrder();
};

void TestPersonalData::masks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::newRow("e-mail") << QStringLiteral("Write to ivan.petrov@mail.ru please.") << QStringLiteral("Write to [e-mail] please.");
    QTest::newRow("e-mail, Cyrillic local part") << QStringLiteral("пишите: иван@почта.рф") << QStringLiteral("пишите: [e-mail]");
    QTest::newRow("phone, international") << QStringLiteral("Call me on +7 (912) 555-12-34 today") << QStringLiteral("Call me on [phone] today");
    QTest::newRow("phone, Serbian") << QStringLiteral("Pozovite 064/123-4567") << QStringLiteral("Pozovite [phone]");
    QTest::newRow("phone, Korean") << QStringLiteral("연락처 010-1234-5678 입니다") << QStringLiteral("연락처 [phone] 입니다");
    QTest::newRow("card with spaces") << QStringLiteral("card 4111 1111 1111 1111 was blocked") << QStringLiteral("card [card number] was blocked");
    QTest::newRow("card with dashes") << QStringLiteral("карта 5500-0000-0000-0004!") << QStringLiteral("карта [card number]!");
    QTest::newRow("card, no Luhn check") << QStringLiteral("1234567890123") << QStringLiteral("[card number]");
    QTest::newRow("a date is no phone") << QStringLiteral("on 12.03.2024 at the branch") << QStringLiteral("on 12.03.2024 at the branch");
    QTest::newRow("short numbers kept") << QStringLiteral("waited 45 minutes, 2 times") << QStringLiteral("waited 45 minutes, 2 times");
    QTest::newRow("nothing to mask") << QStringLiteral("Friendly staff") << QStringLiteral("Friendly staff");
}

void TestPersonalData::masks()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QCOMPARE(maskPersonalData(text), masked);
}

void TestPersonalData::findsSpansInOrder()
{
    const QString text = QStringLiteral("a@b.com then 4111-1111-1111-1111 then +381 64 123 4567");
    const QList<PersonalDataSpan> spans = findPersonalData(text);
    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans[0].kind, PersonalDataKind::Email);
    QCOMPARE(text.mid(spans[0].start, spans[0].length), QStringLiteral("a@b.com"));
    QCOMPARE(spans[1].kind, PersonalDataKind::CardNumber);
    QCOMPARE(text.mid(spans[1].start, spans[1].length), QStringLiteral("4111-1111-1111-1111"));
    QCOMPARE(spans[2].kind, PersonalDataKind::Phone);
    QCOMPARE(text.mid(spans[2].start, spans[2].length), QStringLiteral("+381 64 123 4567"));
}

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
