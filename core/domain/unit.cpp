// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/unit.h"

#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QHash>

namespace costboard::units {
namespace {

struct Translatable
{
    const char *source;
    const char *comment;
};

struct KnownUnit
{
    const char *key;
    Translatable name; // plural, for lists
    Translatable quantity; // numerus: "%1" is the number, already formatted
    // The spellings that mean this unit, in the form normalized() gives (lower case, one space
    // between words): English and French, singular and plural, and what billing exports write.
    // The unused tail stays null.
    const char *spellings[18];
};

// clang-format off
const KnownUnit knownUnits[] = {
    {"token", QT_TRANSLATE_NOOP3("Units", "tokens", "unit name in a list"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 token(s)", "a quantity and its unit: 12,000 tokens"),
     {"token", "tokens", "jeton", "jetons"}},
    {"word", QT_TRANSLATE_NOOP3("Units", "words", "unit name in a list"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 word(s)", "a quantity and its unit: 5,000 words"),
     {"word", "words", "mot", "mots"}},
    {"character", QT_TRANSLATE_NOOP3("Units", "characters", "unit name in a list"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 character(s)", "a quantity and its unit: 50,000 characters"),
     {"character", "characters", "char", "chars", "caractère", "caractères", "caractere", "caracteres"}},
    {"request", QT_TRANSLATE_NOOP3("Units", "requests", "unit name in a list"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 request(s)", "a quantity and its unit: 1.5 requests"),
     {"request", "requests", "req", "requête", "requêtes", "requete", "requetes", "api request", "api requests",
      "call", "calls", "api call", "api calls", "appel", "appels", "appel api", "appels api"}},
    {"image", QT_TRANSLATE_NOOP3("Units", "images", "unit name in a list"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 image(s)", "a quantity and its unit: 40 images"),
     {"image", "images"}},
    {"document", QT_TRANSLATE_NOOP3("Units", "documents", "unit name in a list"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 document(s)", "a quantity and its unit: 300 documents"),
     {"document", "documents", "doc", "docs"}},
    {"page", QT_TRANSLATE_NOOP3("Units", "pages", "unit name in a list"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 page(s)", "a quantity and its unit: 1,200 pages"),
     {"page", "pages"}},
    {"user", QT_TRANSLATE_NOOP3("Units", "users", "unit name in a list"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 user(s)", "a quantity and its unit: 25 users"),
     {"user", "users", "utilisateur", "utilisateurs"}},
    {"seat", QT_TRANSLATE_NOOP3("Units", "seats", "unit name in a list: licence seats"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 seat(s)", "a quantity and its unit: 25 licence seats"),
     {"seat", "seats", "siège", "sièges", "siege", "sieges"}},
    {"hour", QT_TRANSLATE_NOOP3("Units", "hours", "unit name in a list"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 hour(s)", "a quantity and its unit: 720 hours"),
     {"hour", "hours", "hr", "hrs", "h", "1 hour", "heure", "heures"}},
    {"minute", QT_TRANSLATE_NOOP3("Units", "minutes", "unit name in a list: audio transcribed or spoken"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 minute(s)", "a quantity and its unit: 90 minutes"),
     {"minute", "minutes", "min", "mins"}},
    {"gpu_hour", QT_TRANSLATE_NOOP3("Units", "GPU-hours", "unit name in a list"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 GPU-hour(s)", "a quantity and its unit: 96 GPU-hours"),
     {"gpu hour", "gpu hours", "gpu hr", "gpu hrs", "gpuh", "heure gpu", "heures gpu", "gpu heure", "gpu heures"}},
    {"person_day", QT_TRANSLATE_NOOP3("Units", "person-days", "unit name in a list"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 person-day(s)", "a quantity and its unit: 12.5 person-days"),
     {"person day", "person days", "man day", "man days", "jour homme", "jours homme", "jour hommes",
      "jours hommes", "jour personne", "jours personne", "homme jour", "hommes jours"}},
    {"day", QT_TRANSLATE_NOOP3("Units", "days", "unit name in a list"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 day(s)", "a quantity and its unit: 30 days"),
     {"day", "days", "jour", "jours"}},
    {"month", QT_TRANSLATE_NOOP3("Units", "months", "unit name in a list"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 month(s)", "a quantity and its unit: 12 months"),
     {"month", "months", "mois"}},
    {"gigabyte", QT_TRANSLATE_NOOP3("Units", "GB", "unit name in a list: gigabytes"),
     QT_TRANSLATE_N_NOOP3("Units", "%1 GB", "a quantity of gigabytes: 250 GB"),
     {"gb", "gigabyte", "gigabytes", "go", "gigaoctet", "gigaoctets"}},
};
// clang-format on

// Lower case, hyphens and underscores as spaces, one space between words: "GPU-Hours",
// "gpu_hour" and "gpu  hours " all read "gpu hour(s)".
QString normalized(const QString &text)
{
    QString folded = text.toLower();
    folded.replace(u'-', u' ').replace(u'_', u' ');
    return folded.simplified();
}

const QHash<QString, const KnownUnit *> &bySpelling()
{
    static const QHash<QString, const KnownUnit *> table = [] {
        QHash<QString, const KnownUnit *> spellings;
        for (const KnownUnit &unit : knownUnits) {
            for (const char *spelling : unit.spellings) {
                if (spelling)
                    spellings.insert(QString::fromUtf8(spelling), &unit);
            }
        }
        return spellings;
    }();
    return table;
}

const KnownUnit *findKey(const QString &key)
{
    for (const KnownUnit &unit : knownUnits) {
        if (key == QLatin1String(unit.key))
            return &unit;
    }
    return nullptr;
}

// An integer standing for `quantity` in the translator's plural rules, which take integers only.
// A whole quantity is itself. A fraction takes the form of its whole part in French ("1,5 heure")
// and the plural in English ("1.5 hours"): 0 gives both, as the whole parts 0 and 1 are singular
// in French and 0 is plural in English; from 2 on the whole part is plural in both.
int pluralCount(double quantity)
{
    const double magnitude = std::abs(quantity);
    if (!std::isfinite(magnitude))
        return 2;
    const double whole = std::floor(magnitude);
    // Past a million every language we ship says "many"; keep the last digits for those that look.
    const double bounded = whole > 1'000'000 ? 1'000'000 + std::fmod(whole, 1'000'000) : whole;
    if (whole == magnitude)
        return static_cast<int>(bounded);
    return whole <= 1 ? 0 : static_cast<int>(bounded);
}

} // namespace

QStringList knownKeys()
{
    QStringList keys;
    for (const KnownUnit &unit : knownUnits)
        keys << QLatin1String(unit.key);
    return keys;
}

bool isKnownKey(const QString &unit)
{
    return findKey(unit) != nullptr;
}

QString canonical(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty() || isKnownKey(trimmed))
        return trimmed;
    const KnownUnit *unit = bySpelling().value(normalized(trimmed));
    return unit ? QString::fromLatin1(unit->key) : trimmed;
}

QString name(const QString &unit)
{
    const KnownUnit *known = findKey(unit);
    return known ? QCoreApplication::translate("Units", known->name.source, known->name.comment) : unit;
}

QString quantityLabel(double quantity, const QString &unit, const QLocale &locale)
{
    const QString number = locale.toString(quantity, 'f', QLocale::FloatingPointShortest);
    if (const KnownUnit *known = findKey(unit)) {
        return QCoreApplication::translate("Units", known->quantity.source, known->quantity.comment,
                                           pluralCount(quantity))
            .arg(number);
    }
    return unit.isEmpty() ? number : number + u' ' + unit;
}

} // namespace costboard::units
