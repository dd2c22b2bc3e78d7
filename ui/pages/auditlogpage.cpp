// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/auditlogpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "errortexts.h"
#include "export/csvexport.h"
#include "models/auditlogfilterproxymodel.h"
#include "models/auditlogmodel.h"
#include "storage/auditlog.h"
#include "storage/validation.h"
#include "widgets/recordtable.h"
#include "workspace.h"

namespace costboard::ui {

AuditLogPage::AuditLogPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new AuditLogModel(this))
    , m_proxy(new AuditLogFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_entityFilter(new QComboBox(this))
    , m_periodCheck(new QCheckBox(tr("Between"), this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_searchEdit(new QLineEdit(this))
    , m_exportButton(new QPushButton(tr("Export to &CSV…"), this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("auditLogView"));
    m_view->setModel(m_proxy);
    setUpRecordTable(m_view, QAbstractItemView::ExtendedSelection, AuditLogModel::NewValueColumn);
    // The old and new values are what the page is read for: they share the width the others leave.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(AuditLogModel::OldValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AuditLogModel::NewValueColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditLogModel::WhenColumn, Qt::DescendingOrder);

    m_entityFilter->setObjectName(QStringLiteral("entityFilter"));
    m_entityFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_periodCheck->setObjectName(QStringLiteral("periodCheck"));
    m_periodCheck->setToolTip(tr("Only changes made between these two days, both included"));
    const QLocale locale;
    for (QDateEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDateRange(validation::earliestDate, validation::latestDate);
        edit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_fromEdit->setObjectName(QStringLiteral("fromDate"));
    m_toEdit->setObjectName(QStringLiteral("toDate"));
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search who, item, values…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Write the changes shown to a CSV file"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_emptyState->setObjectName(QStringLiteral("auditEmptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setTextFormat(Qt::RichText);
    m_emptyState->setContentsMargins(48, 24, 48, 24);
    m_emptyState->setText(
        tr("<p style='font-size:large'><b>No change recorded yet</b></p>"
           "<p>Every change to this database appears here: projects, cost lines, budgets, alert "
           "rules, exchange rates, settings and imports, with who made it, when, and the value "
           "before and after.</p>"));

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_entityFilter);
    filterBar->addSpacing(6);
    filterBar->addWidget(m_periodCheck);
    filterBar->addWidget(m_fromEdit);
    filterBar->addWidget(new QLabel(QStringLiteral("–"), this));
    filterBar->addWidget(m_toEdit);
    filterBar->addSpacing(6);
    filterBar->addWidget(m_searchEdit, 1);
    filterBar->addWidget(m_exportButton);

    auto *footer = new QHBoxLayout;
    footer->addStretch();
    footer->addWidget(m_countLabel);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyState);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addWidget(m_stack, 1);
    layout->addLayout(footer);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(250);
    connect(&m_typingPause, &QTimer::timeout, this, [this] { setFilterText(m_searchEdit->text()); });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_typingPause.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_typingPause.stop();
        setFilterText(m_searchEdit->text());
    });
    connect(m_entityFilter, &QComboBox::currentIndexChanged, this, &AuditLogPage::refreshWhenShown);
    connect(m_periodCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_fromEdit->setEnabled(on);
        m_toEdit->setEnabled(on);
        refresh();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &AuditLogPage::refresh);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &AuditLogPage::refresh);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogPage::exportToCsv);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AuditLogPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AuditLogPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AuditLogPage::updateCount);
    // After a data change, and again once the alert rules have been evaluated: evaluating may
    // write entries of its own (the default rules of a new budget).
    connect(&m_workspace, &Workspace::dataChanged, this, &AuditLogPage::refreshWhenShown);
    connect(&m_workspace, &Workspace::alertsChanged, this, &AuditLogPage::refreshWhenShown);
    refreshWhenShown();
}

void AuditLogPage::activateSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void AuditLogPage::setEntityFilter(const QString &entity)
{
    m_entityFilter->setCurrentIndex(std::max(0, m_entityFilter->findData(entity)));
}

void AuditLogPage::setDateRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_fromEdit);
    const QSignalBlocker blockTo(m_toEdit);
    const QSignalBlocker blockCheck(m_periodCheck);
    const bool limited = from.isValid() && to.isValid();
    if (limited) {
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
    }
    m_periodCheck->setChecked(limited);
    m_fromEdit->setEnabled(limited);
    m_toEdit->setEnabled(limited);
    refreshWhenShown();
}

void AuditLogPage::setFilterText(const QString &text)
{
    if (m_searchEdit->text() != text) {
        const QSignalBlocker block(m_searchEdit);
        m_searchEdit->setText(text);
    }
    m_proxy->setFilterText(text.trimmed());
    updateCount();
}

AuditFilter AuditLogPage::currentFilter() const
{
    AuditFilter filter;
    filter.entity = m_entityFilter->currentData().toString();
    if (m_periodCheck->isChecked()) {
        filter.from = std::min(m_fromEdit->date(), m_toEdit->date());
        filter.to = std::max(m_fromEdit->date(), m_toEdit->date());
    }
    return filter;
}

void AuditLogPage::reloadEntities(const QStringList &entities)
{
    const QString chosen = m_entityFilter->currentData().toString();
    const QSignalBlocker block(m_entityFilter);
    m_entityFilter->clear();
    m_entityFilter->addItem(tr("Every change"), QString());
    QList<QPair<QString, QString>> labelled;
    for (const QString &entity : entities)
        labelled.append({ AuditLogModel::entityLabel(entity), entity });
    std::sort(labelled.begin(), labelled.end(), [](const auto &left, const auto &right) {
        return QString::localeAwareCompare(left.first, right.first) < 0;
    });
    for (const auto &[label, entity] : std::as_const(labelled))
        m_entityFilter->addItem(label, entity);
    // A filter chosen before stays, even while the log has no entry of that entity.
    if (!chosen.isEmpty() && m_entityFilter->findData(chosen) < 0)
        m_entityFilter->addItem(AuditLogModel::entityLabel(chosen), chosen);
    m_entityFilter->setCurrentIndex(std::max(0, m_entityFilter->findData(chosen)));
}

void AuditLogPage::refresh()
{
    bool empty = true;
    try {
        const AuditLog log(m_workspace.database());
        const QStringList entities = log.entities();
        empty = entities.isEmpty();
        reloadEntities(entities);
        if (!m_periodCheck->isChecked()) {
            // Ready for when the range is switched on: from the first change to today.
            const QDateTime first = log.firstEntryTime();
            const QSignalBlocker blockFrom(m_fromEdit);
            const QSignalBlocker blockTo(m_toEdit);
            m_fromEdit->setDate(first.isValid() ? first.toLocalTime().date() : QDate::currentDate());
            m_toEdit->setDate(QDate::currentDate());
        }
        m_model->setEntries(log.entries(currentFilter()));
    } catch (const Error &error) {
        spdlog::error("cannot read the audit log: {}", error.what());
        m_model->setEntries({});
        m_countLabel->setText(errorText(error));
        return;
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_view);
    m_exportButton->setEnabled(!empty);
    updateCount();
}

void AuditLogPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int loaded = m_model->rowCount();
    const QLocale locale;
    m_countLabel->setText(shown == loaded
                              ? tr("%n change(s)", nullptr, shown)
                              : tr("%1 of %n change(s)", nullptr, loaded).arg(locale.toString(shown)));
}

void AuditLogPage::exportShownRows(const QString &path) const
{
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    writeCsvFile(m_model->exportTable(rows), QLocale(), path);
}

void AuditLogPage::exportToCsv()
{
    const QString suggested
        = tr("audit-log-%1.csv", "file name").arg(QDate::currentDate().toString(Qt::ISODate));
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export the Audit Log"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    try {
        exportShownRows(path);
    } catch (const Error &error) {
        spdlog::error("audit log export failed: {}", error.what());
        QMessageBox::warning(this, tr("Export the Audit Log"), errorText(error));
        return;
    }
    spdlog::info("audit log exported ({} rows)", m_proxy->rowCount());
}

} // namespace costboard::ui
