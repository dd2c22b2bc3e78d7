// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace costboard {

// Where a team's PostgreSQL database is, as `--db postgresql://user@host:port/database?sslmode=…`
// and the connection dialog say it. It never holds a password: libpq finds it in ~/.pgpass or a
// service file, or the application passes one from the system keychain when it connects, so an
// address can be shown, logged and remembered as it is.
struct ServerAddress
{
    // A host name, an IP address, or the folder of a Unix socket ("/var/run/postgresql"); empty
    // for libpq's default.
    QString host;
    int port = 0; // 0: libpq's default (5432)
    QString database;
    QString user; // empty: libpq's default (the login name)
    // libpq's sslmode: disable, allow, prefer, require, verify-ca or verify-full; empty: prefer.
    QString tlsMode;
    // A pg_service.conf entry whose settings complete the address.
    QString service;

    // True for text that names a server rather than a SQLite file: it starts with
    // "postgresql://" or "postgres://".
    static bool isServerUrl(const QString &location);
    // Parses a libpq connection URL. Throws StorageError: ServerUrlInvalid (what is wrong, so that
    // the person can fix it), ServerUrlHasPassword (a password written in the address).
    static ServerAddress fromUrl(const QString &url);
    // The same address as a URL that fromUrl() reads back, in a canonical order.
    QString toUrl() const;
    // What the status bar and the log say: "user@host:port/database".
    QString describe() const;

    static const QStringList &tlsModes();

    friend bool operator==(const ServerAddress &, const ServerAddress &) = default;
};

} // namespace costboard
