#pragma once
// BatchItemRequest: one $batch item sent on its own, for when Graph will not take it in a batch.
#include "core/graph/batch_runner.h"
#include "core/graph/graph_request.h"

namespace moderato {

class BatchItemRequest : public GraphRequest
{
    Q_OBJECT
public:
    explicit BatchItemRequest(const BatchItem &item, QObject *parent = nullptr);

    //! The answer as the item's result would have carried it inside a $batch.
    BatchItemResult result() const;

protected:
    QString parseSuccess(const QJsonDocument &body) override;
    bool expectsBody() const override { return false; }

private:
    QJsonValue m_body;
};

} // namespace moderato
