#include "pipeline/SourceSamples.h"

#include "domain/Cancellation.h"
#include "sources/FileSource.h"
#include "sources/SourceSettings.h"
#include "transport/SftpFileStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSourceSamples, "orderflow.sourcesamples")

namespace orderflow {
namespace {

Error cancelledError(const QString &what)
{
    return Error(CancelledCode, QStringLiteral("Cancelled: %1 was stopped.").arg(what));
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
}

// The store the source polls through, ready for one call that cancel() interrupts.
struct SourceStore {
    std::unique_ptr<FileStore> store;
    Cancellation::Interrupt interrupt;
    QString dir;
    QString pattern;
};

Result<SourceStore> openSourceStore(const SourceRecord &source, Cancellation &cancellation)
{
    auto created = createFileStore(fileTransportOf(source));
    if (!created)
        return Error(created.error().code, QStringLiteral("Source '%1': %2").arg(source.name, created.error().message));
    SourceStore s;
    s.store = std::move(*created);
    FileStore *raw = s.store.get();
    s.interrupt = cancellation.onCancel([raw] { raw->abort(); });
    const SourceSettings settings(source);
    s.dir = settings.string(SourceKey::Path);
    s.pattern = settings.string(SourceKey::Pattern);
    return s;
}

HostPublicKey presentedKey(FileStore &store)
{
    auto *sftp = dynamic_cast<SftpFileStore *>(&store);
    return sftp ? sftp->session().serverHostKey() : HostPublicKey();
}

} // namespace

// One call: written by its thread while it runs, read by the service once the thread has finished.
struct SourceSampleService::Run {
    SourceRecord source;
    QString name;          // fetch: the file; empty: list
    qint64 maxBytes = 0;
    Cancellation cancellation;
    SourceSampleListing listing;
    SourceSample sample;

    bool isFetch() const { return !name.isEmpty(); }
    void execute();
    void list();
    void fetch();
};

void SourceSampleService::Run::execute()
{
    if (isFetch())
        fetch();
    else
        list();
}

void SourceSampleService::Run::list()
{
    auto opened = openSourceStore(source, cancellation);
    if (!opened) {
        listing.error = opened.error();
        return;
    }
    listing.dir = opened->dir;
    listing.where = QStringLiteral("%1 %2").arg(opened->store->describe(), opened->dir);
    auto files = opened->store->list(opened->dir, opened->pattern);
    if (cancellation.isCancelled()) {
        listing.error = cancelledError(QStringLiteral("listing %1").arg(listing.where));
        return;
    }
    if (!files) {
        listing.error = files.error();
        listing.hostKey = presentedKey(*opened->store);
        return;
    }
    listing.files = *files;
    opened->store->close();
    qCDebug(lcSourceSamples, "source '%s': %lld file(s) in %s", qUtf8Printable(source.name), qint64(listing.files.size()), qUtf8Printable(listing.where));
}

void SourceSampleService::Run::fetch()
{
    sample.name = name;
    if (name.contains(QLatin1Char('/')) || name == QLatin1String("..") || name == QLatin1String(".")) {
        sample.error = Error(QStringLiteral("usage"), QStringLiteral("'%1' is not a file name in the source's folder.").arg(name));
        return;
    }
    auto opened = openSourceStore(source, cancellation);
    if (!opened) {
        sample.error = opened.error();
        return;
    }
    const QString path = joinPath(opened->dir, name);
    auto content = opened->store->read(path, maxBytes);
    opened->store->close();
    if (cancellation.isCancelled()) {
        sample.error = cancelledError(QStringLiteral("downloading %1").arg(path));
        return;
    }
    if (!content) {
        sample.error = content.error().code == FileError::TooLarge
                           ? Error(FileError::TooLarge, QStringLiteral("%1 is too large to preview: the preview downloads at most %2 MB (%3). Pick a smaller "
                                                                       "file, or a local sample cut from it.")
                                                            .arg(name, megabytes(maxBytes), content.error().message))
                           : content.error();
        return;
    }
    sample.bytes = content->size();
    sample.preview = previewDocument(source, name, *content);
}

SourceSampleService::SourceSampleService(QObject *parent) : QObject(parent), m_worker(this, QStringLiteral("source-samples"))
{
    qRegisterMetaType<orderflow::SourceSampleListing>("orderflow::SourceSampleListing");
    qRegisterMetaType<orderflow::SourceSample>("orderflow::SourceSample");
}

SourceSampleService::~SourceSampleService() = default;

Status SourceSampleService::list(const SourceRecord &source)
{
    auto run = std::make_shared<Run>();
    run->source = source;
    return start(run);
}

Status SourceSampleService::fetch(const SourceRecord &source, const QString &name, qint64 maxBytes)
{
    if (name.isEmpty())
        return Error(QStringLiteral("usage"), QStringLiteral("No file chosen to preview."));
    auto run = std::make_shared<Run>();
    run->source = source;
    run->name = name;
    run->maxBytes = maxBytes;
    return start(run);
}

Status SourceSampleService::start(std::shared_ptr<Run> run)
{
    if (const Run *running = m_worker.current())
        return Error(QStringLiteral("busy"), QStringLiteral("OrderFlow is still reading the files of source '%1'; cancel it or wait for it first.").arg(running->source.name));
    m_worker.start(std::move(run), [](Run &r) { r.execute(); }, [this](std::shared_ptr<Run> done) {
        if (done->isFetch())
            emit fetched(done->sample);
        else
            emit listed(done->listing);
    });
    return {};
}

void SourceSampleService::cancel()
{
    m_worker.cancel();
}

} // namespace orderflow
