// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The emulator's request checks on any request object: parameterProblem, stateAllows and
// isIntegral never crash, and agree with the catalogue and with the JSON values.
#include "core/protocol/methodcatalogue.h"
#include "fuzzcheck.h"
#include "sim/simchecks.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

void checkIntegral(const QJsonValue &v)
{
    if (SimChecks::isIntegral(v)) {
        FUZZ_CHECK(v.isDouble(), u"isIntegral of a non-number"_s);
        const double d = v.toDouble();
        FUZZ_CHECK(std::isfinite(d) && d == double(v.toInt(d > 0 ? -1 : 1)),
                   QString::number(d, 'g', 17));
    }
    if (v.isArray())
        for (const QJsonValue &e : v.toArray())
            checkIntegral(e);
    if (v.isObject())
        for (const QJsonValue &e : v.toObject())
            checkIntegral(e);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzzBytes(data, size));
    if (!doc.isObject())
        return 0;
    const QJsonObject request = doc.object();
    const QString method = request.value(u"method"_s).toString();

    const QString problem = SimChecks::parameterProblem(method, request);
    if (problem.isEmpty()) {
        // No problem means every catalogued parameter that is present has an accepted type.
        using Type = MethodCatalogue::ParamType;
        if (const MethodCatalogue::Entry *entry = MethodCatalogue::instance().method(method))
            for (const MethodCatalogue::Param &p : entry->params) {
                const QJsonValue v = request.value(p.name);
                if (v.isUndefined())
                    continue;
                FUZZ_CHECK(p.type != Type::String || v.isString(), method + u" "_s + p.name);
                FUZZ_CHECK(p.type != Type::Int || SimChecks::isIntegral(v),
                           method + u" "_s + p.name);
                FUZZ_CHECK(p.type != Type::Bool || v.isBool(), method + u" "_s + p.name);
                FUZZ_CHECK(p.type != Type::Object || v.isObject(), method + u" "_s + p.name);
                FUZZ_CHECK(p.type != Type::Array || v.isArray(), method + u" "_s + p.name);
            }
    }
    const int appState = request.value(u"appState"_s).toInt(-1);
    for (int state : { appState, 0, 1, 2, 3, 4, 5, 6 })
        (void)SimChecks::stateAllows(method, state);
    const QJsonObject reply = SimChecks::neutralReply(method);
    FUZZ_CHECK(QJsonDocument(reply).toJson().size() < 1 << 20, method);
    checkIntegral(QJsonValue(request));
    return 0;
}
