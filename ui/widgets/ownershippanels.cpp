// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ownershippanels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "charts/ownershipcharts.h"
#include "commands/estimatecommands.h"
#include "dialogs/savedestimatedialogs.h"
#include "errors.h"
#include "errortexts.h"
#include "labels.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "workspace.h"

namespace costboard::ui {

using namespace pricing;

namespace {

QString choiceText(const ModelChoice &choice)
{
    return choice.provider + u'/' + choice.model;
}

// The models the Estimator could price, as "provider/model".
QStringList pricedModels(const EstimatedModels &estimates)
{
    QStringList models;
    for (const auto &[choice, estimate] : estimates) {
        if (estimate)
            models << choiceText(choice);
    }
    return models;
}

// An amount typed in the reporting currency ("1 500", "1,500.00"); empty when it does not read.
std::optional<Money> typedMoney(const QString &text, const QString &currency)
{
    Money amount;
    if (text.trimmed().isEmpty())
        return Money::zero(currency);
    if (!Money::parseTyped(text, currency, QLocale(), amount))
        return std::nullopt;
    return amount;
}

QString reportingCurrency(Workspace &workspace)
{
    return DatabaseSettings(workspace.database()).reportingCurrency();
}

QTableWidgetItem *readOnlyItem(const QString &text, Qt::Alignment alignment)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

void refill(QComboBox *combo, const QStringList &items)
{
    const QString chosen = combo->currentText();
    combo->clear();
    combo->addItems(items);
    const int index = combo->findText(chosen);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

// Each role's columns.
enum RoleColumn
{
    RoleNameColumn,
    BuildDaysColumn,
    DaysPerMonthColumn,
    DailyRateColumn,
    RoleColumnCount
};

} // namespace

QSpinBox *countBox(QWidget *parent, int minimum, int maximum, int value)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setGroupSeparatorShown(true);
    box->setValue(value);
    return box;
}

SelfHostingPanel::SelfHostingPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_apiModel(new QComboBox(this))
    , m_instance(new QComboBox(this))
    , m_minimumInstances(countBox(this, 1, int(SelfHostingAssumptions::MaxInstances), 1))
    , m_tokensPerSecond(countBox(this, 1, int(SelfHostingAssumptions::MaxTokensPerSecond), 2'500))
    , m_utilisation(countBox(this, 1, 100, 60))
    , m_storage(new QLineEdit(this))
    , m_premium(new QDoubleSpinBox(this))
    , m_chart(new render::charts::BreakEvenChart(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("selfHostingPanel"));
    m_instance->setObjectName(QStringLiteral("gpuInstance"));
    m_summary->setObjectName(QStringLiteral("selfHostingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_chart->setFollowsPalette(true);
    m_utilisation->setSuffix(QStringLiteral(" %"));
    m_premium->setRange(0.0, double(SelfHostingAssumptions::MaxPremiumBasisPoints) / 100.0);
    m_premium->setDecimals(1);
    m_premium->setSuffix(QStringLiteral(" %"));
    m_storage->setText(Money(20'000, reportingCurrency(m_workspace)).toEditableString());
    m_tokensPerSecond->setToolTip(
        tr("Tokens read and generated a second by one instance at full load with the "
           "open model: measure it with your model and serving software."));
    m_utilisation->setToolTip(
        tr("The share of an instance's hours spent serving: traffic has peaks and nights."));
    m_premium->setToolTip(tr("What private hosting of sensitive data adds to the GPU price: health data on a "
                             "certified host (HDS), a dedicated server, a sovereign cloud."));

    auto *intro
        = new QLabel(tr("An open model on rented GPU instances, paid by the hour whatever they serve, "
                        "against an API model paid by the request, for the workload of the Inference "
                        "tab."),
                     this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Against the API of:"), m_apiModel);
    form->addRow(tr("GPU instance:"), m_instance);
    form->addRow(tr("Instances at least:"), m_minimumInstances);
    form->addRow(tr("Tokens a second each:"), m_tokensPerSecond);
    form->addRow(tr("Utilisation:"), m_utilisation);
    form->addRow(tr("Storage a month:"), m_storage);
    form->addRow(tr("Private hosting premium:"), m_premium);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);

    for (QComboBox *combo : { m_apiModel, m_instance })
        connect(combo, &QComboBox::currentTextChanged, this, &SelfHostingPanel::recompute);
    for (QSpinBox *spin : { m_minimumInstances, m_tokensPerSecond, m_utilisation })
        connect(spin, &QSpinBox::valueChanged, this, &SelfHostingPanel::recompute);
    connect(m_premium, &QDoubleSpinBox::valueChanged, this, &SelfHostingPanel::recompute);
    connect(m_storage, &QLineEdit::textChanged, this, &SelfHostingPanel::recompute);
}

void SelfHostingPanel::setEstimates(const EstimatedModels &estimates, const PriceCatalog &catalog,
                                    const QDate &pricedOn)
{
    m_estimates = estimates;
    m_catalog = catalog;
    m_pricedOn = pricedOn;
    m_filling = true;
    refill(m_apiModel, pricedModels(estimates));
    QStringList instances;
    for (const PriceEntry &entry : catalog.current(pricedOn)) {
        if (entry.meter == Meter::GpuHour)
            instances << entry.provider + u'/' + entry.model;
    }
    instances.sort();
    const bool first = m_instance->count() == 0;
    refill(m_instance, instances);
    // A single GPU of a European cloud first: what a sensitive project rents.
    if (first && instances.contains(QStringLiteral("scaleway/h100-1-80g")))
        m_instance->setCurrentText(QStringLiteral("scaleway/h100-1-80g"));
    m_filling = false;
    recompute();
}

void SelfHostingPanel::setInstance(const QString &providerAndModel, int tokensPerSecond,
                                   int utilisationPercent, double premiumPercent)
{
    m_filling = true;
    m_instance->setCurrentText(providerAndModel);
    m_tokensPerSecond->setValue(tokensPerSecond);
    m_utilisation->setValue(utilisationPercent);
    m_premium->setValue(premiumPercent);
    m_filling = false;
    recompute();
}

std::optional<SelfHostingAssumptions> SelfHostingPanel::assumptions() const
{
    const QString instance = m_instance->currentText();
    const qsizetype slash = instance.indexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    const std::optional<Money> storage = typedMoney(m_storage->text(), reportingCurrency(m_workspace));
    if (!storage)
        return std::nullopt;
    SelfHostingAssumptions assumptions;
    assumptions.instance = { instance.left(slash), instance.mid(slash + 1) };
    assumptions.minimumInstances = m_minimumInstances->value();
    assumptions.tokensPerSecond = m_tokensPerSecond->value();
    assumptions.utilisationPercent = m_utilisation->value();
    assumptions.storagePerMonth = *storage;
    assumptions.privateHostingPremiumBasisPoints = qRound64(m_premium->value() * 100.0);
    return assumptions;
}

QString SelfHostingPanel::summaryText() const
{
    return m_summary->text();
}

void SelfHostingPanel::recompute()
{
    if (m_filling)
        return;
    const auto api = std::find_if(m_estimates.cbegin(), m_estimates.cend(), [this](const auto &column) {
        return column.second && choiceText(column.first) == m_apiModel->currentText();
    });
    const std::optional<SelfHostingAssumptions> hosting = assumptions();
    if (api == m_estimates.cend() || !hosting) {
        m_chart->clear();
        m_summary->setText(
            !hosting && m_instance->count() > 0
                ? tr("Type the storage as an amount, or leave it empty.").toHtmlEscaped()
                : tr("Price a model on the Inference tab, and give a GPU instance a GPU-hour price "
                     "on the Prices page.")
                      .toHtmlEscaped());
        emit assumptionsChanged();
        return;
    }
    try {
        const FxConverter converter
            = FxRateRepository(m_workspace.database()).converterInto(reportingCurrency(m_workspace));
        const SelfHostingComparison comparison(*hosting, *api->second, m_catalog, converter, m_pricedOn);
        const std::int64_t assumed = api->second->months.constFirst().requests;
        // Wide enough to show the break-even, or ten times the volume assumed when there is none.
        std::int64_t highest = std::max<std::int64_t>(assumed * 2, comparison.requestsPerInstanceMonth());
        if (const auto breakEven = comparison.breakEvenRequestsPerMonth(assumed * 10))
            highest = std::max(highest, *breakEven * 3 / 2);
        else
            highest = std::max(highest, assumed * 10);
        m_chart->setComparison(comparison, assumed, highest);

        const SelfHostingCost own = comparison.selfHostedCost(assumed);
        const QLocale locale;
        // An amount or a count is never cut at its group separator.
        const auto whole = [](const QString &text) {
            return QStringLiteral("<span style='white-space:nowrap'>%1</span>").arg(text.toHtmlEscaped());
        };
        QString text = tr("At %1 requests a month: the API costs <b>%2</b> a month, own GPUs <b>%3</b> "
                          "(%n instance(s) of %4 each, storage included).",
                          nullptr, int(own.instances))
                           .arg(whole(locale.toString(qlonglong(assumed))),
                                whole(comparison.apiCost(assumed).toString()), whole(own.total().toString()),
                                whole(comparison.selfHostedCost(0)
                                          .compute.scaled(1, comparison.selfHostedCost(0).instances)
                                          .toString()));
        if (m_chart->breakEven())
            text += u' '
                + tr("Own GPUs cost no more than the API from <b>%1 requests a month</b> (%2 a day).")
                      .arg(whole(locale.toString(qlonglong(*m_chart->breakEven()))),
                           whole(locale.toString(qlonglong(*m_chart->breakEven() * 12 / DaysPerYear))));
        else
            text += u' '
                + tr("The API stays cheaper up to %1 requests a month.")
                      .arg(whole(locale.toString(qlonglong(assumed) * 10)));
        m_summary->setText(text);
    } catch (const Error &error) {
        m_chart->clear();
        m_summary->setText(errorText(error).toHtmlEscaped());
    }
    emit assumptionsChanged();
}

OwnershipPanel::OwnershipPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new QComboBox(this))
    , m_selfHosted(new QCheckBox(tr("On own GPUs (the Own GPUs tab)"), this))
    , m_includeFineTuning(new QCheckBox(tr("With the fine-tuning"), this))
    , m_roles(new QTableWidget(0, RoleColumnCount, this))
    , m_addRole(new QPushButton(tr("Add a role"), this))
    , m_removeRole(new QPushButton(tr("Remove"), this))
    , m_trainedHeads(countBox(this, 0, int(PeopleAssumptions::MaxHeads), 50))
    , m_trainingPerHead(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_chart(new render::charts::OwnershipChart(this))
    , m_totals(new QTableWidget(this))
    , m_save(new QPushButton(tr("&Save as a Project's Estimate…"), this))
{
    setObjectName(QStringLiteral("ownershipPanel"));
    m_save->setObjectName(QStringLiteral("saveEstimate"));
    m_save->setToolTip(tr("Keep these 36 months as a project's estimate, to compare with its actuals later "
                          "(undoable)"));
    m_roles->setObjectName(QStringLiteral("peopleRoles"));
    m_totals->setObjectName(QStringLiteral("ownershipTotals"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    m_chart->setFollowsPalette(true);
    m_includeFineTuning->setChecked(true);
    m_roles->setHorizontalHeaderLabels(
        { tr("Role"), tr("Days to build"), tr("Days a month"), tr("Daily rate") });
    m_roles->verticalHeader()->hide();
    m_roles->horizontalHeader()->setSectionResizeMode(RoleNameColumn, QHeaderView::Stretch);
    for (int column = BuildDaysColumn; column < RoleColumnCount; ++column)
        m_roles->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_roles->setToolTip(
        tr("The days of each role to build the project (in its first month) and to run it every "
           "month after, at the role's daily rate in the reporting currency."));
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->setSelectionMode(QAbstractItemView::NoSelection);
    m_totals->verticalHeader()->hide();
    m_totals->setAlternatingRowColors(true);

    const QString currency = reportingCurrency(m_workspace);
    // A small team's usual rates in France, to start from.
    addRole(tr("Prompt engineer"), 20, 4, Money(75'000, currency));
    addRole(tr("Data scientist"), 10, 2, Money(85'000, currency));
    addRole(tr("Business expert (reviews)"), 10, 2, Money(60'000, currency));
    m_trainingPerHead->setText(Money(15'000, currency).toEditableString());

    auto *form = new QFormLayout;
    form->addRow(tr("Model:"), m_model);
    auto *options = new QHBoxLayout;
    options->addWidget(m_selfHosted);
    options->addWidget(m_includeFineTuning);
    options->addStretch(1);
    form->addRow(QString(), options);
    auto *staff = new QHBoxLayout;
    staff->addWidget(m_trainedHeads);
    staff->addWidget(new QLabel(tr("at"), this));
    staff->addWidget(m_trainingPerHead, 1);
    form->addRow(tr("Staff trained:"), staff);
    auto *roleButtons = new QHBoxLayout;
    roleButtons->addWidget(new QLabel(tr("People (prompt engineering, data, business review):"), this), 1);
    roleButtons->addWidget(m_addRole);
    roleButtons->addWidget(m_removeRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(roleButtons);
    layout->addWidget(m_roles);
    layout->addWidget(m_problem);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_totals);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);
    connect(m_save, &QPushButton::clicked, this, &OwnershipPanel::saveEstimate);
    // Room for four roles; more scroll.
    m_roles->setFixedHeight(m_roles->horizontalHeader()->sizeHint().height()
                            + 4 * m_roles->verticalHeader()->defaultSectionSize()
                            + 2 * m_roles->frameWidth());

    connect(m_model, &QComboBox::currentTextChanged, this, &OwnershipPanel::recompute);
    for (QCheckBox *box : { m_selfHosted, m_includeFineTuning })
        connect(box, &QCheckBox::toggled, this, &OwnershipPanel::recompute);
    connect(m_trainedHeads, &QSpinBox::valueChanged, this, &OwnershipPanel::recompute);
    connect(m_trainingPerHead, &QLineEdit::textChanged, this, &OwnershipPanel::recompute);
    connect(m_roles, &QTableWidget::itemChanged, this, &OwnershipPanel::recompute);
    connect(m_addRole, &QPushButton::clicked, this, [this] {
        addRole(tr("New role"), 0, 0, Money::zero(reportingCurrency(m_workspace)));
        m_roles->editItem(m_roles->item(m_roles->rowCount() - 1, RoleNameColumn));
        recompute();
    });
    connect(m_removeRole, &QPushButton::clicked, this, [this] {
        const int row = m_roles->currentRow();
        if (row >= 0) {
            m_roles->removeRow(row);
            recompute();
        }
    });
}

void OwnershipPanel::addRole(const QString &role, int buildDays, int daysPerMonth, const Money &dailyRate)
{
    const QSignalBlocker blocker(m_roles);
    const int row = m_roles->rowCount();
    m_roles->insertRow(row);
    const QLocale locale;
    m_roles->setItem(row, RoleNameColumn, new QTableWidgetItem(role));
    m_roles->setItem(row, BuildDaysColumn, new QTableWidgetItem(locale.toString(buildDays)));
    m_roles->setItem(row, DaysPerMonthColumn, new QTableWidgetItem(locale.toString(daysPerMonth)));
    m_roles->setItem(row, DailyRateColumn, new QTableWidgetItem(dailyRate.toEditableString()));
    for (int column = BuildDaysColumn; column < RoleColumnCount; ++column)
        m_roles->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_addRole->setEnabled(m_roles->rowCount() < PeopleAssumptions::MaxRoles);
}

void OwnershipPanel::setSelfHosted(bool selfHosted)
{
    m_selfHosted->setChecked(selfHosted);
}

std::optional<PeopleAssumptions> OwnershipPanel::people(QString &problem) const
{
    const QString currency = reportingCurrency(m_workspace);
    const QLocale locale;
    PeopleAssumptions people;
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_roles->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        PeopleRole role;
        role.role = text(RoleNameColumn);
        bool buildRead = false;
        bool runRead = false;
        role.buildPersonDays
            = locale.toLongLong(text(BuildDaysColumn).remove(locale.groupSeparator()), &buildRead);
        role.personDaysPerMonth
            = locale.toLongLong(text(DaysPerMonthColumn).remove(locale.groupSeparator()), &runRead);
        const std::optional<Money> rate = typedMoney(text(DailyRateColumn), currency);
        if (!buildRead || !runRead || !rate) {
            problem = tr("%1: type whole days and the daily rate as an amount.")
                          .arg(role.role.isEmpty() ? tr("Role %1").arg(row + 1) : role.role);
            return std::nullopt;
        }
        role.dailyRate = *rate;
        people.roles << role;
    }
    const std::optional<Money> perHead = typedMoney(m_trainingPerHead->text(), currency);
    if (!perHead) {
        problem = tr("Type the training per head as an amount.");
        return std::nullopt;
    }
    people.trainedHeads = m_trainedHeads->value();
    people.trainingPerHead = *perHead;
    return people;
}

void OwnershipPanel::setInputs(const InferenceAssumptions &workload, const EstimatedModels &estimates,
                               const std::optional<FineTuningAssumptions> &fineTuning,
                               const std::optional<SelfHostingAssumptions> &selfHosting,
                               const PriceCatalog &catalog, const TokensPerWord &tokensPerWord,
                               const QDate &pricedOn)
{
    m_workload = workload;
    m_estimates = estimates;
    m_fineTuning = fineTuning;
    m_selfHosting = selfHosting;
    m_catalog = catalog;
    m_tokensPerWord = tokensPerWord;
    m_pricedOn = pricedOn;
    m_filling = true;
    refill(m_model, pricedModels(estimates));
    m_filling = false;
    m_selfHosted->setEnabled(selfHosting.has_value());
    m_includeFineTuning->setEnabled(fineTuning.has_value());
    recompute();
}

void OwnershipPanel::recompute()
{
    if (m_filling)
        return;
    QString problem;
    const std::optional<PeopleAssumptions> team = people(problem);
    const auto chosen = std::find_if(m_estimates.cbegin(), m_estimates.cend(), [this](const auto &column) {
        return column.second && choiceText(column.first) == m_model->currentText();
    });
    m_estimate.reset();
    if (chosen == m_estimates.cend() && problem.isEmpty())
        problem = tr("Price a model on the Inference tab first.");
    if (team && chosen != m_estimates.cend()) {
        OwnershipAssumptions assumptions;
        assumptions.inference = m_workload;
        assumptions.inference.model = chosen->first;
        assumptions.people = *team;
        if (m_includeFineTuning->isChecked() && m_includeFineTuning->isEnabled())
            assumptions.fineTuning = m_fineTuning;
        if (m_selfHosted->isChecked() && m_selfHosted->isEnabled())
            assumptions.selfHosting = m_selfHosting;
        try {
            const FxConverter converter
                = FxRateRepository(m_workspace.database()).converterInto(reportingCurrency(m_workspace));
            m_estimate = estimateOwnership(assumptions, m_catalog, m_tokensPerWord, converter, m_pricedOn);
        } catch (const Error &error) {
            problem = errorText(error);
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_chart->setEstimate(m_estimate);
    m_save->setEnabled(m_estimate.has_value() && m_workspace.mayWrite(WriteArea::Ledger));
    m_save->setToolTip(m_workspace.readOnlyReason(WriteArea::Ledger));

    // Components down, horizons across, the total last.
    const QList<OwnershipComponent> components = ownershipComponents();
    const int horizons = int(std::size(OwnershipHorizons));
    m_totals->clear();
    m_totals->setRowCount(m_estimate ? int(components.size()) + 1 : 0);
    m_totals->setColumnCount(horizons + 1);
    QStringList headers { QString() };
    for (const int months : OwnershipHorizons)
        headers << tr("%n month(s)", nullptr, months);
    m_totals->setHorizontalHeaderLabels(headers);
    if (m_estimate) {
        for (int row = 0; row <= components.size(); ++row) {
            const bool total = row == components.size();
            const std::optional<OwnershipComponent> component
                = total ? std::nullopt : std::optional<OwnershipComponent>(components.at(row));
            m_totals->setItem(row, 0,
                              readOnlyItem(total ? tr("Total")
                                                 : render::charts::ownershipComponentName(
                                                     *component, m_estimate->selfHosted),
                                           Qt::AlignLeft));
            for (int column = 0; column < horizons; ++column) {
                QTableWidgetItem *item = readOnlyItem(
                    m_estimate->over(OwnershipHorizons[column], component).toString(), Qt::AlignRight);
                if (total) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
                m_totals->setItem(row, column + 1, item);
            }
        }
    }
    m_totals->resizeColumnsToContents();
    m_totals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_totals->setFixedHeight(m_totals->horizontalHeader()->sizeHint().height()
                             + m_totals->rowCount() * m_totals->verticalHeader()->defaultSectionSize() + 4);
}

QString OwnershipPanel::assumptionsText() const
{
    const QLocale locale;
    QStringList parts;
    const auto chosen = std::find_if(m_estimates.cbegin(), m_estimates.cend(), [this](const auto &column) {
        return column.second && choiceText(column.first) == m_model->currentText();
    });
    if (chosen != m_estimates.cend()) {
        parts << tr("%1: %2 requests a day of %3 tokens read and %4 generated, %5 a month")
                     .arg(m_model->currentText(), locale.toString(qlonglong(m_workload.requestsPerDay)),
                          locale.toString(qlonglong(chosen->second->inputTokensPerRequest)),
                          locale.toString(qlonglong(chosen->second->outputTokensPerRequest)),
                          render::percentLabel(double(m_workload.monthlyGrowthBasisPoints) / 100.0, 1, true));
    }
    if (m_estimate && m_estimate->selfHosted && m_selfHosting)
        parts << tr("on own GPUs (%1)")
                     .arg(m_selfHosting->instance.provider + u'/' + m_selfHosting->instance.model);
    if (m_includeFineTuning->isChecked() && m_fineTuning)
        parts << tr("fine-tuning of %1").arg(m_fineTuning->model.model);
    QString problem;
    if (const std::optional<PeopleAssumptions> team = people(problem)) {
        std::int64_t build = 0;
        std::int64_t run = 0;
        for (const PeopleRole &role : team->roles) {
            build += role.buildPersonDays;
            run += role.personDaysPerMonth;
        }
        parts << tr("%n role(s): %1 person-days to build, %2 a month", nullptr, int(team->roles.size()))
                     .arg(locale.toString(qlonglong(build)), locale.toString(qlonglong(run)));
        parts << tr("%n staff trained", nullptr, int(team->trainedHeads));
    }
    return parts.join(QStringLiteral("; "));
}

void OwnershipPanel::saveEstimate()
{
    if (!m_estimate)
        return;
    SaveEstimateDialog dialog(ProjectRepository(m_workspace.database()).list(false), m_model->currentText(),
                              this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    executeCommand(m_workspace,
                   std::make_unique<SaveEstimateCommand>(
                       m_workspace, dialog.projectId(), dialog.projectCode(), dialog.name(),
                       dialog.firstMonth(), *m_estimate, assumptionsText(), this));
}

} // namespace costboard::ui
