#include "warehouse/postgresconnection.h"

#include <QMap>
#include <QStringList>

namespace waymark {

QSqlDatabase openPostgres(const PostgresAddress &address, const QString &name, int connectTimeoutSeconds, const QString &applicationName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setUserName(address.user);
    db.setDatabaseName(address.database);
    QMap<QString, QString> options{{QStringLiteral("application_name"), applicationName},
                                   {QStringLiteral("connect_timeout"), QString::number(connectTimeoutSeconds)}};
    for (const auto &[key, value] : address.options)
        options.insert(key, value);
    QStringList text;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        text << it.key() + u'=' + it.value();
    db.setConnectOptions(text.join(u';'));
    db.open();
    return db;
}

} // namespace waymark
