// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/benchmarkvolumesdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "labels.h"

namespace costboard::ui {

BenchmarkVolumesDialog::BenchmarkVolumesDialog(const QString &projectLabel, const QString &unit,
                                               const QList<WeekVolume> &weeks, QWidget *parent)
    : QDialog(parent)
    , m_initial(weeks)
    , m_table(new QTableWidget(int(weeks.size()), 2, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("benchmarkVolumesDialog"));
    setWindowTitle(tr("Weekly volumes: %1").arg(projectLabel));
    auto *intro = new QLabel(
        tr("The number of units (%1) the project handled each week. The cost per unit is the week's cost "
           "over this "
           "volume; a week left empty is not counted. Type the figures, or paste a column copied from a "
           "spreadsheet onto the first week to fill.")
            .arg(unit.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("volumesTable"));
    m_table->setHorizontalHeaderLabels({ tr("Week"), tr("Volume (%1)").arg(unit) });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QLocale locale;
    for (int row = 0; row < weeks.size(); ++row) {
        const WeekVolume &week = weeks.at(row);
        auto *weekItem
            = new QTableWidgetItem(render::weekLabel(week.week) + QStringLiteral("  ")
                                   + render::dayRangeLabel(week.week.monday(), week.week.sunday()));
        weekItem->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, weekItem);
        auto *volumeItem
            = new QTableWidgetItem(week.volume ? locale.toString(qlonglong(*week.volume)) : QString());
        volumeItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, volumeItem);
    }
    m_error->setObjectName(QStringLiteral("volumeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(render::overBudgetTextColour().name()));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &BenchmarkVolumesDialog::validate);
    resize(520, 560);
    // The latest week first in view: the one usually being entered.
    if (!weeks.isEmpty())
        m_table->setCurrentCell(int(weeks.size()) - 1, 1);
}

std::optional<std::optional<std::int64_t>> BenchmarkVolumesDialog::volumeAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 1);
    QString text = item ? item->text().trimmed() : QString();
    if (text.isEmpty())
        return std::optional<std::int64_t>();
    // Spaces (and the locale's group separator, a narrow no-break space in French) group digits.
    text.remove(QLocale().groupSeparator());
    text.remove(u' ');
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > BenchmarkVolumeRepository::MaxVolume)
        return std::nullopt;
    return std::optional<std::int64_t>(value);
}

void BenchmarkVolumesDialog::validate()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!volumeAt(row)) {
            m_error->setText(tr("%1: the volume must be a whole number from 0 to %2, or empty.")
                                 .arg(render::weekLabel(m_initial.at(row).week),
                                      QLocale().toString(qlonglong(BenchmarkVolumeRepository::MaxVolume))));
            m_error->show();
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
            return;
        }
    }
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

QList<WeekVolume> BenchmarkVolumesDialog::changedWeeks() const
{
    QList<WeekVolume> changed;
    for (int row = 0; row < m_initial.size(); ++row) {
        const auto volume = volumeAt(row);
        if (volume && *volume != m_initial.at(row).volume)
            changed << WeekVolume { m_initial.at(row).week, *volume };
    }
    return changed;
}

void BenchmarkVolumesDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste) && m_table->hasFocus()) {
        pasteColumn();
        return;
    }
    QDialog::keyPressEvent(event);
}

void BenchmarkVolumesDialog::pasteColumn()
{
    // A column copied from a spreadsheet: one value a line, from the current week down.
    QStringList lines = QApplication::clipboard()->text().split(u'\n');
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    int row = std::max(0, m_table->currentRow());
    for (const QString &line : std::as_const(lines)) {
        if (row >= m_table->rowCount())
            break;
        m_table->item(row, 1)->setText(line.section(u'\t', 0, 0).trimmed());
        ++row;
    }
}

} // namespace costboard::ui
