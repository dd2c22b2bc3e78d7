// SPDX-License-Identifier: GPL-3.0-or-later
// costboard-cli: the commands that draw nothing, for servers without display libraries. It links
// QtCore and QtSql only (no Gui, no Widgets), like qBittorrent's -nox build.
#include <QTextStream>

#include "commandline.h"
#include "commands.h"

int main(int argc, char **argv)
{
    using namespace costboard::cli;
    Invocation invocation = parse(argumentsOf(argc, argv));
    if (invocation.mode == Mode::Gui || invocation.mode == Mode::Report) {
        invocation.mode = Mode::Error;
        invocation.errorMessage
            = QStringLiteral("costboard-cli runs demo, snapshot, alerts, import and export; "
                             "the window and the report need costboard");
    }
    if (const int code = answerWithoutRunning(invocation); code >= 0)
        return code;
    return runHeadless(argc, argv, invocation);
}
