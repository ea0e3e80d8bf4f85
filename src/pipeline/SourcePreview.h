// What a file would give through a source, before the source is saved (the source wizard's preview): the same
// parse options, field mapping, transformations and validation the Ingestor and the OrderProcessor apply, without
// storing anything. The catalog is not consulted (the wizard has no saved organisation yet).
#pragma once

#include "domain/Validation.h"
#include "formats/ParseResult.h"
#include "storage/ConfigRepository.h"

#include <QMetaType>

namespace orderflow {

struct PreviewOrder {
    Order order;
    QList<ValidationProblem> problems;   // empty: the order would be valid
};

struct SourcePreview {
    QString fileName;
    QList<PreviewOrder> orders;
    QList<ParseError> errors;            // with file, line:column or segment and byte offset
    QStringList transformErrors;         // a transformation that could not be applied
};

SourcePreview previewDocument(const SourceRecord &source, const QString &fileName, const QByteArray &content);

} // namespace orderflow

Q_DECLARE_METATYPE(orderflow::SourcePreview)
