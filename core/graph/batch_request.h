#pragma once
#include "core/graph/graph_request.h"

#include <QHash>
#include <QJsonArray>

namespace moderato {

//! POST /$batch with up to 20 prepared sub-requests ({"id","method","url"[,"headers","body"]}).
//! Used by BatchRunner; the answers are matched to the ids by BatchRunner.
class BatchRequest : public GraphRequest
{
    Q_OBJECT
public:
    //! \a idempotent: whether every sub-request may be repeated harmlessly (then the whole batch
    //! is retried after a connection failure like a GET).
    BatchRequest(const QJsonArray &requests, bool idempotent, QObject *parent = nullptr);
    //! Each answered sub-request by its id: {"id","status","headers","body"}.
    QHash<QString, QJsonObject> responses() const { return m_responses; }

protected:
    QString parseSuccess(const QJsonDocument &body) override;

private:
    QHash<QString, QJsonObject> m_responses;
};

} // namespace moderato
