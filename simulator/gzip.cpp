#include "simulator/gzip.h"

#include <QList>

#include <zlib.h>

namespace graphsim {

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream stream{};
    // 15 window bits + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const auto written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

bool acceptsGzip(const QByteArray &acceptEncoding)
{
    for (const QByteArray &part : acceptEncoding.split(',')) {
        const QList<QByteArray> pieces = part.trimmed().split(';');
        if (pieces.first().trimmed().toLower() != "gzip")
            continue;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray parameter = pieces.at(i).trimmed();
            if (parameter.startsWith("q=") && parameter.mid(2).toDouble() == 0.0)
                return false;
        }
        return true;
    }
    return false;
}

} // namespace graphsim
