// Statements written for several rows at once (an UPDATE … WHERE id IN (…), an INSERT … VALUES (…),(…)), for the
// batches of the push stage: one statement per run of rows instead of one per row.
#pragma once

#include "domain/Result.h"

#include <QString>

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

// "(?,?,?),(?,?,?)": `rows` groups of `columns` placeholders.
QString placeholderRows(qsizetype rows, int columns);
// "?,?,?": n placeholders, for an IN (…).
QString placeholderList(qsizetype n);

} // namespace orderflow
