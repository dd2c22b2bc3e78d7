// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "domain/entities.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace costboard::ui {

// Where an estimate's months become budgets: the project (its inference budget), the model whose
// estimate is used, and the first month. What is written is shown before OK.
class EstimateBudgetsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EstimateBudgetsDialog)

public:
    EstimateBudgetsDialog(const QList<Project> &projects, const QStringList &models,
                          QWidget *parent = nullptr);

    ProjectId projectId() const;
    QString projectName() const;
    int modelIndex() const;
    QDate firstMonth() const;
    void setSummary(const QString &text);
    void showError(const QString &message);

signals:
    void choiceChanged();

private:
    QComboBox *m_project;
    QComboBox *m_model;
    QDateEdit *m_firstMonth;
    QLabel *m_summary;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace costboard::ui
