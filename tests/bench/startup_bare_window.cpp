// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline bench_startup compares CostBoard's start-up with: a bare Qt Widgets window (a
// QMainWindow holding a label), started and grabbed the way `costboard --screenshot` is, printing
// the same figure on stderr. It links Qt Widgets and the two small files that define the figure,
// nothing of CostBoard's libraries.
//
//   startup_bare_window --screenshot FILE [--size WxH]

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTextStream>

#include "firstpaint.h"
#include "logging/processclock.h"

int main(int argc, char **argv)
{
    costboard::processclock::markMainEntered();
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype screenshotAt = arguments.indexOf(QStringLiteral("--screenshot"));
    if (screenshotAt < 0 || screenshotAt + 1 >= arguments.size()) {
        QTextStream(stderr) << "usage: startup_bare_window --screenshot FILE [--size WxH]\n";
        return 2;
    }
    const QString path = arguments.at(screenshotAt + 1);
    QSize size(1366, 768);
    if (const qsizetype sizeAt = arguments.indexOf(QStringLiteral("--size"));
        sizeAt >= 0 && sizeAt + 1 < arguments.size()) {
        const QStringList parts = arguments.at(sizeAt + 1).split(u'x');
        if (parts.size() == 2)
            size = QSize(parts.at(0).toInt(), parts.at(1).toInt());
    }

    QMainWindow window;
    auto *label = new QLabel(QStringLiteral("A bare Qt Widgets window"));
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(size);
    window.show();
    costboard::ui::whenFirstPainted(label, [&window, path](double sinceStart) {
        // The same wording as costboard --screenshot: bench_startup reads both.
        QTextStream(stderr) << "costboard: first paint " << QString::number(sinceStart, 'f', 1)
                            << " ms after process start\n";
        QApplication::exit(window.grab().save(path) ? 0 : 1);
    });
    return QApplication::exec();
}
