// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/serverpasswords.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <spdlog/spdlog.h>

namespace costboard::ui::serverpasswords {
namespace {

const QString service = QStringLiteral("CostBoard");
// A keychain that does not answer (a locked wallet nobody unlocks) must not hang the window.
constexpr int waitMilliseconds = 5000;

// Runs `job` (made with new) to its end; false when it failed or took too long. Never the
// insecure fallback (a plain-text file): a password is in the keychain or nowhere. A job that
// does not answer in time deletes itself once it does; `reason` says why it failed.
bool run(QKeychain::Job *job, QString &reason)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    const QMetaObject::Connection connection
        = QObject::connect(job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
              finished = true;
              loop.quit();
          });
    QTimer::singleShot(waitMilliseconds, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    QObject::disconnect(connection);
    if (!finished) {
        job->setAutoDelete(true);
        reason = QStringLiteral("the keychain did not answer");
        return false;
    }
    reason = job->error() == QKeychain::NoError ? QString() : job->errorString();
    return job->error() == QKeychain::NoError;
}

} // namespace

QString read(const QString &serverUrl)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(serverUrl);
    QString reason;
    if (!run(job, reason)) {
        spdlog::info("no password from the keychain for {}: {}", serverUrl.toStdString(),
                     reason.toStdString());
        if (!job->autoDelete())
            delete job;
        return QString();
    }
    QString password = job->textData();
    delete job;
    return password;
}

QString store(const QString &serverUrl, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(serverUrl);
    job->setTextData(password);
    QString reason;
    const bool stored = run(job, reason);
    if (!job->autoDelete())
        delete job;
    if (!stored) {
        spdlog::warn("the keychain did not keep the password of {}: {}", serverUrl.toStdString(),
                     reason.toStdString());
        return reason;
    }
    spdlog::info("password of {} kept in the keychain", serverUrl.toStdString());
    return QString();
}

void forget(const QString &serverUrl)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(serverUrl);
    QString reason;
    run(job, reason);
    if (!job->autoDelete())
        delete job;
}

} // namespace costboard::ui::serverpasswords
