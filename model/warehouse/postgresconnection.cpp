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
    // libpq's key='value' form, so a value with a space (an application name, a certificate's
    // path) stays one value; QPSQL joins the options with spaces.
    const auto quoted = [](QString value) {
        value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        return u'\'' + value + u'\'';
    };
    QStringList text;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        text << it.key() + u'=' + quoted(it.value());
    db.setConnectOptions(text.join(u';'));
    db.open();
    return db;
}

} // namespace waymark
