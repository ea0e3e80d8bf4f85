// The partner orders API (and product catalog) of tests/fixtures/partner_api.py, run as a real HTTP server on 127.0.0.1 for one test.
// Its orders, its faults and its request log are files in its own folder.
#pragma once

#include "Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

namespace orderflow::test {

class PartnerApi {
public:
    // With certFile and keyFile (ErpApiServer::makeSelfSignedCertificate) it speaks HTTPS only.
    explicit PartnerApi(QByteArray token, const QString &certFile = {}, const QString &keyFile = {})
        : m_token(std::move(token)), m_tls(!certFile.isEmpty())
    {
        QStringList args{QStringLiteral(ORDERFLOW_SOURCE_DIR "/tests/fixtures/partner_api.py"), QStringLiteral("--data"), m_dir.path(),
                         QStringLiteral("--token"), QString::fromLatin1(m_token)};
        if (m_tls)
            args << QStringLiteral("--cert") << certFile << QStringLiteral("--key") << keyFile;
        m_process.setProgram(QStringLiteral("python3"));
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(5000) || !m_process.waitForReadyRead(10000))
            qFatal("partner_api.py did not start");
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("PORT "))
            qFatal("partner_api.py said %s", line.constData());
        m_port = line.mid(5).toInt();
    }
    ~PartnerApi()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    QString url(const QString &path) const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port).arg(path);
    }

    // Orders 1..count (Workspace::order), as the partner holds them now.
    void setOrders(int count) { write(QStringLiteral("orders.json"), QJsonDocument(ordersUpTo(count))); }
    void setFaults(const QJsonArray &faults) { write(QStringLiteral("faults.json"), QJsonDocument(faults)); }
    // The product catalog at /products/ID.
    void setProducts(const QJsonObject &products) { write(QStringLiteral("products.json"), QJsonDocument(products)); }

    // Every request so far: {"t", "path", "auth", "status"}.
    QList<QJsonObject> log() const { return lines(QStringLiteral("log.jsonl")); }
    // Every order POSTed to /api/v1/orders: {"body", "idempotency_key", "auth"}.
    QList<QJsonObject> posted() const { return lines(QStringLiteral("posted.jsonl")); }

private:
    QList<QJsonObject> lines(const QString &name) const
    {
        QList<QJsonObject> out;
        QFile f(QDir(m_dir.path()).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
        }
        return out;
    }

    static QJsonArray ordersUpTo(int count)
    {
        QJsonArray orders;
        for (int i = 1; i <= count; ++i)
            orders.append(QJsonDocument::fromJson(Workspace::order(i)).object());
        return orders;
    }
    void write(const QString &name, const QJsonDocument &value) const
    {
        QSaveFile f(QDir(m_dir.path()).filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        f.write(value.toJson(QJsonDocument::Compact));
        f.commit();
    }

    QByteArray m_token;
    bool m_tls = false;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace orderflow::test
