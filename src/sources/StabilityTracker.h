// What a file-based source itself saw of each file in its folder, so a file still being written is left alone.
#pragma once

#include "transport/FileStore.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace orderflow {

// What this source itself saw of each file, and when by our own monotonic clock, so a file still being written is
// left alone: a file is ready only after two looks at least settle_ms apart saw the same version of it (size,
// modification time, inode). A file's time stamps are only ever compared with themselves, never with our clock:
// a server's clock (or a copy that keeps old times) may say anything.
class StabilityTracker {
public:
    // True when the file looked exactly like this at a look at least settleMs ago and at every look since. The
    // first look at a new or changed file starts its clock. settleMs <= 0 takes every file at its first look.
    bool isStable(const FileEntry &entry, qint64 nowMs, qint64 settleMs);
    // True the first time this version of an entry that is not a regular file is refused (so it is recorded once,
    // even when it cannot be moved aside and is seen at every poll).
    bool firstRefusal(const FileEntry &entry);
    void forget(const QString &name) { m_seen.remove(name); }
    void retainOnly(const QSet<QString> &names);

    // Our monotonic clock, in milliseconds.
    static qint64 nowMs();

private:
    struct Seen {
        FileEntry version;
        qint64 firstSeenMs = 0;
        bool refused = false;
    };
    QHash<QString, Seen> m_seen;
};

} // namespace orderflow
