// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/budgetspage.h"

#include <algorithm>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "errortexts.h"
#include "labels.h"
#include "models/budgetgridmodel.h"
#include "widgets/wrappingtoolbar.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

const QString errorStyle = QStringLiteral("QLabel { background: #fde2e1; color: #9b1c1c; border: 1px solid "
                                          "#e5a4a1; border-radius: 4px; padding: 6px; }");
const QString noticeStyle = QStringLiteral("QLabel { background: #eef2f7; color: #1f2937; border: 1px solid "
                                           "#c9d3e0; border-radius: 4px; padding: 6px; }");

// A plain line edit for amounts: right-aligned like the figures, the cell's text selected so
// that typing replaces it. The model parses and refuses; the delegate never second-guesses it.
class AmountDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *editor = new QLineEdit(parent);
        editor->setObjectName(QStringLiteral("budgetCellEditor"));
        editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        editor->setFrame(false);
        editor->setPlaceholderText(index.data(Qt::DisplayRole).toString());
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *line = static_cast<QLineEdit *>(editor);
        line->setText(index.data(Qt::EditRole).toString());
        line->selectAll();
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
    }
};

// "Spread a yearly amount": a row, an amount, and a preview of the twelve months it gives.
class SpreadDialog final : public QDialog
{
public:
    SpreadDialog(BudgetGridModel &model, int currentRow, QWidget *parent)
        : QDialog(parent)
        , m_model(model)
        , m_row(new QComboBox(this))
        , m_amount(new QLineEdit(this))
        , m_preview(new QLabel(this))
        , m_error(new QLabel(this))
    {
        setObjectName(QStringLiteral("spreadDialog"));
        setWindowTitle(BudgetsPage::tr("Spread a Yearly Amount"));
        m_row->setObjectName(QStringLiteral("spreadRow"));
        for (int row = 0; row < model.rowCount(); ++row)
            m_row->addItem(model.scopeName(row), row);
        m_row->setCurrentIndex(std::max(0, currentRow));
        m_amount->setObjectName(QStringLiteral("spreadAmount"));
        m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_amount->setPlaceholderText(BudgetsPage::tr("e.g. 120000"));
        m_preview->setObjectName(QStringLiteral("spreadPreview"));
        m_preview->setWordWrap(true);
        m_error->setObjectName(QStringLiteral("spreadError"));
        m_error->setWordWrap(true);
        m_error->setStyleSheet(errorStyle);
        m_error->hide();

        auto *intro = new QLabel(
            BudgetsPage::tr("The amount becomes twelve month budgets of %1, equal to the cent except for the "
                            "remainder, which goes to the first months. They replace the row's quarter and "
                            "year budgets of that year.")
                .arg(model.yearName(model.fiscalYear())),
            this);
        intro->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(BudgetsPage::tr("Spread"));
        auto *form = new QFormLayout;
        form->addRow(BudgetsPage::tr("&Row:"), m_row);
        form->addRow(BudgetsPage::tr("&Yearly amount (%1):").arg(model.currency()), m_amount);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addLayout(form);
        layout->addWidget(m_preview);
        layout->addWidget(m_error);
        layout->addWidget(buttons);
        setMinimumWidth(460);

        connect(m_amount, &QLineEdit::textChanged, this, [this] { updatePreview(); });
        connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        updatePreview();
    }

private:
    TypedBudget typed() const { return readTypedBudget(m_amount->text(), m_model.currency(), QLocale()); }

    void updatePreview()
    {
        const TypedBudget read = typed();
        if (read.refusal) {
            m_preview->setText(BudgetGridModel::refusalMessage(*read.refusal));
            return;
        }
        if (!read.amount) {
            m_preview->setText(
                BudgetsPage::tr("Type the year's amount; 0 removes the row's budgets of the year."));
            return;
        }
        const Money &annual = *read.amount;
        const QList<std::int64_t> months = splitEvenly(annual.minorUnits(), 12);
        const Money low(months.constLast(), annual.currency());
        const Money high(months.constFirst(), annual.currency());
        const auto extra = std::count(months.cbegin(), months.cend(), months.constFirst());
        m_preview->setText(low == high ? BudgetsPage::tr("12 months of %1.").arg(low.toString())
                                       : BudgetsPage::tr("%1 months of %2, then %3 of %4: %5 in all.")
                                             .arg(extra)
                                             .arg(high.toString())
                                             .arg(12 - extra)
                                             .arg(low.toString(), annual.toString()));
    }

    void submit()
    {
        const TypedBudget read = typed();
        if (read.refusal) {
            showError(BudgetGridModel::refusalMessage(*read.refusal));
            return;
        }
        if (m_amount->text().trimmed().isEmpty()) {
            showError(BudgetsPage::tr("Type the year's amount; 0 removes the row's budgets of the year."));
            return;
        }
        const Money annual = read.amount.value_or(Money::zero(m_model.currency()));
        const int row = m_row->currentData().toInt();
        QString refusal;
        const QMetaObject::Connection refused
            = connect(&m_model, &BudgetGridModel::editRefused, this,
                      [&refusal](const QString &message) { refusal = message; });
        const bool done = m_model.spreadEvenly(m_model.scopeAt(row), annual);
        disconnect(refused);
        if (!done) {
            showError(refusal);
            return;
        }
        accept();
    }

    void showError(const QString &text)
    {
        m_error->setText(text);
        m_error->show();
    }

    BudgetGridModel &m_model;
    QComboBox *m_row;
    QLineEdit *m_amount;
    QLabel *m_preview;
    QLabel *m_error;
};

} // namespace

BudgetsPage::BudgetsPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new BudgetGridModel(workspace, this))
    , m_yearCombo(new QComboBox(this))
    , m_yearRange(new QLabel(this))
    , m_granularityCombo(new QComboBox(this))
    , m_measureCombo(new QComboBox(this))
    , m_splitCheck(new QCheckBox(tr("Split by &category"), this))
    , m_spreadButton(new QPushButton(tr("&Spread a Yearly Amount…"), this))
    , m_copyButton(new QPushButton(tr("Copy &Previous Period"), this))
    , m_currencyNote(new QLabel(this))
    , m_position(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("BudgetsPage"));
    m_model->setErrorParent(this);

    m_yearCombo->setObjectName(QStringLiteral("fiscalYear"));
    m_yearCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_yearCombo->setToolTip(tr("The fiscal year shown"));
    m_yearRange->setObjectName(QStringLiteral("fiscalYearRange"));
    m_yearRange->setForegroundRole(QPalette::PlaceholderText);
    m_granularityCombo->setObjectName(QStringLiteral("granularity"));
    m_granularityCombo->addItem(tr("Months"), static_cast<int>(BudgetPeriodKind::Month));
    m_granularityCombo->addItem(tr("Quarters"), static_cast<int>(BudgetPeriodKind::Quarter));
    m_granularityCombo->addItem(tr("Year"), static_cast<int>(BudgetPeriodKind::Year));
    m_granularityCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_granularityCombo->setToolTip(tr("The periods of the columns"));
    m_measureCombo->setObjectName(QStringLiteral("measure"));
    m_measureCombo->addItem(tr("Budget"), static_cast<int>(BudgetGridModel::Measure::Budget));
    m_measureCombo->addItem(tr("Actual"), static_cast<int>(BudgetGridModel::Measure::Actual));
    m_measureCombo->addItem(tr("Forecast"), static_cast<int>(BudgetGridModel::Measure::Forecast));
    m_measureCombo->addItem(tr("Variance"), static_cast<int>(BudgetGridModel::Measure::Variance));
    m_measureCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_measureCombo->setToolTip(
        tr("What the period columns show: the budget (typed here), the actual spend, the "
           "forecast or the variance (forecast − budget)"));
    m_splitCheck->setObjectName(QStringLiteral("splitByCategory"));
    m_splitCheck->setToolTip(tr("A row per cost category under the portfolio and each project"));
    m_spreadButton->setObjectName(QStringLiteral("spreadYearly"));
    m_spreadButton->setToolTip(tr("Turn a yearly amount into twelve equal month budgets for one row"));
    m_copyButton->setObjectName(QStringLiteral("copyPrevious"));
    m_copyButton->setToolTip(tr("Copy each row's budget of the period before the selected column into it, "
                                "where the row has none yet (one undo step)"));
    m_currencyNote->setObjectName(QStringLiteral("currencyNote"));
    m_currencyNote->setForegroundRole(QPalette::PlaceholderText);
    m_position->setObjectName(QStringLiteral("portfolioPosition"));
    m_position->setTextFormat(Qt::RichText);
    m_position->setWordWrap(true);
    m_position->setToolTip(
        tr("The portfolio's envelope (its own budget) against the sum of its projects' budgets: "
           "a reserve not yet allocated, or an overcommitment"));
    m_hint->setObjectName(QStringLiteral("budgetsHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(
        tr("With Budget shown, type an amount to set a period's budget (empty or 0 removes it, Ctrl+Z "
           "undoes). Grey italics are derived: a quarter or year shared out by days, or smaller periods "
           "and the rows below added up. A month typed in a year budgeted by quarter splits the quarters "
           "into months first: a row is budgeted one way per year, as the dashboard counts it. "
           "Variance = forecast − budget; red is an overrun."));
    // A viewer reads the same figures; what the grid would let others type is said instead.
    if (!m_workspace.mayWrite(WriteArea::Ledger))
        m_hint->setText(
            m_workspace.readOnlyReason(WriteArea::Ledger) + u' '
            + tr("Grey italics are derived: a quarter or year shared out by days, or smaller periods "
                 "and the rows below added up. Variance = forecast − budget; red is an overrun."));
    m_message->setObjectName(QStringLiteral("budgetMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_view->setObjectName(QStringLiteral("budgetGrid"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new AmountDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The row names are the vertical header: it stays put while the twelve months scroll.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    rows->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    rows->setHighlightSections(true);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setMinimumSectionSize(60);
    columns->setHighlightSections(true);

    auto *clearAction = new QAction(tr("Clear Budget"), m_view);
    clearAction->setShortcuts({ QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace) });
    clearAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(clearAction);
    connect(clearAction, &QAction::triggered, this, &BudgetsPage::clearCurrentCell);

    // On a 1024 px window, in French above all, the two buttons go below the choices.
    auto *toolbar = new WrappingToolbar(this);
    toolbar->setObjectName(QStringLiteral("budgetsToolbar"));
    toolbar->leading()->addWidget(m_yearCombo);
    toolbar->leading()->addWidget(m_yearRange);
    toolbar->leading()->addSpacing(12);
    toolbar->leading()->addWidget(m_granularityCombo);
    toolbar->leading()->addWidget(m_measureCombo);
    toolbar->leading()->addWidget(m_splitCheck);
    toolbar->leading()->addStretch(1);
    toolbar->trailing()->addWidget(m_spreadButton);
    toolbar->trailing()->addWidget(m_copyButton);

    // The currency shares the position's line: the toolbar must fit a 1024-pixel window.
    auto *caption = new QHBoxLayout;
    caption->addWidget(m_position, 1);
    caption->addSpacing(12);
    caption->addWidget(m_currencyNote, 0, Qt::AlignRight | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addLayout(caption);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_yearCombo, &QComboBox::activated, this, [this] {
        m_model->setFiscalYear(m_yearCombo->currentData().toInt());
        refresh();
    });
    connect(m_granularityCombo, &QComboBox::activated, this, [this] {
        m_model->setGranularity(static_cast<BudgetPeriodKind>(m_granularityCombo->currentData().toInt()));
        refresh();
    });
    connect(m_measureCombo, &QComboBox::activated, this, [this] {
        m_model->setMeasure(static_cast<BudgetGridModel::Measure>(m_measureCombo->currentData().toInt()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BudgetsPage::showPortfolioPosition);
    connect(m_splitCheck, &QCheckBox::toggled, this, [this](bool split) {
        m_model->setSplitByCategory(split);
        refresh();
    });
    connect(m_spreadButton, &QPushButton::clicked, this, &BudgetsPage::openSpreadDialog);
    connect(m_copyButton, &QPushButton::clicked, this, &BudgetsPage::copyPreviousPeriod);
    connect(m_model, &BudgetGridModel::editRefused, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(m_model, &BudgetGridModel::editAccepted, this,
            [this](const QString &text) { showMessage(text, false); });
    connect(&m_workspace, &Workspace::dataChanged, this, &BudgetsPage::refreshWhenShown);

    refreshWhenShown();
    m_workspace.guardWrites(m_spreadButton, WriteArea::Ledger);
    m_workspace.guardWrites(m_copyButton, WriteArea::Ledger);
    for (QAction *action : m_view->actions())
        m_workspace.guardWrites(action, WriteArea::Ledger);
}

BudgetsPage::~BudgetsPage() = default;

QString BudgetsPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void BudgetsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? errorStyle : noticeStyle);
    m_message->setVisible(!text.isEmpty());
}

void BudgetsPage::refresh()
{
    try {
        m_model->refresh();
    } catch (const Error &error) {
        spdlog::error("budgets could not be read: {}", error.what());
        showMessage(tr("The budgets could not be read: %1").arg(costboard::errorText(error)), true);
        return;
    }
    syncControls();
    showPortfolioPosition();
    // Contents plus some air: amounts packed edge to edge read as one number.
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, header->sectionSize(column) + 14);
}

void BudgetsPage::syncControls()
{
    const QSignalBlocker yearBlocker(m_yearCombo);
    const QSignalBlocker granularityBlocker(m_granularityCombo);
    const QSignalBlocker measureBlocker(m_measureCombo);
    const QSignalBlocker splitBlocker(m_splitCheck);
    m_yearCombo->clear();
    for (const int year : m_model->availableYears()) {
        const QString current = year == m_model->currentFiscalYear() ? tr(" (current)") : QString();
        m_yearCombo->addItem(capitalized(m_model->yearName(year)) + current, year);
    }
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(m_model->fiscalYear()));
    m_granularityCombo->setCurrentIndex(
        m_granularityCombo->findData(static_cast<int>(m_model->granularity())));
    m_splitCheck->setChecked(m_model->splitByCategory());
    m_measureCombo->setCurrentIndex(m_measureCombo->findData(static_cast<int>(m_model->measure())));

    const QLocale locale;
    // The start month in a tooltip: the toolbar must fit a 1366-pixel screen.
    m_yearRange->setText(tr("%1 – %2").arg(locale.toString(m_model->yearStart(), QStringLiteral("MMM yyyy")),
                                           locale.toString(m_model->yearEnd(), QStringLiteral("MMM yyyy"))));
    m_yearRange->setToolTip(tr("The fiscal year starts in %1 (Edit ▸ Preferences).")
                                .arg(locale.standaloneMonthName(m_model->fiscalYearStartMonth())));
    m_currencyNote->setText(tr("Amounts in %1, the reporting currency").arg(m_model->currency()));
}

void BudgetsPage::showPortfolioPosition()
{
    if (m_model->rowCount() == 0)
        return;
    const int period = m_model->periodIndex(targetColumn());
    QString text = m_model->portfolioPositionText(-1, true);
    // In the Year view the one period is the year itself.
    if (m_model->granularity() != BudgetPeriodKind::Year)
        text += QStringLiteral("<br>") + m_model->portfolioPositionText(period, true);
    m_position->setText(text);
}

int BudgetsPage::targetColumn() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_model->isPeriodColumn(current.column()))
        return current.column();
    const int today = m_model->columnOf(m_model->referenceDate());
    return today >= 0 ? today : m_model->periodColumn(0);
}

QDialog *BudgetsPage::openSpreadDialog()
{
    if (m_model->rowCount() == 0)
        return nullptr; // the budgets could not be read: the page says so
    const QModelIndex current = m_view->currentIndex();
    auto *dialog = new SpreadDialog(*m_model, current.isValid() ? current.row() : 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool BudgetsPage::spreadYearly(const BudgetScope &scope, const Money &annual)
{
    return m_model->spreadEvenly(scope, annual);
}

int BudgetsPage::copyPreviousPeriod()
{
    return m_model->copyPreviousPeriod(targetColumn());
}

void BudgetsPage::clearCurrentCell()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && (m_model->flags(current) & Qt::ItemIsEditable))
        m_model->setData(current, QString(), Qt::EditRole);
}

} // namespace costboard::ui
