// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "analytics/weeklyreportcontent.h"
#include "slides/slidedeck.h"

class QLabel;
class QScreen;
class QStackedWidget;
class QTimer;

namespace costboard {
class Database;
}

namespace costboard::render::slides {
class SlideWidget;
}

namespace costboard::ui {

// Presentation mode: the dashboard's current view as a sequence of slides, frameless and full
// screen on a projector, in a high-contrast look. Keys are those of presentation clickers:
// Right, Down, Page Down and Space go forward; Left, Up, Page Up and Backspace back; Home and End
// to the first and last slide; B (or .) blacks the screen until B or any other key; A starts
// or stops advancing on its own every N seconds (+ and − change N); S moves to the next screen;
// Esc leaves. The corner says "3 / 9 · 2026-W49 · data as of …".
class PresentationWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationWindow)

public:
    explicit PresentationWindow(WeeklyReportContent content, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // Reads the content for the dashboard's `query` and shows it full screen on the
    // presentation screen. On failure says why in a message box and returns nullptr. The window
    // deletes itself when closed.
    static PresentationWindow *present(Database &database, const DashboardQuery &query, QWidget *parent);
    // The screen a projector is: another screen than `from`'s when one is connected, else its own.
    static QScreen *presentationScreen(const QWidget *from);

    // Frameless full screen on `screen`.
    void showOnScreen(QScreen *screen);

    const WeeklyReportContent &content() const { return m_content; }
    const QList<render::slides::Slide> &slides() const { return m_slides; }
    int slideCount() const { return static_cast<int>(m_slides.size()); }
    int currentIndex() const;
    render::slides::SlideWidget *currentSlide() const;
    bool isBlackedOut() const;
    QString cornerText() const;
    bool isAdvancing() const;
    int advanceSeconds() const { return m_advanceSeconds; }

public slots:
    void next();
    void previous();
    void showFirst();
    void showLast();
    void showSlide(int index);
    void setBlackedOut(bool blackedOut);
    // Advances on its own every `seconds` seconds (a positive number), looping after the last.
    void setAdvancing(bool advancing);
    void setAdvanceSeconds(int seconds);

signals:
    void currentChanged(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateCorner();
    void moveToNextScreen();

    WeeklyReportContent m_content;
    QList<render::slides::Slide> m_slides;
    QStackedWidget *m_stack;
    QLabel *m_corner;
    QWidget *m_black;
    QTimer *m_advance;
    int m_advanceSeconds;
};

} // namespace costboard::ui
