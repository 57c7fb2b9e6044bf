// docs/waymark-journey.schema.json against the real writer and reader: exported journeys and
// the bundled sample validate, and the schema refuses what the reader refuses (where a schema
// can tell). Validation runs in Debian's python3-jsonschema, a declared test dependency.
#include "businessjourney.h"
#include "format/journeyjson.h"
#include "jsonvariants.h"
#include "testjourneys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace waymark;

namespace {

const QString schemaPath = QStringLiteral(WAYMARK_SOURCE_DIR "/docs/waymark-journey.schema.json");
const QString samplePath = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json");
// Explicitly Debian's interpreter: a `python3` earlier on PATH (pyenv, venv) may lack jsonschema.
const QString python = QStringLiteral("/usr/bin/python3");
const char *installHint = "install the test dependencies: packaging/install-deps.sh";

// Checks the schema itself, then prints every error of every document as one JSON line
// (file, JSON pointer, message). Exit 1: some document is invalid; 2: the schema or the
// script broke (an uncaught Python exception would also exit 1, hence the catch-all); 3: no module.
const char *validatorScript = R"(
import json, sys
try:
    import jsonschema
except ImportError:
    sys.exit(3)
failed = False
try:
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        for error in validator.iter_errors(document):
            failed = True
            pointer = "".join("/" + str(part) for part in error.absolute_path)
            print(json.dumps({"file": path, "path": pointer, "message": error.message}))
except Exception as e:
    print(type(e).__name__ + ": " + str(e), file=sys.stderr)
    sys.exit(2)
sys.exit(1 if failed else 0)
)";

struct SchemaError {
    QString path;
    QString message;
};

struct Validation {
    QString failure; // the validator could not judge; empty when it did
    QHash<QString, QList<SchemaError>> errors; // file -> its errors; absent when valid

    QString describe(const QString &file) const
    {
        QStringList lines;
        for (const SchemaError &error : errors.value(file))
            lines << error.path + QStringLiteral(": ") + error.message;
        return file + QStringLiteral(":\n  ") + lines.join(QStringLiteral("\n  "));
    }
};

bool dependenciesInstalled()
{
    if (!QFile::exists(python))
        return false;
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral("import jsonschema; jsonschema.Draft202012Validator")});
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Validates every file in one interpreter run (starting Python is the slow part).
Validation validate(const QStringList &files)
{
    Validation result;
    QProcess process;
    process.start(python, QStringList{QStringLiteral("-c"), QString::fromUtf8(validatorScript), schemaPath} + files);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        result.failure = QStringLiteral("the schema validator did not finish: ") + process.errorString();
        return result;
    }
    if (process.exitCode() == 3) {
        result.failure = QString::fromLatin1(installHint);
        return result;
    }
    if (process.exitCode() != 0 && process.exitCode() != 1) {
        result.failure = QStringLiteral("the schema validator failed (is the schema itself valid?): ")
            + QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject error = QJsonDocument::fromJson(line).object();
        result.errors[error[QStringLiteral("file")].toString()].append(
            {error[QStringLiteral("path")].toString(), error[QStringLiteral("message")].toString()});
    }
    // The exit code and the printed errors must tell the same story.
    if ((process.exitCode() == 1) != !result.errors.isEmpty())
        result.failure = QStringLiteral("the validator's exit code %1 does not match its output").arg(process.exitCode());
    return result;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestJsonSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A declared dependency, so its absence fails rather than skips.
        if (!dependenciesInstalled())
            QFAIL(installHint);
        QVERIFY2(QFile::exists(schemaPath), qPrintable(schemaPath));
        QFile file(schemaPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument schema = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(!schema.isNull(), qPrintable(error.errorString()));
        QCOMPARE(schema[QStringLiteral("$schema")].toString(), QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
        QVERIFY(!schema[QStringLiteral("$id")].toString().isEmpty());
        QVERIFY(!schema[QStringLiteral("title")].toString().isEmpty());
        QVERIFY(!schema[QStringLiteral("description")].toString().isEmpty());
        checkDescriptions(schema.object(), QStringLiteral("#"));
    }

    void exportedJourneysValidate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Journey withAlpha = test::smallJourney();
        withAlpha.departments[0].colour = QColor(0x1f, 0x77, 0xb4, 0x80);
        Journey empty;
        empty.id = QUuid::createUuid();
        empty.currency = QStringLiteral("USD");
        const Journey generated = test::generateJourney({.stages = 5, .lanes = 6, .touchpoints = 200, .connections = 40});
        QCOMPARE(int(generated.touchpoints.size()), 200);
        // A workshop on the small journey: a participant who wrote a card, a vote, the agenda, a thread.
        Journey workshop = test::smallJourney();
        const Participant ana{QUuid::createUuid(), QStringLiteral("Ана"), workshop.departments[0].id, QColor(0xd6, 0x27, 0x28)};
        workshop.participants = {ana};
        workshop.touchpoints[0].authorId = ana.id;
        VoteRound round;
        round.id = QUuid::createUuid();
        round.title = QStringLiteral("Biggest pain points");
        round.startedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        round.dots = {{ana.id, workshop.touchpoints[1].id}};
        workshop.votes = {round};
        workshop.agenda = {{QUuid::createUuid(), QStringLiteral("Map the stages"), true}};
        Comment comment;
        comment.id = QUuid::createUuid();
        comment.target = CommentTarget::Card;
        comment.targetId = workshop.touchpoints[1].id;
        comment.author = QStringLiteral("민준");
        comment.time = round.startedAt;
        comment.text = QStringLiteral("Whose queue is this?");
        Comment reply = comment;
        reply.id = QUuid::createUuid();
        reply.parentId = comment.id;
        workshop.comments = {comment, reply};
        const QList<std::pair<QString, Journey>> journeys{
            {QStringLiteral("small"), test::smallJourney()},
            {QStringLiteral("workshop"), workshop},
            {QStringLiteral("small with alpha"), withAlpha},
            {QStringLiteral("generated"), generated},
            {QStringLiteral("empty"), empty},
            {QStringLiteral("business case"), test::businessJourney()},
        };
        QStringList files;
        for (const auto &[name, journey] : journeys) {
            files << dir.filePath(name + QStringLiteral(".waymark.json"));
            FormatError error;
            QVERIFY2(JourneyJson::write(journey, files.last(), &error), qPrintable(error.toString()));
        }
        const Validation validation = validate(files);
        if (!validation.failure.isEmpty())
            QFAIL(qPrintable(validation.failure));
        for (const QString &file : files)
            QVERIFY2(!validation.errors.contains(file), qPrintable(validation.describe(file)));
    }

    // The sample shipped with the app is a valid document, reads, and re-exports validly.
    void bundledSampleValidatesAndReads()
    {
        QVERIFY2(QFile::exists(samplePath), qPrintable(samplePath));
        FormatError error;
        const auto journey = JourneyJson::read(samplePath, &error);
        QVERIFY2(journey, qPrintable(error.toString()));
        QVERIFY(!journey->touchpoints.empty());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString reexported = dir.filePath(QStringLiteral("reexported.waymark.json"));
        QVERIFY2(JourneyJson::write(*journey, reexported, &error), qPrintable(error.toString()));

        const Validation validation = validate({samplePath, reexported});
        if (!validation.failure.isEmpty())
            QFAIL(qPrintable(validation.failure));
        QVERIFY2(!validation.errors.contains(samplePath), qPrintable(validation.describe(samplePath)));
        QVERIFY2(!validation.errors.contains(reexported), qPrintable(validation.describe(reexported)));
    }

    // Proof that the schema constrains: each document fails with exactly one error, where
    // the reader reports it too.
    void schemaRefuses_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("emotion 14") << QStringLiteral("emotion 14") << QStringLiteral("/stages/2/touchpoints/5/effort/emotion")
                                    << QStringLiteral("14 is greater than the maximum of 10");
        QTest::newRow("unknown lane kind") << QStringLiteral("unknown lane kind") << QStringLiteral("/lanes/1/kind")
                                           << QStringLiteral("'swimlane' is not one of");
        QTest::newRow("missing title") << QStringLiteral("missing journey title") << QString()
                                       << QStringLiteral("'title' is a required property");
    }

    void schemaRefuses()
    {
        QFETCH(QString, variant);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        const std::vector<test::JsonVariant> variants = test::badVariants();
        const auto found = std::find_if(variants.begin(), variants.end(), [&](const auto &v) { return v.name == variant; });
        QVERIFY2(found != variants.end(), qPrintable(variant));
        nlohmann::json tree = test::exportedTree(test::variantBase());
        found->change(tree);

        FormatError readerError;
        QVERIFY(!JourneyJson::fromJson(test::toBytes(tree), &readerError));
        QCOMPARE(readerError.path, path);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("refused.waymark.json"));
        writeFile(file, test::toBytes(tree));
        const Validation validation = validate({file});
        if (!validation.failure.isEmpty())
            QFAIL(qPrintable(validation.failure));
        const QList<SchemaError> errors = validation.errors.value(file);
        QVERIFY2(errors.size() == 1, qPrintable(validation.describe(file)));
        QCOMPARE(errors[0].path, path);
        QVERIFY2(errors[0].message.contains(fragment), qPrintable(errors[0].message));
    }

    // Every odd document is judged alike by the reader and the schema.
    void schemaAgreesWithReader()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const nlohmann::json base = test::exportedTree(test::variantBase());
        struct Case {
            test::JsonVariant variant;
            bool good;
            QString file;
        };
        std::vector<Case> cases;
        for (const auto &variant : test::goodVariants())
            cases.push_back({variant, true, {}});
        for (const auto &variant : test::badVariants())
            cases.push_back({variant, false, {}});
        QStringList files;
        for (size_t i = 0; i < cases.size(); ++i) {
            nlohmann::json document = base;
            cases[i].variant.change(document);
            cases[i].file = dir.filePath(QStringLiteral("case-%1.json").arg(i));
            writeFile(cases[i].file, test::toBytes(document));
            files << cases[i].file;
            // The reader's side, so a disagreement names who is wrong.
            QVERIFY2(bool(JourneyJson::fromJson(test::toBytes(document), nullptr)) == cases[i].good,
                     qPrintable(cases[i].variant.name + QStringLiteral(": the reader disagrees")));
        }
        const Validation validation = validate(files);
        if (!validation.failure.isEmpty())
            QFAIL(qPrintable(validation.failure));
        int refusedBySchema = 0;
        for (const Case &c : cases) {
            const bool valid = !validation.errors.contains(c.file);
            const bool schemaShouldAccept = c.good || !c.variant.schemaRefuses;
            QVERIFY2(valid == schemaShouldAccept,
                     qPrintable(c.variant.name + (valid ? QStringLiteral(": the schema accepts it")
                                                        : QStringLiteral(": the schema refuses it: ") + validation.describe(c.file))));
            if (!valid)
                ++refusedBySchema;
        }
        QVERIFY(refusedBySchema > 25);
    }

    // Settings: text values validate; anything else is refused, as the reader refuses it.
    void settingsAgreeWithReader()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Journey journey = test::smallJourney();
        journey.settings = {{QStringLiteral("heatmap/hourValue"), QStringLiteral("25")},
                            {QStringLiteral("heatmap/weightTime"), QStringLiteral("0.5")}};
        const QString good = dir.filePath(QStringLiteral("settings.waymark.json"));
        FormatError error;
        QVERIFY2(JourneyJson::write(journey, good, &error), qPrintable(error.toString()));

        nlohmann::json tree = nlohmann::json::parse(JourneyJson::toJson(journey).toStdString());
        tree["settings"]["heatmap/hourValue"] = 25;
        const QString number = dir.filePath(QStringLiteral("number.waymark.json"));
        writeFile(number, test::toBytes(tree));
        QVERIFY(!JourneyJson::fromJson(test::toBytes(tree), nullptr));
        tree["settings"] = nlohmann::json::array();
        const QString list = dir.filePath(QStringLiteral("list.waymark.json"));
        writeFile(list, test::toBytes(tree));
        QVERIFY(!JourneyJson::fromJson(test::toBytes(tree), nullptr));

        const Validation validation = validate({good, number, list});
        if (!validation.failure.isEmpty())
            QFAIL(qPrintable(validation.failure));
        QVERIFY2(!validation.errors.contains(good), qPrintable(validation.describe(good)));
        QCOMPARE(validation.errors.value(number).size(), 1);
        // jsonschema joins path parts with "/" without escaping them.
        QCOMPARE(validation.errors.value(number)[0].path, QStringLiteral("/settings/heatmap/hourValue"));
        QCOMPARE(validation.errors.value(list).size(), 1);
        QCOMPARE(validation.errors.value(list)[0].path, QStringLiteral("/settings"));
    }

    // The business case: the schema refuses what the reader refuses where a schema can tell,
    // each at the value the reader names.
    void businessCaseAgreesWithReader()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        struct Case {
            QString name;
            std::function<void(nlohmann::json &)> change;
            QString path;
        };
        const std::vector<Case> cases{
            {QStringLiteral("reach 1.5"), [](nlohmann::json &d) { d["opportunities"][0]["changes"][0]["reach"] = 1.5; },
             QStringLiteral("/opportunities/0/changes/0/reach")},
            {QStringLiteral("percent 120"), [](nlohmann::json &d) { d["opportunities"][0]["changes"][0]["minutes"]["amount"] = 120; },
             QStringLiteral("/opportunities/0/changes/0/minutes/amount")},
            {QStringLiteral("negative value"), [](nlohmann::json &d) { d["opportunities"][0]["changes"][1]["money"]["amount"] = -1; },
             QStringLiteral("/opportunities/0/changes/1/money/amount")},
            {QStringLiteral("unknown type"), [](nlohmann::json &d) { d["opportunities"][1]["type"] = "magic"; },
             QStringLiteral("/opportunities/1/type")},
            {QStringLiteral("negative cost"), [](nlohmann::json &d) { d["opportunities"][1]["oneOffCost"]["amount"] = -5; },
             QStringLiteral("/opportunities/1/oneOffCost/amount")},
            {QStringLiteral("cost currency"), [](nlohmann::json &d) { d["opportunities"][1]["oneOffCost"]["currency"] = "rsd"; },
             QStringLiteral("/opportunities/1/oneOffCost/currency")},
            {QStringLiteral("negative months"), [](nlohmann::json &d) { d["opportunities"][0]["monthsToDeliver"] = -1; },
             QStringLiteral("/opportunities/0/monthsToDeliver")},
            {QStringLiteral("scenario without name"), [](nlohmann::json &d) { d["scenarios"][0].erase("name"); },
             QStringLiteral("/scenarios/0")},
            {QStringLiteral("no scenarios"), [](nlohmann::json &d) { d.erase("scenarios"); }, QString()},
        };
        const nlohmann::json base = test::exportedTree(test::businessJourney());
        const QString good = dir.filePath(QStringLiteral("good.json"));
        writeFile(good, test::toBytes(base));
        QStringList files{good};
        for (std::size_t i = 0; i < cases.size(); ++i) {
            nlohmann::json document = base;
            cases[i].change(document);
            files << dir.filePath(QStringLiteral("case-%1.json").arg(i));
            writeFile(files.last(), test::toBytes(document));
            FormatError error;
            QVERIFY2(!JourneyJson::fromJson(test::toBytes(document), &error), qPrintable(cases[i].name));
            QCOMPARE(error.path, cases[i].path);
        }
        const Validation validation = validate(files);
        if (!validation.failure.isEmpty())
            QFAIL(qPrintable(validation.failure));
        QVERIFY2(!validation.errors.contains(good), qPrintable(validation.describe(good)));
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const QList<SchemaError> errors = validation.errors.value(files[qsizetype(i) + 1]);
            QVERIFY2(!errors.isEmpty(), qPrintable(cases[i].name + QStringLiteral(": the schema accepts it")));
            QVERIFY2(std::any_of(errors.begin(), errors.end(), [&](const SchemaError &e) { return e.path == cases[i].path; }),
                     qPrintable(validation.describe(files[qsizetype(i) + 1])));
        }
    }

private:
    // Every entry of every "properties" object says what it is.
    static void checkDescriptions(const QJsonObject &node, const QString &where)
    {
        if (node.contains(QStringLiteral("properties"))) {
            const QJsonObject properties = node[QStringLiteral("properties")].toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                const QString at = where + QStringLiteral("/properties/") + it.key();
                QVERIFY2(!it.value()[QStringLiteral("description")].toString().isEmpty(), qPrintable(at));
            }
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it.value().isObject())
                checkDescriptions(it.value().toObject(), where + QLatin1Char('/') + it.key());
            if (it.value().isArray()) {
                const QJsonArray items = it.value().toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    if (items[i].isObject())
                        checkDescriptions(items[i].toObject(), where + QLatin1Char('/') + it.key() + QLatin1Char('/')
                                                                   + QString::number(i));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
