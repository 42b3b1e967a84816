#pragma once

#include <QStringList>

class QTextStream;

namespace Hookbench {

/// `hookbench trigger TYPE --target URL [...]`: makes up an event of TYPE as its provider's
/// catalog documents it (SampleEvent), stores it as a request of the listener "trigger" so the
/// window shows it with its delivery, and delivers it, signed when asked; prints the delivery as
/// JSON like `resend`. Exit code: 0 (with --wait: Delivered), 1 Failed or store unusable, 2
/// usage error (unknown type or provider, bad option).
int runTriggerCommand(const QStringList &arguments);
/// The same, writing to `out` and `err` (for tests).
int runTriggerCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Hookbench
