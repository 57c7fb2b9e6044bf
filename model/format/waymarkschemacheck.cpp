#include "format/waymarkschemacheck.h"

#include "format/sqlitedb.h"
#include "format/waymarkschema.h"
#include "inputlimits.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace waymark {

namespace {

struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(WaymarkFile)
};

struct SchemaColumn {
    QString name;
    QString type; // declared: TEXT, INTEGER, REAL or BLOB
    bool nullable = true;
};

struct SchemaTable {
    QString name;
    QList<SchemaColumn> columns;
};

struct Failure {
    QString message;
};

// Tables whose rows are survey answers or their text: as long as the data, not a list a
// person made. SQLITE_LIMIT_LENGTH and the file's own size bound them.
bool holdsData(const QString &table)
{
    static const QStringList data{QStringLiteral("dataset_strings"), QStringLiteral("nps_rows"), QStringLiteral("clv_rows"),
                                  QStringLiteral("dataset_columns")};
    return data.contains(table);
}

QString quotedName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QList<SchemaTable> tablesOf(SqliteDatabase &db)
{
    QList<SchemaTable> tables;
    SqliteStatement list = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (list.next())
        tables.append({list.text(0), {}});
    for (SchemaTable &table : tables) {
        SqliteStatement columns = db.prepare("SELECT name, upper(type), \"notnull\" FROM pragma_table_info(?1)");
        columns.bind(1, table.name);
        while (columns.next())
            table.columns.append({columns.text(0), columns.text(1), columns.integer(2) == 0});
    }
    return tables;
}

// The storage classes a column of this declared type may hold (typeof() names).
QStringList allowedTypes(const SchemaColumn &column)
{
    QStringList types;
    if (column.type == QLatin1String("TEXT"))
        types << QStringLiteral("text");
    else if (column.type == QLatin1String("INTEGER"))
        types << QStringLiteral("integer");
    else if (column.type == QLatin1String("REAL"))
        types << QStringLiteral("real") << QStringLiteral("integer");
    else
        types << QStringLiteral("blob");
    if (column.nullable)
        types << QStringLiteral("null");
    return types;
}

QString typeWord(const QString &storage)
{
    if (storage == QLatin1String("text"))
        return CheckText::tr("text");
    if (storage == QLatin1String("integer"))
        return CheckText::tr("a whole number");
    if (storage == QLatin1String("real"))
        return CheckText::tr("a number");
    if (storage == QLatin1String("blob"))
        return CheckText::tr("binary data");
    return CheckText::tr("nothing (NULL)");
}

// No views or triggers: Waymark never writes them, and either could make a query return what
// the file does not hold, or run forever.
void checkObjects(SqliteDatabase &file)
{
    SqliteStatement objects = file.prepare("SELECT type, name FROM sqlite_schema WHERE type IN ('view', 'trigger')");
    if (objects.next())
        throw Failure{objects.text(0) == QLatin1String("view")
                          ? CheckText::tr("The file holds a view “%1”; Waymark files hold only tables.").arg(objects.text(1))
                          : CheckText::tr("The file holds a trigger “%1”; Waymark files hold only tables.").arg(objects.text(1))};
    if (!objects.ok())
        throw Failure{CheckText::tr("The file is damaged (%1).").arg(file.lastError())};
}

void checkColumns(SqliteDatabase &file, const SchemaTable &expected)
{
    SqliteStatement kind = file.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    kind.bind(1, expected.name);
    if (!kind.next())
        throw Failure{CheckText::tr("The file has no table “%1”: it is damaged or was not written by Waymark.").arg(expected.name)};
    if (kind.text(0).trimmed().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
        throw Failure{CheckText::tr("The table “%1” is a virtual table; Waymark writes only ordinary tables.").arg(expected.name)};

    SqliteStatement columns = file.prepare("SELECT name, hidden FROM pragma_table_xinfo(?1)");
    columns.bind(1, expected.name);
    QStringList present;
    while (columns.next()) {
        if (columns.integer(1) != 0)
            throw Failure{CheckText::tr("Table “%1”, column “%2” is computed, not stored; Waymark stores every value.")
                              .arg(expected.name, columns.text(0))};
        present << columns.text(0);
    }
    for (const SchemaColumn &column : expected.columns) {
        if (!present.contains(column.name))
            throw Failure{CheckText::tr("Table “%1” has no column “%2”: the file is damaged or was not written by Waymark.")
                              .arg(expected.name, column.name)};
    }
}

// One scan per table in SQL; only when something is wrong is the table walked again to
// name the first bad row and column.
void checkValues(SqliteDatabase &file, const SchemaTable &table)
{
    QStringList conditions;
    QStringList types;
    for (const SchemaColumn &column : table.columns) {
        conditions << QStringLiteral("typeof(%1) NOT IN ('%2')").arg(quotedName(column.name), allowedTypes(column).join(QStringLiteral("', '")));
        types << QStringLiteral("typeof(%1)").arg(quotedName(column.name));
    }
    const QByteArray count = QStringLiteral("SELECT count(*), sum(%1) FROM %2")
                                 .arg(conditions.join(QStringLiteral(" OR ")), quotedName(table.name))
                                 .toUtf8();
    SqliteStatement totals = file.prepare(count.constData());
    if (!totals.next())
        throw Failure{file.timedOut() ? file.lastError() : CheckText::tr("The file is damaged (%1).").arg(file.lastError())};
    const qint64 rows = totals.integer(0);
    const qint64 limit = table.name == QLatin1String("touchpoints") ? InputLimits::maxCards : InputLimits::maxListItems;
    if (!holdsData(table.name) && rows > limit)
        throw Failure{CheckText::tr("Table “%1” has %2 rows; Waymark reads at most %3 (see “Limits” in the file format documentation).")
                          .arg(table.name)
                          .arg(rows)
                          .arg(limit)};
    if (totals.integer(1) == 0)
        return;

    const QByteArray walk = QStringLiteral("SELECT %1 FROM %2").arg(types.join(QStringLiteral(", ")), quotedName(table.name)).toUtf8();
    SqliteStatement values = file.prepare(walk.constData());
    for (qint64 row = 1; values.next(); ++row) {
        for (int c = 0; c < table.columns.size(); ++c) {
            const SchemaColumn &column = table.columns.at(c);
            const QString stored = values.text(c);
            if (!allowedTypes(column).contains(stored))
                throw Failure{CheckText::tr("Table “%1”, row %2, column “%3” holds %4 where %5 belongs.")
                                  .arg(table.name)
                                  .arg(row)
                                  .arg(column.name, typeWord(stored), typeWord(allowedTypes(column).constFirst()))};
        }
    }
    throw Failure{file.timedOut() ? file.lastError() : CheckText::tr("The file is damaged (%1).").arg(file.lastError())};
}

} // namespace

bool checkWaymarkTables(SqliteDatabase &file, int version, QString *error)
{
    SqliteDatabase reference;
    QString why;
    if (!reference.open(QStringLiteral(":memory:"), SqliteDatabase::Mode::ReadWriteCreate)
        || !WaymarkSchema::createVersion(reference, version, &why)) {
        *error = why.isEmpty() ? reference.lastError() : why;
        return false;
    }
    try {
        checkObjects(file);
        for (const SchemaTable &table : tablesOf(reference)) {
            checkColumns(file, table);
            checkValues(file, table);
        }
    } catch (const Failure &failure) {
        *error = failure.message;
        return false;
    }
    return true;
}

} // namespace waymark
