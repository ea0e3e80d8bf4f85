// Every text an operator sees is German when German is chosen (issues 10 and 11). With the German translation
// loaded, the test walks the main window over a demo workspace (every tab, the menus, a delete confirmation, the
// detail pane of an order with validation problems, of one whose push gave up and of one the ERP rejected), the
// first-run hint of an empty database, both setup wizards page by page (type, settings, credentials, test, a failing
// test, preview), the settings page of every connection and source type, and the host-key dialog for an unknown and
// for a changed key. It collects every visible text (labels, buttons, actions and their tooltips, group box titles,
// tab texts, window titles, wizard page titles, placeholder texts, combo box entries, the header data and cells of
// the shown views) and fails, listing each, on a text that is still the English source of a string in
// translations/orderflow_de.ts whose German differs (with its %1 filled in, or as a phrase inside a longer text). The
// engine's own texts (problems, errors, test steps, settings' titles and help) are in that file too: the engine
// stores them in English and the console shows them translated.
#include "ConsoleTestSupport.h"

#include "../edi/EdiTestSupport.h"
#include "../integration/Workspace.h"
#include "../secrets/SecretsTestSupport.h"
#include "app/ConsoleSession.h"
#include "app/Translations.h"
#include "config/ConfigDocumentSchema.h"
#include "config/SettingTitles.h"
#include "connectors/AckPoller.h"
#include "connectors/ErpConnector.h"
#include "domain/messages/ConnectionMessages.h"
#include "domain/messages/SourceMessages.h"
#include "domain/messages/SystemMessages.h"
#include "formats/FormatRegistry.h"
#include "models/DisplayFormat.h"
#include "pipeline/ConfigEditor.h"
#include "pipeline/Ingestor.h"
#include "pipeline/OrderProcessor.h"
#include "sources/SourceRegistry.h"
#include "storage/ConfigRepository.h"
#include "storage/ExportRepository.h"
#include "storage/SqlTime.h"
#include "transport/FileStore.h"
#include "transport/SftpWatchdog.h"
#include "views/OrderDetailPane.h"
#include "wizards/SchemaForm.h"
#include "models/OrderTableModel.h"
#include "models/RecordTableModel.h"
#include "views/MainWindow.h"
#include "views/SetupView.h"
#include "wizards/HostKeyDialog.h"
#include "WizardTestSupport.h"
#include "wizards/SetupWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace orderflow;
using namespace orderflow::console;
using namespace orderflow::testing;
using orderflow::test::Workspace;

using orderflow::test::child;
using orderflow::test::chooseType;
using orderflow::test::setField;

namespace {

// Visible texts that may equal an English source text because they read the same in German.
const QSet<QString> &sameInBothLanguages()
{
    static const QSet<QString> texts{QStringLiteral("OK"), QStringLiteral("PO"), QStringLiteral("SKU"), QStringLiteral("ERP"),
                                     QStringLiteral("SFTP"), QStringLiteral("ID")};
    return texts;
}

// The English source texts of translations/orderflow_de.ts whose German differs (or is missing), read from the
// source tree: a visible text that still is one of them was not translated.
class EnglishSources {
public:
    QString load(const QString &tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot open %1: %2").arg(tsPath, file.errorString());
        QXmlStreamReader xml(&file);
        QString source;
        QStringList german;
        bool unfinished = false;
        bool obsolete = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                source.clear();
                german.clear();
                unfinished = obsolete = false;
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                unfinished = type == QLatin1String("unfinished");
                obsolete = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                if (!obsolete) {
                    // Plain text, or <numerusform> children (readElementText would drop those).
                    while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                        xml.readNext();
                        if (xml.isCharacters() && !xml.isWhitespace())
                            german << xml.text().toString();
                    }
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (!obsolete && (unfinished || german.isEmpty() || !german.contains(source)))
                    add(source);
                if (!obsolete && (unfinished || german.isEmpty()))
                    m_untranslated << source;
                if (!obsolete && !unfinished)
                    m_german += QSet<QString>(german.begin(), german.end());
            }
        }
        if (xml.hasError())
            return QStringLiteral("%1: %2").arg(tsPath, xml.errorString());
        return QString();
    }

    int size() const { return int(m_exact.size()); }
    QStringList untranslated() const { return m_untranslated; }

    // The English source `text` is: all of it, with its placeholders filled in, or a phrase of it; empty if none.
    QString match(const QString &text) const
    {
        if (m_german.contains(text))
            return QString();   // "Test" is English in one place and the German of "Test" in another
        if (m_exact.contains(text))
            return text;
        for (const auto &[pattern, source] : m_patterns) {
            if (pattern.match(text).hasMatch())
                return source;
        }
        return QString();
    }

private:
    void add(const QString &source)
    {
        m_exact.insert(source);
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        const QStringList literals = source.split(placeholder);
        const QString letters = literals.join(QString()).simplified();
        const int words = int(letters.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        if (literals.size() == 1 && words < 3)
            return;   // a short text without placeholders: only the exact text counts
        int letterCount = 0;
        for (QChar c : letters)
            letterCount += c.isLetter() ? 1 : 0;
        if (letterCount < 3)
            return;   // "%1 (%2)" and the like would match anything
        QStringList escaped;
        for (const QString &l : literals)
            escaped << QRegularExpression::escape(l);
        // Several words: found inside a longer text too (the dashboard joins sentences); else the whole text.
        QString expr = escaped.join(QStringLiteral(".+?"));
        if (words < 2)
            expr = QStringLiteral("^") + expr + QStringLiteral("$");
        m_patterns.append({QRegularExpression(expr, QRegularExpression::DotMatchesEverythingOption), source});
    }

    QSet<QString> m_exact;
    QSet<QString> m_german;
    QStringList m_untranslated;
    QList<QPair<QRegularExpression, QString>> m_patterns;
};

// Every text the operator can see in a window (and its menus), with where it was seen.
class VisibleTexts {
public:
    void collect(QWidget *root, const QString &scene)
    {
        QList<QWidget *> widgets{root};
        widgets += root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible())
                continue;
            const QString where = scene + QStringLiteral(": ") + QLatin1String(w->metaObject()->className())
                                  + (w->objectName().isEmpty() ? QString() : QStringLiteral("#") + w->objectName());
            add(w->toolTip(), where);
            if (w->isWindow())
                add(w->windowTitle(), where);
            if (auto *label = qobject_cast<QLabel *>(w)) {
                add(label->text(), where);
                // A settings field's label: "Title (key) *:", its title translated (the key is the configuration's word).
                if (label->buddy() && label->buddy()->objectName().startsWith(QLatin1String("field_"))) {
                    const QString text = label->text();
                    add(text.left(text.lastIndexOf(QLatin1String(" ("))), where);
                }
            }
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(button->text(), where);
            if (auto *box = qobject_cast<QGroupBox *>(w))
                add(box->title(), where);
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                add(edit->placeholderText(), where);
            if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    add(combo->itemText(i), where);
            }
            if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    add(tabs->tabText(i), where);
                    add(tabs->tabToolTip(i), where);
                }
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
                const QAbstractItemModel *model = view->model();
                for (int c = 0; c < model->columnCount(); ++c) {
                    add(model->headerData(c, Qt::Horizontal).toString(), where);
                    add(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(), where);
                }
                // The cells too: states, outcomes, problems and errors are the engine's words shown in a table.
                if (!qobject_cast<QTreeWidget *>(w) && !qobject_cast<QListWidget *>(w)) {
                    for (int r = 0; r < std::min(model->rowCount(), 100); ++r) {
                        for (int c = 0; c < model->columnCount(); ++c)
                            add(model->index(r, c).data().toString(), where);
                    }
                }
            }
            if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
                for (int i = 0; i < tree->topLevelItemCount(); ++i)
                    item(tree->topLevelItem(i), where);
            }
            if (auto *list = qobject_cast<QListWidget *>(w)) {
                for (int i = 0; i < list->count(); ++i) {
                    add(list->item(i)->text(), where);
                    add(list->item(i)->toolTip(), where);
                }
            }
            if (auto *wizard = qobject_cast<QWizard *>(w); wizard && wizard->currentPage()) {
                add(wizard->currentPage()->title(), where);
                add(wizard->currentPage()->subTitle(), where);
            }
            for (QAction *a : w->actions())
                action(a, where);
            if (auto *window = qobject_cast<QMainWindow *>(w)) {
                for (QAction *menu : window->menuBar()->actions())
                    action(menu, scene + QStringLiteral(": menu"));
                add(window->statusBar()->currentMessage(), scene + QStringLiteral(": status bar"));
            }
        }
    }

    bool contains(const QString &text) const
    {
        return std::any_of(m_seen.begin(), m_seen.end(), [&](const auto &seen) { return seen.first == text; });
    }
    bool containsPart(const QString &part) const
    {
        return std::any_of(m_seen.begin(), m_seen.end(), [&](const auto &seen) { return seen.first.contains(part); });
    }
    int size() const { return int(m_seen.size()); }

    // ""text" (English source "…") at where" for each text that is still English, once, where it was seen first.
    QStringList english(const EnglishSources &sources) const
    {
        QStringList found;
        QSet<QString> reported;
        for (const auto &[text, where] : m_seen) {
            if (sameInBothLanguages().contains(text) || reported.contains(text))
                continue;
            const QString source = sources.match(text);
            if (source.isEmpty())
                continue;
            reported.insert(text);
            found << QStringLiteral("\"%1\"%2 at %3").arg(text, source == text ? QString() : QStringLiteral(" (English source \"%1\")").arg(source), where);
        }
        return found;
    }

private:
    void add(const QString &text, const QString &where)
    {
        if (!text.trimmed().isEmpty() && !m_seen.contains(QPair<QString, QString>(text, where)))
            m_seen.append({text, where});
    }

    void action(QAction *a, const QString &where)
    {
        if (!a->isVisible() || a->isSeparator())
            return;
        add(a->text(), where);
        add(a->toolTip(), where);
        if (QMenu *menu = a->menu()) {
            for (QAction *sub : menu->actions())
                action(sub, where + QStringLiteral(" ▸ ") + a->text());
        }
    }

    void item(QTreeWidgetItem *item, const QString &where)
    {
        for (int c = 0; c < item->columnCount(); ++c) {
            add(item->text(c), where);
            add(item->toolTip(c), where);
        }
        for (int i = 0; i < item->childCount(); ++i)
            this->item(item->child(i), where);
    }

    QList<QPair<QString, QString>> m_seen;
};



// What the engine writes when it meets a partner's mistakes, a dropzone it cannot write and an ERP that says no, done
// by the engine's own parts (ingest and validation, the file store, the ack poller), so the stored texts are the
// ones an operator gets: an order with validation problems, a file that is not JSON, a push attempt that gave up,
// an acknowledgement that rejects a delivered order. Returns what went wrong, empty when all is in place.
// A partner's broken X12 850 (a quantity with a decimal comma, a wrong SE01) and a broken EDIFACT ORDERS (the same
// quantity, a wrong UNZ count): the readers reject both, and their errors are what the inbound table shows.
QByteArray brokenX12()
{
    return edi_test::isa() + "GS*PO*SENDERID*RECEIVERID*20240102*1200*1*X*004010~ST*850*0001~BEG*00*SA*PO-X12-BAD**20240102~"
                             "PO1*1*1,5*EA*2.50**VP*SKU-1~CTT*1~SE*7*0001~GE*1*1~IEA*1*000000905~";
}

QByteArray brokenEdifact()
{
    return "UNB+UNOC:3+SENDER:14+RECEIVER:14+240102:1200+REF1'UNH+M1+ORDERS:D:96A:UN'BGM+220+PO-EDI-BAD+9'"
           "DTM+137:20240102:102'LIN+1++SKU-1:SA'QTY+21:1,5'UNT+6+M1'UNZ+2+REF1'";
}

QString seedEngineTexts(Database &db)
{
    ConfigRepository config(db);
    auto sources = config.sources();
    auto connections = config.connections();
    if (!sources || sources->isEmpty() || !connections || connections->isEmpty())
        return QStringLiteral("the demo workspace has no source or connection");
    const SourceRecord source = sources->first();
    const ConnectionRecord connection = connections->first();
    Ingestor ingestor(db);
    OrderStateChanges changes;
    auto bad = ingestor.ingestDocument(source, QStringLiteral("problems.json"),
                                       R"({"id": "PO-BAD-1", "customer": "Initech", "currency": "XXQ",
                                           "items": [{"sku": "NOPE-1", "quantity": 0, "unit_price": -1}, {"sku": "P001"}]})",
                                       &changes, false);
    if (!bad)
        return bad.error().message;
    auto broken = ingestor.ingestDocument(source, QStringLiteral("broken.json"), QByteArrayLiteral("[{\"id\": 1,"), &changes, false);
    if (!broken)
        return broken.error().message;
    for (const auto &[name, content] : {std::pair{QStringLiteral("orders-bad.x12"), brokenX12()}, std::pair{QStringLiteral("orders-bad.edi"), brokenEdifact()}}) {
        auto rejected = ingestor.ingestDocument(source, name, content, &changes, false);
        if (!rejected)
            return rejected.error().message;
        if (rejected->orders != 0 || rejected->errors.isEmpty())
            return QStringLiteral("%1 was not rejected: %2 order(s)").arg(name).arg(rejected->orders);
    }
    if (auto processed = OrderProcessor(db).processBatch(50); !processed)
        return processed.error().message;

    // A push that gave up: the dropzone's folder is gone.
    auto store = createFileStore(QJsonObject{{QStringLiteral("mode"), QStringLiteral("filesystem")}});
    if (!store)
        return store.error().message;
    const Status written = (*store)->writeAtomic(QStringLiteral("/nonexistent-orderflow-dropzone/sales_order_1.json"), "{}", false);
    if (written)
        return QStringLiteral("writing into a missing folder worked");
    const QList<SeededOrder> seeded = seedOrders(db, 2, [](int i) { return i == 0 ? OrderState::Failed : OrderState::Sent; }, 80001);
    ExportRepository exports(db);
    const auto exportOf = [&](const QString &orderId, const QString &key, const QString &fileName) {
        ExportRecord e;
        e.orgId = connection.orgId;
        e.orderId = orderId;
        e.connectionId = connection.id;
        e.idempotencyKey = key;
        e.fileName = fileName;
        return e;
    };
    ExportRecord failed = exportOf(seeded.at(0).id, QStringLiteral("k-gave-up"), QStringLiteral("sales_order_1.json"));
    if (Status s = exports.create(failed); !s)
        return s.error().message;
    PushLogRecord attempt;
    attempt.orgId = connection.orgId;
    attempt.exportId = failed.id;
    attempt.orderId = failed.orderId;
    attempt.connectionId = connection.id;
    attempt.attempt = 4;
    attempt.idempotencyKey = failed.idempotencyKey;
    attempt.startedAt = attempt.finishedAt = nowText();
    attempt.outcome = QStringLiteral("permanent");
    attempt.error = msg::GaveUpAfter(4, written.error().message);   // as PushService records it
    if (Status s = exports.logAttempt(attempt); !s)
        return s.error().message;

    // A delivered order the ERP rejects in its answer file.
    ExportRecord sent = exportOf(seeded.at(1).id, QStringLiteral("k-rejected"), QStringLiteral("sales_order_2.json"));
    if (Status s = exports.create(sent); !s)
        return s.error().message;
    if (Status s = exports.markSent(sent.id); !s)
        return s.error().message;
    const QString ackDir = dropzoneAckPath(connection.config);
    if (!QDir().mkpath(ackDir))
        return QStringLiteral("cannot create ") + ackDir;
    QFile answer(ackDir + QStringLiteral("/error_") + sent.fileName);
    if (!answer.open(QIODevice::WriteOnly))
        return answer.errorString();
    answer.write(R"({"status": "FAILED", "error_code": "credit_hold", "message": "customer on credit hold"})");
    answer.close();
    auto acks = AckPoller(db).poll(connection, **store, ackDir);
    if (!acks)
        return acks.error().message;
    if (acks->processed != 1)
        return QStringLiteral("the rejection was not applied: %1").arg(acks->problems.join(QLatin1Char(' ')));
    return {};
}

HostPublicKey randomKey()
{
    QByteArray blob(51, Qt::Uninitialized);
    for (char &c : blob)
        c = char(QRandomGenerator::global()->bounded(256));
    return HostPublicKey{QStringLiteral("ssh-ed25519"), blob};
}

} // namespace

class TestConsoleGerman : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyStringIsTranslated();
    void firstRunHint();
    void mainWindowEveryTabAndMenu();
    void connectionWizardPages();
    void sourceWizardPages();
    void settingsPageOfEveryType();
    void hostKeyDialogUnknownAndChanged();
    void engineRefusalsReadInGerman();
    void ediReaderErrorsReadInGerman();
    void localFolderErrorsWithSpacesReadInGerman();

private:
    void expectGerman(const VisibleTexts &texts);
    std::unique_ptr<Workspace> workspaceWithOrg();

    QTemporaryDir m_tmp;
    EnglishSources m_english;
    VisibleTexts m_texts;
};

void TestConsoleGerman::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    test::useEncryptedFileStore(m_tmp.filePath(QStringLiteral("secrets.enc")));
    qputenv("ORDERFLOW_KNOWN_HOSTS", QFile::encodeName(m_tmp.filePath(QStringLiteral("known_hosts"))));
    QCOMPARE(installTranslations(qApp, QStringLiteral("de")), QStringLiteral("de"));
    // The strings of today's sources: lupdate (as `make update_translations` runs it) over a copy of the German file,
    // so a tr() string that never reached the .ts counts as English too.
    const QString ts = m_tmp.filePath(QStringLiteral("orderflow_de.ts"));
    QVERIFY(QFile::copy(QStringLiteral(ORDERFLOW_SOURCE_DIR "/translations/orderflow_de.ts"), ts));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    // The engine's texts count too: its message catalogue (context "engine") and the settings' titles and help ("config").
    lupdate.start(QStringLiteral(ORDERFLOW_LUPDATE), {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                                                      QStringLiteral(ORDERFLOW_SOURCE_DIR "/src"), QStringLiteral(ORDERFLOW_SOURCE_DIR "/ui"),
                                                      QStringLiteral("-ts"), ts});
    QVERIFY2(lupdate.waitForFinished(60000) && lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QStringLiteral(ORDERFLOW_LUPDATE ": ") + lupdate.errorString() + QLatin1Char('\n') + QString::fromLocal8Bit(lupdate.readAll())));
    const QString error = m_english.load(ts);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_english.size() > 300, qPrintable(QString::number(m_english.size())));
    // The check itself: an English source text is found, alone, filled in and inside a longer text; German is not.
    QVERIFY(!m_english.match(QStringLiteral("&Refresh")).isEmpty());
    QVERIFY(!m_english.match(QStringLiteral("Test of source 'x' of acme: passed")).isEmpty());
    QVERIFY(!m_english.match(QStringLiteral("Waiting for a person: 3 order(s) (3 Review); 0 …")).isEmpty());
    QVERIFY(m_english.match(QStringLiteral("&Aktualisieren")).isEmpty());
}

void TestConsoleGerman::init()
{
    m_texts = VisibleTexts();
}

void TestConsoleGerman::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w))
            w->close();
    }
}

void TestConsoleGerman::expectGerman(const VisibleTexts &texts)
{
    const QStringList english = texts.english(m_english);
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 visible text(s) still English:\n  ").arg(english.size())
                                           + english.join(QStringLiteral("\n  "))));
}

// Strings no walk reaches (error messages, rare states) too: every string of today's sources has a finished German text.
void TestConsoleGerman::everyStringIsTranslated()
{
    QVERIFY2(m_english.untranslated().isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) without a finished German translation (run `lupdate -locations none -no-obsolete src ui "
                                       "-ts translations/orderflow_de.ts`, then translate it):\n  ").arg(m_english.untranslated().size())
                        + m_english.untranslated().join(QStringLiteral("\n  "))));
    // The engine's catalogue: every message's German keeps its placeholders, and a rendering reads back in German.
    static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
    QStringList mismatched;
    for (const EngineMessage *m : EngineMessage::catalogue()) {
        const QString english = QString::fromUtf8(m->source());
        const QString german = QCoreApplication::translate("engine", m->source());
        QStringList a, b;
        for (const auto &match : placeholder.globalMatch(english))
            a << match.captured();
        for (const auto &match : placeholder.globalMatch(german))
            b << match.captured();
        a.removeDuplicates();
        b.removeDuplicates();
        a.sort();
        b.sort();
        if (a != b)
            mismatched << english + QStringLiteral(" → ") + german;
    }
    QVERIFY2(mismatched.isEmpty(), qPrintable(mismatched.join(QLatin1Char('\n'))));
    QVERIFY(EngineMessage::catalogue().size() > 200);
    QCOMPARE(translatedEngineText(msg::GaveUpAfter(3, msg::DirectoryMissing(QStringLiteral("/in")))),
             QStringLiteral("aufgegeben nach 3 Versuchen: Verzeichnis /in existiert nicht. Legen Sie es an oder korrigieren Sie den Pfad in der Konfiguration."));
    QCOMPARE(translatedEngineText(QStringLiteral("a remote server's own words")), QStringLiteral("a remote server's own words"));
}

std::unique_ptr<Workspace> TestConsoleGerman::workspaceWithOrg()
{
    auto ws = std::make_unique<Workspace>();
    ws->apply(QJsonObject{{QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")},
                                                                        {QStringLiteral("name"), QStringLiteral("ACME")}}}}});
    return ws;
}

void TestConsoleGerman::mainWindowEveryTabAndMenu()
{
    QTemporaryDir dir;
    const DemoPaths paths = demoPaths(dir.filePath(QStringLiteral("ws")));
    {
        auto db = openDemoDatabase(paths);
        seedOrders(*db, 3, [](int) { return OrderState::Review; }, 70001);   // so the Review queue has orders to show
        const QString seeded = seedEngineTexts(*db);
        QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
    }
    SessionOptions options;
    options.databasePath = paths.database;
    auto *session = new ConsoleSession(options, this);
    auto *window = new MainWindow(session);
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QSignalSpy ready(session, &ConsoleSession::ready);
    session->start();
    QTRY_COMPARE(ready.size(), 1);

    // Orders: an order selected, so the detail pane shows its tabs and fields.
    window->selectQueue(OrderState::Review);
    QTRY_VERIFY(window->orderModel()->rowCount() > 0);
    window->orderView()->selectRow(0);
    QTest::qWait(300);
    m_texts.collect(window, QStringLiteral("Orders"));
    // The engine's words in the detail pane, tab by tab: an invalid order's problems, a failed push and the order
    // the ERP rejected (its history says why).
    auto *pane = window->findChild<OrderDetailPane *>();
    QVERIFY(pane);
    auto *detailTabs = pane->findChild<QTabWidget *>();
    QVERIFY(detailTabs);
    for (const OrderState state : {OrderState::Invalid, OrderState::Failed}) {
        window->selectQueue(state);
        QTRY_VERIFY(window->orderModel()->rowCount() > 0);
        for (int row = 0; row < window->orderModel()->rowCount(); ++row) {
            window->orderView()->selectRow(row);
            QTest::qWait(300);
            for (int i = 0; i < detailTabs->count(); ++i) {
                detailTabs->setCurrentIndex(i);
                QTest::qWait(100);
                m_texts.collect(window, QStringLiteral("%1 order %2, %3").arg(stateName(state)).arg(row).arg(detailTabs->tabText(i)));
            }
        }
    }
    window->selectQueue(OrderState::Review);
    QTRY_VERIFY(window->orderModel()->rowCount() > 0);
    auto *tabs = child<QTabWidget>(window, "viewTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(300);   // the view reads its rows in the background
        m_texts.collect(window, tabs->tabText(i));
    }
    // A problem an engine worker reports (a partner's 997 that cannot be delivered to a missing folder), in the
    // status bar, written as the outbox writes it.
    {
        auto store = createFileStore(QJsonObject{{QStringLiteral("mode"), QStringLiteral("filesystem")}});
        QVERIFY(store);
        const Status written = (*store)->writeAtomic(QStringLiteral("/nonexistent orderflow acks/997_SENDER_905.x12"), "ISA", false);
        QVERIFY(!written);
        const QString failure = msg::AckCannotDeliver(QStringLiteral("997"), QStringLiteral("997_SENDER_905.x12"), QStringLiteral("po-905.x12"), 12,
                                                      QStringLiteral("inbox"), QStringLiteral("acme"), msg::AckTo(QStringLiteral("/nonexistent orderflow acks")),
                                                      written.error().message,
                                                      msg::AckNextAttempt(msg::AckNeedsPerson(), 3, QStringLiteral("2026-11-30 10:00:00")));
        emit session->engineProblem(QStringLiteral("outbox"), failure);
        m_texts.collect(window, QStringLiteral("Engine problem"));
        const QString shown = window->statusBar()->currentMessage();
        QVERIFY2(shown.startsWith(QStringLiteral("Verarbeitung (Postausgang für 997/CONTRL): ")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("997-Bestätigung 997_SENDER_905.x12 (für po-905.x12, Eingangsnachricht 12) von Quelle 'inbox' "
                                               "(Organisation acme) nicht zustellbar nach /nonexistent orderflow acks: "))
                     && shown.contains(QStringLiteral("Versuch 3; nächster Versuch um 2026-11-30 10:00:00.")),
                 qPrintable(failure + QStringLiteral("\n → ") + shown));
    }
    // Sources: a row selected, and the delete confirmation (answered No).
    child<QAction>(window, "actionShowSources")->trigger();
    SetupView *sources = window->sourcesView();
    QTRY_VERIFY(sources->model()->rowCount() > 0);
    sources->view()->setCurrentIndex(sources->model()->index(0, 0));
    m_texts.collect(window, QStringLiteral("Sources, selected"));
    sources->action(SetupView::DeleteAction)->trigger();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = window->findChild<QMessageBox *>(QStringLiteral("confirmDelete"))) && confirm->isVisible());
    m_texts.collect(confirm, QStringLiteral("Delete source"));
    confirm->reject();
    child<QAction>(window, "actionShowOrders")->trigger();   // the next window starts on the Orders tab again

    delete window;
    session->shutdown();
    delete session;
    expectGerman(m_texts);
    QVERIFY2(m_texts.contains(QStringLiteral("&Aktualisieren")), "the menus were not walked");
    QVERIFY2(m_texts.contains(QStringLiteral("Verbindungen")), "the tabs were not walked");
    // The engine's texts were there to be seen, in German.
    for (const QString &german : {QStringLiteral("Währung 'XXQ' ist kein bekannter ISO-4217-Code."),
                                  QStringLiteral("Das ERP hat die Bestellung abgelehnt: customer on credit hold (credit_hold)"),
                                  QStringLiteral("Position 1: Menge 0 ist nicht positiv.")})
        QVERIFY2(m_texts.contains(german), qPrintable(german));
    QVERIFY2(m_texts.containsPart(QStringLiteral("aufgegeben nach 4 Versuchen: Schreiben von /nonexistent-orderflow-dropzone/")),
             "the failed push attempt was not shown in German");
    QVERIFY2(m_texts.containsPart(QStringLiteral("broken.json:")) && m_texts.containsPart(QStringLiteral("Kein gültiges JSON")),
             "the parse error was not shown in German");
    // The X12 and EDIFACT readers' own words for a rejected file, where and what, in the inbound table.
    for (const QString &german : {QStringLiteral("orders-bad.x12 (Übertragungsdatei 000000905, Segment 5 (PO1), Byte "),
                                  QStringLiteral("PO102: Transaktionssatz 0001 (850): die bestellte Menge als Zahl erwartet, gefunden: '1,5': "),
                                  QStringLiteral("orders-bad.edi (Übertragungsdatei REF1, Segment 6 (QTY), Byte "),
                                  QStringLiteral("Nachricht M1 (ORDERS): die bestellte Menge als Zahl erwartet, gefunden: '1,5': "),
                                  QStringLiteral("ist nicht das Dezimalzeichen")})
        QVERIFY2(m_texts.containsPart(german), qPrintable(QStringLiteral("not shown: ") + german));
    QVERIFY(m_texts.size() > 100);
}

void TestConsoleGerman::firstRunHint()
{
    QTemporaryDir dir;
    SessionOptions options;
    options.databasePath = dir.filePath(QStringLiteral("empty.db"));
    options.create = true;
    options.runEngine = false;
    auto *session = new ConsoleSession(options, this);
    auto *window = new MainWindow(session);
    window->show();
    QSignalSpy ready(session, &ConsoleSession::ready);
    session->start();
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toString(), QString());
    child<QAction>(window, "actionShowOrders")->trigger();   // the window may restore another tab
    QTRY_VERIFY(window->firstRunHint()->isVisible());
    m_texts.collect(window, QStringLiteral("First run"));
    delete window;
    session->shutdown();
    delete session;
    expectGerman(m_texts);
    QVERIFY(m_texts.contains(QStringLiteral("Neue ERP-Verbindung…")));
}

void TestConsoleGerman::connectionWizardPages()
{
    auto ws = workspaceWithOrg();
    SetupWizard wizard(SetupWizard::Kind::Connection, {QStringLiteral("acme")}, ws->dbPath);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    m_texts.collect(&wizard, QStringLiteral("Connection wizard, type (empty)"));
    chooseType(wizard, QStringLiteral("bad name!"), QStringLiteral("DROPZONE_JSON_V1"));
    m_texts.collect(&wizard, QStringLiteral("Connection wizard, type (bad name)"));
    chooseType(wizard, QStringLiteral("erp"), QStringLiteral("DROPZONE_JSON_V1"));
    m_texts.collect(&wizard, QStringLiteral("Connection wizard, type"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::SettingsPageId));
    // SFTP mode: its fields, then the credentials page asks for the password and the key passphrase.
    setField(wizard, QStringLiteral("mode"), QStringLiteral("sftp"));
    setField(wizard, QStringLiteral("path"), QStringLiteral("/dropzone"));
    setField(wizard, QStringLiteral("ack_path"), QStringLiteral("/dropzone/ack"));
    setField(wizard, QStringLiteral("host"), QStringLiteral("sftp.example.invalid"));
    setField(wizard, QStringLiteral("user"), QStringLiteral("orderflow"));
    m_texts.collect(&wizard, QStringLiteral("Connection wizard, settings (SFTP)"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPageId));
    QVERIFY(wizard.findChild<QLineEdit *>(QStringLiteral("secret_password")));
    m_texts.collect(&wizard, QStringLiteral("Connection wizard, credentials (SFTP)"));
    // A folder: no credentials; the test runs by itself.
    wizard.back();
    setField(wizard, QStringLiteral("mode"), QStringLiteral("filesystem"));
    setField(wizard, QStringLiteral("path"), ws->dropzone);
    setField(wizard, QStringLiteral("ack_path"), ws->acks);
    m_texts.collect(&wizard, QStringLiteral("Connection wizard, settings"));
    wizard.next();
    m_texts.collect(&wizard, QStringLiteral("Connection wizard, credentials"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::TestPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 15000);
    m_texts.collect(&wizard, QStringLiteral("Connection wizard, test"));
    // A failing test: the dropzone's folder does not exist; the failing step and its message in German.
    wizard.back();
    wizard.back();
    setField(wizard, QStringLiteral("path"), ws->dir.filePath(QStringLiteral("no-such-dropzone")));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::TestPageId));
    auto *verdict = child<QLabel>(&wizard, "verdictLabel");
    QTRY_VERIFY_WITH_TIMEOUT(verdict->text().contains(QLatin1String("no-such-dropzone")), 15000);
    m_texts.collect(&wizard, QStringLiteral("Connection wizard, failing test"));
    QVERIFY2(m_texts.containsPart(QStringLiteral("existiert nicht")), qPrintable(verdict->text()));
    wizard.reject();
    expectGerman(m_texts);
    QVERIFY(m_texts.contains(QStringLiteral("Zugangsdaten")));
}

void TestConsoleGerman::sourceWizardPages()
{
    auto ws = workspaceWithOrg();
    SetupWizard wizard(SetupWizard::Kind::Source, {QStringLiteral("acme")}, ws->dbPath);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    chooseType(wizard, QStringLiteral("acme-folder"), QStringLiteral("folder"));
    m_texts.collect(&wizard, QStringLiteral("Source wizard, type"));
    wizard.next();
    setField(wizard, QStringLiteral("path"), ws->inbox);
    setField(wizard, QStringLiteral("format"), QStringLiteral("json"));
    m_texts.collect(&wizard, QStringLiteral("Source wizard, settings"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPageId));
    m_texts.collect(&wizard, QStringLiteral("Source wizard, credentials"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::TestPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
    m_texts.collect(&wizard, QStringLiteral("Source wizard, test"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::PreviewPageId));
    m_texts.collect(&wizard, QStringLiteral("Source wizard, preview"));
    // A sample with a valid and an invalid order: the tree's orders, lines and problems.
    const QString sample = ws->dir.filePath(QStringLiteral("sample.json"));
    {
        QFile f(sample);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"([{"id": 4711, "customer": "Initech", "currency": "EUR", "items": [{"sku": "P001", "quantity": 3, "unit_price": 10}]},
                   {"id": 4712, "customer": "Initech", "currency": "XXQ", "items": [{"sku": "P003", "quantity": 1, "unit_price": 1}]}])");
    }
    qobject_cast<SourcePreviewWizardPage *>(wizard.currentPage())->previewFile(sample);
    auto *summary = child<QLabel>(&wizard, "previewSummary");
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QLatin1String("sample.json:")), 10000);
    m_texts.collect(&wizard, QStringLiteral("Source wizard, preview of a sample"));
    wizard.reject();
    expectGerman(m_texts);
    QVERIFY(m_texts.contains(QStringLiteral("Vorschau")));
}

// The settings page the wizard generates for every connection type and every source type: titles, help texts and
// the problem of a wrong value, in German; and every setting any of them has a German title.
void TestConsoleGerman::settingsPageOfEveryType()
{
    auto ws = workspaceWithOrg();
    QStringList walked;
    for (const auto kind : {SetupWizard::Kind::Connection, SetupWizard::Kind::Source}) {
        const auto types = kind == SetupWizard::Kind::Source ? SourceRegistry::instance().types() : ConnectorRegistry::instance().types();
        for (const auto &[type, description] : types) {
            SetupWizard wizard(kind, {QStringLiteral("acme")}, ws->dbPath);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            chooseType(wizard, QStringLiteral("walk"), type);
            wizard.next();
            QCOMPARE(wizard.currentId(), int(SetupWizard::SettingsPageId));
            // A wrong number where one is asked for, so a field's problem shows too.
            for (const QString &field : {QStringLiteral("port"), QStringLiteral("poll_interval_ms"), QStringLiteral("latency_ms"),
                                         QStringLiteral("request_timeout_ms")}) {
                if (wizard.findChild<QLineEdit *>(QStringLiteral("field_") + field))
                    setField(wizard, field, QStringLiteral("-5"));
            }
            m_texts.collect(&wizard, QStringLiteral("%1 settings").arg(type));
            walked << type;
            wizard.reject();
        }
    }
    expectGerman(m_texts);
    QVERIFY2(walked.size() >= 5, qPrintable(walked.join(QStringLiteral(", "))));
    QVERIFY2(m_texts.containsPart(QStringLiteral("muss eine ganze Zahl")), "no field problem was shown");
    // Every field of every schema has a German title (a new setting without one fails here).
    QStringList untitled;
    QList<const ConfigSchema *> schemas;
    for (const auto &[type, description] : ConnectorRegistry::instance().types())
        schemas << ConnectorRegistry::instance().schema(type);
    for (const auto &[type, description] : SourceRegistry::instance().types())
        schemas << SourceRegistry::instance().schema(type);
    for (const ConfigSchema *schema : std::as_const(schemas)) {
        for (const FieldSpec &f : schema->fields()) {
            const QString title = settingTitle(f.name);
            static const QSet<QString> sameTitle{QStringLiteral("Format"), QStringLiteral("Host"), QStringLiteral("Name"),
                                                 QStringLiteral("Port"), QStringLiteral("Status"), QStringLiteral("Token")};
            if (QCoreApplication::translate("config", title.toUtf8().constData()) == title && !sameTitle.contains(title))
                untitled << title;
            if (!f.help.isEmpty() && SchemaForm::fieldHelp(f) == f.help)
                untitled << f.help;
        }
    }
    untitled.removeDuplicates();
    QVERIFY2(untitled.isEmpty(), qPrintable(QStringLiteral("settings without German: ") + untitled.join(QStringLiteral(" | "))));
}

void TestConsoleGerman::hostKeyDialogUnknownAndChanged()
{
    HostKeyQuestion unknown;
    unknown.host = QStringLiteral("sftp.example.invalid");
    unknown.port = 2222;
    unknown.key = randomKey();
    unknown.knownHostsPath = m_tmp.filePath(QStringLiteral("known_hosts"));
    {
        HostKeyDialog dialog(unknown);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        m_texts.collect(&dialog, QStringLiteral("Host key, unknown"));
    }
    HostKeyQuestion changed = unknown;
    changed.trustedKeys = {randomKey()};
    {
        HostKeyDialog dialog(changed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        m_texts.collect(&dialog, QStringLiteral("Host key, changed"));
    }
    expectGerman(m_texts);
    QVERIFY(m_texts.contains(QStringLiteral("Vertrauen")));
    QVERIFY(m_texts.contains(QStringLiteral("SFTP-Serverschlüssel GEÄNDERT")));
}

#include "TestMain.h"
void TestConsoleGerman::engineRefusalsReadInGerman()
{
    // What the engine's own parts answer, as stored and logged (English), and as the console shows it (German).
    const auto german = [](const QString &english, const QString &expected, const QString &notExpected) {
        const QString shown = translatedEngineText(english);
        QVERIFY2(shown.contains(expected) && !shown.contains(notExpected), qPrintable(english + QStringLiteral("\n → ") + shown));
    };
    // A REST connection whose token would cross the network unencrypted.
    ConnectionRecord rest;
    rest.orgSlug = QStringLiteral("acme");
    rest.name = QStringLiteral("erp");
    rest.type = QStringLiteral("REST_JSON_V1");
    rest.config = QJsonObject{{QStringLiteral("base_url"), QStringLiteral("http://erp.example.com")}, {QStringLiteral("endpoint"), QStringLiteral("/orders")},
                              {QStringLiteral("token_env"), QStringLiteral("ERP_TOKEN")}};
    auto refused = ConnectorRegistry::instance().create(rest);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("The base_url of connection 'erp' of organisation 'acme' is http:// to another machine")),
             qPrintable(refused.error().message));
    german(refused.error().message, QStringLiteral("Die base_url von Verbindung 'erp' der Organisation 'acme' ist http://"), QStringLiteral("unencrypted"));
    // A setting the connection type does not have (the wizard shows the message under the field).
    const QList<ConfigProblem> problems =
        ConnectorRegistry::instance().schema(QStringLiteral("REST_JSON_V1"))->validate(QJsonObject{{QStringLiteral("base_urll"), QStringLiteral("x")}});
    QVERIFY(!problems.isEmpty());
    german(problems.first().message, QStringLiteral("ist keine Einstellung von"), QStringLiteral("is not a setting"));
    // The same problems as one text, as a refused save or apply says it: a line per problem under a count.
    const QList<ConfigProblem> several = ConnectorRegistry::instance().schema(QStringLiteral("REST_JSON_V1"))->validate(
        QJsonObject{{QStringLiteral("base_urll"), QStringLiteral("x")}, {QStringLiteral("request_timeout_ms"), QStringLiteral("soon")}});
    QVERIFY(several.size() >= 2);
    german(describeProblems(several), QStringLiteral(" Probleme:\n  - base_urll ist keine Einstellung von"), QStringLiteral("is not a setting"));
    german(several.first().toString(), QStringLiteral("base_urll ist keine Einstellung von"), QStringLiteral("is not a setting"));
    // An SFTP call given up because OrderFlow shuts down: what it was doing, where.
    german(sftp::SftpAbort::abandoned(msg::SftpTryingToOn(msg::SftpVerbCreate(), QStringLiteral("/out/po 1.json")),
                                msg::SftpUserOn(QStringLiteral("edi"), QStringLiteral("sftp.example.com"), 22)).message,
           QStringLiteral("Versuch „Anlegen von /out/po 1.json“ auf Benutzer 'edi' auf sftp.example.com:22 abgebrochen: OrderFlow wird beendet"),
           QStringLiteral("Stopped"));
    // A database another process holds.
    german(msg::DbErrorWhile(QStringLiteral("reading order 7"), QStringLiteral("database is locked"), msg::DbHintBusy()),
           QStringLiteral("Datenbankfehler beim reading order 7: database is locked. Ein anderer Prozess hält die Datenbank"), QStringLiteral("Another process"));
    // A source whose orders are not finished cannot be removed.
    QTemporaryDir dir;
    auto db = openDemoDatabase(demoPaths(dir.filePath(QStringLiteral("ws"))));
    auto sources = ConfigRepository(*db).sources();
    QVERIFY(sources && !sources->isEmpty());
    seedOrders(*db, 1, [](int) { return OrderState::Review; }, 90001);
    QString refusal;   // the source the orders were seeded on refuses; others may go
    for (const SourceRecord &source : std::as_const(*sources)) {
        auto removed = ConfigEditor(*db, QStringLiteral("test")).remove(ConfigEntity::Source, source.id);
        if (!removed && removed.error().code == QLatin1String("in_flight"))
            refusal = removed.error().message;
    }
    QVERIFY2(refusal.startsWith(QStringLiteral("Nothing was removed: source '")), qPrintable(refusal));
    german(refusal, QStringLiteral("Nichts wurde entfernt: Quelle '"), QStringLiteral("final state"));
    // A file that is a FIFO, refused by the ingestor.
    german(msg::SourceProblem(QStringLiteral("inbox"), msg::RefusedNotRegular(QStringLiteral("po.json"), QStringLiteral("/in"), msg::KindFifo(), QStringLiteral("/in/error"))),
           QStringLiteral("Quelle 'inbox': po.json in /in abgewiesen: es ist ein FIFO (benannte Pipe)"), QStringLiteral("regular"));
}

// Every error the X12 and EDIFACT readers give for a range of broken files (envelopes, segments, numbers, dates,
// bytes before the header, a file cut short), as the console shows it: German, the place ("interchange", "segment",
// "byte") included, and no English source text left in it.
void TestConsoleGerman::ediReaderErrorsReadInGerman()
{
    const QByteArray gs = "GS*PO*SENDERID*RECEIVERID*20240102*1200*1*X*004010~";
    const QByteArray set = "ST*850*0001~BEG*00*SA*PO-1**20240102~PO1*1*2*EA*2.50**VP*SKU-1~CTT*1~SE*5*0001~";
    const QByteArray unb = "UNB+UNOC:3+SENDER:14+RECEIVER:14+240102:1200+REF1'";
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("quantity.x12"), brokenX12()},
        {QStringLiteral("cut.x12"), edi_test::isa() + gs + set + "GE*1*1~"},
        {QStringLiteral("invoice.x12"), edi_test::isa() + gs + "ST*810*0002~BIG*20240102*INV-1~SE*3*0002~GE*1*1~IEA*1*000000905~"},
        {QStringLiteral("date.x12"), edi_test::isa() + gs + "ST*850*0001~BEG*00*SA*PO-1**2024XX02~DTM*002*20241341~SE*4*0001~GE*1*1~IEA*2*000000999~"},
        {QStringLiteral("banner.x12"), "HELLO" + edi_test::isa() + gs + set + "GE*1*1~IEA*1*000000905~"},
        {QStringLiteral("delimiters.x12"), edi_test::isa('*', 'U', "00401", "000000905", '*') + gs + set},
        {QStringLiteral("quantity.edi"), brokenEdifact()},
        {QStringLiteral("cut.edi"), unb + "UNH+M1+ORDERS:D:96A:UN'BGM+220+X+9'"},
        {QStringLiteral("banner.edi"), "BANNER\n" + unb + "UNZ+0+REF1'"},
        {QStringLiteral("invoice.edi"), unb + "UNH+M1+INVOIC:D:96A:UN'BGM+380+X+9'UNT+3+M1'UNE+1+G1'UNZ+1+REF1'"},
        {QStringLiteral("date.edi"), unb + "UNH+M1+ORDERS:D:96A:UN'BGM+220++9'DTM+137:20241341:102'UNT+4+M2'UNZ+1+REF2'"},
        {QStringLiteral("empty.edi"), QByteArray()},
        {QStringLiteral("other.txt"), "hello"},
    };
    QStringList english;
    int errors = 0;
    for (const auto &[name, content] : files) {
        ParseOptions options;
        options.fileName = name;
        // The readers themselves, also for what format detection would refuse ("HELLO" before the ISA).
        if (name.endsWith(QLatin1String(".x12")))
            options.format = QStringLiteral("x12-850");
        else if (name.endsWith(QLatin1String(".edi")) && !content.isEmpty())
            options.format = QStringLiteral("edifact-orders");
        const ParseResult parsed = parseDocument(content, options);
        QVERIFY2(!parsed.errors.isEmpty(), qPrintable(name));
        for (const ParseError &e : parsed.errors) {
            ++errors;
            const QString stored = e.toString();
            const QString shown = translatedEngineText(stored);
            static const QRegularExpression place(QStringLiteral("\\b(interchange|segment|byte|transaction set|message) "));
            const QString source = m_english.match(shown);
            if (shown == stored || !source.isEmpty() || place.match(shown).hasMatch())
                english << stored + QStringLiteral("\n    → ") + shown + (source.isEmpty() ? QString() : QStringLiteral("\n    (English: ") + source + QLatin1Char(')'));
        }
    }
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 of %2 reader error(s) still English:\n  ").arg(english.size()).arg(errors)
                                           + english.join(QStringLiteral("\n  "))));
    QVERIFY(errors >= 20);
}

// A local folder's error names a verb of several words ("open directory", "move … to") and a path with spaces: the
// console shows the verb and the path as they belong together, in German.
void TestConsoleGerman::localFolderErrorsWithSpacesReadInGerman()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("my orders"));
    QVERIFY(QDir().mkpath(folder));
    auto store = createFileStore(QJsonObject{{QStringLiteral("mode"), QStringLiteral("filesystem")}});
    QVERIFY(store);
    const Status moved = (*store)->move(folder + QStringLiteral("/po 1.json"), folder + QStringLiteral("/done/po 1.json"));
    QVERIFY(!moved);
    const Status synced = (*store)->syncDir(dir.filePath(QStringLiteral("no such folder")));
    QVERIFY(!synced);
    const QString shownMove = translatedEngineText(moved.error().message);
    QVERIFY2(shownMove.startsWith(QStringLiteral("Verschieben von %1/po 1.json nach %1/done/po 1.json nicht möglich: ").arg(folder)),
             qPrintable(moved.error().message + QStringLiteral("\n → ") + shownMove));
    const QString shownSync = translatedEngineText(synced.error().message);
    QVERIFY2(shownSync.startsWith(QStringLiteral("Öffnen des Verzeichnisses %1 nicht möglich: ").arg(dir.filePath(QStringLiteral("no such folder")))),
             qPrintable(synced.error().message + QStringLiteral("\n → ") + shownSync));
}

ORDERFLOW_TEST_MAIN(TestConsoleGerman)
#include "test_console_german.moc"
