// SPDX-License-Identifier: GPL-3.0-or-later
// The man page is written by hand; these checks keep it in step with what the program says about
// itself: every command and every option `--help` names must be described in packaging/costboard.1.
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QString helpOf(const QString &executable)
{
    QProcess process;
    process.start(executable, { QStringLiteral("--help") });
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// roff writes a minus as "\-": read the page as a person sees it.
QString manPageText()
{
    QFile file(QStringLiteral(COSTBOARD_MAN_PAGE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

QSet<QString> optionsNamedIn(const QString &text)
{
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*[a-z]"));
    for (const QRegularExpressionMatch &match : option.globalMatch(text))
        options.insert(match.captured());
    return options;
}

// A usage line, "  costboard demo --db FILE ..." or "  costboard-cli demo ...", names the command
// "demo" (a sentence that starts with "costboard-cli runs ..." at the margin does not).
QSet<QString> commandsNamedIn(const QString &help)
{
    QSet<QString> commands;
    static const QRegularExpression usage(QStringLiteral("^  costboard(?:-cli)? ([a-z]+)\\b"),
                                          QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &match : usage.globalMatch(help))
        commands.insert(match.captured(1));
    return commands;
}

} // namespace

class TestManPage final : public QObject
{
    Q_OBJECT

private slots:
    void describesEveryOptionOfTheHelp_data();
    void describesEveryOptionOfTheHelp();
    void describesEveryCommandOfTheHelp_data();
    void describesEveryCommandOfTheHelp();
    void namesTheExitCodes();
};

void TestManPage::describesEveryOptionOfTheHelp_data()
{
    QTest::addColumn<QString>("executable");
    QTest::newRow("costboard") << QStringLiteral(COSTBOARD_EXECUTABLE);
#ifdef COSTBOARD_CLI_EXECUTABLE
    QTest::newRow("costboard-cli") << QStringLiteral(COSTBOARD_CLI_EXECUTABLE);
#endif
}

void TestManPage::describesEveryOptionOfTheHelp()
{
    QFETCH(QString, executable);
    const QString help = helpOf(executable);
    QVERIFY2(!help.isEmpty(), qPrintable(executable + QStringLiteral(" --help failed")));
    const QSet<QString> options = optionsNamedIn(help);
    QVERIFY2(options.size() >= 20,
             qPrintable(QStringLiteral("only %1 options found in the help").arg(options.size())));
    const QString page = manPageText();
    QVERIFY(!page.isEmpty());
    const QSet<QString> described = optionsNamedIn(page);
    QStringList missing;
    for (const QString &option : options) {
        if (!described.contains(option))
            missing << option;
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in costboard.1: ") + missing.join(u' ')));
}

void TestManPage::describesEveryCommandOfTheHelp_data()
{
    describesEveryOptionOfTheHelp_data();
}

void TestManPage::describesEveryCommandOfTheHelp()
{
    QFETCH(QString, executable);
    const QSet<QString> commands = commandsNamedIn(helpOf(executable));
    QVERIFY2(commands.contains(QStringLiteral("snapshot")),
             qPrintable(QStringList(commands.values()).join(u' ')));
    const QString page = manPageText();
    for (const QString &command : commands) {
        // Each command has its entry under COMMANDS and its line in the SYNOPSIS.
        QVERIFY2(page.contains(QStringLiteral("\n.B ") + command + u'\n'),
                 qPrintable(QStringLiteral("no COMMANDS entry for ") + command));
        QVERIFY2(page.contains(QStringLiteral("\n.B costboard ") + command),
                 qPrintable(QStringLiteral("no SYNOPSIS line for ") + command));
    }
}

void TestManPage::namesTheExitCodes()
{
    const QString page = manPageText();
    const qsizetype section = page.indexOf(QStringLiteral("\n.SH EXIT STATUS\n"));
    QVERIFY(section >= 0);
    const QString exitStatus
        = page.mid(section, page.indexOf(QStringLiteral("\n.SH "), section + 1) - section);
    for (int code = 0; code <= 3; ++code)
        QVERIFY2(exitStatus.contains(QStringLiteral("\n.B %1\n").arg(code)),
                 qPrintable(QString::number(code)));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
