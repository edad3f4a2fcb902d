#pragma once

#include "common/Error.h"

#include <QTest>

/** Fails the test, printing the error's code and message, unless `expr` (a Result) holds a value. */
#define QVERIFY_RESULT(expr)                                                                                           \
    do {                                                                                                               \
        const auto& rapportResult_ = (expr);                                                                           \
        if (!rapportResult_.has_value()) {                                                                             \
            QFAIL(qPrintable(                                                                                          \
                QStringLiteral("%1 failed: [%2] %3")                                                                   \
                    .arg(QStringLiteral(#expr), rapportResult_.error().codeName(), rapportResult_.error().message)));  \
        }                                                                                                              \
    } while (false)

/** Fails the test unless `expr` (a Result) failed with `expectedCode`. */
#define QVERIFY_ERROR(expr, expectedCode)                                                                              \
    do {                                                                                                               \
        const auto& rapportResult_ = (expr);                                                                           \
        if (rapportResult_.has_value()) {                                                                              \
            QFAIL(qPrintable(QStringLiteral("%1 succeeded, expected error %2")                                         \
                                 .arg(QStringLiteral(#expr), rapport::errorCodeName(expectedCode))));                  \
        }                                                                                                              \
        QCOMPARE(rapportResult_.error().codeName(), rapport::errorCodeName(expectedCode));                             \
        QVERIFY2(!rapportResult_.error().message.isEmpty(), "an error must carry a message for people");               \
    } while (false)
