// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>

namespace costboard {

// The interface language rule, shared by the window and the command line (QtCore only, so the
// headless costboard-cli words things exactly as the window does).
namespace language {

// "fr" or "en": `preference` when it names one, else the system locale's language.
QString resolve(const QString &preference);

} // namespace language

// Installs CostBoard's translator (:/i18n/costboard_<lang>.qm, embedded by costboard_resources)
// and Qt's own for `language` ("fr" or "en"), and makes the matching QLocale the default, so
// numbers, dates and money follow the language: "1 234,56 €" in French, "€1,234.56" in English.
// Needs a QCoreApplication; uninstalls them when destroyed.
class Translators final
{
public:
    explicit Translators(const QString &language);
    ~Translators();
    Translators(const Translators &) = delete;
    Translators &operator=(const Translators &) = delete;

    const QString &language() const noexcept { return m_language; }

private:
    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};

} // namespace costboard
