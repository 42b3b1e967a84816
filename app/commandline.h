#pragma once

#include "capture/capturesession.h"

#include <QStringList>

namespace Hookbench {

/// What the command line asked for.
struct CommandLine
{
    enum class Mode { Window, Headless, Exit };

    Mode mode = Mode::Window;
    int exitCode = 0; ///< for Mode::Exit (help, version, or a usage error)
    QString message; ///< printed for Mode::Exit
    CaptureSessionOptions session;
    bool quiet = false;
    /// The automation API: where it listens (empty: off) and its bearer token (empty: a new
    /// one is generated and shown).
    QString apiListen;
    QByteArray apiToken;
    /// Whether --db or --listen were given; the window falls back to its settings otherwise.
    bool storeGiven = false;
    bool listenGiven = false;

    static constexpr quint16 defaultPort = 8787;

    /// Parses arguments (argv as given, program name first). Never needs a display.
    static CommandLine parse(const QStringList &arguments);
};

} // namespace Hookbench
