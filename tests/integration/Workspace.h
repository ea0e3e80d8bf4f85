// A throwaway OrderFlow workspace for integration tests: a real SQLite file, a partner folder, a dropzone.
#pragma once

#include "pipeline/Engine.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace orderflow::test {

struct Workspace {
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("orderflow.db"));
    QString inbox = dir.filePath(QStringLiteral("inbox"));
    QString dropzone = dir.filePath(QStringLiteral("dropzone"));
    QString acks = dir.filePath(QStringLiteral("dropzone/ack"));
    std::unique_ptr<Database> db;

    Workspace()
    {
        QDir().mkpath(inbox);
        QDir().mkpath(acks);
        auto opened = Database::open(dbPath, QStringLiteral("test"));
        if (opened)
            db = std::move(*opened);
        else
            qFatal("cannot open test database: %s", qPrintable(opened.error().message));
    }

    // One org "acme", a folder source on the inbox, a dropzone connection; overrides merge into the defaults.
    QJsonObject config(bool autoApprove = true, const QJsonObject &connectionExtra = {}, const QJsonObject &sourceExtra = {}) const
    {
        QJsonObject connection{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("erp")},
                               {QStringLiteral("type"), QStringLiteral("DROPZONE_JSON_V1")}, {QStringLiteral("retry_base_ms"), 1},
                               {QStringLiteral("retry_max_ms"), 5},
                               {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), dropzone}, {QStringLiteral("ack_path"), acks}}}};
        for (auto it = connectionExtra.begin(); it != connectionExtra.end(); ++it)
            connection.insert(it.key(), it.value());
        QJsonObject sourceConfig{{QStringLiteral("path"), inbox}, {QStringLiteral("pattern"), QStringLiteral("*.json")}, {QStringLiteral("settle_ms"), 0}};
        for (auto it = sourceExtra.begin(); it != sourceExtra.end(); ++it)
            sourceConfig.insert(it.key(), it.value());
        return QJsonObject{
            {QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("ACME")}}}},
            {QStringLiteral("connections"), QJsonArray{connection}},
            {QStringLiteral("sources"), QJsonArray{QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("partner")},
                                                               {QStringLiteral("type"), QStringLiteral("folder")}, {QStringLiteral("format"), QStringLiteral("auto")},
                                                               {QStringLiteral("auto_approve"), autoApprove}, {QStringLiteral("config"), sourceConfig}}}},
        };
    }

    // An engine on this workspace's database that polls, processes and looks for acks quickly (tests wait less).
    EngineOptions fastEngine() const
    {
        EngineOptions options;
        options.databasePath = dbPath;
        options.ingestIntervalMs = 20;
        options.processIntervalMs = 50;
        options.ackIntervalMs = 200;
        return options;
    }

    void apply(const QJsonObject &doc)
    {
        auto r = ConfigRepository(*db).apply(doc);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }

    void drop(const QString &name, const QByteArray &content) const
    {
        QFile f(QDir(inbox).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    static QByteArray order(int id, const QString &customer = QStringLiteral("ACME Corp"), const QString &qty = QStringLiteral("3"),
                            const QString &sku = QStringLiteral("P001"))
    {
        return QStringLiteral(R"({"id": %1, "customer": "%2", "currency": "USD", "items": [{"sku": "%4", "quantity": %3, "unit_price": 10}], "submitted_at": "2025-01-01T10:30:00Z"})")
            .arg(id).arg(customer, qty, sku).toUtf8();
    }

    QStringList files(const QString &dir, const QString &pattern = QStringLiteral("*")) const
    {
        return QDir(dir).entryList({pattern}, QDir::Files, QDir::Name);
    }

    int count(const QString &sql)
    {
        QSqlQuery q(db->sql());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
};

} // namespace orderflow::test
