// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "domain/entities.h"
#include "pages/page.h"
#include "pricing/estimate.h"

class QComboBox;
class QPushButton;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace costboard::ui {

class OwnershipPanel;
class SelfHostingPanel;
class Workspace;

// Turns assumptions into costs before a project is approved: an inference workload (requests a
// day, tokens or words per request, cached tokens, monthly growth) priced for up to four models
// side by side at the catalog's prices of a day, per request, per 1,000 words, per week, month and
// year, month by month; and a fine-tuning (training tokens × epochs × the training price, then
// hosting the tuned model). Everything is computed by core/pricing/estimate.h.
class EstimatorPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EstimatorPage)

public:
    explicit EstimatorPage(Workspace &workspace, QWidget *parent = nullptr);

    static QString pageTitle() { return tr("Estimator"); }
    static QString pageIconName() { return QStringLiteral("estimator"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }

    static constexpr int MaxModels = 4;
    // For tests and the README's picture: the model of the `slot`th column ("openai/gpt-4o-mini";
    // empty for none).
    void setModel(int slot, const QString &providerAndModel);
    void setWorkload(int requestsPerDay, int inputPerRequest, int outputPerRequest, bool inWords,
                     pricing::TextLanguage language, double monthlyGrowthPercent);
    void setFineTuning(const QString &providerAndModel, int trainingTokens, int epochs, int hostingHours);
    void setPricedOn(const QDate &day);
    QTableWidget *resultTable() const { return m_results; }
    QTabWidget *tabs() const { return m_tabs; }
    SelfHostingPanel *selfHostingPanel() const { return m_selfHosting; }
    OwnershipPanel *ownershipPanel() const { return m_ownership; }
    QTableWidget *monthTable() const { return m_months; }
    QString problemText() const;
    QString fineTuningText() const;

    // Writes the months of the `modelIndex`th estimated model as `projectId`'s monthly inference
    // budgets from `firstMonth` on, as one undoable step. Throws Error (no rate, a refused write).
    void createBudgetsFrom(int modelIndex, ProjectId projectId, const QString &projectName,
                           const QDate &firstMonth);

public slots:
    void refresh() override;
    void recompute();
    void createBudgets();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitResultsHeight();
    QWidget *makeAssumptions();
    QWidget *makeFineTuning();
    QStringList modelChoices() const;
    // The Own GPUs and Total cost tabs, from the workload and the estimates just computed.
    void updateOwnership(const pricing::InferenceAssumptions &workload,
                         const std::optional<pricing::FineTuningAssumptions> &fineTuning);

    Workspace &m_workspace;
    pricing::PriceCatalog m_catalog;
    pricing::TokensPerWord m_tokensPerWord;
    QList<QComboBox *> m_models;
    QSpinBox *m_requestsPerDay;
    QRadioButton *m_inTokens;
    QRadioButton *m_inWords;
    QComboBox *m_language;
    QSpinBox *m_inputPerRequest;
    QSpinBox *m_outputPerRequest;
    QSpinBox *m_cachedPerRequest;
    QDoubleSpinBox *m_growth;
    QSpinBox *m_monthCount;
    QDateEdit *m_pricedOn;
    QTableWidget *m_results;
    QTableWidget *m_months;
    QLabel *m_problem;
    QComboBox *m_tunedModel;
    QSpinBox *m_trainingTokens;
    QSpinBox *m_epochs;
    QSpinBox *m_hostingHours;
    QLabel *m_fineTuningResult;
    QPushButton *m_createBudgets;
    QTabWidget *m_tabs;
    SelfHostingPanel *m_selfHosting;
    OwnershipPanel *m_ownership;
    // The models of the last computation, in their columns' order, and their estimates (none
    // where a price is unknown).
    QList<std::pair<pricing::ModelChoice, std::optional<pricing::InferenceEstimate>>> m_estimates;
    bool m_filling = false;
};

} // namespace costboard::ui
