#include "domain/OrderId.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>
#include <atomic>

namespace orderflow {

QString newOrderId()
{
    // (milliseconds << 12 | counter), never smaller than the last one this process made: a clock that steps back,
    // or more than 4,096 ids in one millisecond, borrow from the next millisecond instead of going back.
    static std::atomic<quint64> last{0};
    const quint64 now = quint64(std::max<qint64>(QDateTime::currentMSecsSinceEpoch(), 0)) << 12;
    quint64 prev = last.load(std::memory_order_relaxed);
    quint64 next = 0;
    do {
        next = std::max(now, prev + 1);
    } while (!last.compare_exchange_weak(prev, next, std::memory_order_relaxed));
    const quint64 ms = (next >> 12) & 0xffffffffffffULL;
    QUuid id = QUuid::createUuid();   // random, with the variant bits set (10)
    id.data1 = quint32(ms >> 16);
    id.data2 = quint16(ms & 0xffff);
    id.data3 = quint16(0x7000 | (next & 0xfff));
    return id.toString(QUuid::WithoutBraces);
}

QString shortOrderId(const QString &orderId)
{
    return orderId.right(kShortOrderIdLength);
}

} // namespace orderflow
