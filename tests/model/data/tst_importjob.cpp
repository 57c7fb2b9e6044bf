// Importing survey and CLV files: encodings, delimiters, JSON shapes, header guesses in our
// languages, and every bad row reported with its line.
#include "data/importjob.h"
#include "data/npsstatistics.h"
#include "data/sha256.h"
#include "inputlimits.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QStringEncoder>
#include <QTest>

using namespace waymark;

namespace {
QByteArray cp1251(const QString &text)
{
    // Cyrillic letters А..я are 0xC0..0xFF in Windows-1251; the fixture uses only those and ASCII.
    QByteArray bytes;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            bytes.append(char(c.unicode()));
        else if (c.unicode() >= 0x0410 && c.unicode() <= 0x044F)
            bytes.append(char(0xC0 + (c.unicode() - 0x0410)));
        else
            bytes.append('?');
    }
    return bytes;
}

ImportOutcome importAll(const QByteArray &bytes, const QString &name, DatasetKind kind, ImportChoices choices = {})
{
    const ImportPreview preview = previewImport(bytes, name, choices, 10);
    return runImport(bytes, name, kind, choices, guessImportMapping(kind, preview.headers), {}, nullptr);
}
} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT

private slots:
    void badRowsAreReportedWithTheirLines()
    {
        const QByteArray csv = "respondent_id,score,date,touchpoint\n"
                               "R-1,9,2024-01-15,kyc-wait\n"
                               "R-2,11,2024-01-16,kyc-wait\n"       // line 3: out of range
                               "R-3,n/a,2024-01-17,kyc-wait\n"      // line 4: not a number
                               "R-4,7,31.02.2024,kyc-wait\n"        // line 5: no such date
                               "R-1,3,2024-01-18,kyc-wait\n"        // line 6: duplicate of line 2
                               "\n"
                               "R-5,0,18.01.2024,\"app,\nstart\"\n"; // line 8, quoted newline
        const ImportOutcome outcome = importAll(csv, QStringLiteral("answers.csv"), DatasetKind::Answers);
        QVERIFY2(outcome.dataset, qPrintable(outcome.error));
        QCOMPARE(outcome.dataset->rows(), std::size_t(2));
        QCOMPARE(outcome.issues.size(), std::size_t(4));
        QCOMPARE(outcome.issues[0].line, qint64(3));
        QCOMPARE(outcome.issues[0].column, QStringLiteral("score"));
        QVERIFY(outcome.issues[0].reason.contains(QStringLiteral("11")));
        QCOMPARE(outcome.issues[1].line, qint64(4));
        QVERIFY(outcome.issues[1].reason.contains(QStringLiteral("n/a")));
        QCOMPARE(outcome.issues[2].line, qint64(5));
        QCOMPARE(outcome.issues[2].column, QStringLiteral("date"));
        QCOMPARE(outcome.issues[3].line, qint64(6));
        QVERIFY(outcome.issues[3].reason.contains(QStringLiteral("line 2")));
        const Dataset &data = *outcome.dataset;
        QCOMPARE(data.source.rowsRead, qint64(6));
        QCOMPARE(data.source.rowsImported, qint64(2));
        QCOMPARE(data.source.rowsRejected, qint64(4));
        QCOMPARE(data.source.sha256.size(), 64);
        QCOMPARE(data.answers->strings.at(data.answers->touchpoint[1]), QStringLiteral("app,\nstart"));
        QCOMPARE(dateOf(data.answers->day[1]), QDate(2024, 1, 18));
    }

    // The importer takes each row a few records after reading it (its ids' lookups asked for
    // ahead); a row with an unescaped cell is taken at once. Rows, repeats and messages stay
    // in the file's order either way.
    void rowsAreTakenInTheFilesOrderAroundEscapedCells()
    {
        QByteArray csv = "respondent_id,customer_id,score,date,comment\n";
        for (int line = 2; line <= 61; ++line) {
            int respondent = line;
            if (line == 12)
                respondent = 11; // repeats the row just before (an escaped one): refused
            if (line == 40)
                respondent = 3; // repeats a row far behind: refused
            const QByteArray comment = line % 10 == 1 ? "\"said \"\"slow\"\" on line " + QByteArray::number(line) + "\"" : QByteArray();
            const QByteArray score = line == 33 ? "12" : QByteArray::number(line % 11);
            csv += "R-" + QByteArray::number(respondent) + ",C-" + QByteArray::number(line % 7) + "," + score + ",2024-02-0"
                   + QByteArray::number(1 + line % 9) + "," + comment + "\n";
        }
        const ImportOutcome outcome = importAll(csv, QStringLiteral("order.csv"), DatasetKind::Answers);
        QVERIFY2(outcome.dataset, qPrintable(outcome.error));
        QCOMPARE(outcome.issues.size(), std::size_t(3));
        QCOMPARE(outcome.issues[0].line, qint64(12));
        QVERIFY(outcome.issues[0].reason.contains(QStringLiteral("line 11")));
        QCOMPARE(outcome.issues[1].line, qint64(33));
        QCOMPARE(outcome.issues[2].line, qint64(40));
        QVERIFY(outcome.issues[2].reason.contains(QStringLiteral("line 3")));
        const AnswerTable &t = *outcome.dataset->answers;
        QCOMPARE(t.size(), std::size_t(57));
        std::size_t row = 0;
        for (int line = 2; line <= 61; ++line) {
            if (line == 12 || line == 33 || line == 40)
                continue;
            QCOMPARE(t.strings.at(t.respondent[row]), QStringLiteral("R-%1").arg(line));
            QCOMPARE(t.score[row], double(line % 11));
            QCOMPARE(t.strings.at(t.customer[row]), QStringLiteral("C-%1").arg(line % 7));
            QCOMPARE(t.strings.at(t.comment[row]), line % 10 == 1 ? QStringLiteral("said \"slow\" on line %1").arg(line) : QString());
            ++row;
        }
    }

    void cyrillicExcelExportWithSemicolonsAndDecimalCommas()
    {
        const QByteArray bytes = cp1251(QStringLiteral("Клиент;Сумма;Валюта;Сегмент\nК-1;1234,50;rub;Премиум\nК-2;99,9;RUB;Масс\n"));
        // Not valid UTF-8: the preview says so and the import refuses until the encoding is chosen.
        const ImportPreview preview = previewImport(bytes, QStringLiteral("clv.csv"), {}, 10);
        QVERIFY(!preview.encodingProblem.isEmpty());
        QVERIFY(!runImport(bytes, QStringLiteral("clv.csv"), DatasetKind::Clv, {}, {}, {}, nullptr).dataset);
        ImportChoices choices;
        choices.encoding = QStringLiteral("windows-1251");
        const ImportPreview decoded = previewImport(bytes, QStringLiteral("clv.csv"), choices, 10);
        QCOMPARE(decoded.headers, (QStringList{QStringLiteral("Клиент"), QStringLiteral("Сумма"), QStringLiteral("Валюта"),
                                               QStringLiteral("Сегмент")}));
        const ImportOutcome outcome = importAll(bytes, QStringLiteral("clv.csv"), DatasetKind::Clv, choices);
        QVERIFY2(outcome.dataset, qPrintable(outcome.error));
        const ClvTable &t = outcome.dataset->clv;
        QCOMPARE(t.size(), std::size_t(2));
        QCOMPARE(t.value[0], 1234.5);
        QCOMPARE(t.value[1], 99.9);
        QCOMPARE(t.strings.at(t.currency[0]), QStringLiteral("RUB"));
        QCOMPARE(t.strings.at(t.customer[1]), QStringLiteral("К-2"));
    }

    // Issue 17: "banana" was imported as the currency BANANA, and a 64 MiB currency cell made
    // `waymark clv` write gigabytes. Both now refuse their row, with line and column.
    void clvCurrencyIsAnIsoCodeAndCellsAreBounded()
    {
        QByteArray csv = "customer,clv,currency\n"
                         "C-1,100,eur\n"
                         "C-2,200,banana\n"  // line 3: not a code
                         "C-3,300,\n";       // line 4: empty, the dataset's own currency
        csv += "C-4,400," + QByteArray(InputLimits::maxImportCellBytes + 1, 'X') + "\n"; // line 5: too long
        const ImportOutcome outcome = importAll(csv, QStringLiteral("clv.csv"), DatasetKind::Clv);
        QVERIFY2(outcome.dataset, qPrintable(outcome.error));
        const ClvTable &t = outcome.dataset->clv;
        QCOMPARE(t.size(), std::size_t(2));
        QCOMPARE(t.strings.at(t.currency[0]), QStringLiteral("EUR"));
        QCOMPARE(t.strings.at(t.currency[1]), QString());
        QCOMPARE(outcome.issues.size(), std::size_t(2));
        QCOMPARE(outcome.issues[0].line, qint64(3));
        QCOMPARE(outcome.issues[0].column, QStringLiteral("currency"));
        QVERIFY2(outcome.issues[0].reason.contains(QStringLiteral("\"banana\" is not an ISO 4217 currency code")),
                 qPrintable(outcome.issues[0].reason));
        QCOMPARE(outcome.issues[1].line, qint64(5));
        QCOMPARE(outcome.issues[1].column, QStringLiteral("currency"));
        QVERIFY2(outcome.issues[1].reason.contains(QStringLiteral("a cell may hold at most 64 KiB")), qPrintable(outcome.issues[1].reason));
        QVERIFY(outcome.issues[1].value.size() <= 200); // the report quotes the start, not 64 KiB
    }

    void aHeaderPastTheColumnLimitIsRefused()
    {
        QByteArray csv;
        for (qsizetype i = 0; i <= InputLimits::maxImportColumns; ++i)
            csv += "c" + QByteArray::number(i) + ",";
        csv += "score\n9\n";
        const ImportPreview preview = previewImport(csv, QStringLiteral("wide.csv"), {}, 10);
        QVERIFY2(preview.error.contains(QStringLiteral("at most 10000 columns")), qPrintable(preview.error));
        QVERIFY(preview.headers.isEmpty());
        QByteArray json = "[{";
        for (qsizetype i = 0; i <= InputLimits::maxImportColumns; ++i)
            json += "\"k" + QByteArray::number(i) + "\": 1,";
        json += "\"score\": 9}]";
        const ImportPreview jsonPreview = previewImport(json, QStringLiteral("wide.json"), {}, 10);
        QVERIFY2(jsonPreview.error.contains(QStringLiteral("at most 10000 columns")), qPrintable(jsonPreview.error));
        const ImportOutcome outcome = runImport(csv, QStringLiteral("wide.csv"), DatasetKind::Answers, {}, {}, {}, nullptr);
        QVERIFY(!outcome.dataset);
        QVERIFY2(outcome.error.contains(QStringLiteral("at most 10000 columns")), qPrintable(outcome.error));
    }

    // Found while testing the import dialog: which of two columns mapped to one field won
    // depended on hash order. Now the import refuses and names both.
    void twoColumnsForOneFieldAreRefused()
    {
        const QByteArray csv = "respondent_id,score,recommend\nR-1,9,3\n";
        QHash<QString, int> mapping{{QStringLiteral("respondent_id"), AnswerRespondent},
                                    {QStringLiteral("score"), AnswerScore},
                                    {QStringLiteral("recommend"), AnswerScore}};
        const ImportOutcome outcome = runImport(csv, QStringLiteral("twice.csv"), DatasetKind::Answers, {}, mapping, {}, nullptr);
        QVERIFY(!outcome.dataset);
        QVERIFY2(outcome.error.contains(QStringLiteral("“score” and “recommend” are both chosen")), qPrintable(outcome.error));
    }

    void utf16AndBomAndJsonShapes()
    {
        const QString text = QStringLiteral("점수\t고객\t날짜\n10\tK-1\t2024-05-01\n6\tK-2\t2024-05-02\n");
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = utf16.encode(text);
        QVERIFY(bytes.startsWith("\xFF\xFE"));
        const ImportOutcome korean = importAll(bytes, QStringLiteral("survey.tsv"), DatasetKind::Answers);
        QVERIFY2(korean.dataset, qPrintable(korean.error));
        QCOMPARE(korean.dataset->source.encoding, QStringLiteral("utf-16le"));
        QCOMPARE(korean.dataset->answers->score, (std::vector<double>{10, 6}));
        QCOMPARE(korean.dataset->answers->strings.at(korean.dataset->answers->customer[0]), QStringLiteral("K-1"));

        const QByteArray bom = "\xEF\xBB\xBFocena|segment\n9|A\n";
        const ImportOutcome serbian = importAll(bom, QStringLiteral("s.csv"), DatasetKind::Answers);
        QVERIFY2(serbian.dataset, qPrintable(serbian.error));
        QCOMPARE(serbian.dataset->answers->score, std::vector<double>{9});

        const QByteArray array = R"([{"score": 10, "customer": "C1"}, {"score": 3, "customer": "C2"}])";
        const QByteArray holder = R"({"responses": [{"score": 8}]})";
        const QByteArray ndjson = "{\"score\": 9}\n\n{\"score\": 0}\n";
        QCOMPARE(importAll(array, QStringLiteral("a.json"), DatasetKind::Answers).dataset->rows(), std::size_t(2));
        QCOMPARE(importAll(holder, QStringLiteral("b.json"), DatasetKind::Answers).dataset->rows(), std::size_t(1));
        QCOMPARE(importAll(ndjson, QStringLiteral("c.ndjson"), DatasetKind::Answers).dataset->rows(), std::size_t(2));
        const QByteArray broken = "{\"score\": 9}\n{\"score\": \n";
        const ImportOutcome bad = importAll(broken, QStringLiteral("d.ndjson"), DatasetKind::Answers);
        QVERIFY(!bad.dataset);
        QVERIFY2(bad.error.contains(QStringLiteral("Line 2")), qPrintable(bad.error));
    }

    void headerGuessesInOurLanguages()
    {
        const auto nps = guessImportMapping(DatasetKind::Answers, {QStringLiteral("Оценка"), QStringLiteral("Точка контакта"),
                                                               QStringLiteral("Дата"), QStringLiteral("Kanal"),
                                                               QStringLiteral("Коментар"), QStringLiteral("Customer ID")});
        QCOMPARE(nps.value(QStringLiteral("Оценка")), 0);          // score
        QCOMPARE(nps.value(QStringLiteral("Точка контакта")), 5);  // touchpoint
        QCOMPARE(nps.value(QStringLiteral("Дата")), 3);
        QCOMPARE(nps.value(QStringLiteral("Kanal")), 7);
        QCOMPARE(nps.value(QStringLiteral("Коментар")), int(AnswerComment));
        QCOMPARE(nps.value(QStringLiteral("Customer ID")), 2);
        const auto clv = guessImportMapping(DatasetKind::Clv, {QStringLiteral("kupac"), QStringLiteral("LTV"), QStringLiteral("통화")});
        QCOMPARE(clv.value(QStringLiteral("kupac")), 0);
        QCOMPARE(clv.value(QStringLiteral("LTV")), 1);
        QCOMPARE(clv.value(QStringLiteral("통화")), 2);
    }

    void ambiguousDatesAsk()
    {
        const QByteArray csv = "score,date\n9,03/04/2024\n7,05/06/2024\n";
        const ImportOutcome undecided = importAll(csv, QStringLiteral("x.csv"), DatasetKind::Answers);
        QVERIFY(!undecided.dataset);
        QVERIFY(previewImport(csv, QStringLiteral("x.csv"), {}, 10).dateOrderAmbiguous);
        ImportChoices monthFirst;
        monthFirst.dateOrder = 2;
        const ImportOutcome us = importAll(csv, QStringLiteral("x.csv"), DatasetKind::Answers, monthFirst);
        QCOMPARE(dateOf(us.dataset->answers->day[0]), QDate(2024, 3, 4));
        // 13/04 can only be day first: detected.
        const ImportOutcome detected = importAll("score,date\n9,13/04/2024\n7,05/06/2024\n", QStringLiteral("y.csv"), DatasetKind::Answers);
        QCOMPARE(dateOf(detected.dataset->answers->day[1]), QDate(2024, 6, 5));
    }

    void sampleDataImportsCompletely()
    {
        QFile file(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportOutcome outcome = importAll(file.readAll(), QStringLiteral("retail-bank-nps.csv"), DatasetKind::Answers);
        QVERIFY2(outcome.dataset, qPrintable(outcome.error));
        QCOMPARE(outcome.dataset->rows(), std::size_t(3000));
        QVERIFY(outcome.issues.empty());
        // The generator's own count (make-sample-data.py prints NPS -9.3 for these rows).
        const auto all = groupNps(outcome.dataset->answers, {Dimension::Journey});
        QVERIFY(std::abs(all[0].summary.nps - (-9.3)) < 0.05);
    }

    void statisticsOnlyCountsTheSameRows()
    {
        // `waymark nps FILE` keeps no ids or comments but must refuse and count exactly as an import.
        const QByteArray bytes = "respondent_id,customer_id,touchpoint,score,comment\n"
                                 "R1,C1,kyc,9,\"fine, \"\"really\"\"\"\n"
                                 "R2,C1,kyc,3,\n"
                                 "R1,C2,kyc,10,again\n"   // duplicate respondent: refused in both
                                 "R3,C3,app,11,\n"         // out of range: refused in both
                                 "R4,C4,app,7,\n";
        ImportChoices lean;
        lean.statisticsOnly = true;
        const ImportOutcome full = importAll(bytes, QStringLiteral("s.csv"), DatasetKind::Answers);
        const ImportOutcome stats = importAll(bytes, QStringLiteral("s.csv"), DatasetKind::Answers, lean);
        QVERIFY(full.dataset && stats.dataset);
        QCOMPARE(stats.dataset->rows(), std::size_t(3));
        QCOMPARE(stats.issues.size(), full.issues.size());
        QCOMPARE(stats.issues[0].line, qint64(4));
        QCOMPARE(stats.issues[0].reason, QStringLiteral("duplicate respondent id (first on line 2)"));
        const auto a = groupNps(full.dataset->answers, {Dimension::Touchpoint});
        const auto b = groupNps(stats.dataset->answers, {Dimension::Touchpoint});
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].key, b[i].key);
            QCOMPARE(a[i].summary.nps, b[i].summary.nps);
        }
        QCOMPARE(full.dataset->answers->strings.at(full.dataset->answers->comment[0]), QStringLiteral("fine, \"really\""));
        QCOMPARE(stats.dataset->answers->comment[0], quint32(0));
        QVERIFY(stats.dataset->source.sha256.isEmpty());
        QCOMPARE(full.dataset->source.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    void theDigestIsSha256InAnyPieces()
    {
        // FIPS 180-2's examples (appendix B), then a text given whole and in uneven pieces.
        QCOMPARE(Sha256::hexOf(""), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::hexOf("abc"), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(Sha256::hexOf("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                 QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QByteArray text;
        for (int i = 0; i < 5000; ++i)
            text += QByteArray::number(i * 7919) + ";Ответ;응답\n";
        Sha256 pieces;
        for (qsizetype at = 0, step = 1; at < text.size(); at += step, step = step * 3 % 1021 + 1)
            pieces.add(QByteArrayView(text).sliced(at, std::min(step, text.size() - at)));
        QCOMPARE(pieces.hex(), Sha256::hexOf(text));
        QCOMPARE(Sha256::hexOf(text), QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    }

    // A file's mapping read where it lies (the command line's import) is checked for UTF-8 on
    // the digest's thread, which stays within a stretch or two (16 MiB each) of the parse: a byte that is
    // not UTF-8 past the first stretches is still found, named by its line, and nothing is kept.
    void aMappedFileIsCheckedBesideTheParse()
    {
        QByteArray csv = "respondent_id,score,date,comment\n";
        const QByteArray words = QByteArray("Čekao sam dugo, очень долго, 너무 오래 ").repeated(12); // ~500 bytes, three scripts
        int lines = 1;
        while (csv.size() < (52 << 20)) {
            ++lines;
            csv += "R-" + QByteArray::number(lines) + "," + QByteArray::number(lines % 11) + ",2024-03-0" + QByteArray::number(1 + lines % 9)
                + ",\"" + words + "\"\n";
        }
        QTemporaryDir dir;
        const auto importMapped = [&](const QByteArray &content, const QString &name) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadWrite) || file.write(content) != content.size() || !file.flush())
                return ImportOutcome{{}, {}, QStringLiteral("could not write %1").arg(name)};
            uchar *mapped = file.map(0, file.size());
            if (!mapped)
                return ImportOutcome{{}, {}, QStringLiteral("could not map %1").arg(name)};
            const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size());
            ImportChoices choices;
            choices.dropPagesBehind = true;
            return runImport(bytes, name, DatasetKind::Answers, choices, guessImportMapping(DatasetKind::Answers, QStringList{QStringLiteral("respondent_id"), QStringLiteral("score"), QStringLiteral("date"), QStringLiteral("comment")}),
                             {}, nullptr);
        };
        const ImportOutcome good = importMapped(csv, QStringLiteral("good.csv"));
        QVERIFY2(good.dataset, qPrintable(good.error));
        QCOMPARE(good.dataset->rows(), std::size_t(lines - 1));
        QCOMPARE(good.dataset->source.sha256.toLatin1(), QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());

        // A lone continuation byte in a comment some 50 MiB in.
        const qsizetype badLine = lines - 3;
        qsizetype at = csv.indexOf("\nR-" + QByteArray::number(badLine) + ",") + 40;
        QByteArray broken = csv;
        broken[at] = char(0x80);
        const ImportOutcome bad = importMapped(broken, QStringLiteral("broken.csv"));
        QVERIFY(!bad.dataset);
        QVERIFY2(bad.error.contains(QStringLiteral("not valid UTF-8 (line %1)").arg(badLine)), qPrintable(bad.error));
        QVERIFY(bad.error.contains(QStringLiteral("Windows-1251")));
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
