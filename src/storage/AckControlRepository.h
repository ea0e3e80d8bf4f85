// Our control numbers toward each partner for the acknowledgements we send (997, CONTRL): per organisation,
// partner and series, taken in the transaction that queues the acknowledgement.
//
// What "gap-free" means here: a number is handed out only by a committed transaction that also stores the
// acknowledgement carrying it in the partner outbox. A process that dies before that commit takes no number (the
// rollback returns it, the next acknowledgement gets it); one that dies after it leaves the acknowledgement queued,
// and the outbox delivers it after the restart, once. So the partner receives every number exactly once and in
// the order they were taken — unless a queued acknowledgement can never be delivered (its row then stays failed in
// `orderflow outbox list`, which is where the partner's missing number is explained). A replay takes no number.
#pragma once

#include "storage/Database.h"

namespace orderflow {

class AckControlRepository {
public:
    // The largest number a series hands out before it starts again at 1: ISA13 and GS06 hold nine digits.
    static constexpr qint64 kMaxValue = 999999999;

    explicit AckControlRepository(Database &db) : m_db(db) {}

    // Reserves count consecutive numbers of the series and returns the first (1 for a new partner). Call inside the
    // transaction that stores the acknowledgement: a rollback returns the numbers, so none is skipped. When the block
    // would pass kMaxValue the series starts again at 1.
    Result<qint64> take(qint64 orgId, const QString &partner, const QString &series, int count = 1);
    // The last number handed out (0 when none).
    Result<qint64> last(qint64 orgId, const QString &partner, const QString &series);

private:
    Database &m_db;
};

} // namespace orderflow
