// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/page.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace costboard::ui {

class FxRatesModel;
class Workspace;

// Exchange rates into the reporting currency, each valid from a date on. Cost lines in another
// currency are converted at the rate valid on their date; lines with no rate are counted here
// so that the CFO sees what is missing.
class FxRatesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FxRatesPage)

public:
    explicit FxRatesPage(Workspace &workspace, QWidget *parent = nullptr);

    static QString pageTitle() { return tr("Exchange rates"); }
    static QString pageIconName() { return QStringLiteral("fxrates"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
    FxRatesModel *model() const { return m_model; }

public slots:
    void refresh() override;
    void addRate();
    void editRate();
    void deleteRate();

private:
    std::optional<int> selectedRow() const;
    void updateButtons();

    Workspace &m_workspace;
    FxRatesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_intro;
    QLabel *m_missing;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
};

} // namespace costboard::ui
