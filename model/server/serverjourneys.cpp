#include "server/serverjourneys.h"

#include "server/serverroles.h"
#include "server/serverschema.h"
#include "server/serversql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace waymark::ServerJourneys {

namespace {

struct ServerJourneysText {
    Q_DECLARE_TR_FUNCTIONS(ServerJourneys)
};

using ServerSql::idText;

const QString datasetsKey = QStringLiteral("datasets");

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString failure(QSqlDatabase &db, const QString &what, const QSqlQuery &query)
{
    const QString server = query.lastError().databaseText().trimmed();
    const QString explained = ServerRoles::explainRefusal(server);
    return explained != server ? explained : ServerJourneysText::tr("%1 on %2 failed: %3").arg(what, db.databaseName(), server);
}

// Rolls back unless committed: every early return leaves the connection clean.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : mDb(db), mOpen(db.transaction()) {}
    ~Transaction()
    {
        if (mOpen)
            mDb.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isOpen() const { return mOpen; }
    // Before the statements of the transaction go: freeing a prepared statement inside a
    // failed transaction makes libpq complain.
    void rollback()
    {
        if (mOpen)
            mDb.rollback();
        mOpen = false;
    }
    bool commit()
    {
        mOpen = !mDb.commit();
        return !mOpen;
    }

private:
    QSqlDatabase &mDb;
    bool mOpen;
};

// A JSON object from a jsonb column; `where` names table and row for the message.
std::optional<QJsonObject> objectAt(const QVariant &value, const QString &where, QString *error)
{
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = ServerJourneysText::tr("%1 does not hold a JSON object").arg(where);
        return std::nullopt;
    }
    return document.object();
}

bool insertParts(QSqlDatabase &db, Transaction &transaction, const QUuid &id, const JourneyParts &parts, const QJsonArray &datasets,
                 QString *error)
{
    QSqlQuery card(db);
    card.prepare(QStringLiteral("INSERT INTO cards (journey, id, stage, lane, sort_key, fields) VALUES (?, ?, ?, ?, ?, ?::jsonb)"));
    for (const auto &[cardId, row] : parts.cards) {
        card.addBindValue(idText(id));
        card.addBindValue(idText(cardId));
        card.addBindValue(idText(row.stage));
        card.addBindValue(idText(row.lane));
        card.addBindValue(row.key);
        card.addBindValue(compact(row.fields));
        if (!card.exec()) {
            *error = failure(db, ServerJourneysText::tr("storing card %1").arg(idText(cardId)), card);
            transaction.rollback();
            return false;
        }
    }
    // Published comments and dots sort before every later one (whose seq is its change id).
    QSqlQuery comment(db);
    comment.prepare(QStringLiteral("INSERT INTO comments (journey, id, seq, body) VALUES (?, ?, ?, ?::jsonb)"));
    qint64 seq = -qint64(parts.comments.size());
    for (const QJsonObject &body : parts.comments) {
        comment.addBindValue(idText(id));
        comment.addBindValue(body[QLatin1String("id")].toString());
        comment.addBindValue(seq++);
        comment.addBindValue(compact(body));
        if (!comment.exec()) {
            *error = failure(db, ServerJourneysText::tr("storing comment %1").arg(body[QLatin1String("id")].toString()), comment);
            transaction.rollback();
            return false;
        }
    }
    QSqlQuery dot(db);
    dot.prepare(QStringLiteral("INSERT INTO dots (journey, seq, vote, participant, card) VALUES (?, ?, ?, ?, ?)"));
    seq = -qint64(parts.dots.size());
    for (const DotRow &row : parts.dots) {
        dot.addBindValue(idText(id));
        dot.addBindValue(seq++);
        dot.addBindValue(idText(row.vote));
        dot.addBindValue(row.dot[QLatin1String("participant")].toString());
        dot.addBindValue(row.dot[QLatin1String("card")].toString());
        if (!dot.exec()) {
            *error = failure(db, ServerJourneysText::tr("storing a dot of vote %1").arg(idText(row.vote)), dot);
            transaction.rollback();
            return false;
        }
    }
    // Survey and purchase data: a row per dataset (schema 8), in the document's order.
    QSqlQuery dataset(db);
    dataset.prepare(QStringLiteral("INSERT INTO datasets (journey, id, seq, name, kind, bytes, body) VALUES (?, ?, ?, '', '', 0, ?::jsonb)"));
    seq = -qint64(datasets.size());
    for (const QJsonValue &value : datasets) {
        const QJsonObject body = value.toObject();
        dataset.addBindValue(idText(id));
        dataset.addBindValue(body[QLatin1String("id")].toString());
        dataset.addBindValue(seq++);
        dataset.addBindValue(compact(body));
        if (!dataset.exec()) {
            *error = failure(db, ServerJourneysText::tr("storing the dataset “%1”").arg(body[QLatin1String("name")].toString()), dataset);
            transaction.rollback();
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<QUuid> publish(QSqlDatabase &db, const Journey &journey, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (const auto problems = journey.problems(); !problems.empty()) {
        message = ServerJourneysText::tr("the journey cannot be published: %1: %2").arg(problems.front().path, problems.front().message);
        return std::nullopt;
    }
    if (!ServerSchema::migrate(db, &message))
        return std::nullopt;
    JourneyParts parts = splitJourney(journey);
    // Survey and purchase data goes to a table of its own (schema 8): `base` stays small.
    const QJsonArray datasets = parts.base.take(datasetsKey).toArray();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        message = ServerJourneysText::tr("could not start a transaction on %1: %2").arg(db.databaseName(), db.lastError().text());
        transaction.rollback();
        return std::nullopt;
    }
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT title FROM journeys WHERE id = ?"));
    exists.addBindValue(idText(journey.id));
    if (!exists.exec()) {
        message = failure(db, ServerJourneysText::tr("looking for journey %1").arg(idText(journey.id)), exists);
        transaction.rollback();
        return std::nullopt;
    }
    if (exists.next()) {
        message = ServerJourneysText::tr("%1 already holds a journey with this id (“%2”); open that one from the server instead")
                      .arg(db.databaseName(), exists.value(0).toString());
        transaction.rollback();
        return std::nullopt;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO journeys (id, title, base) VALUES (?, ?, ?::jsonb)"));
    insert.addBindValue(idText(journey.id));
    insert.addBindValue(journey.title);
    insert.addBindValue(compact(parts.base));
    if (!insert.exec()) {
        message = failure(db, ServerJourneysText::tr("storing journey %1").arg(idText(journey.id)), insert);
        transaction.rollback();
        return std::nullopt;
    }
    if (!insertParts(db, transaction, journey.id, parts, datasets, &message)) {
        transaction.rollback();
        return std::nullopt;
    }
    if (!transaction.commit()) {
        message = ServerJourneysText::tr("could not commit journey %1 on %2: %3").arg(idText(journey.id), db.databaseName(), db.lastError().text());
        transaction.rollback();
        return std::nullopt;
    }
    return journey.id;
}

std::optional<ServerSnapshot> readSnapshot(QSqlDatabase &db, const QUuid &id, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const auto version = ServerSchema::versionOf(db, &message);
    if (!version)
        return std::nullopt;
    // A database set up by an older Waymark is brought up to date (when this user may).
    if (*version > 0 && *version < ServerSchema::version && !ServerSchema::migrate(db, &message))
        return std::nullopt;
    if (*version != ServerSchema::version && !(*version > 0 && *version < ServerSchema::version)) {
        message = *version == 0 ? ServerJourneysText::tr("%1 holds no Waymark journeys").arg(db.databaseName())
                                : ServerJourneysText::tr("the database %1 holds Waymark's server schema version %2; this Waymark reads version %3")
                                      .arg(db.databaseName())
                                      .arg(*version)
                                      .arg(ServerSchema::version);
        return std::nullopt;
    }
    Transaction transaction(db);
    QSqlQuery query(db);
    // One snapshot for all four tables, so the parts and last_change agree.
    if (!transaction.isOpen() || !query.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
        message = failure(db, ServerJourneysText::tr("starting to read journey %1").arg(idText(id)), query);
        transaction.rollback();
        return std::nullopt;
    }
    ServerSnapshot snapshot;
    query.prepare(QStringLiteral("SELECT base, last_change FROM journeys WHERE id = ?"));
    query.addBindValue(idText(id));
    if (!query.exec()) {
        message = failure(db, ServerJourneysText::tr("reading journey %1").arg(idText(id)), query);
        transaction.rollback();
        return std::nullopt;
    }
    if (!query.next()) {
        message = ServerJourneysText::tr("%1 holds no journey with id %2").arg(db.databaseName(), idText(id));
        transaction.rollback();
        return std::nullopt;
    }
    const auto base = objectAt(query.value(0), ServerJourneysText::tr("table journeys, row %1, column base").arg(idText(id)), &message);
    if (!base) {
        transaction.rollback();
        return std::nullopt;
    }
    snapshot.parts.base = *base;
    snapshot.lastChange = query.value(1).toLongLong();

    query.prepare(QStringLiteral("SELECT id, stage, lane, sort_key, fields FROM cards WHERE journey = ?"));
    query.addBindValue(idText(id));
    if (!query.exec()) {
        message = failure(db, ServerJourneysText::tr("reading the cards of journey %1").arg(idText(id)), query);
        transaction.rollback();
        return std::nullopt;
    }
    while (query.next()) {
        const QUuid cardId = QUuid::fromString(query.value(0).toString());
        const auto fields = objectAt(query.value(4), ServerJourneysText::tr("table cards, row %1, column fields").arg(idText(cardId)), &message);
        if (!fields) {
            transaction.rollback();
            return std::nullopt;
        }
        snapshot.parts.cards[cardId] = CardRow{QUuid::fromString(query.value(1).toString()), QUuid::fromString(query.value(2).toString()),
                                               query.value(3).toString(), *fields};
    }
    query.prepare(QStringLiteral("SELECT id, body FROM comments WHERE journey = ? ORDER BY seq"));
    query.addBindValue(idText(id));
    if (!query.exec()) {
        message = failure(db, ServerJourneysText::tr("reading the comments of journey %1").arg(idText(id)), query);
        transaction.rollback();
        return std::nullopt;
    }
    while (query.next()) {
        const auto body = objectAt(query.value(1), ServerJourneysText::tr("table comments, row %1, column body").arg(query.value(0).toString()), &message);
        if (!body) {
            transaction.rollback();
            return std::nullopt;
        }
        snapshot.parts.comments.push_back(*body);
    }
    query.prepare(QStringLiteral("SELECT vote, participant, card FROM dots WHERE journey = ? ORDER BY seq"));
    query.addBindValue(idText(id));
    if (!query.exec()) {
        message = failure(db, ServerJourneysText::tr("reading the dots of journey %1").arg(idText(id)), query);
        transaction.rollback();
        return std::nullopt;
    }
    while (query.next()) {
        snapshot.parts.dots.push_back({QUuid::fromString(query.value(0).toString()),
                                       QJsonObject{{QStringLiteral("participant"), idText(QUuid::fromString(query.value(1).toString()))},
                                                   {QStringLiteral("card"), idText(QUuid::fromString(query.value(2).toString()))}}});
    }
    query.prepare(QStringLiteral("SELECT id, seq, change, body FROM datasets WHERE journey = ? ORDER BY seq"));
    query.addBindValue(idText(id));
    if (!query.exec()) {
        message = failure(db, ServerJourneysText::tr("reading the datasets of journey %1").arg(idText(id)), query);
        transaction.rollback();
        return std::nullopt;
    }
    QJsonArray datasets;
    while (query.next()) {
        const QUuid datasetId = QUuid::fromString(query.value(0).toString());
        const auto body = objectAt(query.value(3), ServerJourneysText::tr("table datasets, row %1, column body").arg(idText(datasetId)), &message);
        if (!body) {
            transaction.rollback();
            return std::nullopt;
        }
        datasets.append(*body);
        snapshot.datasets[datasetId] = {query.value(1).toLongLong(), query.value(2).toLongLong()};
    }
    if (!datasets.isEmpty())
        snapshot.parts.base[datasetsKey] = datasets;
    return snapshot;
}

std::optional<Journey> open(QSqlDatabase &db, const QUuid &id, QString *error)
{
    const auto snapshot = readSnapshot(db, id, error);
    if (!snapshot)
        return std::nullopt;
    FormatError problem;
    auto journey = assembleJourney(snapshot->parts, &problem);
    if (!journey && error)
        *error = ServerJourneysText::tr("journey %1 on %2 is damaged: %3").arg(idText(id), db.databaseName(), problem.toString());
    return journey;
}

std::optional<std::vector<ServerJourneyInfo>> list(QSqlDatabase &db, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const auto version = ServerSchema::versionOf(db, &message);
    if (!version)
        return std::nullopt;
    std::vector<ServerJourneyInfo> journeys;
    if (*version == 0)
        return journeys; // nothing published there yet
    if (*version > ServerSchema::version) {
        message = ServerJourneysText::tr("the database %1 holds Waymark's server schema version %2, but this Waymark knows only up to version %3; "
                           "update Waymark to open journeys there")
                      .arg(db.databaseName())
                      .arg(*version)
                      .arg(ServerSchema::version);
        return std::nullopt;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, title, created, created_by, last_changed, last_change FROM journeys "
                                   "ORDER BY last_changed DESC, title"))) {
        message = failure(db, ServerJourneysText::tr("listing the journeys"), query);
        return std::nullopt;
    }
    while (query.next()) {
        journeys.push_back({QUuid::fromString(query.value(0).toString()), query.value(1).toString(), query.value(2).toDateTime().toUTC(),
                            query.value(3).toString(), query.value(4).toDateTime().toUTC(), query.value(5).toLongLong()});
    }
    return journeys;
}

} // namespace waymark::ServerJourneys
