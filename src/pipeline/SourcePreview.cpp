#include "pipeline/SourcePreview.h"

#include "formats/FormatRegistry.h"
#include "pipeline/Ingestor.h"
#include "pipeline/Transformations.h"

#include <QJsonArray>

namespace orderflow {

SourcePreview previewDocument(const SourceRecord &source, const QString &fileName, const QByteArray &content)
{
    SourcePreview out;
    out.fileName = fileName;
    ParseOptions options = parseOptionsFor(source, fileName);
    options.generateAcknowledgements = false;   // a preview answers nobody
    ParseResult parsed = parseDocument(content, options);
    out.errors = parsed.errors;
    const QJsonArray transforms = source.config.value(QStringLiteral("transforms")).toArray();
    for (Order &order : parsed.orders) {
        if (Status t = applyTransforms(transforms, order); !t)
            out.transformErrors << t.error().message;
        computeTotals(order);
        out.orders.append(PreviewOrder{order, validateOrder(order)});
    }
    return out;
}

} // namespace orderflow
