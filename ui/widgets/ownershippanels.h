// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QWidget>

#include "pricing/ownership.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace costboard::render::charts {
class BreakEvenChart;
class OwnershipChart;
} // namespace costboard::render::charts

namespace costboard::ui {

class Workspace;

// The models the Estimator priced, in its columns' order, with their estimates (none where a
// price is unknown).
using EstimatedModels = QList<std::pair<pricing::ModelChoice, std::optional<pricing::InferenceEstimate>>>;

// A spin box of whole counts, its thousands grouped: the Estimator's requests, tokens and days.
QSpinBox *countBox(QWidget *parent, int minimum, int maximum, int value);

// The Estimator's "Own GPUs" tab: an open model on rented GPU instances against one of the API
// models estimated, for the same workload, with the break-even chart. Computed by core's
// SelfHostingComparison.
class SelfHostingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfHostingPanel)

public:
    explicit SelfHostingPanel(Workspace &workspace, QWidget *parent = nullptr);

    void setEstimates(const EstimatedModels &estimates, const pricing::PriceCatalog &catalog,
                      const QDate &pricedOn);
    // The hosting assumed, when an instance is chosen and every field reads.
    std::optional<pricing::SelfHostingAssumptions> assumptions() const;
    // For tests and the README's picture.
    void setInstance(const QString &providerAndModel, int tokensPerSecond, int utilisationPercent,
                     double premiumPercent);
    QString summaryText() const;
    render::charts::BreakEvenChart *chart() const { return m_chart; }

signals:
    void assumptionsChanged();

private:
    void recompute();

    Workspace &m_workspace;
    EstimatedModels m_estimates;
    pricing::PriceCatalog m_catalog;
    QDate m_pricedOn;
    QComboBox *m_apiModel;
    QComboBox *m_instance;
    QSpinBox *m_minimumInstances;
    QSpinBox *m_tokensPerSecond;
    QSpinBox *m_utilisation;
    QLineEdit *m_storage;
    QDoubleSpinBox *m_premium;
    render::charts::BreakEvenChart *m_chart;
    QLabel *m_summary;
    bool m_filling = false;
};

// The Estimator's "Total cost" tab: one of the models estimated (by the API, or on the GPUs of the
// Own GPUs tab), the fine-tuning, the people who build and run the project and the staff trained,
// over 12, 24 and 36 months, as a chart and a table. Computed by core's estimateOwnership().
class OwnershipPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnershipPanel)

public:
    explicit OwnershipPanel(Workspace &workspace, QWidget *parent = nullptr);

    // `workload` without its model: the models come from `estimates`.
    void setInputs(const pricing::InferenceAssumptions &workload, const EstimatedModels &estimates,
                   const std::optional<pricing::FineTuningAssumptions> &fineTuning,
                   const std::optional<pricing::SelfHostingAssumptions> &selfHosting,
                   const pricing::PriceCatalog &catalog, const pricing::TokensPerWord &tokensPerWord,
                   const QDate &pricedOn);
    const std::optional<pricing::OwnershipEstimate> &estimate() const { return m_estimate; }
    QTableWidget *totalsTable() const { return m_totals; }
    QTableWidget *rolesTable() const { return m_roles; }
    void setSelfHosted(bool selfHosted);
    // What the estimate assumes, in a sentence kept with it when it is saved.
    QString assumptionsText() const;

private:
    void recompute();
    void saveEstimate();
    void addRole(const QString &role, int buildDays, int daysPerMonth, const Money &dailyRate);
    // The people assumed, or the message naming the first cell that does not read.
    std::optional<pricing::PeopleAssumptions> people(QString &problem) const;

    Workspace &m_workspace;
    pricing::InferenceAssumptions m_workload;
    EstimatedModels m_estimates;
    std::optional<pricing::FineTuningAssumptions> m_fineTuning;
    std::optional<pricing::SelfHostingAssumptions> m_selfHosting;
    pricing::PriceCatalog m_catalog;
    pricing::TokensPerWord m_tokensPerWord;
    QDate m_pricedOn;
    std::optional<pricing::OwnershipEstimate> m_estimate;
    QComboBox *m_model;
    QCheckBox *m_selfHosted;
    QCheckBox *m_includeFineTuning;
    QTableWidget *m_roles;
    QPushButton *m_addRole;
    QPushButton *m_removeRole;
    QSpinBox *m_trainedHeads;
    QLineEdit *m_trainingPerHead;
    QLabel *m_problem;
    render::charts::OwnershipChart *m_chart;
    QTableWidget *m_totals;
    QPushButton *m_save;
    bool m_filling = false;
};

} // namespace costboard::ui
