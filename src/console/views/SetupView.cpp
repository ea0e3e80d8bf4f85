#include "views/SetupView.h"

#include "data/ConsoleDataService.h"
#include "domain/EngineMessage.h"
#include "models/ConsoleRoles.h"
#include "models/DisplayFormat.h"
#include "models/LogRecords.h"
#include "models/RecordTableModel.h"
#include "pipeline/ConfigEditor.h"
#include "secrets/SecretRemoval.h"
#include "storage/AuditLog.h"
#include "storage/SqlTime.h"
#include "views/RecordView.h"
#include "wizards/ConfigSaver.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace orderflow::console {
namespace {

constexpr qint64 kFeedRefreshMs = 1000;   // the feed asks for at most one read a second

using Cell = RecordTableModel::Cell;

Cell text(const QString &s, const QString &toolTip = {})
{
    return Cell{s, s, toolTip};
}

Cell time(const QString &utc)
{
    return Cell{DisplayFormat::localTime(utc), utc, utc};
}

Cell number(qint64 n)
{
    return Cell{n, n, {}};
}

bool inFuture(const QString &utc)
{
    const QDateTime t = timeFromText(utc);
    return t.isValid() && t > QDateTime::currentDateTimeUtc();
}

ConfigEntity entityOf(SetupView::Kind kind)
{
    return kind == SetupView::Kind::Source ? ConfigEntity::Source : ConfigEntity::Connection;
}

} // namespace

SetupView::SetupView(Kind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_model(new RecordTableModel(this)), m_view(new QTableView(this)), m_message(new QLabel(this))
{
    setObjectName(kind == Kind::Source ? QStringLiteral("sourcesView") : QStringLiteral("connectionsView"));
    if (kind == Kind::Connection) {
        m_model->setColumns({{tr("Name"), {}},
                             {tr("Organisation"), {}},
                             {tr("Type"), {}},
                             {tr("Status"), tr("Active, disabled, or paused (and why)")},
                             {tr("Circuit"), tr("The circuit breaker: open stops pushes to the ERP until the time shown")},
                             {tr("Last test"), tr("When the connection was last tested (here or with `orderflow test-connection`)")},
                             {tr("Test result"), {}},
                             {tr("Orders today"), tr("Orders for this connection received today"), true},
                             {tr("Failures today"), tr("Orders for this connection that failed today"), true}});
    } else {
        m_model->setColumns({{tr("Name"), {}},
                             {tr("Organisation"), {}},
                             {tr("Type"), {}},
                             {tr("Format"), {}},
                             {tr("Status"), tr("Active, disabled, or paused (and why)")},
                             {tr("Last poll"), {}},
                             {tr("Last success"), {}},
                             {tr("Last error"), {}},
                             {tr("Paused until"), tr("After repeated failures the engine waits before it polls the source again")},
                             {tr("Backlog"), tr("Files waiting at the source after the last poll"), true},
                             {tr("Orders today"), tr("Orders read from this source today"), true},
                             {tr("Failures today"), tr("Orders from this source that failed today"), true},
                             {tr("Last test"), tr("When the source was last tested (here or with `orderflow test-connection`)")},
                             {tr("Test result"), {}}});
    }
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_message->setObjectName(QStringLiteral("setupMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions();
    for (QAction *a : {action(NewAction), action(EditAction), action(RotateSecretAction), action(TestAction), action(ToggleAction), action(DeleteAction)})
        bar->addAction(a);
    if (kind == Kind::Connection)
        bar->addAction(action(ResetCircuitAction));
    m_view->addActions(bar->actions());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view);

    m_feedDue.setSingleShot(true);
    connect(&m_feedDue, &QTimer::timeout, this, &SetupView::refresh);
    m_clockDue.setSingleShot(true);
    connect(&m_clockDue, &QTimer::timeout, this, &SetupView::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SetupView::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, &SetupView::editCurrent);
    updateActions();
}

SetupView::~SetupView() = default;

void SetupView::createActions()
{
    const bool source = m_kind == Kind::Source;
    auto add = [this](ActionId id, const QString &name, const QString &text, const QString &tip, void (SetupView::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(id, a);
    };
    auto *newAction = new QAction(source ? tr("&New source…") : tr("&New connection…"), this);
    newAction->setObjectName(QStringLiteral("setupNew"));
    connect(newAction, &QAction::triggered, this, [this] { emit newRequested(m_kind); });
    m_actions.insert(NewAction, newAction);
    add(EditAction, QStringLiteral("setupEdit"), tr("&Edit…"), tr("Open the setup wizard on the selected one"), &SetupView::editCurrent);
    add(TestAction, QStringLiteral("setupTest"), tr("&Test now"), tr("Connect and check every step now, in the background"), &SetupView::testCurrent);
    add(ToggleAction, QStringLiteral("setupToggle"), tr("&Disable"), tr("Stop or resume using the selected one"), &SetupView::toggleCurrent);
    add(DeleteAction, QStringLiteral("setupDelete"), tr("De&lete…"), tr("Delete the selected one and its secrets (refused while orders are in flight)"),
        &SetupView::confirmDelete);
    add(RotateSecretAction, QStringLiteral("setupRotateSecret"), tr("R&otate secret…"),
        tr("Type a new password, passphrase or token for the selected one; it replaces the stored one after a test"), &SetupView::rotateSecret);
    add(ResetCircuitAction, QStringLiteral("setupResetCircuit"), tr("&Reset circuit"),
        tr("Close the circuit breaker so pushes to this connection resume at once"), &SetupView::resetCircuit);
}

void SetupView::setDataService(ConsoleDataService *data)
{
    if (m_data)
        disconnect(m_data, nullptr, this, nullptr);
    m_data = data;
    m_databasePath = data ? data->databasePath() : QString();
    m_ticket = 0;
    delete m_tester;
    m_tester = nullptr;
    if (!data) {
        updateActions();
        return;
    }
    connect(data, &ConsoleDataService::setupOverviewReady, this, &SetupView::overviewRead);
    connect(data, &ConsoleDataService::feedUpdated, this, &SetupView::feedUpdated);
    connect(data, &ConsoleDataService::ready, this, [this](const QString &error) {
        if (error.isEmpty() && isVisible())
            refresh();
    });
    m_tester = new ConnectionTestService(m_databasePath, this);
    connect(m_tester, &ConnectionTestService::finished, this, [this](const ConnectionTestReport &r) {
        const QString verdict = r.cancelled ? tr("cancelled")
                                : r.ok      ? tr("passed in %1 ms").arg(r.totalMs)
                                            : tr("failed: %1").arg(translatedEngineText(r.firstError.message));
        report(tr("Test of %1: %2").arg(describe(r.id), verdict), !r.ok);
        refresh();
    });
    updateActions();
    if (isVisible())
        refresh();
}

qint64 SetupView::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->recordAt(current.row()).id.toLongLong() : 0;
}

QString SetupView::message() const
{
    return m_message->text();
}

void SetupView::refresh()
{
    m_feedDue.stop();
    if (!m_data || !m_data->isReady())
        return;
    if (m_ticket) {
        m_again = true;   // one read at a time; the latest request is answered after it
        return;
    }
    m_ticket = m_data->requestSetupOverview();
    m_lastRead.start();
}

void SetupView::overviewRead(quint64 ticket, const SetupOverview &overview)
{
    if (ticket == 0 || ticket != m_ticket)
        return;
    m_ticket = 0;
    if (overview.error.isEmpty()) {
        display(overview);
        scheduleClockRefresh(overview);
    } else {
        report(tr("Cannot read the configuration: %1").arg(translatedEngineText(overview.error)), true);
    }
    if (m_again) {
        m_again = false;
        refresh();
    }
}

void SetupView::feedUpdated(const FeedUpdate &update)
{
    if (!update.error.isEmpty() || !isVisible())
        return;   // a hidden view is read again when it is shown
    bool wanted = update.reload || (m_kind == Kind::Source ? update.sourcesChanged : update.connectionsChanged);
    // Today's orders and failures move with new orders and with orders that fail (or stop failing).
    for (qsizetype i = 0; !wanted && i < update.changes.size(); ++i) {
        const OrderStateChange &ch = update.changes.at(i);
        wanted = ch.created || ch.removed || ch.from == OrderState::Failed || ch.to == OrderState::Failed;
    }
    if (!wanted || m_feedDue.isActive())
        return;
    const qint64 since = m_lastRead.isValid() ? m_lastRead.elapsed() : kFeedRefreshMs;
    m_feedDue.start(int(std::max<qint64>(0, kFeedRefreshMs - since)));
}

void SetupView::scheduleClockRefresh(const SetupOverview &overview)
{
    if (!isVisible())
        return;   // showing it again reads it again
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime next = QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)).toUTC();   // today's counts start again
    const auto consider = [&](const QString &utc) {
        const QDateTime t = timeFromText(utc);
        if (t.isValid() && t > now && t < next)
            next = t;
    };
    for (const ConnectionOverview &c : overview.connections)
        consider(c.circuitOpenUntil);
    for (const SourceOverview &s : overview.sources)
        consider(s.row.status.pausedUntil);
    m_clockDue.start(int(std::clamp<qint64>(now.msecsTo(next) + 500, 0, std::numeric_limits<int>::max())));
}

void SetupView::display(const SetupOverview &overview)
{
    QList<RecordTableModel::Record> records;
    m_entries.clear();
    if (m_kind == Kind::Connection) {
        for (const ConnectionOverview &c : overview.connections) {
            const bool active = c.status == QLatin1String("ACTIVE");
            const bool open = c.circuitState == QLatin1String("open") && inFuture(c.circuitOpenUntil);
            QString status = !active ? tr("disabled")
                             : open  ? tr("paused: circuit open after %n failure(s)", nullptr, c.consecutiveFailures)
                                     : tr("active");
            QString circuit = c.circuitState == QLatin1String("open")        ? tr("open until %1").arg(DisplayFormat::localTime(c.circuitOpenUntil))
                              : c.circuitState == QLatin1String("half_open") ? tr("half-open (trying one order)")
                                                                             : tr("closed");
            const QString result = testVerdict(c.lastTestAt, c.lastTestResult);
            RecordTableModel::Record r;
            r.id = c.id;
            r.cells = {text(c.name), text(c.orgSlug), text(c.type), text(status), text(circuit, c.circuitState), time(c.lastTestAt),
                       text(result, result), number(c.ordersToday), number(c.failuresToday)};
            if (!active)
                r.foreground = QColor(Qt::gray);
            else if (open || c.failuresToday > 0)
                r.background = LogRecords::warningBackground();
            records.append(r);
            m_entries.insert(c.id, Entry{c.orgSlug, c.name, active, c.circuitState != QLatin1String("closed") || c.consecutiveFailures > 0});
        }
    } else {
        for (const SourceOverview &s : overview.sources) {
            const SourceStatus &st = s.row.status;
            const QString result = testVerdict(s.lastTestAt, s.lastTestResult);
            const bool paused = s.row.enabled && inFuture(st.pausedUntil);
            const QString lastError = translatedEngineText(st.lastError);
            const QString status = !s.row.enabled ? tr("disabled")
                                   : paused       ? tr("paused: %1").arg(lastError.isEmpty() ? tr("repeated poll failures") : lastError)
                                                  : tr("active");
            RecordTableModel::Record r;
            r.id = s.row.sourceId;
            r.cells = {text(s.row.name), text(s.row.orgSlug), text(s.row.type), text(s.format), text(status, status), time(st.lastPollAt),
                       time(st.lastSuccessAt), text(lastError, st.lastErrorAt.isEmpty() ? QString() : DisplayFormat::localTime(st.lastErrorAt)),
                       time(paused ? st.pausedUntil : QString()), st.backlog < 0 ? Cell{QString(), -1, {}} : number(st.backlog),
                       number(s.ordersToday), number(s.failuresToday), time(s.lastTestAt), text(result, result)};
            if (!s.row.enabled)
                r.foreground = QColor(Qt::gray);
            else if (paused || s.failuresToday > 0)
                r.background = LogRecords::warningBackground();
            records.append(r);
            m_entries.insert(s.row.sourceId, Entry{s.row.orgSlug, s.row.name, s.row.enabled, false});
        }
    }
    m_model->setRecords(records);
    updateActions();
    emit refreshed(int(records.size()));
}

// "passed" or "failed: why" for a recorded test; empty when never tested.
QString SetupView::testVerdict(const QString &testedAt, const QJsonObject &result)
{
    if (testedAt.isEmpty())
        return {};
    return result.value(QStringLiteral("ok")).toBool() ? tr("passed") : tr("failed: %1").arg(translatedEngineText(result.value(QStringLiteral("error")).toString()));
}

void SetupView::updateActions()
{
    const qint64 id = currentId();
    const bool ready = !m_databasePath.isEmpty();
    const bool selected = ready && id > 0 && m_entries.contains(id);
    const Entry e = m_entries.value(id);
    action(NewAction)->setEnabled(ready);
    action(EditAction)->setEnabled(selected);
    action(RotateSecretAction)->setEnabled(selected);
    action(TestAction)->setEnabled(selected && m_tester && !m_tester->isRunning());
    action(ToggleAction)->setEnabled(selected);
    action(ToggleAction)->setText(selected && !e.enabled ? tr("&Enable") : tr("&Disable"));
    action(DeleteAction)->setEnabled(selected);
    action(ResetCircuitAction)->setEnabled(selected && m_kind == Kind::Connection && e.tripped);
}

void SetupView::report(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a03000;") : QString());
    emit actionReported(text);
}

QString SetupView::describe(qint64 id) const
{
    const Entry e = m_entries.value(id);
    const QString name = e.name.isEmpty() ? QStringLiteral("#%1").arg(id) : e.name;
    return m_kind == Kind::Source ? tr("source '%1' of %2").arg(name, e.org) : tr("connection '%1' of %2").arg(name, e.org);
}

void SetupView::editCurrent()
{
    openWizardOnCurrent(-1);
}

// Rotating a secret is the edit wizard started on its credentials page: the new value is tested, then stored under
// the reference the old one had.
void SetupView::rotateSecret()
{
    openWizardOnCurrent(SetupWizard::CredentialsPageId);
}

void SetupView::openWizardOnCurrent(int startPage)
{
    const qint64 id = currentId();
    if (!id || m_databasePath.isEmpty())
        return;
    auto opened = [this, startPage](SetupWizard *wizard) {
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        if (startPage >= 0)
            wizard->setStartId(startPage);
        connect(wizard, &SetupWizard::saved, this, [this, wizard](const QString &org, const QString &name) {
            QString text = m_kind == Kind::Source ? tr("Source %1 of %2 saved; the engine picks it up.").arg(name, org)
                                                  : tr("Connection %1 of %2 saved; the engine picks it up.").arg(name, org);
            if (!wizard->saveNote().isEmpty())
                text += QLatin1Char(' ') + wizard->saveNote();
            report(text);
            refresh();
        });
        wizard->open();
    };
    const QString path = m_databasePath;
    if (m_kind == Kind::Connection) {
        onConfigThread<Result<ConnectionRecord>>(path, this, [id](Database &db) { return ConfigRepository(db).connection(id); },
                                                 [this, path, opened](const Result<ConnectionRecord> &c) {
                                                     if (!c)
                                                         return report(tr("Cannot edit: %1").arg(translatedEngineText(c.error().message)), true);
                                                     opened(new SetupWizard(*c, path, this));
                                                 });
    } else {
        onConfigThread<Result<SourceRecord>>(path, this, [id](Database &db) { return ConfigRepository(db).source(id); },
                                             [this, path, opened](const Result<SourceRecord> &s) {
                                                 if (!s)
                                                     return report(tr("Cannot edit: %1").arg(translatedEngineText(s.error().message)), true);
                                                 opened(new SetupWizard(*s, path, this));
                                             });
    }
}

void SetupView::testCurrent()
{
    const qint64 id = currentId();
    if (!id || !m_tester || m_tester->isRunning())
        return;
    const bool source = m_kind == Kind::Source;
    onConfigThread<Result<ConnectionTestTarget>>(
        m_databasePath, this,
        [id, source](Database &db) -> Result<ConnectionTestTarget> {
            ConfigRepository repo(db);
            if (source) {
                auto s = repo.source(id);
                if (!s)
                    return s.error();
                return ConnectionTestTarget::forSource(*s);
            }
            auto c = repo.connection(id);
            if (!c)
                return c.error();
            return ConnectionTestTarget::forConnection(*c);
        },
        [this, id](const Result<ConnectionTestTarget> &target) {
            if (!target)
                return report(tr("Cannot test %1: %2").arg(describe(id), translatedEngineText(target.error().message)), true);
            if (Status started = m_tester->start(*target); !started)
                return report(tr("Cannot test %1: %2").arg(describe(id), translatedEngineText(started.error().message)), true);
            report(tr("Testing %1…").arg(describe(id)));
            updateActions();
        });
}

void SetupView::toggleCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const bool enable = !m_entries.value(id).enabled;
    const ConfigEntity entity = entityOf(m_kind);
    const QString what = describe(id);
    onConfigThread<Result<StoredEntity>>(
        m_databasePath, this, [=](Database &db) { return ConfigEditor(db, operatorName()).setEnabled(entity, id, enable); },
        [this, enable, what](const Result<StoredEntity> &changed) {
            if (!changed)
                report((enable ? tr("Cannot enable %1: %2") : tr("Cannot disable %1: %2")).arg(what, translatedEngineText(changed.error().message)), true);
            else if (enable)
                report(tr("Enabled %1.").arg(what));
            else
                report(m_kind == Kind::Source ? tr("Disabled %1; a running engine stops polling it.").arg(what)
                                              : tr("Disabled %1; its orders wait until it is enabled again.").arg(what));
            refresh();
        });
}

void SetupView::confirmDelete()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const QString what = describe(id);
    auto *box = new QMessageBox(QMessageBox::Warning, m_kind == Kind::Source ? tr("Delete source") : tr("Delete connection"),
                                tr("Delete %1? Its secrets are deleted from the credential store. This cannot be undone.").arg(what),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            deleteEntity(id);
    });
    box->open();
}

void SetupView::deleteEntity(qint64 id)
{
    const ConfigEntity entity = entityOf(m_kind);
    const QString what = describe(id);
    onConfigThread<Result<RemovedEntity>>(
        m_databasePath, this, [=](Database &db) { return ConfigEditor(db, operatorName()).remove(entity, id); },
        [this, what](const Result<RemovedEntity> &removed) {
            refresh();
            if (!removed) {
                report(tr("%1 was not deleted: %2").arg(what, translatedEngineText(removed.error().message)), true);
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Not deleted"), translatedEngineText(removed.error().message), QMessageBox::Close, this);
                box->setObjectName(QStringLiteral("deleteRefused"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            const QStringList kept = removed->sharedReferences;
            removeSecrets(removed->secretReferences, this, [this, what, kept](const SecretsRemoved &secrets) {
                QString text = tr("Deleted %1.").arg(what);
                if (!secrets.deleted.isEmpty())
                    text += QLatin1Char(' ') + tr("%n secret(s) deleted from the credential store.", nullptr, int(secrets.deleted.size()));
                if (!kept.isEmpty())
                    text += QLatin1Char(' ') + tr("Kept %1: another source or connection still uses it.").arg(kept.join(QStringLiteral(", ")));
                QStringList left;
                for (const auto &[reference, why] : secrets.left)
                    left << tr("%1 (%2; delete it once the store can be reached: orderflow secrets delete %1)").arg(reference, why);
                if (!left.isEmpty())
                    text += QLatin1Char(' ') + tr("Still in the credential store: %1").arg(left.join(QStringLiteral("; ")));
                report(text, !secrets.complete());
            });
        });
}

void SetupView::resetCircuit()
{
    const qint64 id = currentId();
    if (!id || m_kind != Kind::Connection)
        return;
    const QString what = describe(id);
    onConfigThread<Result<ConnectionRecord>>(
        m_databasePath, this, [id](Database &db) { return ConfigEditor(db, operatorName()).resetCircuit(id); },
        [this, what](const Result<ConnectionRecord> &before) {
            if (!before)
                report(tr("Cannot reset the circuit of %1: %2").arg(what, translatedEngineText(before.error().message)), true);
            else
                report(tr("Circuit of %1 reset (it was %2); pushes to it resume.").arg(what, before->circuitState));
            refresh();
        });
}

void SetupView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SetupView::hideEvent(QHideEvent *event)
{
    m_feedDue.stop();
    m_clockDue.stop();
    QWidget::hideEvent(event);
}

} // namespace orderflow::console
