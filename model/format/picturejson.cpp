#include "format/picturejson.h"

#include "format/jsonvalues.h"
#include "inputlimits.h"

#include <QCoreApplication>

namespace waymark::PictureJson {

namespace {

using JsonValues::fromUtf8;
using JsonValues::JsonValuesText;
using JsonValues::typeName;
using JsonValues::utf8;
using nlohmann::json;
using nlohmann::ordered_json;

struct Failure {
    QString path;
    QString message;
};

QString at(const QString &path, const char *key)
{
    return path + QLatin1Char('/') + QLatin1String(key);
}

const json &member(const json &item, const char *key, const QString &path)
{
    const auto it = item.find(key);
    if (it == item.end())
        throw Failure{at(path, key), JsonValuesText::tr("missing \"%1\"").arg(QLatin1String(key))};
    return *it;
}

QString text(const json &item, const char *key, const QString &path)
{
    const json &value = member(item, key, path);
    if (!value.is_string())
        throw Failure{at(path, key), JsonValuesText::tr("expected %1, got %2").arg(JsonValuesText::tr("a string"), typeName(value))};
    return fromUtf8(value.get_ref<const std::string &>());
}

int side(const json &item, const char *key, const QString &path)
{
    const json &value = member(item, key, path);
    if (!value.is_number_integer() || value.get<qint64>() < 1 || value.get<qint64>() > InputLimits::maxCardImageSide)
        throw Failure{at(path, key), JsonValuesText::tr("expected a whole number of pixels from 1 to %1").arg(InputLimits::maxCardImageSide)};
    return int(value.get<qint64>());
}

// Strict base64: a stray character is an error, not a silently shorter picture.
QByteArray bytes(const json &item, const char *key, const QString &path)
{
    const QString encoded = text(item, key, path);
    // Refused before decoding: base64 takes 4 characters for 3 bytes.
    if (qint64(encoded.size()) > (InputLimits::maxStoredCardImageBytes / 3 + 1) * 4)
        throw Failure{at(path, key), JsonValuesText::tr("the picture is larger than a stored picture may be")};
    auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw Failure{at(path, key), JsonValuesText::tr("not valid base64")};
    return *std::move(decoded);
}

} // namespace

ordered_json toJson(const CardImage &picture)
{
    ordered_json json = {{"id", JsonValues::idJson(picture.id)},
                         {"format", picture.format.toStdString()},
                         {"width", picture.size.width()},
                         {"height", picture.size.height()},
                         {"caption", utf8(picture.caption)},
                         {"originalName", utf8(picture.originalName)},
                         {"data", picture.bytes.toBase64().toStdString()}};
    if (!picture.thumbnail.isEmpty())
        json["thumbnail"] = picture.thumbnail.toBase64().toStdString();
    return json;
}

bool read(const json &item, const QString &path, CardImage &picture, Problem *problem)
{
    try {
        if (!item.is_object())
            throw Failure{path, JsonValuesText::tr("expected %1, got %2").arg(JsonValuesText::tr("an object"), typeName(item))};
        const QString id = text(item, "id", path);
        picture.id = id.size() == 36 ? QUuid::fromString(id) : QUuid();
        if (picture.id.isNull())
            throw Failure{at(path, "id"), JsonValuesText::tr("%1 is not an id").arg(JsonValues::quoted(id))};
        const QString format = text(item, "format", path);
        if (format != QLatin1String("jpeg") && format != QLatin1String("png"))
            throw Failure{at(path, "format"), JsonValuesText::tr("a picture is \"jpeg\" or \"png\", got %1").arg(JsonValues::quoted(format))};
        picture.format = format.toLatin1();
        picture.size = QSize(side(item, "width", path), side(item, "height", path));
        picture.caption = text(item, "caption", path);
        picture.originalName = item.contains("originalName") ? text(item, "originalName", path) : QString();
        picture.bytes = bytes(item, "data", path);
        if (item.contains("thumbnail"))
            picture.thumbnail = bytes(item, "thumbnail", path);
        return true;
    } catch (const Failure &failure) {
        *problem = {failure.path, failure.message};
        return false;
    }
}

} // namespace waymark::PictureJson
