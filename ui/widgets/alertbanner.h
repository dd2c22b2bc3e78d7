// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QFrame>

#include "alerts/alertengine.h"

class QLabel;

namespace costboard::ui {

// One line on the dashboard saying what needs the committee's attention: "Open alerts:
// 2 critical, 1 warning — Review", coloured by the worst of them. Only open alerts of warning or
// critical severity count (acknowledged ones have been seen, info ones are not a call to act);
// the banner hides itself when there are none.
class AlertBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertBanner)

public:
    explicit AlertBanner(QWidget *parent = nullptr);

    // The banner's sentence as shown, without markup (empty when hidden).
    QString text() const;
    std::optional<AlertSeverity> worstSeverity() const { return m_worst; }
    int criticalCount() const { return m_critical; }
    int warningCount() const { return m_warning; }

public slots:
    // Counts the open alerts among `alerts` (any state may be passed; only open ones count).
    void setAlerts(const QList<costboard::Alert> &alerts);
    // For Workspace::alertsChanged: the evaluation's `open` list.
    void showEvaluation(const costboard::AlertEvaluation &evaluation);

signals:
    // The user clicked "Review": show the alert centre.
    void reviewRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
    std::optional<AlertSeverity> m_worst;
    int m_critical = 0;
    int m_warning = 0;
};

} // namespace costboard::ui
