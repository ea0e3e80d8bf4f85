// Statements written for several rows at once (an UPDATE … WHERE id IN (…), an INSERT … VALUES (…),(…)), for the
// batches of the push stage: one statement per run of rows instead of one per row.
#pragma once

#include "domain/Result.h"

#include <QString>

#include <algorithm>

namespace orderflow {

// Runs `step(offset, count)` over n rows in runs of 64, 16, 4 and 1, so such a statement is prepared in at most
// four shapes; stops at a failure.
template<typename Step>
Status forRowRuns(qsizetype n, Step step)
{
    qsizetype at = 0;
    for (const qsizetype run : {64, 16, 4, 1}) {
        for (; n - at >= run; at += run) {
            if (Status s = step(at, run); !s)
                return s;
        }
    }
    return {};
}

// Runs `step(offset, count)` over n items in chunks of at most `most`: one statement for a list of ids that is
// usually short (a lane's sources), split only past `most` (SQLite takes at most 32766 variables); stops at a failure.
template<typename Step>
Status forChunks(qsizetype n, qsizetype most, Step step)
{
    for (qsizetype at = 0; at < n; at += most) {
        if (Status s = step(at, std::min(most, n - at)); !s)
            return s;
    }
    return {};
}

// "(?,?,?),(?,?,?)": `rows` groups of `columns` placeholders.
QString placeholderRows(qsizetype rows, int columns);
// "?,?,?": n placeholders, for an IN (…).
QString placeholderList(qsizetype n);

} // namespace orderflow
