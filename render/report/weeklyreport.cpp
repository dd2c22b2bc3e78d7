// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/weeklyreport.h"

#include <functional>

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QTextOption>

#include "charts/categorydonutchart.h"
#include "charts/cumulativechart.h"
#include "charts/projectbarchart.h"
#include "charts/weeklycostchart.h"
#include "domain/displaynames.h"
#include "errors.h"
#include "governance/committeetext.h"
#include "kpis.h"
#include "labels.h"
#include "palette.h"
#include "report/reportsentences.h"

namespace costboard::render {
namespace {

const QColor inkColour = palette::ink();
const QColor mutedColour(QStringLiteral("#546e7a"));
const QColor ruleColour(QStringLiteral("#b0bec5"));
const QColor shadeColour(QStringLiteral("#eef2f5"));
const QColor tileColour(QStringLiteral("#f7f9fb"));
const QColor barColour = palette::bar();
const QColor accentColour = palette::barAccent();

QString signedMoney(const Money &amount)
{
    return (amount.minorUnits() > 0 ? QStringLiteral("+") : QString()) + amount.toString();
}

// The report's texts share one translation context.
class WeeklyReportTexts
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)

public:
    static QString dayRange(const DayRange &days, const QLocale &locale);
    static QString preset(const DashboardQuery &query);
};

QString WeeklyReportTexts::dayRange(const DayRange &days, const QLocale &locale)
{
    const bool sameYear = days.first.year() == days.last.year();
    return tr("%1 – %2", "a range of days")
        .arg(locale.toString(days.first, sameYear ? QStringLiteral("d MMMM") : QStringLiteral("d MMMM yyyy")),
             locale.toString(days.last, QStringLiteral("d MMMM yyyy")));
}

QString WeeklyReportTexts::preset(const DashboardQuery &query)
{
    switch (query.preset) {
    case PeriodPreset::Last13Weeks:
        return tr("last 13 weeks");
    case PeriodPreset::Last26Weeks:
        return tr("last 26 weeks");
    case PeriodPreset::QuarterToDate:
        return tr("quarter to date");
    case PeriodPreset::YearToDate:
        return tr("year to date");
    case PeriodPreset::Last52Weeks:
        return tr("last 52 weeks");
    case PeriodPreset::Custom:
        break;
    }
    return tr("custom period");
}

struct Page
{
    QString title; // empty: the cover, drawn without header
    std::function<void(QPainter &, const QRectF &)> draw;
};

// Lays the report out on the device's page, then paints it page by page. Lengths are device
// pixels; pt() turns typographic points into them.
class ReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)

public:
    ReportPainter(QPagedPaintDevice &device, const WeeklyReportContent &content)
        : m_device(device)
        , m_content(content)
        , m_snapshot(content.snapshot)
        , m_dpi(device.logicalDpiY())
        , m_page(0, 0, device.width(), device.height())
    {
        m_weekly.setSnapshot(m_snapshot);
        m_cumulative.setSnapshot(m_snapshot);
        m_donut.setSnapshot(m_snapshot);
        // The category table beside the donut is its key, with amounts: the legend would repeat it, cut.
        m_donut.setLegendVisible(false);
        m_projectBars.setSnapshot(m_snapshot);
        // The charts' text is the report's text: no ligatures either (see font()).
        for (charts::PaintedChart *chart : std::initializer_list<charts::PaintedChart *> {
                 &m_weekly, &m_cumulative, &m_donut, &m_projectBars }) {
            QFont chartFont = chart->font();
            chartFont.setStyleStrategy(QFont::PreferNoShaping);
            chart->setFont(chartFont);
        }
    }

    int paint()
    {
        buildPages();
        QPainter painter;
        if (!painter.begin(&m_device))
            throw Error(ErrorCode::ReportDeviceUnusable);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        for (qsizetype i = 0; i < m_pages.size(); ++i) {
            if (i > 0 && !m_device.newPage())
                throw Error(ErrorCode::ReportPageNotAdded, { QString::number(i + 1) });
            const Page &page = m_pages.at(i);
            QRectF body = m_page;
            if (!page.title.isEmpty()) {
                body = drawFrame(painter, page.title);
            }
            drawFooter(painter, int(i) + 1, int(m_pages.size()));
            painter.save();
            page.draw(painter, body);
            painter.restore();
        }
        painter.end();
        return int(m_pages.size());
    }

private:
    double pt(double points) const { return points * m_dpi / 72.0; }
    bool landscape() const { return m_page.width() > m_page.height(); }

    QFont font(double points, bool bold = false) const
    {
        QFont font = QApplication::font();
        font.setPointSizeF(points);
        font.setBold(bold);
        // No ligatures, so that "fi" is copied and searched as two letters rather than one glyph.
        font.setStyleStrategy(QFont::PreferNoShaping);
        return font;
    }
    QFontMetricsF metrics(const QFont &font) const { return QFontMetricsF(font, &m_device); }

    // The page's running head and title; returns the body below them.
    QRectF drawFrame(QPainter &painter, const QString &title) const
    {
        const QFont head = font(8);
        painter.setFont(head);
        painter.setPen(mutedColour);
        const double headHeight = metrics(head).height();
        const QRectF headRect(m_page.left(), m_page.top(), m_page.width(), headHeight);
        painter.drawText(headRect, Qt::AlignLeft | Qt::AlignVCenter,
                         m_content.companyName.isEmpty() ? QStringLiteral("CostBoard")
                                                         : m_content.companyName);
        painter.drawText(headRect, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Weekly cost report · %1").arg(weekLabel(m_snapshot.kpis.week)));
        painter.setPen(QPen(ruleColour, pt(0.5)));
        painter.drawLine(QPointF(m_page.left(), headRect.bottom() + pt(3)),
                         QPointF(m_page.right(), headRect.bottom() + pt(3)));

        const QFont titleFont = font(15, true);
        painter.setFont(titleFont);
        painter.setPen(inkColour);
        const double titleTop = headRect.bottom() + pt(10);
        const double titleHeight = metrics(titleFont).height();
        painter.drawText(QRectF(m_page.left(), titleTop, m_page.width(), titleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, title);
        const double bodyTop = titleTop + titleHeight + pt(10);
        return QRectF(m_page.left(), bodyTop, m_page.width(), footerTop() - pt(8) - bodyTop);
    }

    double footerTop() const { return m_page.bottom() - metrics(font(8)).height() - pt(4); }

    void drawFooter(QPainter &painter, int number, int count) const
    {
        const QFont foot = font(8);
        painter.setFont(foot);
        const double top = footerTop();
        painter.setPen(QPen(ruleColour, pt(0.5)));
        painter.drawLine(QPointF(m_page.left(), top), QPointF(m_page.right(), top));
        painter.setPen(mutedColour);
        const QRectF rect(m_page.left(), top + pt(4), m_page.width(), metrics(foot).height());
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("CostBoard · database %1").arg(m_content.databaseName));
        painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(number).arg(count));
    }

    // Draws `text` wrapped in `width` from `top`; returns the height used.
    double drawParagraph(QPainter &painter, const QString &text, const QFont &font, const QColor &colour,
                         double left, double top, double width) const
    {
        const QRectF bounds = metrics(font).boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text);
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(QRectF(left, top, width, bounds.height()),
                         Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        return bounds.height();
    }
    double paragraphHeight(const QString &text, const QFont &font, double width) const
    {
        return metrics(font).boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
    }

    // --- pages

    void buildPages()
    {
        m_pages << Page { QString(), [this](QPainter &painter, const QRectF &body) {
                             drawCover(painter, body);
                         } };
        m_pages << Page { tr("Executive summary"), [this](QPainter &painter, const QRectF &body) {
                             drawSummary(painter, body);
                         } };
        m_pages << Page { tr("Weekly spend against budget"), [this](QPainter &painter, const QRectF &body) {
                             drawTrend(painter, body);
                         } };
        m_pages << Page { tr("Breakdown by category and by project"),
                          [this](QPainter &painter, const QRectF &body) {
                              drawCategoriesAndProjects(painter, body);
                          } };
        addVendorPages();
        addProjectTablePages();
        addEstimatePage();
        addAlertPages();
        addAgendaPages();
    }

    // The committee's next session: its agenda, then the decisions of the last session, with the
    // same sentences as the Committee page and `costboard agenda`. Continued on as many pages as
    // it needs.
    void addAgendaPages()
    {
        if (!m_content.agenda)
            return;
        const SessionAgenda &agenda = *m_content.agenda;
        const QRectF body = bodyRect();
        struct Line
        {
            QString text;
            bool heading = false;
            double height = 0;
        };
        QList<Line> lines;
        const auto add = [&](const QString &text, bool heading) {
            const QFont lineFont = heading ? font(11, true) : font(10);
            const double width = heading ? body.width() : body.width() - pt(14);
            lines << Line { text, heading,
                            paragraphHeight(text, lineFont, width) + (heading ? pt(10) : pt(5)) };
        };
        if (agenda.itemCount() == 0)
            add(agendatext::nothingToDiscuss(), false);
        for (const agendatext::AgendaSection &section : agendatext::sections(agenda, true)) {
            add(QStringLiteral("%1 (%2)").arg(section.heading).arg(section.items.size()), true);
            for (const QString &item : section.items)
                add(item, false);
        }
        const QString intro = names::sessionHeading(agenda.session);
        const double introHeight = paragraphHeight(intro, font(12, true), body.width()) + pt(12);
        QList<QList<Line>> pages { {} };
        double used = introHeight;
        for (const Line &line : std::as_const(lines)) {
            // A heading does not end a page.
            const double needed = line.heading ? line.height * 2.5 : line.height;
            if (!pages.last().isEmpty() && used + needed > body.height()) {
                pages << QList<Line>();
                used = 0;
            }
            pages.last() << line;
            used += line.height;
        }
        for (qsizetype page = 0; page < pages.size(); ++page) {
            const QList<Line> chunk = pages.at(page);
            const bool first = page == 0;
            m_pages << Page { first ? tr("Committee agenda") : tr("Committee agenda (continued)"),
                              [this, chunk, first, intro](QPainter &painter, const QRectF &area) {
                                  double y = area.top();
                                  if (first)
                                      y += drawParagraph(painter, intro, font(12, true), inkColour,
                                                         area.left(), y, area.width())
                                          + pt(12);
                                  for (const Line &line : chunk) {
                                      if (line.heading) {
                                          drawParagraph(painter, line.text, font(11, true), accentColour,
                                                        area.left(), y + pt(4), area.width());
                                      } else {
                                          drawParagraph(painter, QStringLiteral("•"), font(10), mutedColour,
                                                        area.left() + pt(2), y, pt(12));
                                          drawParagraph(painter, line.text, font(10), inkColour,
                                                        area.left() + pt(14), y, area.width() - pt(14));
                                      }
                                      y += line.height;
                                  }
                              } };
        }
    }

    // Each project's latest saved estimate against its actuals to date: what the committee
    // approved beside what it cost. Only when some project has one.
    void addEstimatePage()
    {
        if (m_content.estimates.isEmpty())
            return;
        m_pages << Page { tr("Estimates against actuals"), [this](QPainter &painter, const QRectF &area) {
                             drawEstimates(painter, area);
                         } };
    }

    void drawEstimates(QPainter &painter, const QRectF &area) const
    {
        const QLocale locale;
        double y = area.top();
        y += drawParagraph(
                 painter,
                 tr("Each project's latest saved estimate (Estimator, Total cost) against what the project "
                    "cost in the same categories, from the estimate's first month to %1, on the "
                    "accrual basis. The gap is red when the project costs more than estimated.")
                     .arg(locale.toString(m_snapshot.kpis.asOf, QStringLiteral("d MMMM yyyy"))),
                 font(9), mutedColour, area.left(), y, area.width())
            + pt(8);
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        const Qt::Alignment leftAlign = Qt::AlignLeft | Qt::AlignVCenter;
        const QList<Column> columns {
            { tr("Project"), 0.26, leftAlign },    { tr("Estimate"), 0.2, leftAlign },
            { tr("From"), 0.12, leftAlign },       { tr("Estimated to date"), 0.14, right },
            { tr("Actual to date"), 0.14, right }, { tr("Gap"), 0.14, right }
        };
        const QFont rowFont = font(9);
        // Room for a name on two lines.
        const double lineHeight = metrics(rowFont).height() * 2.5;
        QFont headerFont = rowFont;
        headerFont.setBold(true);
        const double headerHeight = lineHeight;
        painter.fillRect(QRectF(area.left(), y, area.width(), headerHeight), shadeColour);
        const double padding = pt(4);
        const auto drawRow = [&](const QStringList &cells, const QFont &rowFont_, double height,
                                 const std::optional<QColor> &gapColour) {
            double x = area.left();
            painter.setFont(rowFont_);
            for (int column = 0; column < columns.size(); ++column) {
                const double width = columns.at(column).width * area.width();
                painter.setPen(column == columns.size() - 1 && gapColour ? *gapColour : inkColour);
                painter.drawText(QRectF(x + padding, y, width - 2 * padding, height),
                                 Qt::TextWordWrap | columns.at(column).alignment, cells.value(column));
                x += width;
            }
            y += height;
        };
        QStringList titles;
        for (const Column &column : columns)
            titles << column.title;
        drawRow(titles, headerFont, headerHeight, std::nullopt);
        for (qsizetype index = 0; index < m_content.estimates.size(); ++index) {
            const pricing::EstimateAgainstActual &entry = m_content.estimates.at(index);
            if (y + lineHeight > area.bottom())
                break; // a portfolio of more projects than a page holds is cut: the Projects page has each
            if (index % 2 == 1)
                painter.fillRect(QRectF(area.left(), y, area.width(), lineHeight), tileColour);
            const QString &currency = entry.estimate.currency;
            const Money gap(Money::subtractMinorUnits(entry.actualToDate, entry.estimatedToDate), currency);
            QString gapText = signedMoney(gap);
            if (const std::optional<double> ratio = entry.gapRatio())
                gapText += QStringLiteral(" (%1)").arg(ratioLabel(*ratio, true));
            drawRow({ projectName(m_content.projectsById.value(entry.estimate.projectId)),
                      tr("%1, version %2").arg(entry.estimate.name).arg(entry.estimate.version),
                      locale.toString(entry.estimate.firstMonth, QStringLiteral("MMM yyyy")),
                      Money(entry.estimatedToDate, currency).toString(),
                      Money(entry.actualToDate, currency).toString(), gapText },
                    rowFont, lineHeight,
                    gap.minorUnits() > 0 ? std::optional<QColor>(toneColour(KpiTone::Bad)) : std::nullopt);
        }
    }

    QRectF bodyRect() const
    {
        // The body every titled page gets (drawFrame's arithmetic, without drawing).
        const double headHeight = metrics(font(8)).height();
        const double titleTop = m_page.top() + headHeight + pt(10);
        const double bodyTop = titleTop + metrics(font(15, true)).height() + pt(10);
        return QRectF(m_page.left(), bodyTop, m_page.width(), footerTop() - pt(8) - bodyTop);
    }

    void drawCover(QPainter &painter, const QRectF &body) const
    {
        const QLocale locale;
        const DashboardKpis &kpis = m_snapshot.kpis;
        const double bandHeight = pt(landscape() ? 110 : 170);
        painter.fillRect(QRectF(body.left(), body.top(), body.width(), bandHeight), accentColour);
        const double inset = pt(24);
        double y = body.top() + bandHeight - pt(landscape() ? 82 : 96);
        y += drawParagraph(painter, tr("Weekly cost report"), font(28, true), Qt::white, body.left() + inset,
                           y, body.width() - 2 * inset);
        drawParagraph(painter, tr("Generative AI portfolio"), font(14), QColor(QStringLiteral("#dbe7f3")),
                      body.left() + inset, y + pt(4), body.width() - 2 * inset);

        y = body.top() + bandHeight + pt(landscape() ? 24 : 40);
        const double width = body.width() - 2 * inset;
        const double left = body.left() + inset;
        if (!m_content.companyName.isEmpty())
            y += drawParagraph(painter, m_content.companyName, font(20, true), inkColour, left, y, width)
                + pt(8);
        y += drawParagraph(painter, tr("Week %1").arg(weekLabel(kpis.week)), font(22, true), inkColour, left,
                           y, width);
        y += drawParagraph(painter,
                           WeeklyReportTexts::dayRange({ kpis.week.monday(), kpis.week.sunday() }, locale),
                           font(14), mutedColour, left, y + pt(2), width)
            + pt(landscape() ? 18 : 30);

        QString selection;
        if (m_snapshot.query.projects.isEmpty()) {
            selection = tr("all projects");
        } else if (m_snapshot.query.decisionLevel) {
            selection
                = tr("the projects decided by: %1").arg(decisionLevelLabel(*m_snapshot.query.decisionLevel));
        } else {
            QStringList names;
            for (const ProjectId id : m_snapshot.query.projects)
                names << projectName(m_content.projectsById.value(id));
            selection = names.join(QStringLiteral(", "));
        }
        if (!m_snapshot.query.categories.isEmpty()) {
            QStringList categories;
            for (const CostCategory category : m_snapshot.query.categories)
                categories << categoryLabel(category);
            selection += QStringLiteral(" · ") + categories.join(QStringLiteral(", "));
        }
        const QString dataAsOf = m_content.lastImport
            ? tr("last import %1")
                  .arg(locale.toString(m_content.lastImport->toLocalTime(), QLocale::ShortFormat))
            : tr("no file imported yet: costs entered in CostBoard");
        const QList<std::pair<QString, QString>> facts {
            { tr("Basis"), capitalized(basisLabel(m_snapshot.query.basis)) },
            { tr("Period shown"),
              tr("%1 (%2)").arg(WeeklyReportTexts::dayRange(m_snapshot.days, locale),
                                WeeklyReportTexts::preset(m_snapshot.query)) },
            { tr("Selection"), selection },
            { tr("Currency"), m_snapshot.currency },
            { tr("Figures to"), locale.toString(kpis.asOf, QStringLiteral("d MMMM yyyy")) },
            { tr("Data as of"), dataAsOf },
            { tr("Generated"), locale.toString(m_content.generatedAt.toLocalTime(), QLocale::ShortFormat) },
        };
        const QFont labelFont = font(11, true);
        const QFont valueFont = font(11);
        double labelWidth = 0;
        for (const auto &[label, value] : facts)
            labelWidth = std::max(labelWidth, metrics(labelFont).horizontalAdvance(label));
        labelWidth += pt(16);
        for (const auto &[label, value] : facts) {
            drawParagraph(painter, label, labelFont, mutedColour, left, y, labelWidth);
            y += drawParagraph(painter, value, valueFont, inkColour, left + labelWidth, y, width - labelWidth)
                + pt(7);
        }
    }

    double drawTile(QPainter &painter, const QRectF &rect, const KpiFigure &figure) const
    {
        painter.setPen(QPen(ruleColour, pt(0.5)));
        painter.setBrush(tileColour);
        painter.drawRect(rect);
        painter.fillRect(QRectF(rect.left(), rect.top(), pt(4), rect.height()), toneColour(figure.tone));
        const double left = rect.left() + pt(12);
        const double width = rect.width() - pt(20);
        double y = rect.top() + pt(8);
        y += drawParagraph(painter, figure.caption, font(8.5), mutedColour, left, y, width) + pt(4);
        const QFont valueFont = font(landscape() ? 16 : 18, true);
        drawParagraph(painter, figure.value, valueFont, inkColour, left, y, width);
        if (figure.trend != KpiTrend::None) {
            const QString arrow = figure.trend == KpiTrend::Up ? QStringLiteral("▲")
                : figure.trend == KpiTrend::Down               ? QStringLiteral("▼")
                                                               : QStringLiteral("=");
            const double arrowLeft = left + metrics(valueFont).horizontalAdvance(figure.value) + pt(6);
            drawParagraph(painter, arrow, font(12, true), toneColour(figure.trendTone), arrowLeft, y + pt(3),
                          pt(20));
        }
        y += metrics(valueFont).height() + pt(4);
        y += drawParagraph(painter, figure.comparison, font(8.5), inkColour, left, y, width);
        return y - rect.top() + pt(8);
    }

    void drawSummary(QPainter &painter, const QRectF &body) const
    {
        const KpiFigures figures = kpiFigures(m_snapshot);
        const QList<KpiFigure> tiles = figures.all();
        const int columns = landscape() ? 4 : 2;
        const double gap = pt(10);
        const double tileWidth = (body.width() - gap * (columns - 1)) / columns;
        const double tileHeight = pt(landscape() ? 92 : 96);
        for (qsizetype i = 0; i < tiles.size(); ++i) {
            const int row = int(i) / columns;
            const int column = int(i) % columns;
            drawTile(painter,
                     QRectF(body.left() + column * (tileWidth + gap), body.top() + row * (tileHeight + gap),
                            tileWidth, tileHeight),
                     tiles.at(i));
        }
        const int rows = int((tiles.size() + columns - 1) / columns);
        double y = body.top() + rows * (tileHeight + gap) + pt(8);

        y += drawParagraph(painter, tr("The week in three sentences"), font(12, true), inkColour, body.left(),
                           y, body.width())
            + pt(6);
        const ReportSentences sentences = reportSentences(m_content);
        const QFont sentenceFont = font(11);
        const double bullet = pt(18);
        int number = 1;
        for (const QString &sentence : { sentences.weekOverWeek, sentences.budget, sentences.alerts }) {
            drawParagraph(painter, QString::number(number++) + u'.', font(11, true), accentColour,
                          body.left(), y, bullet);
            y += drawParagraph(painter, sentence, sentenceFont, inkColour, body.left() + bullet, y,
                               body.width() - bullet)
                + pt(8);
        }

        const BudgetBook::PortfolioPosition &position = m_snapshot.portfolioBudgets;
        if (position.unallocated()) {
            const DashboardKpis &kpis = m_snapshot.kpis;
            y += pt(4);
            y += drawParagraph(painter,
                               portfolioPositionText(periodLabel(m_snapshot.calendar, kpis.forecastPeriodKind,
                                                                 kpis.forecastPeriod.first),
                                                     position, m_snapshot.currency, /*compact=*/false,
                                                     /*html=*/false),
                               font(9.5), mutedColour, body.left(), y, body.width())
                + pt(8);
        }

        // The movers: what changed most since last week.
        y += pt(6);
        y += drawParagraph(painter, tr("Largest movers vs last week"), font(12, true), inkColour, body.left(),
                           y, body.width())
            + pt(4);
        if (m_snapshot.movers.isEmpty()) {
            y += drawParagraph(painter, tr("No change."), font(10), mutedColour, body.left(), y,
                               body.width());
        } else {
            const QFont rowFont = font(10);
            const double rowHeight = metrics(rowFont).height() + pt(4);
            for (const Mover &mover : m_snapshot.movers) {
                if (y + rowHeight > body.bottom())
                    break;
                const bool up = mover.change() > 0;
                painter.setFont(rowFont);
                painter.setPen(toneColour(up ? KpiTone::Bad : KpiTone::Good));
                painter.drawText(QRectF(body.left(), y, pt(16), rowHeight), Qt::AlignVCenter,
                                 up ? QStringLiteral("▲") : QStringLiteral("▼"));
                painter.setPen(inkColour);
                painter.drawText(
                    QRectF(body.left() + pt(16), y, body.width() * 0.55, rowHeight), Qt::AlignVCenter,
                    metrics(rowFont).elidedText(moverLabel(mover), Qt::ElideRight, body.width() * 0.55));
                painter.drawText(QRectF(body.left(), y, body.width(), rowHeight),
                                 Qt::AlignVCenter | Qt::AlignRight,
                                 tr("%1 (from %2 to %3)")
                                     .arg(signedMoney(m_snapshot.money(mover.change())),
                                          m_snapshot.money(mover.previousWeek).toString(),
                                          m_snapshot.money(mover.thisWeek).toString()));
                y += rowHeight;
            }
        }

        QStringList notices;
        if (m_snapshot.unconvertedLines > 0)
            notices << tr(
                "%n cost line(s) in a currency without an exchange rate are left out of the totals.", nullptr,
                int(m_snapshot.unconvertedLines));
        if (m_snapshot.unallocatedTotal != 0)
            notices << tr("%1 of the period's spend is in no project yet (Unallocated).")
                           .arg(m_snapshot.money(m_snapshot.unallocatedTotal).toString());
        if (!notices.isEmpty()) {
            const QString text = notices.join(u' ');
            const double height = paragraphHeight(text, font(9), body.width());
            drawParagraph(painter, text, font(9), overBudgetTextColour(), body.left(), body.bottom() - height,
                          body.width());
        }
    }

    void drawCategoryLegend(QPainter &painter, const QRectF &rect) const
    {
        const QFont legendFont = font(8);
        painter.setFont(legendFont);
        const QFontMetricsF fm = metrics(legendFont);
        double x = rect.left();
        double y = rect.top();
        const double swatch = pt(7);
        for (const BreakdownEntry &entry : m_snapshot.byCategory) {
            if (!entry.category || entry.amount == 0)
                continue;
            const QString label = categoryLabel(*entry.category);
            const double width = swatch + pt(4) + fm.horizontalAdvance(label) + pt(12);
            if (x + width > rect.right()) {
                x = rect.left();
                y += fm.height() + pt(3);
            }
            painter.fillRect(QRectF(x, y + (fm.height() - swatch) / 2, swatch, swatch),
                             categoryColour(*entry.category));
            painter.setPen(inkColour);
            painter.drawText(QRectF(x + swatch + pt(4), y, width, fm.height()),
                             Qt::AlignVCenter | Qt::AlignLeft, label);
            x += width;
        }
    }

    void drawTrend(QPainter &painter, const QRectF &body)
    {
        const DashboardKpis &kpis = m_snapshot.kpis;
        const QFont captionFont = font(9.5);
        const QString caption
            = tr("Spend in %1: %2 · budget of the week %3 · spend of the period to date %4")
                  .arg(weekLabel(kpis.week), kpis.thisWeek.toString(),
                       m_snapshot.indexOf(kpis.week) >= 0
                           ? m_snapshot.money(m_snapshot.points.at(m_snapshot.indexOf(kpis.week)).budget)
                                 .toString()
                           : tr("none"),
                       kpis.periodToDate.toString());
        double y = body.top();
        y += drawParagraph(painter, caption, captionFont, inkColour, body.left(), y, body.width()) + pt(6);
        const double legendHeight = metrics(font(8)).height() * 3 + pt(8);
        const double chartHeight = (body.bottom() - y - legendHeight - pt(12)) / 2;
        m_weekly.paintChart(painter, QRectF(body.left(), y, body.width(), chartHeight));
        y += chartHeight;
        drawCategoryLegend(painter,
                           QRectF(body.left() + pt(30), y + pt(2), body.width() - pt(30), legendHeight));
        y += legendHeight + pt(12);
        m_cumulative.paintChart(painter, QRectF(body.left(), y, body.width(), body.bottom() - y));
    }

    void drawCategoriesAndProjects(QPainter &painter, const QRectF &body)
    {
        const double topHeight = body.height() * (landscape() ? 0.5 : 0.42);
        const double donutWidth = body.width() * (landscape() ? 0.5 : 0.5);
        m_donut.paintChart(painter, QRectF(body.left(), body.top(), donutWidth, topHeight));

        // The category table beside the donut: amounts to the cent and their share.
        const QFont rowFont = font(landscape() ? 8.5 : 8);
        const QFontMetricsF fm = metrics(rowFont);
        const double rowHeight = fm.height() + pt(3.5);
        const double left = body.left() + donutWidth + pt(12);
        const double width = body.right() - left;
        double y = body.top() + pt(10);
        painter.setFont(font(landscape() ? 8.5 : 8, true));
        painter.setPen(mutedColour);
        painter.drawText(QRectF(left, y, width * 0.5, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         tr("Category"));
        painter.drawText(QRectF(left, y, width * 0.78, rowHeight), Qt::AlignVCenter | Qt::AlignRight,
                         tr("Spend"));
        painter.drawText(QRectF(left, y, width, rowHeight), Qt::AlignVCenter | Qt::AlignRight, tr("Share"));
        y += rowHeight;
        painter.setPen(QPen(ruleColour, pt(0.5)));
        painter.drawLine(QPointF(left, y), QPointF(left + width, y));
        painter.setFont(rowFont);
        for (const BreakdownEntry &entry : m_snapshot.byCategory) {
            if (!entry.category)
                continue;
            painter.fillRect(QRectF(left, y + (rowHeight - pt(7)) / 2, pt(7), pt(7)),
                             categoryColour(*entry.category));
            painter.setPen(inkColour);
            painter.drawText(
                QRectF(left + pt(11), y, width * 0.5 - pt(11), rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                fm.elidedText(categoryLabel(*entry.category), Qt::ElideRight, width * 0.5 - pt(11)));
            painter.drawText(QRectF(left, y, width * 0.78, rowHeight), Qt::AlignVCenter | Qt::AlignRight,
                             m_snapshot.money(entry.amount).toString());
            if (m_snapshot.periodTotal > 0)
                painter.drawText(QRectF(left, y, width, rowHeight), Qt::AlignVCenter | Qt::AlignRight,
                                 ratioLabel(double(entry.amount) / double(m_snapshot.periodTotal)));
            y += rowHeight;
        }
        painter.setPen(QPen(ruleColour, pt(0.5)));
        painter.drawLine(QPointF(left, y), QPointF(left + width, y));
        painter.setFont(font(landscape() ? 8.5 : 8, true));
        painter.setPen(inkColour);
        painter.drawText(QRectF(left, y, width * 0.5, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         tr("Total"));
        painter.drawText(QRectF(left, y, width * 0.78, rowHeight), Qt::AlignVCenter | Qt::AlignRight,
                         m_snapshot.money(m_snapshot.periodTotal).toString());

        const double barsTop = body.top() + topHeight + pt(14);
        m_projectBars.paintChart(painter,
                                 QRectF(body.left(), barsTop, body.width(), body.bottom() - barsTop));
    }

    // --- vendors: as many pages as the list needs

    void addVendorPages()
    {
        const QFont rowFont = font(9);
        const double rowHeight = metrics(rowFont).height() + pt(5);
        const QRectF body = bodyRect();
        const double headerHeight = metrics(font(9.5)).height() * 2 + pt(8);
        const int perPage = std::max(1, int((body.height() - headerHeight) / rowHeight));
        const QList<BreakdownEntry> &vendors = m_snapshot.byVendor;
        const qsizetype pages = std::max<qsizetype>(1, (vendors.size() + perPage - 1) / perPage);
        std::int64_t largest = 1;
        for (const BreakdownEntry &entry : vendors)
            largest = std::max(largest, entry.amount);
        for (qsizetype page = 0; page < pages; ++page) {
            const qsizetype first = page * perPage;
            const QString title
                = page == 0 ? tr("Breakdown by vendor") : tr("Breakdown by vendor (continued)");
            m_pages << Page {
                title,
                [this, first, perPage, rowFont, rowHeight, largest](QPainter &painter, const QRectF &area) {
                    const QList<BreakdownEntry> &list = m_snapshot.byVendor;
                    double y = area.top();
                    if (first == 0)
                        y += drawParagraph(painter,
                                           tr("Spend of the period %1 by vendor or provider, largest first.")
                                               .arg(WeeklyReportTexts::dayRange(m_snapshot.days, QLocale())),
                                           font(9.5), mutedColour, area.left(), y, area.width())
                            + pt(8);
                    if (list.isEmpty()) {
                        drawParagraph(painter, tr("No spend in the period."), font(10), mutedColour,
                                      area.left(), y, area.width());
                        return;
                    }
                    const QFontMetricsF fm = metrics(rowFont);
                    const double nameWidth = area.width() * 0.32;
                    const double amountWidth = area.width() * 0.2;
                    const double shareWidth = area.width() * 0.1;
                    const double barLeft = area.left() + nameWidth + pt(6);
                    const double barSpace = area.width() - nameWidth - amountWidth - shareWidth - pt(12);
                    painter.setFont(rowFont);
                    for (qsizetype i = first; i < std::min<qsizetype>(list.size(), first + perPage); ++i) {
                        const BreakdownEntry &entry = list.at(i);
                        painter.setPen(inkColour);
                        painter.drawText(QRectF(area.left(), y, nameWidth, rowHeight),
                                         Qt::AlignVCenter | Qt::AlignLeft,
                                         fm.elidedText(entry.label, Qt::ElideRight, nameWidth));
                        const double length
                            = barSpace * double(std::max<std::int64_t>(0, entry.amount)) / double(largest);
                        painter.fillRect(
                            QRectF(barLeft, y + rowHeight * 0.2, std::max(pt(0.5), length), rowHeight * 0.6),
                            barColour);
                        painter.drawText(QRectF(barLeft + barSpace, y, amountWidth, rowHeight),
                                         Qt::AlignVCenter | Qt::AlignRight,
                                         m_snapshot.money(entry.amount).toString());
                        if (m_snapshot.periodTotal > 0)
                            painter.drawText(
                                QRectF(barLeft + barSpace + amountWidth, y, shareWidth, rowHeight),
                                Qt::AlignVCenter | Qt::AlignRight,
                                ratioLabel(double(entry.amount) / double(m_snapshot.periodTotal)));
                        y += rowHeight;
                    }
                }
            };
        }
    }

    // --- the project table

    struct Column
    {
        QString title;
        double width; // share of the table's width
        Qt::Alignment alignment;
    };

    QList<Column> projectColumns() const
    {
        const DashboardKpis &kpis = m_snapshot.kpis;
        const QString period
            = periodLabel(m_snapshot.calendar, kpis.forecastPeriodKind, kpis.forecastPeriod.first);
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        const Qt::Alignment leftAlign = Qt::AlignLeft | Qt::AlignVCenter;
        return { { tr("Project"), 0.2, leftAlign },    { tr("Budget %1").arg(period), 0.12, right },
                 { tr("Spend to date"), 0.12, right }, { tr("Consumed"), 0.095, right },
                 { tr("Forecast"), 0.12, right },      { tr("vs last week"), 0.11, right },
                 { tr("Status"), 0.09, leftAlign },    { tr("Decision"), 0.145, leftAlign } };
    }

    QStringList projectCells(const WeeklyReportProject &row) const
    {
        const ScopeFigures &figures = row.figures;
        const std::optional<double> consumed = row.figures.consumedShare();
        return { projectName(row.project),
                 figures.budget ? m_snapshot.money(*figures.budget).toString() : tr("—", "no budget"),
                 m_snapshot.money(figures.actual).toString(),
                 consumed ? ratioLabel(*consumed) : tr("—", "no budget"),
                 m_snapshot.money(figures.forecast).toString(),
                 signedMoney(m_snapshot.money(row.weekChange())),
                 statusLabel(row.project.status),
                 decisionLevelLabel(row.project.decisionLevel) };
    }

    QStringList selectionCells() const
    {
        const DashboardKpis &kpis = m_snapshot.kpis;
        std::optional<double> consumed = kpis.periodConsumedRatio;
        return { m_snapshot.query.projects.isEmpty()  ? names::portfolio()
                     : m_snapshot.query.decisionLevel ? decisionLevelLabel(*m_snapshot.query.decisionLevel)
                                                      : tr("Selection"),
                 kpis.budgetAtHorizon ? kpis.budgetAtHorizon->toString() : tr("—", "no budget"),
                 kpis.forecastPeriodToDate.toString(),
                 consumed ? ratioLabel(*consumed) : tr("—", "no budget"),
                 kpis.forecast.toString(),
                 signedMoney(kpis.weekChange),
                 QString(),
                 QString() };
    }

    // Names, statuses and decision levels wrap rather than lose their end: a row is as high as
    // its longest text.
    static bool wrapsInTable(qsizetype column) { return column == 0 || column == 6 || column == 7; }
    double textWidth(qsizetype column, double tableWidth) const
    {
        return projectColumns().at(column).width * tableWidth - pt(8) - (column == 0 ? pt(10) : 0.0);
    }
    double projectRowHeight(const QStringList &cells, const QFont &rowFont, double tableWidth) const
    {
        double height = metrics(rowFont).height();
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (wrapsInTable(c))
                height = std::max(height, paragraphHeight(cells.at(c), rowFont, textWidth(c, tableWidth)));
        }
        return height + pt(6);
    }

    void addProjectTablePages()
    {
        const QFont rowFont = font(landscape() ? 8.5 : 7.5);
        const double lineHeight = metrics(rowFont).height() + pt(6);
        const QRectF body = bodyRect();
        const double introHeight = metrics(font(9)).height() * 3 + pt(10);
        const double headerHeight = lineHeight * 2;
        const double available = body.height() - introHeight - headerHeight - lineHeight * 2;
        // Long names wrap rather than lose their end: a row is as high as its name.
        QList<QList<std::pair<qsizetype, double>>> pages { {} };
        double used = 0;
        for (qsizetype i = 0; i < m_content.projects.size(); ++i) {
            const double height
                = projectRowHeight(projectCells(m_content.projects.at(i)), rowFont, body.width());
            if (!pages.last().isEmpty() && used + height > available) {
                pages << QList<std::pair<qsizetype, double>>();
                used = 0;
            }
            pages.last() << std::pair(i, height);
            used += height;
        }
        for (qsizetype page = 0; page < pages.size(); ++page) {
            const QList<std::pair<qsizetype, double>> rows = pages.at(page);
            const bool last = page == pages.size() - 1;
            const QString title = page == 0 ? tr("Projects") : tr("Projects (continued)");
            m_pages << Page {
                title,
                [this, rows, last, rowFont, lineHeight, headerHeight](QPainter &painter, const QRectF &area) {
                    const DashboardKpis &kpis = m_snapshot.kpis;
                    const QLocale locale;
                    double y = area.top();
                    y += drawParagraph(painter,
                                       tr("Budget, spend and forecast of %1 (%2), as of %3; the change is %4 "
                                          "against the week before. "
                                          "The dot is the budget's health: green on track, amber at risk, "
                                          "red over budget.")
                                           .arg(periodLabel(m_snapshot.calendar, kpis.forecastPeriodKind,
                                                            kpis.forecastPeriod.first),
                                                WeeklyReportTexts::dayRange(kpis.forecastPeriod, locale),
                                                locale.toString(kpis.asOf, QStringLiteral("d MMMM yyyy")),
                                                weekLabel(kpis.week)),
                                       font(9), mutedColour, area.left(), y, area.width())
                        + pt(8);
                    const QList<Column> columns = projectColumns();
                    // Header, two lines high so that "Budget Q4 2026" fits a narrow column.
                    painter.fillRect(QRectF(area.left(), y, area.width(), headerHeight), shadeColour);
                    QFont headerFont = rowFont;
                    headerFont.setBold(true);
                    painter.setFont(headerFont);
                    painter.setPen(inkColour);
                    double x = area.left();
                    const double padding = pt(4);
                    for (const Column &column : columns) {
                        const double width = column.width * area.width();
                        painter.drawText(QRectF(x + padding, y, width - 2 * padding, headerHeight),
                                         Qt::TextWordWrap | column.alignment, column.title);
                        x += width;
                    }
                    y += headerHeight;
                    const QList<WeeklyReportProject> &list = m_content.projects;
                    for (qsizetype r = 0; r < rows.size(); ++r) {
                        const auto &[index, height] = rows.at(r);
                        if (r % 2 == 1)
                            painter.fillRect(QRectF(area.left(), y, area.width(), height), tileColour);
                        drawProjectRow(painter, area, y, height, rowFont, projectCells(list.at(index)),
                                       toneColour(toneOf(list.at(index).figures.health)),
                                       list.at(index).weekChange());
                        y += height;
                    }
                    if (list.isEmpty()) {
                        drawParagraph(painter, tr("No project in this selection has a budget or spend."),
                                      font(9), mutedColour, area.left(), y + pt(4), area.width());
                        y += lineHeight;
                    }
                    if (last) {
                        painter.setPen(QPen(inkColour, pt(0.75)));
                        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
                        QFont totalFont = rowFont;
                        totalFont.setBold(true);
                        drawProjectRow(painter, area, y, lineHeight, totalFont, selectionCells(),
                                       toneColour(toneOf(kpis.health)), kpis.weekChange.minorUnits());
                    }
                }
            };
        }
    }

    void drawProjectRow(QPainter &painter, const QRectF &area, double y, double rowHeight,
                        const QFont &rowFont, const QStringList &cells, const QColor &health,
                        std::int64_t weekChange) const
    {
        const QList<Column> columns = projectColumns();
        const QFontMetricsF fm = metrics(rowFont);
        painter.setFont(rowFont);
        const double padding = pt(4);
        double x = area.left();
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const double width = columns.at(c).width * area.width();
            QRectF cell(x + padding, y, width - 2 * padding, rowHeight);
            if (c == 0) {
                const double dot = pt(6);
                painter.setPen(Qt::NoPen);
                painter.setBrush(health);
                painter.drawEllipse(QRectF(cell.left(), y + (rowHeight - dot) / 2, dot, dot));
                cell.setLeft(cell.left() + pt(10));
            }
            if (wrapsInTable(c)) {
                painter.setPen(inkColour);
                painter.drawText(cell, Qt::TextWordWrap | columns.at(c).alignment, cells.at(c));
            } else {
                // Spending more than last week reads red, less green: the dashboard's direction.
                painter.setPen(c == 5 && weekChange != 0
                                   ? toneColour(weekChange > 0 ? KpiTone::Bad : KpiTone::Good).darker(120)
                                   : inkColour);
                painter.drawText(cell, columns.at(c).alignment,
                                 fm.elidedText(cells.at(c), Qt::ElideRight, cell.width()));
            }
            x += width;
        }
    }

    // --- alerts

    struct AlertBlock
    {
        Alert alert;
        QString sentence;
        QString details;
        QString note;
        double height = 0;
    };

    void addAlertPages()
    {
        const QLocale locale;
        const QRectF body = bodyRect();
        const double badgeWidth = pt(70);
        const double textWidth = body.width() - badgeWidth - pt(10);
        QList<AlertBlock> blocks;
        for (const Alert &alert : m_content.alerts) {
            AlertBlock block;
            block.alert = alert;
            block.sentence = alertSentence(alert, alertScopeName(alert, m_content.projectsById));
            block.details = tr("%1 · raised %2 · %3")
                                .arg(alertStateLabel(alert.state),
                                     locale.toString(alert.firedAt.toLocalTime(), QLocale::ShortFormat),
                                     alertKindLabel(alert.kind).toLower());
            if (!alert.acknowledgedBy.isEmpty() || !alert.acknowledgementNote.isEmpty())
                block.note
                    = tr("Acknowledged by %1: “%2”").arg(alert.acknowledgedBy, alert.acknowledgementNote);
            block.height = paragraphHeight(block.sentence, font(10), textWidth) + pt(3)
                + paragraphHeight(block.details, font(8.5), textWidth)
                + (block.note.isEmpty() ? 0.0
                                        : pt(3) + paragraphHeight(block.note, font(9, false), textWidth))
                + pt(14);
            blocks << block;
        }
        const double introHeight = metrics(font(9.5)).height() * 2 + pt(10);
        QList<QList<AlertBlock>> pages { {} };
        double used = introHeight;
        for (const AlertBlock &block : std::as_const(blocks)) {
            if (!pages.last().isEmpty() && used + block.height > body.height()) {
                pages << QList<AlertBlock>();
                used = 0;
            }
            pages.last() << block;
            used += block.height;
        }
        for (qsizetype page = 0; page < pages.size(); ++page) {
            const QList<AlertBlock> chunk = pages.at(page);
            const bool first = page == 0;
            m_pages << Page {
                first ? tr("Alerts") : tr("Alerts (continued)"),
                [this, chunk, first, badgeWidth, textWidth](QPainter &painter, const QRectF &area) {
                    double y = area.top();
                    if (first) {
                        const int open = int(m_content.openAlerts().size());
                        y += drawParagraph(
                                 painter,
                                 tr("Alerts raised in %1 or still open at its end, worst first (%n open).",
                                    nullptr, open)
                                     .arg(weekLabel(m_snapshot.kpis.week)),
                                 font(9.5), mutedColour, area.left(), y, area.width())
                            + pt(10);
                        if (chunk.isEmpty())
                            drawParagraph(
                                painter,
                                tr("No alert was raised or open in %1.").arg(weekLabel(m_snapshot.kpis.week)),
                                font(11), inkColour, area.left(), y, area.width());
                    }
                    for (const AlertBlock &block : chunk) {
                        const QColor colour = block.alert.severity == AlertSeverity::Critical
                            ? toneColour(KpiTone::Bad)
                            : block.alert.severity == AlertSeverity::Warning ? toneColour(KpiTone::Warning)
                                                                             : toneColour(KpiTone::Neutral);
                        const QFont badgeFont = font(8.5, true);
                        const double badgeHeight = metrics(badgeFont).height() + pt(4);
                        painter.setPen(Qt::NoPen);
                        painter.setBrush(colour);
                        painter.drawRoundedRect(QRectF(area.left(), y, badgeWidth, badgeHeight), pt(3),
                                                pt(3));
                        painter.setFont(badgeFont);
                        painter.setPen(Qt::white);
                        painter.drawText(QRectF(area.left(), y, badgeWidth, badgeHeight), Qt::AlignCenter,
                                         alertSeverityLabel(block.alert.severity));
                        const double left = area.left() + badgeWidth + pt(10);
                        double top = y;
                        top += drawParagraph(painter, block.sentence, font(10), inkColour, left, top,
                                             textWidth)
                            + pt(3);
                        top += drawParagraph(painter, block.details, font(8.5), mutedColour, left, top,
                                             textWidth);
                        if (!block.note.isEmpty()) {
                            QFont noteFont = font(9);
                            noteFont.setItalic(true);
                            top += pt(3)
                                + drawParagraph(painter, block.note, noteFont, inkColour, left, top + pt(3),
                                                textWidth);
                        }
                        y += block.height;
                        painter.setPen(QPen(ruleColour, pt(0.5)));
                        painter.drawLine(QPointF(left, y - pt(7)), QPointF(area.right(), y - pt(7)));
                    }
                }
            };
        }
    }

    QPagedPaintDevice &m_device;
    const WeeklyReportContent &m_content;
    const DashboardSnapshot &m_snapshot;
    double m_dpi;
    QRectF m_page;
    QList<Page> m_pages;
    charts::WeeklyCostChart m_weekly;
    charts::CumulativeChart m_cumulative;
    charts::CategoryDonutChart m_donut;
    charts::ProjectBarChart m_projectBars;
};

} // namespace

int paintWeeklyReport(QPagedPaintDevice &device, const WeeklyReportContent &content)
{
    ReportPainter painter(device, content);
    return painter.paint();
}

int weeklyReportResolution()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

int writeWeeklyReportPdf(const QString &path, const WeeklyReportContent &content,
                         QPageLayout::Orientation orientation)
{
    QPdfWriter writer(path);
    writer.setResolution(weeklyReportResolution());
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(14, 12, 14, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(QCoreApplication::translate("WeeklyReport", "Weekly cost report %1")
                        .arg(weekLabel(content.snapshot.kpis.week)));
    writer.setCreator(QStringLiteral("CostBoard"));
    const int pages = paintWeeklyReport(writer, content);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        throw Error(ErrorCode::ReportNotWritten, { path });
    return pages;
}

QString weeklyReportFileName(const IsoWeek &week)
{
    return QStringLiteral("costboard-report-%1.pdf").arg(week.toString());
}

} // namespace costboard::render
