// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/usagepage.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "errortexts.h"
#include "kpis.h"
#include "pricing/usageledger.h"
#include "widgets/recordtable.h"
#include "workspace.h"

namespace costboard::ui {

using pricing::UsageLedger;

namespace {

QStandardItem *cell(const QString &text, const QVariant &sortKey, bool number = false)
{
    auto *item = new QStandardItem(text);
    item->setData(sortKey, UsagePage::SortRole);
    item->setEditable(false);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// "2026-11" as people read it: "November 2026", "novembre 2026".
QString monthName(const QString &monthKey, const QLocale &locale)
{
    const QDate first = QDate::fromString(monthKey + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? locale.toString(first, QStringLiteral("MMMM yyyy")) : monthKey;
}

} // namespace

UsagePage::UsagePage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_comparison(new QStandardItemModel(this))
    , m_unpriced(new QStandardItemModel(this))
    , m_comparisonView(new QTableView(this))
    , m_unpricedView(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_unpricedTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("usagePage"));
    m_comparisonView->setObjectName(QStringLiteral("usageAgainstInvoice"));
    m_unpricedView->setObjectName(QStringLiteral("unpricedUsage"));
    m_comparison->setSortRole(SortRole);
    m_unpriced->setSortRole(SortRole);
    m_comparison->setHorizontalHeaderLabels({ tr("Provider"), tr("Month"), tr("Tokens"), tr("Requests"),
                                              tr("Priced usage"), tr("Billed"), tr("Gap"), tr("Gap %"),
                                              tr("Unpriced tokens") });
    m_unpriced->setHorizontalHeaderLabels({ tr("Provider"), tr("Model"), tr("Priced"), tr("Tokens"),
                                            tr("First day"), tr("Last day"), tr("Price now") });
    m_comparisonView->setModel(m_comparison);
    m_unpricedView->setModel(m_unpriced);
    setUpRecordTable(m_comparisonView, QAbstractItemView::SingleSelection, UnpricedColumn);
    setUpRecordTable(m_unpricedView, QAbstractItemView::NoSelection, 6);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("Token usage imported from the providers' usage reports, priced from the model price "
                      "catalog at each day's price, beside what the provider billed for the same month. A "
                      "gap of more than 1% is marked: a price that changed, a usage export that misses "
                      "something, or a charge usage does not count. Until a month's bill is imported, its "
                      "priced usage is the cost; once it is, the bill is the cost and the usage its check."));
    m_summary->setObjectName(QStringLiteral("usageSummary"));
    m_summary->setWordWrap(true);
    m_unpricedTitle->setWordWrap(true);

    auto *unpricedPane = new QWidget(this);
    auto *unpricedLayout = new QVBoxLayout(unpricedPane);
    unpricedLayout->setContentsMargins(0, 0, 0, 0);
    unpricedLayout->addWidget(m_unpricedTitle);
    unpricedLayout->addWidget(m_unpricedView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_comparisonView);
    splitter->addWidget(unpricedPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(&m_workspace, &Workspace::dataChanged, this, &UsagePage::refreshWhenShown);
    refreshWhenShown();
}

void UsagePage::refresh()
{
    const QLocale locale;
    m_comparison->removeRows(0, m_comparison->rowCount());
    m_unpriced->removeRows(0, m_unpriced->rowCount());
    UsageLedger::Comparison comparison;
    QList<UsageLedger::UnpricedModel> unpriced;
    try {
        UsageLedger ledger(m_workspace.database());
        comparison = ledger.usageAgainstInvoice();
        unpriced = ledger.unpricedModels();
    } catch (const Error &error) {
        spdlog::error("cannot compare usage with invoices: {}", error.what());
        m_summary->setText(errorText(error));
        return;
    }
    const auto money = [&](std::int64_t minor) {
        return Money(minor, comparison.reportingCurrency).toString(locale);
    };
    int review = 0;
    for (const UsageLedger::MonthComparison &month : std::as_const(comparison.months)) {
        QList<QStandardItem *> row {
            cell(month.vendor, month.vendor),
            cell(monthName(month.month, locale), month.month),
            cell(locale.toString(qlonglong(month.tokens)), qlonglong(month.tokens), true),
            cell(month.requests > 0 ? locale.toString(qlonglong(month.requests)) : QString(),
                 qlonglong(month.requests), true),
            cell(money(month.pricedMinor), qlonglong(month.pricedMinor), true),
            cell(month.billed ? money(month.billedMinor) : tr("not billed yet"),
                 month.billed ? QVariant(qlonglong(month.billedMinor)) : QVariant(), month.billed),
            cell(month.billed ? money(month.gapMinor()) : QString(),
                 month.billed ? QVariant(qlonglong(month.gapMinor())) : QVariant(), true),
            cell(month.gapBasisPoints() ? render::ratioLabel(double(*month.gapBasisPoints()) / 10000.0, true)
                                        : QString(),
                 month.gapBasisPoints() ? QVariant(qlonglong(*month.gapBasisPoints())) : QVariant(), true),
            cell(month.unpricedTokens > 0 ? locale.toString(qlonglong(month.unpricedTokens)) : QString(),
                 qlonglong(month.unpricedTokens), true),
        };
        if (month.gapNeedsReview()) {
            ++review;
            for (const int column : { int(GapColumn), int(GapShareColumn) }) {
                row[column]->setForeground(render::toneColour(render::KpiTone::Bad));
                QFont bold = row[column]->font();
                bold.setBold(true);
                row[column]->setFont(bold);
                row[column]->setToolTip(tr("More than 1% apart: check the prices of that month and "
                                           "whether the usage export is complete."));
            }
        }
        if (month.unconvertedRows > 0)
            row[PricedColumn]->setToolTip(tr("%n row(s) have no exchange rate on their day and are left out",
                                             nullptr, int(month.unconvertedRows)));
        m_comparison->appendRow(row);
    }
    if (comparison.months.isEmpty())
        m_summary->setText(tr("No token usage imported yet. Import an OpenAI or Anthropic usage report, or "
                              "a usage CSV, from File > Import."));
    else if (review == 0)
        m_summary->setText(tr("<b>Every bill matches its priced usage within 1%.</b>"));
    else
        m_summary->setText(tr("<b>%n month(s) where the bill and the priced usage are more than 1% "
                              "apart.</b>",
                              nullptr, review));

    for (const UsageLedger::UnpricedModel &model : std::as_const(unpriced)) {
        m_unpriced->appendRow({
            cell(model.provider, model.provider),
            cell(model.model, model.model),
            cell(pricing::meterName(model.meter), static_cast<int>(model.meter)),
            cell(locale.toString(qlonglong(model.tokens)), qlonglong(model.tokens), true),
            cell(locale.toString(model.firstDay, QLocale::ShortFormat), model.firstDay),
            cell(locale.toString(model.lastDay, QLocale::ShortFormat), model.lastDay),
            cell(model.priceKnownNow ? tr("Priced since: import the file again") : tr("No price"),
                 model.priceKnownNow),
        });
    }
    m_unpricedTitle->setText(
        unpriced.isEmpty()
            ? tr("Every model in the imported usage has a price.")
            : tr("Models without a price: their tokens are counted apart and not booked, never at zero. "
                 "Add their price on the Prices page, then import the usage again."));
    m_comparisonView->resizeColumnsToContents();
    m_unpricedView->resizeColumnsToContents();
}

} // namespace costboard::ui
