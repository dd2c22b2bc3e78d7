// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

#include <spdlog/spdlog.h>

namespace costboard {

QString language::resolve(const QString &preference)
{
    if (preference == QLatin1String("fr") || preference == QLatin1String("en"))
        return preference;
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

Translators::Translators(const QString &language)
    : m_language(language::resolve(language))
{
    QLocale::setDefault(m_language == QLatin1String("fr")
                            ? QLocale(QLocale::French, QLocale::France)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // English carries only plural forms ("1 line", "2 lines"); French is the whole catalogue.
    if (m_appTranslator.load(QStringLiteral(":/i18n/costboard_%1.qm").arg(m_language)))
        QCoreApplication::installTranslator(&m_appTranslator);
    else
        spdlog::warn("translation {} not found in the resources", m_language.toStdString());
    if (m_language == QLatin1String("fr")
        && m_qtTranslator.load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}

Translators::~Translators()
{
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QCoreApplication::removeTranslator(&m_appTranslator);
}

} // namespace costboard
