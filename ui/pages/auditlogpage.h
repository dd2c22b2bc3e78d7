// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>

#include "pages/page.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace costboard {
struct AuditFilter;
}

namespace costboard::ui {

class AuditLogFilterProxyModel;
class AuditLogModel;
class Workspace;

// Who changed what, and when: every change the database recorded (projects, cost lines, budgets,
// rules, rates, settings, imports, acknowledged alerts), with the value before and after, newest
// first. Filtered by entity, by a range of days and by free text; the rows shown export to CSV.
class AuditLogPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)

public:
    explicit AuditLogPage(Workspace &workspace, QWidget *parent = nullptr);

    static QString pageTitle() { return tr("Audit log"); }
    static QString pageIconName() { return QStringLiteral("audit"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
    void activateSearch() override;

    AuditLogModel *model() const { return m_model; }
    AuditLogFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    // The filters, as a user sets them ("" = every entity; invalid days = no date limit).
    void setEntityFilter(const QString &entity);
    void setDateRange(const QDate &from, const QDate &to);
    void setFilterText(const QString &text);

    // Writes the rows shown, in the order shown, to `path` as CSV (core's writer, spreadsheet
    // formulas guarded). Throws ExportError.
    void exportShownRows(const QString &path) const;

public slots:
    void refresh() override;
    void exportToCsv();

private:
    AuditFilter currentFilter() const;
    void reloadEntities(const QStringList &entities);
    void updateCount();

    Workspace &m_workspace;
    AuditLogModel *m_model;
    AuditLogFilterProxyModel *m_proxy;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_emptyState;
    QComboBox *m_entityFilter;
    QCheckBox *m_periodCheck;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLineEdit *m_searchEdit;
    QPushButton *m_exportButton;
    QLabel *m_countLabel;
    QTimer m_typingPause;
    // The data changed while the page was hidden: reload when it shows.
};

} // namespace costboard::ui
