#include "transport/SftpProbe.h"

#include "domain/Cancellation.h"
#include "domain/messages/ConnectionMessages.h"
#include "transport/FileStore.h"
#include "transport/SftpSession.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>

namespace orderflow {
namespace {

SftpProbeStep makeStep(const QString &name)
{
    SftpProbeStep step;
    step.name = name;
    return step;
}

} // namespace

QJsonObject SftpProbeReport::toJson() const
{
    QJsonArray stepArray;
    for (const SftpProbeStep &s : steps) {
        QJsonObject o{{QStringLiteral("step"), s.name}, {QStringLiteral("ok"), s.ok}, {QStringLiteral("ms"), s.ms}};
        if (!s.detail.isEmpty())
            o.insert(QStringLiteral("detail"), s.detail);
        if (!s.ok) {
            o.insert(QStringLiteral("error_code"), s.error.code);
            o.insert(QStringLiteral("error"), s.error.message);
        }
        stepArray.append(o);
    }
    QJsonObject out{{QStringLiteral("ok"), ok}, {QStringLiteral("target"), target}, {QStringLiteral("steps"), stepArray}};
    if (!fingerprint.isEmpty())
        out.insert(QStringLiteral("host_key"), QString(hostKey.type + QLatin1Char(' ') + fingerprint));
    if (!ok) {
        out.insert(QStringLiteral("error_code"), firstError.code);
        out.insert(QStringLiteral("error"), firstError.message);
    }
    return out;
}

SftpProbeReport probeSftpConnection(const QJsonObject &json, const SftpProbePaths &paths, const SftpProbeControl &control)
{
    SftpProbeReport report;
    auto done = [&](const SftpProbeStep &step) {
        report.steps.append(step);
        if (control.stepDone)
            control.stepDone(step);
    };
    auto cancelled = [&] { return control.cancellation && control.cancellation->isCancelled(); };
    auto fail = [&](SftpProbeStep step, const Error &e) {
        step.ok = false;
        // A step the cancel interrupted fails because of it, whatever the session made of the closed socket.
        step.error = cancelled() ? Error(CancelledCode, msg::CancelledDuring(step.name)) : e;
        if (report.firstError.code.isEmpty() || step.error.code == CancelledCode)
            report.firstError = step.error;
        done(step);
    };
    // Between steps: stop without starting the next one.
    auto stopped = [&] {
        if (!cancelled())
            return false;
        if (report.firstError.code != CancelledCode)
            report.firstError = Error(CancelledCode, msg::TestCancelled());
        return true;
    };

    Result<SftpConfig> config = SftpConfig::fromJson(json);
    if (!config) {
        fail(makeStep(msg::StepConfiguration()), config.error());
        return report;
    }
    report.target = config->describe();
    SftpSession session(*config);
    Cancellation::Interrupt interrupt;
    if (control.cancellation)
        interrupt = control.cancellation->onCancel([&session] { session.abort(); });
    if (stopped())
        return report;

    const Status connected = session.connect();
    const SftpConnectTimings &t = session.lastConnectTimings();
    report.hostKey = session.serverHostKey();
    if (report.hostKey.isValid())
        report.fingerprint = report.hostKey.fingerprint();
    const struct {
        QString name;
        qint64 ms;
    } connectSteps[] = {{msg::StepConnect(), t.connectMs}, {msg::StepHostKey(), t.hostKeyMs}, {msg::StepAuthenticate(), t.authMs},
                        {QStringLiteral("sftp"), t.sftpMs}};
    for (const auto &cs : connectSteps) {
        SftpProbeStep step = makeStep(cs.name);
        step.ms = cs.ms;
        if (cs.ms < 0) {
            fail(step, connected ? Error(FileError::Io, msg::NotReached()) : connected.error());
            return report;
        }
        step.ok = true;
        if (step.name == msg::StepHostKey())
            step.detail = report.hostKey.type + QLatin1Char(' ') + report.fingerprint;
        else if (step.name == msg::StepAuthenticate())
            step.detail = config->keyFile.isEmpty() ? msg::AuthByPassword() : msg::AuthByKey(config->keyFile);
        done(step);
    }

    QElapsedTimer timer;
    for (const QString &dir : paths.listDirs) {
        if (stopped())
            return report;
        SftpProbeStep step = makeStep(msg::StepList(dir));
        timer.start();
        Result<QList<SftpEntry>> listed = session.listDirectory(dir);
        step.ms = timer.elapsed();
        if (!listed) {
            fail(step, listed.error());
            continue;
        }
        qsizetype files = 0;
        for (const SftpEntry &e : std::as_const(*listed))
            files += e.type == SftpEntry::Type::File ? 1 : 0;
        step.ok = true;
        step.detail = msg::FileCount(files);
        done(step);
    }

    QStringList writeDirs;
    for (const QString &dir : paths.writeDirs) {
        if (stopped())
            return report;
        QString checked = dir;
        if (paths.createdOnDemand.contains(dir)) {
            Result<std::optional<SftpEntry>> present = session.stat(dir);
            if (present && !*present) {
                checked = parentPath(dir);
                report.notes.append(msg::CreatedOnFirstUse(dir, checked));
            }   // present, or unknown: the write step then reports what is wrong
        }
        if (!writeDirs.contains(checked))
            writeDirs.append(checked);
    }

    for (const QString &dir : std::as_const(writeDirs)) {
        if (stopped())
            return report;
        const QString name = QStringLiteral(".orderflow-probe-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        const QString tmp = joinPath(dir, name + QStringLiteral(".tmp"));
        const QString final = joinPath(dir, name);

        SftpProbeStep write = makeStep(msg::StepWrite(tmp));
        timer.start();
        Status w = session.writeFile(tmp, QByteArrayLiteral("OrderFlow connection test; safe to delete.\n"), false);
        write.ms = timer.elapsed();
        if (!w) {
            fail(write, w.error());
            continue;
        }
        write.ok = true;
        done(write);

        SftpProbeStep rename = makeStep(msg::StepRenameTo(final));
        timer.start();
        Status r = session.rename(tmp, final);
        rename.ms = timer.elapsed();
        const QString leftover = r ? final : tmp;
        if (!r)
            fail(rename, r.error());
        else {
            rename.ok = true;
            done(rename);
        }

        SftpProbeStep remove = makeStep(msg::StepRemove(leftover));
        timer.start();
        Status rm = session.removeFile(leftover);
        remove.ms = timer.elapsed();
        if (!rm) {
            fail(remove, rm.error());
            if (cancelled())
                report.notes.append(msg::CancelledBeforeRemove(leftover));
        } else {
            remove.ok = true;
            done(remove);
        }
    }
    session.disconnect();
    report.ok = report.firstError.code.isEmpty();
    return report;
}

} // namespace orderflow
