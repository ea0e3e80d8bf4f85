// domain/Sha256 (OpenSSL) gives QCryptographicHash's digests, for every length around SHA-256's block boundaries, an
// empty input and a large one, from several threads at once (the engine hashes on the push worker, the connections'
// threads, the API's thread and the processing worker).
#include "TestMain.h"
#include "domain/Sha256.h"

#include <QCryptographicHash>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace orderflow;

class TestSha256 : public QObject {
    Q_OBJECT
private slots:
    void sameDigestsAsQt()
    {
        QByteArray data;
        for (int n = 0; n <= 300; ++n) {
            QCOMPARE(sha256Hex(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            data.append(char(n * 37 + 11));
        }
        const QByteArray large(3 * 1024 * 1024 + 7, 'x');
        QCOMPARE(sha256(large), QCryptographicHash::hash(large, QCryptographicHash::Sha256));
        QCOMPARE(sha256Hex(QByteArray()), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256Hex("abc"), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
    void fromSeveralThreads()
    {
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([t, &wrong] {
                for (int i = 0; i < 2000; ++i) {
                    const QByteArray data = QByteArray::number(t) + ':' + QByteArray::number(i);
                    if (sha256Hex(data) != QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())
                        ++wrong;
                }
            });
        }
        for (std::thread &th : threads)
            th.join();
        QCOMPARE(wrong.load(), 0);
    }
};

ORDERFLOW_TEST_GUILESS_MAIN(TestSha256)
#include "test_sha256.moc"
