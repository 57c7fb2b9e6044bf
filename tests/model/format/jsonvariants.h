#pragma once

// Broken and borderline .waymark.json documents, made by editing an exported journey as a
// JSON tree. Shared by tst_journeyjson (the reader must refuse them at the right JSON
// pointer) and tst_jsonschema (the schema must agree with the reader).
#include "format/journeyjson.h"
#include "testjourneys.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <cctype>
#include <functional>
#include <vector>

namespace waymark::test {

// Stage 2 has at least 6 cards, so /stages/2/touchpoints/5 exists (tests check it).
inline Journey variantBase()
{
    return generateJourney({.stages = 4, .lanes = 6, .touchpoints = 60, .connections = 10, .seed = 7});
}

inline nlohmann::json exportedTree(const Journey &journey)
{
    return nlohmann::json::parse(JourneyJson::toJson(journey).toStdString());
}

inline QByteArray toBytes(const nlohmann::json &tree)
{
    const std::string text = tree.dump(2);
    return QByteArray(text.data(), qsizetype(text.size()));
}

inline constexpr const char *otherId = "0b5d4c3e-2f1a-4b6c-8d7e-9f0a1b2c3d4e"; // in no generated journey

struct JsonVariant {
    QString name;
    std::function<void(nlohmann::json &)> change;
    QString path;     // where the reader reports the problem
    QString fragment; // part of the reader's message
    // False where JSON Schema cannot tell (unique ids, references, a third decimal):
    // the schema then accepts what the reader refuses, as its description says.
    bool schemaRefuses = true;
};

// Documents the reader must refuse.
inline std::vector<JsonVariant> badVariants()
{
    using nlohmann::json;
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    return {
        {s("wrong format name"), [](json &d) { d["format"] = "waymark-journal"; }, s("/format"),
         s("not a Waymark journey")},
        {s("format missing"), [](json &d) { d.erase("format"); }, s("/format"), s("not a Waymark journey")},
        {s("newer version"), [](json &d) { d["version"] = JourneyJson::formatVersion + 1; }, s("/version"),
         s("made by a newer Waymark (format version %1)").arg(JourneyJson::formatVersion + 1)},
        {s("version as text"), [](json &d) { d["version"] = "1"; }, s("/version"), s("whole number")},
        {s("version 0"), [](json &d) { d["version"] = 0; }, s("/version"), s("1 or more")},
        {s("generator not text"), [](json &d) { d["generator"] = 7; }, s("/generator"), s("expected a string, got a number")},
        {s("emotion 14"), [](json &d) { d["stages"][2]["touchpoints"][5]["effort"]["emotion"] = 14; },
         s("/stages/2/touchpoints/5/effort/emotion"), s("emotion must be an integer from 0 to 10, got 14")},
        {s("emotion 2.5"), [](json &d) { d["stages"][0]["touchpoints"][0]["effort"]["emotion"] = 2.5; },
         s("/stages/0/touchpoints/0/effort/emotion"), s("emotion must be an integer from 0 to 10, got 2.5")},
        {s("emotion as text"), [](json &d) { d["stages"][0]["touchpoints"][0]["effort"]["emotion"] = "bad"; },
         s("/stages/0/touchpoints/0/effort/emotion"), s("got a string")},
        {s("unknown lane kind"), [](json &d) { d["lanes"][1]["kind"] = "swimlane"; }, s("/lanes/1/kind"),
         s("unknown lane kind \"swimlane\"; expected one of: customer-actions, touchpoints, emotion, pain-points, "
           "opportunities, department")},
        {s("unknown zone"), [](json &d) { d["lanes"][0]["zone"] = "attic"; }, s("/lanes/0/zone"), s("unknown zone \"attic\"")},
        {s("unknown channel"), [](json &d) { d["stages"][1]["touchpoints"][0]["channel"] = "fax"; },
         s("/stages/1/touchpoints/0/channel"), s("unknown channel \"fax\"")},
        {s("negative minutes"), [](json &d) { d["stages"][0]["touchpoints"][0]["effort"]["minutes"] = -5; },
         s("/stages/0/touchpoints/0/effort/minutes"), s("0 minutes or more, got -5")},
        {s("minutes as text"), [](json &d) { d["stages"][0]["touchpoints"][0]["effort"]["minutes"] = "5"; },
         s("/stages/0/touchpoints/0/effort/minutes"), s("expected a number, got a string")},
        {s("lower-case journey currency"), [](json &d) { d["currency"] = "eur"; }, s("/currency"),
         s("\"eur\" is not an ISO 4217 currency code")},
        {s("lower-case card currency"), [](json &d) { d["stages"][1]["touchpoints"][1]["effort"]["money"]["currency"] = "eur"; },
         s("/stages/1/touchpoints/1/effort/money/currency"), s("\"eur\" is not an ISO 4217 currency code")},
        {s("currency with newline"), [](json &d) { d["currency"] = "EUR\n"; }, s("/currency"), s("ISO 4217")},
        {s("negative money"), [](json &d) { d["stages"][0]["touchpoints"][0]["effort"]["money"]["amount"] = -0.01; },
         s("/stages/0/touchpoints/0/effort/money/amount"), s("0 or more, got -0.01")},
        // 0.125 is exact in binary, so no float noise can excuse the third decimal.
        {s("money with 3 decimals"), [](json &d) { d["stages"][0]["touchpoints"][0]["effort"]["money"]["amount"] = 0.125; },
         s("/stages/0/touchpoints/0/effort/money/amount"), s("at most two decimals, got 0.125"), false},
        {s("money with 3 decimals, 12.345"),
         [](json &d) { d["stages"][0]["touchpoints"][0]["effort"]["money"]["amount"] = 12.345; },
         s("/stages/0/touchpoints/0/effort/money/amount"), s("at most two decimals, got 12.345"), false},
        // A tolerance relative to the amount must not grow into whole cents for large sums.
        {s("money with 3 decimals in the millions"),
         [](json &d) { d["stages"][0]["touchpoints"][0]["effort"]["money"]["amount"] = 1234567.891; },
         s("/stages/0/touchpoints/0/effort/money/amount"), s("at most two decimals, got 1234567.891"), false},
        {s("money too large"), [](json &d) { d["stages"][0]["touchpoints"][0]["effort"]["money"]["amount"] = 1e13; },
         s("/stages/0/touchpoints/0/effort/money/amount"), s("money must be at most")},
        {s("dangling lane"), [](json &d) { d["stages"][0]["touchpoints"][0]["lane"] = otherId; },
         s("/stages/0/touchpoints/0/lane"), s("no lane has the id 0b5d4c3e-2f1a-4b6c-8d7e-9f0a1b2c3d4e"), false},
        {s("dangling card department"), [](json &d) { d["stages"][1]["touchpoints"][0]["department"] = otherId; },
         s("/stages/1/touchpoints/0/department"), s("no department has the id"), false},
        {s("card department not an id"), [](json &d) { d["stages"][1]["touchpoints"][0]["department"] = 3; },
         s("/stages/1/touchpoints/0/department"), s("expected a department id or null, got a number")},
        {s("dangling lane department"), [](json &d) { d["lanes"][5]["department"] = otherId; }, s("/lanes/5/department"),
         s("no department has the id"), false},
        {s("department lane without department"), [](json &d) { d["lanes"][5].erase("department"); }, s("/lanes/5"),
         s("missing required key \"department\"")},
        {s("dangling connection end"), [](json &d) { d["connections"][3]["to"] = otherId; }, s("/connections/3/to"),
         s("no card has the id"), false},
        {s("duplicate card id"),
         [](json &d) { d["stages"][1]["touchpoints"][1]["id"] = d["stages"][1]["touchpoints"][0]["id"]; },
         s("/stages/1/touchpoints/1/id"), s("(also used at /stages/1/touchpoints/0)"), false},
        {s("lane reuses a department id"), [](json &d) { d["lanes"][2]["id"] = d["departments"][0]["id"]; }, s("/lanes/2/id"),
         s("(also used at /departments/0)"), false},
        {s("bad id"), [](json &d) { d["stages"][0]["id"] = "not-a-uuid"; }, s("/stages/0/id"),
         s("\"not-a-uuid\" is not a valid id")},
        {s("id in braces"), [](json &d) { d["personas"][0]["id"] = "{" + d["personas"][0]["id"].get<std::string>() + "}"; },
         s("/personas/0/id"), s("is not a valid id")},
        {s("nil id"), [](json &d) { d["id"] = "00000000-0000-0000-0000-000000000000"; }, s("/id"), s("is not a valid id")},
        {s("colour name"), [](json &d) { d["departments"][1]["colour"] = "red"; }, s("/departments/1/colour"),
         s("\"red\" is not a colour")},
        {s("colour with a newline"), [](json &d) { d["departments"][1]["colour"] = "#1f77b4\n"; }, s("/departments/1/colour"),
         s("\"#1f77b4\\n\" is not a colour")},
        {s("id with a newline"), [](json &d) { d["lanes"][0]["id"] = d["lanes"][0]["id"].get<std::string>() + "\n"; },
         s("/lanes/0/id"), s("\\n\" is not a valid id")},
        {s("long unknown channel"), [](json &d) { d["stages"][0]["touchpoints"][0]["channel"] = std::string(500, 'x'); },
         s("/stages/0/touchpoints/0/channel"),
         QStringLiteral("unknown channel \"%1…\"; expected one of: web").arg(QString(60, QLatin1Char('x')))},
        {s("short colour"), [](json &d) { d["departments"][1]["colour"] = "#f00"; }, s("/departments/1/colour"),
         s("is not a colour")},
        // A missing key is reported at the object that lacks it; for the journey that is the
        // whole document, whose JSON pointer is "" (RFC 6901; "/" would mean a key "").
        {s("missing journey title"), [](json &d) { d.erase("title"); }, QString(), s("missing required key \"title\"")},
        {s("title a number"), [](json &d) { d["title"] = 5; }, s("/title"), s("expected a string, got a number")},
        {s("missing card title"), [](json &d) { d["stages"][0]["touchpoints"][1].erase("title"); },
         s("/stages/0/touchpoints/1"), s("missing required key \"title\"")},
        {s("missing connection label"), [](json &d) { d["connections"][0].erase("label"); }, s("/connections/0"),
         s("missing required key \"label\"")},
        {s("stage name a number"), [](json &d) { d["stages"][0]["name"] = 42; }, s("/stages/0/name"),
         s("expected a string, got a number")},
        {s("pain point as text"), [](json &d) { d["stages"][0]["touchpoints"][0]["painPoint"] = "yes"; },
         s("/stages/0/touchpoints/0/painPoint"), s("expected true or false, got a string")},
        {s("personas an object"), [](json &d) { d["personas"] = json::object(); }, s("/personas"),
         s("expected a list, got an object")},
        {s("card is a list"), [](json &d) { d["stages"][3]["touchpoints"][0] = json::array(); }, s("/stages/3/touchpoints/0"),
         s("expected an object, got a list")},
        {s("root is a list"), [](json &d) { d = json::array(); }, QString(), s("expected a JSON object holding a journey")},
    };
}

// Documents that look odd but are fine: the reader and the schema accept them.
inline std::vector<JsonVariant> goodVariants()
{
    using nlohmann::json;
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    return {
        {s("unchanged"), [](json &) {}, {}, {}},
        {s("unknown keys"),
         [](json &d) {
             d["futureFeature"] = {{"x", 1}};
             d["stages"][0]["touchpoints"][0]["votes"] = 3;
             d["lanes"][0]["height"] = 2.5;
         },
         {}, {}},
        {s("no generator"), [](json &d) { d.erase("generator"); }, {}, {}},
        {s("emotion written as 5.0"), [](json &d) { d["stages"][0]["touchpoints"][0]["effort"]["emotion"] = 5.0; }, {}, {}},
        {s("float noise in money"),
         [](json &d) { d["stages"][0]["touchpoints"][0]["effort"]["money"]["amount"] = 0.1 + 0.2; }, {}, {}},
        {s("upper-case id"),
         [](json &d) {
             std::string id = d["stages"][0]["id"].get<std::string>();
             for (char &c : id)
                 c = char(std::toupper(static_cast<unsigned char>(c)));
             d["stages"][0]["id"] = id;
         },
         {}, {}},
        {s("colour with alpha"), [](json &d) { d["departments"][0]["colour"] = "#801F77B4"; }, {}, {}},
        {s("department key on a customer lane"), [](json &d) { d["lanes"][0]["department"] = nullptr; }, {}, {}},
        {s("empty lists"),
         [](json &d) {
             d["personas"] = json::array();
             d["connections"] = json::array();
             for (json &stage : d["stages"])
                 stage["touchpoints"] = json::array();
         },
         {}, {}},
    };
}

} // namespace waymark::test
