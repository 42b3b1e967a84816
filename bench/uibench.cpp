// Measures the desktop window over a large store (issue: the window stays fluid with a
// million events): time to the first painted rows, jumping to the last row, a `type:` filter,
// a free-text search, selecting a 10 MB JSON event, resident memory, and how long the GUI
// thread stalls while requests arrive at a steady rate. Never a test: see bench/README.md.
//
//   hookbench-storebench --requests 1000000 --db /tmp/1m.sqlite     # the store, once
//   hookbench-uibench --db /tmp/1m.sqlite [--rate 2000] [--seconds 10]

#include "detail/eventdetailview.h"
#include "eventtablemodel.h"
#include "eventtableview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace Hookbench;

namespace {

QElapsedTimer processClock; // started first thing in main()

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Runs the event loop until `done` holds (or 30 s pass); the paint the view needs is part of it.
template<typename Condition>
bool waitFor(Condition done)
{
    QElapsedTimer limit;
    limit.start();
    while (!done() && limit.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

/// Counts paints of a widget: the first rows are on screen once its viewport painted them.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

/// The time `action` takes until its result is painted: pending events are handled, then the
/// whole window is repainted synchronously.
template<typename Action>
double measure(QWidget *window, Action action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    QCoreApplication::processEvents();
    window->repaint();
    return ms(timer);
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression rss(QStringLiteral("VmRSS:\\s+(\\d+)"));
    const auto match = rss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

/// POSTs one request and waits for the answer (on a keep-alive connection).
bool post(QTcpSocket &socket, const QByteArray &body)
{
    socket.write("POST /bench HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
                 "Content-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") || !answer.contains("}")) {
        if (!socket.waitForReadyRead(10'000))
            return false;
        answer += socket.readAll();
    }
    return answer.startsWith("HTTP/1.1 200");
}

QByteArray bigJson(int megabytes)
{
    QByteArray json = R"({"id":"evt_big","type":"bench.big_payload","data":{"items":[)";
    for (int i = 0; json.size() < megabytes * 1024 * 1024; ++i) {
        if (i)
            json += ',';
        json += R"({"index":)" + QByteArray::number(i) + R"(,"name":"item )" + QByteArray::number(i)
                + R"(","price":)" + QByteArray::number(i * 1.25, 'f', 2)
                + R"(,"tags":["a","b"],"nested":{"ok":true,"none":null}})";
    }
    return json + "]}}";
}

} // namespace

int main(int argc, char **argv)
{
    processClock.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HookbenchBench"));
    QCoreApplication::setApplicationName(QStringLiteral("uibench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Store."), QStringLiteral("path"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Requests/s during the stall test."),
                                        QStringLiteral("n"),
                                        QStringLiteral("2000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Length of the stall test."),
                                           QStringLiteral("s"),
                                           QStringLiteral("10"));
    parser.addOptions({dbOption, rateOption, secondsOption});
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fputs("--db is required (make one with hookbench-storebench)\n", stderr);
        return 2;
    }

    CaptureSessionOptions options;
    options.store.path = parser.value(dbOption);
    options.catalogFolder.clear();
    ListenerConfig listener;
    options.listeners = {listener};
    MainWindow window(options);
    auto *view = window.eventView();
    auto *model = window.eventModel();
    PaintCounter paints(view->viewport());
    window.show();
    waitFor([&] { return paints.paints > 0 && model->rowCount() > 0; });
    const double firstPaint = ms(processClock);
    std::printf("store: %lld events shown\n", static_cast<long long>(model->total()));
    std::printf("first rows painted:      %8.1f ms after start\n", firstPaint);

    const double last = measure(&window, [&] {
        view->scrollToBottom();
        view->setCurrentIndex(model->index(model->rowCount() - 1, 0));
    });
    std::printf("jump to the last row:    %8.1f ms\n", last);
    const double first = measure(&window, [&] {
        view->scrollToTop();
        view->setCurrentIndex(model->index(0, 0));
    });
    std::printf("back to the first row:   %8.1f ms\n", first);

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    const auto runSearch = [&](const QString &text) {
        return measure(&window, [&] {
            search->setText(text);
            emit search->returnPressed();
        });
    };
    // The type of the newest event that has one. The newest rows may be an earlier run's load
    // that inspection has not reached yet (an empty type would filter nothing): then the load's
    // own type.
    QString type;
    for (int row = 0; type.isEmpty() && row < qMin(model->rowCount(), 1000); ++row)
        type = model->index(row, EventTableModel::EventType).data().toString().section(u' ', 0, 0);
    if (type.isEmpty())
        type = QStringLiteral("bench.load");
    const double typeFilter = runSearch(QStringLiteral("type:") + type);
    std::printf("type:%s filter:  %8.1f ms (%lld rows)\n",
                qPrintable(type),
                typeFilter,
                static_cast<long long>(model->total()));
    const double freeText = runSearch(QStringLiteral("subscription"));
    std::printf("free-text search:        %8.1f ms (%lld rows)\n",
                freeText,
                static_cast<long long>(model->total()));
    runSearch(QString());

    // A 10 MB JSON event, captured by the window's own listener.
    const QUrl url(
        window.findChild<QLabel *>(QStringLiteral("listenerUrls"))->text().section(u' ', 0, 0));
    QTcpSocket big;
    big.connectToHost(url.host(), quint16(url.port()));
    if (!big.waitForConnected() || !post(big, bigJson(10))) {
        std::fputs("could not send the 10 MB event\n", stderr);
        return 1;
    }
    waitFor([&] {
        return model->index(0, EventTableModel::EventType)
            .data()
            .toString()
            .startsWith(u"bench.big_payload");
    });
    view->setCurrentIndex(model->index(1, 0));
    QCoreApplication::processEvents();
    const double bigSelect = measure(&window, [&] { view->setCurrentIndex(model->index(0, 0)); });
    std::printf("select a 10 MB JSON event: %6.1f ms\n", bigSelect);
    std::printf("resident memory:         %8.1f MiB\n", double(residentKiB()) / 1024.0);

    // Steady load from another thread; the GUI thread's timer shows how late it runs.
    const int rate = parser.value(rateOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    std::atomic<bool> stop = false;
    std::atomic<int> sent = 0;
    QThread *load = QThread::create([&] {
        QTcpSocket socket;
        socket.connectToHost(url.host(), quint16(url.port()));
        socket.waitForConnected();
        QElapsedTimer clock;
        clock.start();
        const QByteArray body = R"({"id":"evt_load","type":"bench.load","data":{"n":1}})";
        while (!stop) {
            const qint64 due = qint64(sent) * 1'000'000'000LL / rate;
            const qint64 wait = due - clock.nsecsElapsed();
            if (wait > 0)
                QThread::usleep(quint64(wait / 1000));
            if (!post(socket, body))
                break;
            ++sent;
        }
    });
    load->start();
    QList<double> lateness;
    QElapsedTimer tick;
    QTimer probe;
    probe.setInterval(10);
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        lateness.append(qMax(0.0, ms(tick) - 10.0));
        tick.restart();
    });
    tick.start();
    probe.start();
    QElapsedTimer run;
    run.start();
    waitFor([&] { return run.elapsed() >= seconds * 1000; });
    stop = true;
    probe.stop();
    load->wait();
    delete load;
    std::sort(lateness.begin(), lateness.end());
    const auto at = [&](double q) {
        return lateness.isEmpty() ? 0.0 : lateness.at(qsizetype(q * double(lateness.size() - 1)));
    };
    std::printf("under %d req/s for %d s (%d sent, %.0f/s): GUI thread late p50 %.1f ms, "
                "p99 %.1f ms, max %.1f ms\n",
                rate,
                seconds,
                int(sent),
                double(sent) / double(seconds),
                at(0.5),
                at(0.99),
                at(1.0));
    std::printf("resident memory after:   %8.1f MiB\n", double(residentKiB()) / 1024.0);
    window.close();
    waitFor([&] { return !window.isVisible(); });
    return 0;
}
