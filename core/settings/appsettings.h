#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace costboard {

// One typed setting of the current user, stored with QSettings under `key`. Settings are declared
// once, in AppSettings, so no code scatters string keys and ad-hoc conversions.
template<typename T>
class SettingValue final
{
public:
    SettingValue(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {
    }

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
    static SettingValue<QString> language() { return {QStringLiteral("ui/language"), QString()}; }
    static SettingValue<QString> lastDatabase() { return {QStringLiteral("storage/lastDatabase"), QString()}; }
    static SettingValue<QByteArray> windowGeometry() { return {QStringLiteral("ui/windowGeometry"), QByteArray()}; }
    static SettingValue<QByteArray> windowState() { return {QStringLiteral("ui/windowState"), QByteArray()}; }
    static SettingValue<int> currentPage() { return {QStringLiteral("ui/currentPage"), 0}; }
    // The dashboard's filters, restored at the next start.
    static SettingValue<QString> dashboardPeriod() { return {QStringLiteral("dashboard/period"), QStringLiteral("last-13-weeks")}; }
    static SettingValue<QString> dashboardCustomFrom() { return {QStringLiteral("dashboard/customFrom"), QString()}; }
    static SettingValue<QString> dashboardCustomTo() { return {QStringLiteral("dashboard/customTo"), QString()}; }
    static SettingValue<QStringList> dashboardProjects() { return {QStringLiteral("dashboard/projects"), QStringList()}; }
    static SettingValue<QStringList> dashboardCategories() { return {QStringLiteral("dashboard/categories"), QStringList()}; }
    static SettingValue<QString> dashboardBasis() { return {QStringLiteral("dashboard/basis"), QStringLiteral("accrual")}; }
    // Presentation mode: seconds between slides when advancing on its own (a screen in a corridor).
    static SettingValue<int> presentationAdvanceSeconds() { return {QStringLiteral("presentation/advanceSeconds"), 30}; }
    // The default database location when neither --db nor a last database is given.
    static QString defaultDatabasePath();
};

} // namespace costboard
