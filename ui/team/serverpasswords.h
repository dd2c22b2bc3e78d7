// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace costboard::ui::serverpasswords {

// The password of a server address, kept in the system keychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Store, through qtkeychain), never in the settings or the log.
// Keyed by the address without password (ServerAddress::toUrl()).

// The stored password, or empty when there is none or no keychain answers (then libpq looks in
// ~/.pgpass, PGPASSFILE or a service file). Waits for the keychain, at most a few seconds.
QString read(const QString &serverUrl);
// Stores it; returns an empty string, or why the keychain refused (shown to the person: the
// connection still works, the password is simply asked again next time).
QString store(const QString &serverUrl, const QString &password);
// Forgets it (a password that the server refused).
void forget(const QString &serverUrl);

} // namespace costboard::ui::serverpasswords
