// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/presentationwindow.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "errortexts.h"
#include "settings/appsettings.h"
#include "slides/slidewidget.h"
#include "storage/database.h"

namespace costboard::ui {
namespace {

constexpr int minimumAdvanceSeconds = 5;
constexpr int advanceStepSeconds = 5;

} // namespace

PresentationWindow::PresentationWindow(WeeklyReportContent content, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_content(std::move(content))
    , m_slides(render::slides::slideDeck(m_content))
    , m_stack(new QStackedWidget(this))
    , m_corner(new QLabel(this))
    , m_black(new QWidget(this))
    , m_advance(new QTimer(this))
    , m_advanceSeconds(std::max(minimumAdvanceSeconds, AppSettings::presentationAdvanceSeconds().get()))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("CostBoard presentation"));
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::black);
    setPalette(colours);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);

    for (const render::slides::Slide &slide : std::as_const(m_slides))
        m_stack->addWidget(new render::slides::SlideWidget(slide, m_content, m_stack));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_corner->setObjectName(QStringLiteral("presentationCorner"));
    m_corner->setTextFormat(Qt::PlainText);
    m_corner->setStyleSheet(QStringLiteral("color: #b0bec5; background: transparent;"));
    m_corner->setAttribute(Qt::WA_TransparentForMouseEvents);

    m_black->setObjectName(QStringLiteral("blackScreen"));
    m_black->setAutoFillBackground(true);
    m_black->setPalette(colours);
    m_black->setVisible(false);

    connect(m_advance, &QTimer::timeout, this, [this] {
        if (!isBlackedOut())
            showSlide((currentIndex() + 1) % slideCount());
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        updateCorner();
        emit currentChanged(index);
    });
    updateCorner();
}

PresentationWindow::~PresentationWindow() = default;

PresentationWindow *PresentationWindow::present(Database &database, const DashboardQuery &query,
                                                QWidget *parent)
{
    WeeklyReportContent content;
    try {
        content = gatherWeeklyReport(database, query);
    } catch (const Error &error) {
        spdlog::error("presentation: cannot read the dashboard: {}", error.what());
        QMessageBox::warning(
            parent, tr("Presentation"),
            tr("The presentation could not be prepared: %1").arg(costboard::errorText(error)));
        return nullptr;
    }
    // One presentation at a time: pressing F11 again shows the figures as they are now.
    if (parent) {
        for (PresentationWindow *open :
             parent->findChildren<PresentationWindow *>(Qt::FindDirectChildrenOnly))
            open->close();
    }
    auto *window = new PresentationWindow(std::move(content), parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->showOnScreen(presentationScreen(parent));
    return window;
}

QScreen *PresentationWindow::presentationScreen(const QWidget *from)
{
    QScreen *own = from && from->screen() ? from->screen() : QGuiApplication::primaryScreen();
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != own)
            return screen;
    }
    return own;
}

void PresentationWindow::showOnScreen(QScreen *screen)
{
    if (screen) {
        // A frameless window goes full screen on the screen it is placed on.
        setGeometry(screen->geometry());
        if (windowHandle())
            windowHandle()->setScreen(screen);
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

void PresentationWindow::moveToNextScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() < 2)
        return;
    const qsizetype index = screens.indexOf(screen());
    QScreen *target = screens.at((index + 1) % screens.size());
    showNormal();
    showOnScreen(target);
}

int PresentationWindow::currentIndex() const
{
    return m_stack->currentIndex();
}

render::slides::SlideWidget *PresentationWindow::currentSlide() const
{
    return qobject_cast<render::slides::SlideWidget *>(m_stack->currentWidget());
}

bool PresentationWindow::isBlackedOut() const
{
    return m_black->isVisible();
}

QString PresentationWindow::cornerText() const
{
    return m_corner->text();
}

bool PresentationWindow::isAdvancing() const
{
    return m_advance->isActive();
}

void PresentationWindow::next()
{
    showSlide(std::min(currentIndex() + 1, slideCount() - 1));
}

void PresentationWindow::previous()
{
    showSlide(std::max(currentIndex() - 1, 0));
}

void PresentationWindow::showFirst()
{
    showSlide(0);
}

void PresentationWindow::showLast()
{
    showSlide(slideCount() - 1);
}

void PresentationWindow::showSlide(int index)
{
    if (index >= 0 && index < slideCount())
        m_stack->setCurrentIndex(index);
    // A slide shown by hand restarts the count: the audience gets the whole interval.
    if (m_advance->isActive())
        m_advance->start();
}

void PresentationWindow::setBlackedOut(bool blackedOut)
{
    m_black->setGeometry(rect());
    m_black->setVisible(blackedOut);
    if (blackedOut)
        m_black->raise();
}

void PresentationWindow::setAdvancing(bool advancing)
{
    if (advancing)
        m_advance->start(m_advanceSeconds * 1000);
    else
        m_advance->stop();
    updateCorner();
}

void PresentationWindow::setAdvanceSeconds(int seconds)
{
    m_advanceSeconds = std::max(1, seconds);
    if (m_advance->isActive())
        m_advance->start(m_advanceSeconds * 1000);
    updateCorner();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        close();
        return;
    }
    if (isBlackedOut()) {
        // Any key brings the slide back, and only that: a clicker pressed in the dark must not
        // skip a slide.
        setBlackedOut(false);
        return;
    }
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        showFirst();
        break;
    case Qt::Key_End:
        showLast();
        break;
    case Qt::Key_B:
    case Qt::Key_Period: // what clickers send for "black screen"
        setBlackedOut(true);
        break;
    case Qt::Key_A:
        setAdvancing(!isAdvancing());
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setAdvanceSeconds(m_advanceSeconds + advanceStepSeconds);
        AppSettings::presentationAdvanceSeconds().set(m_advanceSeconds);
        break;
    case Qt::Key_Minus:
        setAdvanceSeconds(std::max(minimumAdvanceSeconds, m_advanceSeconds - advanceStepSeconds));
        AppSettings::presentationAdvanceSeconds().set(m_advanceSeconds);
        break;
    case Qt::Key_S:
        moveToNextScreen();
        break;
    default:
        QWidget::keyPressEvent(event);
        break;
    }
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_black->setGeometry(rect());
    updateCorner();
}

void PresentationWindow::updateCorner()
{
    QString text = render::slides::cornerText(currentIndex(), slideCount(), m_content);
    if (isAdvancing())
        text += QStringLiteral(" · ") + tr("advancing every %n s", nullptr, m_advanceSeconds);
    m_corner->setText(text);
    QFont font = m_corner->font();
    font.setPixelSize(std::max(10, height() * 26 / 1000));
    m_corner->setFont(font);
    m_corner->adjustSize();
    const int margin = std::max(6, height() * 15 / 1000);
    m_corner->move(width() - m_corner->width() - 2 * margin, height() - m_corner->height() - margin);
    m_corner->raise();
    if (isBlackedOut())
        m_black->raise();
}

} // namespace costboard::ui
