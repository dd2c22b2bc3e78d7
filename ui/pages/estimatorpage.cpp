// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/estimatorpage.h"

#include <algorithm>

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "commands/budgetcommands.h"
#include "dialogs/estimatebudgetsdialog.h"
#include "errors.h"
#include "errortexts.h"
#include "pricing/estimatebudgets.h"
#include "pricing/pricerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "storage/validation.h"
#include "widgets/ownershippanels.h"
#include "workspace.h"

namespace costboard::ui {

using namespace pricing;

namespace {

// The models offered first: a small model of each of the three largest providers, so that the
// page opens on a comparison rather than on an empty form.
const char *const defaultModels[EstimatorPage::MaxModels]
    = { "openai/gpt-4o-mini", "anthropic/claude-haiku-4-5", "mistral/mistral-small", "" };

// "openai/gpt-4o-mini" → the choice; a name without a provider takes the one the catalog has.
std::optional<ModelChoice> choiceOf(const QString &text, const PriceCatalog &catalog)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const qsizetype slash = trimmed.indexOf(u'/');
    if (slash > 0)
        return ModelChoice { catalogName(trimmed.left(slash)), catalogName(trimmed.mid(slash + 1)) };
    const QStringList providers = catalog.providersOf(trimmed);
    return ModelChoice { providers.isEmpty() ? QString() : providers.constFirst(), catalogName(trimmed) };
}

QTableWidgetItem *amountItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

QTableWidgetItem *labelItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

EstimatorPage::EstimatorPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_requestsPerDay(countBox(this, 1, 100'000'000, 5'000))
    , m_inTokens(new QRadioButton(tr("Tokens"), this))
    , m_inWords(new QRadioButton(tr("Words"), this))
    , m_language(new QComboBox(this))
    , m_inputPerRequest(countBox(this, 0, 10'000'000, 1'500))
    , m_outputPerRequest(countBox(this, 0, 10'000'000, 400))
    , m_cachedPerRequest(countBox(this, 0, 10'000'000, 0))
    , m_growth(new QDoubleSpinBox(this))
    , m_monthCount(countBox(this, 1, MaxEstimateMonths, 12))
    , m_pricedOn(new QDateEdit(this))
    , m_results(new QTableWidget(this))
    , m_months(new QTableWidget(this))
    , m_problem(new QLabel(this))
    , m_tunedModel(new QComboBox(this))
    , m_trainingTokens(countBox(this, 1, 2'000'000'000, 100'000))
    , m_epochs(countBox(this, 1, int(FineTuningAssumptions::MaxEpochs), 3))
    , m_hostingHours(countBox(this, 0, int(FineTuningAssumptions::HoursPerMonth), 0))
    , m_fineTuningResult(new QLabel(this))
    , m_createBudgets(new QPushButton(tr("Create &Budgets…"), this))
    , m_tabs(new QTabWidget(this))
    , m_selfHosting(new SelfHostingPanel(workspace, this))
    , m_ownership(new OwnershipPanel(workspace, this))
{
    setObjectName(QStringLiteral("estimatorPage"));
    m_results->setObjectName(QStringLiteral("estimateResults"));
    m_months->setObjectName(QStringLiteral("estimateMonths"));
    for (QTableWidget *table : { m_results, m_months }) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionMode(QAbstractItemView::NoSelection);
        table->setAlternatingRowColors(true);
        table->verticalHeader()->setVisible(false);
        table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    m_results->installEventFilter(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_fineTuningResult->setWordWrap(true);
    m_fineTuningResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *left = new QWidget(scroll);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(makeAssumptions());
    leftLayout->addWidget(makeFineTuning());
    leftLayout->addStretch(1);
    scroll->setWidget(left);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro
        = new QLabel(tr("What the workload costs at the catalog's prices, model by model. Amounts of a "
                        "request or of a thousand words are exact; weeks, months and years are "
                        "rounded to the cent."),
                     right);
    intro->setWordWrap(true);
    rightLayout->addWidget(intro);
    rightLayout->addWidget(m_results);
    rightLayout->addWidget(m_problem);
    m_createBudgets->setToolTip(
        tr("Write one model's months as a project's monthly inference budgets, in the "
           "reporting currency (undoable)"));
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_createBudgets);
    rightLayout->addLayout(actions);
    connect(m_createBudgets, &QPushButton::clicked, this, &EstimatorPage::createBudgets);
    rightLayout->addWidget(new QLabel(tr("Month by month, with the growth:"), right));
    rightLayout->addWidget(m_months, 1);
    // The other tabs scroll: their forms and charts need more height than a small screen has.
    const auto scrolled = [this](QWidget *panel) {
        auto *area = new QScrollArea(this);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        panel->setMinimumHeight(780);
        area->setWidget(panel);
        return area;
    };
    m_tabs->addTab(right, tr("Inference"));
    m_tabs->addTab(scrolled(m_selfHosting), tr("Own GPUs"));
    m_tabs->addTab(scrolled(m_ownership), tr("Total cost"));
    m_tabs->setTabToolTip(
        1, tr("An open model on rented GPUs against the API, and the volume from which it is cheaper"));
    m_tabs->setTabToolTip(
        2, tr("The model, the fine-tuning, the people and the staff training over 12, 24 and 36 months"));
    splitter->addWidget(scroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(&m_workspace, &Workspace::dataChanged, this, &EstimatorPage::refreshWhenShown);
    // The hosting assumed is one of the total cost's options.
    connect(m_selfHosting, &SelfHostingPanel::assumptionsChanged, this, [this] {
        if (!m_filling)
            recompute();
    });
    refreshWhenShown();
    m_workspace.guardWrites(m_createBudgets, WriteArea::Ledger);
}

QWidget *EstimatorPage::makeAssumptions()
{
    auto *box = new QGroupBox(tr("Inference"), this);
    auto *form = new QFormLayout(box);
    for (int slot = 0; slot < MaxModels; ++slot) {
        auto *combo = new QComboBox(box);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setMinimumContentsLength(18);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->lineEdit()->setPlaceholderText(slot == 0 ? tr("provider/model") : tr("(none)"));
        combo->setAccessibleName(tr("Model %1").arg(slot + 1));
        connect(combo, &QComboBox::currentTextChanged, this, &EstimatorPage::recompute);
        m_models << combo;
        form->addRow(slot == 0 ? tr("Models:") : QString(), combo);
    }
    form->addRow(tr("Requests a day:"), m_requestsPerDay);
    auto *unit = new QHBoxLayout;
    unit->addWidget(m_inTokens);
    unit->addWidget(m_inWords);
    unit->addWidget(m_language, 1);
    m_inTokens->setChecked(true);
    m_language->addItem(tr("English"), int(TextLanguage::English));
    m_language->addItem(tr("French"), int(TextLanguage::French));
    form->addRow(tr("Counted in:"), unit);
    form->addRow(tr("Read per request:"), m_inputPerRequest);
    form->addRow(tr("Of which cached:"), m_cachedPerRequest);
    form->addRow(tr("Generated per request:"), m_outputPerRequest);
    m_growth->setRange(double(InferenceAssumptions::MinMonthlyGrowthBasisPoints) / 100.0,
                       double(InferenceAssumptions::MaxMonthlyGrowthBasisPoints) / 100.0);
    m_growth->setDecimals(1);
    m_growth->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("Monthly growth:"), m_growth);
    form->addRow(tr("Months:"), m_monthCount);
    m_pricedOn->setCalendarPopup(true);
    m_pricedOn->setDateRange(validation::earliestDate, validation::latestDate);
    m_pricedOn->setDate(QDate::currentDate());
    form->addRow(tr("Prices of:"), m_pricedOn);
    m_cachedPerRequest->setToolTip(tr("Of the tokens read, those the provider serves from its cache (a fixed "
                                      "system prompt), at the cached price. Counted in tokens."));

    for (QSpinBox *spin :
         { m_requestsPerDay, m_inputPerRequest, m_outputPerRequest, m_cachedPerRequest, m_monthCount })
        connect(spin, &QSpinBox::valueChanged, this, &EstimatorPage::recompute);
    connect(m_growth, &QDoubleSpinBox::valueChanged, this, &EstimatorPage::recompute);
    connect(m_inWords, &QRadioButton::toggled, this, &EstimatorPage::recompute);
    connect(m_language, &QComboBox::currentIndexChanged, this, &EstimatorPage::recompute);
    connect(m_pricedOn, &QDateEdit::dateChanged, this, &EstimatorPage::recompute);
    return box;
}

QWidget *EstimatorPage::makeFineTuning()
{
    auto *box = new QGroupBox(tr("Fine-tuning"), this);
    auto *form = new QFormLayout(box);
    m_tunedModel->setEditable(true);
    m_tunedModel->setInsertPolicy(QComboBox::NoInsert);
    m_tunedModel->setMinimumContentsLength(18);
    m_tunedModel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    form->addRow(tr("Base model:"), m_tunedModel);
    form->addRow(tr("Training tokens:"), m_trainingTokens);
    form->addRow(tr("Epochs:"), m_epochs);
    form->addRow(tr("Hosting hours a month:"), m_hostingHours);
    m_hostingHours->setToolTip(tr("Hours the tuned model is deployed each month, where the provider bills "
                                  "hosting by the hour (Azure OpenAI); 730 is always on."));
    form->addRow(m_fineTuningResult);
    connect(m_tunedModel, &QComboBox::currentTextChanged, this, &EstimatorPage::recompute);
    for (QSpinBox *spin : { m_trainingTokens, m_epochs, m_hostingHours })
        connect(spin, &QSpinBox::valueChanged, this, &EstimatorPage::recompute);
    return box;
}

QStringList EstimatorPage::modelChoices() const
{
    // Models with both an input and an output price that day: the ones an estimate can price.
    QStringList choices;
    const QList<PriceEntry> current = m_catalog.current(m_pricedOn->date());
    for (const PriceEntry &entry : current) {
        if (entry.meter != Meter::OutputToken)
            continue;
        if (m_catalog.entryOn(entry.provider, entry.model, Meter::InputToken, m_pricedOn->date()))
            choices << entry.provider + u'/' + entry.model;
    }
    return choices;
}

void EstimatorPage::refresh()
{
    try {
        PriceRepository repository(m_workspace.database());
        m_catalog = repository.catalog();
        m_tokensPerWord = repository.tokensPerWord();
    } catch (const Error &error) {
        spdlog::error("cannot read the price catalog: {}", error.what());
    }
    m_filling = true;
    const QStringList choices = modelChoices();
    for (int slot = 0; slot < MaxModels; ++slot) {
        QComboBox *combo = m_models.at(slot);
        const QString chosen
            = combo->count() == 0 ? QString::fromLatin1(defaultModels[slot]) : combo->currentText();
        combo->clear();
        if (slot > 0)
            combo->addItem(QString());
        combo->addItems(choices);
        combo->setCurrentText(chosen);
    }
    QStringList trainable;
    for (const PriceEntry &entry : m_catalog.current(m_pricedOn->date())) {
        if (entry.meter == Meter::TrainingToken)
            trainable << entry.provider + u'/' + entry.model;
    }
    const QString tuned
        = m_tunedModel->count() == 0 ? QStringLiteral("openai/gpt-4o-mini") : m_tunedModel->currentText();
    m_tunedModel->clear();
    m_tunedModel->addItems(trainable);
    m_tunedModel->setCurrentText(tuned);
    m_filling = false;
    recompute();
}

void EstimatorPage::recompute()
{
    if (m_filling)
        return;
    m_language->setEnabled(m_inWords->isChecked());
    const bool words = m_inWords->isChecked();
    InferenceAssumptions assumptions;
    assumptions.requestsPerDay = m_requestsPerDay->value();
    if (words) {
        assumptions.inputWordsPerRequest = m_inputPerRequest->value();
        assumptions.outputWordsPerRequest = m_outputPerRequest->value();
    } else {
        assumptions.inputTokensPerRequest = m_inputPerRequest->value();
        assumptions.outputTokensPerRequest = m_outputPerRequest->value();
    }
    assumptions.language = static_cast<TextLanguage>(m_language->currentData().toInt());
    assumptions.cachedInputTokensPerRequest = m_cachedPerRequest->value();
    assumptions.monthlyGrowthBasisPoints = qRound64(m_growth->value() * 100.0);
    const QDate on = m_pricedOn->date();
    const int months = m_monthCount->value();

    QList<std::pair<ModelChoice, std::optional<InferenceEstimate>>> columns;
    QStringList problems;
    for (QComboBox *combo : std::as_const(m_models)) {
        const auto choice = choiceOf(combo->currentText(), m_catalog);
        if (!choice)
            continue;
        assumptions.model = *choice;
        try {
            columns.append(
                { *choice, estimateInference(assumptions, m_catalog, m_tokensPerWord, on, months) });
        } catch (const Error &error) {
            columns.append({ *choice, std::nullopt });
            problems << choice->model + QStringLiteral(": ") + costboard::errorText(error);
        }
    }
    m_estimates = columns;
    m_createBudgets->setEnabled(m_workspace.mayWrite(WriteArea::Ledger)
                                && std::any_of(columns.cbegin(), columns.cend(),
                                               [](const auto &column) { return column.second.has_value(); }));
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());

    const QLocale locale;
    struct Row
    {
        QString label;
        std::function<QString(const InferenceEstimate &)> value;
    };
    QList<Row> rows;
    for (const EstimateFigure figure : estimateFigures()) {
        rows << Row { estimateFigureName(figure, months), [figure, &locale](const InferenceEstimate &e) {
                         return estimateFigureValue(e, figure).format(locale,
                                                                      estimateFigurePrecision(figure));
                     } };
    }
    rows << Row { tr("Tokens read per request"),
                  [&locale](const InferenceEstimate &e) {
                      return locale.toString(qlonglong(e.inputTokensPerRequest));
                  } }
         << Row { tr("Tokens generated per request"), [&locale](const InferenceEstimate &e) {
                     return locale.toString(qlonglong(e.outputTokensPerRequest));
                 } };
    // The cheapest model of each amount row in bold, when the models are priced in one currency.
    const auto cheapest = [&columns](const std::function<ExactAmount(const InferenceEstimate &)> &amount) {
        int best = -1;
        for (int column = 0; column < columns.size(); ++column) {
            const auto &estimate = columns.at(column).second;
            if (!estimate)
                continue;
            const ExactAmount value = amount(*estimate);
            const auto &bestEstimate = best >= 0 ? columns.at(best).second : std::nullopt;
            if (best >= 0 && amount(*bestEstimate).currency() != value.currency())
                return -1;
            if (best < 0 || value.picos() < amount(*bestEstimate).picos())
                best = column;
        }
        return best;
    };
    const int cheapestColumn = cheapest([](const InferenceEstimate &e) { return e.perRequest; });
    m_results->clear();
    m_results->setColumnCount(int(columns.size()) + 1);
    m_results->setRowCount(int(rows.size()));
    // The model over its provider: the columns stay as narrow as their amounts.
    QStringList headers { QString() };
    for (const auto &[choice, estimate] : columns)
        headers << choice.model + u'\n' + choice.provider;
    m_results->setHorizontalHeaderLabels(headers);
    const qsizetype amountRows = estimateFigures().size(); // the rows above the token counts
    for (int row = 0; row < rows.size(); ++row) {
        m_results->setItem(row, 0, labelItem(rows.at(row).label));
        for (int column = 0; column < columns.size(); ++column) {
            const auto &estimate = columns.at(column).second;
            QTableWidgetItem *item
                = amountItem(estimate ? rows.at(row).value(*estimate) : tr("price unknown"));
            if (column == cheapestColumn && row < amountRows && columns.size() > 1) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_results->setItem(row, column + 1, item);
        }
    }
    m_results->resizeColumnsToContents();
    fitResultsHeight();

    m_months->clear();
    m_months->setColumnCount(int(columns.size()) + 2);
    m_months->setRowCount(months);
    QStringList monthHeaders { tr("Month"), tr("Requests") };
    for (const auto &[choice, estimate] : columns)
        monthHeaders << choice.model;
    m_months->setHorizontalHeaderLabels(monthHeaders);
    const QList<MonthEstimate> *anyMonths = nullptr;
    for (const auto &[choice, estimate] : columns) {
        if (estimate)
            anyMonths = &estimate->months;
    }
    for (int month = 0; month < months; ++month) {
        m_months->setItem(month, 0, labelItem(QString::number(month + 1)));
        m_months->setItem(
            month, 1,
            amountItem(anyMonths ? locale.toString(qlonglong(anyMonths->at(month).requests)) : QString()));
        for (int column = 0; column < columns.size(); ++column) {
            const auto &estimate = columns.at(column).second;
            m_months->setItem(
                month, column + 2,
                amountItem(estimate ? estimate->months.at(month).cost.format(locale) : QString()));
        }
    }
    m_months->resizeColumnsToContents();

    // Fine-tuning.
    FineTuningAssumptions tuning;
    const auto tuned = choiceOf(m_tunedModel->currentText(), m_catalog);
    if (!tuned) {
        m_fineTuningResult->setText(tr("Choose a model with a training price."));
        updateOwnership(assumptions, std::nullopt);
        return;
    }
    tuning.model = *tuned;
    tuning.trainingTokens = m_trainingTokens->value();
    tuning.epochs = m_epochs->value();
    tuning.hostingHoursPerMonth = m_hostingHours->value();
    std::optional<FineTuningAssumptions> priced;
    try {
        const FineTuningEstimate estimate = estimateFineTuning(tuning, m_catalog, on);
        QString text
            = tr("Training: %1 once (%2 tokens × %3 epochs at %4).")
                  .arg(estimate.training.format(locale, ExactAmount::Precision::Exact),
                       locale.toString(qlonglong(tuning.trainingTokens)),
                       locale.toString(qlonglong(tuning.epochs)), priceLabel(estimate.trainingPrice, locale));
        if (estimate.hostingPrice)
            text += u' '
                + tr("Hosting: %1 a month (%2 hours at %3).")
                      .arg(estimate.hostingPerMonth.format(locale),
                           locale.toString(qlonglong(tuning.hostingHoursPerMonth)),
                           priceLabel(*estimate.hostingPrice, locale));
        m_fineTuningResult->setText(text);
        m_fineTuningResult->setStyleSheet(QString());
        priced = tuning;
    } catch (const Error &error) {
        m_fineTuningResult->setText(costboard::errorText(error));
        m_fineTuningResult->setStyleSheet(QStringLiteral("color: #c62828;"));
    }
    updateOwnership(assumptions, priced);
}

void EstimatorPage::updateOwnership(const InferenceAssumptions &workload,
                                    const std::optional<FineTuningAssumptions> &fineTuning)
{
    {
        // Its own recomputation announces a change of hosting, which would bring us back here.
        const QSignalBlocker blocker(m_selfHosting);
        m_selfHosting->setEstimates(m_estimates, m_catalog, m_pricedOn->date());
    }
    m_ownership->setInputs(workload, m_estimates, fineTuning, m_selfHosting->assumptions(), m_catalog,
                           m_tokensPerWord, m_pricedOn->date());
}

void EstimatorPage::fitResultsHeight()
{
    // Every row shown without a vertical scroll bar; the horizontal one only when the models'
    // columns do not fit the width (four models on a small screen).
    const bool scrolls = m_results->horizontalHeader()->length() > m_results->viewport()->width();
    m_results->setFixedHeight(m_results->horizontalHeader()->sizeHint().height()
                              + m_results->verticalHeader()->length() + 2 * m_results->frameWidth()
                              + (scrolls ? m_results->horizontalScrollBar()->sizeHint().height() : 0));
}

bool EstimatorPage::eventFilter(QObject *watched, QEvent *event)
{
    // The table's width is known once its layout has placed it.
    if (watched == m_results && event->type() == QEvent::Resize)
        fitResultsHeight();
    return Page::eventFilter(watched, event);
}

void EstimatorPage::createBudgetsFrom(int modelIndex, ProjectId projectId, const QString &projectName,
                                      const QDate &firstMonth)
{
    const auto &[choice, estimate] = m_estimates.at(modelIndex);
    if (!estimate)
        return;
    Database &database = m_workspace.database();
    const FxConverter converter
        = FxRateRepository(database).converterInto(DatabaseSettings(database).reportingCurrency());
    const QList<EstimatedMonth> months = estimatedMonths(*estimate, firstMonth, converter);
    executeCommand(m_workspace,
                   std::make_unique<BudgetsFromEstimateCommand>(m_workspace, projectId, months, projectName,
                                                                choice.model, this));
}

void EstimatorPage::createBudgets()
{
    QStringList models;
    QList<int> indexes; // of m_estimates, for each model offered
    for (int index = 0; index < m_estimates.size(); ++index) {
        if (m_estimates.at(index).second) {
            models << m_estimates.at(index).first.provider + u'/' + m_estimates.at(index).first.model;
            indexes << index;
        }
    }
    Database &database = m_workspace.database();
    EstimateBudgetsDialog dialog(ProjectRepository(database).list(false), models, this);
    const auto summarize = [&] {
        try {
            const FxConverter converter
                = FxRateRepository(database).converterInto(DatabaseSettings(database).reportingCurrency());
            const QList<EstimatedMonth> months = estimatedMonths(
                *m_estimates.at(indexes.at(dialog.modelIndex())).second, dialog.firstMonth(), converter);
            Money total = Money::zero(converter.quoteCurrency());
            for (const EstimatedMonth &month : months)
                total += month.amount;
            const QLocale locale;
            dialog.setSummary(
                tr("%n monthly inference budget(s) of %1, from %2 to %3, %4 in all, replacing what "
                   "those months had. Amounts in another currency are converted at the rate of "
                   "each month's first day.",
                   nullptr, int(months.size()))
                    .arg(dialog.projectName(),
                         locale.toString(months.constFirst().monthStart, QStringLiteral("MMMM yyyy")),
                         locale.toString(months.constLast().monthStart, QStringLiteral("MMMM yyyy")),
                         total.toString(locale)));
            dialog.showError(QString());
        } catch (const Error &error) {
            dialog.setSummary(QString());
            dialog.showError(costboard::errorText(error));
        }
    };
    connect(&dialog, &EstimateBudgetsDialog::choiceChanged, &dialog, summarize);
    if (!models.isEmpty())
        summarize();
    while (dialog.exec() == QDialog::Accepted) {
        try {
            createBudgetsFrom(indexes.at(dialog.modelIndex()), dialog.projectId(), dialog.projectName(),
                              dialog.firstMonth());
            return;
        } catch (const Error &error) {
            dialog.showError(costboard::errorText(error));
        }
    }
}

void EstimatorPage::setModel(int slot, const QString &providerAndModel)
{
    m_models.at(slot)->setCurrentText(providerAndModel);
}

void EstimatorPage::setWorkload(int requestsPerDay, int inputPerRequest, int outputPerRequest, bool inWords,
                                TextLanguage language, double monthlyGrowthPercent)
{
    m_filling = true;
    m_requestsPerDay->setValue(requestsPerDay);
    m_inputPerRequest->setValue(inputPerRequest);
    m_outputPerRequest->setValue(outputPerRequest);
    (inWords ? m_inWords : m_inTokens)->setChecked(true);
    m_language->setCurrentIndex(m_language->findData(int(language)));
    m_growth->setValue(monthlyGrowthPercent);
    m_filling = false;
    recompute();
}

void EstimatorPage::setFineTuning(const QString &providerAndModel, int trainingTokens, int epochs,
                                  int hostingHours)
{
    m_filling = true;
    m_tunedModel->setCurrentText(providerAndModel);
    m_trainingTokens->setValue(trainingTokens);
    m_epochs->setValue(epochs);
    m_hostingHours->setValue(hostingHours);
    m_filling = false;
    recompute();
}

void EstimatorPage::setPricedOn(const QDate &day)
{
    m_pricedOn->setDate(day);
}

QString EstimatorPage::problemText() const
{
    return m_problem->text();
}

QString EstimatorPage::fineTuningText() const
{
    return m_fineTuningResult->text();
}

} // namespace costboard::ui
