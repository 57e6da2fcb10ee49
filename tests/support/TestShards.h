#pragma once

// A long test class split across ctest entries, so `ctest -j2` runs its
// halves side by side: relay_add_test(... SHARDS n) registers n entries,
// each with RELAYAUDIT_TEST_SHARD=k/n in its environment, and this main
// runs the test functions whose place in the class is k - 1 modulo n.
// Every shard runs initTestCase/cleanupTestCase and init/cleanup as usual.
// Function names given on the command line win over the shard.

#include <QCoreApplication>
#include <QMetaMethod>
#include <QTest>

#include <cstdio>
#include <vector>

namespace relay::test {

inline int execShard(QObject *test, int argc, char **argv)
{
    const QByteArray shard = qgetenv("RELAYAUDIT_TEST_SHARD");
    const qsizetype slash = shard.indexOf('/');
    bool kOk = false;
    bool nOk = false;
    const int k = slash > 0 ? shard.left(slash).toInt(&kOk) : 0;
    const int n = slash > 0 ? shard.mid(slash + 1).toInt(&nOk) : 0;
    if (shard.isEmpty() || argc > 1)
        return QTest::qExec(test, argc, argv);
    if (!kOk || !nOk || n < 1 || k < 1 || k > n) {
        std::fprintf(stderr, "RELAYAUDIT_TEST_SHARD must be k/n with 1 <= k <= n, not \"%s\"\n",
            shard.constData());
        return 2;
    }
    static const QList<QByteArray> special { "initTestCase", "cleanupTestCase", "init", "cleanup" };
    std::vector<QByteArray> names { QByteArray(argv[0]) };
    const QMetaObject *meta = test->metaObject();
    int place = 0;
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        const QMetaMethod method = meta->method(i);
        const QByteArray name = method.name();
        if (method.methodType() != QMetaMethod::Slot || method.access() != QMetaMethod::Private
            || method.parameterCount() != 0 || special.contains(name) || name.endsWith("_data"))
            continue;
        if (place++ % n == k - 1)
            names.push_back(name);
    }
    std::vector<char *> args;
    for (QByteArray &name : names)
        args.push_back(name.data());
    return QTest::qExec(test, static_cast<int>(args.size()), args.data());
}

} // namespace relay::test

// QTEST_GUILESS_MAIN, with the shard above.
#define RELAY_TEST_GUILESS_MAIN_SHARDED(TestObject)                                                \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return relay::test::execShard(&test, argc, argv);                                          \
    }
