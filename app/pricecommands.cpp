// SPDX-License-Identifier: GPL-3.0-or-later
// `costboard prices list|import|set` and `costboard estimate`: the price catalog of
// core/pricing and the inference estimator, from the command line.

#include <limits>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "commands.h"
#include "commandsupport.h"
#include "domain/displaynames.h"
#include "pricing/estimate.h"
#include "pricing/pricelistfile.h"
#include "pricing/pricerepository.h"
#include "pricing/usageledger.h"

namespace costboard::cli {
namespace {

using namespace pricing;

std::int64_t wholeOption(const char *option, const QString &text, std::int64_t fallback)
{
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < 0)
        throw BadOption(
            QLatin1String(option),
            QCoreApplication::translate("costboard::cli", "\"%1\" is not a whole number of 0 or more")
                .arg(text));
    return value;
}

// The catalog of --db, else the one CostBoard ships: an estimate needs no database.
PriceCatalog catalogFor(const Invocation &invocation, TokensPerWord *factors = nullptr)
{
    if (invocation.databasePath.isEmpty())
        return PriceCatalog(shippedPriceList().entries);
    auto database = openExistingDatabase(invocation, Database::Access::ReadOnly);
    PriceRepository repository(*database);
    if (factors)
        *factors = repository.tokensPerWord();
    return repository.catalog();
}

// An entry as the JSON of `prices list` and `estimate` writes it: keys, integers and the
// decimal as written in a price list, the same in every language.
QJsonObject entryToJson(const PriceEntry &entry)
{
    QJsonObject object;
    object.insert(QStringLiteral("provider"), entry.provider);
    object.insert(QStringLiteral("model"), entry.model);
    object.insert(QStringLiteral("meter"), meterKey(entry.meter));
    object.insert(QStringLiteral("micros_per_million"),
                  entry.microsPerMillion ? QJsonValue(qint64(*entry.microsPerMillion)) : QJsonValue());
    const bool perMillion = meterDisplayUnits(entry.meter) == 1'000'000;
    object.insert(QStringLiteral("price_per"),
                  perMillion ? QStringLiteral("1M tokens") : meterUnit(entry.meter));
    if (entry.microsPerMillion)
        object.insert(QStringLiteral("price"),
                      formatScaledDecimal(*entry.microsPerMillion, perMillion ? 6 : 12, 2, QLocale::c()));
    object.insert(QStringLiteral("currency"), entry.currency);
    object.insert(QStringLiteral("effective_from"), entry.effectiveFrom.toString(Qt::ISODate));
    object.insert(QStringLiteral("source"), entry.source);
    object.insert(QStringLiteral("origin"), priceOriginKey(entry.origin));
    return object;
}

// Rows of text in columns as wide as their widest cell; the last column is not padded.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line = QStringLiteral("  ");
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        text += line.trimmed().isEmpty() ? QStringLiteral("\n") : line + u'\n';
    }
    return text;
}

int listPrices(const Invocation &invocation)
{
    const QDate on = dateOption("--on", invocation.on, QDate::currentDate());
    const PriceCatalog catalog = catalogFor(invocation);
    QList<PriceEntry> entries;
    QStringList models;
    for (const QString &model : invocation.models)
        models << catalogName(model);
    for (const PriceEntry &entry : catalog.current(on)) {
        if (!invocation.provider.isEmpty() && entry.provider != catalogName(invocation.provider))
            continue;
        if (!models.isEmpty() && !models.contains(entry.model))
            continue;
        entries << entry;
    }
    QTextStream out(stdout);
    if (invocation.json) {
        QJsonArray prices;
        for (const PriceEntry &entry : std::as_const(entries))
            prices << entryToJson(entry);
        QJsonObject root;
        root.insert(QStringLiteral("on"), on.toString(Qt::ISODate));
        root.insert(QStringLiteral("prices"), prices);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return exitcode::Ok;
    }
    const QLocale locale;
    out << QCoreApplication::translate("costboard::cli", "Model prices in force on %1: %n price(s)", nullptr,
                                       int(entries.size()))
               .arg(locale.toString(on, QLocale::ShortFormat))
        << "\n\n";
    QList<QStringList> rows { { QCoreApplication::translate("costboard::cli", "Provider"),
                                QCoreApplication::translate("costboard::cli", "Model"),
                                QCoreApplication::translate("costboard::cli", "Priced"),
                                QCoreApplication::translate("costboard::cli", "Price"),
                                QCoreApplication::translate("costboard::cli", "Since"),
                                QCoreApplication::translate("costboard::cli", "Source") } };
    for (const PriceEntry &entry : std::as_const(entries)) {
        rows << QStringList { entry.provider,
                              entry.model,
                              meterName(entry.meter),
                              priceLabel(entry, locale),
                              locale.toString(entry.effectiveFrom, QLocale::ShortFormat),
                              entry.source };
    }
    out << table(rows);
    return exitcode::Ok;
}

int importPrices(const Invocation &invocation)
{
    const QDate effectiveFrom
        = dateOption("--effective-from", invocation.effectiveFrom, QDate::currentDate());
    const QString path = invocation.files.constFirst();
    // Read and checked whole before the database is touched: a bad entry writes nothing.
    const PriceListContents contents = readPriceListFile(path, PriceOrigin::Imported, effectiveFrom);
    auto database = openExistingDatabase(invocation, Database::Access::ReadWrite);
    const PriceListImport result = PriceRepository(*database).addAll(contents.entries, path);
    QTextStream out(stdout);
    out << QCoreApplication::translate("costboard::cli", "%1: %n price(s) added", nullptr, result.added)
               .arg(path)
        << "\n";
    if (result.unchanged > 0)
        out << QCoreApplication::translate(
            "costboard::cli", "%n price(s) already in force, left as they were", nullptr, result.unchanged)
            << "\n";
    if (!contents.modelsWithoutPrice.isEmpty()) {
        out << QCoreApplication::translate("costboard::cli",
                                           "%n model(s) listed without a price CostBoard reads (priced per "
                                           "character, pixel or request), left unknown:",
                                           nullptr, int(contents.modelsWithoutPrice.size()))
            << " " << contents.modelsWithoutPrice.join(QStringLiteral(", ")) << "\n";
    }
    return exitcode::Ok;
}

int setPrice(const Invocation &invocation)
{
    const auto meter = meterFromKey(invocation.meter);
    if (!meter) {
        QStringList keys;
        for (const Meter known : allMeters())
            keys << meterKey(known);
        throw BadOption(QStringLiteral("--meter"),
                        QCoreApplication::translate("costboard::cli", "\"%1\" is not one of %2")
                            .arg(invocation.meter, keys.join(QStringLiteral(", "))));
    }
    // Typed per million tokens, or per single image, minute or hour.
    const bool perMillion = meterDisplayUnits(*meter) == 1'000'000;
    const auto micros
        = perMillion ? parsePricePerMillion(invocation.price) : parsePricePerUnit(invocation.price);
    if (!micros)
        throw BadOption(QStringLiteral("--price"),
                        QCoreApplication::translate("costboard::cli",
                                                    "\"%1\" is not a price: a non-negative decimal number")
                            .arg(invocation.price));
    PriceEntry entry;
    entry.provider = invocation.provider;
    entry.model = invocation.models.constFirst();
    entry.meter = *meter;
    entry.microsPerMillion = *micros;
    entry.currency = invocation.currency.isEmpty() ? QStringLiteral("USD") : invocation.currency;
    entry.effectiveFrom = dateOption("--effective-from", invocation.effectiveFrom, QDate());
    entry.source = invocation.source;
    entry.origin = PriceOrigin::User;
    auto database = openExistingDatabase(invocation, Database::Access::ReadWrite);
    PriceRepository(*database).add(entry);
    QTextStream out(stdout);
    out << QCoreApplication::translate("costboard::cli", "%1 %2, %3: %4 from %5")
               .arg(catalogName(entry.provider), catalogName(entry.model), meterName(entry.meter),
                    priceLabel(entry), QLocale().toString(entry.effectiveFrom, QLocale::ShortFormat))
        << "\n";
    return exitcode::Ok;
}

// The provider of --model: --provider, else the one provider the catalog has for it.
ModelChoice modelChoice(const Invocation &invocation, const QString &model, const PriceCatalog &catalog)
{
    // "openai/gpt-4o-mini": the provider written with the model, when it is one the catalog has.
    const qsizetype slash = model.indexOf(u'/');
    if (slash > 0 && !catalog.providersOf(model.mid(slash + 1)).isEmpty()
        && catalog.providersOf(model.mid(slash + 1)).contains(catalogName(model.left(slash))))
        return { catalogName(model.left(slash)), catalogName(model.mid(slash + 1)) };
    if (!invocation.provider.isEmpty())
        return { catalogName(invocation.provider), catalogName(model) };
    const QStringList providers = catalog.providersOf(model);
    if (providers.size() > 1)
        throw BadOption(QStringLiteral("--provider"),
                        QCoreApplication::translate("costboard::cli",
                                                    "%1 is priced by %2: say which with --provider, or "
                                                    "write provider/model")
                            .arg(model, providers.join(QStringLiteral(", "))));
    // No provider: the model is unknown, which the estimate reports as an unknown price.
    return { providers.isEmpty() ? QString() : providers.constFirst(), catalogName(model) };
}

QJsonObject amountToJson(const ExactAmount &amount)
{
    QJsonObject object;
    object.insert(QStringLiteral("minor"), qint64(amount.toMoney().minorUnits()));
    object.insert(QStringLiteral("currency"), amount.currency());
    // The exact amount, for sums below a cent: pico-units as a decimal of the major unit.
    const Picos picos = amount.picos();
    object.insert(QStringLiteral("exact"),
                  picos <= std::numeric_limits<std::int64_t>::max()
                      ? formatScaledDecimal(std::int64_t(picos), 12, 2, QLocale::c())
                      : amount.toMoney().toPlainString());
    return object;
}

void print(const Invocation &invocation, const QList<InferenceEstimate> &estimates,
           const InferenceAssumptions &assumptions, const TokensPerWord &factors)
{
    QTextStream out(stdout);
    const InferenceEstimate &first = estimates.constFirst();
    const QString tokensPerWord
        = formatScaledDecimal(factors.milliFor(assumptions.language), 3, 1, QLocale());
    if (invocation.json) {
        QJsonObject root;
        root.insert(QStringLiteral("on"), first.pricedOn.toString(Qt::ISODate));
        root.insert(QStringLiteral("requests_per_day"), qint64(assumptions.requestsPerDay));
        root.insert(QStringLiteral("monthly_growth_basis_points"),
                    qint64(assumptions.monthlyGrowthBasisPoints));
        root.insert(QStringLiteral("text_language"), textLanguageKey(assumptions.language));
        root.insert(QStringLiteral("tokens_per_word_milli"), qint64(factors.milliFor(assumptions.language)));
        QJsonArray list;
        for (const InferenceEstimate &estimate : estimates) {
            QJsonObject object;
            object.insert(QStringLiteral("provider"), estimate.model.provider);
            object.insert(QStringLiteral("model"), estimate.model.model);
            object.insert(QStringLiteral("input_tokens_per_request"), qint64(estimate.inputTokensPerRequest));
            object.insert(QStringLiteral("output_tokens_per_request"),
                          qint64(estimate.outputTokensPerRequest));
            object.insert(QStringLiteral("cached_input_tokens_per_request"),
                          qint64(estimate.cachedInputTokensPerRequest));
            QJsonArray prices { entryToJson(estimate.inputPrice), entryToJson(estimate.outputPrice) };
            if (estimate.cachedInputPrice)
                prices << entryToJson(*estimate.cachedInputPrice);
            object.insert(QStringLiteral("prices"), prices);
            for (const EstimateFigure figure : estimateFigures())
                object.insert(estimateFigureKey(figure), amountToJson(estimateFigureValue(estimate, figure)));
            QJsonArray months;
            for (const MonthEstimate &month : estimate.months) {
                QJsonObject row;
                row.insert(QStringLiteral("month"), month.month);
                row.insert(QStringLiteral("requests"), qint64(month.requests));
                row.insert(QStringLiteral("cost"), amountToJson(month.cost));
                months << row;
            }
            object.insert(QStringLiteral("months"), months);
            list << object;
        }
        root.insert(QStringLiteral("estimates"), list);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return;
    }

    const QLocale locale;
    out << QCoreApplication::translate("costboard::cli", "Estimate at the prices in force on %1")
               .arg(locale.toString(first.pricedOn, QLocale::ShortFormat))
        << "\n";
    out << QCoreApplication::translate(
               "costboard::cli",
               "%1 requests a day; per request %2 input tokens (%3 from the cache) and %4 output tokens")
               .arg(locale.toString(qlonglong(assumptions.requestsPerDay)),
                    locale.toString(qlonglong(first.inputTokensPerRequest)),
                    locale.toString(qlonglong(first.cachedInputTokensPerRequest)),
                    locale.toString(qlonglong(first.outputTokensPerRequest)))
        << "\n";
    if (assumptions.inputWordsPerRequest || assumptions.outputWordsPerRequest)
        out << QCoreApplication::translate("costboard::cli", "Words counted at %1 tokens per word (%2)")
                   .arg(tokensPerWord,
                        assumptions.language == TextLanguage::French
                            ? QCoreApplication::translate("costboard::cli", "French")
                            : QCoreApplication::translate("costboard::cli", "English"))
            << "\n";
    if (assumptions.monthlyGrowthBasisPoints != 0)
        out << QCoreApplication::translate("costboard::cli", "Volume growing %1 a month")
                   .arg(names::percent(double(assumptions.monthlyGrowthBasisPoints) / 100.0, 1, locale, true))
            << "\n";
    out << "\n";

    QStringList header { QString() };
    for (const InferenceEstimate &estimate : estimates)
        header << estimate.model.provider + u' ' + estimate.model.model;
    QList<QStringList> rows { header };
    for (const EstimateFigure figure : estimateFigures()) {
        QStringList cells { estimateFigureName(figure, int(first.months.size())) };
        for (const InferenceEstimate &estimate : estimates)
            cells << estimateFigureValue(estimate, figure).format(locale, estimateFigurePrecision(figure));
        rows << cells;
    }
    out << table(rows) << "\n";

    QStringList monthHeader { QCoreApplication::translate("costboard::cli", "Month"),
                              QCoreApplication::translate("costboard::cli", "Requests") };
    for (const InferenceEstimate &estimate : estimates)
        monthHeader << estimate.model.model;
    QList<QStringList> monthRows { monthHeader };
    for (qsizetype i = 0; i < first.months.size(); ++i) {
        QStringList cells { QString::number(first.months.at(i).month),
                            locale.toString(qlonglong(first.months.at(i).requests)) };
        for (const InferenceEstimate &estimate : estimates)
            cells << estimate.months.at(i).cost.toMoney().toString(locale);
        monthRows << cells;
    }
    out << table(monthRows) << "\n" << QCoreApplication::translate("costboard::cli", "Prices used:") << "\n";
    for (const InferenceEstimate &estimate : estimates) {
        QList<PriceEntry> used { estimate.inputPrice, estimate.outputPrice };
        if (estimate.cachedInputPrice)
            used << *estimate.cachedInputPrice;
        for (const PriceEntry &entry : used) {
            out << "  "
                << QCoreApplication::translate("costboard::cli", "%1 %2, %3: %4 since %5 (%6)")
                       .arg(entry.provider, entry.model, meterName(entry.meter), priceLabel(entry, locale),
                            locale.toString(entry.effectiveFrom, QLocale::ShortFormat), entry.source)
                << "\n";
        }
    }
}

// `prices check`: models seen in usage with no price. Exit code 1 when there are some, for scripts.
int checkPrices(const Invocation &invocation)
{
    auto database = openExistingDatabase(invocation, Database::Access::ReadOnly);
    const QList<UsageLedger::UnpricedModel> unpriced = UsageLedger(*database).unpricedModels();
    QTextStream out(stdout);
    if (invocation.json) {
        QJsonArray models;
        for (const UsageLedger::UnpricedModel &model : unpriced)
            models << QJsonObject { { QStringLiteral("provider"), model.provider },
                                    { QStringLiteral("model"), model.model },
                                    { QStringLiteral("meter"), meterKey(model.meter) },
                                    { QStringLiteral("tokens"), qint64(model.tokens) },
                                    { QStringLiteral("rows"), model.rows },
                                    { QStringLiteral("first_day"), model.firstDay.toString(Qt::ISODate) },
                                    { QStringLiteral("last_day"), model.lastDay.toString(Qt::ISODate) },
                                    { QStringLiteral("price_known_now"), model.priceKnownNow } };
        out << QJsonDocument(QJsonObject { { QStringLiteral("unpriced"), models } })
                   .toJson(QJsonDocument::Indented);
        return unpriced.isEmpty() ? exitcode::Ok : exitcode::Failed;
    }
    const QLocale locale;
    if (unpriced.isEmpty()) {
        out << QCoreApplication::translate("costboard::cli",
                                           "Every model seen in the imported usage has a price.")
            << "\n";
        return exitcode::Ok;
    }
    out << QCoreApplication::translate(
        "costboard::cli",
        "%n model meter(s) seen in the imported usage have no price on some of "
        "their days: those tokens are not booked.",
        nullptr, int(unpriced.size()))
        << "\n\n";
    QList<QStringList> rows { { QCoreApplication::translate("costboard::cli", "Provider"),
                                QCoreApplication::translate("costboard::cli", "Model"),
                                QCoreApplication::translate("costboard::cli", "Priced"),
                                QCoreApplication::translate("costboard::cli", "Tokens"),
                                QCoreApplication::translate("costboard::cli", "From"),
                                QCoreApplication::translate("costboard::cli", "To"),
                                QCoreApplication::translate("costboard::cli", "Now") } };
    for (const UsageLedger::UnpricedModel &model : unpriced)
        rows << QStringList { model.provider,
                              model.model,
                              meterName(model.meter),
                              locale.toString(qlonglong(model.tokens)),
                              locale.toString(model.firstDay, QLocale::ShortFormat),
                              locale.toString(model.lastDay, QLocale::ShortFormat),
                              model.priceKnownNow
                                  ? QCoreApplication::translate("costboard::cli", "priced: import again")
                                  : QCoreApplication::translate("costboard::cli", "no price") };
    out << table(rows);
    return exitcode::Failed;
}

// `prices usage`: usage against invoice, per provider and month.
int usageAgainstInvoice(const Invocation &invocation)
{
    auto database = openExistingDatabase(invocation, Database::Access::ReadOnly);
    const UsageLedger::Comparison comparison = UsageLedger(*database).usageAgainstInvoice();
    QTextStream out(stdout);
    if (invocation.json) {
        QJsonArray months;
        for (const UsageLedger::MonthComparison &month : comparison.months) {
            QJsonObject object { { QStringLiteral("vendor"), month.vendor },
                                 { QStringLiteral("month"), month.month },
                                 { QStringLiteral("priced_usage_minor"), qint64(month.pricedMinor) },
                                 { QStringLiteral("billed"), month.billed },
                                 { QStringLiteral("tokens"), qint64(month.tokens) },
                                 { QStringLiteral("requests"), qint64(month.requests) },
                                 { QStringLiteral("unpriced_tokens"), qint64(month.unpricedTokens) },
                                 { QStringLiteral("unconverted_rows"), month.unconvertedRows } };
            if (month.billed) {
                object.insert(QStringLiteral("billed_minor"), qint64(month.billedMinor));
                object.insert(QStringLiteral("gap_minor"), qint64(month.gapMinor()));
            }
            if (const auto basisPoints = month.gapBasisPoints())
                object.insert(QStringLiteral("gap_basis_points"), qint64(*basisPoints));
            months << object;
        }
        out << QJsonDocument(
                   QJsonObject { { QStringLiteral("reporting_currency"), comparison.reportingCurrency },
                                 { QStringLiteral("months"), months } })
                   .toJson(QJsonDocument::Indented);
        return exitcode::Ok;
    }
    const QLocale locale;
    const auto money = [&](std::int64_t minor) {
        return Money(minor, comparison.reportingCurrency).toString(locale);
    };
    out << QCoreApplication::translate(
               "costboard::cli",
               "Usage against invoice, in %1: token usage priced from the catalog beside "
               "the provider's bill")
               .arg(comparison.reportingCurrency)
        << "\n\n";
    QList<QStringList> rows { { QCoreApplication::translate("costboard::cli", "Provider"),
                                QCoreApplication::translate("costboard::cli", "Month"),
                                QCoreApplication::translate("costboard::cli", "Tokens"),
                                QCoreApplication::translate("costboard::cli", "Priced usage"),
                                QCoreApplication::translate("costboard::cli", "Billed"),
                                QCoreApplication::translate("costboard::cli", "Gap"),
                                QCoreApplication::translate("costboard::cli", "Unpriced tokens") } };
    for (const UsageLedger::MonthComparison &month : comparison.months) {
        QString gap;
        if (month.billed) {
            gap = money(month.gapMinor());
            if (const auto basisPoints = month.gapBasisPoints())
                gap += QStringLiteral(" (%1%2)").arg(*basisPoints > 0 ? QStringLiteral("+") : QString(),
                                                     locale.toString(double(*basisPoints) / 100.0, 'f', 1)
                                                         + locale.percent());
        }
        rows << QStringList { month.vendor,
                              month.month,
                              locale.toString(qlonglong(month.tokens)),
                              money(month.pricedMinor),
                              month.billed ? money(month.billedMinor)
                                           : QCoreApplication::translate("costboard::cli", "not billed yet"),
                              gap,
                              locale.toString(qlonglong(month.unpricedTokens)) };
    }
    out << table(rows);
    return exitcode::Ok;
}

} // namespace

int runPrices(const Invocation &invocation)
{
    return runGuarded("prices", exitcode::Failed, [&] {
        if (invocation.pricesAction == QLatin1String("import"))
            return importPrices(invocation);
        if (invocation.pricesAction == QLatin1String("set"))
            return setPrice(invocation);
        if (invocation.pricesAction == QLatin1String("check"))
            return checkPrices(invocation);
        if (invocation.pricesAction == QLatin1String("usage"))
            return usageAgainstInvoice(invocation);
        return listPrices(invocation);
    });
}

int runEstimate(const Invocation &invocation)
{
    return runGuarded("estimate", exitcode::Failed, [&] {
        TokensPerWord factors;
        const PriceCatalog catalog = catalogFor(invocation, &factors);
        const QDate on = dateOption("--on", invocation.on, QDate::currentDate());
        InferenceAssumptions assumptions;
        assumptions.requestsPerDay = wholeOption("--requests-per-day", invocation.requestsPerDay, 0);
        assumptions.inputTokensPerRequest = wholeOption("--input-tokens", invocation.inputTokens, 0);
        assumptions.outputTokensPerRequest = wholeOption("--output-tokens", invocation.outputTokens, 0);
        assumptions.cachedInputTokensPerRequest = wholeOption("--cached-tokens", invocation.cachedTokens, 0);
        if (!invocation.words.isEmpty())
            assumptions.outputWordsPerRequest = wholeOption("--words", invocation.words, 0);
        if (!invocation.inputWords.isEmpty())
            assumptions.inputWordsPerRequest = wholeOption("--input-words", invocation.inputWords, 0);
        const QString language = !invocation.textLanguage.isEmpty() ? invocation.textLanguage
            : QLocale().language() == QLocale::French               ? QStringLiteral("fr")
                                                                    : QStringLiteral("en");
        const auto textLanguage = textLanguageFromKey(language);
        if (!textLanguage)
            throw BadOption(
                QStringLiteral("--text-lang"),
                QCoreApplication::translate("costboard::cli", "takes fr or en, not \"%1\"").arg(language));
        assumptions.language = *textLanguage;
        if (!invocation.growth.isEmpty()) {
            // A percentage with up to two decimals, in basis points: "2.5" is 250.
            const auto hundredths = parseScaledDecimal(QString(invocation.growth).remove(u'-'), 2);
            if (!hundredths)
                throw BadOption(QStringLiteral("--growth"),
                                QCoreApplication::translate("costboard::cli",
                                                            "\"%1\" is not a percentage such as 5 or 2.5")
                                    .arg(invocation.growth));
            assumptions.monthlyGrowthBasisPoints
                = invocation.growth.startsWith(u'-') ? -*hundredths : *hundredths;
        }
        const int months = int(std::min<std::int64_t>(wholeOption("--months", invocation.months, 12), 1000));

        QList<InferenceEstimate> estimates;
        for (const QString &model : invocation.models) {
            assumptions.model = modelChoice(invocation, model, catalog);
            estimates << estimateInference(assumptions, catalog, factors, on, months);
        }
        print(invocation, estimates, assumptions, factors);
        return exitcode::Ok;
    });
}

} // namespace costboard::cli
