// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/problemlabel.h"

#include <QLabel>

#include "labels.h"

namespace costboard::ui {

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1").arg(render::overBudgetTextColour().name()));
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace costboard::ui
