// `orderflow generate --count N --to DIR|http://…`: realistic partner JSON orders for demos and load tests, written
// as files into a folder (each written whole, then renamed into place) or POSTed one by one to an HTTP intake
// (`POST /api/v1/orders`, with Idempotency-Key = the order's id). The same --seed gives the same orders.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "demo/OrderGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QUrl>

#include <memory>

namespace orderflow::cli {
namespace {

int toFolder(const OrderGenerator &generator, int count, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create the folder %1; check the path and its permissions.").arg(dir));
    for (int i = 0; i < count; ++i) {
        const QJsonObject order = generator.order(i);
        const QString path = QDir(dir).filePath(order.value(QStringLiteral("id")).toString() + QStringLiteral(".json"));
        QSaveFile f(path);   // whole or not at all: a folder source never sees half an order
        if (!f.open(QIODevice::WriteOnly) || f.write(generator.orderJson(i)) < 0 || !f.commit())
            return fail(QStringLiteral("cannot write %1: %2 (%3 of %4 orders written).").arg(path, f.errorString()).arg(i).arg(count));
    }
    out() << QStringLiteral("%1 orders written to %2\n").arg(count).arg(dir);
    return Ok;
}

// Posts with at most `parallel` requests in flight, on the CLI's own event loop (QCoreApplication::exec).
int toHttp(const OrderGenerator &generator, int count, const QUrl &url, const QByteArray &token, int parallel)
{
    QNetworkAccessManager network;
    int next = 0, done = 0, failed = 0;
    QStringList firstErrors;
    std::function<void()> send = [&] {
        while (next < count && next - done < parallel) {
            const int i = next++;
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            request.setRawHeader("Idempotency-Key", generator.order(i).value(QStringLiteral("id")).toString().toUtf8());
            if (!token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + token);
            request.setTransferTimeout(30000);
            QNetworkReply *reply = network.post(request, generator.orderJson(i));
            QObject::connect(reply, &QNetworkReply::finished, &network, [&, reply, i] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status < 200 || status > 299) {
                    ++failed;
                    if (firstErrors.size() < 5)
                        firstErrors << QStringLiteral("order %1: %2").arg(i + 1).arg(
                            status == 0 ? reply->errorString() : QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(reply->read(300)).simplified()));
                }
                if (++done == count)
                    QCoreApplication::exit(0);
                else
                    send();
            });
        }
    };
    if (count == 0)
        return Ok;
    send();
    QCoreApplication::exec();
    for (const QString &e : std::as_const(firstErrors))
        err() << "orderflow: " << e << Qt::endl;
    out() << QStringLiteral("%1 orders posted to %2, %3 refused\n").arg(count - failed).arg(url.toDisplayString()).arg(failed);
    return failed == 0 ? Ok : ItemFailed;
}

int cmdGenerate(const QStringList &args)
{
    Command c(QStringLiteral("orderflow generate --count N --to DIR|URL [--seed S]: write realistic partner JSON orders into a folder, or POST "
                             "them to an HTTP intake (e.g. http://127.0.0.1:8080/api/v1/orders), for demos and load tests."),
              false);
    QCommandLineOption count(QStringLiteral("count"), QStringLiteral("How many orders."), QStringLiteral("N"));
    QCommandLineOption to(QStringLiteral("to"), QStringLiteral("A folder, or an http(s):// URL to POST each order to."), QStringLiteral("TARGET"));
    QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("The same seed gives the same orders (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    QCommandLineOption tokenEnv(QStringLiteral("token-env"), QStringLiteral("Environment variable with the bearer token for the URL (default ORDERFLOW_API_TOKEN)."),
                                QStringLiteral("VAR"), QStringLiteral("ORDERFLOW_API_TOKEN"));
    QCommandLineOption parallel(QStringLiteral("parallel"), QStringLiteral("Requests in flight at once for a URL (default 4)."), QStringLiteral("N"), QStringLiteral("4"));
    c.parser.addOptions({count, to, seed, tokenEnv, parallel});
    if (int r = c.parse(args); r >= 0)
        return r;
    bool okCount = false, okSeed = false, okParallel = false;
    const int n = c.parser.value(count).toInt(&okCount);
    const quint32 s = c.parser.value(seed).toUInt(&okSeed);
    const int p = c.parser.value(parallel).toInt(&okParallel);
    if (!okCount || n < 0)
        return fail(QStringLiteral("--count needs a number of orders (e.g. --count 100)."), Usage);
    if (!okSeed)
        return fail(QStringLiteral("--seed needs a whole number from 0 to 4294967295."), Usage);
    if (!okParallel || p < 1)
        return fail(QStringLiteral("--parallel needs a number of at least 1."), Usage);
    const QString target = c.parser.value(to);
    if (target.isEmpty())
        return fail(QStringLiteral("--to needs a folder or an http(s):// URL."), Usage);
    const OrderGenerator generator(s);
    if (target.startsWith(QLatin1String("http://")) || target.startsWith(QLatin1String("https://")))
        return toHttp(generator, n, QUrl(target), qgetenv(qPrintable(c.parser.value(tokenEnv))), p);
    return toFolder(generator, n, target);
}

} // namespace

CliCommand generateCommand()
{
    return {QStringLiteral("generate"),
            {{QStringLiteral("generate --count N --to DIR|URL"), QStringLiteral("realistic partner JSON orders (demos, load tests)")}},
            cmdGenerate};
}

} // namespace orderflow::cli
