// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/estimatebudgetsdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

#include "domain/displaynames.h"
#include "storage/validation.h"

namespace costboard::ui {

EstimateBudgetsDialog::EstimateBudgetsDialog(const QList<Project> &projects, const QStringList &models,
                                             QWidget *parent)
    : QDialog(parent)
    , m_project(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_firstMonth(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Create Budgets from Estimate"));
    // Room for the summary's sentence on three or four lines.
    setMinimumWidth(60 * fontMetrics().averageCharWidth());
    for (const Project &project : projects) {
        if (!project.isUnallocated && !project.archived)
            m_project->addItem(project.code + QStringLiteral(" — ") + names::project(project),
                               qlonglong(project.id));
    }
    m_model->addItems(models);
    m_firstMonth->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_firstMonth->setCalendarPopup(true);
    m_firstMonth->setDateRange(validation::earliestDate, validation::latestDate);
    const QDate nextMonth = QDate::currentDate().addMonths(1);
    m_firstMonth->setDate(QDate(nextMonth.year(), nextMonth.month(), 1));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Budgets"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_project->count() > 0 && m_model->count() > 0);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Project:"), m_project);
    form->addRow(tr("Estimate of:"), m_model);
    form->addRow(tr("First month:"), m_firstMonth);
    form->addRow(m_summary);
    form->addRow(m_message);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_project, &QComboBox::currentIndexChanged, this, &EstimateBudgetsDialog::choiceChanged);
    connect(m_model, &QComboBox::currentIndexChanged, this, &EstimateBudgetsDialog::choiceChanged);
    connect(m_firstMonth, &QDateEdit::dateChanged, this, &EstimateBudgetsDialog::choiceChanged);
}

ProjectId EstimateBudgetsDialog::projectId() const
{
    return m_project->currentData().toLongLong();
}

QString EstimateBudgetsDialog::projectName() const
{
    return m_project->currentText();
}

int EstimateBudgetsDialog::modelIndex() const
{
    return m_model->currentIndex();
}

QDate EstimateBudgetsDialog::firstMonth() const
{
    const QDate date = m_firstMonth->date();
    return QDate(date.year(), date.month(), 1);
}

void EstimateBudgetsDialog::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void EstimateBudgetsDialog::showError(const QString &message)
{
    m_message->setText(message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty() && m_project->count() > 0);
}

} // namespace costboard::ui
