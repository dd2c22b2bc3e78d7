// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/costlinespage.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <type_traits>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QStringListModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "commands/costlinecommands.h"
#include "dialogs/costlinedialog.h"
#include "errors.h"
#include "errortexts.h"
#include "labels.h"
#include "models/costlinesmodel.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "storage/validation.h"
#include "widgets/recordtable.h"
#include "widgets/wrappingtoolbar.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

// Combo items carry the list of ids they stand for: empty for "All …", one id for a single
// project, several for a selection that came from elsewhere (the dashboard's drill-down).
// The description the table keeps readable on a narrow screen, in average characters.
constexpr int descriptionMinimumCharacters = 18;
constexpr int SelectionItemRole = Qt::UserRole + 1; // marks an item made up for such a selection

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

template <typename T> QVariantList toVariantList(const QList<T> &values)
{
    QVariantList list;
    for (const T &value : values) {
        if constexpr (std::is_enum_v<T>)
            list << static_cast<int>(value);
        else
            list << qlonglong(value);
    }
    return list;
}

void selectItem(QComboBox *combo, const QVariantList &data, const QString &selectionLabel)
{
    for (int i = combo->count() - 1; i >= 0; --i) {
        if (combo->itemData(i, SelectionItemRole).toBool())
            combo->removeItem(i);
    }
    int index = combo->findData(data);
    if (index < 0) {
        combo->insertItem(1, selectionLabel, data);
        combo->setItemData(1, true, SelectionItemRole);
        index = 1;
    }
    combo->setCurrentIndex(index);
}

// English ships without a translation file, so "%n line(s)" would show as such: the English
// source picks singular or plural, and the numerus form of "%Ln lines" serves other languages.
QString lineCountText(qint64 lines)
{
    if (lines == 1)
        return CostLinesPage::tr("1 line");
    return CostLinesPage::tr("%Ln lines", nullptr,
                             int(std::min<qint64>(lines, std::numeric_limits<int>::max())));
}

} // namespace

// Lives in the page's counting thread: opens its own connection there on first use (a Qt SQL
// connection may only be used by the thread that opened it) and closes it when the thread ends.
class CostLineTotalsWorker final : public QObject
{
public:
    explicit CostLineTotalsWorker(QString path)
        : m_path(std::move(path))
    { }

    CostLineTotals totals(const CostLineFilter &filter)
    {
        if (!m_database)
            m_database = Database::open(m_path);
        return CostLineBrowser(*m_database).totals(filter);
    }

private:
    QString m_path;
    std::unique_ptr<Database> m_database;
};

CostLinesPage::CostLinesPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new CostLinesModel(workspace.database(), this, CostLinesModel::FirstLoad::OnFirstRefresh))
    , m_view(new QTableView(this))
    , m_projectFilter(new QComboBox(this))
    , m_categoryFilter(new QComboBox(this))
    , m_periodCheck(new QCheckBox(tr("Period"), this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_vendorFilter(new QLineEdit(this))
    , m_searchEdit(new QLineEdit(this))
    , m_clearButton(new QPushButton(tr("Clear"), this))
    , m_addButton(new QPushButton(tr("&Add…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_countLabel(new QLabel(this))
    , m_vendorNames(new QStringListModel(this))
{
    setObjectName(QStringLiteral("CostLinesPage"));
    const QLocale locale;

    m_projectFilter->setObjectName(QStringLiteral("projectFilter"));
    m_projectFilter->setMinimumContentsLength(18);
    m_projectFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilter"));
    m_categoryFilter->addItem(tr("All categories"), QVariantList());
    for (const CategoryInfo &info : CostCategories::all())
        m_categoryFilter->addItem(swatch(categoryColour(info.category)), categoryLabel(info.category),
                                  QVariantList { static_cast<int>(info.category) });

    m_periodCheck->setToolTip(tr("Only lines dated within the period"));
    for (QDateEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDateRange(validation::earliestDate, validation::latestDate);
        edit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    const QDate today = QDate::currentDate();
    m_fromEdit->setDate(QDate(today.year(), today.month(), 1).addMonths(-2));
    m_toEdit->setDate(today);
    m_fromEdit->setObjectName(QStringLiteral("fromDate"));
    m_toEdit->setObjectName(QStringLiteral("toDate"));

    m_vendorFilter->setObjectName(QStringLiteral("vendorFilter"));
    m_vendorFilter->setPlaceholderText(tr("Vendor"));
    m_vendorFilter->setClearButtonEnabled(true);
    auto *vendorCompleter = new QCompleter(m_vendorNames, m_vendorFilter);
    vendorCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    vendorCompleter->setFilterMode(Qt::MatchContains);
    m_vendorFilter->setCompleter(vendorCompleter);

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search description, vendor, reference…"));
    m_searchEdit->setClearButtonEnabled(true);
    // Each filter field shows its whole hint beside its clear button, whatever the language.
    for (QLineEdit *edit : { m_vendorFilter, m_searchEdit })
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText())
                              + 3 * edit->fontMetrics().height());
    m_clearButton->setToolTip(tr("Show every cost line"));

    m_view->setObjectName(QStringLiteral("costLinesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, which keeps scrolling through hundreds of
    // thousands of loaded lines cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const QList<QPair<int, int>> widths = {
        { CostLinesModel::DateColumn, 7 },     { CostLinesModel::ServiceColumn, 12 },
        { CostLinesModel::ProjectColumn, 17 }, { CostLinesModel::CategoryColumn, 11 },
        { CostLinesModel::VendorColumn, 9 },   { CostLinesModel::QuantityColumn, 11 },
        { CostLinesModel::AmountColumn, 8 },   { CostLinesModel::ReportingAmountColumn, 8 },
        { CostLinesModel::SourceColumn, 7 },
    };
    for (const auto &[column, ems] : widths)
        header->resizeSection(column, ems * em);
    // The description takes the width the other columns leave, and keeps enough to be read on a
    // narrow screen, where the table scrolls sideways instead; the others fit their contents
    // whenever lines are loaded (fitColumns).
    stretchKeepingContents(m_view, CostLinesModel::DescriptionColumn, descriptionMinimumCharacters);
    header->setSortIndicator(CostLinesModel::DateColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);

    // The choices, then the typed filters: on one line when they fit whole, else on two.
    auto *filterBar = new WrappingToolbar(this);
    filterBar->setObjectName(QStringLiteral("costLinesFilterBar"));
    filterBar->leading()->addWidget(m_projectFilter);
    filterBar->leading()->addWidget(m_categoryFilter);
    filterBar->leading()->addSpacing(6);
    filterBar->leading()->addWidget(m_periodCheck);
    filterBar->leading()->addWidget(m_fromEdit);
    filterBar->leading()->addWidget(new QLabel(QStringLiteral("–"), this));
    filterBar->leading()->addWidget(m_toEdit);
    filterBar->leading()->addStretch(1);
    filterBar->trailing()->addWidget(m_vendorFilter, 1);
    filterBar->trailing()->addWidget(m_searchEdit, 2);
    filterBar->trailing()->addWidget(m_clearButton);

    auto *actionBar = new QHBoxLayout;
    actionBar->addWidget(m_addButton);
    actionBar->addWidget(m_editButton);
    actionBar->addWidget(m_deleteButton);
    actionBar->addStretch();
    actionBar->addWidget(m_countLabel);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(actionBar);

    // The same actions from the keyboard and the table's context menu.
    auto *editAction = new QAction(tr("Edit…"), m_view);
    editAction->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    editAction->setShortcutContext(Qt::WidgetShortcut);
    auto *deleteAction = new QAction(tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    auto *addAction = new QAction(tr("Add…"), m_view);
    m_view->addActions({ addAction, editAction, deleteAction });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(addAction, &QAction::triggered, this, &CostLinesPage::addLine);
    connect(editAction, &QAction::triggered, this, &CostLinesPage::editCurrentLine);
    connect(deleteAction, &QAction::triggered, this, &CostLinesPage::deleteSelectedLines);
    connect(m_view, &QTableView::doubleClicked, this, &CostLinesPage::editCurrentLine);
    connect(m_addButton, &QPushButton::clicked, this, &CostLinesPage::addLine);
    connect(m_editButton, &QPushButton::clicked, this, &CostLinesPage::editCurrentLine);
    connect(m_deleteButton, &QPushButton::clicked, this, &CostLinesPage::deleteSelectedLines);
    connect(m_clearButton, &QPushButton::clicked, this, &CostLinesPage::clearFilters);

    // Choices apply at once; typing applies after a short pause, so a 1M-line query does not
    // run for every letter.
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(300);
    connect(&m_typingPause, &QTimer::timeout, this, &CostLinesPage::applyFilter);
    const auto applySoon = [this] {
        m_typingPause.start();
    };
    const auto applyNow = [this] {
        m_typingPause.stop();
        applyFilter();
    };
    connect(m_projectFilter, &QComboBox::currentIndexChanged, this, applyNow);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, applyNow);
    connect(m_periodCheck, &QCheckBox::toggled, this, [this, applyNow](bool on) {
        m_fromEdit->setEnabled(on);
        m_toEdit->setEnabled(on);
        applyNow();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, applySoon);
    connect(m_toEdit, &QDateEdit::dateChanged, this, applySoon);
    connect(m_vendorFilter, &QLineEdit::textChanged, this, applySoon);
    connect(m_vendorFilter, &QLineEdit::returnPressed, this, applyNow);
    connect(vendorCompleter, qOverload<const QString &>(&QCompleter::activated), this, applyNow);
    connect(m_searchEdit, &QLineEdit::textChanged, this, applySoon);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, applyNow);

    connect(m_model, &CostLinesModel::loadFailed, this, &CostLinesPage::showError);
    connect(m_model, &CostLinesModel::modelReset, this, &CostLinesPage::updateButtons);
    connect(m_model, &CostLinesModel::modelReset, this, &CostLinesPage::fitColumns);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CostLinesPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CostLinesPage::updateButtons);
    connect(&m_workspace, &Workspace::dataChanged, this, &CostLinesPage::refreshWhenShown);
    // Queued: the failure is reported from inside QUndoStack::undo(), which must return before a
    // modal message box lets the user press Ctrl+Z again.
    connect(&CostLineHistory::of(m_workspace.undoStack()), &CostLineHistory::commandFailed, this,
            &CostLinesPage::showError, Qt::QueuedConnection);

    const Database &database = m_workspace.database();
    if (database.dialect() == SqlDialect::Sqlite && database.location() != QLatin1String(":memory:")) {
        m_countThread = new QThread(this);
        m_countThread->setObjectName(QStringLiteral("costLineCounter"));
        m_countWorker = new CostLineTotalsWorker(database.location());
        m_countWorker->moveToThread(m_countThread);
        connect(m_countThread, &QThread::finished, m_countWorker, &QObject::deleteLater);
        m_countThread->start(QThread::LowPriority);
    }

    refreshWhenShown();
    for (QObject *control : std::initializer_list<QObject *> { m_addButton, m_editButton, m_deleteButton })
        m_workspace.guardWrites(control, WriteArea::Ledger);
    for (QAction *action : m_view->actions())
        m_workspace.guardWrites(action, WriteArea::Ledger);
    m_workspace.guardWrites(m_view, WriteArea::Ledger);
}

void CostLinesPage::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    // A service period is rare: its column shows only when a loaded line has one.
    bool anyServicePeriod = false;
    for (int row = 0; row < m_model->rowCount() && !anyServicePeriod; ++row)
        anyServicePeriod = !m_model->index(row, CostLinesModel::ServiceColumn).data().toString().isEmpty();
    m_view->setColumnHidden(CostLinesModel::ServiceColumn, !anyServicePeriod);
    // The table measures a sample of rows (the header's resize precision), not every loaded line.
    for (int column = 0; column < CostLinesModel::ColumnCount; ++column) {
        if (column == CostLinesModel::DescriptionColumn || header->isSectionHidden(column))
            continue;
        header->resizeSection(column, columnContentsWidth(m_view, column));
    }
}

CostLinesPage::~CostLinesPage()
{
    // The worker may be counting for this page: let it finish before the page goes.
    if (m_countThread) {
        m_countThread->quit();
        m_countThread->wait();
    }
}

void CostLinesPage::activateSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

CostLineFilter CostLinesPage::filterFromWidgets() const
{
    CostLineFilter filter;
    for (const QVariant &id : m_projectFilter->currentData().toList())
        filter.projects << id.toLongLong();
    for (const QVariant &id : m_categoryFilter->currentData().toList())
        filter.categories << static_cast<CostCategory>(id.toInt());
    if (m_periodCheck->isChecked()) {
        // The ends of the editors' range stand for "no bound" (a drill-down may give only one).
        if (m_fromEdit->date() != m_fromEdit->minimumDate())
            filter.from = m_fromEdit->date();
        if (m_toEdit->date() != m_toEdit->maximumDate())
            filter.to = m_toEdit->date();
    }
    // The filter matches a stored name exactly: take the stored spelling of what was typed.
    filter.vendor = m_vendorFilter->text().trimmed();
    const QStringList vendors = m_vendorNames->stringList();
    const auto known = std::find_if(vendors.cbegin(), vendors.cend(), [&filter](const QString &name) {
        return name.compare(filter.vendor, Qt::CaseInsensitive) == 0;
    });
    if (known != vendors.cend())
        filter.vendor = *known;
    filter.text = m_searchEdit->text().trimmed();
    return filter;
}

void CostLinesPage::applyFilter()
{
    const CostLineFilter filter = filterFromWidgets();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
    updateCount();
}

void CostLinesPage::setFilterWidgets(const CostLineFilter &filter)
{
    const QList<QWidget *> editors = { m_projectFilter, m_categoryFilter, m_periodCheck, m_fromEdit,
                                       m_toEdit,        m_vendorFilter,   m_searchEdit };
    for (QWidget *editor : editors)
        editor->blockSignals(true);
    // Only ever several: one project or category has its own entry.
    selectItem(m_projectFilter, toVariantList(filter.projects),
               tr("%n selected projects", nullptr, int(filter.projects.size())));
    selectItem(m_categoryFilter, toVariantList(filter.categories),
               tr("%n selected categories", nullptr, int(filter.categories.size())));
    const bool period = filter.from.isValid() || filter.to.isValid();
    m_periodCheck->setChecked(period);
    m_fromEdit->setEnabled(period);
    m_toEdit->setEnabled(period);
    if (period) {
        m_fromEdit->setDate(filter.from.isValid() ? filter.from : m_fromEdit->minimumDate());
        m_toEdit->setDate(filter.to.isValid() ? filter.to : m_toEdit->maximumDate());
    }
    m_vendorFilter->setText(filter.vendor);
    m_searchEdit->setText(filter.text);
    for (QWidget *editor : editors)
        editor->blockSignals(false);
}

void CostLinesPage::showLines(const CostLineFilter &filter)
{
    m_typingPause.stop();
    setFilterWidgets(filter);
    if (filter != m_model->filter())
        m_model->setFilter(filter);
    updateCount();
}

void CostLinesPage::clearFilters()
{
    showLines(CostLineFilter());
}

void CostLinesPage::reloadChoices()
{
    try {
        const QVariant current = m_projectFilter->currentData();
        const bool wasSelection = m_projectFilter->currentData(SelectionItemRole).toBool();
        const QString selectionText = wasSelection ? m_projectFilter->currentText() : QString();
        m_projectFilter->blockSignals(true);
        m_projectFilter->clear();
        m_projectFilter->addItem(tr("All projects"), QVariantList());
        for (const Project &project : ProjectRepository(m_workspace.database()).list(true))
            m_projectFilter->addItem(tr("%1 — %2").arg(project.code, projectName(project)),
                                     QVariantList { qlonglong(project.id) });
        if (current.isValid() && (wasSelection || m_projectFilter->findData(current) >= 0)) {
            selectItem(m_projectFilter, current.toList(), selectionText);
        } else if (current.isValid() && !current.toList().isEmpty()) {
            // The project filtered on is gone (removed elsewhere): show all, once this refresh is over.
            m_projectFilter->setCurrentIndex(0);
            m_typingPause.start();
        }
        m_projectFilter->blockSignals(false);
        m_vendorNames->setStringList(CostLineBrowser(m_workspace.database()).vendors());
    } catch (const Error &error) {
        m_projectFilter->blockSignals(false);
        spdlog::error("cost lines page could not read projects or vendors: {}", error.what());
        showError(costboard::errorText(error));
    }
}

void CostLinesPage::refresh()
{
    // Keep the place: the same lines selected, the same scroll position, after any edit.
    const QList<CostLineId> selected = selectedIds();
    const QModelIndex current = m_view->currentIndex();
    const CostLineId currentId
        = current.isValid() ? current.data(CostLinesModel::CostLineIdRole).toLongLong() : 0;
    const int currentColumn = current.isValid() ? current.column() : 0;
    const int scroll = m_view->verticalScrollBar()->value();

    reloadChoices();
    m_model->refresh();

    QItemSelection selection;
    for (const CostLineId id : selected) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, CostLinesModel::ColumnCount - 1));
    }
    const int currentRow = currentId != 0 ? m_model->rowOf(currentId) : -1;
    if (currentRow >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(currentRow, currentColumn),
                                                  QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_view->verticalScrollBar()->setValue(scroll);
    updateCount();
    updateButtons();
}

void CostLinesPage::updateCount()
{
    const quint64 request = ++m_countRequest;
    const CostLineFilter filter = m_model->filter();
    // Without text the daily roll-ups answer in about a millisecond: no thread, no "Counting…"
    // flicker.
    if (filter.text.trimmed().isEmpty() || !m_countWorker) {
        try {
            showTotals(CostLineBrowser(m_workspace.database()).totals(filter));
        } catch (const Error &error) {
            spdlog::error("counting cost lines failed: {}", error.what());
            m_countLabel->setText(costboard::errorText(error));
        }
        return;
    }
    m_countLabel->setText(tr("Counting…"));
    CostLineTotalsWorker *worker = m_countWorker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, filter, request] {
            if (request != m_countRequest.load())
                return; // the filter changed again while this waited: skip the stale scan
            std::optional<CostLineTotals> totals;
            QString failure;
            try {
                totals = worker->totals(filter);
            } catch (const Error &error) {
                spdlog::error("counting cost lines failed: {}", error.what());
                failure = costboard::errorText(error);
            }
            // The page outlives this call: its destructor waits for the thread.
            QMetaObject::invokeMethod(
                this,
                [this, request, totals, failure] {
                    if (request != m_countRequest.load())
                        return;
                    if (totals)
                        showTotals(*totals);
                    else
                        m_countLabel->setText(failure);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CostLinesPage::showTotals(const CostLineTotals &totals)
{
    QString text = lineCountText(totals.lines);
    if (totals.lines > 0)
        text += QStringLiteral(" · ") + totals.reportingTotal.toString();
    if (totals.unconverted > 0)
        text += u' '
            + tr("(%Ln without exchange rate, not in the total)", nullptr,
                 int(std::min<qint64>(totals.unconverted, std::numeric_limits<int>::max())));
    m_countLabel->setText(text);
    m_countLabel->setToolTip(m_model->filter().isEmpty() ? tr("All cost lines")
                                                         : tr("Cost lines matching the filter"));
}

void CostLinesPage::updateButtons()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_editButton->setEnabled(selected == 1 || (selected == 0 && m_view->currentIndex().isValid()));
    m_deleteButton->setEnabled(selected > 0);
}

QList<CostLineId> CostLinesPage::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<CostLineId> ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids << m_model->line(index.row()).id;
    return ids;
}

QString CostLinesPage::describeLines(const QList<int> &rows) const
{
    bool allConverted = true;
    Money reporting(0, m_model->reportingCurrency());
    QMap<QString, Money> byCurrency;
    for (const int row : rows) {
        const CostLineRow &line = m_model->line(row);
        if (line.reportingAmount)
            reporting += *line.reportingAmount;
        else
            allConverted = false;
        auto it = byCurrency.find(line.amount.currency());
        if (it == byCurrency.end())
            byCurrency.insert(line.amount.currency(), line.amount);
        else
            *it += line.amount;
    }
    QString total;
    if (allConverted) {
        total = reporting.toString();
    } else {
        // Some lines have no rate: an exact total per currency rather than a wrong single one.
        QStringList parts;
        for (const Money &amount : std::as_const(byCurrency))
            parts << amount.toString();
        total = parts.join(QStringLiteral(" + "));
    }
    return rows.size() == 1 ? tr("1 line of %1").arg(total)
                            : tr("%Ln lines totalling %1", nullptr, int(rows.size())).arg(total);
}

void CostLinesPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Cost lines"), message);
}

void CostLinesPage::addLine()
{
    const CostLineFilter filter = m_model->filter();
    CostLine line;
    // Start from what the filter is about: adding while looking at one project adds to it.
    if (filter.projects.size() == 1)
        line.projectId = filter.projects.first();
    if (filter.categories.size() == 1)
        line.category = filter.categories.first();
    line.incurredOn = QDate::currentDate();
    if (filter.to.isValid() && line.incurredOn > filter.to)
        line.incurredOn = filter.to;
    line.vendor = filter.vendor;

    CostLineDialog dialog(m_workspace, line, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        auto command = std::make_unique<AddCostLineCommand>(m_workspace, dialog.line());
        AddCostLineCommand *added = command.get();
        execute(m_workspace, std::move(command));
        const int row = m_model->rowOf(added->lineId());
        if (row >= 0) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
        }
    } catch (const Error &error) {
        showError(costboard::errorText(error));
    }
}

void CostLinesPage::editCurrentLine()
{
    QModelIndex index = m_view->currentIndex();
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.size() == 1)
        index = selected.first();
    if (!index.isValid())
        return;
    try {
        const std::optional<CostLine> line
            = CostLineRepository(m_workspace.database()).find(m_model->line(index.row()).id);
        if (!line) {
            showError(tr("This cost line no longer exists."));
            refresh();
            return;
        }
        CostLineDialog dialog(m_workspace, *line, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        execute(m_workspace, std::make_unique<EditCostLineCommand>(m_workspace, dialog.line()));
    } catch (const Error &error) {
        showError(costboard::errorText(error));
    }
}

void CostLinesPage::deleteSelectedLines()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());

    QMessageBox confirm(QMessageBox::Question, tr("Delete Cost Lines"),
                        rows.size() == 1 ? tr("Delete this cost line?")
                                         : tr("Delete these %Ln cost lines?", nullptr, int(rows.size())),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmDelete"));
    confirm.setInformativeText(describeLines(rows) + u'.' + u' '
                               + tr("You can bring them back with Edit > Undo."));
    QPushButton *deleteButton = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != deleteButton)
        return;

    QList<CostLineId> ids;
    for (const int row : std::as_const(rows))
        ids << m_model->line(row).id;
    try {
        execute(m_workspace, std::make_unique<DeleteCostLinesCommand>(m_workspace, ids));
    } catch (const Error &error) {
        showError(costboard::errorText(error));
    }
}

} // namespace costboard::ui
