// Installing a language: Waymark's strings, Qt's own (standard buttons) and the number format
// switch together, and a second install replaces the first.
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QtTest>

using namespace waymark;

namespace {
QString fileMenu() { return QCoreApplication::translate("waymark::MainWindow", "&File"); }
QString cancelButton() { return QCoreApplication::translate("QPlatformTheme", "Cancel"); }
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void eachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("oneAndAHalf");
        QTest::newRow("en") << "en" << "&File" << "Cancel" << "1.5";
        QTest::newRow("ru") << "ru" << "&Файл" << "Отмена" << "1,5";
        QTest::newRow("uk") << "uk" << "&Файл" << "Скасувати" << "1,5";
        QTest::newRow("sr") << "sr" << "&Датотека" << "Откажи" << "1,5";
        QTest::newRow("sr_Latn") << "sr_Latn" << "&Datoteka" << "Otkaži" << "1,5";
        QTest::newRow("ko") << "ko" << "파일(&F)" << "취소" << "1.5";
    }
    void eachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, cancel);
        QFETCH(QString, oneAndAHalf);
        Translations::install(language);
        QCOMPARE(fileMenu(), file);
        // Qt's own strings (standard buttons); Serbian ones come from translations/qtbase-extra_*.ts.
        QCOMPARE(cancelButton(), cancel);
        QCOMPARE(QLocale().toString(1.5), oneAndAHalf);
    }

    void secondInstallReplacesTheFirst()
    {
        Translations::install(QStringLiteral("ru"));
        Translations::install(QStringLiteral("ko"));
        QCOMPARE(fileMenu(), QStringLiteral("파일(&F)"));
        Translations::install(QStringLiteral("en"));
        QCOMPARE(fileMenu(), QStringLiteral("&File"));
        QCOMPARE(cancelButton(), QStringLiteral("Cancel"));
    }

    void everyLanguageHasANativeName()
    {
        QCOMPARE(Translations::languages().size(), 6);
        QCOMPARE(Translations::nativeName(QStringLiteral("sr_Latn")), QStringLiteral("srpski (latinica)"));
        QCOMPARE(Translations::nativeName(QStringLiteral("ko")), QStringLiteral("한국어"));
        for (const QString &language : Translations::languages())
            QVERIFY(!Translations::nativeName(language).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
