// JSON benchmark: parses a large webhook-like document with JsonDocument (simdjson On-Demand,
// order and number text kept) and, as the baseline in the same run, with QJsonDocument (which
// keeps neither), then pretty-prints it.
//   build/bench/hookbench-jsonbench [--megabytes 50]
#include "inspect/jsondocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <cstdio>

using namespace Hookbench;

namespace {

QByteArray document(qsizetype bytes)
{
    const QByteArray item
        = R"({"id":"evt_1NG8Du2eZvKYlo2CUI79vXWy","object":"event",)"
          R"("api_version":"2023-10-16","created":1686089970,"data":{"object":)"
          R"({"id":"cus_9s6XKzkNRiz8i3","object":"customer","address":null,)"
          R"("balance":0,"created":1483565364,"currency":"usd","delinquent":false,)"
          R"("description":"Customer for test@example.com","amount":1.10,)"
          R"("email":"test@example.com","metadata":{"order_id":"6735"},)"
          R"("name":"Jenny Rosen","phone":null,"preferred_locales":["en","fr"],)"
          R"("tax_exempt":"none"}},"livemode":false,"pending_webhooks":1,)"
          R"("request":{"id":"req_a1b2c3","idempotency_key":"0c1a2b3c"},)"
          R"("type":"customer.updated"})";
    QByteArray text = "{\"object\":\"list\",\"data\":[";
    text.reserve(bytes + item.size() + 16);
    while (text.size() < bytes)
        text += item + ',';
    text.chop(1);
    text += "]}";
    return text;
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption size(QStringLiteral("megabytes"),
                                  QStringLiteral("Document size in MB (default 50)."),
                                  QStringLiteral("n"),
                                  QStringLiteral("50"));
    parser.addOption(size);
    parser.process(app);
    const QByteArray text = document(parser.value(size).toLongLong() * 1000 * 1000);
    std::printf("document %.1f MB\n", double(text.size()) / 1e6);
    double best = 1e9, baseline = 1e9;
    size_t nodes = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const JsonDocument parsed = JsonDocument::parse(text);
        best = qMin(best, milliseconds(timer));
        nodes = parsed.nodes().size();
        if (!parsed.isValid())
            return 1;
        timer.restart();
        const QJsonDocument qt = QJsonDocument::fromJson(text);
        baseline = qMin(baseline, milliseconds(timer));
        if (qt.isNull())
            return 1;
    }
    const JsonDocument parsed = JsonDocument::parse(text);
    QElapsedTimer timer;
    timer.start();
    const QByteArray pretty = parsed.pretty();
    const double prettyMs = milliseconds(timer);
    std::printf("JsonDocument::parse   %8.1f ms  (%zu values, best of 3)\n", best, nodes);
    std::printf("QJsonDocument (base)  %8.1f ms  (ratio %.2f)\n", baseline, best / baseline);
    std::printf(
        "pretty()              %8.1f ms  (%.1f MB)\n", prettyMs, double(pretty.size()) / 1e6);
    return 0;
}
