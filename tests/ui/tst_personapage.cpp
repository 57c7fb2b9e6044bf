// The persona PDF page (issue 19): each persona's card with photo, name, description, goals,
// frustrations and the steps that hurt that persona most (as they feel them), in English,
// Russian and Korean, read back from the PDF with pdftotext; as many pages as the personas
// need; only when a persona has something to say and the export asks for it.
#include "format/journeyfiles.h"
#include "i18n/translations.h"
#include "media/cardimageimport.h"
#include "print/journeyprint.h"
#include "print/personapage.h"
#include "testjourneys.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

QString flat(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC); // PDF ligatures: "ﬁ" reads "fi"
    text.removeIf([](QChar c) { return c.isSpace() || c == QChar(0x2009) || c == QChar(0x202f); });
    return text;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pageText(const QString &pdf, int page1Based)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page1Based), QStringLiteral("-l"),
                                             QString::number(page1Based), pdf, QStringLiteral("-")});
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty();
}

int firstPersonaPage(const JourneyPrint &print)
{
    const std::vector<JourneyPrint::Page> pages = print.pages();
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (pages[i].kind == JourneyPrint::Page::Personas)
            return int(i);
    return -1;
}

int personaPages(const JourneyPrint &print)
{
    const std::vector<JourneyPrint::Page> pages = print.pages();
    return int(std::count_if(pages.begin(), pages.end(), [](const JourneyPrint::Page &p) { return p.kind == JourneyPrint::Page::Personas; }));
}

CardImage photo()
{
    QImage image(900, 1200, QImage::Format_RGB32);
    image.fill(QColor(0x7a, 0x3e, 0x6e));
    QPainter painter(&image);
    painter.setBrush(QColor(0xf0, 0xd0, 0xb0));
    painter.drawEllipse(QRect(250, 250, 400, 500));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const CardImageImport imported = importCardImage(bytes, QStringLiteral("face.png"));
    if (!imported.ok())
        qFatal("%s", qPrintable(imported.error));
    return imported.image;
}

} // namespace

class TestPersonaPage : public QObject
{
    Q_OBJECT

private slots:
    void painfulStepsAsThePersonaFeelsThem()
    {
        Journey journey = test::smallJourney();
        const QUuid ana = journey.personas.front().id;
        const QUuid marco = QUuid::createUuid();
        journey.personas.push_back({marco, QStringLiteral("Marco"), {}, {}, {}});
        for (Touchpoint &card : journey.touchpoints) {
            card.effort.emotion = 2;
            card.painPoint = false;
            card.personaIds.clear();
            card.personaEmotions.clear();
        }
        std::vector<Touchpoint> &cards = journey.touchpoints;
        cards[0].effort.emotion = 10;
        cards[0].personaIds = {marco};          // the worst card is not Ana's
        cards[1].personaEmotions = {{ana, 9}};  // Ana feels it worse than the card says
        cards[2].effort.emotion = 7;
        cards[3].effort.emotion = 7;
        cards[3].painPoint = true;              // a tie: the pain point first
        cards[4].effort.emotion = 8;
        cards[4].personaEmotions = {{ana, 0}};  // Ana does not mind this one at all

        const std::vector<PersonaPage::PainfulStep> steps = PersonaPage::painfulSteps(journey, ana);
        QCOMPARE(steps.size(), std::size_t(3));
        QCOMPARE(steps[0].card->id, cards[1].id);
        QCOMPARE(steps[0].emotion, 9);
        QCOMPARE(steps[1].card->id, cards[3].id);
        QCOMPARE(steps[2].card->id, cards[2].id);
        // Marco gets the worst card, and the card's own emotion where he has none of his own.
        const std::vector<PersonaPage::PainfulStep> his = PersonaPage::painfulSteps(journey, marco, 2);
        QCOMPARE(his.size(), std::size_t(2));
        QCOMPARE(his[0].card->id, cards[0].id);
        QCOMPARE(his[1].card->id, cards[4].id);
        QCOMPARE(his[1].emotion, 8);
        // Nobody hurt: nothing listed.
        for (Touchpoint &card : journey.touchpoints)
            card.effort.emotion = 0;
        journey.touchpoints[1].personaEmotions.clear();
        QVERIFY(PersonaPage::painfulSteps(journey, ana).empty());
    }

    void onlyWhenAPersonaHasSomethingToSay()
    {
        Journey journey = test::smallJourney();
        ExportOptions options;
        options.personas = true;
        QVERIFY(PersonaPage::applies(journey));
        QCOMPARE(personaPages(JourneyPrint(journey, options)), 1);
        options.personas = false;
        QCOMPARE(personaPages(JourneyPrint(journey, options)), 0);
        options.personas = true;
        Persona &persona = journey.personas.front();
        persona.description = persona.goals = persona.frustrations = QStringLiteral("  ");
        QVERIFY(!PersonaPage::applies(journey)); // a name alone is not worth a page
        QCOMPARE(personaPages(JourneyPrint(journey, options)), 0);
        persona.photo = photo();
        QVERIFY(PersonaPage::applies(journey));
        journey.personas.clear();
        QVERIFY(!PersonaPage::applies(journey));
    }

    void pageInEachScript_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json");
        QTest::newRow("Russian") << QStringLiteral("ru") << QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/i18n/retail-bank-account.ru.waymark.json");
        QTest::newRow("Korean") << QStringLiteral("ko") << QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/i18n/retail-bank-account.ko.waymark.json");
    }

    void pageInEachScript()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        if (!havePoppler())
            QSKIP("needs poppler-utils (packaging/install-deps.sh installs it)");
        Translations::install(language);
        FormatError error;
        std::optional<Journey> read = readJourneyFile(file, &error);
        QVERIFY2(read, qPrintable(error.toString()));
        Journey journey = *read;
        QVERIFY(journey.personas.size() >= 2);
        journey.personas.front().photo = photo();

        ExportOptions options;
        options.page = QPageSize::A4;
        options.orientation = QPageLayout::Landscape;
        options.personas = true;
        const JourneyPrint print(journey, options);
        const int page = firstPersonaPage(print);
        QVERIFY(page >= 0);
        QCOMPARE(print.pages()[std::size_t(page) + 1].kind, JourneyPrint::Page::Map); // just before the map
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("personas.pdf"));
        QString writeError;
        QVERIFY2(print.writePdf(pdf, &writeError), qPrintable(writeError));

        const QString text = flat(pageText(pdf, page + 1));
        for (const Persona &persona : journey.personas) {
            QVERIFY2(text.contains(flat(persona.name)), qPrintable(persona.name));
            // Long fields may be cut at the card's foot on a small page: their beginning is there.
            QVERIFY2(text.contains(flat(persona.description.left(40))), qPrintable(persona.description));
            QVERIFY2(text.contains(flat(persona.goals.left(40))), qPrintable(persona.goals));
            QVERIFY2(text.contains(flat(persona.frustrations.left(40))), qPrintable(persona.frustrations));
            const std::vector<PersonaPage::PainfulStep> steps = PersonaPage::painfulSteps(journey, persona.id);
            QVERIFY(!steps.empty());
            for (const PersonaPage::PainfulStep &step : steps)
                QVERIFY2(text.contains(flat(step.card->title)), qPrintable(step.card->title));
        }
        // The photo is on the page as a picture; the other persona has initials (text, no picture).
        const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-f"), QString::number(page + 1), QStringLiteral("-l"),
                                                                      QString::number(page + 1), QStringLiteral("-list"), pdf})
                                       .split(u'\n', Qt::SkipEmptyParts)
                                       .mid(2);
        QVERIFY2(!images.isEmpty(), "no picture on the persona page");
        Translations::install(QStringLiteral("en"));
    }

    void manyPersonasTakeMorePages()
    {
        if (!havePoppler())
            QSKIP("needs poppler-utils (packaging/install-deps.sh installs it)");
        Journey journey = test::smallJourney();
        journey.personas.front().goals = QStringLiteral("Goal number 1 of this persona");
        const Persona model = journey.personas.front();
        for (int i = 2; i <= 5; ++i)
            journey.personas.push_back({QUuid::createUuid(), QStringLiteral("Persona %1").arg(i), model.description,
                                        QStringLiteral("Goal number %1 of this persona").arg(i), model.frustrations});
        ExportOptions options;
        options.page = QPageSize::A4;
        options.orientation = QPageLayout::Portrait;
        options.personas = true;
        const JourneyPrint print(journey, options);
        const double width = QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, {}).fullRectPixels(JourneyPrint::dpi).width();
        const int perPage = PersonaPage::cardsAPage(width - 2 * 10 * JourneyPrint::dpi / 25.4); // less its 10 mm margins
        QCOMPARE(perPage, 2);
        QCOMPARE(personaPages(print), 3);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("five.pdf"));
        QString writeError;
        QVERIFY2(print.writePdf(pdf, &writeError), qPrintable(writeError));
        const int first = firstPersonaPage(print);
        // Each persona's goals on its page only (names are in every page's header).
        for (int i = 0; i < 5; ++i) {
            const QString goals = flat(journey.personas[std::size_t(i)].goals);
            for (int page = 0; page < 3; ++page)
                QCOMPARE(flat(pageText(pdf, first + page + 1)).contains(goals), page == i / 2);
        }
    }
};

QTEST_MAIN(TestPersonaPage)
#include "tst_personapage.moc"
