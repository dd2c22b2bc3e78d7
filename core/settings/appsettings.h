// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace costboard {

// One typed setting of the current user, stored with QSettings under `key`. Settings are declared
// once, in AppSettings, so no code scatters string keys and ad-hoc conversions.
template <typename T> class SettingValue final
{
public:
    SettingValue(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    { }

    T get() const
    {
        const QVariant value = QSettings().value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_default;
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

// The current user's preferences on this machine. Data-wide settings (reporting currency, fiscal
// year) live in the database instead: see DatabaseSettings.
struct AppSettings final
{
    // "" follows the system locale; "fr" or "en" forces the interface language.
    static SettingValue<QString> language() { return { QStringLiteral("ui/language"), QString() }; }
    static SettingValue<QString> lastDatabase()
    {
        return { QStringLiteral("storage/lastDatabase"), QString() };
    }
    // The name the audit log and acknowledged alerts record for this user (AuditLog::actor());
    // asked on first run, editable in the preferences.
    static SettingValue<QString> userName() { return { QStringLiteral("user/name"), QString() }; }
    static SettingValue<QByteArray> windowGeometry()
    {
        return { QStringLiteral("ui/windowGeometry"), QByteArray() };
    }
    static SettingValue<QByteArray> windowState()
    {
        return { QStringLiteral("ui/windowState"), QByteArray() };
    }
    static SettingValue<int> currentPage() { return { QStringLiteral("ui/currentPage"), 0 }; }
    // The dashboard's filters, restored when the same database is opened again: each database
    // keeps its own (project codes and periods of one mean nothing in another).
    static SettingValue<QString> dashboardPeriod(const QString &database)
    {
        return { databaseScope(database) + QStringLiteral("/period"), QStringLiteral("last-13-weeks") };
    }
    static SettingValue<QString> dashboardCustomFrom(const QString &database)
    {
        return { databaseScope(database) + QStringLiteral("/customFrom"), QString() };
    }
    static SettingValue<QString> dashboardCustomTo(const QString &database)
    {
        return { databaseScope(database) + QStringLiteral("/customTo"), QString() };
    }
    static SettingValue<QStringList> dashboardProjects(const QString &database)
    {
        return { databaseScope(database) + QStringLiteral("/projects"), QStringList() };
    }
    // "committee", "cio", "cfo": the projects decided at that level; empty: the projects above.
    static SettingValue<QString> dashboardDecisionLevel(const QString &database)
    {
        return { databaseScope(database) + QStringLiteral("/decisionLevel"), QString() };
    }
    static SettingValue<QStringList> dashboardCategories(const QString &database)
    {
        return { databaseScope(database) + QStringLiteral("/categories"), QStringList() };
    }
    static SettingValue<QString> dashboardBasis(const QString &database)
    {
        return { databaseScope(database) + QStringLiteral("/basis"), QStringLiteral("accrual") };
    }
    // "dashboard/<hash>": the settings group of one database, by a hash of its canonical path (the
    // same file reached through a symlink or a relative path shares its settings).
    static QString databaseScope(const QString &database);
    // Presentation mode: seconds between slides when advancing on its own (a screen in a corridor).
    static SettingValue<int> presentationAdvanceSeconds()
    {
        return { QStringLiteral("presentation/advanceSeconds"), 30 };
    }
    // The window's zoom in percent (View → Zoom In / Zoom Out / Actual Size), over the screen's scale.
    static SettingValue<int> zoomPercent() { return { QStringLiteral("ui/zoomPercent"), 100 }; }
    // The default database location when neither --db nor a last database is given.
    static QString defaultDatabasePath();
    // Where the welcome page writes the demo portfolio, beside the default database.
    static QString demoDatabasePath();
};

} // namespace costboard
