#include "PasswordKeyring.h"

#include "Failure.h"

#include <QLoggingCategory>
#include <QPromise>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

Q_LOGGING_CATEGORY(lcKeyring, "mealdesk.keyring")

const QString service = QStringLiteral("MealDesk");

Failure failureOf(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Failure(Failure::Kind::NotFound,
                       PasswordKeyring::tr("no password is remembered for this connection"));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Failure(Failure::Kind::Permission, job.errorString());
    default:
        // QtKeychain's or D-Bus's own words, in English: after what they are about.
        return Failure(Failure::Kind::Unavailable,
                       PasswordKeyring::tr("the desktop's keyring could not be reached (%1)")
                           .arg(job.errorString()));
    }
}

// Runs `job` on the entry of `url`; once it ends, ok(job, promise) gives the result, or the
// future fails with why. QtKeychain deletes the job after its finished().
template <typename T, typename Job, typename Ok>
QFuture<T> start(Job* job, const QString& url, Ok ok)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    job->setKey(url);
    // Never QtKeychain's plain-text fallback file: without a keyring nothing is remembered.
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, promise, ok] {
        if (job->error() == QKeychain::NoError)
            ok(*job, *promise);
        else
            promise->setException(failureOf(*job));
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace

QFuture<QString> PasswordKeyring::read(const QString& url)
{
    return start<QString>(new QKeychain::ReadPasswordJob(service), url,
                          [](const QKeychain::ReadPasswordJob& job, QPromise<QString>& promise) {
                              promise.addResult(job.textData());
                          });
}

QFuture<void> PasswordKeyring::write(const QString& url, const QString& password)
{
    auto* job = new QKeychain::WritePasswordJob(service);
    job->setTextData(password);
    return start<void>(job, url, [](const QKeychain::WritePasswordJob&, QPromise<void>&) {});
}

QFuture<void> PasswordKeyring::forget(const QString& url)
{
    return start<void>(new QKeychain::DeletePasswordJob(service), url,
                       [](const QKeychain::DeletePasswordJob&, QPromise<void>&) {})
        .onFailed([url](const Failure& e) {
            if (e.kind() != Failure::Kind::NotFound)
                qCWarning(lcKeyring, "The remembered password of %s could not be deleted: %s",
                          qUtf8Printable(url), qUtf8Printable(e.message()));
        });
}
