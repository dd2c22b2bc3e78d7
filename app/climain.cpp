// SPDX-License-Identifier: GPL-3.0-or-later
// costboard-cli: the commands that draw nothing, for servers without display libraries. It links
// QtCore and QtSql only (no Gui, no Widgets), like qBittorrent's -nox build.
#include "commandline.h"
#include "commands.h"

int main(int argc, char **argv)
{
    using namespace costboard::cli;
    const Invocation invocation = parseFor(Program::CommandLineOnly, argumentsOf(argc, argv));
    if (const int code = answerWithoutRunning(argc, argv, invocation, Program::CommandLineOnly); code >= 0)
        return code;
    return runHeadless(argc, argv, invocation);
}
