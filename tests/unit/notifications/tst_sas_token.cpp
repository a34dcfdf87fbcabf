// Service Bus shared access signatures for Azure Relay, against vectors computed independently:
//   printf '%s\n%s' "$ENCODED_RESOURCE" "$EXPIRY" | openssl dgst -sha256 -hmac "$KEY" -binary | base64
// with ENCODED_RESOURCE=http%3A%2F%2Fcontoso-moderato.servicebus.windows.net%2Fmoderato.
#include "core/notifications/sas_token.h"

#include <QtTest>
#include "support/test_columns.h"

using namespace moderato;

class TestSasToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resourceIsTheHybridConnectionOverHttp()
    {
        QCOMPARE(
            relayTokenResource(QStringLiteral("Contoso-Moderato.servicebus.windows.net"), QStringLiteral("moderato")),
            QStringLiteral("http://contoso-moderato.servicebus.windows.net/moderato"));
    }

    void signatureMatchesOpenSsl_data()
    {
        testing::addColumns<QByteArray, qint64, QByteArray>({"key", "expiry", "expected"});
        QTest::newRow("signature without + or /")
            << QByteArray("qX0vV9mJ3tPz8s7c0yD2eLrK4hN6bF1aG5uW+oT/iZE=") << qint64(1767225600)
            << QByteArray("SharedAccessSignature "
                          "sr=http%3A%2F%2Fcontoso-moderato.servicebus.windows.net%2Fmoderato"
                          "&sig=riNWxGu0DNXzqLrjoAMLDIfuEQiYY78ten9z3uCu80c%3D"
                          "&se=1767225600&skn=listen");
        // base64 "lnNZIgjcJCvU9V5+1Dq9HC/qDTwWPa+SFO0W8830c4k=": '+', '/' and '=' are escaped.
        QTest::newRow("signature with + and /")
            << QByteArray("listen-key-2") << qint64(1767225600)
            << QByteArray("SharedAccessSignature "
                          "sr=http%3A%2F%2Fcontoso-moderato.servicebus.windows.net%2Fmoderato"
                          "&sig=lnNZIgjcJCvU9V5%2B1Dq9HC%2FqDTwWPa%2BSFO0W8830c4k%3D"
                          "&se=1767225600&skn=listen");
    }
    void signatureMatchesOpenSsl()
    {
        QFETCH(QByteArray, key);
        QFETCH(qint64, expiry);
        QFETCH(QByteArray, expected);
        const QString resource = QStringLiteral("http://contoso-moderato.servicebus.windows.net/moderato");
        QCOMPARE(sharedAccessSignature(resource, QStringLiteral("listen"), key, expiry), expected);
    }

    void keyNameIsEscaped()
    {
        const QByteArray token =
            sharedAccessSignature(QStringLiteral("http://a.example/b"), QStringLiteral("my key&more"), "k", 1);
        QVERIFY(token.endsWith("&skn=my%20key%26more"));
    }

    void tokenNeverContainsTheKey()
    {
        const QByteArray key = "a-very-secret-key";
        QVERIFY(!sharedAccessSignature(QStringLiteral("http://a.example/b"), QStringLiteral("n"), key, 1767225600)
                     .contains(key));
    }
};

QTEST_GUILESS_MAIN(TestSasToken)
#include "tst_sas_token.moc"
