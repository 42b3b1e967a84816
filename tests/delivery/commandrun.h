#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

/// What a command printed and returned.
struct CommandResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// Runs `hookbench NAME ARGUMENTS...` in this process through its entry point, keeping what it
/// prints.
inline CommandResult runCommand(int (*entry)(const QStringList &, QTextStream &, QTextStream &),
                                const QString &name,
                                const QStringList &arguments)
{
    QString out;
    CommandResult result;
    QTextStream outStream(&out);
    QTextStream errStream(&result.err);
    result.exitCode
        = entry(QStringList {QStringLiteral("hookbench"), name} + arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    result.out = out.toUtf8();
    return result;
}
