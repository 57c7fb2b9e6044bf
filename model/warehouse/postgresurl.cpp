#include "warehouse/postgresurl.h"
#include "warehouse/warehousetext.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace waymark {

namespace {

// The libpq options a URL may carry besides host, port, user and dbname. Anything else
// (passfile, service, …) could point Waymark at secrets or other servers unseen.
const QStringList &passedOptions()
{
    static const QStringList options{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"), QStringLiteral("connect_timeout"),
                                     QStringLiteral("target_session_attrs"), QStringLiteral("application_name")};
    return options;
}

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

std::optional<int> portNumber(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}
} // namespace

bool isPostgresUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

std::optional<PostgresAddress> parsePostgresUrl(const QString &url, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<PostgresAddress> {
        *error = WarehouseText::tr("%1: %2").arg(url.left(200), message);
        return std::nullopt;
    };
    // Not echoing the URL: it holds the password.
    const auto refusePassword = [&]() -> std::optional<PostgresAddress> {
        *error = WarehouseText::tr("the PostgreSQL URL holds a password; put it in ~/.pgpass (libpq reads it there) and leave it out of the URL");
        return std::nullopt;
    };
    if (!isPostgresUrl(url))
        return fail(WarehouseText::tr("not a PostgreSQL URL (postgresql://HOST/DATABASE)"));
    QStringView rest = QStringView(url).mid(url.indexOf(QLatin1String("://")) + 3);
    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QStringView authority = rest;
    QStringView path;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }

    PostgresAddress address;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(u':'))
            return refusePassword();
        address.user = decoded(userInfo);
    }
    QStringView hostPart = authority;
    QStringView portPart;
    if (authority.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return fail(WarehouseText::tr("“[” without “]” in the host"));
        hostPart = authority.mid(1, close - 1);
        if (authority.size() > close + 1) {
            if (authority[close + 1] != u':')
                return fail(WarehouseText::tr("unexpected text after the host"));
            portPart = authority.mid(close + 2);
        }
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        hostPart = authority.left(colon);
        portPart = authority.mid(colon + 1);
    }
    if (hostPart.contains(u','))
        return fail(WarehouseText::tr("several hosts are not supported; name one"));
    address.host = decoded(hostPart);
    if (!portPart.isEmpty()) {
        const auto port = portNumber(portPart.toString());
        if (!port)
            return fail(WarehouseText::tr("“%1” is not a port number").arg(portPart.toString()));
        address.port = *port;
    }
    address.database = decoded(path);

    for (QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = decoded(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
        if (key == QLatin1String("password"))
            return refusePassword();
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            address.host = value;
        } else if (key == QLatin1String("port")) {
            const auto port = portNumber(value);
            if (!port)
                return fail(WarehouseText::tr("“%1” is not a port number").arg(value));
            address.port = *port;
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else if (key == QLatin1String("dbname")) {
            address.database = value;
        } else if (passedOptions().contains(key)) {
            // Qt's driver separates options with ';' and spaces: a value holding one would
            // become another option.
            if (value.contains(u';') || value.contains(u' ') || value.contains(u'\''))
                return fail(WarehouseText::tr("the value of “%1” may not hold spaces, quotes or “;”").arg(key));
            address.options.append({key, value});
        } else {
            return fail(WarehouseText::tr("unknown option “%1” (known: host, port, user, dbname, %2)").arg(key, passedOptions().join(QStringLiteral(", "))));
        }
    }
    if (address.database.isEmpty())
        return fail(WarehouseText::tr("no database named: postgresql://HOST/DATABASE"));
    return address;
}

QString PostgresAddress::display() const
{
    const bool socketFolder = host.startsWith(u'/');
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    if (!socketFolder)
        text += host.contains(u':') ? u'[' + host + u']' : host;
    if (port > 0 && !socketFolder)
        text += u':' + QString::number(port);
    text += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList query;
    if (socketFolder)
        query << QStringLiteral("host=") + host;
    if (port > 0 && socketFolder)
        query << QStringLiteral("port=") + QString::number(port);
    for (const auto &[key, value] : options)
        query << key + u'=' + value;
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

} // namespace waymark
