#include "server/localcopy.h"

#include "server/serversql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace waymark {

namespace {

using ServerSql::idText;

struct LocalCopyText {
    Q_DECLARE_TR_FUNCTIONS(LocalCopy)
};

constexpr const char *copyFormatName = "waymark-server-copy";
constexpr int copyFormatVersion = 1;

QString dataPath(const QString &path)
{
    QString data = path;
    data.chop(int(qstrlen(".json")));
    return data + QStringLiteral(".data.json");
}

bool writeWhole(const QString &path, const QJsonDocument &document, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document.toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        if (error)
            *error = LocalCopyText::tr("could not keep a copy of the journey in %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<QJsonObject> readObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = LocalCopyText::tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = LocalCopyText::tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(path), parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

} // namespace

QString LocalCopy::pathFor(const QString &directory, const QString &server, const QUuid &journey)
{
    const QByteArray where = QCryptographicHash::hash(server.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QDir(directory).filePath(QStringLiteral("server-copy-%1-%2.json").arg(idText(journey), QString::fromLatin1(where)));
}

bool LocalCopy::save(const QString &path, const JourneyParts &parts, qint64 lastChange, int role, const QJsonValue *datasets, QString *error)
{
    if (datasets && !writeWhole(dataPath(path), QJsonDocument(QJsonObject{{QStringLiteral("datasets"), *datasets}}), error))
        return false;
    QJsonArray cards;
    for (const auto &[id, row] : parts.cards)
        cards.append(QJsonObject{{QStringLiteral("id"), idText(id)},
                                 {QStringLiteral("stage"), idText(row.stage)},
                                 {QStringLiteral("lane"), idText(row.lane)},
                                 {QStringLiteral("key"), row.key},
                                 {QStringLiteral("fields"), row.fields}});
    QJsonArray comments;
    for (const QJsonObject &comment : parts.comments)
        comments.append(comment);
    QJsonArray dots;
    for (const DotRow &dot : parts.dots)
        dots.append(QJsonObject{{QStringLiteral("vote"), idText(dot.vote)}, {QStringLiteral("dot"), dot.dot}});
    QJsonObject base = parts.base;
    base.remove(QStringLiteral("datasets"));
    const QJsonObject document{{QStringLiteral("format"), QLatin1String(copyFormatName)},
                               {QStringLiteral("version"), copyFormatVersion},
                               {QStringLiteral("lastChange"), QString::number(lastChange)},
                               {QStringLiteral("role"), role},
                               {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                               {QStringLiteral("base"), base},
                               {QStringLiteral("cards"), cards},
                               {QStringLiteral("comments"), comments},
                               {QStringLiteral("dots"), dots}};
    return writeWhole(path, QJsonDocument(document), error);
}

std::optional<LocalCopy> LocalCopy::read(const QString &path, QString *error)
{
    const auto root = readObject(path, error);
    if (!root)
        return std::nullopt;
    const QString where = QDir::toNativeSeparators(path);
    if ((*root)[QLatin1String("format")].toString() != QLatin1String(copyFormatName)) {
        *error = LocalCopyText::tr("%1 is not a copy of a shared journey").arg(where);
        return std::nullopt;
    }
    if ((*root)[QLatin1String("version")].toInt() > copyFormatVersion) {
        *error = LocalCopyText::tr("%1 was written by a newer Waymark (copy version %2)").arg(where).arg((*root)[QLatin1String("version")].toInt());
        return std::nullopt;
    }
    LocalCopy copy;
    bool ok = false;
    copy.lastChange = (*root)[QLatin1String("lastChange")].toString().toLongLong(&ok);
    copy.savedAt = QDateTime::fromString((*root)[QLatin1String("savedAt")].toString(), Qt::ISODateWithMs);
    if (!ok || !copy.savedAt.isValid()) {
        *error = LocalCopyText::tr("%1 is damaged: no valid “lastChange” or “savedAt”").arg(where);
        return std::nullopt;
    }
    copy.role = (*root)[QLatin1String("role")].toInt();
    copy.parts.base = (*root)[QLatin1String("base")].toObject();
    const QJsonArray cards = (*root)[QLatin1String("cards")].toArray();
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QJsonObject card = cards[i].toObject();
        const QUuid id = QUuid::fromString(card[QLatin1String("id")].toString());
        if (id.isNull() || !card[QLatin1String("fields")].isObject()) {
            *error = LocalCopyText::tr("%1 is damaged at /cards/%2").arg(where).arg(i);
            return std::nullopt;
        }
        copy.parts.cards[id] = CardRow{QUuid::fromString(card[QLatin1String("stage")].toString()),
                                       QUuid::fromString(card[QLatin1String("lane")].toString()), card[QLatin1String("key")].toString(),
                                       card[QLatin1String("fields")].toObject()};
    }
    for (const QJsonValue &comment : (*root)[QLatin1String("comments")].toArray())
        copy.parts.comments.push_back(comment.toObject());
    for (const QJsonValue &dot : (*root)[QLatin1String("dots")].toArray())
        copy.parts.dots.push_back(DotRow{QUuid::fromString(dot[QLatin1String("vote")].toString()), dot[QLatin1String("dot")].toObject()});
    // The datasets were written when the copy was first kept; without them the copy is not whole.
    const auto data = readObject(dataPath(path), error);
    if (!data)
        return std::nullopt;
    const QJsonValue datasets = (*data)[QLatin1String("datasets")];
    if (!datasets.isUndefined() && !datasets.isNull())
        copy.parts.base.insert(QStringLiteral("datasets"), datasets);
    return copy;
}

} // namespace waymark
