// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/alertbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextDocumentFragment>

#include "labels.h"
#include "models/alertsmodel.h"

namespace costboard::ui {

AlertBanner::AlertBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("alertBanner"));
    m_label->setObjectName(QStringLiteral("alertBannerText"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_label, &QLabel::linkActivated, this, &AlertBanner::reviewRequested);
    setVisible(false);
}

void AlertBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A widget styled by a style sheet does not hand its font down: the dashboard's scaled font
    // must reach the sentence by hand.
    if (event->type() == QEvent::FontChange)
        m_label->setFont(font());
}

QString AlertBanner::text() const
{
    return m_worst ? QTextDocumentFragment::fromHtml(m_label->text()).toPlainText() : QString();
}

void AlertBanner::showEvaluation(const AlertEvaluation &evaluation)
{
    setAlerts(evaluation.open);
}

void AlertBanner::setAlerts(const QList<Alert> &alerts)
{
    m_critical = 0;
    m_warning = 0;
    for (const Alert &alert : alerts) {
        if (alert.state != AlertState::Open)
            continue;
        if (alert.severity == AlertSeverity::Critical)
            ++m_critical;
        else if (alert.severity == AlertSeverity::Warning)
            ++m_warning;
    }
    m_worst = m_critical > 0 ? std::optional(AlertSeverity::Critical)
        : m_warning > 0      ? std::optional(AlertSeverity::Warning)
                             : std::nullopt;
    if (!m_worst) {
        m_label->clear();
        setVisible(false);
        return;
    }

    const QString link = QStringLiteral("<a href=\"review\">%1</a>").arg(tr("Review").toHtmlEscaped());
    m_label->setText(
        tr("Open alerts: %1 — %2").arg(alertCountsLabel(m_critical, m_warning).toHtmlEscaped(), link));
    m_label->setToolTip(tr("Open the alert centre"));

    const QColor accent = alertSeverityColour(*m_worst);
    const QColor fill = *m_worst == AlertSeverity::Critical ? QColor(QStringLiteral("#fdecea"))
                                                            : QColor(QStringLiteral("#fff4e5"));
    // The stripe on the left, like the KPI tiles; the text stays dark for a projector.
    setStyleSheet(
        QStringLiteral("#alertBanner { background: %1; border: 1px solid %2; border-left: 6px solid %2;"
                       " border-radius: 4px; } #alertBanner QLabel { color: #1a1a1a; }")
            .arg(fill.name(), accent.name()));
    setVisible(true);
}

} // namespace costboard::ui
