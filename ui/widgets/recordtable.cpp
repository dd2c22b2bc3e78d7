// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/recordtable.h"

#include <algorithm>

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

namespace costboard::ui {

void setUpRecordTable(QTableView *view, QAbstractItemView::SelectionMode selectionMode, int stretchColumn)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selectionMode);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

namespace {

// Sizes one column from what the others leave, whenever the view, the other columns or the rows
// change.
class ContentsKeepingStretch final : public QObject
{
public:
    ContentsKeepingStretch(QTableView *view, int column, int maximumCharacters)
        : QObject(view)
        , m_view(view)
        , m_column(column)
        , m_maximumCharacters(maximumCharacters)
    {
        QHeaderView *header = view->horizontalHeader();
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        view->viewport()->installEventFilter(this);
        connect(header, &QHeaderView::sectionResized, this, [this](int logicalIndex, int, int) {
            if (logicalIndex != m_column)
                scheduleFit();
        });
        connect(header, &QHeaderView::sectionCountChanged, this, &ContentsKeepingStretch::scheduleFit);
        if (QAbstractItemModel *model = view->model()) {
            connect(model, &QAbstractItemModel::modelReset, this, &ContentsKeepingStretch::scheduleFit);
            connect(model, &QAbstractItemModel::layoutChanged, this, &ContentsKeepingStretch::scheduleFit);
            connect(model, &QAbstractItemModel::rowsInserted, this, &ContentsKeepingStretch::scheduleFit);
            connect(model, &QAbstractItemModel::rowsRemoved, this, &ContentsKeepingStretch::scheduleFit);
            connect(model, &QAbstractItemModel::dataChanged, this, &ContentsKeepingStretch::scheduleFit);
        }
        scheduleFit();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    void scheduleFit()
    {
        if (m_fitScheduled)
            return;
        m_fitScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_fitScheduled = false;
            fit();
        });
    }

    void fit()
    {
        QHeaderView *header = m_view->horizontalHeader();
        if (m_fitting || m_column >= header->count() || header->isSectionHidden(m_column))
            return;
        m_fitting = true;
        int others = 0;
        for (int section = 0; section < header->count(); ++section) {
            if (section != m_column && !header->isSectionHidden(section))
                others += header->sectionSize(section);
        }
        const int contents = columnContentsWidth(m_view, m_column);
        const int minimum
            = std::min(contents, m_view->fontMetrics().averageCharWidth() * m_maximumCharacters);
        const int width = std::max(minimum, m_view->viewport()->width() - others);
        if (header->sectionSize(m_column) != width)
            header->resizeSection(m_column, width);
        m_fitting = false;
    }

    QTableView *m_view;
    int m_column;
    int m_maximumCharacters;
    bool m_fitScheduled = false;
    bool m_fitting = false;
};

} // namespace

int columnContentsWidth(const QTableView *view, int column)
{
    // QTableView hides the item view's public measure of a column.
    const auto *itemView = static_cast<const QAbstractItemView *>(view);
    return std::max(itemView->sizeHintForColumn(column), view->horizontalHeader()->sectionSizeHint(column));
}

void stretchKeepingContents(QTableView *view, int column, int maximumCharacters)
{
    new ContentsKeepingStretch(view, column, maximumCharacters);
}

QAction *addTableShortcut(QTableView *view, const QString &text, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, view);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    return action;
}

} // namespace costboard::ui
