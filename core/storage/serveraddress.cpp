// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serveraddress.h"

#include <QUrl>
#include <QUrlQuery>

#include "errors.h"

namespace costboard {
namespace {

const QStringList &schemes()
{
    static const QStringList names { QStringLiteral("postgresql://"), QStringLiteral("postgres://") };
    return names;
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

// `part`: the piece of the address that is wrong, quoted in the message.
[[noreturn]] void refuse(const QString &url, const QString &part)
{
    throw StorageError(ErrorCode::ServerUrlInvalid, { url, part });
}

int portNumber(const QString &url, const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        refuse(url, text);
    return port;
}

} // namespace

const QStringList &ServerAddress::tlsModes()
{
    static const QStringList modes { QStringLiteral("disable"),   QStringLiteral("allow"),
                                     QStringLiteral("prefer"),    QStringLiteral("require"),
                                     QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    return modes;
}

bool ServerAddress::isServerUrl(const QString &location)
{
    for (const QString &scheme : schemes()) {
        if (location.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The URL form of libpq's connection strings (PostgreSQL manual, "Connection URIs"), parsed by
// hand rather than with QUrl, which refuses a socket folder written percent-encoded in the host.
ServerAddress ServerAddress::fromUrl(const QString &url)
{
    QString rest;
    for (const QString &scheme : schemes()) {
        if (url.startsWith(scheme, Qt::CaseInsensitive))
            rest = url.mid(scheme.size());
    }
    if (!isServerUrl(url))
        refuse(url, url.section(u':', 0, 0));

    ServerAddress address;
    QString query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        address.database = decoded(rest.mid(slash + 1));
        if (address.database.contains(u'/'))
            refuse(url, address.database);
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(u':'))
            throw StorageError(ErrorCode::ServerUrlHasPassword);
        address.user = decoded(userInfo);
    }
    if (authority.startsWith(u'[')) { // an IPv6 address: [::1]:5432
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            refuse(url, authority);
        address.host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (after.startsWith(u':'))
            address.port = portNumber(url, after.mid(1));
        else if (!after.isEmpty())
            refuse(url, authority);
    } else {
        if (authority.contains(u','))
            refuse(url, authority); // libpq's list of hosts to try: one server here
        const qsizetype colon = authority.lastIndexOf(u':');
        address.host = decoded(colon >= 0 ? authority.left(colon) : authority);
        if (colon >= 0)
            address.port = portNumber(url, authority.mid(colon + 1));
    }

    const QUrlQuery parameters(query);
    for (const auto &[rawKey, rawValue] : parameters.queryItems(QUrl::FullyEncoded)) {
        const QString key = decoded(rawKey);
        const QString value = decoded(rawValue);
        if (key == QLatin1String("host"))
            address.host = value;
        else if (key == QLatin1String("port"))
            address.port = portNumber(url, value);
        else if (key == QLatin1String("dbname"))
            address.database = value;
        else if (key == QLatin1String("user"))
            address.user = value;
        else if (key == QLatin1String("sslmode")) {
            if (!tlsModes().contains(value))
                refuse(url, QStringLiteral("sslmode=") + value);
            address.tlsMode = value;
        } else if (key == QLatin1String("service"))
            address.service = value;
        else if (key == QLatin1String("password"))
            throw StorageError(ErrorCode::ServerUrlHasPassword);
        else
            refuse(url, key);
    }
    if (address.database.isEmpty() && address.service.isEmpty())
        refuse(url, QStringLiteral("dbname"));
    return address;
}

QString ServerAddress::toUrl() const
{
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += encoded(user) + u'@';
    // A socket folder goes in the parameters: a host holds no slash.
    const bool socketFolder = host.startsWith(u'/');
    if (!host.isEmpty() && !socketFolder)
        url += host.contains(u':') ? u'[' + host + u']' : encoded(host);
    if (port != 0 && !socketFolder)
        url += u':' + QString::number(port);
    url += u'/' + encoded(database);
    QStringList parameters;
    if (socketFolder)
        parameters << QStringLiteral("host=") + encoded(host);
    if (socketFolder && port != 0)
        parameters << QStringLiteral("port=%1").arg(port);
    if (!tlsMode.isEmpty())
        parameters << QStringLiteral("sslmode=") + tlsMode;
    if (!service.isEmpty())
        parameters << QStringLiteral("service=") + encoded(service);
    if (!parameters.isEmpty())
        url += u'?' + parameters.join(u'&');
    return url;
}

QString ServerAddress::describe() const
{
    QString text;
    if (!user.isEmpty())
        text += user + u'@';
    text += host.isEmpty() ? QStringLiteral("localhost") : host;
    if (port != 0)
        text += u':' + QString::number(port);
    text += u'/' + (database.isEmpty() ? service : database);
    return text;
}

} // namespace costboard
