// The local listener's reading of a request head: a POST with a Content-Length passes, and every
// other shape is refused with the status HTTP asks for.
#include "core/notifications/http_request_head.h"

#include <QtTest>
#include "support/test_columns.h"

using namespace moderato;

namespace {

HttpRequestHead parse(const QByteArray &head, qint64 maxBody = 1024)
{
    HttpHeadLimits limits;
    limits.maxBody = maxBody;
    limits.maxTarget = 64;
    limits.maxHeaders = 5;
    return parseHttpRequestHead(head, limits);
}

} // namespace

class TestHttpRequestHead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postWithContentLength()
    {
        const HttpRequestHead head = parse("POST /cb/abc?x=1 HTTP/1.1\r\nHost: x.ngrok.app\r\n"
                                           "Content-Type: application/json\r\nAuthorization:  Bearer t \r\n"
                                           "Content-Length: 12");
        QCOMPARE(head.refusal, 0);
        QCOMPARE(head.method, QByteArray("POST"));
        QCOMPARE(head.target, QByteArray("/cb/abc?x=1"));
        QCOMPARE(head.contentLength, 12);
        QVERIFY(head.headers.contains({QByteArray("authorization"), QByteArray("Bearer t")}));
        QVERIFY(!head.expectsContinue);
    }

    void expectContinue()
    {
        const HttpRequestHead head = parse("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nExpect: 100-Continue");
        QCOMPARE(head.refusal, 0);
        QVERIFY(head.expectsContinue);
    }

    void http10WithoutHost() { QCOMPARE(parse("POST / HTTP/1.0\r\nContent-Length: 0").refusal, 0); }

    void refused_data()
    {
        testing::addColumns<QByteArray, int>({"head", "status"});
        QTest::newRow("GET") << QByteArray("GET / HTTP/1.1\r\nHost: h") << 405;
        QTest::newRow("no Content-Length") << QByteArray("POST / HTTP/1.1\r\nHost: h") << 411;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked") << 501;
        QTest::newRow("too large") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1025") << 413;
        QTest::newRow("huge length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999")
                                     << 400;
        QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1") << 400;
        QTest::newRow("two lengths") << QByteArray(
            "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 1")
                                     << 400;
        QTest::newRow("no Host") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1") << 400;
        QTest::newRow("two Hosts") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nHost: b\r\nContent-Length: 1") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("POST / HTTP/2.0\r\nHost: h\r\nContent-Length: 1") << 505;
        QTest::newRow("not HTTP") << QByteArray("POST / SMTP\r\nHost: h") << 400;
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400;
        QTest::newRow("empty") << QByteArray() << 400;
        QTest::newRow("two spaces") << QByteArray("POST  / HTTP/1.1\r\nHost: h\r\nContent-Length: 1") << 400;
        QTest::newRow("absolute target") << QByteArray("POST http://h/ HTTP/1.1\r\nHost: h\r\nContent-Length: 1")
                                         << 400;
        QTest::newRow("long target") << QByteArray("POST /" + QByteArray(64, 'a') + " HTTP/1.1\r\nHost: h") << 414;
        QTest::newRow("space before colon") << QByteArray("POST / HTTP/1.1\r\nHost : h\r\nContent-Length: 1") << 400;
        QTest::newRow("folded header") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nX: a\r\n b\r\nContent-Length: 1")
                                       << 400;
        QTest::newRow("bare LF") << QByteArray("POST / HTTP/1.1\r\nHost: h\nContent-Length: 1") << 400;
        QTest::newRow("NUL in a value") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nX: a\0b\r\nContent-Length: 1", 51)
                                        << 400;
        QTest::newRow("too many headers")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\nContent-Length: 1") << 431;
        QTest::newRow("other expectation")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nExpect: magic") << 417;
    }
    void refused()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QCOMPARE(parse(head).refusal, status);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestHead)
#include "tst_http_request_head.moc"
