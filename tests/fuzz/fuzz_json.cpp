// libFuzzer target: the partner JSON reader (duplicate-key scan, mapping, decimals, error positions) on any bytes,
// with the default field mapping and with a mapping of nested paths.
#include "formats/json/PartnerJsonReader.h"

#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace orderflow;

namespace {

void check(const ParseResult &result, qsizetype size)
{
    for (const ParseError &e : result.errors) {
        if (e.offset > qint64(size))
            __builtin_trap();   // an error must point into the file
        if (e.message.isEmpty())
            __builtin_trap();   // and say what is wrong
        if (e.offset >= 0 && (e.line == 0 || e.column == 0))
            __builtin_trap();   // lines and columns are 1-based when given
    }
    for (const Order &order : result.orders) {
        for (const OrderLine &line : order.lines)
            if (line.quantity)
                (void)line.quantity->toString();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    ParseOptions options;
    options.fileName = QStringLiteral("fuzz.json");
    options.format = QStringLiteral("json");
    check(readPartnerJson(input, options), input.size());

    options.jsonMapping = QJsonObject{{QStringLiteral("order_number"), QStringLiteral("header.po")},
                                      {QStringLiteral("customer_name"), QStringLiteral("header.buyer.name")},
                                      {QStringLiteral("lines"), QStringLiteral("body.lines")},
                                      {QStringLiteral("line_sku"), QStringLiteral("item.code")},
                                      {QStringLiteral("line_quantity"), QStringLiteral("qty")},
                                      {QStringLiteral("line_unit_price"), QStringLiteral("price.amount")}};
    check(readPartnerJson(input, options), input.size());
    return 0;
}
